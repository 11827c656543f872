"""Credits other than cast: director, source book and its author, composers, and the crew
names (writers, cinematographers, editors, reviewers) that must never be taken for cast.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

from bot.extract.facts import Claim, Novel
from bot.extract.film import DATED_FILM_NOUNS, FILM_NOUNS, YEAR
from bot.extract.header import LABELS, Field, fields_by_key
from bot.extract.names import (
    NAME,
    NAME_RE,
    LOWER,
    NOT_NAME_WORDS,
    UPPER,
    WORD,
    clean_name,
    is_given_name,
    is_person_name,
    split_names,
    starts_with_given_name,
    surname,
)
from bot.extract.text import Document, Gated, folded, holds_any, whole_matches

_POSS = r"(?:'s|')"
# What a possessive followed by a space holds: what a rule needs where _POSS and a space open it.
_POSS_THEN_SPACE = ("'s ", "' ")
# An aside between a credit's noun and its "by": "directed, as before, by", "score is again by".
_ASIDE_WORDS = r"(?:again|also|once more|once again|this time|as before|as ever|as usual|as always|likewise|yet again|here|too)"
_ASIDE = rf"(?:,? {_ASIDE_WORDS}(?:,|(?= by| comes)))?"
# A name or a bare surname (resolved later against the document's full names).
_WHO = rf"(?P<who>{NAME}|{WORD})"
_FILM_NOUN = rf"(?:{FILM_NOUNS}|masterpiece|masterwork|opus|love letter|actioner|action film|action movie)"
_MUSIC_NOUN = r"(?:score|music|soundtrack|theme|themes|march)"
# A noun after a film noun that makes it describe something else: "X's original story", "X's
# horror novel", "X's film career", "X's film debut" (an actor's too), "X's movie score".
_NOT_A_FILM_AFTER = rf"(?:{_MUSIC_NOUN}|story|stories|screenplay|script|novel|novels|book|books|writer|author|cut|version|edition|poster|trailer|series|franchise|trilogy|career|debut|work|roles?)"
# "X's film debut", "X's screen debut": an actor's first role as much as a director's first film.
_NOT_AN_ACTORS_DEBUT = r"(?:(?<!film )(?<!movie )(?<!screen )(?<!acting )(?<!stage )|(?!debut))"
# A word between a possessive and the noun it qualifies that keeps the noun about this film.
# A verb there shows the apostrophe closes a quotation: "'Past Lives' is a quiet heartbreaker".
_PLAIN_WORD = rf"(?!{_MUSIC_NOUN}\b|(?:earlier|previous|prior|next|later|other|subsequent|last|first|favou?rite|is|was|are|were|has|had)\b)[\w-]+"


# Weights of credit claims, surest first: a labelled credit or "directed by"; a dated or
# possessive statement; a phrase of authorship; a surname or a bare "director X" last.
LABELLED = 3.0
STRONG = 2.5
PROSE = 2.0
WEAK = 1.5
BARE = 1.0

# A filmmaking pair credited as one ("the Coen brothers", "The Russo Brothers' thriller").
_PAIR = rf"{WORD} (?:[Bb]rothers|[Ss]isters)"
_BROTHERS = rf"(?P<brothers>{_PAIR})"
# A family credited by its plural surname ("The Wachowskis"): only where a credit's label says so.
_FAMILY_NAME = rf"The [{UPPER}][{LOWER}]+s(?![\w])"
_FAMILY = rf"(?P<family>{_FAMILY_NAME})"
# "X Brothers" that name a company or a performing act, never a film's director.
_NOT_FILMMAKER_GROUPS = frozenset({"Warner", "Marx", "Nicholas", "Ringling"})
# A credit's whole value naming a pair or a family: "The Coen Brothers", "The Wachowskis".
_GROUP_VALUE = re.compile(rf"(?:[Tt]he )?(?P<pair>{_PAIR})|(?P<family>{_FAMILY_NAME})")


def credited_names(value: str) -> list[str]:
    """The people a credit's value names, or the pair or family it names as one ("the Coen
    brothers" -> "Coen brothers", "The Wachowskis" as written; "Warner Brothers" is none)."""
    m = _GROUP_VALUE.fullmatch(value.strip())
    if not m:
        return split_names(value)
    if (m.group("pair") or "").split(" ")[0] in _NOT_FILMMAKER_GROUPS:
        return []
    return [m.group("pair") or m.group("family")]


class People:
    """The full names a document mentions, to resolve surnames ("Eastwood directs himself")."""

    def __init__(self, doc: Document):
        self.counts: Counter[str] = Counter(clean_name(span) for span in doc.name_spans if is_person_name(span))

    def resolve(self, name: str, prefer: list[str] | None = None) -> str | None:
        """The full name for `name`: itself if it is one, else the one full name with that surname."""
        name = trim_name(name)
        if re.search(r" (?:[Bb]rothers|[Ss]isters)$", name):
            return None  # a pair credited as one is no person ("the Marx Brothers")
        if is_person_name(name):
            return name
        for pool in (prefer or [], list(self.counts)):
            matches = {full for full in pool if surname(full) == name and full != name}
            if len(matches) == 1:
                return matches.pop()
        return None


def trim_name(name: str) -> str:
    """A name-shaped match cut to the person: a label or sentence word before it ("Director
    James Cameron", "From Angelo Badalamenti"), the words after a possessive ("James Cameron's
    Academy Award-winning") and a label run in after it ("Thomas Newman Production")."""
    name = clean_name(re.split(r"(?<=[^\W\d_])'s?\s", name)[0])
    words = name.split()
    while len(words) > 1 and words[0].strip(".") in NOT_NAME_WORDS:
        words.pop(0)
    while len(words) > 2 and words[-1] in NOT_NAME_WORDS:
        words.pop()
    return " ".join(words)


# ---------------------------------------------------------------- director

# Cheap tests that let a sentence skip a family of costly patterns. The composer, novel and
# crew gates are strings looked for in `folded(text)`, case aside.
_DIRECTOR_GATE = re.compile(r"[Dd]irect|Dir[.:]|'|\(|\b(?:film|movie|[Tt]his|From)\b|\w from [A-Z]|helm|\bwhen (?:he|she) made\b|[Bb]rothers|[Ss]isters")
# Strings that pass _DIRECTOR_GATE by themselves, and strings one of which the rest of it needs.
_DIRECTOR_GATE_PASSES = ("'", "(", "direct", "Direct", "Dir.", "Dir:", "helm", "brothers", "Brothers", "sisters", "Sisters")
_DIRECTOR_GATE_NEEDS = ("film", "movie", "his", "From", " from ", " made")
_COMPOSER_GATE = ("score", "music", "soundtrack", "omposer", "theme", "march")
_NOVEL_GATE = ("based", "adapt", "updates", "grew out", "novel", "book", "stor", "memoir", "play", "seller", " version of")
_CREW_GATE = ("'", "cinematograph", "editor", "producer", "writer", "photograph", "critic", "reviewer", "shot", "edited", "wrote", "co-wr")
_BY = re.compile(r"\bby\b", re.IGNORECASE)


def _may_credit_a_director(text: str) -> bool:
    """_DIRECTOR_GATE's answer, its plain strings looked for before the pattern is searched."""
    if holds_any(text, _DIRECTOR_GATE_PASSES):
        return True
    return holds_any(text, _DIRECTOR_GATE_NEEDS) and bool(_DIRECTOR_GATE.search(text))


