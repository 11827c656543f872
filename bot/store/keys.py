"""Normalised keys that decide when two spellings name the same film or person."""

from __future__ import annotations

import re
import unicodedata

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
# Separators that join a page's prefix to a film title: "The Killers - Leaving Las Vegas".
TITLE_SEPARATOR = re.compile(r"\s+[-\u2013\u2014|]\s+|:\s+")
_APOSTROPHES = str.maketrans({"\u2019": "", "\u2018": "", "'": "", "\u02bc": "", "`": ""})


_NOT_WORD = re.compile(r"[^\w]+|_")


def _fold(text: str) -> str:
    """Casefold, strip accents and apostrophes, turn other punctuation into spaces."""
    bare = text.translate(_APOSTROPHES)
    if not bare.isascii():  # most names are plain ASCII: no accents to take apart
        decomposed = unicodedata.normalize("NFKD", bare)
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold()).split())


def title_key(title: str) -> str:
    """"The Lord of the Rings: The Two Towers" -> "lord of the rings the two towers"."""
    return _LEADING_ARTICLE.sub("", _fold(title))


def title_parts(title: str) -> dict[str, str]:
    """Key -> text of each part of a compound title, so "X - Title" can match "Title"."""
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return {}
    return {key: part.strip() for part in parts if (key := title_key(part))}


def person_key(name: str) -> str:
    """"John O’Brien", "John O'Brien", "JOHN J. O'BRIEN" -> "john obrien"."""
    words = _fold(name).split()
    if len(words) > 2:
        # Middle initials come and go between sources; first and last words stay.
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return " ".join(words)
