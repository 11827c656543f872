"""What a question is about: the things it names first, then the relation its words ask for.

A question is read entity-first. Every known film, person and character named in it is found
(whole words, typos forgiven within one edit per seven letters, and said), and so is a film it names that
the documents do not know ("who directed Vertigo?"). Only then is the relation decided, by
cue words scored around those names ("plays", "directed", "aspect ratio", "how long"), so
word order, politeness, trailing words ("…, spoilers ok") and missing question marks do not
matter. The phrasing table of `routing` is one more signal: it is how a film the index does
not know is spotted in a question.

Nothing here touches the store: `understand` is pure over a `NameIndex`, so the answer layer
can test it alone and every surface (Discord, DMs, the console, `ask --json`) reads a
question the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from bot.answers import routing
from bot.answers.matching import HONORIFICS, NameIndex, NameMatch, normalize
from bot.store.records import FilmSummary

# The longest film or name looked for in a question, in words.
MAX_TITLE_WORDS = 12
MAX_NAME_WORDS = 4
# A window of the question is matched to a name within a typo only from this many letters.
MIN_FUZZY_CHARS = 5
# One word of a title names the film alone only when this long and in no other title.
MIN_DISTINCTIVE_CHARS = 6

_WORD = re.compile(r"[^\W_][\w'’.&-]*")
# Consent to spoilers, said anywhere: "…, spoilers ok", "with spoilers", "reveal the ending".
_SPOILERS_OK = re.compile(
    r"[,;(\s-]*\b(?:spoilers?\s(?:are\s|is\s)?(?:ok(?:ay)?|fine|allowed|welcome|please)|(?:with|incl(?:uding|\.)?)\sspoilers|"
    r"(?:reveal|show|tell\sme|include)\s(?:the\s)?ending|i\sdon'?t\smind\sspoilers|full\splot)\b[)\s.!]*",
    re.IGNORECASE,
)
# Words of questions and of film talk that never name a film, a person or a character.
QUESTION_WORDS = frozenset("""
a about actor actors actress actresses all also am an and any are as aspect at audio based be been being blu blu-ray
bluray book bonus but by can cast character characters codec come could did director disc discs do does doing dvd each
ending extras feature features film films for from genre give has have he her him his how i if in info is it its job
know list long made make me movie movies music my name named novel of on or part picture play played player plays
please plot portray portrays ratio release released resolution role runtime say score she show sound soundtrack
specs story subtitles tell than that the their them there these they this those to tracks up version video was
were what when where which who whom whose why will with would year you your ray bd 4k uhd hd
""".split())
# Words that head a film's slot but name nothing themselves ("in the film", "of the movie").
_GENERIC_SLOT = re.compile(r"^(?:the |this |that |a )?(?:film|movie|picture|disc|blu-?ray|dvd|one|sound|audio|"
                           r"video|picture quality|ending|story|plot|cast|music|score|book|novel)s?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    """Words of the question: token positions [first, last) and the text they cover."""

    first: int
    last: int
    text: str


@dataclass(frozen=True, slots=True)
class FilmMention:
    film: FilmSummary
    span: Span
    exact: bool  # False when a typo was forgiven ("Leavng Las Vegs")


@dataclass(frozen=True, slots=True)
class NameMention:
    matches: tuple[NameMatch, ...]  # every person or character these words may name
    span: Span
    exact: bool


@dataclass(slots=True)
class Question:
    """A question as understood: what it names, and what it asks."""

    text: str
    relation: str | None = None  # see RELATION_CUES; None when no cue word says
    films: list[FilmMention] = field(default_factory=list)
    unknown_film: str | None = None  # a film it names that no document is about
    names: list[NameMention] = field(default_factory=list)
    unknown_name: str | None = None  # words in a name's slot that name no one known
    descriptor: str | None = None  # "pimp" in "who plays the pimp" / "Sera's pimp"
    owner: str | None = None  # "Sera" in "Sera's pimp"
    confirm: str | None = None  # the value a yes/no question proposes: "2007", "comedy"
    spoilers: bool = False
    suggestions: tuple[str, ...] = ()  # films it may mean when its words are not close enough

    @property
    def film(self) -> FilmSummary | None:
        """The one film the question names, if it names exactly one."""
        films = {m.film.id: m.film for m in self.films}
        return next(iter(films.values())) if len(films) == 1 else None

    @property
    def readings(self) -> list[str]:
        """How forgiven typos were read: "taking “leavng las vegs” as Leaving Las Vegas"."""
        notes = [f"taking “{m.span.text}” as {m.film.title}" for m in self.films if not m.exact]
        notes += [f"taking “{m.span.text}” as {m.matches[0].name}" for m in self.names if not m.exact]
        return notes

    def people(self) -> list[NameMatch]:
        return [match for mention in self.names for match in mention.matches if match.kind == "person"]

    def characters(self, film_id: int | None = None) -> list[NameMatch]:
        found = [match for mention in self.names for match in mention.matches if match.kind == "character"]
        return [m for m in found if film_id is None or m.film_id == film_id]


# ---------------------------------------------------------------- relations and their cues

# Relation -> (pattern, weight). Patterns read the lower-cased question in which the names
# found are replaced by ‹F› (a film), ‹P› (a person) and ‹C› (a character), marks no cue word
# can match inside, so "who plays ‹C›" and "which part does ‹P› have" are told apart by what
# was named, not by word order.
RELATION_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "plays": ((r"\bwho (?:plays|played|portrays|portrayed|is playing|was playing|voices|voiced|acts as|stars as)\b", 4),
              (r"\b(?:played|portrayed|voiced) by\b", 4), (r"\b(?:actor|actress)\b.*\b(?:plays?|playing|as)\b", 3),
              (r"\bwho (?:is|was) ‹C›", 2.5), (r"\bwho (?:is|was) the (?:actor|actress)\b", 3)),
    "role": ((r"\b(?:role|part|character)s?\b.*‹P›|‹P›.*\b(?:role|part|character)s?\b", 4),
             (r"\b(?:who|what) (?:does|did) ‹P› play\b", 5), (r"\bwho (?:is|was) ‹P› in\b", 4),
             (r"‹P› (?:plays?|played|as) (?:who|what|which)\b", 4)),
    "person": ((r"^(?:who|what) (?:is|was) ‹P›$", 4), (r"\b(?:films?|movies?|filmography|known for)\b.*‹P›", 3),
               (r"‹P›.*\b(?:films?|movies?)\b", 2)),
    "describe": ((r"\bwhat (?:does|did) ‹C› do\b", 5), (r"\b(?:job|occupation|profession|for a living|works? as)\b", 4),
                 (r"\bwhat (?:is|was) ‹C› like\b", 4), (r"^(?:who|what) (?:is|was) ‹C›$", 3)),
    "cast": ((r"\bcast\b", 3), (r"\bwho(?:'s| is| was| are| were) (?:in|on)\b", 3), (r"\bwho (?:stars?|starred|appears?|appeared|acted|acts)\b", 3),
             (r"\bstarring\b|\bactors\b|\bactresses\b|\bwho(?:'s| is) in it\b|\bstars of\b", 3)),
    "director": ((r"\bdirect(?:ed|or|ors|s|ing)?\b|\bhelm(?:ed|s)?\b|\bfilmmaker\b|\bwho made\b", 3),),
    "novel": ((r"\bnovel(?:ist)?s?\b|\bbooks?\b|\bbased on\b|\badapt(?:ed|ation|s)\b|\bsource material\b|\bauthor\b", 3),),
    "composer": ((r"\bscor(?:e|ed|es|ing)\b|\bcompos(?:er|ed|ition)\b|\bmusic\b|\bsoundtrack\b", 3),),
    "year": ((r"\byear\b|\bwhen (?:was|did|is)\b|\breleased?\b|\bcome out\b|\bcame out\b|\brelease date\b|\bpremiered?\b", 2.5),
             (r"\bfrom (?:18|19|20)\d\d\b|\bhow old\b", 3)),
    "runtime": ((r"\bhow long\b|\brun ?time\b|\brunning time\b|\blength\b|\bduration\b|\bhow many (?:minutes|hours)\b|"
                 r"\bminutes long\b|\bruns? for\b", 3.5),),
    "genre": ((r"\bgenres?\b|\b(?:kind|type|sort) of (?:film|movie)\b", 3.5),),
    "about": ((r"\bplot\b|\bstory ?line\b|\bsynopsis\b|\bpremise\b|\bwhat happens\b|\bsummary\b|\bsummari[sz]e\b", 3.5),
              (r"\bwhat(?:'s| is| was) ‹F› about\b|\babout\?*$|\bstory\b", 3)),
    "review": ((r"\breview(?:er|ed|s)?\b|\bverdict\b|\bopinion\b|\bthink of\b|\bworth (?:watching|buying|it|getting)\b|"
                r"\bhow good\b|\brecommend", 3),),
    "overview": ((r"\btell me about\b|\binfo(?:rmation)? (?:on|about)\b|\boverview\b|\bdetails? (?:on|of|about)\b", 3.5),),
    "disc": ((r"\bblu-?rays?\b|\bdvds?\b|\bdiscs?\b|\bspecs\b|\bspecifications\b|\b4k\b|\buhd\b", 1.5),),
    "disc:aspect_ratio": ((r"\baspect ratios?\b|\bwidescreen\b|\bframed\b|\bratio\b", 4.5),),
    "disc:resolution": ((r"\bresolution\b|\b4k\b|\buhd\b|\bultra hd\b|\b1080[pi]?\b|\b2160p?\b|\bhigh definition\b|\bhd\b", 3),),
    "disc:hdr": ((r"\bhdr\b|\bdolby vision\b|\bhdr10\+?\b|\bhigh dynamic range\b", 4.5),),
    "disc:codec": ((r"\bcodec\b|\bencod(?:ed|ing)\b|\bavc\b|\bhevc\b|\bh\.?26[45]\b|\bcompression\b", 4.5),),
    "disc:audio": ((r"\baudio\b|\bsound\b|\bsurround\b|\bchannels?\b|\batmos\b|\bdts\b|\btruehd\b|\blossless\b|\bmix\b|"
                    r"\bdub(?:bed)?\b|\blanguages?\b|\b[57]\.1\b|\bstereo\b|\bmono\b", 3.5),),
    "disc:subtitles": ((r"\bsubtitles?\b|\bsubs\b|\bcaptions?\b|\bsdh\b", 4.5),),
    "disc:features": ((r"\bextras?\b|\bspecial features?\b|\bbonus\b|\bsupplements?\b|\bfeaturettes?\b|"
                       r"\bcommentar(?:y|ies)\b|\bbehind the scenes\b|\bdeleted scenes\b|\btrailers?\b|\bfeatures\b", 4.5),),
    "disc:picture": ((r"\bpicture\b|\bvideo\b|\bimage\b|\btransfer\b|\blooks?\b|\bgrain\b|\bsharp(?:ness)?\b|\bcolou?rs?\b", 3),),
}
_COMPILED_CUES = {relation: tuple((re.compile(p), w) for p, w in cues) for relation, cues in RELATION_CUES.items()}
# Relations that need a name of a kind in the question to be asked at all.
_NEEDS = {"plays": "who", "role": "person", "person": "person", "describe": "character"}
# Disc aspects that are about the disc only when it is named: "how is the sound" may mean the film's.
_DISC_ONLY_WITH_DISC = {"disc:picture", "disc:audio", "disc:resolution"}
_DISC_NAMED = re.compile(r"\bblu-?rays?\b|\bdvds?\b|\bdiscs?\b|\b4k\b|\buhd\b|\bspecs\b|\brelease\b|\bedition\b|\btransfer\b|"
                         r"\baudio\b|\bhdr\b|\b1080p?\b|\b2160p?\b|\bresolution\b|\bsound (?:format|mix|tracks?)\b|\bin 4k\b")
# Words that set two things side by side.
_COMPARES = re.compile(r"\bcompared?\b|\bcomparison\b|\bversus\b|\bvs\.?\b|\bbetter\b|\bworse\b|\bthan\b")
# Words that make a question a yes/no one whose proposed value is checked, not asserted.
_YES_NO = re.compile(r"^(?:is|was|are|were|does|did|do|has|had|can)\b")
# Words after "the" that describe a character rather than name one ("who plays the pimp").
_DESCRIPTOR = re.compile(r"(?:\b(?:the|a|an|his|her|their)|‹C›'s?)\s(?P<noun>[a-z][a-z-]{2,})(?:'s)?\b")
_NOT_DESCRIPTORS = frozenset("""
film movie picture disc blu-ray bluray dvd sound audio video ending end story plot cast music score book novel
director composer author novelist year runtime aspect ratio extras features subtitles role part character
characters actor actress lead main title name same first second last best other one whole first reviewer review
""".split())


# ---------------------------------------------------------------- reading a question


def understand(text: str, index: NameIndex) -> Question:
    """The films, people and characters `text` names, and the relation it asks about."""
    spoilers = bool(_SPOILERS_OK.search(text))
    text = _SPOILERS_OK.sub(" ", text).strip(" ,;:?!.")
    question = Question(text=text, spoilers=spoilers)
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    taken: set[int] = set()
    question.films = _spot_films(text, words, index, taken)
    question.names = _spot_names(text, words, index, taken, question.films)
    _spot_unknown(question, index)
    masked = _masked(text, words, question)
    question.relation = _relation(masked, question)
    question.descriptor, question.owner = _descriptor(masked, question)
    question.confirm = _proposed_value(masked, question)
    return question


def _window(text: str, words: list[tuple[int, int]], first: int, last: int) -> str:
    return text[words[first][0]:words[last - 1][1]]


def _windows(text: str, words: list[tuple[int, int]], largest: int, smallest: int,
             taken: set[int]) -> Iterator[tuple[int, int, str, str]]:
    """(first, last, phrase, key) for every run of `largest` down to `smallest` words that no
    name found so far has taken, longest first; the key is normalised, a possessive dropped."""
    for size in range(min(largest, len(words)), smallest - 1, -1):
        for first in range(len(words) - size + 1):
            if not taken.isdisjoint(range(first, first + size)):
                continue
            phrase = _window(text, words, first, first + size)
            yield first, first + size, phrase, normalize(_POSSESSIVE_END.sub("", phrase))


_POSSESSIVE_END = re.compile(r"['’]s$")


def _spot_films(text: str, words: list[tuple[int, int]], index: NameIndex, taken: set[int]) -> list[FilmMention]:
    """Known films named in the question, longest first; a misspelt title is taken when it is
    within a typo of exactly one film, and one distinctive word of a title as a last resort."""
    found: list[FilmMention] = []
    for first, last, phrase, key in _windows(text, words, MAX_TITLE_WORDS, 1, taken):
        # A one-word alias names the film only when written with a capital and long enough
        # ("Amélie"): short ones picked up from page furniture ("Audio") are common words.
        aliases = last - first > 1 or (phrase[:1].isupper() and len(phrase) >= MIN_DISTINCTIVE_CHARS)
        films = index.films_titled(key, aliases=aliases)
        if len(films) == 1 and _names_a_film_here(text, words, first, last, last - first):
            found.append(FilmMention(films[0], Span(first, last, phrase), exact=True))
            taken.update(range(first, last))
    if found:
        return _one_mention_per_film(found, taken)
    for first, last, phrase, key in _windows(text, words, MAX_TITLE_WORDS, 1, taken):
        if len(key) < MIN_FUZZY_CHARS or _only_question_words(key):
            continue
        film = index.film_within_a_typo(key)
        if film is not None:
            taken.update(range(first, last))
            exact = key in {normalize(film.title), *map(normalize, film.aliases)}
            return [FilmMention(film, Span(first, last, phrase), exact=exact)]
    by_word = _film_by_distinctive_word(text, words, index, taken)
    return [by_word] if by_word is not None else []


def _film_by_distinctive_word(text: str, words: list[tuple[int, int]], index: NameIndex,
                              taken: set[int]) -> FilmMention | None:
    """A film named by one capitalised word of its title that no other film's title has
    ("Shawshank" for The Shawshank Redemption): taken, and said, since it is not the title.
    Capitalised words beside it must be words of that title too ("Green Lantern" is not
    The Lantern Keeper)."""
    for at, (start, end) in enumerate(words):
        word = text[start:end]
        key = normalize(re.sub(r"['’]s$", "", word))
        if at in taken or not word[:1].isupper() or len(key) < MIN_DISTINCTIVE_CHARS or key in QUESTION_WORDS:
            continue
        films = index.films_with_title_word(key)
        run = _capitalised_run(text, words, at, taken)
        if len(films) == 1 and set(run) <= set(normalize(films[0].title).split()):
            taken.add(at)
            return FilmMention(films[0], Span(at, at + 1, word), exact=False)
    return None


def _one_mention_per_film(found: list[FilmMention], taken: set[int]) -> list[FilmMention]:
    """A film named twice ("who plays Jackie Brown in Jackie Brown?") is the film once, at its
    last mention; its earlier words are left free to name a character of the same name."""
    last: dict[int, FilmMention] = {}
    for mention in sorted(found, key=lambda m: m.span.first):
        if mention.film.id in last:
            earlier = last[mention.film.id]
            taken.difference_update(range(earlier.span.first, earlier.span.last))
        last[mention.film.id] = mention
    return list(last.values())


def _names_a_film_here(text: str, words: list[tuple[int, int]], first: int, last: int, size: int) -> bool:
    """Whether words that spell a title name the film here: a title of several words always
    does; a one-word title ("Heat", "Her", "Up") only when capitalised, or in a film's slot
    ("in heat", "heat's director", "the heat blu-ray"), never as a plain word ("the heat of")."""
    if size > 1:
        return True
    word = text[words[first][0]:words[first][1]]
    if word[:1].isupper() and first > 0 or word.isupper() and len(word) > 1:
        return True
    before = text[:words[first][0]].lower().split()[-1:] if first else []
    after = text[words[first][1]:].lower()
    return bool(before and before[0] in {"in", "of", "for", "from", "about", "directed", "scored", "watch", "saw"}
                or _FILM_WORD_AFTER.match(after)
                or len(words) == 1)


# What may follow a one-word title to make it one: "Heat's", "Heat:", "heat blu-ray", "Heat director".
_FILM_WORD_AFTER = re.compile(r"'s\b|:|\s+(?:blu-?ray|bluray|disc|dvd|4k|uhd|cast|director|composer|score|soundtrack|"
                              r"year|runtime|running time|length|plot|story|specs|extras|trailer|review|novel|book)\b")


def _only_question_words(key: str) -> bool:
    return all(w in QUESTION_WORDS for w in key.split())


def _spot_names(text: str, words: list[tuple[int, int]], index: NameIndex, taken: set[int],
                films: list[FilmMention]) -> list[NameMention]:
    """People and characters named in the question: whole names, then a first or last name
    alone ("Sera", "Cage"), then a whole name within a typo."""
    found: list[NameMention] = []
    film_ids = {m.film.id for m in films}
    for first, last, phrase, key in _windows(text, words, MAX_NAME_WORDS, 1, taken):
        if not key or _only_question_words(key):
            continue
        matches = index.names_called(key, part=last - first == 1)
        if last - first == 1 and matches:
            if not (phrase[:1].isupper() or _slot_for_name(text, words, first)):
                continue  # "ben" in lower case is a name only where a name is expected
            run = _capitalised_run(text, words, first, taken)
            matches = [m for m in matches if _same_ends(run, m.name) or _short_form_in_film(run, m, film_ids)]
        if film_ids:  # a film is named: its own characters win over same-named ones elsewhere
            matches = [m for m in matches if m.kind == "person" or m.film_id in film_ids] or matches
        if matches:
            found.append(NameMention(tuple(matches), Span(first, last, phrase), exact=True))
            taken.update(range(first, last))
    capitalised = any(w[:1].isupper() for w in text.split()[1:])
    for first, last, phrase, key in _windows(text, words, MAX_NAME_WORDS, 2, taken):
        # Where the question capitalises names, a misspelt one is capitalised too: lower-case
        # runs ("plays nell in") are not worth a fuzzy search over every name there is.
        if capitalised and not all(w[:1].isupper() for w in phrase.split()):
            continue
        if len(key) >= MIN_FUZZY_CHARS and not _only_question_words(key):
            match = index.name_within_a_typo(key)
            if match is not None:
                found.append(NameMention((match,), Span(first, last, phrase), exact=False))
                taken.update(range(first, last))
    return found


def _capitalised_run(text: str, words: list[tuple[int, int]], at: int, taken: set[int]) -> list[str]:
    """The normalised words of the run of capitalised words around word `at` (one name as
    the question writes it: "Lisa Carol Fremont", "J.J. Gittes")."""
    def capital(i: int) -> bool:
        word = text[words[i][0]:words[i][1]]
        return i not in taken and word[:1].isupper() and word.lower() not in QUESTION_WORDS
    first = last = at
    while first > 0 and capital(first - 1):
        first -= 1
    while last + 1 < len(words) and capital(last + 1):
        last += 1
    return normalize(re.sub(r"['’]s$", "", text[words[first][0]:words[last][1]])).split()


def _same_ends(run: list[str], name: str) -> bool:
    """Whether a run of words can name `name`: one word of it, or the same first and last
    words, middle names aside ("Lisa Carol Fremont" for Lisa Fremont, not "Spike Lee" for
    Spike Jonze)."""
    parts = [w for w in normalize(name).split() if w not in HONORIFICS] or normalize(name).split()
    run = [w for w in run if w not in HONORIFICS] or run
    if len(run) <= 1 or set(run) <= set(parts):  # "Marty McFly" for Teenager Marty McFly
        return True
    return bool(parts) and run[0] == parts[0] and run[-1] == parts[-1]


def _short_form_in_film(run: list[str], match: NameMatch, film_ids: set[int]) -> bool:
    """A character the documents name by one word ("Thorwald"), asked by a fuller name
    ("Lars Thorwald") in the film the question names: the same person, said more fully."""
    name = [w for w in normalize(match.name).split() if w not in HONORIFICS]  # "Sheriff Kale" is Kale
    return match.kind == "character" and match.film_id in film_ids and len(name) == 1 and name[0] in (run[0], run[-1])



def _slot_for_name(text: str, words: list[tuple[int, int]], first: int) -> bool:
    before = text[:words[first][0]].lower()
    after = text[words[first][1]:].lower()
    return bool(re.search(r"\b(?:plays?|played|portrays?|is|was|does|did|who|as)\s$", before)
                or re.match(r"(?:'s)?\s+(?:played|portrayed|in)\b|'s\b", after))


def _spot_unknown(question: Question, index: NameIndex) -> None:
    """A film the question names that the documents do not know ("who directed Vertigo?"),
    found where the phrasing table puts a film, or in a film's slot at the end of the
    question ("… in The Godfather Part II"); and words in a name's slot that name no one."""
    route = routing.route(routing.clean_question(question.text))
    named_film = _title_in_slot(route.film) if route and route.film else None
    if named_film is None:
        for pattern in _FILM_SLOTS:
            m = pattern.search(question.text)
            if m and any(w[:1].isupper() or w[:1].isdigit() for w in m.group("film").split()):
                named_film = m.group("film")
                break
    if named_film and not _GENERIC_SLOT.match(named_film.strip()):
        key = normalize(named_film)
        covered = any(_covers(key, normalize(m.span.text)) for m in question.films)
        names_someone = any(key == normalize(n.span.text) for n in question.names)
        if not covered and not names_someone and not _only_question_words(key):
            resolved = index.resolve_film(named_film)
            if isinstance(resolved, FilmSummary):
                question.films.append(FilmMention(resolved, Span(0, 0, named_film), exact=True))
            else:
                question.unknown_film = _film_words_only(named_film.strip(" '\"")) or named_film
                question.suggestions = resolved.suggestions
                question.films = [m for m in question.films if normalize(m.span.text) not in key]
    if route and route.name and not question.names:
        name = route.name
        for mention in question.films:
            name = re.sub(rf"\s+in\s+{re.escape(mention.span.text)}$", "", name)
        if question.unknown_film:
            name = re.sub(rf"\s+in\s+(?:the\s+)?{re.escape(question.unknown_film)}$", "", name, flags=re.IGNORECASE)
        question.unknown_name = name


