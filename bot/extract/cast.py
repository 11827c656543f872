"""Cast credits: who plays whom, with billing and short character descriptions.

Actors are found in passes, the surest first:

1. Cast lists: labelled fields ("Starring: A, B"), credit blocks ("Actor ..... Character";
   one cell a line, "Actor" over "Character"; "CAST:" over "Character: Actor" rows) and lists
   in prose ("the cast includes A, B", "the outstanding cast (A, B and C)").
2. Pairings in sentences ("Character (Actor)", "Actor plays Character", "Character, played by
   Actor", "an android (Actor)"), read twice: the second round resolves the surname-only
   references that reviews use once the full names are known ("the Kid (Woolvett)",
   "Keaton's Batman").
3. Unlabelled lines of names that hold an actor the passes before credited.

A name-shaped span counts as a person from its shape alone only in a cast list or an explicit
pairing; where the form also fits titles and phrases ("Ridley Scott's Blade Runner", "Robert De
Niro (Raging Bull)") it needs more: a given name first (`names.is_given_name`) or a credit
elsewhere on the page. A role described but not named ("an android") is a description, not a
character. Sentences about other films ("Fight Club (1999), opposite Edward Norton") and lists
of related titles are skipped, and their people are never credited from weak evidence; nor are
directors, crew, critics, or the guests of a disc's extras.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from bot.extract.facts import Billing, CastCredit, Span
from bot.extract.film import FILM_NOUNS, YEAR, other_film_sentences
from bot.extract.header import LABELS, Field, fields_by_key
from bot.extract.names import (
    INITIALS,
    NAME,
    NAME_RE,
    NOT_NAME_WORDS,
    PARTICLE,
    WORD,
    clean_name,
    keep_last_initial_stop,
    is_given_name,
    is_person_name,
    split_names,
    surname_index,
)
from bot.extract.text import (
    Document,
    Gated,
    Sentence,
    folded,
    has_word,
    holds_any,
    squash,
)

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
CHAR_ROLE = r"(?:the|[A-Z][\w]*'s) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*(?=[,.;)]|$| who\b| and\b)"
# Words between a verb and the character: articles, adjectives, possessives ("Ray's ex-wife").
# "is like a plucky Doris Day character", "funnier than": a comparison names no role.
_NOT_DESCRIPTOR = r"(?!(?:to|for|in|at|on|from|by|with|that|which|who|this|it|him|is|was|but|when|while|as|like|than)\b)"
_DESCRIPTORS = rf"(?:(?:{_NOT_DESCRIPTOR}[a-z][\w-]*(?:'s|,)?|[A-Z][\w]*'s) ){{0,6}}?"
_NEXT_SUBJECT = re.compile(r" (?:as|plays|is|was|voices)\b")
_VERB = (
    r"(?:(?:also |again |then )?(?:plays|played|portrays|portrayed|voices|voiced|is|was|are|becomes|"
    r"makes an?|stars as|co-stars as|appears as|turns up as|is cast as|is back as|are back as|"
    r"provides the (?:[\w,-]+ ){0,3}?voice of(?: the)?|lends (?:his|her|their) voice to))"
)
# "turns in a fine comic performance as", "barks orders as": only tried where " as " occurs.
# "as well as", "as if", "as though" join clauses: no role follows them.
_AS_CONJUNCTION = r"(?! well as\b| if\b| though\b| much as\b| long as\b| soon as\b)"
_VERB_AS = rf"(?:(?!such |well |same |much |long |soon |this |it |him |them )[a-z][\w,-]* ){{0,7}}as{_AS_CONJUNCTION}"
_ACTOR = rf"(?P<actor>{NAME}|{WORD})"
# Who is being described: a name, an optional "(Other Film)", an optional appositive clause.
_SUBJECT_HEAD = rf"{_ACTOR}(?: \([^)]*\))?(?:(?:, who|, (?!as\b)[^,]{{3,90}},)? "
_SUBJECT = re.compile(rf"{_SUBJECT_HEAD}(?:{_VERB})|, as) ")
# What every match of _SUBJECT holds: its verb between spaces, or ", as ".
_SUBJECT_NEEDS = (
    " plays ", " played ", " portrays ", " portrayed ", " voices ", " voiced ", " is ", " was ", " are ", " becomes ",
    " makes a", " stars as ", " co-stars as ", " appears as ", " turns up as ", " provides the ", " lends ", ", as ",
)
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
_WHOM_PLAYS = Gated(re.compile(rf"(?P<char>{CHAR_CAP}), (?:[^,]{{0,60}} )?whom {_ACTOR} plays"), needs=(" whom ",))
_TRAILING_NAME = re.compile(rf"(?:{NAME}|{WORD})$")
_CALLED = re.compile(rf"\b(?:called|named|known as) ({CHAR_CAP})")
# A role described, not named: "an android (Lance Henriksen)", "her mother (Frances Fisher)",
# "a crew of Space Marines (Ann Lee and Bo Park, to name a few)", "plays a daydreaming clerk".
_INDEFINITE = re.compile(r"(?:a|an) ")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")
_ROLE_PHRASE = r"(?:[a-z][\w-]* ){0,3}[a-z][\w-]*(?: of(?: the)?(?: [A-Z][\w-]*)+)?"
_UNNAMED_ROLE_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<role>(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir) {_ROLE_PHRASE})\s*$")
# "A plays a network news anchor", "A, in her last role, effectively plays the wizened TV executive
# who ...": an aside and an adverb may stand before the verb, a capital qualify a noun of the role.
_UNNAMED_ROLE_PLAYED = re.compile(
    rf"(?<![\w'])(?P<actor>{NAME})(?: \([^()]*\))?(?:, [^,]{{1,60}},)?(?: [a-z]+ly)? (?:plays|played|portrays|portrayed|(?:co-)?stars as) "
    rf"(?P<role>(?:an?|the) (?:(?:[a-z][\w-]*,?|[A-Z][\w-]*) ){{0,3}}(?:[a-z][\w-]*|{_DEMONYM.pattern})(?=[,.;)]|$| who\b| whose\b| that\b| and\b| in\b| with\b| on\b)|(?:him|her|them)\b)"
)
# People, not roles: "the director (Ivo Sand)", "her producer (Ann Lee)".
_OFFSCREEN_NOUNS = frozenset(
    """director directors producer producers writer writers screenwriter screenwriters author novelist composer
    cinematographer editor critic critics reviewer host hosts interviewer filmmaker filmmakers creator creators
    designer designers collaborator collaborators score music script screenplay""".split()
)
_TO_NAME_A_FEW = re.compile(r",? (?:to name (?:but )?a few|among others|and others)$")
_APPOSITIVE_CHARACTER = re.compile(rf"({CHAR_CAP}), (?:the|a|an) [^,()]{{1,60}}$")
# A token possessing something: "Bardem's" in "Javier Bardem's Oscar-winning turn".
_POSSESSIVE_TOKEN = re.compile(r"'s?$")
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
    # surname -> full name of anyone the document names with a given name first: read only in
    # explicit forms ("Phil Connors (Murray)", "played by Lemmon", "Hopper's Frank Booth character")
    people: dict[str, str] = field(default_factory=dict)
    # the first two words of a longer credited name -> that name ("Tony Leung" -> "Tony Leung Chiu-wai")
    short_names: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Credit:
    actor: str
    character: str | None
    span: Span
    strength: float
    billing: Billing | None = None
    description: str | None = None
    description_span: Span | None = None
    # The form itself says the person acts ("a gun runner played by ..."), so a name that another
    # rule took for crew ("... by Samuel L. Jackson") is still credited.
    explicit: bool = False


class _Cast:
    """Collects credits; one per actor, the best-evidenced character kept."""

    def __init__(self) -> None:
        self.by_actor: dict[str, _Credit] = {}

    def add(self, credit: _Credit) -> None:
        if credit.character:
            credit.character = _clean_character(credit.character)
        if credit.description and credit.description == credit.character:
            credit.description = credit.description_span = None
        current = self.by_actor.get(credit.actor)
        if current is None:
            self.by_actor[credit.actor] = credit
            return
        if credit.character and (not current.character or credit.strength > current.strength):
            current.character, current.span, current.strength = credit.character, credit.span, credit.strength
        current.billing = current.billing or credit.billing
        if credit.description and not current.description and credit.description != current.character:
            current.description, current.description_span = credit.description, credit.description_span

    @property
    def actors(self) -> list[str]:
        return list(self.by_actor)

    def characters(self) -> set[str]:
        return {c.character for c in self.by_actor.values() if c.character}


_TITLE_ROLES = frozenset({"the title character", "the title role", "the title part"})


def cast_credits(doc: Document, fields: list[Field], title: str | None, crew: set[str], directors: list[str]) -> list[CastCredit]:
    """The cast `doc` states for the film `title`, one credit per actor; `crew` and `directors`
    are people the other rules found working off screen."""
    skipped = other_film_sentences(doc, title)
    foreign = {clean_name(m.group(0)) for s in skipped for m in NAME_RE.finditer(s.text)}
    usable = [s for s in doc.sentences if s not in skipped]
    cast = _Cast()
    _from_fields(doc, fields, cast)
    block_lines = _from_line_blocks(doc, cast, crew | set(directors))
    usable = [s for s in usable if s.line not in block_lines]
    for sentence in usable:
        _from_prose_list(sentence, cast, title)
    _from_bracketed_lists(doc, skipped, cast)
    _from_bulleted_labels(doc, cast)
    listed = set(cast.actors)
    mentioned = [clean_name(span) for span in doc.name_spans]
    name_words = frozenset(w for name in mentioned for w in name.split()) | frozenset((title or "").split())
    people, shared_surnames = _people_index(mentioned)
    for round_no in range(2):  # the second round resolves surnames of actors found in the first
        if round_no == 1:
            usable = _mentioning_surnames(usable, cast.actors)
        context = _Context(
            surnames={
                key: full for key, full in surname_index(sorted(set(cast.actors) | set(directors))).items() if key not in shared_surnames
            },
            characters=cast.characters(),
            actors=set(cast.actors),
            known=set(cast.actors) | set(directors),
            title=title,
            name_words=name_words,
            people=people,
            short_names=_short_names(cast.actors),
        )
        for sentence in usable:
            for credit in _pairings(sentence, context):
                weak = credit.character is None or credit.character.startswith("the ")
                if weak and credit.actor in foreign and credit.actor not in listed:
                    continue
                if credit.actor in crew and credit.actor not in listed and credit.character is None and not credit.explicit:
                    continue
                if credit.character and credit.character in context.known:
                    continue
                if credit.character in _TITLE_ROLES:  # "Pam Grier stars as the title character"
                    credit.character = title
                cast.add(credit)
    _from_clause_lists(usable, cast, crew | set(directors) | foreign)
    _from_name_lines(doc, skipped, cast, crew | set(directors) | foreign)
    return [
        CastCredit(c.actor, c.character, c.span, c.billing, c.description, c.description_span)
        for c in cast.by_actor.values()
        if c.actor not in cast.characters() or c.actor in listed
    ]


# ---------------------------------------------------------------- what to skip


def _mentioning_surnames(sentences: list[Sentence], actors: list[str]) -> list[Sentence]:
    """The sentences naming an actor by surname, the only ones a second round can add to."""
    surnames = {a.split()[-1] for a in actors}
    return [s for s in sentences if has_word(s.text, surnames)]


# ---------------------------------------------------------------- fields


def _from_fields(doc: Document, fields: list[Field], cast: _Cast) -> None:
    """Credits of labelled cast fields ("Starring: A, B", "A as X, B as Y"), of a cast label over
    lines of one name each or run into another field's line, and credit-block rows."""
    _from_label_run_on(doc, fields, cast)
    for f in fields_by_key(fields, "cast"):
        if not f.value.strip():
            _from_names_below(doc, f, cast)
            continue
        # Names stated elsewhere tell how to cut an unseparated run ("Harry Dean Stanton").
        line = doc.sentence_at(f.start)
        elsewhere = doc.text[: line.start] + "\n" + doc.text[line.end :]
        people = {clean_name(m.group(0)) for m in NAME_RE.finditer(elsewhere)}
        value = unglue_names(f.value)
        if len(_AS_PAIR.findall(value)) >= 2:  # "Ann Lee as Ada, Bo Park as Ilse": one pair per item
            items = _LIST_ITEM_SPLIT.split(value)
        else:
            items = [value]
        for item in items:
            pair = _CREDIT_LINE.match(item)
            if pair and is_person_name(pair.group(1), allow_single=True):
                cast.add(_line_credit(pair, doc.span_at(f.start)))
                continue
            names = split_names(item, known=people)
            if len(names) == 1 and f.kind == "infobox" and not looks_like_person(names[0]) and names[0] not in people:
                continue  # "Case Amaray Variant" on the line after a flattened "Starring" row
            for name in names:
                cast.add(_Credit(name, None, doc.span_at(f.start), 1.0))
    for f in fields_by_key(fields, "cast_block"):
        if len(f.cells) == 2 and is_person_name(f.cells[0], allow_single=True) and _plausible_character(f.cells[1]):
            cast.add(_Credit(clean_name(f.cells[0]), f.cells[1], doc.span_at(f.start), 3.0))  # "Amy Adams   Louise Banks"
            continue
        m = _CREDIT_LINE.match(f.value)
        if m and is_person_name(m.group(1), allow_single=True):
            cast.add(_line_credit(m, doc.span_at(f.start)))


