"""Credits other than cast: director, source book and its author, composers, and the crew
names (writers, cinematographers, editors, reviewers) that must never be taken for cast.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.extract.facts import Claim, Novel
from bot.extract.film import DATED_FILM_NOUNS, FILM_NOUNS, YEAR
from bot.extract.header import Field, fields_by_key
from bot.extract.names import NAME, NAME_RE, NOT_NAME_WORDS, WORD, clean_name, is_person_name, split_names, surname
from bot.extract.text import Document

_POSS = r"(?:'s|')"
# An aside between a credit's noun and its "by": "directed, as before, by", "score is again by".
_ASIDE_WORDS = r"(?:again|also|once more|once again|this time|as before|as ever|as usual|as always|likewise|yet again|here|too)"
_ASIDE = rf"(?:,? {_ASIDE_WORDS}(?:,|(?= by| comes)))?"
# A name or a bare surname (resolved later against the document's full names).
_WHO = rf"(?P<who>{NAME}|{WORD})"
_FILM_NOUN = rf"(?:{FILM_NOUNS}|masterpiece)"
_MUSIC_NOUN = r"(?:score|music|soundtrack|theme|themes|march)"
# A word between a possessive and the noun it qualifies that keeps the noun about this film.
# A verb there shows the apostrophe closes a quotation: "'Past Lives' is a quiet heartbreaker".
_PLAIN_WORD = rf"(?!{_MUSIC_NOUN}\b|(?:earlier|previous|prior|next|later|other|subsequent|last|first|is|was|are|were|has|had)\b)[\w-]+"


class People:
    """The full names a document mentions, to resolve surnames ("Eastwood directs himself")."""

    def __init__(self, doc: Document):
        self.counts: Counter[str] = Counter(
            clean_name(m.group(0)) for m in NAME_RE.finditer(doc.text) if is_person_name(m.group(0))
        )

    def resolve(self, name: str, prefer: list[str] | None = None) -> str | None:
        """The full name for `name`: itself if it is one, else the one full name with that surname."""
        name = clean_name(name)
        # A name run into the next label of a flattened infobox: "Thomas Newman Production".
        while len(name.split()) > 2 and name.split()[-1] in NOT_NAME_WORDS:
            name = name.rsplit(" ", 1)[0]
        if is_person_name(name):
            return name
        for pool in (prefer or [], list(self.counts)):
            matches = {full for full in pool if surname(full) == name and full != name}
            if len(matches) == 1:
                return matches.pop()
        return None


# ---------------------------------------------------------------- director

# Cheap tests that let a sentence skip a family of costly patterns.
_DIRECTOR_GATE = re.compile(r"[Dd]irect|Dir\.|'|\(|\b(?:film|movie)\b|\bwhen (?:he|she) made\b")
_COMPOSER_GATE = re.compile(r"score|music|soundtrack|omposer|theme|march", re.IGNORECASE)
_NOVEL_GATE = re.compile(r"based|adapt|updates|grew out|novel|book|stor|memoir|play", re.IGNORECASE)
_CREW_GATE = re.compile(r"\bby\b|'|cinematograph|editor|producer|writer|photograph|critic|reviewer|shot|edited|wrote|co-wr", re.IGNORECASE)

_DIRECTOR_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(rf"\b[Dd]irected(?: and [a-z]+)?{_ASIDE} by {_WHO}"), 3.0),
    # "A film by Agnès Varda" (a remake's "based on a film by" names another film's director)
    (re.compile(rf"(?<!based on )(?<!remake of )\b[Aa] (?:film|movie) by (?P<who>{NAME})"), 2.5),
    # A programme line: "Dir. Céline Sciamma | 2019 | 122 min"
    (re.compile(rf"(?:^|[|·•] )Dir\. (?P<who>{NAME})"), 2.5),
    (re.compile(rf"\({_WHO}, {YEAR}\)"), 3.0),
    (re.compile(rf"\b(?:^|[Ww]riter-)[Dd]irector:? {_WHO}"), 2.5),
    # "Ridley Scott's 2000 historical epic"; never "X's original score", "X's music for the drama"
    # or "X's earlier thriller" (a possessive before music is a composer's, before "earlier" another film)
    (re.compile(rf"(?<![\w'])(?P<who>{NAME}|{WORD}){_POSS} (?:{YEAR} )?(?:{_PLAIN_WORD} ){{0,3}}?{_FILM_NOUN}s?\b(?! {_MUSIC_NOUN}\b)"), 2.5),
    # "Agnès Varda's 1962 portrait": nouns that name a film only when dated
    (re.compile(rf"(?<![\w'])(?P<who>{NAME}){_POSS} {YEAR} (?:{_PLAIN_WORD} ){{0,2}}?(?:{DATED_FILM_NOUNS})\b"), 2.5),
    (re.compile(rf"(?<![\w'])(?P<who>{NAME}|{WORD})(?:, [^,]{{3,90}},|, who)? direct(?:s|ed)\b(?! by)"), 2.0),
    (re.compile(rf"\b[Aa]n? (?P<who>{NAME}|{WORD}) film\b"), 2.0),
    # A thread about the film: "George Miller was 70 when he made this" (a full name only)
    (re.compile(rf"(?<![\w'])(?P<who>{NAME}) was (?:\d{{2}}|[a-z]+(?:-[a-z]+)?)(?: years old)? when (?:he|she) made (?:this|it)\b"), 2.0),
)


_CREDITS_DIRECTOR = re.compile(rf"\bDirector,? ({NAME})")
_CREDITS_MUSIC = re.compile(rf"\bmusic,? ({NAME})")


def director_claims(doc: Document, fields: list[Field], people: People, title: str | None) -> list[Claim[str]]:
    claims = _field_credits(doc, fields, "director", _CREDITS_DIRECTOR, first_only=True)
    for sentence in doc.sentences:
        if title and title in sentence.text and not _WRITING_WORDS.search(sentence.text):
            claims.extend(Claim(owner, sentence.span, 2.0, "prose") for owner in _title_owners(sentence.text, title))
        if _DIRECTOR_GATE.search(sentence.text):
            claims.extend(_prose_credits(sentence, _DIRECTOR_PATTERNS, people))
    return claims


_WRITING_WORDS = re.compile(r"\b(?:script|screenplay|written|novel|book)\b")
# A full name in the possessive ending where the text is cut: "David Fincher's " before a title.
_OWNER_AT_END = re.compile(rf"(?<![\w'])({NAME}){_POSS} \Z")
# How far before a title its owner's name may start.
_NAME_REACH = 120


def _title_owners(text: str, title: str) -> list[str]:
    """Full names owning the film's title: "David Fincher's The Social Network" ("Keaton's
    Batman", a surname, is a role). The name is matched backwards from each "'s Title", so one
    precompiled pattern serves every title (a pattern per title would cost a compile per document)."""
    owners = []
    for m in re.finditer(rf"{_POSS} {re.escape(title)}\b", text):
        cut = m.end() - len(title)
        owner = _OWNER_AT_END.search(text, max(0, cut - _NAME_REACH), cut)
        if owner:
            owners.append(clean_name(owner.group(1)))
    return owners



def _field_credits(doc: Document, fields: list[Field], key: str, in_credits: re.Pattern[str], *, first_only: bool) -> list[Claim[str]]:
    """Names from labelled fields ("Director: X", "Music: X, Y") and catalogue credit runs."""
    claims: list[Claim[str]] = []
    for f in fields_by_key(fields, key):
        names = split_names(re.split(r"\s*[;(\[]", f.value)[0])
        kind = "infobox" if f.kind == "infobox" else "header"
        claims.extend(Claim(name, doc.span_at(f.start), 3.0, kind) for name in names[: 1 if first_only else None])
    for f in fields_by_key(fields, "credits"):
        m = in_credits.search(f.value)
        if m:
            claims.append(Claim(clean_name(m.group(1)), doc.span_at(f.start), 3.0, "header"))
    return claims


def _prose_credits(sentence, patterns, people: People, prefer: list[str] | None = None) -> list[Claim[str]]:
    """Names the patterns find in one sentence ("A and B" split), surnames resolved."""
    claims = []
    for pattern, weight in patterns:
        for m in pattern.finditer(sentence.text):
            for part in re.split(r" and ", re.sub(r" (?:himself|herself)$", "", m.group("who"))):
                name = people.resolve(part, prefer=prefer)
                if name:
                    claims.append(Claim(name, sentence.span, weight, "prose"))
    return claims


# ---------------------------------------------------------------- composers

_COMPOSER_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(rf"(?<!earlier )(?<!rejected )(?<!unused )\b(?:score|music|soundtrack)\)?,? \(?(?:was |is )?(?:(?:composed|written) )?by (?P<who>{NAME}(?: and {NAME})?|{WORD} himself|{WORD} herself)"), 2.0),
    (re.compile(rf"\bscored by (?P<who>{NAME}(?: and {NAME})?|{WORD})"), 2.0),
    # "The score is again by X", "music, once more, by X", "The score this time comes from X"
    (re.compile(rf"(?<!earlier )(?<!rejected )(?<!unused )\b(?:score|music|soundtrack)(?: is| was)?,? {_ASIDE_WORDS},? (?:(?:is|was) )?(?:(?:composed|written) )?by (?P<who>{NAME}(?: and {NAME})?)"), 2.0),
    (re.compile(rf"(?<!earlier )(?<!rejected )(?<!unused )\b(?:score|soundtrack){_ASIDE} (?:comes|came) from (?P<who>{NAME}(?: and {NAME})?)"), 2.0),
    # "Hans Zimmer's score", "Brandt and Lund's score" (a possessive shared by two names)
    (re.compile(rf"(?<![\w'])(?P<who>(?:(?:{NAME}|{WORD}) and )?(?:{NAME}|{WORD})){_POSS} (?:[\w-]+,? (?:and )?){{0,4}}?{_MUSIC_NOUN}\b"), 2.0),
    (re.compile(rf"(?:^|\b(?:with|by|and|from) )[Cc]omposer (?P<who>{NAME})"), 2.0),
    (re.compile(rf"(?P<who>{NAME}(?: and {NAME})?) (?:wrote|composed) the (?:[\w-]+ ){{0,2}}(?:score|music)\b"), 2.0),
    (re.compile(rf"\b[Mm]usic by (?P<who>{NAME}(?: and {NAME})?)"), 2.0),
)


def composer_claims(doc: Document, fields: list[Field], people: People, directors: list[str]) -> list[Claim[str]]:
    claims = _field_credits(doc, fields, "music", _CREDITS_MUSIC, first_only=False)
    for sentence in doc.sentences:
        if _COMPOSER_GATE.search(sentence.text):
            claims.extend(_prose_credits(sentence, _COMPOSER_PATTERNS, people, prefer=directors))
    return claims


# ---------------------------------------------------------------- source novel

_BOOK = r"(?:novel|novella|book|books|memoir|short story|story|play|comic book|graphic novel|bestseller)"
_ADAPTED = r"(?:[Bb]ased on|[Aa]dapted from|[Aa]dapting|adaptation of|updates|grew out of|(?:comes|came|drawn|taken) from)"
_TITLE = r"(?:\"[^\"]{2,80}\"|[A-Z0-9][\w'-]*(?: (?:of|and|the|a|an|in|to|on|&|[A-Z0-9][\w'-]*))*)"
# One or two authors, each possibly introduced by a descriptor; a hyphenated pen name counts.
_AUTHOR = rf"(?:[a-z]+ )?(?:{NAME}|[A-Z][a-z]+-[A-Z][a-z]+(?![\w-]))"
_AUTHORS = rf"{_AUTHOR}(?: and {_AUTHOR})?"
_NOVEL_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = (
    # "adapted from Ben Mezrich's book The Accidental Billionaires"
    (re.compile(rf"{_ADAPTED}(?: [\w-]+){{0,6}}? (?P<author>{NAME}){_POSS} (?:{YEAR} )?(?:[\w-]+ ){{0,3}}?{_BOOK}\b(?: (?P<title>{_TITLE}))?"), 3.0),
    # "adaptation of the opening third of J.R.R. Tolkien's The Lord of the Rings"
    (re.compile(rf"{_ADAPTED}(?: [\w-]+){{0,6}}? (?P<author>{NAME}){_POSS} (?P<title>(?:The|A|An) {_TITLE})"), 3.0),
    # "based on the 1853 memoir Twelve years a slave by Solomon Northup", "Based on a novel by John O'Brien"
    (re.compile(rf"{_ADAPTED} (?:the |a |an )?(?:{YEAR} )?(?:[\w-]+ ){{0,3}}?{_BOOK}(?: (?P<title>[^,;]{{2,80}}?))? by (?P<author>{_AUTHORS})"), 3.0),
    # "Based on the Cormac McCarthy novel", "adapted from the 1996 Irvine Welsh novel Trainspotting"
    (re.compile(rf"{_ADAPTED} (?:the|a|an) (?:{YEAR} )?(?P<author>{NAME}) (?:[\w-]+ ){{0,2}}?(?:{_BOOK})\b(?! by\b)(?: (?P<title>{_TITLE}))?"), 2.5),
    # "Thomas Harris's novel" in a sentence about the script or source
    (re.compile(rf"(?P<author>{NAME}){_POSS} (?:[\w-]+ ){{0,3}}?(?:{_BOOK})\b(?: (?P<title>{_TITLE}))?"), 1.5),
)


_SOURCE_FIELD = re.compile(rf"(?:(?:the |a )?(?:{_BOOK}) )?(?P<title>.+?) by (?P<author>{_AUTHORS})")


def novel_claims(doc: Document, fields: list[Field]) -> list[Claim[Novel]]:
    claims: list[Claim[Novel]] = []
    for f in fields_by_key(fields, "source"):
        value = re.sub(r"^(?:based on|adapted from)\s+", "", f.value, flags=re.IGNORECASE)
        m = _SOURCE_FIELD.search(value)
        if m:
            claims.append(Claim(_novel(m.group("title"), m.group("author")), doc.span_at(f.start), 3.0, "infobox" if f.kind == "infobox" else "header"))
    for sentence in doc.sentences:
        if not _NOVEL_GATE.search(sentence.text):
            continue
        for pattern, weight in _NOVEL_PATTERNS:
            if weight < 2 and not re.search(r"\b(?:based|adapt|script|screenplay|source|trims|from)\b", sentence.text, re.IGNORECASE):
                continue
            for m in pattern.finditer(sentence.text):
                first_author = _strip_descriptors(m.group("author")).split(" and ")[0]
                if is_person_name(first_author) or re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", first_author):
                    claims.append(Claim(_novel(m.group("title"), m.group("author")), sentence.span, weight, "prose"))
    return claims


def _novel(title: str | None, author: str) -> Novel:
    if title:
        title = title.strip(" \"',.")
        title = re.sub(r"^(?:the |a )?(?:\w+ )?(?:" + _BOOK + r") ", "", title)
        if not title or not (title[0].isupper() or title[0].isdigit()) or title.lower() in {"the", "a"}:
            title = None
    return Novel(title, _strip_descriptors(author))


def _strip_descriptors(authors: str) -> str:
    """"astronaut Jim Lovell and journalist Jeffrey Kluger" -> "Jim Lovell and Jeffrey Kluger"."""
    return " and ".join(clean_name(re.sub(r"^[a-z]+ ", "", part)) for part in authors.split(" and "))


# ---------------------------------------------------------------- crew (never cast)

_CREW_PATTERNS = (
    re.compile(rf"\b(?:cinematographer|director of photography|editor|producer|screenwriter|writer|photographer|reviewer|critic|narrator of the documentary|[Bb]y|[Rr]eviewed by|[Ww]ritten by|[Ss]creenplay by|[Ss]cript by|[Pp]roduced by|[Ee]dited by|[Ss]hot by|cut by|co-writer|co-wrote it with his|with his brother) (?P<who>{NAME})"),
    re.compile(rf"(?P<who>{NAME}){_POSS} (?:[\w-]+ ){{0,2}}?(?:photography|cinematography|camera|editing|script|screenplay|titles|production design|costumes)\b"),
    re.compile(rf"(?P<who>{NAME}) (?:shot|edited|wrote the screenplay|photographed) the film"),
)


def crew_names(doc: Document, fields: list[Field]) -> set[str]:
    names: set[str] = set()
    for f in fields_by_key(fields, "crew"):
        names.update(split_names(re.split(r"\s*\.{3,}", f.value)[0]))
    for f in fields_by_key(fields, "credits"):
        names.update(clean_name(m.group(0)) for m in NAME_RE.finditer(f.value))
    for sentence in doc.sentences:
        if not _CREW_GATE.search(sentence.text):
            continue
        for pattern in _CREW_PATTERNS:
            names.update(clean_name(m.group("who")) for m in pattern.finditer(sentence.text))
    return names