def _title_in_slot(slot: str) -> str | None:
    """The words of a phrasing's film slot that can be a title: the slot itself, or, when it
    caught question words too ("Is the Heat Blu-ray in", "video resolution of the Heat"), its
    capitalised run without format words."""
    words = slot.split()
    if not any(w.lower() in QUESTION_WORDS and w[:1].islower() for w in words[1:]) and not _YES_NO.match(slot.lower()):
        return slot
    runs = re.findall(rf"(?<!^)(?<![\w'’]){_TITLE_RUN}", slot) or re.findall(_TITLE_RUN, slot)
    runs = [_film_words_only(r) for r in runs]
    runs = [r for r in runs if r and not _only_question_words(normalize(r))]
    return max(runs, key=len) if runs else None


def _film_words_only(run: str) -> str:
    """A run without what only surrounds a title: a lower-case "the" before it, small words and
    format words after it ("the Avatar Blu-ray in" -> "Avatar")."""
    words = run.split()
    while words and (words[-1].lower() in _SMALL_TITLE_WORDS or _FORMAT_WORD.fullmatch(words[-1])):
        words.pop()
    if words and words[0] == "the":
        words.pop(0)
    return " ".join(words)


_SMALL_TITLE_WORDS = frozenset("of the and in on a an to for with from".split())
_FORMAT_WORD = re.compile(r"blu-?rays?|discs?|dvds?|4k|uhd|steelbook|edition", re.IGNORECASE)


