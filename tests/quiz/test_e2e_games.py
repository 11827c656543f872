"""Whole games through FakeDiscord with the real bot: buttons, the modal, DMs, one game per channel."""

from __future__ import annotations

import contextlib
import sqlite3

from tests.quiz.e2e import (
    assert_no_pings_and_no_violations, final_message, game_status, option_id, question_message, quiz_bot,
    reveal_message, stored_answers, stored_question, text_of, wrong_label,
)


async def click_and_read(server, message, custom_id, user) -> str:
    result = await server.click(message, custom_id, user=user)
    await result.wait_final()
    assert result.ephemeral and result.error is None
    return result.message["content"]


async def test_a_guild_game_with_three_players(fake_discord, quiz_settings):
    server = fake_discord
    alice, bob, carol = server.add_user("alice"), server.add_user("bob"), server.add_user("carol")
    guild = server.add_guild("Film Club", members=[alice, bob, carol])
    async with quiz_bot(server, quiz_settings):
        start = await server.slash("quiz", {"rounds": 2, "seconds": 1.5}, subcommand="start", user=alice, guild=guild)
        await start.wait_final()
        assert not start.ephemeral and start.message["embeds"][0]["title"] == "Film trivia"

        question = await question_message(start, 0)
        game_id, answer, options = stored_question(quiz_settings.database, guild.channel_id, 0)
        assert [b["label"] for row in question["components"] for b in row["components"]] == options
        right, wrong = option_id(game_id, 0, options, answer), option_id(game_id, 0, options, wrong_label(answer, options))

        assert "answer is in" in await click_and_read(server, question, right, alice)
        assert "already answered" in await click_and_read(server, question, wrong, alice)
        assert "answer is in" in await click_and_read(server, question, wrong, bob)
        # Both answers are committed before the question even closes.
        stored = stored_answers(quiz_settings.database, game_id)
        assert stored[alice.id][0] == 1 and stored[alice.id][1] > 100 and stored[bob.id] == (0, 0)

        reveal = await reveal_message(start, 0)
        assert "closed" in await click_and_read(server, question, right, carol)  # too late
        shown = text_of(reveal)
        assert "||" in shown and f"<@{alice.id}>" in shown and "invented-" in shown
        assert f"<@{bob.id}>" not in shown and "Wrong: 1 player" in shown

        await question_message(start, 1)
        final = await final_message(start)
        assert text_of(final).index(f"<@{alice.id}>") < text_of(final).index(f"<@{bob.id}>")
        assert carol.id not in stored_answers(quiz_settings.database, game_id)
        assert game_status(quiz_settings.database, game_id) == "finished"

        board = await server.slash("quiz", {"scope": "server"}, subcommand="leaderboard", user=carol, guild=guild)
        await board.wait_final()
        assert text_of(board.message).index(f"<@{alice.id}>") < text_of(board.message).index(f"<@{bob.id}>")
    assert_no_pings_and_no_violations(server)


async def test_an_open_answer_game_through_the_modal(fake_discord, quiz_settings):
    server = fake_discord
    alice, bob = server.add_user("alice"), server.add_user("bob")
    guild = server.add_guild("Film Club", members=[alice, bob])
    async with quiz_bot(server, quiz_settings):
        start = await server.slash("quiz", {"rounds": 1, "seconds": 3, "mode": "open"}, subcommand="start",
                                   user=alice, guild=guild)
        await start.wait_final()
        question = await question_message(start, 0)
        game_id, answer, _ = stored_question(quiz_settings.database, guild.channel_id, 0)
        button = f"quiz:{game_id}:0:answer"

        opened = await server.click(question, button, user=alice)
        await opened.wait_final()
        assert opened.modal is not None
        typed = await server.submit_modal(opened, values={"answer": f"  {answer.upper()}!"}, user=alice)
        await typed.wait_final()
        assert typed.ephemeral and "answer is in" in typed.message["content"]

        again = await server.click(question, button, user=alice)
        await again.wait_final()
        assert again.ephemeral and "already answered" in again.message["content"]

        bob_form = await server.click(question, button, user=bob)
        await bob_form.wait_final()
        await (await server.submit_modal(bob_form, values={"answer": "no idea at all"}, user=bob)).wait_final()

        await final_message(start)
        stored = stored_answers(quiz_settings.database, game_id)
        assert stored[alice.id][0] == 1 and stored[bob.id] == (0, 0)
    assert_no_pings_and_no_violations(server)


async def test_a_solo_game_in_a_dm_about_one_film(fake_discord, quiz_settings):
    server = fake_discord
    dana = server.add_user("dana")
    async with quiz_bot(server, quiz_settings):
        start = await server.slash("quiz", {"film": "lantern keeper", "rounds": 2, "seconds": 1}, subcommand="start",
                                   user=dana, context="dm")
        await start.wait_final()
        assert "The Lantern Keeper" in text_of(start.message)
        question = await question_message(start, 0)
        game_id, answer, options = stored_question(quiz_settings.database, dana.dm_channel_id, 0)
        assert "answer is in" in await click_and_read(server, question, option_id(game_id, 0, options, answer), dana)
        assert f"<@{dana.id}>" in text_of(await final_message(start))
    with contextlib.closing(sqlite3.connect(quiz_settings.database)) as db:
        assert db.execute("SELECT guild_id, status FROM quiz_games WHERE id = ?", (game_id,)).fetchone() == (None, "finished")
        titles = db.execute("SELECT DISTINCT film_title FROM quiz_questions WHERE game_id = ?", (game_id,)).fetchall()
        assert titles == [("The Lantern Keeper",)]
    assert_no_pings_and_no_violations(server)


async def test_one_game_per_channel_and_who_may_stop_it(fake_discord, quiz_settings):
    server = fake_discord
    alice, bob = server.add_user("alice"), server.add_user("bob")
    guild = server.add_guild("Film Club", members=[alice, bob])
    async with quiz_bot(server, quiz_settings):
        first = await server.slash("quiz", {"rounds": 3, "seconds": 10}, subcommand="start", user=alice, guild=guild)
        await first.wait_final()
        second = await server.slash("quiz", {"rounds": 3}, subcommand="start", user=bob, guild=guild)
        await second.wait_final()
        assert second.ephemeral and "already running" in second.message["content"]

        refused = await server.slash("quiz", subcommand="stop", user=bob, guild=guild)
        await refused.wait_final()
        assert refused.ephemeral and "Only the player who started" in refused.message["content"]

        await question_message(first, 0)
        game_id, _, _ = stored_question(quiz_settings.database, guild.channel_id, 0)
        stopped = await server.slash("quiz", subcommand="stop", user=alice, guild=guild)
        await stopped.wait_final()
        assert not stopped.ephemeral and stopped.message["embeds"][0]["title"] == "Game stopped"
        assert game_status(quiz_settings.database, game_id) == "stopped"

        again = await server.slash("quiz", {"rounds": 1, "seconds": 1}, subcommand="start", user=bob, guild=guild)
        await again.wait_final()
        assert not again.ephemeral
        await final_message(again)
    assert_no_pings_and_no_violations(server)