def _may_credit_crew(text: str) -> bool:
    """The crew gate: one of its strings, or "by" as a word, case aside."""
    lowered = folded(text)
    return holds_any(lowered, _CREW_GATE) or "by" in lowered and bool(_BY.search(text))


# A sentence about a book or its writer: "this tale by X" there names an author.
_ABOUT_WRITING = r"^(?!.*\b(?:novel|novels|book|books|author|authors|writer|writers|wrote|written|story|stories|poem|play)\b)"
# The words that call the director by the job before a name: "writer/director Damien Chazelle".
_DIRECTOR_WORD = r"(?:(?:[Ww]riter[-/]|[Ww]riter and |[Ww]riter, )?[Dd]irector(?:[-/][Ww]riter)?|[Ff]ilmmaker)"

# Nouns for the film as someone's work "from" them: "a masterpiece from X", "this 1987 offering from X".
_FROM_NOUN = rf"(?:{_FILM_NOUN}|offering|effort|work)s?"


class Rule(NamedTuple):
    """One prose pattern for a credit, its weight, and the checks its match must pass."""

    pattern: re.Pattern[str]
    weight: float
    # The name must open with a known given name (where companies fit the pattern too).
    given_name: bool = False
    # The match may go on with a film's title ("X's thriller Low Water"): it must be this film's.
    titled: bool = False
    # Not in a sentence about a disc's extra ("the disc adds a documentary directed by X").
    not_extra: bool = False
    # Strings one of which every match holds, as written: a sentence with none of them skips
    # the pattern (a cheap test before a costly search).
    needs: tuple[str, ...] = ()


# Words before "a/the X film" that make it another film, compared with this one ("like a Kurosawa film").
_NOT_COMPARED = r"(?<!\blike )(?<!\bunlike )(?<!\bthan )(?<!\bto )(?<!\bof )(?<!\bafter )(?<!\bbefore )"
# Nouns after "film" that make "the X film" an institution or an event, not a film by X.
_INSTITUTION = r"(?:festival|industry|school|society|critics?|archive|institute|awards?|prize|board|fund|club|company|studios?|library|forum|cent(?:re|er)|theat(?:re|er)|programme|program|season|market)"
# Words just before a name that make its film another one, compared with this: "Like Ridley
# Scott's 1979 film", "a nod to X's thriller", "reminiscent of X's film".
_COMPARED_BEFORE = re.compile(
    r"\b(?:[Ll]ike|[Uu]nlike|than|[Rr]ecalls|[Ee]choes|[Ee]vokes|[Rr]ecalling|[Ee]choing|[Ee]voking|"
    r"(?:homage|nod|tribute|compared|similar|sequel|prequel|answer|follow-up|successor|heir) to|"
    r"(?:reminiscent|shades|echoes|remake|version) of)\s+(?:the\s+)?\Z"
)

_DIRECTOR_PATTERNS: tuple[Rule, ...] = (
    # "directed by Joel Coen", "Directed By Michael Mann", "directed by the Coen brothers"
    Rule(re.compile(rf"\b[Dd]irected(?: and [a-z]+)?{_ASIDE} [Bb]y (?:{_WHO}|(?:the )?{_BROTHERS}|{_FAMILY})"), LABELLED, not_extra=True, needs=("irected",)),
    # "A film by Agnès Varda" (a remake's "based on a film by" names another film's director)
    Rule(re.compile(rf"(?<!based on )(?<!remake of )\b[Aa] (?:film|movie) by (?P<who>{NAME})"), STRONG, not_extra=True, needs=("film by", "movie by")),
    # A programme line: "Dir. Céline Sciamma | 2019 | 122 min"
    Rule(re.compile(rf"(?:^|[|·•] )Dir[.:] (?P<who>{NAME})"), STRONG, needs=("Dir. ", "Dir: ")),
    Rule(re.compile(rf"\({_WHO}, {YEAR}\)"), LABELLED, needs=("(",)),
    # "Writer-director Anna Kowalski", "writer/director Damien Chazelle", "director-writer Ann Lee",
    # "Director: Ann Lee" opening a sentence
    Rule(re.compile(rf"(?:(?:^|\b[Ww]riter[-/]|\b[Ww]riter and )[Dd]irector:?|\b[Dd]irector[-/][Ww]riter) {_WHO}"), STRONG, needs=("irector",)),
    # "Ridley Scott's 2000 historical epic", "Terry Gilliam's magnum opus", "The Coen brothers'
    # masterful adaptation"; never "X's original score", "X's music for the drama" or "X's
    # earlier thriller" (a possessive before music is a composer's, before "earlier" another film)
    # (a run of adjectives may be set off by commas: "X's big, loud and oddly beautiful actioner")
    Rule(re.compile(rf"(?<![\w'])(?:(?P<who>{NAME}|{WORD}){_POSS}|(?:[Tt]he )?{_BROTHERS}') (?:{YEAR} )?(?:{_PLAIN_WORD}(?:,| and)? ){{0,4}}?{_NOT_AN_ACTORS_DEBUT}{_FILM_NOUN}s?\b(?! {_NOT_A_FILM_AFTER}\b)"), STRONG, titled=True, needs=_POSS_THEN_SPACE),
    # "Agnès Varda's 1962 portrait": nouns that name a film only when dated
    Rule(re.compile(rf"(?<![\w'])(?P<who>{NAME}){_POSS} {YEAR} (?:{_PLAIN_WORD} ){{0,2}}?(?:{DATED_FILM_NOUNS})\b"), STRONG, titled=True, needs=("'s 1", "'s 2", "' 1", "' 2")),
    # "Eastwood directs", "Ines Baro, a former editor, directed", "X helms"; never "X, who
    # directed Other Title" (a capital after "directed" names another film)
    Rule(re.compile(rf"(?<![\w'])(?P<who>{NAME}|{WORD})(?:, [^,]{{3,90}},|, who)? (?:directs|helms|(?:directed|helmed)(?! [A-Z0-9\"']))\b(?! by)"), PROSE, needs=("direct", "helm")),
    # "helmed by Ines Baro"
    Rule(re.compile(rf"\bhelmed{_ASIDE} by {_WHO}"), STRONG, not_extra=True, needs=("helmed",)),
    # "Ines Baro's assured direction", "under Baro's direction" (not "art direction")
    Rule(re.compile(rf"(?<![\w'])(?P<who>{NAME}|{WORD}){_POSS} (?:(?!(?:art|stage|musical|music|lighting|camera)\b){_PLAIN_WORD} ){{0,2}}?(?:direction|directing|filmmaking)\b"), STRONG, needs=("directi", "filmmaking")),
    # "a Kurosawa film", "the legendary Kurosawa film Ran", "this Coen Brothers classic" (never
    # "the Cannes film festival", nor "the first Kurosawa film", which may be another)
    Rule(re.compile(rf"(?:{_NOT_COMPARED}\b(?:[Aa]n?|[Tt]he|[Tt]his) (?:(?=[a-z]){_PLAIN_WORD} ){{0,2}}?(?P<who>{NAME}|{WORD}) film\b(?!'| {_NOT_A_FILM_AFTER}\b| {_INSTITUTION}\b)|\b(?:[Aa]n?|[Tt]his) {_BROTHERS} (?:{_FILM_NOUN})\b)"), PROSE, titled=True, needs=(" film", "rothers", "isters")),
    # A thread about the film: "George Miller was 70 when he made this" (a full name only)
    Rule(re.compile(rf"(?<![\w'])(?P<who>{NAME}) was (?:\d{{2}}|[a-z]+(?:-[a-z]+)?)(?: years old)? when (?:he|she) made (?:this|it)\b"), PROSE, needs=(" made ",)),
    # The film pointed at and credited: "This cautionary tale by Ines Baro", "this landmark
    # satire by director Ines Baro" (in a sentence about books, "this tale by X" is an author's)
    Rule(re.compile(rf"{_ABOUT_WRITING}.*?\b[Tt]his (?:{_PLAIN_WORD} ){{0,3}}?(?:{_FILM_NOUN}|tale) by (?:{_DIRECTOR_WORD} )?(?P<who>{NAME})"), PROSE, needs=(" by ",)),
    # "this well-loved 1987 offering from Ines Baro", "a masterpiece from Ines Baro", "the new
    # film from Ines Baro": a disc label's offering has a company's name there ("from Shout
    # Factory"), so the name must open with a known given name; an original, a remake or a
    # sequel "from X" is another film
    Rule(re.compile(rf"{_ABOUT_WRITING}.*?\b(?:[Tt]his|[Tt]he|[Aa]n?) (?:{_PLAIN_WORD} ){{0,3}}?(?!original|remake|sequel|prequel){_FROM_NOUN} from (?:{_DIRECTOR_WORD} )?(?P<who>{NAME})"), PROSE, given_name=True, not_extra=True, needs=(" from ",)),
    # A tagline: "From Ines Baro, director of Other Film." "From director Ines Baro comes ..."
    Rule(re.compile(rf"^From (?:{_DIRECTOR_WORD} )?(?P<who>{NAME})(?:,? (?:the )?(?:[\w-]+ )?(?:director|maker|creator) of\b| comes\b)"), STRONG, needs=("From ",)),
    # The job named for this film: "The director, Ines Baro", "the film's director Ines Baro", "its director, Ines Baro"
    Rule(re.compile(rf"(?:^The|\b[Tt]he (?:film|movie|picture)'s|\b[Ii]ts) director(?:,| is|,? who is)? (?P<who>{NAME})"), STRONG, needs=(" director",)),
)