def _covers(slot: str, film_key: str) -> bool:
    """Whether the words in a film's slot are the known film's ("the lantern keeper" for
    "lantern keeper") rather than a longer title around it ("do the right thing" is not
    "the thing")."""
    if slot == film_key or film_key in slot and _only_question_words(slot.replace(film_key, " ")):
        return True
    return slot in film_key


# Where a question names a film in words the index may not know, written with a capital:
# "… in The Godfather Part II", "the Avatar Blu-ray", "Avatar's director", "is Jaws a comedy?".
_TITLE_RUN = r"(?:the\s)?[A-Z0-9][\w'’:&.-]*(?:\s+(?:[A-Z0-9][\w'’:&.-]*|of|the|and|in|on|a|an|to|for|with|from))*"
_FILM_SLOTS = (
    re.compile(rf"\b(?:in|of|for|from|on|about)\s+(?P<film>{_TITLE_RUN})$"),
    re.compile(rf"\bin\s+(?P<film>{_TITLE_RUN})\s+(?=(?:is|was|are|were)\s+(?:played|portrayed|voiced)\b)"),
    re.compile(r"\bthe\s+(?P<film>[A-Z0-9][\w'’:&.-]*(?:\s+[A-Z0-9][\w'’:&.-]*)*)\s+(?i:blu-?ray|disc|dvd|4k|uhd|steelbook)\b"),
    re.compile(rf"(?P<film>{_TITLE_RUN})['’]s\s+(?:director|cast|runtime|length|score|composer|plot|story|year|ending|"
               rf"blu-?ray|disc|audio|extras|aspect ratio|soundtrack|music)\b"),
    re.compile(rf"^(?:is|was|does|did|has|can)\s+(?P<film>{_TITLE_RUN})\s+(?:a|an|the|from|have|has|set|based|directed|"
               rf"made|released|in|about|any|really|worth)\b"),
)