# A cast label run into the value of the field before it: "Director: Ida Berg With: A, B, C".
_RUN_ON_CAST_LABEL = re.compile(r"\s(?:With|Starring|Cast|Stars|Featuring):\s+(?P<names>[^:]+)$")


# Fields of a film's credit line, whose value may swallow a cast label (an extra's "With:" is its guests).
_CREDIT_LINE_KEYS = frozenset({"director", "music", "crew", "credits", "runtime", "year", "release", "genre", "other", "source"})


def _from_label_run_on(doc: Document, fields: list[Field], cast: _Cast) -> None:
    """Names after a cast label that a credit field's value swallowed because no break came
    before it; every item must be a name."""
    for f in fields:
        m = _RUN_ON_CAST_LABEL.search(f.value) if f.key in _CREDIT_LINE_KEYS and ":" in f.value else None
        if m is None:
            continue
        items = [item for item in _LIST_ITEM_SPLIT.split(m.group("names").strip().rstrip(".")) if item]
        if len(items) >= MIN_NAME_LINE_NAMES and all(is_person_name(item) for item in items):
            for item in items:
                cast.add(_Credit(clean_name(item), None, doc.span_at(f.start + m.start("names")), 1.0))


def _from_names_below(doc: Document, f: Field, cast: _Cast) -> None:
    """A cast label with nothing after it ("Cast:") over lines of one name each, bulleted or
    not, blank lines between allowed: the names up to the first line that is no name."""
    line = doc.sentence_at(f.start).line
    found = []
    for i in range(line + 1, len(doc.lines)):
        text = _BULLET_LEAD.sub("", doc.line_text(i), count=1).strip()
        if not text:
            continue
        if not is_person_name(text):
            break
        found.append((i, clean_name(text)))
    if len(found) >= MIN_NAME_LINE_NAMES:
        for i, name in found:
            cast.add(_Credit(name, None, doc.span_at(doc.lines[i][0] + len(doc.line_text(i)) - len(doc.line_text(i).lstrip())), 1.0))


# "Ann Lee as Ada": counted to tell a run of pairs from one pair.
_AS_PAIR = re.compile(rf"{NAME} as ")
_LIST_ITEM_SPLIT = re.compile(r"\s*[,;|]\s*(?:and\s+)?|\s+and\s+(?=[A-Z])")
# A name glued to the next word where a flattened page lost its separator ("Kurtwood SmithThriller",
# "Bill MurrayAndie MacDowell"): a surname (never a name's first word, so "JoBeth" stays whole)
# directly followed by a capitalised word. Prefixed surnames ("MacDowell", "DiCaprio") are one word.
_GLUED = re.compile(r"(?<=[^\W\d_] )(?!(?:Mc|Mac|Di|De|La|Le)[A-Z][a-z]+\b)((?:Mc|Mac|Di|De|La|Le|O')?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])")


def unglue_names(text: str) -> str:
    """`text` with a comma where a name runs into the next word: "Ann LeeBo Park" -> "Ann Lee, Bo Park"."""
    return _GLUED.sub(r"\1, ", text)


# "Robert Graysmith, a political cartoonist": a character and, after the comma, who they are.
_CHARACTER_THEN_DESCRIPTION = re.compile(r"(?P<char>[^,]+), (?P<desc>(?:an?|the) [a-z][^,]*)")


def _line_credit(m: re.Match[str], span: Span) -> _Credit:
    """The credit of a cast line "Actor as Character[, description]" matched by _CREDIT_LINE."""
    rest = _CHARACTER_THEN_DESCRIPTION.fullmatch(m.group(2).strip().rstrip("."))
    if rest is None:
        return _Credit(clean_name(m.group(1)), m.group(2), span, 3.0)
    return _Credit(clean_name(m.group(1)), rest.group("char"), span, 3.0, description=rest.group("desc"), description_span=span)


# ---------------------------------------------------------------- credit blocks

# A cast list flattened to one cell a line, as database and museum pages print it: an actor's
# name, then the character on the next line ("Gustav Fröhlich" / "Freder Fredersen"), blank
# lines allowed between rows. So many rows make a block (two lines of a page rarely alternate
# name and short label three times by chance).
MIN_BLOCK_ROWS = 3
# At most this share of a block's second lines may look like people: a plain list of actors,
# one a line, is not a list of pairs.
MAX_PERSON_ROLES = 0.5
ROLE_LINE_MAX = 80
HEADING_MAX = 40
BLOCK_STRENGTH = 3.0
# Crew jobs in a "Cast & Crew" block: a row whose every part is one of these credits crew.
_CREW_JOB = re.compile(
    r"""(?ix)(?:executive\ |associate\ |line\ |co-)?producer | (?:assistant\ |second\ unit\ )?director(?:\ of\ photography)?
    | screenplay | (?:screen)?writer | story | novel | (?:film\ |sound\ |supervising\ )?editor | editing
    | (?:original\ )?music(?:\ composer)? | composer | orchestrat(?:or|ions) | conductor | music\ supervisor
    | cinematograph(?:er|y) | (?:camera|boom|steadicam)\ operator | gaffer | (?:key\ )?grip | best\ boy
    | (?:costume|production|sound|set|title|lighting|character)\ design(?:er)? | art\ direct(?:ion|or) | set\ decorat(?:ion|or)
    | casting(?:\ director)? | (?:script|production|visual\ effects|post-production)\ supervisor
    | (?:location|production|unit\ production)\ manager | (?:stunt|production|construction)\ coordinator
    | (?:make-?up|hair|storyboard|foley|concept|visual\ effects)\ (?:artist|stylist|designer) | hair\ stylist | hairstylist
    | (?:sound|re-recording|production)\ mixer | sound(?:\ effects)? | (?:special|visual)\ effects | stunts | choreograph(?:er|y)
    | still\ photographer | publicist | translator | colou?rist | animat(?:ion|or)"""
)
# Headings over crew blocks, whose name / job rows are no cast ("Crew", "Writing Credits").
_CREW_HEADING = re.compile(r"(?i)^(?!.*\bcast\b).*\b(?:crew|credits|department|directed by|produced by|written by|music by)\b")
# A line under a name that states an award, not a role ("Best Actor", "Oscar Winner").
_AWARD_WORDS = frozenset("Best Award Awards Oscar Oscars Academy Winner Winners Winning Nominee Nominated Nomination".split())
_BULLET_LEAD = re.compile(r"\s*(?:[•*▪–-]\s+)?")
# A heading over "Character: Actor" rows: "CAST:", "Cast & Crew", "Main cast".
_CAST_HEADING_LINE = re.compile(r"(?i)\s*(?:(?:main|full|complete|principal) )?cast(?: (?:&|and) crew)?\s*[:.]?\s*$")
_COLON_ROW = re.compile(r"(?P<left>[^:]{1,60}?)\s*:\s+(?P<right>[^:]{1,80})$")


