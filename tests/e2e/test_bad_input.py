"""Hostile or mistaken input gets a short private answer that pings nobody; limits hold."""

from __future__ import annotations

import pytest

from bot.discord_app.tree import APOLOGY
from tests.e2e.helpers import ask_slash, assert_clean, embed_text, unescaped

NASTY_FILMS = [
    "x" * 6000,
    "@everyone look at this",
    "<@&123456789012345678> **bold** ||spoiler|| `code` > quote",
    "'; DROP TABLE films; --",
    "Robert'); SELECT * FROM films WHERE title LIKE '%",
]


@pytest.mark.parametrize("command", ["film", "cast", "plot", "bluray", "sources"])
async def test_an_unknown_film_suggests_the_closest(film_bot, world, command):
    result = await ask_slash(world.server, command, {"film": "Leavng Las Vegs"}, user=world.alice, guild=world.guild)
    assert result.ephemeral
    text = unescaped(embed_text(result.message))
    assert "Did you mean" in text and "Leaving Las Vegas (1995)" in text
    assert_clean(world.server)


@pytest.mark.parametrize("value", NASTY_FILMS)
async def test_nasty_film_values_are_refused_safely(film_bot, world, value):
    result = await ask_slash(world.server, "film", {"film": value}, user=world.alice, guild=world.guild)
    assert result.ephemeral
    text = embed_text(result.message)
    assert text and len(text) < 2000
    assert "@everyone" not in text and "<@&123456789012345678>" not in text
    assert_clean(world.server)


@pytest.mark.parametrize("value", NASTY_FILMS)
async def test_nasty_questions_and_names_are_answered_within_limits(film_bot, world, value):
    for command, option in (("ask", "question"), ("who", "name")):
        result = await ask_slash(world.server, command, {option: value}, user=world.alice)
        text = embed_text(result.message)
        assert text and "@everyone" not in text
    assert_clean(world.server)


async def test_the_cooldown_answers_privately(film_bot, world):
    rate = film_bot.settings.cooldown_rate
    for _ in range(rate):
        assert not (await ask_slash(world.server, "help", user=world.bob)).ephemeral
    throttled = await ask_slash(world.server, "help", user=world.bob)
    assert throttled.ephemeral and "try again in" in throttled.message["content"]
    other_user = await ask_slash(world.server, "help", user=world.alice)
    assert not other_user.ephemeral
    assert_clean(world.server)


async def test_a_dropped_database_gets_an_apology(film_bot, world, caplog):
    await film_bot.db.close()
    result = await ask_slash(world.server, "ask", {"question": "who directed leaving las vegas?"},
                             user=world.alice, guild=world.guild)
    assert result.ephemeral and result.message["content"] == APOLOGY
    assert any(record.exc_info for record in caplog.records if record.name == "bot.discord_app.tree")
    assert_clean(world.server)
