"""Persistence: answers committed one by one, one running game per channel, leaderboards, settings."""

import random
import sqlite3

import pytest

from bot.quiz import store
from bot.quiz.game import Response
from bot.quiz.questions import generate_questions
from bot.store.db import open_database
from tests.quiz.factories import make_film


@pytest.fixture
async def db(tmp_path):
    connection = await open_database(tmp_path / "quiz.db")
    yield connection
    await connection.close()


QUESTION = generate_questions([make_film()], 1, random.Random(0))[0]


async def play(db, *, guild_id, channel_id, answers):
    """A game with one question and the given (user_id, points) answers; returns the game id."""
    game_id = await store.create_game(db, guild_id=guild_id, channel_id=channel_id, started_by=1,
                                      mode="choice", rounds=1, seconds=10)
    question_id = await store.save_question(db, game_id, 0, QUESTION)
    for user_id, points in answers:
        await store.save_answer(db, question_id, Response(user_id, QUESTION.answer, points > 0, points, 1.5, 1))
    await store.end_game(db, game_id, "finished")
    return game_id


async def test_each_answer_is_visible_to_another_connection_as_soon_as_it_is_saved(db, tmp_path):
    game_id = await store.create_game(db, guild_id=5, channel_id=6, started_by=1, mode="open", rounds=3, seconds=10)
    question_id = await store.save_question(db, game_id, 0, QUESTION)
    await store.save_answer(db, question_id, Response(42, "typed", True, 140, 2.0, 1))
    reader = sqlite3.connect(tmp_path / "quiz.db")
    try:
        assert reader.execute("SELECT user_id, points, streak FROM quiz_answers").fetchall() == [(42, 140, 1)]
        assert reader.execute("SELECT status FROM quiz_games").fetchall() == [("running",)]
    finally:
        reader.close()
    assert await store.game_points(db, game_id) == {42: 140}


async def test_a_channel_has_one_running_game_at_a_time(db):
    game_id = await store.create_game(db, guild_id=5, channel_id=6, started_by=1, mode="choice", rounds=3, seconds=10)
    with pytest.raises(store.GameAlreadyRunning):
        await store.create_game(db, guild_id=5, channel_id=6, started_by=2, mode="choice", rounds=3, seconds=10)
    await store.create_game(db, guild_id=5, channel_id=7, started_by=2, mode="choice", rounds=3, seconds=10)
    await store.end_game(db, game_id, "stopped")
    await store.create_game(db, guild_id=5, channel_id=6, started_by=2, mode="choice", rounds=3, seconds=10)
    assert [g.channel_id for g in await store.running_games(db)] == [7, 6]


async def test_one_answer_per_player_per_question_is_enforced_by_the_schema(db):
    game_id = await store.create_game(db, guild_id=None, channel_id=6, started_by=1, mode="choice", rounds=1, seconds=5)
    question_id = await store.save_question(db, game_id, 0, QUESTION)
    await store.save_answer(db, question_id, Response(1, "a", True, 100, 1.0, 1))
    with pytest.raises(sqlite3.IntegrityError):
        await store.save_answer(db, question_id, Response(1, "b", False, 0, 2.0, 0))


async def test_leaderboard_shows_the_top_ten_and_the_callers_rank_below_them(db):
    await play(db, guild_id=5, channel_id=1, answers=[(user, 1000 - user * 10) for user in range(1, 16)])
    await play(db, guild_id=9, channel_id=2, answers=[(15, 500), (99, 2000)])
    server = await store.leaderboard(db, guild_id=5, caller_id=14)
    assert [s.user_id for s in server.top] == list(range(1, 11))
    assert [s.rank for s in server.top] == list(range(1, 11))
    assert server.caller.rank == 14 and server.caller.points == 860
    everywhere = await store.leaderboard(db, guild_id=None, caller_id=15)
    assert everywhere.top[0].user_id == 99
    assert everywhere.caller.rank == 2 and everywhere.caller.points == 850 + 500
    nobody = await store.leaderboard(db, guild_id=5, caller_id=12345)
    assert nobody.caller is None and len(nobody.top) == 10


async def test_ties_share_a_rank(db):
    await play(db, guild_id=5, channel_id=1, answers=[(1, 300), (2, 300), (3, 100)])
    board = await store.leaderboard(db, guild_id=5, caller_id=3)
    assert [s.rank for s in board.top] == [1, 1, 3]


async def test_player_stats_per_server_and_everywhere(db):
    await play(db, guild_id=5, channel_id=1, answers=[(7, 120)])
    await play(db, guild_id=6, channel_id=2, answers=[(7, 0)])
    everywhere = await store.player_stats(db, 7)
    assert (everywhere.points, everywhere.correct, everywhere.answered, everywhere.games) == (120, 1, 2, 2)
    assert everywhere.average_seconds == 1.5
    one_server = await store.player_stats(db, 7, guild_id=6)
    assert (one_server.points, one_server.answered, one_server.average_seconds) == (0, 1, None)


async def test_settings_fall_back_to_defaults_and_change_one_at_a_time(db):
    defaults = store.QuizSettings()
    assert await store.get_settings(db, 5) == defaults
    assert await store.get_settings(db, None) == defaults
    await store.update_settings(db, 5, rounds=8)
    changed = await store.update_settings(db, 5, reveal=False)
    assert changed == store.QuizSettings(rounds=8, seconds=defaults.seconds, reveal=False)
    assert await store.get_settings(db, 6) == defaults
