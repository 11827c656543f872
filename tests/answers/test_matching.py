"""NameIndex: forgiving film and name lookup, did-you-mean, autocomplete, and its speed."""

from __future__ import annotations

import random
import time

import pytest

from bot.answers.matching import NameIndex, NameMatch, normalize
from bot.answers.models import NotFound
from bot.store.records import FilmSummary

FILMS = [
    FilmSummary(1, "The Lantern Keeper", 2003, ("Night Press - The Lantern Keeper",)),
    FilmSummary(2, "Café Zürich", 1988),
    FilmSummary(3, "O’Hara’s Daughter", 1971),
    FilmSummary(4, "Harbour Lights", 2011),
    FilmSummary(5, "Harbour Lights", 1952),
    FilmSummary(6, "Salt and Stone", None),
]
PEOPLE = [(10, "Jonah Pike"), (11, "Mara Quill"), (12, "Zoë Ferrand"), (13, "Otto Brandt")]
CHARACTERS = [("Eli Ward", 10, 1), ("Nell", 11, 1), ("Nell", 12, 4), ("Sheriff Kale", 13, 1)]


@pytest.fixture
def index() -> NameIndex:
    return NameIndex(FILMS, PEOPLE, CHARACTERS)


def film_id(result) -> int | None:
    return result.id if isinstance(result, FilmSummary) else None


@pytest.mark.parametrize("text", [
    "The Lantern Keeper", "the lantern keeper", "Lantern Keeper", "LANTERN KEEPER!", "  lantern   keeper ",
    "The Lantern Keeper (2003)", "1", "Night Press - The Lantern Keeper", "The Lantern Keper", "lanternn keeper",
])
def test_resolve_film_forgives(index, text):
    assert film_id(index.resolve_film(text)) == 1


@pytest.mark.parametrize("text, expected", [
    ("Cafe Zurich", 2), ("café zürich", 2), ("O'Hara's Daughter", 3), ("OHaras Daughter", 3),
    ("o’hara’s daughter", 3), ("Harbour Lights (1952)", 5), ("salt & stone", 6),
])
def test_resolve_film_accents_quotes_and_years(index, text, expected):
    assert film_id(index.resolve_film(text)) == expected


def test_compound_title_resolves_by_its_known_part(index):
    assert film_id(index.resolve_film("Reel Club - Salt and Stone")) == 6
    assert film_id(index.resolve_film("Night Press – Lantern Keeper")) == 1
    assert isinstance(index.resolve_film("Salt and Stone: Café Zürich"), NotFound)  # two films: ambiguous


def test_same_title_twice_asks_which(index):
    result = index.resolve_film("Harbour Lights")
    assert isinstance(result, NotFound)
    assert set(result.suggestions) == {"Harbour Lights (2011)", "Harbour Lights (1952)"}


def test_weak_film_match_is_not_taken_but_suggested(index):
    result = index.resolve_film("Lantern")
    assert isinstance(result, NotFound)
    assert "The Lantern Keeper (2003)" in result.suggestions
    assert "Lantern" in result.message


@pytest.mark.parametrize("text", ["Lantrn Keepr", "The Lantern Keeper 2"])
def test_two_slips_in_a_short_title_are_only_suggested(index, text):
    result = index.resolve_film(text)
    assert isinstance(result, NotFound) and result.suggestions[0] == "The Lantern Keeper (2003)"


def test_unknown_film_without_suggestions(index):
    result = index.resolve_film("Xyzzy Quux")
    assert isinstance(result, NotFound) and result.suggestions == ()


@pytest.mark.parametrize("text", ["999", "", "   "])
def test_no_such_film(index, text):
    assert isinstance(index.resolve_film(text), NotFound)


def test_long_unknown_name_is_shortened_in_the_message(index):
    result = index.resolve_film("x" * 5000)
    assert isinstance(result, NotFound) and len(result.message) < 200


def test_complete_films(index):
    assert [f.id for f in index.complete_films("")] == [2, 5, 4, 3, 6, 1]  # by label
    assert [f.id for f in index.complete_films("lant")] == [1]
    assert [f.id for f in index.complete_films("the lant")] == [1]
    assert [f.id for f in index.complete_films("keeper")] == [1]  # a later word of the title
    assert 2 in [f.id for f in index.complete_films("zurih")]  # typo
    assert index.complete_films("", limit=2) == index.complete_films("")[:2]