_CREDITS_DIRECTOR = re.compile(rf"\bDirector,? ({NAME})")
_CREDITS_MUSIC = re.compile(rf"\bmusic,? ({NAME})")


def director_claims(doc: Document, fields: list[Field], people: People, title: str | None) -> list[Claim[str]]:
    claims = _field_credits(doc, fields, "director", _CREDITS_DIRECTOR, first_only=True)
    claims.extend(_line_credits(doc, "director"))
    claims.extend(_credit_run_claims(doc, "director"))
    film = _Film(doc, title, fields)
    claims.extend(_TitleOwners(film, people).claims(doc))
    for sentence in doc.sentences:
        if _may_credit_a_director(sentence.text):
            claims.extend(_prose_credits(sentence, _DIRECTOR_PATTERNS, people, film=film))
    claims.extend(_director_word_claims(doc, people))
    return claims


# A sentence about a script, a book or a piece of music, where a name owning the film's
# title is its writer's or its composer's ("X's 'Title' is the big-band number").
_NOT_FILM_WORDS = re.compile(r"\b(?:script|screenplay|written|novel|book|song|songs|piece|track|tune|album|single|record|score|music|theme)\b")
# A full name in the possessive ending where the text is cut: "David Fincher's " before a title.
_OWNER_AT_END = re.compile(rf"(?<![\w'])({NAME}){_POSS}\s+\Z")
# A bare surname in the same place, taken only before a quoted title: "Baro's 'Low Water'".
_SURNAME_AT_END = re.compile(rf"(?<![\w'])({WORD}){_POSS}\s+\Z")
# How far before a title its owner's name may start.
_NAME_REACH = 120
# What continues another film's title past this one's: "Alien 3", "Halloween II", "Alien: Resurrection".
_SEQUEL_TAIL = re.compile(r"(?:\s*\d+\b|\s+[IVX]+\b|\s+Part\b|:)")


class _TitleOwners:
    """Names owning the film's title: "David Fincher's The Social Network", "Billy Wilder's
    The Apartment" for a title stated without its article, the name ending one line and the
    title opening the next, "Cameron's "Aliens"" (a quoted title makes even a surname its
    director; unquoted, "Keaton's Batman" is a role); and the title's director by job: "Salt
    Road director X", "X, director of Salt Road", "X directed Salt Road". A quoted title after
    a possessive counts too when the page repeats it (the chosen title may be wrong). Each
    title is found with str.find and its surroundings read with precompiled patterns, as a
    pattern per title would cost a compile per document."""

    def __init__(self, film: _Film, people: People):
        self.film = film
        self.people = people
        self.core = re.sub(r"^(?:The|A|An) ", "", film.title) if film.title else None

    def claims(self, doc: Document) -> list[Claim[str]]:
        claims = []
        text = doc.text
        for at in self._mentions(text):
            end = at + len(self.core)
            before = _POSSESSIVE_BEFORE_TITLE.search(text, max(0, at - 12), at)
            if before and not _SEQUEL_TAIL.match(text, end):
                claims.extend(self._owner(doc, before, bool(before.group("quote"))))
            sentence = doc.sentence_at(at)
            work = _OWNERS_WORK_AFTER_TITLE.match(text, end)
            if work and sentence is not None and not _NOT_FILM_WORDS.search(sentence.text):
                name = self.people.resolve(work.group("who"))
                if name and not self.film.acts(name):
                    claims.append(Claim(name, sentence.span, PROSE, "prose"))
            job = _JOB_AFTER_TITLE.match(text, end)
            if job and sentence is not None:
                claims.extend(self._named(job.group("who"), sentence))
            job = _JOB_BEFORE_TITLE.search(text, max(sentence.start if sentence else 0, at - _NAME_REACH), at)
            if job and sentence is not None and not _SEQUEL_TAIL.match(text, end):
                claims.extend(self._named(job.group("who"), sentence))
        for m in _QUOTED_AFTER_POSSESSIVE.finditer(text):
            if self.film.is_it(m.group("quoted")) and not (self.film.title and _same_title(m.group("quoted"), self.film.title)):
                claims.extend(self._owner(doc, m, True))
        return claims

    def _mentions(self, text: str):
        """Offsets of the title's core in `text`, as a whole word."""
        if not self.core:
            return
        at = text.find(self.core)
        while at != -1:
            end = at + len(self.core)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
                yield at
            at = text.find(self.core, at + 1)

    @staticmethod
    def _named(who: str, sentence) -> list[Claim[str]]:
        name = trim_name(who)
        return [Claim(name, sentence.span, STRONG, "prose")] if is_person_name(name) else []

    def _owner(self, doc: Document, m: re.Match[str], quoted: bool) -> list[Claim[str]]:
        """The name whose possessive opens match `m`: a full name, or a surname before a quoted title."""
        cut = m.start() + len(_POSSESSIVE_GAP.match(doc.text, m.start()).group(0))
        window = max(0, cut - _NAME_REACH, doc.text.rfind("\n", 0, m.start()) + 1)
        sentence = doc.sentence_at(m.start())
        if sentence is None or _NOT_FILM_WORDS.search(sentence.text) or _NOT_FILM_WORDS.search(doc.sentence_at(m.end()).text):
            return []
        owner = _OWNER_AT_END.search(doc.text, window, cut)
        name = owner and trim_name(owner.group(1))
        if name and is_person_name(name):
            return [Claim(name, sentence.span, PROSE, "prose")]
        owner = _SURNAME_AT_END.search(doc.text, window, cut) if quoted else None
        if owner and owner.group(1) not in NOT_NAME_WORDS:
            bare = clean_name(owner.group(1))
            return [Claim(self.people.resolve(bare) or bare, sentence.span, WEAK, "prose")]
        return []