def _from_line_blocks(doc: Document, cast: _Cast, crew: set[str]) -> set[int]:
    """Credits of cast blocks laid out line by line; returns the indices of the lines read."""
    lines = [(i, _BULLET_LEAD.sub("", doc.line_text(i), count=1).strip()) for i in range(len(doc.lines))]
    lines = [(i, text) for i, text in lines if text]
    used = _alternating_rows(doc, lines, cast, crew)
    used |= _colon_rows(doc, lines, cast, crew)
    used |= _dash_rows(doc, lines, cast, crew)
    used |= _portrayed_by_lines(doc, lines, cast)
    return used


# "Marta Quell - Ilse Dorn" / "Sven Ochs - director": a credits list one person a line.
_DASH_ROW = Gated(re.compile(rf"(?P<name>{NAME})\s+[-–—]\s+(?P<role>[^-–—]{{1,60}})"), needs=("-", "–", "—"))
# A wiki's character box: the character's name, then "Portrayed by Actor" on the next line.
_PORTRAYED_BY_LINE = Gated(re.compile(rf"(?:[Pp]ortrayed|[Pp]layed|[Vv]oiced) by:?\s+(?P<actor>{NAME})"), needs=(" by",))


def _dash_rows(doc: Document, lines: list[tuple[int, str]], cast: _Cast, crew: set[str]) -> set[int]:
    """Runs of "Person - role" lines that credit a film's people, crew jobs among them or under
    a cast heading ("Key people" / "Sven Ochs - director" / "Marta Quell - Ilse Dorn")."""
    used: set[int] = set()
    k = 0
    while k < len(lines):
        run = []
        while k < len(lines) and (m := _DASH_ROW.fullmatch(lines[k][1])) and is_person_name(m.group("name")):
            run.append((lines[k][0], clean_name(m.group("name")), m.group("role").strip()))
            k += 1
        if not run:
            k += 1
            continue
        jobs = [row for row in run if all(_CREW_JOB.fullmatch(part.strip()) for part in row[2].split("/"))]
        roles = [row for row in run if row not in jobs and _plausible_character(row[2]) and _role_line(row[2])]
        above = [text for i, text in lines if i < run[0][0]]
        headed = bool(above) and bool(_CAST_HEADING_LINE.fullmatch(above[-1]))
        if len(run) < MIN_BLOCK_ROWS or len(roles) < 2 or not (jobs or headed) or len(jobs) + len(roles) < len(run):
            continue
        for i, name, role in roles:
            if name not in crew:
                cast.add(_Credit(name, role, doc.span_at(doc.lines[i][0]), BLOCK_STRENGTH))
                used.add(i)
    return used


def _portrayed_by_lines(doc: Document, lines: list[tuple[int, str]], cast: _Cast) -> set[int]:
    """A character's name on one line and "Portrayed by Actor" on the next."""
    used: set[int] = set()
    for (i, char), (j, text) in pairwise(lines):
        m = _PORTRAYED_BY_LINE.fullmatch(text.rstrip("."))
        if m and _role_line(char) and _plausible_character(char) and is_person_name(m.group("actor")):
            cast.add(_Credit(clean_name(m.group("actor")), char, doc.span_at(doc.lines[j][0]), BLOCK_STRENGTH))
            used |= {i, j}
    return used


def _alternating_rows(doc: Document, lines: list[tuple[int, str]], cast: _Cast, crew: set[str]) -> set[int]:
    """Blocks of "Actor" / "Character" line pairs; crew rows ("Christopher Doyle" / "Director
    of Photography") inside a "Cast & Crew" block are passed over."""
    used: set[int] = set()
    k = 0
    while k + 1 < len(lines):
        rows = []
        j = k
        while j + 1 < len(lines) and is_person_name(lines[j][1]) and _role_line(lines[j + 1][1]):
            rows.append((lines[j], lines[j + 1]))
            j += 2
        while rows and not looks_like_person(clean_name(rows[0][0][1])):
            rows.pop(0)  # a title and its tagline just above the block ("Harbour Lights" / "Drama")
        person_roles = sum(looks_like_person(role) and is_person_name(role) for _, (_, role) in rows)
        if len(rows) < MIN_BLOCK_ROWS or person_roles > MAX_PERSON_ROLES * len(rows) or _under_crew_heading(lines, rows[0][0][0]):
            k += 1
            continue
        for (i, actor), (r, role) in rows:
            used |= {i, r}
            name = clean_name(actor)
            if name in crew or all(_CREW_JOB.fullmatch(part.strip()) for part in role.split("/")):
                continue
            cast.add(_Credit(name, role, doc.span_at(doc.lines[i][0]), BLOCK_STRENGTH))
        k = j
    return used


def _under_crew_heading(lines: list[tuple[int, str]], first: int) -> bool:
    """True when the short line just above a block heads crew ("Crew", "Writing Credits")."""
    above = [text for i, text in lines if i < first]
    return bool(above) and len(above[-1]) <= HEADING_MAX and bool(_CREW_HEADING.match(above[-1]))


def _role_line(text: str) -> bool:
    """A line that can name a character under an actor's line: short, capitalised, and neither
    a label ("Country UK"), a credit ("Screenplay by ..."), a sentence nor a number."""
    if len(text) > ROLE_LINE_MAX or not re.match(r"[\"'(\w]", text) or text[0].islower():
        return False
    if re.search(r" by |: |\||https?:|\b[a-z]{3,}\. [A-Z]", text) or re.fullmatch(r"[\d\W]+", text):
        return False
    if (text.endswith(".") and len(text.split()) > 3) or _CAST_HEADING_LINE.fullmatch(text):
        return False
    first = text.split()[0].rstrip(":")
    if first in _AWARD_WORDS:
        return False
    return not (first.lower() in _LABEL_WORDS and not _CREW_JOB.match(text))


_LABEL_WORDS = frozenset(k.split()[0] for k in LABELS) - {"cast", "with", "title"}


def _colon_rows(doc: Document, lines: list[tuple[int, str]], cast: _Cast, crew: set[str]) -> set[int]:
    """Rows "Character: Actor" (or "Actor: Character") under a cast heading ("CAST:"). Which side
    is the actor is told by the rows where only one side looks like a person."""
    used: set[int] = set()
    for k, (_, text) in enumerate(lines):
        if not _CAST_HEADING_LINE.fullmatch(text):
            continue
        rows = []
        for i, row in lines[k + 1 :]:
            m = _COLON_ROW.fullmatch(row)
            if not m:
                break
            rows.append((i, m.group("left").strip(), m.group("right").strip()))
        votes = sum(_person_side(right) - _person_side(left) for _, left, right in rows)
        for i, left, right in rows:
            actor, char = (right, left) if votes >= 0 else (left, right)
            if is_person_name(actor) and clean_name(actor) not in crew and _plausible_character(char):
                cast.add(_Credit(clean_name(actor), char, doc.span_at(doc.lines[i][0]), BLOCK_STRENGTH))
                used.add(i)
    return used


def _person_side(text: str) -> int:
    """1 when one side of a row looks like a person and holds no role title, else 0."""
    return int(is_person_name(text) and looks_like_person(text) and not _has_title_word(text))


# ---------------------------------------------------------------- lists in prose


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


# Lists of people that are not this film's cast: the guests of a disc's extras ("a commentary
# with the cast including A, B and the producer C").
_EXTRAS_TALK = re.compile(r"(?i)\bcommentar|\bfeaturette|\binterview|\bdocumentary|behind[- ]the[- ]scenes|making[- ]of|\bQ&A\b|\bpanel\b|\bouttakes?\b")
# What every match of _EXTRAS_TALK holds, case aside.
_EXTRAS_TALK_WORDS = ("commentar", "featurette", "interview", "documentary", "behind", "making", "q&a", "panel", "outtake")


def _talks_of_extras(text: str) -> bool:
    return holds_any(folded(text), _EXTRAS_TALK_WORDS) and bool(_EXTRAS_TALK.search(text))


# "The outstanding cast of Amadeus also features A, B and C", "when the ensemble includes A, B, C".
_CAST_NOUN_LIST = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Aa]n?) (?:[\w-]+ ){0,3}?(?:cast|ensemble)(?: of (?P<of>[^,.;:()]{1,40}?))?(?: (?:also|too))? "
    r"(?:includes|including|included|features|featuring|featured|boasts|comprises)\b:? (?P<list>.+)"
)
# "..., and stars A, B, and C with supporting roles by D, E, and F": a verb joined to the film.
_STARS_CLAUSE = re.compile(
    rf"(?:,| and) stars (?P<lead>{NAME}(?:, {NAME})*,? (?:and |& ){NAME})"
    rf"(?: with supporting (?:roles|turns|performances) (?:by|from) (?P<support>{NAME}(?:, {NAME})*,? (?:and |& ){NAME}))?"
)
# A capsule's credit line that is only a list: "Who: With A, B, C." (a label may stand before it).
# A programme's credit line without a colon: "Starring A, B, C" (a header reads only short ones).
_WITH_LINE = re.compile(rf"(?:[A-Z][a-z]+: )?(?:With|Starring) (?P<names>{NAME}(?:, {NAME})*,? (?:and |& )?{NAME})\.?")
# "the Tom Cruise-starring thriller"
_NAME_STARRING = re.compile(rf"(?<![\w'])(?P<name>{NAME})-(?:starring|led|fronted)\b")
# "A, B, and C all shine in their respective roles", "A and B mesmerize as a married couple".
_ROLE_WORDS_AFTER = re.compile(r"[a-z][\w-]*(?: [a-z][\w-]*){0,2}")
# What every match of _GROUP_PERFORMS holds.
_GROUP_PERFORMS_VERBS = (" shine", " excel", " impress", " mesmeri", " dazzle", " sparkle", " co-star", " star", " are ")
_GROUP_PERFORMS = re.compile(
    rf"(?<![\w'])(?P<names>{NAME}(?:, {NAME})*,? (?:and|&) {NAME}) (?:all |both |each )?"
    r"(?:shine|shines|excel|excels|impress|impresses|mesmeri[sz]e|dazzle|sparkle|co-star|star|are (?:all )?"
    r"(?:excellent|superb|terrific|wonderful|great|fine|good|strong|memorable|convincing))\b[^.;]{0,40}?"
    r"\b(?:in (?:their|the|these|those) (?:respective |supporting |lead |leading |title )?(?:roles|parts)|as (?:an?|the|two|a pair of) [a-z])"
)


