"""Forgiving name matching for films, people and characters, held in memory.

`NameIndex` is built once from the store (and rebuilt after an ingest) and answers
autocomplete on every keystroke, so lookups never touch the database. Names are compared in
a normalised form (case, accents, punctuation, curly quotes and a leading article ignored);
what is left is matched exactly, by prefix, then by rapidfuzz similarity. A weak fuzzy match
is never taken silently: it comes back as a `NotFound` whose suggestions say "did you mean".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from bot.answers.models import NotFound
from bot.store import queries
from bot.store.keys import title_key
from bot.store.records import FilmSummary

# A fuzzy score at or above this resolves a name on its own (typos such as "Leavng Las Vegas").
ACCEPT_SCORE = 88.0
# The runner-up must trail the winner by this much, or the match is ambiguous.
ACCEPT_MARGIN = 4.0
# Candidates scoring at least this are offered as "did you mean" suggestions.
SUGGEST_SCORE = 60.0
MAX_SUGGESTIONS = 5
# Discord limits an autocomplete choice's name and value to 100 characters.
CHOICE_LIMIT = 100

_LABEL_YEAR = re.compile(r"^(?P<name>.*?)\s*\((?P<year>\d{4})\)\s*$")
_PERSON_VALUE = re.compile(r"^person:(\d+)$")
_CHARACTER_VALUE = re.compile(r"^character:(\d+):(\d+)$")
# Separators joining a page's prefix to a title: "The Killers - Leaving Las Vegas".
_TITLE_SEPARATOR = re.compile(r"\s+[-\u2013\u2014|]\s+|:\s+")

# Names are compared in the store's own key form, so "The Killers – O’Brien" and
# "killers obrien" are one name here exactly when they are one name in the database.
normalize = title_key


def film_keys(film: FilmSummary) -> set[str]:
    """Every key a film answers to: its title, its aliases and the parts of compound titles."""
    keys = set()
    for name in (film.title, *film.aliases):
        keys.add(normalize(name))
        keys.update(normalize(part) for part in _TITLE_SEPARATOR.split(name))
    keys.discard("")
    return keys


def name_parts(name: str) -> list[str]:
    """The first and last word of a longer name: "Ben" and "sanderson" find "Ben Sanderson"."""
    words = normalize(name).split()
    return [words[0], words[-1]] if len(words) > 1 else []


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
    """Normalised keys, each pointing at an item; exact, prefix and fuzzy lookups."""

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        ordered = sorted({(key, item) for key, item in pairs if key})
        self.keys: list[str] = [key for key, _ in ordered]
        self.items: list[int] = [item for _, item in ordered]

    def exact(self, key: str) -> list[int]:
        lo = bisect.bisect_left(self.keys, key)
        hi = bisect.bisect_right(self.keys, key)
        return _unique(self.items[lo:hi])

    def prefixed(self, prefix: str, limit: int) -> list[int]:
        """Items with a key starting with `prefix`, in key order."""
        lo = bisect.bisect_left(self.keys, prefix)
        found: list[int] = []
        for i in range(lo, len(self.keys)):
            if not self.keys[i].startswith(prefix) or len(found) >= limit:
                break
            if self.items[i] not in found:
                found.append(self.items[i])
        return found

    def fuzzy(self, query: str, limit: int, cutoff: float, scorer=fuzz.WRatio) -> list[tuple[int, float]]:
        """Best (item, score) pairs at or above `cutoff`, best first, each item once."""
        hits = process.extract(query, self.keys, scorer=scorer, limit=limit * 3, score_cutoff=cutoff)
        best: dict[int, float] = {}
        for _, score, i in hits:
            best.setdefault(self.items[i], score)
        return sorted(best.items(), key=lambda kv: -kv[1])[:limit]


def _unique(items: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(items))


class NameIndex:
    """Every film, person and character name the store knows, for autocomplete and lookup."""

    def __init__(self, films: Iterable[FilmSummary], people: Iterable[tuple[int, str]],
                 characters: Iterable[tuple[str, int, int]]) -> None:
        self.films: dict[int, FilmSummary] = {f.id: f for f in films}
        self._films_by_label = sorted(self.films.values(), key=lambda f: (f.label.casefold(), f.id))
        self._film_keys = _KeyTable((key, f.id) for f in self.films.values() for key in film_keys(f))
        self.people: dict[int, str] = dict(people)
        self.names: list[NameMatch] = [
            NameMatch("person", name, pid, name, None, name) for pid, name in self.people.items()
        ]
        for character, pid, film_id in characters:
            film = self.films.get(film_id)
            if film is None or pid not in self.people:
                continue
            label = f"{character} — {film.label}"
            self.names.append(NameMatch("character", character, pid, self.people[pid], film_id, label))
        self._name_keys = _KeyTable((normalize(m.name), i) for i, m in enumerate(self.names))
        # A single word of a longer name ("Ben" for "Ben Sanderson", "Cage") also finds it.
        self._name_parts = _KeyTable((part, i) for i, m in enumerate(self.names) for part in name_parts(m.name))

    @classmethod
    async def load(cls, db) -> NameIndex:
        """The index of everything in the store `db`."""
        return cls(await queries.list_films(db), await queries.list_people(db),
                   await queries.list_characters(db))

    # -- films ----------------------------------------------------------------------------

    def complete_films(self, text: str, limit: int = 25) -> list[FilmSummary]:
        """Films for an autocomplete box: alphabetical when empty, else prefix then fuzzy."""
        query = normalize(text)
        if not query:
            return self._films_by_label[:limit]
        ids = self._film_keys.prefixed(query, limit)
        if len(ids) < limit:
            ids += [i for i, _ in self._film_keys.fuzzy(query, limit, SUGGEST_SCORE) if i not in ids]
        return [self.films[i] for i in ids[:limit]]

    def resolve_film(self, text: str) -> FilmSummary | NotFound:
        """The one film `text` names (an id string, a title or alias, typos forgiven)."""
        text = text.strip()
        if text.isdigit():
            film = self.films.get(int(text))
            return film or NotFound(f"There is no film with id {text}.")
        query, year = normalize(text), None
        if labelled := _LABEL_YEAR.match(text):  # "Title (1995)", as autocomplete shows it
            query, year = normalize(labelled["name"]), int(labelled["year"])
        if not query:
            return NotFound("Name a film.", self._film_labels(self._films_by_label[:MAX_SUGGESTIONS]))
        exact = [i for i in self._film_keys.exact(query) if year is None or self.films[i].year == year]
        if len(exact) == 1:
            return self.films[exact[0]]
        if len(exact) > 1:
            return NotFound(f"Several films are called “{text}”; which one?",
                            self._film_labels(self.films[i] for i in exact))
        return self._fuzzy_film(text, query)

    def _fuzzy_film(self, text: str, query: str) -> FilmSummary | NotFound:
        strict = self._film_keys.fuzzy(query, 2, ACCEPT_SCORE, scorer=fuzz.token_sort_ratio)
        if strict and (len(strict) == 1 or strict[0][1] - strict[1][1] >= ACCEPT_MARGIN):
            return self.films[strict[0][0]]
        loose = self._film_keys.fuzzy(query, MAX_SUGGESTIONS, SUGGEST_SCORE)
        return NotFound(f"I don't know a film called “{text}”.",
                        self._film_labels(self.films[i] for i, _ in loose))

    @staticmethod
    def _film_labels(films: Iterable[FilmSummary]) -> tuple[str, ...]:
        return tuple(f.label for f in films)

    def film_named_in(self, text: str) -> FilmSummary | None:
        """The film whose title or alias appears, as whole words, in `text` (longest wins)."""
        padded = f" {normalize(text)} "
        found = [(len(key), item) for key, item in zip(self._film_keys.keys, self._film_keys.items)
                 if f" {key} " in padded]
        return self.films[max(found)[1]] if found else None

    # -- people and characters ------------------------------------------------------------

    def complete_names(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        """(label, value) pairs of people and characters for an autocomplete box."""
        query = normalize(text)
        if not query:
            chosen = sorted(range(len(self.names)), key=lambda i: self.names[i].label.casefold())[:limit]
        else:
            chosen = self._name_keys.prefixed(query, limit)
            chosen += [i for i in self._name_parts.prefixed(query, limit) if i not in chosen]
            if len(chosen) < limit:
                chosen += [i for i, _ in self._name_keys.fuzzy(query, limit, SUGGEST_SCORE) if i not in chosen]
        return [(self.names[i].label[:CHOICE_LIMIT], self.names[i].value) for i in chosen[:limit]]

    def resolve_name(self, text: str) -> NameMatch | NotFound:
        """The person or character `text` names: an autocomplete value, a name, or part of one."""
        text = text.strip()
        if by_value := self._name_by_value(text):
            return by_value
        query = normalize(text)
        if not query:
            return NotFound("Name a person or a character.")
        for table in (self._name_keys, self._name_parts):
            hits = self._distinct(table.exact(query))
            if len(hits) == 1:
                return self.names[hits[0]]
            if len(hits) > 1:
                return NotFound(f"Several people or characters are called “{text}”; which one?",
                                tuple(self.names[i].label for i in hits[:MAX_SUGGESTIONS]))
        return self._fuzzy_name(text, query)

    def _fuzzy_name(self, text: str, query: str) -> NameMatch | NotFound:
        strict = self._name_keys.fuzzy(query, 2, ACCEPT_SCORE, scorer=fuzz.token_sort_ratio)
        if strict and (len(strict) == 1 or strict[0][1] - strict[1][1] >= ACCEPT_MARGIN):
            return self.names[strict[0][0]]
        loose = self._name_keys.fuzzy(query, MAX_SUGGESTIONS, SUGGEST_SCORE)
        return NotFound(f"I don't know anyone called “{text}”.",
                        tuple(self.names[i].label for i, _ in loose))

    def _distinct(self, indices: list[int]) -> list[int]:
        """Name entries that are different people or characters (one per label)."""
        by_label: dict[str, int] = {}
        for i in indices:
            by_label.setdefault(self.names[i].label, i)
        return list(by_label.values())

    def _name_by_value(self, text: str) -> NameMatch | None:
        if person := _PERSON_VALUE.match(text):
            wanted = ("person", int(person[1]), None)
        elif character := _CHARACTER_VALUE.match(text):
            wanted = ("character", int(character[1]), int(character[2]))
        else:
            return None
        return next((m for m in self.names if (m.kind, m.person_id, m.film_id) == wanted), None)

    def characters_named(self, name: str) -> list[NameMatch]:
        """Every character entry whose name normalises like `name` (one per film and actor)."""
        key = normalize(name)
        return [self.names[i] for i in self._name_keys.exact(key) if self.names[i].kind == "character"]
