"""Film and name options: lookup by id or text, did-you-mean, autocomplete within limits."""

from __future__ import annotations

import pytest

from bot.discord_app.transformers import FilmTransformer, NameTransformer, UnknownFilm
from bot.store.records import FilmSummary
from tests.discord_app.stubs import interaction, name_index

FILMS = [
    FilmSummary(1, "Harbour Lights", 1988),
    FilmSummary(2, "Harbour Lights", 2004),
    FilmSummary(3, "The Glass Orchard", 1971, aliases=("Glass Orchard",)),
]


async def test_a_chosen_id_and_a_typed_title_both_find_the_film():
    films = name_index(FILMS)
    assert await FilmTransformer().transform(interaction(films), "3") == FILMS[2]
    assert await FilmTransformer().transform(interaction(films), "  the glass orchard ") == FILMS[2]
    assert await FilmTransformer().transform(interaction(films), "Harbour Lights (2004)") == FILMS[1]


async def test_an_unknown_film_fails_with_suggestions_and_safe_text():
    with pytest.raises(UnknownFilm) as caught:
        await FilmTransformer().transform(interaction(name_index(FILMS)), "Harbor Light @everyone " + "x" * 6000)
    message = caught.value.message()
    assert len(message) < 1000
    assert "@everyone" not in message


async def test_an_ambiguous_title_lists_each_film():
    with pytest.raises(UnknownFilm) as caught:
        await FilmTransformer().transform(interaction(name_index(FILMS)), "Harbour Lights")
    assert "**Harbour Lights (1988)**" in caught.value.message()
    assert "**Harbour Lights (2004)**" in caught.value.message()


async def test_film_autocomplete_is_labelled_by_year_keyed_by_id_and_bounded():
    many = [FilmSummary(i, f"Harbour Lights Part {i} " + "and more " * 20, 1950 + i) for i in range(1, 60)]
    choices = await FilmTransformer().autocomplete(interaction(name_index(many)), "harbour")
    assert 0 < len(choices) <= 25
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in choices)
    assert all(c.value.isdigit() for c in choices)
    first = next(f for f in many if str(f.id) == choices[0].value)
    assert choices[0].name.startswith(f"Harbour Lights Part {first.id} ")
    short = await FilmTransformer().autocomplete(interaction(name_index(FILMS)), "glass")
    assert [(c.name, c.value) for c in short] == [("The Glass Orchard (1971)", "3")]


async def test_name_autocomplete_offers_people_and_characters():
    names = name_index(FILMS, people=[(7, "Ada Quill")], characters=[("Captain Reed", 7, 3)])
    choices = await NameTransformer().autocomplete(interaction(names), "reed")
    assert [(c.name, c.value) for c in choices] == [("Captain Reed — The Glass Orchard (1971)", "character:7:3")]
    assert await NameTransformer().transform(interaction(names), "  Ada Quill ") == "Ada Quill"
