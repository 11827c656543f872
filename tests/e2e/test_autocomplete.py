"""Autocomplete: "Title (Year)" labels, film ids as values, at most 25, fast."""

from __future__ import annotations

from tests.e2e.helpers import answer_text, ask_slash, assert_clean, unescaped


async def test_film_choices_are_labelled_and_keyed_by_id(film_bot, world):
    choices = await world.server.autocomplete("film", {"film": "leav"}, focused="film",
                                              user=world.alice, guild=world.guild)
    assert 1 <= len(choices) <= 25
    assert choices[0]["name"] == "Leaving Las Vegas (1995)"
    assert all(choice["value"].isdigit() and len(choice["name"]) <= 100 for choice in choices)
    picked = await ask_slash(world.server, "film", {"film": choices[0]["value"]}, user=world.alice,
                             guild=world.guild)
    assert "Mike Figgis" in unescaped(answer_text(picked))
    assert_clean(world.server)


async def test_every_film_option_autocompletes_in_a_dm_too(film_bot, world):
    for command in ("film", "cast", "plot", "bluray", "sources"):
        choices = await world.server.autocomplete(command, {"film": ""}, focused="film", user=world.bob)
        assert 1 <= len(choices) <= 25, command
    assert world.server.violations == []


async def test_name_choices_offer_characters_with_their_film(film_bot, world):
    choices = await world.server.autocomplete("who", {"name": "sera"}, focused="name",
                                              user=world.alice, guild=world.guild)
    assert 1 <= len(choices) <= 25
    sera = next(choice for choice in choices if choice["name"].startswith("Sera"))
    assert "Leaving Las Vegas (1995)" in sera["name"]
    answered = await ask_slash(world.server, "who", {"name": sera["value"]}, user=world.alice, guild=world.guild)
    assert "Elisabeth Shue" in unescaped(answer_text(answered))
    assert world.server.violations == []


async def test_autocomplete_is_answered_quickly(film_bot, world):
    choices = await world.server.autocomplete("film", {"film": "x" * 100}, focused="film", user=world.alice)
    assert len(choices) <= 25
    latest = world.server.interactions[-1]
    assert latest.latency is not None and latest.latency < 0.5
