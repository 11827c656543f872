"""The document as the rules see it: normalised text, lines, paragraphs and sentence spans.

Normalisation maps characters one to one (curly quotes to straight ones, odd spaces to plain
ones), so every offset found in the normalised text is also an offset in the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from bot.extract.facts import Span
from bot.extract.names import NAME_RE

# One-to-one replacements only: offsets must survive normalisation. (No replacement is
# itself replaced, so they may be made one after another.)
_SAME_LENGTH = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u02bc": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ",
    "\u2010": "-", "\u2011": "-", "\u00ad": "-",
    "\u2027": "\u00b7", "\u22c5": "\u00b7",  # search cards separate fields with any middle dot
    "\r": "\n",
}

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms st lt jr sr vs no mt capt gen col prof sgt rev ft approx ca inc co ed vol pp dir".split()
)

_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9\u00c0-\u00de])")
# A caption glued to the text it captions: "...in Whiplash (2014)Whiplash follows",
# "Photo: Warner Bros.The sequel", "Leaving Las VegasLeaving Las Vegas tells".
_GLUE_AFTER_BRACKET = re.compile(r"[)\]](?=[A-Z][a-z]+ [a-z])")
# (Each opens with the character it consumes, the lookbehind after it: a pattern opening with a
# character class is searched by skipping to that character, one opening with a lookbehind is
# tried at every position.)
_GLUE_AFTER_STOP = re.compile(r"\.(?<=[a-z]{2}\.)(?=[A-Z][a-z]+ [a-z])")
# The capital after at least four lower-case letters: the match starts where the words join.
_GLUE_CAMEL = re.compile(r"[A-Z](?<=[a-z]{4}[A-Z])(?=[a-z]+\b)")


def normalise(text: str) -> str:
    """The text with quotes, dashes and spaces made plain, character for character."""
    for odd, plain in _SAME_LENGTH.items():  # str.replace where needed: str.translate reads every character
        if odd in text:
            text = text.replace(odd, plain)
    return text


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence or header line: where it is, its normalised text, and its context."""

    start: int
    end: int
    text: str
    line: int  # index of the source line
    para: int  # index of the paragraph (a run of non-blank lines)
    first_in_line: bool

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class Document:
    """A document split into lines and sentences, with lookups from offsets to sentences."""

    original: str
    text: str
    lines: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def name_spans(self) -> list[str]:
        """Every name-shaped span of the text (names.NAME_RE) as written, in order: read once
        for the rules that all need them."""
        return [m.group(0) for m in NAME_RE.finditer(self.text)]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing `offset` (or the nearest one before it)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.sentences[i] if i >= 0 else None

    def span_at(self, offset: int) -> Span:
        sentence = self.sentence_at(offset)
        return sentence.span if sentence else Span(0, 0)

    def line_text(self, index: int) -> str:
        start, end = self.lines[index]
        return self.text[start:end]

    def sentences_in_line(self, index: int) -> list[Sentence]:
        return [s for s in self.sentences if s.line == index]


def build_document(original: str) -> Document:
    text = normalise(original)
    doc = Document(original=original, text=text)
    para, previous_blank, offset = 0, False, 0
    for body in text.split("\n"):
        start, offset = offset, offset + len(body) + 1
        doc.lines.append((start, start + len(body)))
        if not body.strip():
            previous_blank = True
            continue
        if previous_blank:
            para += 1
            previous_blank = False
        for n, (s_start, s_end) in enumerate(split_line(body)):
            doc.sentences.append(
                Sentence(start + s_start, start + s_end, body[s_start:s_end], len(doc.lines) - 1, para, n == 0)
            )
    return doc


def split_line(line: str) -> list[tuple[int, int]]:
    """Sentence spans within one line, stripped of surrounding spaces."""
    cuts = {0, len(line)}
    for m in _SENTENCE_END.finditer(line):
        if not _is_abbreviation(line, m.start()):
            cuts.add(m.end())
    for m in _GLUE_AFTER_BRACKET.finditer(line):
        cuts.add(m.end())
    for m in _GLUE_AFTER_STOP.finditer(line):
        cuts.add(m.end())
    for m in _GLUE_CAMEL.finditer(line):
        if _is_glued_caption(line, m.start()):
            cuts.add(m.start())
    spans = []
    ordered = sorted(cuts)
    for a, b in zip(ordered, ordered[1:]):
        piece = line[a:b]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((a + lead, a + lead + len(stripped)))
    return spans


def _is_abbreviation(line: str, stop: int) -> bool:
    """True when the full stop at `stop` ends an abbreviation or an initial, not a sentence."""
    start = stop  # back over the word before the stop, full stops and apostrophes included
    while start > 0 and (is_word_char(line[start - 1]) or line[start - 1] in ".'"):
        start -= 1
    if start == stop:
        return False
    token = line[start:stop].rstrip(".").lower()
    if token in _ABBREVIATIONS:
        return True
    # Initials: "J.", "T.E.", "J.R.R." (a single letter before the stop).
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", token))