def _masked(text: str, words: list[tuple[int, int]], question: Question) -> str:
    """The question in lower case with each name found replaced by its kind."""
    spans = [(m.span, "‹F›") for m in question.films if m.span.last > m.span.first]
    for mention in question.names:
        kinds = {match.kind for match in mention.matches}
        spans.append((mention.span, "‹P›" if kinds == {"person"} else "‹C›" if kinds == {"character"}
                      else "‹P›" if "person" in kinds and not question.film else "‹C›"))
    out, at = [], 0
    for span, mark in sorted(spans, key=lambda s: s[0].first):
        start, end = words[span.first][0], words[span.last - 1][1]
        out.append(text[at:start].lower())
        out.append(mark + ("'s" if re.search(r"['’]s$", span.text) else ""))
        at = end
    out.append(text[at:].lower())
    masked = "".join(out).replace("’", "'")
    return re.sub(r"‹(\w+)›'s\b", r"‹\1›'s", masked)


def _relation(masked: str, question: Question) -> str | None:
    """The relation whose cue words score highest, among those the names found allow."""
    scores: dict[str, float] = {}
    for relation, cues in _COMPILED_CUES.items():
        score = sum(weight for pattern, weight in cues if pattern.search(masked))
        if score and _allowed(relation, masked, question):
            scores[relation] = score
    if _COMPARES.search(masked) and all(any(p.search(masked) for p, _ in _COMPILED_CUES[r])
                                        for r in ("disc:audio", "disc:picture")):
        return "disc:compare"  # "how does the sound compare with the picture?" is about a presentation
    if not scores:
        return None
    best = max(scores.items(), key=lambda kv: (kv[1], -_PRIORITY.index(kv[0])))[0]
    if best == "disc" and any(r.startswith("disc:") for r in scores):
        best = max((r for r in scores if r.startswith("disc:")), key=lambda r: scores[r])
    if best == "disc:audio" and "disc:picture" in scores:
        return "disc:compare"
    if best == "disc:picture" and "disc:audio" in scores:
        return "disc:compare"
    return best