_FILM_NOUN = re.compile(rf"(?i)\b(?:{FILM_NOUNS})\b")


def _names_this_film(before: str, title: str | None) -> bool:
    """True when a clause ", starring A" hangs on the film itself: what comes before names the
    title or a film ("a 1949 British film noir directed by X, and starring A")."""
    return bool(_FILM_NOUN.search(before)) or bool(title and title.lower() in before.lower())


def _cast_of_this_film(m: re.Match[str], title: str | None) -> bool:
    """A list introduced as "the cast of X" is this film's only when X is its title or "the film"."""
    of = (m.groupdict().get("of") or "").strip().strip("'\"")
    if not of or re.fullmatch(r"(?i)(?:the|this) (?:film|movie|picture)", of):
        return True
    return not title or of.lower() == title.lower()


# "one of the best casts ever assembled, headlined by A": the lead of a cast (or ensemble).
_CAST_LED_BY = re.compile(rf"\b(?:cast|casts|ensemble)\b[^.;()]{{0,80}}?\b(?:headlined|led|anchored|fronted|topped) by (?P<lead>{NAME})")
# "with superb supporting work by A, B and C", "supporting turns from A and B"
_SUPPORTING_BY = re.compile(
    rf"\bsupporting (?:work|turns?|performances?|roles?|players|parts) (?:by|from) (?P<names>{NAME}(?:(?:, |,? and |,? & ){NAME})*)"
)
# A list of names, and only names, as the subject of a verb that makes them the cast or a group
# in it: "A, B and C head a well-chosen supporting cast", "A, B and C make up the gang's
# wives". The group is no character ("the wives"); a count of names keeps a sentence's other
# words out.
_NAMES_MAKE_UP = re.compile(
    r"(?:,? (?:head|heads|lead|leads|complete|completes|fill out|fills out|make up|makes up|round out|rounds out)) "
    r"(?:(?:the|an?|this|its|their)|[A-Z][\w-]*'s?) (?P<words>(?:[\w'-]+ ){0,3}?)"
    r"(?P<noun>cast|ensemble|line-?up|players|(?!(?:nominations|nominees|awards|polls|charts|rankings|credits)\b)[a-z]+s)"
    r"(?=[,.;:]|$| and\b| who\b| in\b| of\b| with\b| for\b)"
)
_NAMES_MAKE_UP_NEEDS = (" head", " lead", " complete", " fill", " make", " round")
MIN_SUBJECT_NAMES = 2


def _names_heading_a_cast(text: str) -> list[tuple[str, str | None]]:
    """(actor, billing) for a run of names heading, completing or making up a cast or a group of
    its characters."""
    m = _NAMES_MAKE_UP.search(text)
    if m is None or set(m.group("words").split()) & _OFFSCREEN_NOUNS or m.group("noun") in _OFFSCREEN_NOUNS:
        return []
    subject = re.sub(r"\s*\([^)]*\)", "", text[: m.start()])
    subject = re.sub(r"^(?:And|But|Then|Also|Meanwhile|Elsewhere),? ", "", subject.strip())
    names = _split_glued_pairs([item for item in _LIST_ITEM_SPLIT.split(subject) if item])
    if len(names) < MIN_SUBJECT_NAMES or not all(looks_like_person(name) for name in names):
        return []
    billing = "supporting" if "supporting" in m.group("words") else None
    return [(name, billing) for name in names]


def _split_glued_pairs(items: list[str]) -> list[str]:
    """The names of a list where a comma was left out between two two-word names ("Ann Lee Bo
    Park"): each such item is cut where both halves open with a known given name; [] when an
    item is no name either way."""
    names = []
    for item in items:
        tokens = clean_name(item).split()
        if len(tokens) == 4 and is_given_name(tokens[0]) and is_given_name(tokens[2]) and is_person_name(" ".join(tokens[:2])) and is_person_name(" ".join(tokens[2:])):
            names += [" ".join(tokens[:2]), " ".join(tokens[2:])]
        elif is_person_name(item):
            names.append(clean_name(item))
        else:
            return []
    return names


def _from_prose_list(sentence: Sentence, cast: _Cast, title: str | None = None) -> None:
    """Actors a sentence lists as the cast ("The cast includes A, B", "..., starring A and B",
    "A, B and C all shine in their roles"), none of them from a sentence about the extras."""
    text = sentence.text
    if _talks_of_extras(text):
        return
    for m in _NAME_STARRING.finditer(text) if "-starring" in text or "-led" in text or "-fronted" in text else ():
        if is_person_name(m.group("name")):
            cast.add(_Credit(clean_name(m.group("name")), None, sentence.span, 1.0))
    for pattern in (_STARS_CLAUSE, _GROUP_PERFORMS) if " and " in text or " & " in text else ():
        if pattern is _GROUP_PERFORMS and not holds_any(text, _GROUP_PERFORMS_VERBS):
            continue
        for m in pattern.finditer(text):
            if pattern is _STARS_CLAUSE and not _names_this_film(text[: m.start()], title):
                continue  # "Also coming: Salt Road, and it stars A and B" may be another film
            role = _ROLE_WORDS_AFTER.match(text[m.end() - 1 :])
            if role and set(role.group(0).split()) & _OFFSCREEN_NOUNS:
                continue  # "A and B shine as the writers"
            groups = m.groupdict()
            for part, billing in ((groups.get("lead") or groups.get("names"), None), (groups.get("support"), "supporting")):
                for name in split_names(part or ""):
                    cast.add(_Credit(name, None, sentence.span, 1.0, billing))
    m = _WITH_LINE.fullmatch(text) if "With " in text or "Starring " in text else None
    if m:
        for name in split_names(m.group("names")):
            cast.add(_Credit(name, None, sentence.span, 1.0))
    m = _LISTING_WITH.search(text) if "(" in text and " with " in text else None
    if m:
        for name in split_names(m.group("names")):
            cast.add(_Credit(name, None, sentence.span, 1.0))
    m = re.search(r"\b(?:round|rounds) out (?:the|an?|this|things)\b", text) if "round" in text else None
    if m and re.search(r"\bcast\b|\bthings\b", text[m.start() :]):
        # "Jack Hawkins (General Allenby), Claude Rains (Mr. Dryden) and Jose Ferrer round out the cast"
        subject = re.sub(r"\([^)]*\)", "", text[: m.start()])
        for name in split_names(subject):
            cast.add(_Credit(name, None, sentence.span, 1.0))
    for name, billing in _names_heading_a_cast(text) if holds_any(text, _NAMES_MAKE_UP_NEEDS) else ():
        cast.add(_Credit(name, None, sentence.span, 1.0, billing))
    m = _CAST_LED_BY.search(text) if " by " in text and ("cast" in text or "ensemble" in text) else None
    if m and is_person_name(m.group("lead")):
        cast.add(_Credit(clean_name(m.group("lead")), None, sentence.span, 1.0, "lead"))
    for m in _SUPPORTING_BY.finditer(text) if "supporting " in text else ():
        for name in split_names(m.group("names")):
            cast.add(_Credit(name, None, sentence.span, 1.0, "supporting"))
    m = _STARRING.search(text) if "starring" in text else None
    if m and _names_this_film(text[: m.start()], title):  # "..., written by A and starring B and C"
        for name in split_names(m.group("names")):
            cast.add(_Credit(name, None, sentence.span, 1.0))
    m = _LEAD_SUPPORT.search(text) if "supporting roles" in text else None
    if m:
        for part, billing in ((m.group("lead"), "lead"), (m.group("support"), "supporting")):
            for name in split_names(part):
                cast.add(_Credit(name, None, sentence.span, 1.0, billing))
        return
    if "cast" not in text and "stars" not in text and "ensemble" not in text:
        return  # what _LIST_INTRO and _CAST_NOUN_LIST need
    m = _LIST_INTRO.search(text)
    if m is None or m.group("list").startswith("of "):  # "the cast of X includes": read by _CAST_NOUN_LIST
        m = _CAST_NOUN_LIST.search(text)
    if not m or not _cast_of_this_film(m, title):
        return
    billing = "supporting" if m.groupdict().get("supporting") else None
    items = re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+(?=[A-Z]|(?:an?|the) [\w -]*?(?:named|called) )", m.group("list").rstrip("."))
    for item in items:
        # "a young Canadian actor named Jaimz Woolvett" -> "Jaimz Woolvett"
        item = re.sub(r"^(?:[a-z][\w-]* |[A-Z][a-z]+ (?=[a-z]))+(?:named |called )", "", item.strip())
        pair = _LIST_PAIR.match(item)
        if pair and is_person_name(pair.group(1), allow_single=True):
            # "Bob Gunton as the pious and corrupt warden Samuel Norton": the name, not "the pious"
            char = _character_after(item[pair.end(1) + len(" as ") :]) or pair.group(2)
            cast.add(_Credit(clean_name(pair.group(1)), char, sentence.span, 2.0, billing))
        elif is_person_name(item):
            cast.add(_Credit(clean_name(item), None, sentence.span, 1.0, billing))