def _is_glued_caption(line: str, at: int) -> bool:
    """A lower-to-upper case change inside a word that joins a caption to its sentence.

    Names such as "McConaughey" or "DiCaprio" change case after a short prefix; a glued
    caption is recognised because the text after the join goes on in lower case like a
    sentence ("LionsgateEvery generation") or repeats the caption from the start of the line.
    """
    rest = line[at:]
    if re.match(r"[A-Z][a-z]+ [a-z]", rest):
        return True
    caption = line[:at].strip()
    return len(caption) >= 4 and rest.startswith(caption)


_WHITE_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Collapse runs of white space to one space."""
    return _WHITE_SPACE.sub(" ", text).strip()


# ---------------------------------------------------------------- cheap gates
#
# A sentence is searched only for the patterns it can match: a pattern whose every match holds
# one of a few strings is skipped where none of them is (a substring test costs far less than
# a search, above all for a pattern that opens with a lookbehind or ignores case).

# Letters a case-blind pattern reads as ASCII letters where str.lower() keeps them apart.
_CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


@lru_cache(maxsize=1024)
def folded(text: str) -> str:
    """`text` in lower case, for cheap gates before case-blind patterns: an ASCII word is in
    it just where such a pattern finds the word ("İ", "ı" and "ſ" read as "i", "i" and "s")."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        return text.translate(_CASE_FOLDS).lower()
    return text.lower()


def holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """True when `text` holds one of `parts` (a plain loop: any() over a generator costs more)."""
    for part in parts:
        if part in text:
            return True
    return False


class Gated:
    """A compiled pattern behind a cheap test: `needs` are strings one of which its every match
    holds, so a text holding none of them is not searched at all. The strings of a case-blind
    pattern are given in lower case and looked for in `folded(text)`. Searches as the pattern
    does (pos and endpos included), with its `pattern` and `flags`."""

    __slots__ = ("_caseless", "needs", "regex")

    def __init__(self, regex: re.Pattern[str], needs: tuple[str, ...]):
        self.regex = regex
        self.needs = needs
        self._caseless = bool(regex.flags & re.IGNORECASE)
        if self._caseless and any(need != need.lower() for need in needs):
            raise ValueError(f"a case-blind pattern's needs are written in lower case: {needs}")

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    @property
    def flags(self) -> int:
        return self.regex.flags

    @property
    def groupindex(self) -> dict[str, int]:
        return self.regex.groupindex

    def may_match(self, text: str) -> bool:
        return holds_any(folded(text) if self._caseless else text, self.needs)

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.regex.search(text, *bounds) if self.may_match(text) else None

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.regex.match(text, *bounds) if self.may_match(text) else None

    def fullmatch(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.regex.fullmatch(text, *bounds) if self.may_match(text) else None

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, *bounds) if self.may_match(text) else iter(())


# ---------------------------------------------------------------- words found without a pattern
#
# Patterns built from a page's own words (a title, the names of its cast) would be compiled
# afresh for every document, and would push the rules' fixed patterns out of the re module's
# cache; these helpers find such words with str.find and test the edges the pattern would.


def is_word_char(char: str) -> bool:
    """What a pattern's \\w matches (one character of a str)."""
    return char.isalnum() or char == "_"


def _boundary(text: str, at: int) -> bool:
    """True where a pattern's \\b matches: between a word character and anything else."""
    before = at > 0 and is_word_char(text[at - 1])
    after = at < len(text) and is_word_char(text[at])
    return before != after


def has_word(text: str, words: Iterable[str]) -> bool:
    """True when one of `words` stands in `text` between word boundaries, as the pattern
    \\b(?:word|word|...)\\b finds it."""
    for word in words:
        at = text.find(word)
        while at != -1:
            if _boundary(text, at) and _boundary(text, at + len(word)):
                return True
            at = text.find(word, at + 1)
    return False


def whole_matches(text: str, phrase: str, *, joiners: str = "") -> Iterator[int]:
    """Where `phrase` starts in `text` with no word character (nor one of `joiners`) just
    before or after it, left to right and not overlapping, as the pattern
    (?<![\\w...])phrase(?![\\w...]) finds it. With joiners="'", "Heat's" holds no "Heat"."""
    def joined(char: str) -> bool:
        return is_word_char(char) or char in joiners

    at = text.find(phrase)
    while at != -1:
        end = at + len(phrase)
        if (at == 0 or not joined(text[at - 1])) and (end == len(text) or not joined(text[end])):
            yield at
            at = text.find(phrase, max(end, at + 1))
        else:
            at = text.find(phrase, at + 1)
