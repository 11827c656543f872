"""Every slash command, asked about the bundled film in a guild, a DM and a user-installed
private channel, answered with the right facts, cited sources, and nothing Discord refuses."""

from __future__ import annotations

import pytest

from tests.e2e.helpers import answer_text, ask_slash, assert_clean, spoiler_markers, unescaped

FILM = "Leaving Las Vegas"
OUR_COMMANDS = {"film", "cast", "plot", "bluray", "who", "ask", "sources", "help", "sync"}
PLACES = ["guild", "dm", "private"]


def where(world, place: str) -> dict:
    if place == "guild":
        return {"user": world.alice, "guild": world.guild}
    return {"user": world.alice, "context": place}


async def test_commands_are_registered_for_every_context_and_install(film_bot, world):
    registered = {command["name"]: command for command in world.server.commands["global"]}
    assert OUR_COMMANDS <= set(registered)
    for name in OUR_COMMANDS:
        assert sorted(registered[name]["contexts"]) == [0, 1, 2], name
        assert sorted(registered[name]["integration_types"]) == [0, 1], name
        assert registered[name]["description"]


@pytest.mark.parametrize("place", PLACES)
async def test_film(film_bot, world, place):
    result = await ask_slash(world.server, "film", {"film": FILM}, **where(world, place))
    text = unescaped(answer_text(result))
    assert not result.ephemeral
    assert "Mike Figgis" in text
    assert "1995 — one source says 2007" in text  # the year, and the source that disagrees
    assert "Sources" in text and ".txt" in text
    assert_clean(world.server)


@pytest.mark.parametrize("place", PLACES)
async def test_cast(film_bot, world, place):
    result = await ask_slash(world.server, "cast", {"film": FILM}, **where(world, place))
    fields = [(unescaped(f["name"]), unescaped(f["value"])) for f in result.message["embeds"][0]["fields"]]
    for actor, character in [("Nicolas Cage", "Ben Sanderson"), ("Elisabeth Shue", "Sera"), ("Julian Sands", "Yuri")]:
        assert any(actor in name and character in value for name, value in fields), (actor, fields)
    assert_clean(world.server)


@pytest.mark.parametrize("place", PLACES)
async def test_plot_tells_the_ending_only_when_asked_and_behind_spoiler_tags(film_bot, world, place):
    premise = await ask_slash(world.server, "plot", {"film": FILM}, **where(world, place))
    held_back = await ask_slash(world.server, "plot", {"film": FILM, "full": True}, **where(world, place))
    revealed = await ask_slash(world.server, "plot", {"film": FILM, "full": True, "reveal_ending": True},
                               **where(world, place))
    assert "Sera" in answer_text(premise)
    assert len(answer_text(premise)) < len(answer_text(held_back)) < len(answer_text(revealed))
    assert spoiler_markers(answer_text(held_back)) == 0
    assert spoiler_markers(answer_text(revealed)) >= 2
    assert_clean(world.server)


@pytest.mark.parametrize("place", PLACES)
async def test_bluray(film_bot, world, place):
    text = unescaped(answer_text(await ask_slash(world.server, "bluray", {"film": FILM}, **where(world, place))))
    for fact in ("1.85:1", "1080p", "DTS-HD Master Audio 5.1"):
        assert fact in text
    assert "trailer" in text.lower()
    assert_clean(world.server)


@pytest.mark.parametrize("place", PLACES)
async def test_who_plays_a_character(film_bot, world, place):
    text = unescaped(answer_text(await ask_slash(world.server, "who", {"name": "Sera"}, **where(world, place))))
    assert "Elisabeth Shue" in text
    assert_clean(world.server)


@pytest.mark.parametrize("place", PLACES)
async def test_ask_in_plain_words(film_bot, world, place):
    result = await ask_slash(world.server, "ask", {"question": "who directed leaving las vegas?"},
                             **where(world, place))
    assert "Mike Figgis" in unescaped(answer_text(result))
    assert_clean(world.server)


@pytest.mark.parametrize("place", PLACES)
async def test_sources_name_the_documents(film_bot, world, place):
    text = unescaped(answer_text(await ask_slash(world.server, "sources", {"film": FILM}, **where(world, place))))
    assert "000_30ef5a146a95a8ad.txt" in text and "001_40daae446cf7a5b8.txt" in text
    assert "2007" in text  # where the documents disagree
    assert_clean(world.server)


@pytest.mark.parametrize("place", PLACES)
async def test_help_lists_the_commands(film_bot, world, place):
    text = unescaped(answer_text(await ask_slash(world.server, "help", **where(world, place))))
    for command in ("/film", "/cast", "/plot", "/bluray", "/who", "/ask", "/sources"):
        assert command in text
    assert_clean(world.server)
