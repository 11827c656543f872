"""Forgiving but whole-word comparison of a player's typed answer with the right one.

Both sides are reduced to word tokens (case, accents, punctuation and leading articles
ignored); words are then compared one by one, allowing a typo or two in long words only, so
"air" never matches "chair". A person's name may be given in part ("Cage" for "Nicolas Cage"),
and a number must be exactly the number.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

AnswerType = Literal["name", "number", "ratio", "text"]

_ARTICLES = frozenset({"the", "a", "an"})
# Titles that never identify a person on their own ("Dr." is not an answer for "Dr. Lecter").
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "miss", "sir", "jr", "sr", "st"})
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_APOSTROPHES = str.maketrans("", "", "'\u2019\u2018`")


def tokens(text: str) -> list[str]:
    """Lower-case word and number tokens of `text`, accents and apostrophes removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = plain.casefold().translate(_APOSTROPHES).replace("&", " and ")
    return _TOKEN.findall(folded)


def normalise(text: str) -> str:
    """The comparison key of `text`: its tokens without articles, space separated."""
    return " ".join(t for t in tokens(text) if t not in _ARTICLES)


def answer_matches(guess: str, answer: str, answer_type: AnswerType) -> bool:
    """Whether `guess` names the same thing as `answer`, read as `answer_type`."""
    if answer_type == "number":
        return _numbers_match(guess, answer)
    if answer_type == "ratio":
        return _ratios_match(guess, answer)
    guess_words = normalise(guess).split()
    answer_words = normalise(answer).split()
    if not guess_words or not answer_words:
        return False
    if _words_match(guess_words, answer_words):
        return True
    return answer_type == "name" and _is_part_of_name(guess_words, answer_words)


def same_answer(a: str, b: str, answer_type: AnswerType) -> bool:
    """Whether a player could not tell `a` and `b` apart as answers (used to keep options distinct)."""
    return answer_matches(a, b, answer_type) or answer_matches(b, a, answer_type)


def similar_titles(a: str, b: str, threshold: float = 85.0) -> bool:
    """Whether two descriptive labels ("22 deleted scenes", "Deleted scenes") share most words."""
    return fuzz.token_set_ratio(normalise(a), normalise(b)) >= threshold


def word_close(guess: str, word: str) -> bool:
    """One word against another: exact for numbers and short words, a typo or two for longer ones."""
    if guess == word:
        return True
    if any(ch.isdigit() for ch in guess + word):
        return False
    allowed = 0 if len(word) <= 3 else 1 if len(word) <= 6 else 2
    return Levenshtein.distance(guess, word, score_cutoff=allowed) <= allowed


def _words_match(guess_words: list[str], answer_words: list[str]) -> bool:
    return len(guess_words) == len(answer_words) and all(
        word_close(g, a) for g, a in zip(guess_words, answer_words)
    )


def _is_part_of_name(guess_words: list[str], answer_words: list[str]) -> bool:
    """A run of whole words of the name, e.g. the surname, but not a bare title like "Dr"."""
    meaningful = [w for w in guess_words if w not in _HONORIFICS]
    if not meaningful or len(guess_words) >= len(answer_words):
        return False
    width = len(guess_words)
    return any(
        _words_match(guess_words, answer_words[i : i + width])
        for i in range(len(answer_words) - width + 1)
    )


def _numbers_in(text: str) -> list[Decimal]:
    found = []
    for token in re.findall(r"\d+(?:[.,]\d+)*", text):
        try:
            found.append(Decimal(token.replace(",", "")))
        except InvalidOperation:
            continue
    return found


def _numbers_match(guess: str, answer: str) -> bool:
    """Exactly one number in the guess, equal to the answer's ("$500" = "500", "1,000" = "1000")."""
    expected, given = _numbers_in(answer), _numbers_in(guess)
    return len(expected) == 1 and len(given) == 1 and expected[0] == given[0]


def _ratios_match(guess: str, answer: str) -> bool:
    """An aspect ratio, with or without its ":1" ("2.40:1" = "2.4" = "2.40 : 1")."""
    expected, given = _numbers_in(answer), _numbers_in(guess)
    if not expected or not given or len(given) > 2:
        return False
    return given[0] == expected[0] and (len(given) == 1 or given[1] == 1)
