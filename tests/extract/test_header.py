"""Labelled fields of flattened tables: tab bars, tabbed label rows and two-cell cast rows."""

from __future__ import annotations

from bot.extract import extract_document
from bot.extract.header import cells, find_fields
from bot.extract.text import build_document


def _fields(text: str) -> list[tuple[str, str]]:
    return [(f.key, f.value) for f in find_fields(build_document(text))]


def test_cells_split_at_tabs_and_runs_of_spaces_only():
    assert [t for _, t in cells("Jo Yeong-wook\tKim Sang-bum   Lee Ji-eun")] == ["Jo Yeong-wook", "Kim Sang-bum", "Lee Ji-eun"]
    assert [t for _, t in cells("One cell with single spaces")] == ["One cell with single spaces"]


def test_tabbed_label_row_gives_a_field_per_label_with_its_cells():
    text = "Composer\tAda Lindqvist\nGenres   Drama   Romance\nProducer\tMarta Solé   Ivan Petrov\n"
    assert _fields(text) == [("music", "Ada Lindqvist"), ("genre", "Drama | Romance"), ("crew", "Marta Solé | Ivan Petrov")]


def test_names_under_a_cast_tab_bar_are_cast_but_other_rows_are_not():
    facts = extract_document("Some Film 1999\n\nCast\tCrew\tDetails\tGenres\n\nIda Brenner\tTomas Wirth   Show All…\n")
    assert [c.actor for c in facts.cast] == ["Ida Brenner", "Tomas Wirth"]
    no_bar = extract_document("Some Film 1999\n\nIda Brenner\tTomas Wirth\n")
    assert no_bar.cast == []


def test_colon_labels_inside_one_tabbed_line_end_each_other():
    text = "Director: Ana Ruiz   Producer: Leo Park, Mia Chen   Release Date (Theaters): Nov 11, 2016 Wide\n"
    assert _fields(text) == [("director", "Ana Ruiz"), ("crew", "Leo Park, Mia Chen"), ("release", "Nov 11, 2016 Wide")]


def test_two_cell_rows_of_a_cast_block_pair_actor_and_character_or_name_a_crew_job():
    facts = extract_document("Some Film (2001)\n\nCast & Crew\nNora Vidal   Colonel Weber\nPaul Okafor   Director\n")
    assert [(c.actor, c.character) for c in facts.cast] == [("Nora Vidal", "Colonel Weber")]
    assert facts.directors[0].value == "Paul Okafor"


def test_newsletter_and_shop_label_synonyms_name_cast_and_extras():
    text = ("Some Film (1988)\nWith: Ida Brenner, Tomas Wirth\n"
            "Bonus content: Making Of, Deleted Scenes, Theatrical Trailer\n")
    facts = extract_document(text)
    assert [c.actor for c in facts.cast] == ["Ida Brenner", "Tomas Wirth"]
    assert [f.value for f in facts.special_features] == ["Making Of", "Deleted Scenes", "Theatrical Trailer"]