_POSSESSIVE_GAP = re.compile(rf"{_POSS}\s+")
# Just before a title: the possessive owning it, a quote and an article between ("'s \"The ").
_POSSESSIVE_BEFORE_TITLE = re.compile(rf"(?<=\w){_POSS}\s+(?P<quote>[\"']?)(?:(?:The|A|An) )?\Z")
# Just after a title, the title's maker's work: '"Salt Road" is Ines Baro's finest work' (an
# actor's work too, so never for a name the page says acts).
_OWNERS_WORK_AFTER_TITLE = re.compile(
    rf"[\"']?,? (?:is|was|remains)(?: [\w-]+){{0,4}}? (?P<who>{NAME}|{WORD}){_POSS} (?:[\w-]+ ){{0,3}}?(?:work|achievement|accomplishment)\b"
)
# Just after a title: its director by job ("Salt Road director Ines Baro", "Salt Road's director, X").
_JOB_AFTER_TITLE = re.compile(rf"[\"']?(?:'s)? {_DIRECTOR_WORD},? (?P<who>{NAME})")
# Just before a title: "Ines Baro, director of the film Salt Road", "Ines Baro directed Salt Road".
_JOB_BEFORE_TITLE = re.compile(
    rf"(?<![\w'])(?P<who>{NAME})(?:,? (?:the )?{_DIRECTOR_WORD} of (?:the (?:film|movie) )?| (?:directed|directs|helmed) )[\"']?(?:(?:The|A|An) )?\Z"
)
_QUOTED_AFTER_POSSESSIVE = re.compile(rf"(?<=[\w]){_POSS}\s+\"(?P<quoted>[^\"\n]{{1,60}}?)[,.]?\"")


# The word before "director" that makes the job someone else's: another film's ("Other Title
# director X", a capital), a crew or story job ("art director", "flight director"), a role
# ("as director X") or someone else's ("fellow director", "for director X" in a plot).
_NOT_THIS_DIRECTOR = frozenset(
    "art casting music musical assistant unit second-unit executive creative artistic managing festival "
    "fellow other another documentary flight stage theatre theater program programme series episode "
    "television tv game campaign company as for whose former associate".split()
)
_BARE_DIRECTOR = re.compile(rf"(?<![\w/-])(?:[Dd]irector|[Ff]ilmmaker),? (?P<who>{NAME})(?!{_POSS} |\s*\()")
# Capitalised words before "director" that are no film's title: "French director X".
_NATIONALITIES = frozenset(
    """American British English Scottish Irish Welsh Canadian Australian French German Austrian Swiss
    Italian Spanish Portuguese Dutch Belgian Danish Swedish Norwegian Finnish Icelandic Polish Czech
    Hungarian Romanian Greek Turkish Russian Ukrainian Georgian Israeli Iranian Indian Chinese Taiwanese
    Japanese Korean Thai Vietnamese Filipino Indonesian Mexican Brazilian Argentine Argentinian Chilean
    Colombian Cuban Peruvian Egyptian Moroccan Senegalese Nigerian African European Asian Latin""".split()
)
# The director's choices, by job and name: "director Baro's intentions" (lower case after the
# possessive: a capital would start another film's title, "director Baro's Low Water").
_DIRECTOR_POSSESSIVE = re.compile(rf"(?<![\w/-])[Dd]irector (?P<who>{NAME}|{WORD}){_POSS} (?=[a-z])(?!{_MUSIC_NOUN}\b)")
_WORD_BEFORE = re.compile(r"([\w'-]+)\W*\Z")
# A role in the story, not the job on the film: "she plays the director X", "cast as director X".
_PLAYS_BEFORE = re.compile(r"\b(?:plays?|played|playing|portrays?|portrayed|portraying|as|named|called)(?: (?:the|a|an|[a-z]+))? \Z")
_EXTRA_BEFORE = re.compile(r"\b(?:documentary|documentaries|featurette|featurettes)\b", re.IGNORECASE)


def _director_word_claims(doc: Document, people: People) -> list[Claim[str]]:
    """The job word before a name: "director Baro's intentions" (a surname resolved), and
    "director X" with nothing else said of it ("an interview with director Ines Baro"), the
    weakest claim, kept only when X opens with a known given name and every such mention
    names the same person. Neither counts
    after a word that makes the job someone else's or in a sentence about an extra."""
    bare, owned = [], []
    for sentence in doc.sentences:
        text = sentence.text
        if "irector" not in text and "ilmmaker" not in text:
            continue
        for pattern, found, weight in ((_BARE_DIRECTOR, bare, BARE), (_DIRECTOR_POSSESSIVE, owned, PROSE)):
            for m in pattern.finditer(text):
                before = text[: m.start()]
                word = _WORD_BEFORE.search(before)
                if word and (word.group(1)[0].isupper() and word.group(1) not in _NATIONALITIES or word.group(1).lower() in _NOT_THIS_DIRECTOR):
                    continue
                if _EXTRA_BEFORE.search(before[-60:]) or _PLAYS_BEFORE.search(before):
                    continue
                if pattern is _BARE_DIRECTOR:
                    name = trim_name(m.group("who"))
                    name = name if starts_with_given_name(name) else None
                else:
                    name = people.resolve(m.group("who"))
                if name and is_person_name(name):
                    found.append(Claim(name, sentence.span, weight, "prose"))
    return owned + (bare if len({c.value for c in bare}) == 1 else [])


def _field_credits(doc: Document, fields: list[Field], key: str, in_credits: re.Pattern[str], *, first_only: bool) -> list[Claim[str]]:
    """Names from labelled fields ("Director: X", "Music: X, Y") and catalogue credit runs."""
    claims: list[Claim[str]] = []
    for f in fields_by_key(fields, key):
        line = doc.sentence_at(f.start).line
        if line and doc.line_text(line - 1).strip().rstrip(":") == f.label and _is_job_line(doc, line - 1):
            continue  # "Director" as a character under an actor's name in a cast list
        value = re.split(r"\s*[;(\[]", f.value)[0]
        names = credited_names(value)
        kind = "infobox" if f.kind == "infobox" else "header"
        claims.extend(Claim(name, doc.span_at(f.start), LABELLED, kind) for name in names[: 1 if first_only else None])
    for f in fields_by_key(fields, "credits"):
        m = in_credits.search(f.value)
        if m:
            claims.append(Claim(clean_name(m.group(1)), doc.span_at(f.start), LABELLED, "header"))
    return claims


