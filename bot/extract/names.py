"""Recognising people's names, splitting lists of them, and resolving surnames.

Names are recognised by shape: two to four capitalised words, initials ("J.K.", "R. Lee"),
name particles ("von", "del") and apostrophes ("O'Toole", "Nyong'o") included.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import gender_guesser.detector

UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017d"
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017e"
# Prefixed surnames first, so "McQueen" is not cut to "Mc".
WORD = (
    rf"(?<![\w])(?:(?:Mc|Mac|Di|De|Le|La|[{UPPER}]')[{UPPER}][{LOWER}]+|"
    rf"[{UPPER}][{LOWER}]+(?:-(?:Mc|Mac)?[{UPPER}{LOWER}][{LOWER}]+|'[{LOWER}](?![{LOWER}]))*)(?![\w])"
)
INITIALS = rf"(?:[{UPPER}]\.){{1,3}}(?:[{UPPER}]\b)?"
PARTICLE = r"(?:von|van|der|den|de|del|della|da|di|du|le|la|bin|ibn|dos|das)"
NAME_TOKEN = rf"(?:{INITIALS}|(?:{WORD}))"
# Two to four tokens; particles only between tokens; the last token a real word.
# A generational suffix ends some names: "Robert Downey Jr.", "Louis Gossett Jr.".
NAME = rf"(?<![\w])(?:{NAME_TOKEN} (?:{PARTICLE} )?){{1,3}}(?:{WORD})(?:,? (?:Jr|Sr)\.?)?"
NAME_RE = re.compile(rf"(?<![\w.'])(?:{NAME})(?![\w'])")
SINGLE_RE = re.compile(rf"(?<![\w.'])(?:{WORD})(?![\w'])")

# Capitalised words that start sentences or label things but are never part of a name.
NOT_NAME_WORDS = frozenset(
    """
    The A An And But Or If In On At Of For With From By To As Is It Its This That These Those
    He She His Her They Their We Our You Your I My Mr Mrs Ms Dr Sir Lady Lord Saint St
    Director Directed Starring Cast Music Screenplay Written Produced Cinematography Edited
    Editor Producer Studio Runtime Rating Rated Audio Video Subtitles Extras Region Disc
    Release Released Country Language Budget Box Office Picture Sound Image Film Movie
    Blu-ray DVD Review Reviews Reviewed Posted Published Home Watch Trailer Trailers
    Oscar Oscars Academy Award Awards Best Actor Actress Supporting Picture Festival
    Overall Verdict Grade Bottom Line Note Notes Summary Synopsis Plot Content Contents
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun
    English French Spanish German Italian Japanese Portuguese Chinese Korean Russian
    Dolby Atmos Master Digital Ultra HD UHD HDR Vision Collector Edition Special Anniversary
    Part Chapter Episode Season Volume Series Theatrical Extended Cut Version Original
    New Old When While After Before Then Now Here There Where What Who Why How Also Both
    Even Only Just Still Yet Meanwhile However Although Though Despite Nearly Few Many Most
    Some Every Each All No Not Yes Once Twice Our Western Hollywood Mission Winner Winners Winning Nominee Nominated
    Production Productions Company Distributed Running Based Narrated Story Pictures Studios Films
    """.split()
)

# Label words that are also given names: allowed as the first of two or three words ("Oscar Isaac").
GIVEN_NAME_WORDS = frozenset({"Oscar"})

_LIST_SPLIT = re.compile(r"\s*(?:,|;|\||·|•|/)\s*(?:and |& )?|\s+(?:and|&)\s+")


_SPACES = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"(?<=[a-z])'s?$")


# Names recur across a document's sentences and rules; these pure checks are cached.
@lru_cache(maxsize=4096)
def clean_name(name: str) -> str:
    """A name without surrounding punctuation, possessive ending or doubled spaces."""
    return keep_last_initial_stop(name, _POSSESSIVE_END.sub("", _SPACES.sub(" ", name).strip(" ,.;:-")))


def keep_last_initial_stop(raw: str, cleaned: str) -> str:
    """`cleaned` with the full stop of a last initial that stripping took off: "H.W." stays
    "H.W.", where "Ben." becomes "Ben"."""
    if raw.rstrip(" ,;:").endswith(".") and _ENDS_WITH_INITIAL.search(cleaned):
        return cleaned + "."
    return cleaned


_ENDS_WITH_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]$")


@lru_cache(maxsize=4096)
def is_person_name(candidate: str, *, allow_single: bool = False) -> bool:
    """True when `candidate` has the shape of a person's name and no label-like word."""
    candidate = clean_name(candidate)
    tokens = candidate.split()
    if not tokens or len(tokens) > 5:
        return False
    if len(tokens) == 1 and not allow_single:
        return False
    given = tokens[0] in GIVEN_NAME_WORDS and len(tokens) in (2, 3)
    if any(
        t.strip(".") in NOT_NAME_WORDS and not re.fullmatch(r"[A-Z]\.", t) and not (given and i == 0)  # "Paul A. Partain"
        for i, t in enumerate(tokens)
    ):
        return False
    if allow_single and len(tokens) == 1:
        return bool(SINGLE_RE.fullmatch(candidate))
    return bool(NAME_RE.fullmatch(candidate))


