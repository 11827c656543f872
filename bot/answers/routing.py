"""Which known relation a free-form question asks about, and which words name its subject.

Questions are matched whole against a table of phrasings, first match wins; a question that
matches none is not guessed at (the caller falls back to full-text search). Patterns only
pick out words: deciding which film or person those words mean is `NameIndex`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Only the start of a question is read for routing; a real question is far shorter.
MAX_ROUTED_CHARS = 300

_F = r"(?P<film>.+?)"  # words naming a film
_N = r"(?P<name>.+?)"  # words naming a person or a character
_IN_F = rf"(?:\s+(?:in|of|for|on|from|to)\s+{_F})?"
_DISC = r"(?:blu-?\s?rays?|bd|discs?|4k|uhd|release)"

ROUTES: dict[str, tuple[str, ...]] = {
    "cast": (
        # Before the bare "who is in X", which would take "the cast of X" for the film's name.
        rf"who (?:is|was|are|were) (?:in|on) the (?:full )?cast (?:list )?(?:of|for) {_F}",
        rf"who (?:is|was|are|were) in {_F}",
        rf"who (?:stars|starred|acts|acted|appears|appeared|is starring) in {_F}",
        rf"(?:who is |who are |what is |list )?(?:the )?(?:full )?cast (?:of|for|in) {_F}",
        rf"who (?:are|were) the (?:actors|stars|cast|cast members){_IN_F}",
        rf"(?:which|what) (?:actors|actresses|people) (?:are|were|appear|appeared|star|starred) in {_F}",
    ),
    "director": (
        rf"who (?:directed|helmed) {_F}",
        rf"who (?:is|was) (?:the )?director{_IN_F}",
        rf"(?:what is the name of )?(?:the )?director (?:of|for) {_F}",
        rf"who was {_F} directed by",
        rf"{_F} (?:is |was )?directed by (?:who|whom)",
        r"who directed(?: it)?",
    ),
    "novel": (
        rf"who wrote the (?:original |source )?(?:novel|book) (?:that |which )?{_F} (?:is|was) based on",
        rf"who wrote the (?:original |source )?(?:novel|book)(?: (?:behind|for|of|that inspired) {_F})?",
        rf"(?:what|which) (?:novel|book) (?:is|was) {_F} based on",
        rf"what (?:is|was) {_F} based on",
        rf"(?:is|was) {_F} based on a (?:novel|book)",
        rf"who (?:is|was) the (?:author|novelist)(?: of the (?:novel|book))?(?: (?:behind|of|for) {_F})?",
        rf"{_F} (?:is|was) based on (?:a|the) (?:novel|book) by (?:who|whom)",
        rf"(?:which|what) (?:author|writer|novelist) wrote the (?:novel|book)(?: (?:behind|for|of) {_F})?",
    ),
    "composer": (
        rf"who (?:composed|wrote|did|scored|created|made) (?:the )?(?:film |movie |original )?"
        rf"(?:score|music|soundtrack){_IN_F}",
        rf"who (?:is|was) the (?:composer|film composer){_IN_F}",
        rf"who (?:scored|composed) {_F}",
        rf"(?:the )?composer (?:of|for) {_F}",
    ),
    "year": (
        rf"(?:in )?(?:what|which) year (?:was|is|did) {_F} (?:released|made|come out|came out|premiere|premiered"
        rf"|from|released in|first released)",
        rf"when (?:was|did) {_F} (?:released|made|come out|premiere|first released|first come out)",
        rf"(?:what is the )?(?:release )?year of {_F}",
        rf"what year is {_F}(?: from)?",
    ),
    "runtime": (
        rf"how long is {_F}",
        rf"how long (?:does|did) {_F} (?:run|last)",
        rf"(?:what is |what's )?(?:the )?(?:runtime|run time|running time|length|duration)(?: (?:of|for) {_F})?",
        rf"what is {_F}(?:'s|s) (?:runtime|run time|running time|length)",
        rf"how many minutes (?:long )?is {_F}",
    ),
    "genre": (
        rf"what (?:genre|kind of film|kind of movie|type of film|type of movie) is {_F}",
        rf"(?:what is |what's )?(?:the )?genre (?:of|for) {_F}",
    ),
    "about": (
        rf"what(?:'s| is| was) {_F} about",
        rf"what happens in {_F}",
        rf"(?:what is |what's |tell me |give me )?(?:the )?(?:plot|story|storyline|synopsis|premise|summary)"
        rf"(?: (?:of|for) {_F})?",
        rf"(?:summari[sz]e|describe the plot of) {_F}",
    ),
    "character": (
        rf"who (?:plays|played|portrays|portrayed|is playing|was playing|acts as|acted as|stars as|starred as"
        rf"|is cast as|was cast as) {_N}(?: in {_F})?",
        rf"(?:which|what) (?:actor|actress) (?:plays|played|portrays|portrayed|is playing) {_N}(?: in {_F})?",
        rf"who (?:is|was) {_N} played by(?: in {_F})?",
        rf"{_N} (?:is|was) played by (?:who|whom)(?: in {_F})?",
        rf"who is the (?:actor|actress) (?:playing|who plays|who played|that plays) {_N}(?: in {_F})?",
    ),
    "person": (
        rf"(?:who|which character|what character|what role|what part) (?:does|did) {_N} play(?: in {_F})?",
        rf"(?:what|which) (?:films?|movies?) (?:is|was|has|have|did) {_N} (?:been in|in|appear in|appeared in"
        rf"|star in|starred in|direct|directed)",
        rf"who (?:is|was) {_N}",
    ),
    "overview": (
        rf"tell me about (?!(?:the )?{_DISC}\b){_F}",
    ),
}

# Blu-ray questions name an aspect somewhere in the sentence rather than in a fixed phrasing.
DISC_ASPECTS: dict[str, str] = {
    "aspect_ratio": r"aspect ratios?",
    "subtitles": r"subtitles?|subs",
    "features": r"special features|extras|bonus features|bonus material|supplements|features",
    "hdr": r"hdr|dolby vision|hdr10",
    "resolution": r"resolution|1080p|2160p",
    "codec": r"video codec|codec|encoding",
    "picture": r"picture(?: quality)?|video(?: quality| format)?|image(?: quality)?|transfer",
    "audio": r"audio(?: tracks?| formats?| options?| mix)?|sound(?: mix| format| tracks?)?|surround",
}
# Aspects that say "disc" on their own; the others need the disc named too ("what audio does
# the Blu-ray have"), so "how is the sound in the film" is not read as a disc question.
_SELF_EVIDENT_ASPECTS = frozenset({"aspect_ratio", "subtitles", "hdr"})
_SPECIAL_FEATURES = re.compile(r"\b(?:special|bonus) (?:features|material)\b|\bextras\b", re.IGNORECASE)
_DISC_WORD = re.compile(rf"\b{_DISC}\b", re.IGNORECASE)
_DISC_OVERVIEW = re.compile(rf"(?:tell me about |what(?:'s| is) on |describe )?(?:(?P<before>.+?) )?{_DISC}"
                            rf"(?: (?:of|for) (?P<after>.+?))?", re.IGNORECASE)
_QUESTION_WORD = re.compile(r"^(?:what|which|does|do|is|are|has|have|list|how)\b", re.IGNORECASE)

# Words that stand for "the film" without naming one.
_NO_FILM = frozenset({"it", "this", "that", "the", "the film", "the movie", "this film", "this movie", "that film",
                      "that movie", "the picture"})

_COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (relation, re.compile(pattern, re.IGNORECASE)) for relation, patterns in ROUTES.items() for pattern in patterns
)
_ASPECT_PATTERNS = {aspect: re.compile(rf"\b(?:{p})\b", re.IGNORECASE) for aspect, p in DISC_ASPECTS.items()}
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
# Greetings and politeness before the question proper: "hey bot, can you tell me who …".
_FILLER = re.compile(r"^(?:(?:hey|hi|hello|ok|okay|so|please|bot)\b[,!]?\s*)*"
                     r"(?:(?:can|could|would) you (?:please )?(?:tell me|say)\s+)?"
                     r"(?:(?:do you know|tell me|i wonder|i want to know)\s+(?=who|what|when|which|how))?",
                     re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Route:
    """A recognised question: the relation, and the words naming its film and person, if any."""

    relation: str  # a key of ROUTES, or "disc:<aspect>" / "disc"
    film: str | None = None
    name: str | None = None


def clean_question(question: str) -> str:
    """One line of the question's start, straight quotes, no trailing punctuation or filler."""
    text = " ".join(question[: MAX_ROUTED_CHARS * 2].translate(_QUOTES).split())[:MAX_ROUTED_CHARS]
    text = _FILLER.sub("", text.strip(" ?!.,;:")).strip(" ?!.,;:")
    return text


def route(question: str) -> Route | None:
    """The relation a cleaned question asks about, or None when it matches no known phrasing."""
    for relation, pattern in _COMPILED:
        if match := pattern.fullmatch(question):
            groups = match.groupdict()
            return Route(relation, film_words(groups.get("film")), groups.get("name"))
    return disc_route(question)


def disc_route(question: str) -> Route | None:
    """A Blu-ray question: an aspect (audio, extras …) asked about, or the disc as a whole."""
    names_disc = bool(_DISC_WORD.search(question))
    if _QUESTION_WORD.match(question):
        if _SPECIAL_FEATURES.search(question):
            return Route("disc:features")
        for aspect, pattern in _ASPECT_PATTERNS.items():
            if pattern.search(question) and (names_disc or aspect in _SELF_EVIDENT_ASPECTS):
                return Route(f"disc:{aspect}")
    if match := _DISC_OVERVIEW.fullmatch(question):
        return Route("disc", film_words(match.group("after") or match.group("before")))
    return None


def film_words(words: str | None) -> str | None:
    """The words naming a film, or None for none or a stand-in such as "it" or "the movie"."""
    if words is None:
        return None
    words = words.strip(" '\"")
    return None if not words or words.lower() in _NO_FILM else words