def _prose_credits(sentence, rules: tuple[Rule, ...], people: People, prefer: list[str] | None = None, film: _Film | None = None) -> list[Claim[str]]:
    """Names the rules find in one sentence ("A and B" split), surnames resolved; a pair
    credited as one ("the Coen brothers") as written."""
    claims = []
    for rule in rules:
        if rule.needs and not holds_any(sentence.text, rule.needs):
            continue
        for m in rule.pattern.finditer(sentence.text):
            if rule.titled and not _names_this_film(sentence.text, m.end(), film):
                continue
            if rule.not_extra and _about_an_extra(sentence.text, m.start("who") if m.groupdict().get("who") else m.end()):
                continue
            groups = m.groupdict()
            group = groups.get("brothers") or groups.get("family")
            if group:
                if group.split()[0] not in _NOT_FILMMAKER_GROUPS:
                    claims.append(Claim(group, sentence.span, rule.weight, "prose"))
                continue
            if not groups.get("who"):
                continue
            who = m.group("who")
            if m.start("who") == 0:
                who = _drop_sentence_word(who)
            if rule.titled and _COMPARED_BEFORE.search(sentence.text[: m.end("who") - len(who)]):
                continue
            for part in re.split(r" and ", re.sub(r" (?:himself|herself)$", "", who)):
                name = people.resolve(part, prefer=prefer)
                if rule.titled and film is not None and name and film.acts(name):
                    continue  # a star's vehicle, not a director's film
                if name and not (rule.given_name and not starts_with_given_name(name)):
                    claims.append(Claim(name, sentence.span, rule.weight, "prose"))
    return claims


# A film's title right after a noun that names a film: "X's thriller Low Water", 'his film "Low Water"'.
_TITLE_AFTER_NOUN = re.compile(r',? (?:"(?P<quoted>[^"]{1,80})"|(?P<plain>[A-Z0-9][\w\'&.-]*(?: (?:[A-Z0-9][\w\'&.-]*|of|the|a|an|and|in|on|to|for))*))')
_PRONOUN = re.compile(r"(?:I|It|He|She|They|We|You|This|That|These|Those|There|His|Her|Its|Their)\b")


class _Film:
    """What the rules know of the film under review: its title as chosen (often unknown or
    wrong), how often the document names any other title, and who acts in it (a possessive
    before a film noun is then a star's vehicle: "Tom Hale's latest thriller")."""

    def __init__(self, doc: Document, title: str | None, fields: list[Field] | None = None):
        self.title = title
        self.lowered = doc.text.lower()
        self.actors = _acting_names(doc, fields or [])

    def is_it(self, named: str) -> bool:
        """True when `named` is the film's title, or, the title being unsure, a title the page
        repeats (the film under review is named again and again, a film compared with it once)."""
        if self.title and _same_title(named, self.title):
            return True
        return sum(1 for _ in whole_matches(self.lowered, named.lower())) >= _TITLE_REPEATS

    def acts(self, name: str) -> bool:
        return name in self.actors


# Where a page says someone acts: "starring A, B and C", "A plays the widow", "A stars as".
_ACTING = Gated(
    re.compile(
        rf"(?:\b[Ss]tarring|\b[Cc]o-starring|\b[Ss]tars|\b[Ss]tar) (?P<list>{NAME}(?:(?:, | and |, and ){NAME}){{0,8}})"
        rf"|(?<![\w'])(?P<one>{NAME}|{WORD}) (?:plays|played|portrays|portrayed|stars as|starred as|co-stars|is cast as)\b"
    ),
    needs=("tar ", "tars ", "tarring ", " play", " portray", "starred as", "co-stars", "cast as"),
)
_ACTING_GATE = ("Star", "star", "plays", "played", "portray", "cast as")


def _acting_names(doc: Document, fields: list[Field]) -> set[str]:
    """Names the page says act in the film, full names and their surnames."""
    names: set[str] = set()
    for f in fields_by_key(fields, "cast"):
        names.update(split_names(f.value))
    for sentence in doc.sentences:
        if holds_any(sentence.text, _ACTING_GATE):
            for m in _ACTING.finditer(sentence.text):
                names.update(trim_name(n) for n in re.split(r", and |, | and ", m.group("list") or m.group("one")))
    return names | {surname(n) for n in names if " " in n}


# How often a page repeats a title for it to be the film the page is about.
_TITLE_REPEATS = 3


def _names_this_film(text: str, end: int, film: _Film | None) -> bool:
    """True unless a title follows a film noun and it is another film's: "the Hughes brothers'
    film From Hell" credits From Hell, not the film under review."""
    m = _TITLE_AFTER_NOUN.match(text, end)
    if not m or (m.group("plain") and (_PRONOUN.match(m.group("plain")) or all(w.capitalize() in NOT_NAME_WORDS for w in m.group("plain").split()))):
        return True  # no title: the sentence goes on ("X's thriller I saw twice", "X's film In 2019 ...")
    return film is not None and film.is_it((m.group("quoted") or m.group("plain")).rstrip(".,;:!?"))


def _same_title(a: str, b: str) -> bool:
    """Two spellings of one title: case, punctuation and a leading article aside."""
    def norm(s: str) -> str:
        return re.sub(r"^(?:the|a|an) ", "", " ".join(re.findall(r"\w+", s.lower())))
    return norm(a) == norm(b) or norm(a).startswith(norm(b) + " ") and len(a) - len(b) < 4


# Nouns of a disc's extras, and words showing a sentence is about the disc.
_EXTRA_NOUN = re.compile(r"\b(?:documentary|documentaries|featurette|featurettes|making-of|short|shorts|music video|episode|segment|interview)\b", re.IGNORECASE)
_DISC_WORDS = re.compile(r"\b(?:disc|discs|extras?|bonus|supplements?|special features|includes?|included|including|also|blu-ray|dvd|release)\b", re.IGNORECASE)


def _about_an_extra(text: str, at: int) -> bool:
    """True when the words just before `at` name a disc's extra in a sentence about the disc:
    "The disc adds a documentary directed by X" credits the extra, not the film."""
    return bool(_EXTRA_NOUN.search(text, max(0, at - 60), at)) and bool(_DISC_WORDS.search(text))


def _drop_sentence_word(who: str) -> str:
    """A name opening a sentence without the sentence's first word, capitalised only by its
    place: "Explaining Ines Baro" -> "Ines Baro" (a word that is no given name before one that is)."""
    words = who.split()
    if len(words) >= 3 and "." not in words[0] and not is_given_name(words[0]) and is_given_name(words[1]):
        return " ".join(words[1:])
    return who


# ---------------------------------------------------------------- credit lines

# Labels of a director's or a composer's credit on a line of a credits block or a flattened
# table, English and a few other languages of film databases ("Regie", "Réalisation").
_LINE_LABELS = {
    "director": r"(?:Directed [Bb]y|Director(?:s|\(s\))?|Dir\.?|Regie|Réalisation|Regia|Dirección|Direção)",
    "music": r"(?:(?:Original )?(?:Music|Score)(?: [Bb]y| [Cc]omposer(?:s|\(s\))?)?|(?:Music )?Composer(?:s|\(s\))?|Composed [Bb]y|Musik|Musique)",
}
_BULLET = r"(?:[-•*▪]\s*)?"
_NAMES = rf"{NAME}(?:(?:, | and | & ){NAME})*"
# What a credit line names: people, or a pair or family credited as one.
_CREDITED = rf"(?:{_NAMES}|(?:[Tt]he )?{_PAIR}|{_FAMILY_NAME})"
_FOOTNOTES = r"(?:\s*\[\d+\])*"