# "the outstanding cast (A, B, ... and the especially electrifying C)", "a superb cast at their
# best (A, B and C, to name a few)"; read in the text itself, since a hard-wrapped page breaks
# such a list over lines.
_BRACKETED_CAST = re.compile(r"\b(?:cast|ensemble)\b[^()\n.;]{0,40}\((?P<list>[^()]{5,600})\)")
# "- Starring: A, B, C": a cast label after a list bullet, which a header's fields do not read.
_BULLETED_CAST_LABEL = re.compile(r"(?m)^\s*[-*•▪]\s+(?:Starring|Cast|Stars|Main cast|Actors|Featuring)\s*:\s*(?P<names>.+)$")


def _from_bracketed_lists(doc: Document, skipped: set[Sentence], cast: _Cast) -> None:
    """Names in brackets after "cast" or "ensemble", when (almost) every item is a name."""
    for m in _BRACKETED_CAST.finditer(doc.text):
        sentence = doc.sentence_at(m.start())
        if sentence in skipped or _talks_of_extras(sentence.text):
            continue
        listed = _TO_NAME_A_FEW.sub("", squash(m.group("list")))
        items = [re.sub(r"^(?:[a-z][\w-]* )+", "", item) for item in re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+", listed)]
        names = [clean_name(item) for item in items if is_person_name(item)]
        if len(names) >= 2 and len(names) >= len(items) - 1:
            for name in names:
                cast.add(_Credit(name, None, sentence.span, 1.0))


def _from_bulleted_labels(doc: Document, cast: _Cast) -> None:
    """Names of a "Starring:" label after a list bullet ("- Starring: A, B")."""
    for m in _BULLETED_CAST_LABEL.finditer(doc.text):
        for name in split_names(unglue_names(m.group("names"))):
            cast.add(_Credit(name, None, doc.span_at(m.start("names")), 1.0))


# A capsule's sentence of clauses about the cast, split by semicolons, the last naming the rest
# of the cast as a list: "A plays ...; B plays ...; and C, D and E are fine in support". The
# clause's list counts where the sentence credits this many actors already.
MIN_CLAUSE_CREDITS = 2
_CLAUSE_NAMES = re.compile(rf"(?:^|; )(?:and |while |with )?(?P<names>{NAME}(?:, {NAME})+,? (?:and|&) {NAME}) (?=[a-z])")


def _from_clause_lists(sentences: list[Sentence], cast: _Cast, others: set[str]) -> None:
    """Names listed as the subject of a clause in a sentence whose other clauses credit actors;
    every name must look like a person's and be no one credited off screen."""
    credited_in: dict[Span, int] = {}
    for credit in cast.by_actor.values():
        credited_in[credit.span] = credited_in.get(credit.span, 0) + 1
    for sentence in sentences:
        if "; " not in sentence.text or credited_in.get(sentence.span, 0) < MIN_CLAUSE_CREDITS:
            continue
        for m in _CLAUSE_NAMES.finditer(sentence.text):
            names = split_names(m.group("names"))
            if names and all(looks_like_person(n) and n not in others for n in names):
                for name in names:
                    cast.add(_Credit(name, None, sentence.span, 1.0))


# ---------------------------------------------------------------- lines of names


# An unlabelled line of names ("Pam Grier, Samuel L. Jackson, Robert Forster"), or a run of lines
# holding one name each (a bulleted list): the cast when it holds an actor credited elsewhere on
# the page and no one credited otherwise. So many names make a list.
MIN_NAME_LINE_NAMES = 2


def _from_name_lines(doc: Document, skipped: set[Sentence], cast: _Cast, others: set[str]) -> None:
    """Credit every name of a list of names that includes an actor the page credits."""
    runs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for i in range(len(doc.lines)):
        text = _BULLET_LEAD.sub("", doc.line_text(i), count=1).strip()
        names = _names_of_line(text)
        if len(names) == 1 and text:
            current.append((i, names[0]))
            continue
        if current:
            runs.append(current)
            current = []
        if len(names) >= MIN_NAME_LINE_NAMES:
            runs.append([(i, name) for name in names])
    if current:
        runs.append(current)
    credited = set(cast.actors)
    for run in runs:
        names = {name for _, name in run}
        if len(names) < MIN_NAME_LINE_NAMES or not names & credited or names & (others - credited):
            continue
        for i, name in run:
            sentence = doc.sentence_at(doc.lines[i][0])
            if sentence not in skipped and (name in credited or looks_like_person(name)):
                cast.add(_Credit(name, None, sentence.span, 1.0))


# A lower-case word other than a name particle or "and": the line is prose, not a list of names.
_PROSE_WORD = re.compile(rf"(?<![\w'-])(?!(?:{PARTICLE}|and)\b)[a-z]+\b")


def _names_of_line(text: str) -> list[str]:
    """The names a line consists of ("A, B and C", glued "ALeeBo Park"), or none if it holds
    anything else."""
    if not text or len(text) > 400 or not text[0].isupper() or _PROSE_WORD.search(text):
        return []
    items = [item for item in _LIST_ITEM_SPLIT.split(unglue_names(text).rstrip(".")) if item]
    if not items or not all(is_person_name(item) for item in items):
        return []
    return [clean_name(item) for item in items]


# ---------------------------------------------------------------- pairings


def _pairings(sentence: Sentence, context: _Context) -> list[_Credit]:
    def actor(raw: str, explicit: bool = False) -> str | None:
        """The actor `raw` names: itself, or the full name its surname stands for (in an
        explicit form, of anyone the document names)."""
        raw = _without_lead_words(clean_name(raw))
        if raw in context.surnames:
            return context.surnames[raw]
        if raw in context.short_names:
            return context.short_names[raw]
        if raw in context.people and (explicit or re.match(PARTICLE + " ", raw, re.IGNORECASE)):
            return context.people[raw]  # "Travis Bickle (De Niro)", "De Niro plays ..."
        if raw in context.characters or not is_person_name(raw) or _names_something_else(raw, context):
            return None
        return raw

    text, span = sentence.text, sentence.span
    found: list[_Credit] = []
    # Cheap tests of what a rule needs keep a page's many sentences without it fast.
    if "(" in text:
        found.extend(_paren_pairs(text, span, actor, context))
    found.extend(_verb_pairs(text, span, actor))
    found.extend(_single_name_pairs(text, span, context))
    if " by" in text or '("' in text or " whom " in text:
        found.extend(_passive_pairs(text, span, actor))
    found.extend(_fronted_pairs(text, span, actor))
    if "'" in text:
        found.extend(_possessive_pairs(text, span, context))
    found.extend(_unnamed_role_pairs(text, span, actor))
    found.extend(_unnamed_role_paren_pairs(text, span, actor))
    found.extend(_performance_pairs(text, span, actor))
    found.extend(_shared_role_pairs(text, span, actor, context))
    found.extend(_role_mention_pairs(text, span, actor))
    return found


def _verb_pairs(text: str, span: Span, actor) -> list[_Credit]:
    """"Actor plays Character", "Actor (Other Film) is Character", "Actor, as Character,",
    "Actor turns in a fine performance as Character", and "A and B play C and D"."""
    found = []
    if " as " in text:
        subjects = _SUBJECT_OR_AS.finditer(text)
    else:
        subjects = _SUBJECT.finditer(text) if holds_any(text, _SUBJECT_NEEDS) else ()
    for m in subjects:
        if _inside_longer_name(text, m.start()):
            continue
        appositive = re.match(r", (?!who\b)", text[m.end("actor") :])
        if appositive and _OBJECT_OF_PREPOSITION.search(_before(text, m.start())):
            continue
        who = actor(m.group("actor"))
        rest = _after(text, m.end())
        if _PROGRESSIVE.match(rest) and re.search(r" (?:is|was|are|were)$", m.group(0).rstrip()):
            continue  # "Jonas Brandt (left) is chasing runaway heiress Marta Quell": no role follows
        char = _character_after(rest)
        later_as = _LATER_AS.match(rest)
        if char is None and later_as:  # "is slick and very funny as Napster founder Sean Parker"
            char = _character_after(rest[later_as.end() :])
        if who and char and not char[0].isupper() and _PERFORMANCE_WORD.search(m.group(0)):
            # "gives an exquisite performance as the second wife": the role described, not named
            found.append(_Credit(who, None, span, 1.0, description=char, description_span=span, explicit=True))
        elif who and char:
            found.append(_Credit(who, char, span, 2.0))
            found.extend(_gapped_pairs(rest, span, actor))
    return found + _narrator_pairs(text, span, actor) + _coordinated_pairs(text, span, actor)


_PROGRESSIVE = re.compile(r"(?:also |now |still )?[a-z]{2,}ing\b")
_PERFORMANCE_WORD = re.compile(r"\b(?:performance|turn|portrayal|work)\b")
# "is slick and very funny as Napster founder Sean Parker"; never "... as well as Ann Lee".
_LATER_AS = re.compile(rf"(?:(?!well as\b)[a-z][\w,-]* ){{1,7}}?as{_AS_CONJUNCTION} ")


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
    plays = " play" in text or " portray" in text or " voice" in text  # what _SINGLE_PLAYS needs
    matches = [(m, False) for m in _SINGLE_PLAYS.finditer(text)] if plays else []
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
    if "narrates" not in text:
        return []
    return [_Credit(actor(m.group("actor")), "the narrator", span, 2.0) for m in _NARRATES.finditer(text) if actor(m.group("actor"))]


def _coordinated_pairs(text: str, span: Span, actor) -> list[_Credit]:
    """"A and B play the astronauts C and D": pairs in order."""
    found = []
    if " and " not in text or not holds_any(text, (" co-star", " star", " play", " are")):
        return found  # (what _COORDINATED needs)
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
_GROUP_ROLE = Gated(
    re.compile(
        rf"(?<![\w'])(?P<names>{NAME}(?:, {NAME})*,? and {NAME}) play (?:the|two|three|four) {_NOT_A_ROLE}[a-z][\w-]*"
        rf"(?: (?P<chars>{CHAR_CAP}(?:, {CHAR_CAP})*,? and {CHAR_CAP}))?"
    ),
    needs=(" play the ", " play two ", " play three ", " play four "),
)
_RELATION_ROLE = Gated(
    re.compile(rf"(?<![\w'])(?P<names>{NAME}) plays (?:his|her|their) {_NOT_A_ROLE}[a-z][\w-]*(?=[,.;]|$| and\b| who\b)"),
    needs=(" plays his ", " plays her ", " plays their "),
)


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


# A name after a preposition is no subject of a verb after an appositive: "cinematography by
# Robert Krasker, with its harsh lighting, is a major feature of ...".
_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:by|from|of|with|to|for)\s+$")