def test_film_named_in_question(index):
    assert index.film_named_in("who directed the lantern keeper?").id == 1
    assert index.film_named_in("is Café Zürich any good").id == 2
    assert index.film_named_in("who plays Nell?") is None


def test_aliases_are_not_spotted_in_running_text():
    index = NameIndex([FilmSummary(1, "The Lantern Keeper", 2003, ("Audio",))], [], [])
    assert index.film_named_in("what audio does the disc have") is None
    assert film_id(index.resolve_film("Audio")) == 1  # a film option may still use it


def name(result) -> tuple | None:
    return (result.kind, result.name, result.film_id) if isinstance(result, NameMatch) else None


@pytest.mark.parametrize("text, expected", [
    ("Jonah Pike", ("person", "Jonah Pike", None)),
    ("jonah  pike", ("person", "Jonah Pike", None)),
    ("Jonah Pyke", ("person", "Jonah Pike", None)),
    ("Zoe Ferrand", ("person", "Zoë Ferrand", None)),
    ("Pike", ("person", "Jonah Pike", None)),
    ("Eli Ward", ("character", "Eli Ward", 1)),
    ("Eli", ("character", "Eli Ward", 1)),
    ("sheriff kale", ("character", "Sheriff Kale", 1)),
    ("person:11", ("person", "Mara Quill", None)),
    ("character:12:4", ("character", "Nell", 4)),
])
def test_resolve_name(index, text, expected):
    assert name(index.resolve_name(text)) == expected


def test_character_in_two_films_is_offered_as_choices(index):
    result = index.resolve_name("Nell")
    assert isinstance(result, NotFound)
    assert set(result.suggestions) == {"Nell — The Lantern Keeper (2003)", "Nell — Harbour Lights (2011)"}
    assert {m.film_id for m in index.characters_named("nell")} == {1, 4}


def test_unknown_name_suggests(index):
    result = index.resolve_name("Mara Quil")
    assert name(result) == ("person", "Mara Quill", None)  # one letter off: accepted
    weak = index.resolve_name("Marra Quinn")
    assert isinstance(weak, NotFound) and "Mara Quill" in weak.suggestions


@pytest.mark.parametrize("text", ["", "person:999", "character:1:999", "Nobody At All"])
def test_unresolvable_names(index, text):
    assert isinstance(index.resolve_name(text), NotFound)


def test_complete_names_labels_and_values(index):
    choices = index.complete_names("nel")
    assert ("Nell — The Lantern Keeper (2003)", "character:11:1") in choices
    assert ("Nell — Harbour Lights (2011)", "character:12:4") in choices
    assert ("Jonah Pike", "person:10") in index.complete_names("jon")
    assert ("Eli Ward — The Lantern Keeper (2003)", "character:10:1") in index.complete_names("ward")
    assert len(index.complete_names("")) == len(PEOPLE) + len(CHARACTERS)
    for label, value in index.complete_names(""):
        assert name(index.resolve_name(value)) is not None


def test_normalize():
    assert normalize("The  Café – O’Brien's!") == normalize("cafe obriens")


def test_empty_index():
    empty = NameIndex([], [], [])
    assert empty.complete_films("x") == [] and empty.complete_names("") == []
    assert isinstance(empty.resolve_film("x"), NotFound)
    assert isinstance(empty.resolve_name("x"), NotFound)


def big_index(n: int = 20_000) -> NameIndex:
    rng = random.Random(7)
    syllables = ["ka", "lo", "mi", "ra", "ven", "dor", "sel", "tha", "qui", "bar", "nel", "os", "ur", "fen"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()

    films = [FilmSummary(i, " ".join(word() for _ in range(rng.randint(1, 4))), 1950 + i % 70) for i in range(n)]
    people = [(i, f"{word()} {word()}") for i in range(n)]
    return NameIndex(films, people, [(word(), i, i) for i in range(n)])


def test_autocomplete_is_fast_over_20000_names():
    index = big_index()

    def seconds(query: str) -> float:
        """CPU time, best of five: other processes on a busy machine do not count."""
        runs = []
        for _ in range(5):
            start = time.process_time()
            index.complete_films(query)
            index.complete_names(query)
            runs.append(time.process_time() - start)
        return min(runs)

    worst = max(seconds(q) for q in ["", "ka", "kalo mi", "klo mira", "zzzq", "venthadorsel"])
    # Both completions together: about 1 ms when the machine is idle; 5 ms is the product target,
    # the bound leaves room for a loaded test machine yet fails a full fuzzy scan (20-30 ms).
    assert worst < 0.010