def _line_patterns(label: str) -> tuple[re.Pattern[str], ...]:
    return (
        # A label glued to its name in a flattened infobox: "DirectorF.W. Murnau", "Music byHans Zimmer"
        re.compile(rf"^(\s*{_BULLET}{label})(?=[{UPPER}])"),
        # "Director: X", "- Music: X", "Director X" ending its line
        re.compile(rf"^\s*{_BULLET}(?P<label>{label})(?P<sep>\s*[:|]\s*|\s+[–—-]\s+|\s+)(?P<who>{_CREDITED}){_FOOTNOTES}\s*$"),
        # A label inside a flattened table row, its name ending the line: "Region 4 Directed By X"
        re.compile(rf"(?<=\S )(?P<label>{label}) (?P<who>{_CREDITED}){_FOOTNOTES}\s*$"),
        # A label alone on its line, the names on the next: "Regie" / "Fritz Lang"
        re.compile(rf"^\s*{_BULLET}(?P<label>{label})\s*:?\s*$"),
    )


_LINE_PATTERNS = {key: _line_patterns(label) for key, label in _LINE_LABELS.items()}
# Credit lines are short; a longer line is prose.
_CREDIT_LINE_LENGTH = 200
_LINE_GATE = ("Dir", "Regi", "Réal", "Music", "Score", "Compos", "Musi", "director")
_JOB_BEFORE = re.compile(r"(?:Art|Casting|Music|Musical|Assistant|Unit|Executive|Creative|Artistic|Managing|Photography|Animation|Stunt|Dialogue|Voice|Technical|Production|Series)\s*$", re.IGNORECASE)


def _line_credits(doc: Document, key: str) -> list[Claim[str]]:
    """Credits stated by a label on a line of their own: "Director: X" after a bullet, a label
    glued to its name ("DirectorX"), a label and name ending a flattened table row, a label
    alone on its line over the name, and a crew list of name lines each over its job line
    ("X" / "Screenplay / Director"). Where a label without a colon could start a sentence
    ("Director X's latest"), the name must end the line and open with a known given name."""
    glued, same_line, in_row, alone = _LINE_PATTERNS[key]
    claims: list[Claim[str]] = []
    lines = [doc.line_text(i) for i in range(len(doc.lines))]
    for index, line in enumerate(lines):
        if len(line) > _CREDIT_LINE_LENGTH or not holds_any(line, _LINE_GATE):
            continue
        span = doc.span_at(doc.lines[index][0] + len(line) - len(line.lstrip()))
        unglued = glued.sub(r"\1 ", line)
        m = same_line.match(unglued) or in_row.search(unglued)
        if m:
            names = credited_names(m.group("who"))
            strong = _GROUP_VALUE.fullmatch(m.group("who")) is not None or unglued != line or m.re is same_line and m.group("sep").strip() != "" or " " in m.group("label")
            if m.re is in_row and _JOB_BEFORE.search(line[: m.start()]):
                continue
            if names and (strong or starts_with_given_name(names[0])):
                claims.extend(Claim(n, span, LABELLED, "header") for n in names[: 1 if key == "director" else None])
            continue
        if alone.match(line) and not _is_job_line(doc, index):
            below = next((i for i in range(index + 1, min(index + 3, len(lines))) if lines[i].strip()), None)
            if below is not None and re.fullmatch(rf"\s*{_BULLET}{_CREDITED}{_FOOTNOTES}\s*", lines[below]):
                names = credited_names(re.sub(rf"^\s*{_BULLET}|{_FOOTNOTES}\s*$", "", lines[below]))
                below_span = doc.span_at(doc.lines[below][0] + len(lines[below]) - len(lines[below].lstrip()))
                claims.extend(Claim(n, below_span, LABELLED, "header") for n in names[: 1 if key == "director" else None])
    claims.extend(_crew_list_credits(doc, lines, key))
    return claims


def _is_job_line(doc: Document, index: int) -> bool:
    """A label line under a person's name, itself no label's value, is that person's job (or
    character) in a list of name lines over job lines, not a heading over the next name."""
    if index < 1 or not starts_with_given_name(doc.line_text(index - 1).strip()):
        return False
    two_above = doc.line_text(index - 2) if index > 1 else ""
    return two_above.strip().rstrip(":").lower() not in LABELS and not any(p[3].match(two_above) for p in _LINE_PATTERNS.values())


# Jobs of a crew list's job lines ("Screenplay / Director", "Original Music Composer").
_CREW_JOBS = frozenset(
    {
        "director", "screenplay", "writer", "story", "novel", "characters", "producer", "executive producer",
        "co-producer", "editor", "director of photography", "cinematographer", "cinematography",
        "original music composer", "music composer", "original music", "composer", "music",
        "costume design", "production design", "art direction", "set decoration", "production supervisor",
        "casting", "casting director", "makeup artist", "sound", "sound designer", "visual effects",
    }
)
_JOB_SPLIT = re.compile(r"\s*(?:/|,|&)\s*")
_JOB_KEYS = {"director": {"director"}, "music": {"original music composer", "composer", "music", "music composer", "original music"}}


def _crew_list_credits(doc: Document, lines: list[str], key: str) -> list[Claim[str]]:
    """A crew list of name lines each over a line of jobs ("Ines Baro" / "Screenplay /
    Director"), taken only where at least two such pairs hold crew jobs alone (a cast list's
    character line may be called "Director" too)."""
    pairs = []
    for index in range(1, len(lines)):
        job = lines[index].strip()
        if not job or len(job) > 80:
            continue
        jobs = {j.lower() for j in _JOB_SPLIT.split(job)}
        name = lines[index - 1].strip()
        if jobs <= _CREW_JOBS and is_person_name(name):
            pairs.append((index - 1, clean_name(name), jobs))
    if len(pairs) < 2:
        return []
    return [Claim(name, doc.span_at(doc.lines[index][0] + len(lines[index]) - len(lines[index].lstrip())), LABELLED, "header")
            for index, name, jobs in pairs if jobs & _JOB_KEYS[key]]


# ---------------------------------------------------------------- credit runs

# A trade paper's credit block, jobs and names run together with semicolons: "Director Ann Lee;
# Producer Bo Park; Camera Cy Dunn; Music Di Fox". So many "Job Name" items make a run.
MIN_RUN_CREDITS = 3
_RUN_JOBS = (
    "director", "producer", "producers", "executive producer", "co-producer", "screenplay", "writer", "writers",
    "script", "story", "camera", "cinematography", "photography", "director of photography", "editor", "editors",
    "editing", "music", "score", "composer", "original music", "art director", "art direction", "production design",
    "production designer", "costumes", "costume design", "sound", "casting",
)
_RUN_JOB = "|".join(sorted((re.escape(job) for job in _RUN_JOBS), key=len, reverse=True))
_RUN_ITEM = re.compile(rf"(?P<job>(?i:{_RUN_JOB})):? (?P<who>{NAME}(?:, {NAME})*)")
_RUN_KEYS = {"director": {"director"}, "music": {"music", "score", "composer", "original music"}}


