"""Forgiving name matching for films, people and characters, held in memory.

`NameIndex` is built once from the store (and rebuilt after an ingest) and answers
autocomplete on every keystroke, so lookups never touch the database. Names are compared in
a normalised form (case, accents, punctuation, curly quotes and a leading article ignored);
what is left is matched exactly, by prefix, then by rapidfuzz similarity: the plain Indel
ratio over whole names and over single words (an order of magnitude faster than WRatio over
20,000 names, and the word tables find the partial matches WRatio would). Only a name within
about one typo resolves by itself; anything weaker comes back as a `NotFound` whose
suggestions say "did you mean".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from aiosqlite import Connection
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.answers.models import NotFound
from bot.store import queries
from bot.store.keys import TITLE_SEPARATOR, title_key
from bot.store.records import FilmSummary

# A misspelt name resolves on its own only this close: one edit per this many characters,
# at least one ("Leavng Las Vegas"); two slips in a short title are only suggested.
CHARS_PER_TYPO = 10
# A question may forgive a little more, since its answer says how it read the name
# ("taking “leavng las vegs” as Leaving Las Vegas"); a command option answers silently.
QUESTION_CHARS_PER_TYPO = 7
# Candidates scoring at least this are offered as "did you mean" suggestions.
SUGGEST_SCORE = 60.0
# A single word of a name must score this much to be suggested ("leavng" for "leaving").
SUGGEST_WORD_SCORE = 75.0
MAX_SUGGESTIONS = 5
MIN_WORD_CHARS = 3
# Discord limits an autocomplete choice's name and value to 100 characters.
CHOICE_LIMIT = 100
# Unknown names are echoed back in messages up to this length.
QUOTE_CHARS = 80

_NUMBER = re.compile(r"\d+")
_LABEL_YEAR = re.compile(r"^(?P<name>.*?)\s*\((?P<year>\d{4})\)\s*$")
_PERSON_VALUE = re.compile(r"^person:(\d+)$")
_CHARACTER_VALUE = re.compile(r"^character:(\d+):(\d+)$")


def normalize(text: str) -> str:
    """The form names are compared in: the store's own key form ("The Café – O’Brien" ->
    "cafe obrien"), so two spellings match here when the database merges them, with "&"
    read as "and"."""
    return title_key(text.replace("&", " and "))


def film_keys(film: FilmSummary, *, with_aliases: bool = True) -> set[str]:
    """The keys a film answers to: its title, its aliases and the parts of compound titles."""
    keys = set()
    for name in (film.title, *(film.aliases if with_aliases else ())):
        keys.add(normalize(name))
        keys.update(normalize(part) for part in TITLE_SEPARATOR.split(name))
    keys.discard("")
    return keys


# Words before a name that are a rank or a courtesy, not a first name ("Dr. Hannibal Lecter").
HONORIFICS = frozenset("dr mr mrs ms miss sir lady lord dame captain capt sheriff detective agent officer inspector "
                       "sergeant sgt lieutenant lt colonel col general gen professor prof father sister brother "
                       "aunt uncle king queen prince princess count countess baron judge doc".split())
_NICKNAME = re.compile(r"[\"“‘']([^\"”’']{2,20})[\"”’']")


def name_parts(name: str) -> list[str]:
    """The words a longer name is called by alone: its first and last word, the first after a
    rank ("Hannibal" of "Dr. Hannibal Lecter") and a nickname ("Red" of Ellis "Red" Redding)."""
    words = normalize(name).split()
    if len(words) < 2:
        return []
    parts = [words[0], words[-1]]
    plain = [w for w in words if w not in HONORIFICS]
    if plain and plain[0] != words[0]:
        parts.append(plain[0])
    parts += [normalize(m) for m in _NICKNAME.findall(name)]
    return list(dict.fromkeys(p for p in parts if p))


def title_words(key: str) -> list[str]:
    """The words of a title key worth completing on their own ("vegas", not "of")."""
    return [w for w in key.split() if len(w) >= MIN_WORD_CHARS]


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A person, or a character together with the person who plays them and the film."""

    kind: Literal["person", "character"]
    name: str  # the person's name, or the character's
    person_id: int
    person_name: str
    film_id: int | None  # the character's film; None for a person
    label: str  # "Sera — Leaving Las Vegas (1995)" / "Nicolas Cage"

    @property
    def value(self) -> str:
        """The autocomplete value `resolve_name` accepts back: "person:4" / "character:4:1"."""
        if self.kind == "person":
            return f"person:{self.person_id}"
        return f"character:{self.person_id}:{self.film_id}"