def _inside_longer_name(text: str, start: int) -> bool:
    """True when a match starts inside a run of capitalised words (a title or a longer name)."""
    return bool(re.search(r"[A-Z\u00c0-\u00de][\w'.-]* $", _before(text, start)))


# A run of adjectives before a name ("the brilliant, but reckless Mozart") or before more words
# ("the boisterous, bullying, amoral ronin"): "the boisterous" is no role.
_ADJECTIVES_THEN_NAME = re.compile(
    rf"(?:the|an?) (?:{_NOT_DESCRIPTOR}[a-z][\w-]*,? (?:but |and |yet |or )?){{0,5}}?{_NOT_DESCRIPTOR}[a-z][\w-]* ({CHAR_CAP})"
)
# "plays the boisterous, amoral ronin (a masterless samurai) who calls himself simply Sanjuro"
_CALLS_HIMSELF = re.compile(rf"(?:the|an?) [^.;]{{0,100}}? who calls (?:himself|herself|themselves)(?: simply)? ({CHAR_CAP})")
# After an article, a capitalised word followed by a lower-case noun qualifies that noun ("the
# wizened TV executive", "a Hollywood agent"): words that may follow a character's name are
# function words, adverbs and the verbs of a clause going on ("the brilliant Mozart who ...").
_ARTICLE_FIRST = re.compile(r"(?:the|an?) ")
_ATTRIBUTIVE_NEXT = re.compile(
    r" (?!(?:who|whom|whose|which|that|and|or|but|nor|yet|so|in|on|at|of|off|with|without|to|for|from|by|as|into|"
    r"is|was|are|were|has|had|have|does|did|will|would|can|could|must|may|might|shall|should|"
    r"opposite|himself|herself|themselves|here|there|again|too|also|now|then|when|while|since|until|before|after|"
    r"throughout|once|still|even|just|only|perfectly|well|very|so|than|like|if|though|although|because)\b)"
    r"(?![a-z]+(?:ly|ed|ing|s)\b)[a-z]{2,}\b"
)
_ADJECTIVES_GO_ON = re.compile(r",(?: (?:but|and|yet|or))? (?!(?:an?|the|who|which|whose|and|but|as|in|on|at|with|while|when)\b)[a-z]")


def _character_after(rest: str) -> str | None:
    """The character a verb introduces: a capitalised name after a few descriptors (the later
    of two: "Napster founder Sean Parker"), else a short lower-case role ("the narrator")."""
    m = _DESCRIBED_CHARACTER.match(rest)
    if m and _INDEFINITE.match(rest) and _DEMONYM.fullmatch(m.group(1).rstrip(".")) and not is_given_name(m.group(1)):
        return None  # "stars as a washed-up American": a nationality, not a character
    if m and re.search(r",| and ", rest[: m.start(1)]) and _NEXT_SUBJECT.match(rest[m.end() :]):
        m = None  # "Foy as the ten-year-old, Jessica Chastain as ...": a name that starts the next item
    if m and _plausible_character(m.group(1)):
        later = _LATER_CHARACTER.match(rest[m.end() :])
        if later:
            return later.group(2)
        if _ARTICLE_FIRST.match(rest) and _ATTRIBUTIVE_NEXT.match(rest, m.end()):
            return None  # "plays the wizened TV executive": a capital qualifying a noun, no name
        return m.group(1)
    m = _ADJECTIVES_THEN_NAME.match(rest) or _CALLS_HIMSELF.match(rest)
    if m and _plausible_character(m.group(1)) and not _NEXT_SUBJECT.match(rest[m.end() :]):
        return m.group(1)  # "the brilliant, but reckless Mozart"
    m = re.match(CHAR_ROLE, rest)
    if m and _plausible_character(m.group(0)) and not _ADJECTIVES_GO_ON.match(rest[m.end() :]):
        return None if m.group(0).split()[-1] in _OFFSCREEN_NOUNS else m.group(0)
    return None


# "Javier Bardem's Oscar-winning performance as ...", "F. Murray Abraham earned an Oscar for his
# performance as ...", "Winslet ... her portrayal of ...": the performance is the actor's.
_PERFORMANCE = r"(?:performance|turn|portrayal|role|work|star turn)"
_POSSESSED_PERFORMANCE = re.compile(
    rf"(?<![\w'])(?P<actor>{NAME}|{WORD})'s? (?:[\w-]+,? ){{0,3}}?{_PERFORMANCE} (?:as|of) "
)
_OWN_PERFORMANCE = re.compile(
    rf"(?<![\w'])(?P<actor>{NAME}|{WORD}) (?P<gap>[^.;:()]{{0,100}}?)\b(?:his|her|their) (?:[\w-]+,? ){{0,3}}?{_PERFORMANCE} (?:as|of) "
)


def _performance_pairs(text: str, span: Span, actor) -> list[_Credit]:
    """An actor's performance as a character: "Ann Lee's fierce turn as Ada", "Ann Lee won an
    award for her performance as Ada", "Lee ..., but her portrayal of the free-spirited Ada"."""
    if "performance" not in text and " turn " not in text and "portrayal" not in text and " role " not in text and " work " not in text:
        return []
    found = []
    for pattern in (_POSSESSED_PERFORMANCE, _OWN_PERFORMANCE):
        for m in pattern.finditer(text):
            if _inside_longer_name(text, m.start()):
                continue
            gap = m.groupdict().get("gap") or ""
            if any(looks_like_person(n.group(0)) for n in NAME_RE.finditer(gap)) or re.search(r"\b(?:he|she|they|him)\b", gap):
                continue  # another person comes between: the performance may be theirs
            who = actor(m.group("actor"), explicit=True)
            char = _character_after(_after(text, m.end()))
            if who and char and not char[0].isupper():
                # "a fine performance as the second wife": the role described, not named
                found.append(_Credit(who, None, span, 1.0, description=char, description_span=span, explicit=True))
            elif who and char:
                found.append(_Credit(who, char, span, 2.0))
    return found


# "Murph is played at three ages: A as the girl, B as the physicist, and C as the old woman"
_PLAYED_BY_SEVERAL = re.compile(rf"(?P<char>{CHAR_CAP}) (?:is|was) played (?:at \w+ ages|by \w+ (?:actors|actresses|performers))[^:]{{0,30}}: (?P<list>.+)")
# "A and B share Cooper's son Tom", "A and B split the role of Tom"
_SHARE_ROLE = re.compile(rf"(?<![\w'])(?P<a>{NAME}) and (?P<b>{NAME}) (?:share|split) (?:the role of )?")
# "Wallace Shawn gives the neurotic dinosaur Rex his nervous stammer", "Ann Lee lends Saruman real menace"
_GIVES_CHARACTER = re.compile(
    rf"(?<![\w'])(?P<actor>{NAME}) (?:gives|lends|brings) (?:the )?(?:[a-z][\w-]* ){{0,3}}?(?P<char>{CHAR_CAP}) "
    r"(?:his|her|its|their|real|genuine|some|a|an)\b"
)
# "Audrey Tautou became a star overnight in the title role"
_IN_TITLE_ROLE = re.compile(rf"(?<![\w'])(?P<actor>{NAME}) [a-z][^.;:,A-Z]{{0,60}}? in the title (?:role|part)\b")


def _shared_role_pairs(text: str, span: Span, actor, context: _Context) -> list[_Credit]:
    """One character played by several actors ("Murph is played at three ages: A as ..., B as
    ..."; "A and B share Cooper's son Tom"), a character given something ("A gives the dinosaur
    Rex his stammer") and the title role (credited as "the title role", read as the film)."""
    found = []
    m = _PLAYED_BY_SEVERAL.search(text) if " played " in text else None
    if m and _plausible_character(m.group("char")):
        for item in _LIST_ITEM_SPLIT.split(m.group("list")):
            pair = re.match(rf"({NAME}) as ", item.strip())
            if pair and actor(pair.group(1)):
                found.append(_Credit(actor(pair.group(1)), m.group("char"), span, 3.0))
    for m in _SHARE_ROLE.finditer(text) if " share" in text or " split" in text else ():
        char = _character_after(_after(text, m.end()))
        if char and char[0].isupper():
            found.extend(_Credit(actor(n), char, span, 2.0) for n in (m.group("a"), m.group("b")) if actor(n))
    for m in _GIVES_CHARACTER.finditer(text) if " gives " in text or " lends " in text or " brings " in text else ():
        who = actor(m.group("actor"))
        director = who in context.known and who not in context.actors  # "Nolan gives Cooper a daughter"
        if who and not director and _plausible_character(m.group("char")) and not _inside_longer_name(text, m.start()):
            found.append(_Credit(who, m.group("char"), span, 1.5))
    for m in _IN_TITLE_ROLE.finditer(text) if " title " in text else ():
        who = actor(m.group("actor"))
        if who and not _inside_longer_name(text, m.start()):
            found.append(_Credit(who, "the title role", span, 2.0))
    return found


# "Ann Dowd, a genre icon, holds down a guest-supporting role", "Ivo Sand has a small part"
_HAS_A_ROLE = re.compile(
    rf"(?<![\w'])(?P<actor>{NAME})(?:, [^,]{{1,60}},|,)? (?:has|plays|takes(?: on)?|took(?: on)?|holds down|lands|gets|fills|makes) "
    r"(?:a|an|the) (?:[\w-]+ ){0,2}(?:role|part|cameo|turn)\b"
)
# What "the role of" names: a character ("the role of Nux"), or one set off by dashes after a
# description ("the role of a reformed raider – Nux –").
_ROLE_OF_NAME = re.compile(rf" of (?:(?P<char>{CHAR_CAP})(?=[,.;:)]|$| and\b| who\b| in\b| with\b)|(?:an?|the) [^–—.;()]{{1,50}}? [–—] ?(?P<dashed>{CHAR_CAP}) ?(?:[–—,.;]|$))")
# "Drive stars Ryan Gosling as a stunt driver": the film (or "it") stars the actor.
_STARS_NAME_AS = re.compile(rf"\bstars (?P<actor>{NAME}) as ")