def _credit_run_claims(doc: Document, key: str) -> list[Claim[str]]:
    """The names a semicolon-separated credit run gives the job of `key`."""
    claims: list[Claim[str]] = []
    for sentence in doc.sentences:
        if sentence.text.count(";") < MIN_RUN_CREDITS - 1:
            continue
        items = [_RUN_ITEM.fullmatch(part.strip()) for part in sentence.text.split(";")]
        credits = [m for m in items if m]
        if len(credits) < MIN_RUN_CREDITS:
            continue
        for m in credits:
            if m.group("job").lower() in _RUN_KEYS[key]:
                names = split_names(m.group("who"))
                claims.extend(Claim(n, sentence.span, LABELLED, "header") for n in names[: 1 if key == "director" else None])
    return claims


# ---------------------------------------------------------------- composers

_COMPOSER_PATTERNS: tuple[Rule, ...] = (
    Rule(re.compile(rf"(?<!earlier )(?<!rejected )(?<!unused )\b(?:score|music|soundtrack)\)?,? \(?(?:was |is )?(?:(?:composed|written) )?by (?P<who>{NAME}(?: and {NAME})?|{WORD} himself|{WORD} herself)"), PROSE, needs=("by ",)),
    Rule(re.compile(rf"\bscored by (?P<who>{NAME}(?: and {NAME})?|{WORD})"), PROSE, needs=("scored by ",)),
    # "The score is again by X", "music, once more, by X", "The score this time comes from X"
    Rule(re.compile(rf"(?<!earlier )(?<!rejected )(?<!unused )\b(?:score|music|soundtrack)(?: is| was)?,? {_ASIDE_WORDS},? (?:(?:is|was) )?(?:(?:composed|written) )?by (?P<who>{NAME}(?: and {NAME})?)"), PROSE, needs=("by ",)),
    Rule(re.compile(rf"(?<!earlier )(?<!rejected )(?<!unused )\b(?:score|soundtrack){_ASIDE} (?:comes|came) from (?P<who>{NAME}(?: and {NAME})?)"), PROSE, needs=(" from ",)),
    # "Hans Zimmer's score", "Brandt and Lund's score" (a possessive shared by two names)
    Rule(re.compile(rf"(?<![\w'])(?P<who>(?:(?:{NAME}|{WORD}) and )?(?:{NAME}|{WORD})){_POSS} (?:[\w-]+,? (?:and )?){{0,4}}?{_MUSIC_NOUN}\b"), PROSE, needs=_POSS_THEN_SPACE),
    Rule(re.compile(rf"(?:^|\b(?:with|by|and|from) )[Cc]omposer (?P<who>{NAME})"), PROSE, needs=("omposer ",)),
    Rule(re.compile(rf"(?P<who>{NAME}(?: and {NAME})?) (?:wrote|composed) the (?:[\w-]+ ){{0,2}}(?:score|music)\b"), PROSE, needs=(" wrote the ", " composed the ")),
    Rule(re.compile(rf"\b[Mm]usic [Bb]y (?P<who>{NAME}(?: and {NAME})?)"), PROSE, needs=("usic by", "usic By")),
    # "Ona Reyes provides an eerie score", "X supplied the soundtrack": the name must open with
    # a known given name (on a disc page a track "provides a soundtrack" too)
    Rule(re.compile(
        rf"(?<![\w'])(?P<who>{NAME}) (?:provides|provided|supplies|supplied|contributes|contributed|delivers|delivered) "
        rf"(?:a|an|the|his|her|their) (?:[\w-]+,? ){{0,3}}?(?:score|soundtrack|music)\b"
    ), PROSE, given_name=True, needs=(" provide", " suppl", " contribut", " deliver")),
)


def composer_claims(doc: Document, fields: list[Field], people: People, directors: list[str]) -> list[Claim[str]]:
    claims = _field_credits(doc, fields, "music", _CREDITS_MUSIC, first_only=False)
    claims.extend(_line_credits(doc, "music"))
    claims.extend(_credit_run_claims(doc, "music"))
    for sentence in doc.sentences:
        if holds_any(folded(sentence.text), _COMPOSER_GATE):
            claims.extend(_prose_credits(sentence, _COMPOSER_PATTERNS, people, prefer=directors))
    return claims


# ---------------------------------------------------------------- source novel

# Kinds of book a film is based on; a stage play is no book ("based on the play by X" is no novel).
_BOOK_WORDS = ("novel", "novella", "book", "books", "memoir", "short story", "story", "comic book", "graphic novel", "bestseller", "best-seller")
# A source noun as prose writes it, or capitalised in a credit line ("Based on the Book X by Y").
_BOOK = "(?:" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _BOOK_WORDS) + ")"
# Words that lead to a film's source; a credit line's "Screenplay by X, from the novel by Y" too.
_ADAPTED = r"(?:[Bb]ased (?:up)?on|[Aa]dapted from|[Aa]dapt(?:s|ed|ing)|adaptation of|(?:film|screen|movie) version of|updates|grew out of|(?:comes|came|drawn|taken) from|, from(?= the))"
# A book's title: in double or single quotes, or a run of capitalised words.
_TITLE = r"(?:\"[^\"]{2,80}\"|'[A-Z0-9][^']{1,80}'|[A-Z0-9][\w'-]*(?: (?:of|and|the|a|an|in|to|on|&|[A-Z0-9][\w'-]*))*)"
# A book's title after its noun: "novel Low Water", or set off by a comma in quotes: 'novel, "Low Water,"'.
_TITLE_AFTER = rf"(?: |, (?=[\"']))(?P<title>{_TITLE})"
# One or two authors, each possibly introduced by a descriptor; a hyphenated pen name counts.
_AUTHOR = rf"(?:[a-z]+ )?(?:{NAME}|[A-Z][a-z]+-[A-Z][a-z]+(?![\w-]))"
_AUTHORS = rf"{_AUTHOR}(?: and {_AUTHOR})?"
# "the novel of the same name": the book bears the film's title.
_SAME_NAME = r"of the same (?:name|title)"
# What every pattern opening with _ADAPTED holds.
_ADAPTED_NEEDS = ("ased ", "dapt", "updates", "grew out of", " from", " version of")
_NOVEL_PATTERNS: tuple[Rule, ...] = (
    # "adapted from Ben Mezrich's book The Accidental Billionaires", "based on Blatty's 1971
    # novel of the same name" (a surname resolved against the document's full names)
    # (adjectives may be set off by commas: "Ann Lee's 1960 semi-autobiographical, prize-winning novel")
    Rule(re.compile(rf"{_ADAPTED}(?: [\w-]+){{0,6}}? (?P<author>{NAME}|{WORD}){_POSS} (?:{YEAR} )?(?:[\w-]+,? ){{0,3}}?{_BOOK}\b(?:{_TITLE_AFTER}| (?P<same>{_SAME_NAME}))?"), LABELLED, needs=_ADAPTED_NEEDS),
    # "adaptation of the opening third of J.R.R. Tolkien's The Lord of the Rings"
    Rule(re.compile(rf"{_ADAPTED}(?: [\w-]+){{0,6}}? (?P<author>{NAME}){_POSS} (?P<title>(?:The|A|An) {_TITLE})"), LABELLED, needs=_ADAPTED_NEEDS),
    # "based on the 1853 memoir Twelve years a slave by Solomon Northup", "Based on a novel by
    # John O'Brien", "Based on the Book LOW WATER by Ines Baro"
    Rule(re.compile(rf"{_ADAPTED} (?:the |a |an )?(?:{YEAR} )?(?:[\w-]+ ){{0,3}}?{_BOOK}(?: (?P<same>{_SAME_NAME})| (?P<title>[^,;]{{2,80}}?))? by (?P<author>{_AUTHORS})"), LABELLED, needs=_ADAPTED_NEEDS),
    # "Based on the Cormac McCarthy novel", "adapted from the 1996 Irvine Welsh novel
    # Trainspotting", 'an adaptation of the Ines Baro crime novel, "Low Water,"'
    Rule(re.compile(rf"{_ADAPTED} (?:the|a|an) (?:{YEAR} )?(?P<author>{NAME}) (?:[\w-]+ ){{0,2}}?(?:{_BOOK})\b(?! by\b)(?:{_TITLE_AFTER})?"), STRONG, needs=_ADAPTED_NEEDS),
    # "An adaptation of Low Water, the novel by Ines Baro": the title before its noun
    Rule(re.compile(rf"{_ADAPTED} (?P<title>{_TITLE}), (?:the|a|an) (?:{YEAR} )?(?:[\w-]+ ){{0,2}}?{_BOOK} by (?P<author>{_AUTHORS})"), LABELLED, needs=_ADAPTED_NEEDS),
    # "based on the book Low Water." with no author: the title must end its clause
    Rule(re.compile(rf"{_ADAPTED} (?:the|a|an) (?:{YEAR} )?(?:[\w-]+ ){{0,2}}?{_BOOK},? (?P<title>{_TITLE})(?=[,.;:)]|$| (?:and|which|that|but|while|is|was)\b)"), PROSE, needs=_ADAPTED_NEEDS),
    # "Thomas Harris's novel" in a sentence about the script or source
    Rule(re.compile(rf"(?P<author>{NAME}){_POSS} (?:[\w-]+ ){{0,3}}?(?:{_BOOK})\b(?:{_TITLE_AFTER})?"), WEAK, needs=_POSS_THEN_SPACE),
)


