"""A bot killed mid-game loses no scored point, and its restart closes the game it left open."""

from __future__ import annotations

import asyncio
import contextlib
import sys

from tests.quiz.e2e import (
    assert_no_pings_and_no_violations, eventually, game_status, option_id, question_message, quiz_bot,
    stored_answers, stored_question, text_of, wrong_label,
)

START_TIMEOUT = 30.0


@contextlib.asynccontextmanager
async def bot_in_another_process(server, settings):
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.quiz.bot_process", server.api_base, server.gateway_url, server.token,
        str(settings.database), str(settings.documents),
    )
    try:
        await server.wait_until_ready(START_TIMEOUT)
        yield process
    finally:
        if process.returncode is None:
            process.kill()
        await process.wait()


async def test_killed_mid_game_then_restarted(fake_discord, quiz_settings):
    server = fake_discord
    alice, bob = server.add_user("alice"), server.add_user("bob")
    guild = server.add_guild("Film Club", members=[alice, bob])

    async with bot_in_another_process(server, quiz_settings) as process:
        start = await server.slash("quiz", {"rounds": 3, "seconds": 30}, subcommand="start", user=alice, guild=guild)
        await start.wait_final()
        question = await question_message(start, 0)
        game_id, answer, options = stored_question(quiz_settings.database, guild.channel_id, 0)
        for user, label in ((alice, answer), (bob, wrong_label(answer, options))):
            click = await server.click(question, option_id(game_id, 0, options, label), user=user)
            await click.wait_final()
            assert "answer is in" in click.message["content"]
        scored = stored_answers(quiz_settings.database, game_id)
        process.kill()  # mid-question: no reveal, no cleanup, no goodbye
        await process.wait()
    assert scored[alice.id][1] > 0 and scored[bob.id] == (0, 0)
    assert game_status(quiz_settings.database, game_id) == "running"

    async with quiz_bot(server, quiz_settings):
        assert game_status(quiz_settings.database, game_id) == "abandoned"
        assert stored_answers(quiz_settings.database, game_id) == scored
        note = await server.wait_for_bot_messages(guild.channel_id, timeout=10)
        assert "interrupted" in note[0]["content"]

        stats = await server.slash("quiz", subcommand="stats", user=alice, guild=guild)
        await stats.wait_final()
        assert f"{scored[alice.id][1]} pts" in text_of(stats.message)

        old_click = await server.click(question, option_id(game_id, 0, options, answer), user=bob)
        await old_click.wait_final()
        assert old_click.ephemeral and "closed" in old_click.message["content"]

        restart = await server.slash("quiz", {"rounds": 1, "seconds": 1}, subcommand="start", user=bob, guild=guild)
        await restart.wait_final()
        assert not restart.ephemeral
        await eventually(lambda: game_status(quiz_settings.database, game_id + 1) == "finished", what="the new game")
    assert_no_pings_and_no_violations(server)