def _role_mention_pairs(text: str, span: Span, actor) -> list[_Credit]:
    """Actors said to have a role ("A holds down a supporting role") or starred by the film
    ("Drive stars A as a stunt driver"), with the character when one is named."""
    found = []
    for m in _HAS_A_ROLE.finditer(text) if " role" in text or " part" in text or " cameo" in text or " turn" in text else ():
        who = actor(m.group("actor"))
        if who and not _inside_longer_name(text, m.start()):
            named = _ROLE_OF_NAME.match(text, m.end())
            char = named and (named.group("char") or named.group("dashed"))
            if char and _plausible_character(char):
                found.append(_Credit(who, char, span, 2.0, explicit=True))
            else:
                found.append(_Credit(who, None, span, 1.0, explicit=True))
    for m in _STARS_NAME_AS.finditer(text) if "stars " in text else ():
        who = actor(m.group("actor"))
        if who:
            found.append(_Credit(who, _character_after(_after(text, m.end())), span, 2.0, explicit=True))
    return found


def _unnamed_role_paren_pairs(text: str, span: Span, actor) -> list[_Credit]:
    """Actors of a role described but not named: "an android (Lance Henriksen)", "her mother
    (Frances Fisher)", "a crew of marines (A and B, to name a few)", "A plays a lonely clerk".
    The actors are credited with the description and no character."""
    found = []
    for m in _PAREN_NAMES.finditer(text) if "(" in text else ():
        role = _UNNAMED_ROLE_BEFORE.search(_before(text, m.start()))
        if role is None or role.group("role").split()[-1] in _OFFSCREEN_NOUNS:
            continue
        inside = _TO_NAME_A_FEW.sub("", m.group(1).strip())
        names = split_names(inside)
        if not names or len(names) != len(re.split(r",\s*(?:and\s+)?|\s+and\s+", inside)):
            continue
        description = role.group("role")
        for name in names:
            who = actor(name)
            if who:
                found.append(_Credit(who, None, span, 1.0, description=description, description_span=span, explicit=True))
    for m in _UNNAMED_ROLE_PLAYED.finditer(text) if " play" in text or " portray" in text or "stars as " in text else ():
        who = actor(m.group("actor"))
        if who and not _inside_longer_name(text, m.start()) and re.match(_NOT_A_ROLE, m.group("role").split()[-1]):
            description = None if m.group("role") in ("him", "her", "them") else m.group("role")
            found.append(_Credit(who, None, span, 1.0, description=description, description_span=span if description else None, explicit=True))
    return found


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
    """"Character is voiced by Actor", "Character, played by Actor", "(played as a boy by Actor)",
    "a gun runner played by Actor" (a described role: the actor, with no character), and
    '("Chiron," Actor)' (a quoted name and its actor in brackets)."""
    found = []
    for m in _PLAYED_BY.finditer(text):
        window = " ".join(_after(text, m.end()).split(" ")[:7])
        who = next((actor(n.group(0)) for n in NAME_RE.finditer(window) if actor(n.group(0))), None)
        if who is None and (single := re.match(rf"{WORD}(?=[\s,.;:)]|$)", window)):
            who = actor(single.group(0), explicit=True)  # "played by Lemmon", Jack Lemmon named elsewhere
        before = _before(text, m.start())
        char = _character_before(before)
        if who and char:
            found.append(_Credit(who, char, span, 2.0))
        elif who and (role := _UNNAMED_ROLE_BEFORE.search(before.rstrip(" ,("))):
            found.append(_Credit(who, None, span, 1.0, description=role.group("role"), description_span=span, explicit=True))
    for m in _QUOTED_CHARACTER_PAREN.finditer(text):
        who = actor(m.group("actor"))
        if who and _plausible_character(m.group("char")):
            found.append(_Credit(who, m.group("char"), span, 2.0))
    for m in _WHOM_PLAYS.finditer(text):
        who = actor(m.group("actor"))
        char = _last_cap_run(m.group("char"))
        if who and char:
            found.append(_Credit(who, char, span, 2.0))
    return found


# "played by", "is voiced by", "(played as a teenager by": a few words may come between.
_PLAYED_BY = Gated(
    re.compile(r"(?:is |was |\()?(?:played|voiced|portrayed|embodied)(?: (?:as|in|at)(?: [a-z]+){1,3})? by "),
    needs=("played", "voiced", "portrayed", "embodied"),
)
_QUOTED_CHARACTER_PAREN = Gated(
    re.compile(rf'\("(?P<char>[A-Z][^"]{{0,30}}?),?"\s*,?\s*(?:played by )?(?P<actor>{NAME})\)'), needs=('("',)
)
_WORK_NOUNS = r"(?:novel|book|books|story|script|screenplay|film|films|movie|score|music|song|photography|debut|adaptation|play)"


# Relations between real people, never between characters: a critic's colleague, a director's producer.
_OFFSCREEN_RELATION = re.compile(r"\b(?:colleague|co-host|co-critic|critic|reviewer|editor|collaborator|producer|agent|publicist|biographer)\b")
_POSSESSED_CHARACTER = re.compile(
    rf"(?<![\w'])(?P<actor>{NAME}|{WORD})'s? (?:(?:character|role),? (?P<char>{CHAR_CAP})|(?P<char2>{CHAR_CAP}) (?:character|role)\b)"
)
_WORK_NOUN_NEXT = re.compile(rf" (?:[a-z][\w-]* )?{_WORK_NOUNS}\b")


def _possessive_pairs(text: str, span: Span, context: _Context) -> list[_Credit]:
    """"Keaton's Batman", "Talia Shire's painfully shy Adrian": a known actor (or surname), or a
    full name possessing a capitalised name that is neither the film nor a work. A person not
    yet known as an actor must look like one, and so must the character ("Ridley Scott's Blade
    Runner", "David Lynch's Eraserhead" are a director's films): a given name or a title first.
    "Hopper's Frank Booth character" and "Collette's character, Annie Graham" say outright
    that a character is meant, and resolve a surname against anyone the document names."""
    found = []
    for m in _POSSESSED_CHARACTER.finditer(text) if "character" in text or " role" in text else ():
        who, char = _resolve(m.group("actor"), context), m.group("char") or m.group("char2")
        if who and _plausible_character(char):
            found.append(_Credit(who, char, span, 2.0))
    for m in _POSSESSIVE.finditer(text) if "'s " in text or "' " in text else ():  # (its possessive and space)
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
            if not looks_like_person(raw) or not _person_like_character(char, context):
                continue
            who = raw
        if who and _plausible_character(char):
            found.append(_Credit(who, char, span, 1.5))
    return found


_PAREN = re.compile(r"\(([^()\d]{2,60})\)")
# "La Motta's (Oscar winner De Niro) rise", "the Kid (newcomer Pia Lind)": an actor described.
_DESCRIBED_ACTOR = re.compile(
    rf"(?P<words>(?:[A-Z][\w-]* )?(?:(?!(?:by|as|aka|with|and|or|from|of|in|on|at|for|to|later|now|formerly)\b)[a-z][\w-]* ){{1,3}})(?P<name>{NAME}|{WORD})"
)
# "Character (Actor, Other Film)": the actor's best-known other credit follows the name.
# How close a name in capitals must be to a credited actor's to stand for them ("KEANU REEEVES").
CAPITALS_MATCH = 0.9
_ACTOR_AND_FILM = re.compile(rf"(?P<actor>{NAME})[,;] (?P<film>[A-Z\d][^,;]{{1,50}})")
# A character in brackets is made of capitalised words, particles and quoted nicknames ("M*A*S*H" is not).
_NAME_LIKE_ROLE = re.compile(r"(?:[A-Z\u00c0-\u00de\d][\w'./-]*|\"[^\"]+\"|of|the|de|del|von|van|du|la|le)(?: (?:[A-Z\u00c0-\u00de\d][\w'./-]*|\"[^\"]+\"|of|the|de|del|von|van|du|la|le))*")
_PAREN_NAMES = re.compile(r"\(([A-Z][^()\d]{2,100})\)")
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
        inside = _bracketed_name(clean_name(m.group(1).strip()), context)
        before = _before(text, m.start()).rstrip()
        described = _DESCRIBED_ACTOR.fullmatch(inside)
        if described and not set(described.group("words").split()) & _OFFSCREEN_NOUNS and actor(described.group("name"), explicit=True):
            decided.append(("CA", described.group("name"), re.sub(r"'s?$", "", before), m))  # "La Motta's (Oscar winner De Niro)"
            continue
        if _NOT_A_PERSON_OR_ROLE.match(inside) or re.match(r"(?:The|In|A|An)\b", inside) or _LOWER_WORD.search(inside):
            continue
        with_film = _ACTOR_AND_FILM.fullmatch(inside)
        if with_film and is_person_name(with_film.group("actor")):
            decided.append(("CA", with_film.group("actor"), before, m))  # "Henry Hill (Ray Liotta, Something Wild)"
            continue
        if re.search(r"[,;\"]", inside):
            continue  # "Harold Ramis ('Caddyshack', 'Analyze This')": a list of something else
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
            who, char = actor(inside, explicit=True), _character_before(before + " ")
            if who and char and _plausible_character(char):
                description = _description_after(_after(text, m.end()))
                found.append(_Credit(who, char, span, 3.0, description=description, description_span=span if description else None))
        else:
            left = _TRAILING_NAME.search(before)
            who = actor(left.group(0)) if left else None
            acronym = re.fullmatch(r"[A-Z]{2,6}", inside) and not (who in context.actors or looks_like_person(who or ""))
            if who and _plausible_character(inside) and _NAME_LIKE_ROLE.fullmatch(inside) and not acronym:
                found.append(_Credit(who, inside, span, 2.5))  # not "Studio Distribution Services (SDS)"
    return found