@cache
def _given_names() -> gender_guesser.detector.Detector:
    """gender-guesser's table of about 40,000 given names from many countries, loaded once
    (0.1 s) on first use; its guesses of gender are never used, only whether a word is a name."""
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def is_given_name(word: str) -> bool:
    """True when `word` is a known given name ("Sigourney", "Toshiro", "Joon-ho")."""
    word = word.strip(".,;:'\"")
    if word in GIVEN_NAME_WORDS:
        return True
    return len(word) > 1 and word not in NOT_NAME_WORDS and _given_names().get_gender(word) != "unknown"


def starts_with_given_name(candidate: str) -> bool:
    """True when a name-shaped span opens with a known given name: strong evidence of a
    person ("Cary Grant"), where shape alone also fits titles ("Blue Velvet", "Knives Out")."""
    tokens = clean_name(candidate).split()
    return len(tokens) >= 2 and is_given_name(tokens[0]) and is_person_name(candidate)


def split_names(text: str, *, known: set[str] | None = None) -> list[str]:
    """People named in a list: "A, B and C", "A | B", or an unseparated run "A B C D".

    Unseparated runs are cut into names of two words (three with an initial or particle
    in the middle), preferring any longer name the document states elsewhere (`known`).
    """
    names: list[str] = []
    for part in _LIST_SPLIT.split(text):
        part = re.sub(r"^[A-Z][a-z]+(?: [a-z]+)?:\s*", "", part.strip())  # "Voices: Daveigh Chase"
        part = clean_name(re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", part))
        if not part:
            continue
        if is_person_name(part):
            names.append(part)
        elif len(part.split()) >= 4 and not re.search(rf"\b(?!{PARTICLE}\b)[a-z]", part):
            names.extend(split_unseparated(part, known or set()))
    return names


def split_unseparated(run: str, known: set[str]) -> list[str]:
    """Cut a run of capitalised words into names: "Tim Robbins Morgan Freeman" -> two names."""
    tokens = run.split()
    names, i = [], 0
    while i < len(tokens):
        for size in (4, 3):
            guess = " ".join(tokens[i : i + size])
            if guess in known:
                names.append(guess)
                i += size
                break
        else:
            size = 2
            if i + 2 < len(tokens) and (
                re.fullmatch(INITIALS, tokens[i + 1]) or re.fullmatch(PARTICLE, tokens[i + 1])
            ):
                size = 3
            guess = " ".join(tokens[i : i + size])
            if len(guess.split()) >= 2 and is_person_name(guess):
                names.append(guess)
                i += size
            else:
                i += 1
    return names


def surname(name: str) -> str:
    return name.split()[-1]


def surname_index(names: list[str]) -> dict[str, str]:
    """Surname -> full name, for surnames that point at exactly one of `names`."""
    index: dict[str, str] = {}
    clashes: set[str] = set()
    for full in names:
        key = surname(full)
        if key in index and index[key] != full:
            clashes.add(key)
        index[key] = full
    return {k: v for k, v in index.items() if k not in clashes}