def _allowed(relation: str, masked: str, question: Question) -> bool:
    need = _NEEDS.get(relation)
    if need == "person" and "‹P›" not in masked:
        return False
    if need == "character" and "‹C›" not in masked:
        return False
    if need == "who" and not ("‹C›" in masked or _DESCRIPTOR.search(masked) or question.unknown_name):
        return False
    if relation in _DISC_ONLY_WITH_DISC and not _DISC_NAMED.search(masked):
        return False
    if relation == "composer" and re.search(r"\bsound(?:track)? (?:format|mix|tracks?)\b", masked):
        return False
    return True


# Ties go to the more specific relation.
_PRIORITY = ["plays", "role", "describe", "person", "disc:aspect_ratio", "disc:hdr", "disc:codec", "disc:subtitles",
             "disc:features", "disc:resolution", "disc:audio", "disc:picture", "novel", "composer", "director",
             "runtime", "genre", "year", "about", "review", "cast", "overview", "disc"]


def _descriptor(masked: str, question: Question) -> tuple[str | None, str | None]:
    """A character named by what they are: "the pimp", "Sera's pimp" (owner Sera)."""
    for m in _DESCRIPTOR.finditer(masked):
        noun = m.group("noun")
        if noun in _NOT_DESCRIPTORS or noun in QUESTION_WORDS:
            continue
        owner = None
        if m.group(0).startswith("‹C›"):
            owner = next((c.name for c in question.characters()), None)
        return noun, owner
    return None, None


_GENRE_WORDS = re.compile(r"\b(romantic comedy|comedy|drama|thriller|horror|western|musical|documentary|animation|"
                          r"animated|science fiction|sci-fi|fantasy|action|adventure|war|crime|mystery|romance|noir|"
                          r"biopic|family|superhero|disaster)\b")


def _proposed_value(masked: str, question: Question) -> str | None:
    """The value a yes/no question puts forward: "is ‹F› from 2007" -> "2007"."""
    if not _YES_NO.match(masked):
        return None
    if question.relation == "year":
        m = re.search(r"\b((?:18|19|20)\d\d)\b", masked)
        return m.group(1) if m else None
    if question.relation in (None, "genre"):
        m = _GENRE_WORDS.search(masked)
        if m:
            question.relation = "genre"
            return m.group(1)
    if question.relation in ("director", "composer") and question.people():
        return question.people()[0].name  # "was ‹F› directed by ‹P›?"
    if question.relation == "disc:resolution":
        m = re.search(r"\b(4k|uhd|ultra hd|2160p?|1080[pi]?|720p?|hd)\b", masked)
        return m.group(1) if m else None
    return None