# A sentence that makes a book the film's source, where a bare "X's novel" credits the author:
# "based", "adapted", the script, "X's best-seller, 'Title', has made a fine film".
_ABOUT_THE_SOURCE = re.compile(
    r"\b(?:based|adapt|script|screenplay|source|trims|from)\b"
    r"|\b(?:made|makes|make|making|turned) (?:into )?an? (?:[\w-]+ ){0,3}?(?:film|movie|picture)\b|\bto the screen\b",
    re.IGNORECASE,
)
_SOURCE_FIELD = re.compile(rf"(?:(?:the |a )?(?:{_BOOK}) )?(?P<title>.+?) by (?P<author>{_AUTHORS})")


def novel_claims(doc: Document, fields: list[Field], people: People | None = None, title: str | None = None) -> list[Claim[Novel]]:
    """The source book stated by a "Based on" field or in prose. With the film's `title`, "the
    novel of the same name" is titled; with `people`, a surname author is resolved (built from
    the document when not given)."""
    people = people or People(doc)
    claims: list[Claim[Novel]] = []
    for f in fields_by_key(fields, "source"):
        value = re.sub(r"^(?:based on|adapted from)\s+", "", f.value, flags=re.IGNORECASE)
        m = _SOURCE_FIELD.search(value)
        if m:
            claims.append(Claim(_novel(m.group("title"), m.group("author")), doc.span_at(f.start), LABELLED, "infobox" if f.kind == "infobox" else "header"))
    for sentence in doc.sentences:
        if not holds_any(folded(sentence.text), _NOVEL_GATE):
            continue
        for rule in _NOVEL_PATTERNS:
            pattern, weight = rule.pattern, rule.weight
            if not holds_any(sentence.text, rule.needs):
                continue
            if weight < PROSE and not _ABOUT_THE_SOURCE.search(sentence.text):
                continue
            for m in pattern.finditer(sentence.text):
                groups = m.groupdict()
                book_title = title if groups.get("same") else groups.get("title")
                if groups.get("author") is None:
                    if book_title:
                        claims.append(Claim(Novel(_novel(book_title, "").title, None), sentence.span, weight, "prose"))
                    continue
                authors = _strip_descriptors(m.group("author"))
                first_author = authors.split(" and ")[0]
                if " " not in authors and "-" not in authors:
                    authors = people.resolve(authors)
                    if authors:
                        claims.append(Claim(_novel(book_title, authors), sentence.span, weight, "prose"))
                elif is_person_name(first_author) or re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", first_author):
                    claims.append(Claim(_novel(book_title, m.group("author")), sentence.span, weight, "prose"))
    return _titled(claims)


def _titled(claims: list[Claim[Novel]]) -> list[Claim[Novel]]:
    """Claims naming an author without the book, given the title another claim of that
    author states ("based on the novel by X" in one place, "X's Low Water" in another)."""
    titles = {c.value.author: c.value.title for c in claims if c.value.title and c.value.author}
    return [replace(c, value=Novel(titles[c.value.author], c.value.author)) if not c.value.title and c.value.author in titles else c for c in claims]


def _novel(title: str | None, author: str) -> Novel:
    if title:
        title = title.strip(" \"',.")
        title = re.sub(r"^(?:the |a )?(?:\w+ )?(?:" + "|".join(_BOOK_WORDS) + r") ", "", title)
        if not title or not (title[0].isupper() or title[0].isdigit()) or title.lower() in {"the", "a"}:
            title = None
    return Novel(title, _strip_descriptors(author) or None)


def _strip_descriptors(authors: str) -> str:
    """"astronaut Jim Lovell and journalist Jeffrey Kluger" -> "Jim Lovell and Jeffrey Kluger"."""
    return " and ".join(clean_name(re.sub(r"^[a-z]+ ", "", part)) for part in authors.split(" and "))


# ---------------------------------------------------------------- crew (never cast)

# Each pattern with the strings one of which its every match holds.
_CREW_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(rf"\b(?:cinematographer|director of photography|editor|producer|screenwriter|writer|photographer|reviewer|critic|narrator of the documentary|[Bb]y|[Rr]eviewed by|[Ww]ritten by|[Ss]creenplay by|[Ss]cript by|[Pp]roduced by|[Ee]dited by|[Ss]hot by|cut by|co-writer|co-wrote it with his|with his brother) (?P<who>{NAME})"),
        ("by ", "By ", "ographer ", "editor ", "producer ", "writer ", "reviewer ", "critic ", "documentary ", "director of photography ", "co-wrote it with his ", "with his brother "),
    ),
    (
        re.compile(rf"(?P<who>{NAME}){_POSS} (?:[\w-]+ ){{0,2}}?(?:photography|cinematography|camera|editing|script|screenplay|titles|production design|costumes)\b"),
        _POSS_THEN_SPACE,
    ),
    (re.compile(rf"(?P<who>{NAME}) (?:shot|edited|wrote the screenplay|photographed) the film"), (" the film",)),
)


def crew_names(doc: Document, fields: list[Field]) -> set[str]:
    names: set[str] = set()
    for f in fields_by_key(fields, "crew"):
        names.update(split_names(re.split(r"\s*\.{3,}", f.value)[0]))
    for f in fields_by_key(fields, "credits"):
        names.update(clean_name(m.group(0)) for m in NAME_RE.finditer(f.value))
    for sentence in doc.sentences:
        if not _may_credit_crew(sentence.text):
            continue
        for pattern, needs in _CREW_PATTERNS:
            if holds_any(sentence.text, needs):
                names.update(clean_name(m.group("who")) for m in pattern.finditer(sentence.text))
    return names