class _KeyTable:
    """Distinct normalised keys, each pointing at the items (film ids, name positions) it names.

    Keys are kept distinct so fuzzy matching scores each spelling once, however many films
    share a word.
    """

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        # Each key's items in first-seen order, each once (a dict keeps order and finds in O(1):
        # a first name such as "john" may own thousands of items).
        owners: dict[str, dict[int, None]] = {}
        for key, item in pairs:
            if key:
                owners.setdefault(key, {})[item] = None
        self.keys: list[str] = sorted(owners)
        self.owners: list[list[int]] = [list(owners[key]) for key in self.keys]
        # The same keys by length: a similarity cutoff bounds how long a match can be, so
        # fuzzy lookups score only keys of a possible length.
        self._by_length = sorted(range(len(self.keys)), key=lambda i: len(self.keys[i]))
        self._lengths = [len(self.keys[i]) for i in self._by_length]
        self._keys_by_length = [self.keys[i] for i in self._by_length]

    def exact(self, key: str) -> list[int]:
        i = bisect.bisect_left(self.keys, key)
        return list(self.owners[i]) if i < len(self.keys) and self.keys[i] == key else []

    def prefixed(self, prefix: str, limit: int) -> list[int]:
        """Up to `limit` items with a key starting with `prefix`, in key order."""
        found: list[int] = []
        for i in range(bisect.bisect_left(self.keys, prefix), len(self.keys)):
            if len(found) >= limit or not self.keys[i].startswith(prefix):
                break
            found += [item for item in self.owners[i] if item not in found]
        return found[:limit]

    def _sized(self, shortest: float, longest: float) -> tuple[list[str], list[int]]:
        """The keys with a length in [shortest, longest], and their positions in `keys`."""
        lo = bisect.bisect_left(self._lengths, shortest)
        hi = bisect.bisect_right(self._lengths, longest)
        return self._keys_by_length[lo:hi], self._by_length[lo:hi]

    def fuzzy(self, query: str, limit: int, cutoff: float) -> list[tuple[int, float]]:
        """Up to `limit` (item, similarity) pairs at or above `cutoff`, best first, each item once."""
        # fuzz.ratio is at most 200·min(a, b)/(a + b) for lengths a and b.
        n = len(query)
        keys, positions = self._sized(n * cutoff / (200 - cutoff), n * (200 - cutoff) / max(cutoff, 1))
        best: dict[int, float] = {}
        for _, score, i in process.extract(query, keys, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff):
            for item in self.owners[positions[i]]:
                best.setdefault(item, score)
        return sorted(best.items(), key=lambda kv: -kv[1])[:limit]

    def accepted(self, query: str, chars_per_typo: int = CHARS_PER_TYPO) -> int | None:
        """The one item whose key is within a typo or so of `query`, if exactly one is."""
        allowed = max(1, len(query) // chars_per_typo)
        keys, positions = self._sized(len(query) - allowed, len(query) + allowed)
        # Optimal string alignment: a swapped pair of letters ("Kepeer") is one typo, not two.
        close = process.extract(query, keys, scorer=OSA.distance, limit=MAX_SUGGESTIONS,
                                score_cutoff=allowed)
        # A number is never a typo: "Lantern Keeper 2" is a sequel, not a slip.
        numbers = _NUMBER.findall(query)
        items = {item for key, _, i in close if _NUMBER.findall(key) == numbers for item in self.owners[positions[i]]}
        return items.pop() if len(items) == 1 else None


def _lookup(query: str, limit: int, tables: tuple[_KeyTable, _KeyTable]) -> list[int]:
    """Completion candidates: whole-name prefixes, word prefixes, then fuzzy names and words."""
    keys, words = tables
    found = keys.prefixed(query, limit)
    for more in (lambda: words.prefixed(query, limit),
                 lambda: [i for i, _ in keys.fuzzy(query, limit, SUGGEST_SCORE)],
                 lambda: [i for i, _ in words.fuzzy(query, limit, SUGGEST_WORD_SCORE)]):
        if len(found) >= limit:
            break
        found += [i for i in more() if i not in found]
    return found[:limit]


def _suggested(query: str, tables: tuple[_KeyTable, _KeyTable]) -> list[int]:
    """"Did you mean" candidates: close whole names, then close single words."""
    keys, words = tables
    found = [i for i, _ in keys.fuzzy(query, MAX_SUGGESTIONS, SUGGEST_SCORE)]
    found += [i for i, _ in words.fuzzy(query, MAX_SUGGESTIONS, SUGGEST_WORD_SCORE) if i not in found]
    return found[:MAX_SUGGESTIONS]


class NameIndex:
    """Every film, person and character name the store knows, for autocomplete and lookup."""

    def __init__(self, films: Iterable[FilmSummary], people: Iterable[tuple[int, str]],
                 characters: Iterable[tuple[str, int, int]]) -> None:
        self.films: dict[int, FilmSummary] = {f.id: f for f in films}
        self._films_by_label = sorted(self.films.values(), key=lambda f: (f.label.casefold(), f.id))
        keys = [(key, f.id) for f in self.films.values() for key in film_keys(f)]
        self._film_tables = (_KeyTable(keys), _KeyTable((w, i) for key, i in keys for w in title_words(key)))
        # Spotting a film inside a question uses titles only: an alias picked up from a page
        # ("Audio", "Credits") is too common a word to mean the film in running text.
        self._title_keys = sorted((key, f.id) for f in self.films.values() for key in film_keys(f, with_aliases=False))
        self._films_by_title_key: dict[str, list[int]] = {}
        self._title_words: dict[str, list[int]] = {}
        for key, film_id in self._title_keys:
            self._films_by_title_key.setdefault(key, []).append(film_id)
            for word in title_words(key):
                self._title_words.setdefault(word, []).append(film_id)
        self.people: dict[int, str] = dict(people)
        self.names: list[NameMatch] = [
            NameMatch("person", name, pid, name, None, name) for pid, name in self.people.items()
        ]
        for character, pid, film_id in characters:
            film = self.films.get(film_id)
            if film is not None and pid in self.people:
                label = f"{character} — {film.label}"
                self.names.append(NameMatch("character", character, pid, self.people[pid], film_id, label))
        self._names_by_label = sorted(range(len(self.names)), key=lambda i: self.names[i].label.casefold())
        # Autocomplete values ("person:4", "character:4:1") back to their entries, first one kept.
        self._names_by_value: dict[str, NameMatch] = {}
        for m in self.names:
            self._names_by_value.setdefault(m.value, m)
        self._name_tables = (_KeyTable((normalize(m.name), i) for i, m in enumerate(self.names)),
                             _KeyTable((part, i) for i, m in enumerate(self.names) for part in name_parts(m.name)))

    @classmethod
    async def load(cls, db: Connection) -> NameIndex:
        """The index of everything in the store `db`."""
        return cls(await queries.list_films(db), await queries.list_people(db),
                   await queries.list_characters(db))

    # -- films ----------------------------------------------------------------------------

    def complete_films(self, text: str, limit: int = 25) -> list[FilmSummary]:
        """Films for an autocomplete box: alphabetical when empty, else prefix then fuzzy."""
        query = normalize(text)
        if not query:
            return self._films_by_label[:limit]
        return [self.films[i] for i in _lookup(query, limit, self._film_tables)]

    def resolve_film(self, text: str) -> FilmSummary | NotFound:
        """The one film `text` names (an id string, a title or alias, typos forgiven)."""
        text = text.strip()
        if text.isdigit():
            return self.films.get(int(text)) or NotFound(f"There is no film with id {text}.")
        query, year = normalize(text), None
        if labelled := _LABEL_YEAR.match(text):  # "Title (1995)", as autocomplete shows it
            query, year = normalize(labelled["name"]), int(labelled["year"])
        if not query:
            return NotFound("Name a film.", self._film_labels(self._films_by_label[:MAX_SUGGESTIONS]))
        keys = self._film_tables[0]
        exact = [i for i in keys.exact(query) if year is None or self.films[i].year == year]
        if len(exact) == 1:
            return self.films[exact[0]]
        if len(exact) > 1:
            return NotFound(f"Several films are called “{quoted(text)}”; which one?",
                            self._film_labels(self.films[i] for i in exact))
        if (by_parts := self._film_by_title_parts(text)) is not None:
            return self.films[by_parts]
        if (close := keys.accepted(query)) is not None:
            return self.films[close]
        return NotFound(f"I don't know a film called “{quoted(text)}”.",
                        self._film_labels(self.films[i] for i in _suggested(query, self._film_tables)))

    def _film_by_title_parts(self, text: str) -> int | None:
        """The film every known part of a compound title ("Prefix - Title") points at, if one."""
        parts = [normalize(part) for part in TITLE_SEPARATOR.split(text)]
        if len(parts) < 2:
            return None
        films = {film for part in parts for film in self._film_tables[0].exact(part)}
        return films.pop() if len(films) == 1 else None

    @staticmethod
    def _film_labels(films: Iterable[FilmSummary]) -> tuple[str, ...]:
        return tuple(f.label for f in films)

    def films_titled(self, key: str, *, aliases: bool = True) -> list[FilmSummary]:
        """Films whose title (or, with `aliases`, another name) is exactly the normalised `key`."""
        ids = self._film_tables[0].exact(key) if aliases else self._films_by_title_key.get(key, [])
        return [self.films[i] for i in dict.fromkeys(ids)]

    def films_with_title_word(self, word: str) -> list[FilmSummary]:
        """Films whose title (not alias) has the normalised `word` among its words."""
        return [self.films[i] for i in dict.fromkeys(self._title_words.get(word, ()))]

    def film_within_a_typo(self, key: str) -> FilmSummary | None:
        """The one film whose name is within about one typo of the normalised `key`."""
        film_id = self._film_tables[0].accepted(key, QUESTION_CHARS_PER_TYPO)
        return self.films[film_id] if film_id is not None else None

    def film_named_in(self, text: str) -> FilmSummary | None:
        """The film whose title appears, as whole words, in `text` (the longest title wins)."""
        padded = f" {normalize(text)} "
        found = [(len(key), film_id) for key, film_id in self._title_keys if f" {key} " in padded]
        return self.films[max(found)[1]] if found else None

    # -- people and characters ------------------------------------------------------------

    def complete_names(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        """(label, value) pairs of people and characters for an autocomplete box."""
        query = normalize(text)
        chosen = _lookup(query, limit, self._name_tables) if query else self._names_by_label[:limit]
        return [(self.names[i].label[:CHOICE_LIMIT], self.names[i].value) for i in chosen]

    def resolve_name(self, text: str, *, film_id: int | None = None) -> NameMatch | NotFound:
        """The person or character `text` names: an autocomplete value, a name, or part of one.

        With `film_id`, a character of that film wins over same-named ones elsewhere.
        """
        text = text.strip()
        if by_value := self._name_by_value(text):
            return by_value
        query = normalize(text)
        if not query:
            return NotFound("Name a person or a character.")
        for table in self._name_tables:
            hits = self._distinct(table.exact(query))
            hits = [i for i in hits if self.names[i].film_id == film_id] or hits
            if len(hits) == 1:
                return self.names[hits[0]]
            if len(hits) > 1:
                return NotFound(f"Several people or characters are called “{quoted(text)}”; which one?",
                                tuple(self.names[i].label for i in hits[:MAX_SUGGESTIONS]))
        if (close := self._name_tables[0].accepted(query)) is not None:
            return self.names[close]
        return NotFound(f"I don't know anyone called “{quoted(text)}”.",
                        tuple(self.names[i].label for i in _suggested(query, self._name_tables)))

    def names_called(self, key: str, *, part: bool = False) -> list[NameMatch]:
        """Everyone and every character whose whole name is the normalised `key`, or with
        `part`, whose first or last name is ("sera", "cage")."""
        hits = self._distinct(self._name_tables[0].exact(key))
        if not hits and part:
            hits = self._distinct(self._name_tables[1].exact(key))
        return [self.names[i] for i in hits]

    def name_within_a_typo(self, key: str) -> NameMatch | None:
        """The one person or character whose whole name is within about one typo of `key`."""
        i = self._name_tables[0].accepted(key, QUESTION_CHARS_PER_TYPO)
        return self.names[i] if i is not None else None

    def _distinct(self, indices: list[int]) -> list[int]:
        """Name entries that are different people or characters (one per label)."""
        by_label: dict[str, int] = {}
        for i in indices:
            by_label.setdefault(self.names[i].label, i)
        return list(by_label.values())

    def _name_by_value(self, text: str) -> NameMatch | None:
        if person := _PERSON_VALUE.match(text):
            value = f"person:{int(person[1])}"
        elif character := _CHARACTER_VALUE.match(text):
            value = f"character:{int(character[1])}:{int(character[2])}"
        else:
            return None
        return self._names_by_value.get(value)

    def characters_named(self, name: str) -> list[NameMatch]:
        """Every character entry whose name normalises like `name` (one per film and actor)."""
        entries = (self.names[i] for i in self._name_tables[0].exact(normalize(name)))
        return [m for m in entries if m.kind == "character"]


def quoted(text: str) -> str:
    """User text as echoed in a message: one line, at most QUOTE_CHARS characters."""
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"
