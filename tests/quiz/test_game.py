"""Scoring and streaks, and one game's answer rules, on a fixed clock."""

import random

import pytest

from bot.quiz.game import BASE_POINTS, SPEED_BONUS, STREAK_BONUS, STREAK_BONUS_CAP, QuizGame, score_answer
from bot.quiz.questions import generate_questions
from tests.quiz.factories import make_film


@pytest.mark.parametrize("elapsed,expected", [(0.0, BASE_POINTS + SPEED_BONUS), (5.0, BASE_POINTS + SPEED_BONUS // 2),
                                              (10.0, BASE_POINTS), (12.0, BASE_POINTS)])
def test_a_right_answer_earns_base_points_and_a_speed_bonus(elapsed, expected):
    assert score_answer(True, elapsed, 10.0, 0) == (expected, 1)


def test_a_wrong_answer_earns_nothing_and_ends_the_streak():
    assert score_answer(False, 0.0, 10.0, 4) == (0, 0)


def test_the_streak_bonus_grows_then_stops_at_its_cap():
    bonuses = [score_answer(True, 10.0, 10.0, before)[0] - BASE_POINTS for before in range(8)]
    assert bonuses == [STREAK_BONUS * min(n, STREAK_BONUS_CAP) for n in range(8)]


def new_game(mode="choice", rounds=3, seconds=10.0):
    questions = generate_questions([make_film()], rounds, random.Random(5), open_answer=mode == "open")
    return QuizGame(game_id=1, channel_id=10, guild_id=20, mode=mode, seconds=seconds, questions=questions)


def wrong_option(question):
    return next(o for o in question.options if o != question.answer)


def test_one_answer_per_player_per_question_and_none_after_the_deadline():
    game = new_game()
    q = game.open_next(now=100.0)
    first = game.submit(1, q.answer, now=101.0)
    assert first.status == "accepted" and first.response.correct
    assert first.response.points == score_answer(True, 1.0, 10.0, 0)[0]
    assert game.submit(1, wrong_option(q), now=102.0).status == "already_answered"
    assert game.submit(2, wrong_option(q), now=103.0).response.points == 0
    assert game.submit(3, q.answer, now=110.5).status == "too_late"
    result = game.close_current()
    assert [r.user_id for r in result.responses] == [1, 2]
    assert [r.user_id for r in result.winners] == [1]
    assert game.submit(4, q.answer, now=105.0).status == "closed"


def test_streaks_carry_across_questions_and_break_on_a_skipped_question():
    game = new_game(rounds=3)
    for now in (0.0, 20.0):
        q = game.open_next(now)
        game.submit(1, q.answer, now + 10.0)
        game.submit(2, q.answer, now + 10.0)
        game.close_current()
    assert game.players[1].streak == game.players[2].streak == 2
    q = game.open_next(40.0)
    game.submit(1, q.answer, 50.0)
    game.close_current()
    assert game.players[1].streak == 3 and game.players[1].best_streak == 3
    assert game.players[2].streak == 0 and game.players[2].best_streak == 2
    assert game.players[1].points == 3 * BASE_POINTS + STREAK_BONUS + 2 * STREAK_BONUS
    assert [user for user, _ in game.standings()] == [1, 2]
    assert not game.has_next


def test_open_mode_judges_typed_text_forgivingly():
    game = new_game(mode="open")
    q = game.open_next(0.0)
    typed = q.answer.upper() + "!"
    assert game.submit(1, typed, 1.0).response.correct
    assert not game.submit(2, "something else entirely", 1.0).response.correct
