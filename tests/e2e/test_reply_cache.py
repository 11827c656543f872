"""Replies are kept between interactions, yet every answer follows a change to the store, such
as an ingest committed by another process."""

from __future__ import annotations

import sqlite3

from tests.e2e.helpers import answer_text, ask_slash, assert_clean, unescaped

FILM = "Leaving Las Vegas"
RENAMED = " Quillfeather"  # a made-up surname appended to one character's name


def rename_first_character(database) -> str:
    """Appends RENAMED to the first credited character, wherever a document names them;
    returns the new name."""
    with sqlite3.connect(database) as db:
        (character,) = db.execute(
            "SELECT character FROM credits WHERE role = 'cast' AND character IS NOT NULL ORDER BY id LIMIT 1"
        ).fetchone()
        db.execute("UPDATE credits SET character = ? WHERE role = 'cast' AND character = ?",
                   (character + RENAMED, character))
    return character + RENAMED


async def test_a_repeated_command_gets_the_same_answer(film_bot, world):
    first = await ask_slash(world.server, "cast", {"film": FILM}, user=world.alice, guild=world.guild)
    again = await ask_slash(world.server, "cast", {"film": FILM}, user=world.bob, guild=world.guild)
    assert again.message["embeds"] == first.message["embeds"]
    assert_clean(world.server)


async def test_answers_follow_a_commit_by_another_connection(film_bot, world, bot_settings):
    question = {"question": f"Who is in {FILM}?"}
    before_cast = await ask_slash(world.server, "cast", {"film": FILM}, user=world.alice, guild=world.guild)
    before_ask = await ask_slash(world.server, "ask", question, user=world.alice, guild=world.guild)
    renamed = rename_first_character(bot_settings.database)
    after_cast = await ask_slash(world.server, "cast", {"film": FILM}, user=world.alice, guild=world.guild)
    after_ask = await ask_slash(world.server, "ask", question, user=world.alice, guild=world.guild)
    for before, after in [(before_cast, after_cast), (before_ask, after_ask)]:
        assert renamed not in unescaped(answer_text(before))
        assert renamed in unescaped(answer_text(after))
    assert_clean(world.server)