_QUALIFIED_SURNAME = re.compile(rf"[A-Z][\w-]*'s ({WORD})")


def _bracketed_name(inside: str, context: _Context) -> str:
    """The actor a bracket names, in the forms pages use for it: a credited actor's surname
    after a qualifier ("Chris (Britain's Kaluuya)"), a name in capitals ("Neo (KEANU REEVES)")
    matched to a credited actor, allowing for a typing slip ("KEANU REEEVES")."""
    qualified = _QUALIFIED_SURNAME.fullmatch(inside)
    if qualified and qualified.group(1) in context.surnames:
        return qualified.group(1)
    if inside.isupper() and len(inside.split()) >= 2 and not re.search(r"\d", inside):
        spelled = inside.title()
        if spelled in context.actors:
            return spelled
        close = difflib.get_close_matches(spelled, sorted(context.actors), n=1, cutoff=CAPITALS_MATCH)
        first = spelled.split()[0]
        if close and close[0].split()[0] == first:
            return close[0]
    return inside


def _names_a_role_next(rest: str) -> bool:
    """" is the innkeeper Otto" (a role follows), not " is sent by her boss" (the story goes on)."""
    m = _ROLE_FOLLOWS.match(rest)
    return bool(m) and _character_after(rest[m.end() :].lstrip()) is not None


# "The director, Ivo Sand (...)", "producer Ann Lee (...)": the name after a crew job.
_OFFSCREEN_BEFORE = re.compile(r"\b(?:director|producer|writer|screenwriter|author|novelist|composer|cinematographer|editor|critic|filmmaker),? $", re.IGNORECASE)


def _orientation(inside: str, before: str, role_follows: bool, context: _Context) -> str:
    """"CA" for Character (Actor), "AC" for Actor (Character), "?" if undecided, "" for neither.

    "Pat Hingle (Hang 'Em High) is Commissioner Gordon": a parenthesis followed by a role
    holds something else (another film), unless it names a known actor.
    """
    left_actor = _TRAILING_NAME.search(before)
    left = clean_name(left_actor.group(0)) if left_actor else None
    if inside in context.known or inside in context.surnames:
        return "CA"
    if inside in context.people and context.people[inside] != left:
        return "CA"  # "Phil Connors (Murray)", Bill Murray named elsewhere
    if role_follows:  # "Tom Hale (Night Train) is the innkeeper Otto": the parenthesis holds another film
        return ""
    if left in context.actors:
        return "AC"
    if left in context.known:
        return ""  # "Directed by Ivo Sand (Stone Bridge)": a director and another of his films
    single_word = len(inside.split()) == 1
    if _has_title_word(inside) or single_word or not is_person_name(inside):
        if left_actor and _OFFSCREEN_BEFORE.search(before[: left_actor.start()]):
            return ""  # "The director, Ivo Sand (Stone Bridge)"
        if single_word and not _has_title_word(inside) and not is_given_name(inside):
            return ""  # "Lena Ortiz (Variety) praised the score": a paper, a film, a place
        return "AC" if left_actor else ""
    if left and looks_like_person(left) and not looks_like_person(inside):
        return ""  # "Robert De Niro (Raging Bull)": an actor and another of his films
    return "?"


# ---------------------------------------------------------------- people and their names


# Words that open a sentence and so are capitalised before a name: "Even F. Murray Abraham earned".
_LEAD_WORDS = frozenset(
    """Even And But Or So Yet Still Then Now Also Here There When While Meanwhile Although Though Despite
    After Before As If Only Both""".split()
)


def _short_names(actors: list[str]) -> dict[str, str]:
    """The first two words of each credited name of three or more, where they start one only."""
    index: dict[str, set[str]] = {}
    for name in actors:
        tokens = name.split()
        if len(tokens) >= 3:
            index.setdefault(" ".join(tokens[:2]), set()).add(name)
    return {short: next(iter(full)) for short, full in index.items() if len(full) == 1 and short not in actors}


def _without_lead_words(name: str) -> str:
    """A name without the sentence's opening word glued to it ("Even F. Murray Abraham"), when
    what is left looks like a person."""
    tokens = name.split()
    if len(tokens) > 2 and tokens[0] in _LEAD_WORDS and looks_like_person(" ".join(tokens[1:])):
        return " ".join(tokens[1:])
    return name


def _people_index(mentioned: list[str]) -> tuple[dict[str, str], set[str]]:
    """Surname (with its particle: "De Niro") -> full name, for the people among the names a
    document `mentioned` who have a given name first, where the surname points at one of them
    only; and the surnames that several share ("Lee" of Spike Lee and Joie Lee), which stand
    for no one."""
    index: dict[str, set[str]] = {}
    for mention in mentioned:
        tokens = mention.split()
        while tokens and tokens[0] in NOT_NAME_WORDS:  # "In Toni Collette we trust"
            tokens.pop(0)
        name = " ".join(tokens)
        # Four words are more often two names run together ("James Stewart Grace Kelly").
        if not 2 <= len(tokens) <= 3 or not is_person_name(name) or _POSSESSIVE_TOKEN.search(tokens[0]):
            continue
        index.setdefault(tokens[-1], set()).add(name)
        if len(tokens) > 2 and re.fullmatch(PARTICLE, tokens[-2], re.IGNORECASE):
            index.setdefault(" ".join(tokens[-2:]), set()).add(name)
    unique = {key: next(iter(names)) for key, names in index.items() if len(names) == 1}
    return (
        {key: name for key, name in unique.items() if looks_like_person(name)},
        {key for key, names in index.items() if len(names) > 1},
    )


def _resolve(raw: str, context: _Context) -> str | None:
    """The actor an explicit form names ("played by Lemmon", "Hopper's ... character"): a
    credited actor, the full name of a surname, or a person-like full name."""
    raw = _without_lead_words(clean_name(raw))
    if raw in context.actors:
        return raw
    if raw in context.short_names:
        return context.short_names[raw]
    full = context.surnames.get(raw) or context.people.get(raw)
    if full:
        return full
    if is_person_name(raw) and looks_like_person(raw) and not _names_something_else(raw, context):
        return raw
    return None


def _person_like_character(char: str, context: _Context) -> bool:
    """A capitalised phrase that names someone, not a work: a known character, or one that opens
    with a given name or holds a title ("Adrian", "Sheriff of Nottingham"; not "Blade Runner")."""
    if char in context.characters or _has_title_word(char):
        return True
    first = char.split()[0]
    folded = "".join(c for c in unicodedata.normalize("NFKD", first) if not unicodedata.combining(c))
    return is_given_name(first) or is_given_name(folded)


def _names_something_else(name: str, context: _Context) -> bool:
    """A name-shaped span that is no one: one possessing something ("Britain's Kaluuya",
    "Javier Bardem's Oscar-winning") or the film's own title or part of it ("Taxi Driver is
    the cast", "Fury Road" of "Mad Max: Fury Road")."""
    if any(_POSSESSIVE_TOKEN.search(t) for t in name.split()[:-1]):
        return True
    return bool(context.title) and _within_title(name, context.title) and not looks_like_person(name)


def _within_title(name: str, title: str) -> bool:
    """True when `name` is the title or a run of its words ("Fury Road" of "Mad Max: Fury Road")."""
    words, name_words = re.findall(r"\w+", title.lower()), name.lower().split()
    return any(words[i : i + len(name_words)] == name_words for i in range(len(words) - len(name_words) + 1))


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)  # pure, and asked of the same names by many rules and both rounds
def looks_like_person(name: str) -> bool:
    """Evidence beyond shape that a name-shaped span names a person: it opens with a known
    given name ("Cary Grant"), with initials ("F. Murray Abraham"), or with a given name
    written with accents or joined by a hyphen ("Chloë Moretz", "Carrie-Anne Moss")."""
    tokens = name.split()
    if len(tokens) < 2 or any(_POSSESSIVE_TOKEN.search(t) for t in tokens):
        return False
    first = tokens[0]
    if re.fullmatch(INITIALS, first):
        return True
    folded = "".join(c for c in unicodedata.normalize("NFKD", first) if not unicodedata.combining(c))
    return any(is_given_name(part) for part in {first, folded, *folded.split("-")})


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
    quoted = re.search(r'"([A-Z][^"]{0,30}?),?"$', text)
    if quoted:
        return quoted.group(1)  # '("Little," played by ...'
    run = _last_cap_run(text)
    if run:
        return run
    m = re.search(r"\bthe ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)$", text)
    if m:
        return None if m.group(1).split()[-1] in _OFFSCREEN_NOUNS else "the " + m.group(1)
    if _UNNAMED_ROLE_BEFORE.search(text):
        return None  # "an android (Lance Henriksen)": a description, read by _unnamed_paren_pairs
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
        capitalised = re.fullmatch(r"[A-Z\u00c0-\u00de][\w'./-]*|\"[^\"]+\"|\d+", bare) and not bare.endswith("'s")
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


@lru_cache(maxsize=4096)
def _plausible_character(char: str) -> bool:
    char = char.strip()
    if not re.search(r"[^\W\d_]", char):
        return False
    if not char or char.strip(".").split()[0] in NOT_NAME_WORDS - TITLE_WORDS - {"The"}:
        return False
    if char.startswith("the "):
        return len(char.split()) <= 4
    return not re.fullmatch(rf"{YEAR}|\d+", char)


_NEXT_PAIR = re.compile(rf"[,;] (?:and )?(?={NAME} as )")


def _clean_character(char: str) -> str:
    char = _NEXT_PAIR.split(char, maxsplit=1)[0]  # "Ada, Ivo Sand as Karl": the next pair of a run
    char = re.sub(r"\s*\((?:as [^)]*|uncredited|voice|credited as [^)]*)\)", "", char)
    char = re.sub(r"^(?:a|an) ", "", char.strip())
    return keep_last_initial_stop(char, squash(char).strip(" ,.;:"))
