"""Cast credits: who plays whom, with billing and short character descriptions.

Actors are found in two passes. The first reads explicit cast lists (spec fields, credit
blocks, "the cast includes ...") and explicit pairings ("Character (Actor)", "Actor plays
Character", "Character, played by Actor"). The second resolves the surname-only references
that reviews use once the full names are known ("the Kid (Woolvett)", "Keaton's Batman").
Sentences about other films ("Fight Club (1999), opposite Edward Norton") and lists of
related titles are skipped, and their people are never credited from weak evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.facts import Billing, CastCredit, Span
from bot.extract.film import FILM_NOUNS, YEAR, other_film_sentences
from bot.extract.header import Field, fields_by_key
from bot.extract.names import NAME, NAME_RE, NOT_NAME_WORDS, WORD, clean_name, is_person_name, split_names, surname_index
from bot.extract.text import Document, Sentence, squash

# Words that make a parenthesised or possessed phrase a role, not a person.
TITLE_WORDS = frozenset(
    """Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss General Captain Capt. Uncle Aunt Mama Papa Sheriff Detective
    Agent Colonel Professor Prince Princess King Queen Lady Sir Father Sister Brother Doctor Officer
    Commissioner Major Sergeant Lieutenant Lt. Judge Count Baron Mother Grandpa Grandma Monsieur Madame
    Signor Señor Inspector Chief Commander Emperor Senator Friar Private Corporal Admiral Reverend Nurse""".split()
)
_ARTICLES = r"(?:the|a|an|his|her|their|its)"
# A character named with capitals: "Dr. Hannibal Lecter", "Robin of Loxley", 'Ellis "Red" Redding'.
# No token ends in a possessive: "Ray's ex-wife Mary Ann" names Mary Ann.
_CAP_WORD = r"[A-Z\u00c0-\u00de](?:[\w.-]|'(?!s\b))*"
_CAP_TOKEN = rf"(?:{_CAP_WORD}|\"[^\"]{{1,20}}\"|\d+)"
CHAR_CAP = rf"{_CAP_WORD}(?: (?:(?:of|the|de|del|von|van|du|la|le) )?{_CAP_TOKEN})*(?![\w'])"
# A role in lower case, kept short and closed by punctuation: "the narrator", "the woodcutter".
CHAR_ROLE = r"(?:the|[A-Z][\w]*'s) (?:[a-z][\w-]* )?[a-z][\w-]*(?=[,.;)]|$| who\b| and\b)"
# Words between a verb and the character: articles, adjectives, possessives ("Ray's ex-wife").
_NOT_DESCRIPTOR = r"(?!(?:to|for|in|at|on|from|by|with|that|which|who|this|it|him|is|was|but|when|while|as)\b)"
_DESCRIPTORS = rf"(?:(?:{_NOT_DESCRIPTOR}[a-z][\w-]*(?:'s|,)?|[A-Z][\w]*'s) ){{0,6}}?"
_NEXT_SUBJECT = re.compile(r" (?:as|plays|is|was|voices)\b")
_VERB = (
    r"(?:(?:also |again |then )?(?:plays|played|portrays|portrayed|voices|voiced|is|was|are|becomes|"
    r"makes an?|stars as|co-stars as|appears as|turns up as|is cast as|is back as|are back as|"
    r"provides the (?:[\w,-]+ ){0,3}?voice of(?: the)?|lends (?:his|her|their) voice to))"
)
# "turns in a fine comic performance as", "barks orders as": only tried where " as " occurs.
_VERB_AS = r"(?:(?!such |well |same |much |long |soon |this |it |him |them )[a-z][\w,-]* ){0,7}as"
_ACTOR = rf"(?P<actor>{NAME}|{WORD})"
# Who is being described: a name, an optional "(Other Film)", an optional appositive clause.
_SUBJECT_HEAD = rf"{_ACTOR}(?: \([^)]*\))?(?:(?:, who|, (?!as\b)[^,]{{3,90}},)? "
_SUBJECT = re.compile(rf"{_SUBJECT_HEAD}(?:{_VERB})|, as) ")
_SUBJECT_OR_AS = re.compile(rf"{_SUBJECT_HEAD}(?:{_VERB}|{_VERB_AS})|, as) ")
# "Humphrey Bogart ..... Rick Blaine", "Sigourney Weaver … Ellen Ripley", "James Stewart as Scottie",
# "Sandra Bullock — Dr. Ryan Stone"
_CREDIT_LINE = re.compile(rf"({NAME}|{WORD})\s*(?:\.{{3,}}|…| as | [—–] )\s*(.+)$")
_LIST_PAIR = re.compile(rf"({NAME}|{WORD}) as {_DESCRIPTORS}({CHAR_CAP}|{CHAR_ROLE})\b")
_NARRATES = re.compile(rf"(?<![\w.])(?P<actor>{NAME}) narrates\b")
_TWO_CHARACTERS = re.compile(rf"({CHAR_CAP}) and (?:[a-z]+ )?({CHAR_CAP})")
# Two names only: the last two of a longer list ("A, B and C play ...") would pair out of count.
_COORDINATED = re.compile(
    rf"(?<!, )(?P<a>{NAME})(?: \([^)]*\))? and (?P<b>{NAME})(?: \([^)]*\))? (?:co-star|star|play|are)(?: back)?(?: as)? "
)
_DESCRIBED_CHARACTER = re.compile(rf"{_DESCRIPTORS}({CHAR_CAP})")
_LATER_CHARACTER = re.compile(rf"((?: [a-z][\w-]*){{1,2}}) ({CHAR_CAP})(?=[,.;]|$| who\b| and\b)")
_GAPPED = re.compile(rf"{_ACTOR} (?:{_ARTICLES}) {_DESCRIPTORS}(?P<char>{CHAR_CAP})$")
_FRONTED = re.compile(
    rf"As (?P<char>{CHAR_CAP}|{CHAR_ROLE}),(?: [^,]+,)? {_ACTOR}(?: \([^)]*\))? (?:is|plays|gives|turns|makes|brings|proves|does)\b"
)
_WHOM_PLAYS = re.compile(rf"(?P<char>{CHAR_CAP}), (?:[^,]{{0,60}} )?whom {_ACTOR} plays")
_TRAILING_NAME = re.compile(rf"(?:{NAME}|{WORD})$")
_CALLED = re.compile(rf"\b(?:called|named|known as) ({CHAR_CAP})")
_APPOSITIVE_CHARACTER = re.compile(rf"({CHAR_CAP}), (?:the|a|an) [^,()]{{1,60}}$")
_POSSESSIVE = re.compile(rf"(?<![\w'])(?P<actor>{NAME}|{WORD})'s? (?P<desc>(?:[a-z][\w-]+ ){{0,2}})(?P<char>{CHAR_CAP})")

@dataclass(frozen=True, slots=True)
class _Context:
    """What the pairing rules know from earlier passes."""

    surnames: dict[str, str]  # surname -> full name of an actor (or director)
    characters: set[str]  # names already known to be characters
    actors: set[str]  # full names already credited as actors
    known: set[str]  # actors and directors
    title: str | None
    name_words: frozenset[str] = frozenset()  # every word of the longer names the document mentions


@dataclass(slots=True)
class _Credit:
    actor: str
    character: str | None
    span: Span
    strength: float
    billing: Billing | None = None
    description: str | None = None
    description_span: Span | None = None


class _Cast:
    """Collects credits; one per actor, the best-evidenced character kept."""

    def __init__(self) -> None:
        self.by_actor: dict[str, _Credit] = {}

    def add(self, credit: _Credit) -> None:
        if credit.character:
            credit.character = _clean_character(credit.character)
        current = self.by_actor.get(credit.actor)
        if current is None:
            self.by_actor[credit.actor] = credit
            return
        if credit.character and (not current.character or credit.strength > current.strength):
            current.character, current.span, current.strength = credit.character, credit.span, credit.strength
        current.billing = current.billing or credit.billing
        if credit.description and not current.description:
            current.description, current.description_span = credit.description, credit.description_span

    @property
    def actors(self) -> list[str]:
        return list(self.by_actor)

    def characters(self) -> set[str]:
        return {c.character for c in self.by_actor.values() if c.character}


def cast_credits(doc: Document, fields: list[Field], title: str | None, crew: set[str], directors: list[str]) -> list[CastCredit]:
    skipped = other_film_sentences(doc, title)
    foreign = {clean_name(m.group(0)) for s in skipped for m in NAME_RE.finditer(s.text)}
    usable = [s for s in doc.sentences if s not in skipped]
    cast = _Cast()
    _from_fields(doc, fields, cast)
    for sentence in usable:
        _from_prose_list(sentence, cast)
    listed = set(cast.actors)
    name_words = frozenset(w for m in NAME_RE.finditer(doc.text) for w in m.group(0).split()) | frozenset((title or "").split())
    for round_no in range(2):  # the second round resolves surnames of actors found in the first
        if round_no == 1:
            usable = _mentioning_surnames(usable, cast.actors)
        context = _Context(
            surnames=surname_index(sorted(set(cast.actors) | set(directors))),
            characters=cast.characters(),
            actors=set(cast.actors),
            known=set(cast.actors) | set(directors),
            title=title,
            name_words=name_words,
        )
        for sentence in usable:
            for credit in _pairings(sentence, context):
                weak = credit.character is None or credit.character.startswith("the ")
                if weak and credit.actor in foreign and credit.actor not in listed:
                    continue
                if credit.actor in crew and credit.actor not in listed and credit.character is None:
                    continue
                if credit.character and credit.character in context.known:
                    continue
                cast.add(credit)
    return [
        CastCredit(c.actor, c.character, c.span, c.billing, c.description, c.description_span)
        for c in cast.by_actor.values()
        if c.actor not in cast.characters() or c.actor in listed
    ]


# ---------------------------------------------------------------- what to skip


def _mentioning_surnames(sentences: list[Sentence], actors: list[str]) -> list[Sentence]:
    """The sentences naming an actor by surname, the only ones a second round can add to."""
    surnames = sorted({a.split()[-1] for a in actors}, key=len, reverse=True)
    if not surnames:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, surnames)) + r")\b")
    return [s for s in sentences if pattern.search(s.text)]


# ---------------------------------------------------------------- lists


def _from_fields(doc: Document, fields: list[Field], cast: _Cast) -> None:
    for f in fields_by_key(fields, "cast"):
        # Names stated elsewhere tell how to cut an unseparated run ("Harry Dean Stanton").
        line = doc.sentence_at(f.start)
        elsewhere = doc.text[: line.start] + "\n" + doc.text[line.end :]
        people = {clean_name(m.group(0)) for m in NAME_RE.finditer(elsewhere)}
        pair = _CREDIT_LINE.match(f.value)
        if pair and is_person_name(pair.group(1), allow_single=True):
            cast.add(_line_credit(pair, doc.span_at(f.start)))
            continue
        for name in split_names(f.value, known=people):
            cast.add(_Credit(name, None, doc.span_at(f.start), 1.0))
    for f in fields_by_key(fields, "cast_block"):
        if len(f.cells) == 2 and is_person_name(f.cells[0], allow_single=True) and _plausible_character(f.cells[1]):
            cast.add(_Credit(clean_name(f.cells[0]), f.cells[1], doc.span_at(f.start), 3.0))  # "Amy Adams   Louise Banks"
            continue
        m = _CREDIT_LINE.match(f.value)
        if m and is_person_name(m.group(1), allow_single=True):
            cast.add(_line_credit(m, doc.span_at(f.start)))


# "Robert Graysmith, a political cartoonist": a character and, after the comma, who they are.
_CHARACTER_THEN_DESCRIPTION = re.compile(r"(?P<char>[^,]+), (?P<desc>(?:an?|the) [a-z][^,]*)")


def _line_credit(m: re.Match[str], span: Span) -> _Credit:
    """The credit of a cast line "Actor as Character[, description]" matched by _CREDIT_LINE."""
    rest = _CHARACTER_THEN_DESCRIPTION.fullmatch(m.group(2).strip().rstrip("."))
    if rest is None:
        return _Credit(clean_name(m.group(1)), m.group(2), span, 3.0)
    return _Credit(clean_name(m.group(1)), rest.group("char"), span, 3.0, description=rest.group("desc"), description_span=span)


_LIST_INTRO = re.compile(
    r"\b(?:(?P<supporting>[Tt]he supporting cast)|[Tt]he (?:main |principal )?cast(?: around \w+)?|[Tt]he (?:film|movie) (?:also )?stars|[Ii]t stars)"
    r"(?: is as strong as [^:]*)?(?: (?:includes|included|is|are|features|also includes))?:? (?P<list>.+)"
)
_LEAD_SUPPORT = re.compile(
    r"\bstars (?P<lead>.+?) in the (?:lead|leading|starring) roles?, with (?P<support>.+?) in supporting roles"
)


# A listing of the film: "RoboCop (1987) ★★★★ Satirical science fiction with A, B, C." (the
# year in brackets marks a listing; sentences naming other films are skipped before this).
_LISTING_WITH = re.compile(
    rf"\({YEAR}\)[^.]*?\b(?i:{FILM_NOUNS}|fiction|sci-fi|comedy|documentary|animation) with "
    rf"(?P<names>{NAME}(?:, {NAME})*,? (?:and |& )?{NAME})\.?$"
)


# Only a clause joined to a credit of this film ("written by A and starring B"): a label
# "Starring:" is a field, and "the one starring B" may be another film.
_STARRING = re.compile(rf"(?:,| and) (?:co-)?starring (?P<names>{NAME}(?:, {NAME})*(?:,? (?:and |& ){NAME})?)")


def _from_prose_list(sentence: Sentence, cast: _Cast) -> None:
    text = sentence.text
    m = _LISTING_WITH.search(text)
    if m:
        for name in split_names(m.group("names")):
            cast.add(_Credit(name, None, sentence.span, 1.0))
    m = re.search(r"\b(?:round|rounds) out (?:the|an?|this|things)\b", text)
    if m and re.search(r"\bcast\b|\bthings\b", text[m.start() :]):
        # "Jack Hawkins (General Allenby), Claude Rains (Mr. Dryden) and Jose Ferrer round out the cast"
        subject = re.sub(r"\([^)]*\)", "", text[: m.start()])
        for name in split_names(subject):
            cast.add(_Credit(name, None, sentence.span, 1.0))
    m = _STARRING.search(text)
    if m:  # "..., written by A and starring B and C"
        for name in split_names(m.group("names")):
            cast.add(_Credit(name, None, sentence.span, 1.0))
    m = _LEAD_SUPPORT.search(text)
    if m:
        for part, billing in ((m.group("lead"), "lead"), (m.group("support"), "supporting")):
            for name in split_names(part):
                cast.add(_Credit(name, None, sentence.span, 1.0, billing))
        return
    m = _LIST_INTRO.search(text)
    if not m:
        return
    billing = "supporting" if m.group("supporting") else None
    items = re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+(?=[A-Z]|(?:an?|the) [\w -]*?(?:named|called) )", m.group("list").rstrip("."))
    for item in items:
        # "a young Canadian actor named Jaimz Woolvett" -> "Jaimz Woolvett"
        item = re.sub(r"^(?:[a-z][\w-]* |[A-Z][a-z]+ (?=[a-z]))+(?:named |called )", "", item.strip())
        pair = _LIST_PAIR.match(item)
        if pair and is_person_name(pair.group(1), allow_single=True):
            cast.add(_Credit(clean_name(pair.group(1)), pair.group(2), sentence.span, 2.0, billing))
        elif is_person_name(item):
            cast.add(_Credit(clean_name(item), None, sentence.span, 1.0, billing))


# ---------------------------------------------------------------- pairings


def _pairings(sentence: Sentence, context: _Context) -> list[_Credit]:
    def actor(raw: str) -> str | None:
        raw = clean_name(raw)
        if raw in context.surnames:
            return context.surnames[raw]
        if raw in context.characters or not is_person_name(raw):
            return None
        return raw

    text, span = sentence.text, sentence.span
    found: list[_Credit] = []
    found.extend(_paren_pairs(text, span, actor, context))
    found.extend(_verb_pairs(text, span, actor))
    found.extend(_single_name_pairs(text, span, context))
    found.extend(_passive_pairs(text, span, actor))
    found.extend(_fronted_pairs(text, span, actor))
    found.extend(_possessive_pairs(text, span, context))
    found.extend(_unnamed_role_pairs(text, span, actor))
    return found


def _verb_pairs(text: str, span: Span, actor) -> list[_Credit]:
    """"Actor plays Character", "Actor (Other Film) is Character", "Actor, as Character,",
    "Actor turns in a fine performance as Character", and "A and B play C and D"."""
    found = []
    for m in (_SUBJECT_OR_AS if " as " in text else _SUBJECT).finditer(text):
        if _inside_longer_name(text, m.start()):
            continue
        who = actor(m.group("actor"))
        rest = _after(text, m.end())
        char = _character_after(rest)
        later_as = re.match(r"(?:[a-z][\w,-]* ){1,7}?as ", rest)
        if char is None and later_as:  # "is slick and very funny as Napster founder Sean Parker"
            char = _character_after(rest[later_as.end() :])
        if who and char:
            found.append(_Credit(who, char, span, 2.0))
            found.extend(_gapped_pairs(rest, span, actor))
    return found + _narrator_pairs(text, span, actor) + _coordinated_pairs(text, span, actor)


# A stage name of one word casts only in an explicit construction: "Zendaya plays Chani" opening a
# clause, or "..., Rufus as the desert guide" as an item of a list of "Actor as Character" pairs.
_SINGLE_PLAYS = re.compile(rf"(?:^|[,;:] |\band )(?P<actor>{WORD}) (?:plays|played|portrays|portrayed|voices|voiced) ")
_SINGLE_AS = re.compile(rf"(?:[,;:] |\band )(?P<actor>{WORD}) as ")
_FULL_NAME_AS = re.compile(rf"{NAME} as ")


def _single_name_pairs(text: str, span: Span, context: _Context) -> list[_Credit]:
    """Credits of one-word stage names ("Zendaya", "Björk") in explicit cast constructions only:
    the word names no known character and is no part of a longer name or the title."""
    found = []
    # "Marta plays the piano" is a story: after "plays" only a named character casts a single name.
    matches = [(m, False) for m in _SINGLE_PLAYS.finditer(text)]
    if " as " in text and _FULL_NAME_AS.search(text):
        matches += [(m, True) for m in _SINGLE_AS.finditer(text)]
    for m, in_as_list in matches:
        who = m.group("actor")
        if who in NOT_NAME_WORDS or who in TITLE_WORDS or who in context.characters or who in context.name_words:
            continue
        char = _character_after(_after(text, m.end()))
        if char and (char[0].isupper() or (in_as_list and char.startswith("the "))):
            found.append(_Credit(who, char, span, 2.0))
    return found


def _narrator_pairs(text: str, span: Span, actor) -> list[_Credit]:
    """"André Dussollier narrates." credits the narrator."""
    return [_Credit(actor(m.group("actor")), "the narrator", span, 2.0) for m in _NARRATES.finditer(text) if actor(m.group("actor"))]


def _coordinated_pairs(text: str, span: Span, actor) -> list[_Credit]:
    """"A and B play the astronauts C and D": pairs in order."""
    found = []
    for m in _COORDINATED.finditer(text):
        pair = _TWO_CHARACTERS.search(_after(text, m.end()).split(";")[0])
        if pair:
            for a, c in ((m.group("a"), pair.group(1)), (m.group("b"), pair.group(2))):
                if actor(a) and _plausible_character(c):
                    found.append(_Credit(actor(a), c, span, 2.5))
    return found


# Actors cast as an unnamed group or relation: "A, B and C play the staff of the clinic",
# "D plays their father"; "A and B play the twins Ann and Bea" names one character each.
_NOT_A_ROLE = r"(?!(?:piano|guitar|drums?|trumpet|saxophone|violin|cello|organ|bass|music|songs?|score|theme|role|roles|part|parts|game|games|cards|chess|golf|it|up|down|with)\b)"
_GROUP_ROLE = re.compile(
    rf"(?<![\w'])(?P<names>{NAME}(?:, {NAME})*,? and {NAME}) play (?:the|two|three|four) {_NOT_A_ROLE}[a-z][\w-]*"
    rf"(?: (?P<chars>{CHAR_CAP}(?:, {CHAR_CAP})*,? and {CHAR_CAP}))?"
)
_RELATION_ROLE = re.compile(rf"(?<![\w'])(?P<names>{NAME}) plays (?:his|her|their) {_NOT_A_ROLE}[a-z][\w-]*(?=[,.;]|$| and\b| who\b)")


def _unnamed_role_pairs(text: str, span: Span, actor) -> list[_Credit]:
    """Actors of a group or relation role, paired with characters only when the counts match."""
    found: list[_Credit] = []
    if " play" not in text:  # a cheap gate before two costly patterns
        return found
    for m in (*_GROUP_ROLE.finditer(text), *_RELATION_ROLE.finditer(text)):
        if _inside_longer_name(text, m.start()):
            continue
        names = [actor(n) for n in split_names(m.group("names"))]
        chars = _characters_in_list(m.group("chars")) if "chars" in m.groupdict() and m.group("chars") else []
        if len(chars) != len(names):
            chars = [None] * len(names)
        found.extend(_Credit(who, char, span, 1.5 if char else 1.0) for who, char in zip(names, chars) if who)
    return found


def _characters_in_list(run: str) -> list[str]:
    """The characters of a list "Ann, Bea and Cal"."""
    return [c for c in re.split(r",\s*(?:and\s+)?|\s+and\s+", run) if _plausible_character(c)]


def _inside_longer_name(text: str, start: int) -> bool:
    """True when a match starts inside a run of capitalised words (a title or a longer name)."""
    return bool(re.search(r"[A-Z\u00c0-\u00de][\w'.-]* $", _before(text, start)))


def _character_after(rest: str) -> str | None:
    """The character a verb introduces: a capitalised name after a few descriptors (the later
    of two: "Napster founder Sean Parker"), else a short lower-case role ("the narrator")."""
    m = _DESCRIBED_CHARACTER.match(rest)
    if m and re.search(r",| and ", rest[: m.start(1)]) and _NEXT_SUBJECT.match(rest[m.end() :]):
        m = None  # "Foy as the ten-year-old, Jessica Chastain as ...": a name that starts the next item
    if m and _plausible_character(m.group(1)):
        later = _LATER_CHARACTER.match(rest[m.end() :])
        return later.group(2) if later else m.group(1)
    m = re.match(CHAR_ROLE, rest)
    if m and _plausible_character(m.group(0)):
        return m.group(0)
    return None


def _gapped_pairs(rest: str, span: Span, actor) -> list[_Credit]:
    """Verb left out after the first pairing: "..., John Hillerman the smooth official Yelburton"."""
    found = []
    for segment in re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+", rest):
        m = _GAPPED.match(segment.strip().rstrip("."))
        if m and actor(m.group("actor")) and _plausible_character(m.group("char")):
            found.append(_Credit(actor(m.group("actor")), m.group("char"), span, 1.5))
    return found


def _fronted_pairs(text: str, span: Span, actor) -> list[_Credit]:
    """"As Cooper, Matthew McConaughey is ...", "As Ed, his best mate, Frost is ..."."""
    m = _FRONTED.match(text)
    if m and actor(m.group("actor")) and _plausible_character(m.group("char")):
        return [_Credit(actor(m.group("actor")), m.group("char"), span, 2.0)]
    return []


def _passive_pairs(text: str, span: Span, actor) -> list[_Credit]:
    """"Character is voiced by Actor", "Character, played by Actor", "(played by Actor)"."""
    found = []
    for m in re.finditer(r"(?:is |was |\()?(?:played|voiced|portrayed|embodied) by ", text):
        window = " ".join(_after(text, m.end()).split(" ")[:7])
        who = next((actor(n.group(0)) for n in NAME_RE.finditer(window) if actor(n.group(0))), None)
        char = _character_before(_before(text, m.start()))
        if who and char:
            found.append(_Credit(who, char, span, 2.0))
    for m in _WHOM_PLAYS.finditer(text):
        who = actor(m.group("actor"))
        char = _last_cap_run(m.group("char"))
        if who and char:
            found.append(_Credit(who, char, span, 2.0))
    return found


_WORK_NOUNS = r"(?:novel|book|books|story|script|screenplay|film|films|movie|score|music|song|photography|debut|adaptation|play)"


# Relations between real people, never between characters: a critic's colleague, a director's producer.
_OFFSCREEN_RELATION = re.compile(r"\b(?:colleague|co-host|co-critic|critic|reviewer|editor|collaborator|producer|agent|publicist|biographer)\b")
_WORK_NOUN_NEXT = re.compile(rf" (?:[a-z][\w-]* )?{_WORK_NOUNS}\b")


def _possessive_pairs(text: str, span: Span, context: _Context) -> list[_Credit]:
    """"Keaton's Batman", "Talia Shire's painfully shy Adrian": a known actor (or surname), or a
    full name possessing a capitalised name that is neither the film nor a work."""
    found = []
    for m in _POSSESSIVE.finditer(text):
        raw, char = clean_name(m.group("actor")), m.group("char")
        who = raw if raw in context.actors else context.surnames.get(raw) if raw in context.surnames and context.surnames[raw] in context.actors else None
        if _WORK_NOUN_NEXT.match(text[m.end() :]):
            continue  # "Maurice Jarre's Oscar-winning score", "Robert Towne's Oscar-winning script"
        if who is None and is_person_name(raw) and raw not in context.known and raw not in context.characters:
            if re.match(r"(?:The|A|An)\b", char) or re.search(_WORK_NOUNS, m.group("desc")) or re.search(r"\d", char):
                continue
            if _OFFSCREEN_RELATION.search(m.group("desc")):  # "Roger Ebert's colleague Richard Roeper"
                continue
            if context.title and char.lower() == context.title.lower():
                continue
            who = raw
        if who and _plausible_character(char):
            found.append(_Credit(who, char, span, 1.5))
    return found


_PAREN = re.compile(r"\(([^()\d]{2,60})\)")
_NOT_A_PERSON_OR_ROLE = re.compile(r"(?:as |voiced|played|portrayed|uncredited|himself|herself|the [a-z]+ on)")
_LOWER_WORD = re.compile(r"(?:^|(?<=\s))(?!of\b|and\b|the\b)[a-z]{2,}")
_ROLE_FOLLOWS = re.compile(r" (?:is|are|plays|play|as|was)\b")


def _paren_pairs(text: str, span: Span, actor, context: _Context) -> list[_Credit]:
    """"Character (Actor)" and "Actor (Character)", told apart by which side is a person.

    Undecided parentheses in a sentence follow the majority of the decided ones, since a
    list keeps one order ("A (X), B (Y) and C (Z)").
    """
    decided: list[tuple[str, str, str, re.Match[str]]] = []
    pending: list[tuple[str, str, re.Match[str]]] = []
    for m in _PAREN.finditer(text):
        inside = clean_name(m.group(1).strip())
        if _NOT_A_PERSON_OR_ROLE.match(inside) or re.match(r"(?:The|In|A|An)\b", inside) or _LOWER_WORD.search(inside):
            continue
        before = _before(text, m.start()).rstrip()
        orientation = _orientation(inside, before, _names_a_role_next(_after(text, m.end())), context)
        if orientation == "?":
            pending.append((inside, before, m))
        elif orientation:
            decided.append((orientation, inside, before, m))
    majority = "AC" if sum(o == "AC" for o, *_ in decided) > sum(o == "CA" for o, *_ in decided) else "CA"
    decided.extend((majority, inside, before, m) for inside, before, m in pending)
    found = []
    for orientation, inside, before, m in decided:
        if orientation == "CA":
            who, char = actor(inside), _character_before(before + " ")
            if who and char:
                description = _description_after(_after(text, m.end()))
                found.append(_Credit(who, char, span, 3.0, description=description, description_span=span if description else None))
        else:
            left = _TRAILING_NAME.search(before)
            who = actor(left.group(0)) if left else None
            if who and _plausible_character(inside):
                found.append(_Credit(who, inside, span, 2.5))
    return found


def _names_a_role_next(rest: str) -> bool:
    """" is the innkeeper Otto" (a role follows), not " is sent by her boss" (the story goes on)."""
    m = _ROLE_FOLLOWS.match(rest)
    return bool(m) and _character_after(rest[m.end() :].lstrip()) is not None


def _orientation(inside: str, before: str, role_follows: bool, context: _Context) -> str:
    """"CA" for Character (Actor), "AC" for Actor (Character), "?" if undecided, "" for neither.

    "Pat Hingle (Hang 'Em High) is Commissioner Gordon": a parenthesis followed by a role
    holds something else (another film), unless it names a known actor.
    """
    if inside in context.known or inside in context.surnames:
        return "CA"
    if role_follows:  # "Tom Hale (Night Train) is the innkeeper Otto": the parenthesis holds another film
        return ""
    left_actor = _TRAILING_NAME.search(before)
    if left_actor and clean_name(left_actor.group(0)) in context.known:
        return "AC"
    single_word = len(inside.split()) == 1
    if _has_title_word(inside) or single_word or not is_person_name(inside):
        return "AC" if left_actor else ""
    return "?"


# ---------------------------------------------------------------- helpers

# Rules look this far around a match; bounded so that a huge unpunctuated line stays linear.
_WINDOW = 240


def _before(text: str, at: int) -> str:
    return text[max(0, at - _WINDOW) : at]


def _after(text: str, at: int) -> str:
    return text[at : at + _WINDOW]



def _character_before(text: str) -> str | None:
    """The character named just before a "(Actor)" or ", played by": a capitalised run, or a
    short lower-case role introduced by an article ("the old man")."""
    text = text.rstrip(" ,(")
    text = re.sub(r",? (?:is|was|himself|herself|itself)$", "", text)
    run = _last_cap_run(text)
    if run:
        return run
    m = re.search(r"\b(?:the|a|an) ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)$", text)
    if m:
        return ("the " if m.group(0).startswith("the") else "") + m.group(1)
    # An appositive between the name and the parenthesis: "Sid, the toy-torturing kid next door".
    m = _APPOSITIVE_CHARACTER.search(text)
    if m:
        return _last_cap_run(m.group(1))
    # "a soldier called Yahya, or "John" to the English (played by ...)"
    called = _CALLED.findall(text)
    return called[-1] if called else None


def _last_cap_run(text: str) -> str | None:
    """The trailing run of capitalised words (and quoted nicknames) of `text`, if it names someone."""
    tokens = text.split(" ")
    run: list[str] = []
    for token in reversed(tokens):
        bare = token.strip(",")
        if token.endswith(",") and run:
            break
        adjective = re.search(r"-[a-z]+-|-(?:old|like|eyed|faced|haired)$", bare)  # "Ten-year-old"
        capitalised = re.fullmatch(r"[A-Z\u00c0-\u00de][\w'.-]*|\"[^\"]+\"|\d+", bare) and not bare.endswith("'s")
        if (capitalised and not adjective) or (bare in {"of", "de", "del", "von", "van"} and run):
            run.insert(0, bare)
        else:
            break
    while run and (run[0] in {"of", "de", "del", "von", "van"} or run[0].strip(".") in NOT_NAME_WORDS - TITLE_WORDS):
        run.pop(0)
    while run and run[-1].strip(".") in NOT_NAME_WORDS:
        run.pop()
    if not run or (len(run) == 1 and run[0].startswith('"')):
        return run[0].strip('"') if run else None
    return " ".join(run)


def _description_after(rest: str) -> str | None:
    """"), an alcoholic screenwriter from Los Angeles who ..." -> "an alcoholic screenwriter from Los Angeles"."""
    m = re.match(r", ((?:an?|the) [^,;.()]{3,80}?)(?= who\b| whose\b| that\b|,|;|\.|$| and [A-Z])", rest)
    return squash(m.group(1)) if m else None


def _has_title_word(phrase: str) -> bool:
    return any(token in TITLE_WORDS or token.rstrip(".") in TITLE_WORDS for token in phrase.split())


def _plausible_character(char: str) -> bool:
    char = char.strip()
    if not re.search(r"[^\W\d_]", char):
        return False
    if not char or char.strip(".").split()[0] in NOT_NAME_WORDS - TITLE_WORDS - {"The"}:
        return False
    if char.startswith("the "):
        return len(char.split()) <= 3
    return not re.fullmatch(rf"{YEAR}|\d+", char)


def _clean_character(char: str) -> str:
    char = re.sub(r"\s*\((?:as [^)]*|uncredited|voice|credited as [^)]*)\)", "", char)
    char = re.sub(r"^(?:a|an) ", "", char.strip())
    return squash(char).strip(" ,.;:")
