"""Questions as users type them, through the real discord.py client and the local server:
a DM and /ask read a question the same way, and never answer from a film it did not name."""

from __future__ import annotations

import pytest

from tests.e2e.helpers import answer_text, ask_slash, assert_clean, embed_text, unescaped


async def dm(world, question: str) -> str:
    replies = await world.server.send_message(question, user=world.alice)
    assert len(replies) == 1
    return unescaped(embed_text(replies[0]))


async def slash(world, question: str) -> str:
    result = await ask_slash(world.server, "ask", {"question": question}, user=world.alice, guild=world.guild)
    return unescaped(answer_text(result))


SURFACES = {"dm": dm, "ask": slash}


@pytest.mark.parametrize("surface", sorted(SURFACES))
async def test_a_film_the_documents_do_not_know_gets_no_other_films_facts(film_bot, world, surface):
    text = await SURFACES[surface](world, "who plays Sera in Notorious?")
    assert "Notorious" in text and "Elisabeth Shue" not in text
    text = await SURFACES[surface](world, "what is the aspect ratio of the Ben-Hur blu-ray")
    assert "1.85:1" not in text
    assert_clean(world.server)


@pytest.mark.parametrize("surface", sorted(SURFACES))
async def test_a_character_by_what_they_are_and_a_misspelt_title(film_bot, world, surface):
    assert "Elisabeth Shue" in await SURFACES[surface](world, "who plays the prostitute?")
    text = await SURFACES[surface](world, "who plays Sera in leavng las vegs")
    assert "Elisabeth Shue" in text and "Taking" in text


@pytest.mark.parametrize("surface", sorted(SURFACES))
async def test_a_yes_no_year_is_checked_against_the_documents(film_bot, world, surface):
    text = await SURFACES[surface](world, "Is Leaving Las Vegas from 2007?")
    assert text.startswith("No") or "No: " in text
    assert "1995" in text
