"""Game embeds stay within Discord's limits whatever the documents say, and hide the answer in spoilers."""

import random

import discord

from bot.discord_app.cogs.quiz import GameLimits
from bot.discord_app.cogs._quiz_views import closed_view, question_embed, question_view, reveal_embed, standings_embed
from bot.quiz.game import QuizGame
from bot.quiz.questions import Question
from tests.quiz.factories import source

LONG = "A remarkably long sentence || with spoiler bars and @everyone in it " * 200


def long_game() -> QuizGame:
    question = Question(kind="blank", film_id=1, film_title="x" * 300, prompt=LONG, answer="lantern",
                        answer_type="text", options=("lantern", "harbour", "compass", "anchor"),
                        source=source(LONG))
    game = QuizGame(game_id=10**18, channel_id=1, guild_id=2, mode="choice", seconds=10, questions=[question])
    game.open_next(0.0)
    for user in range(40):
        game.submit(10**17 + user, random.Random(user).choice(question.options), 1.0 + user / 10)
    return game


def within_limits(embed: discord.Embed) -> bool:
    return (len(embed) <= 6000 and len(embed.title or "") <= 256 and len(embed.description or "") <= 4096
            and all(0 < len(f.value) <= 1024 and len(f.name) <= 256 for f in embed.fields))


def test_question_reveal_and_scores_fit_discords_limits():
    game = long_game()
    assert within_limits(question_embed(game, 0))
    reveal = reveal_embed(game.close_current(), reveal=True, total=1)
    assert within_limits(reveal) and within_limits(standings_embed(game, "Final scores"))
    assert reveal.description.startswith("The answer: ||") and reveal.description.endswith("||")
    assert "@everyone" not in str(reveal.to_dict())


def test_buttons_carry_short_ids_and_the_closed_ones_are_disabled():
    game = long_game()
    ids = [item.item.custom_id for item in question_view(game, 0).children]
    assert len(ids) == 4 and all(len(i) <= 100 for i in ids)
    closed = closed_view(game, 0).children
    assert all(item.item.disabled for item in closed)
    assert [item.item.style for item in closed].count(discord.ButtonStyle.success) == 1


def test_the_longest_game_allowed_ends_before_its_interaction_token_expires():
    limits = GameLimits()
    assert limits.max_rounds * (limits.max_seconds + limits.pause_seconds) < 14 * 60
    assert limits.problem(limits.max_rounds + 1, limits.min_seconds) and limits.problem(1, limits.min_seconds / 2)
    assert limits.problem(limits.max_rounds, limits.max_seconds) is None
