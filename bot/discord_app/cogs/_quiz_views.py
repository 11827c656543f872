"""What a trivia game looks like on Discord: embeds, answer buttons and the answer modal.

(The leading underscore keeps this helper module out of the cog loader, which loads every
public module of `bot.discord_app.cogs` as an extension.)

Buttons are `DynamicItem`s: their custom_id ("quiz:<game>:<question>:<option>") says what
they answer, so a click is handled even on a message sent before a restart (it is then told
the question is closed) and no view has to be kept per message. Clicks and modal answers are
handed to the quiz cog (`QuizAnswers`), which owns the games.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import discord

from bot.discord_app.views import NO_MENTIONS
from bot.quiz.game import QuizGame, RoundResult
from bot.quiz.store import Leaderboard, PlayerStats, QuizSettings, Standing
from bot.render.embeds import DESCRIPTION_LIMIT, FIELD_VALUE_LIMIT, cut, escape
from bot.render.text import document_name, one_line

QUIZ_COLOUR = discord.Colour.gold()
CUSTOM_ID_PREFIX = "quiz"
MODAL_ANSWER_CHARS = 100
LISTED_PLAYERS = 10  # players named under a reveal; the rest are counted
SOURCE_SENTENCE_CHARS = 600


class QuizAnswers(Protocol):
    """The cog's side of a click: judge an answer, or open the modal for one."""

    async def answer_option(self, interaction: discord.Interaction, game_id: int, position: int, option: int) -> None: ...

    async def open_answer_modal(self, interaction: discord.Interaction, game_id: int, position: int) -> None: ...

    async def answer_text(self, interaction: discord.Interaction, game_id: int, position: int, text: str) -> None: ...


def _answers(interaction: discord.Interaction) -> QuizAnswers:
    return interaction.client.get_cog("Quiz")  # type: ignore[return-value]


class OptionButton(discord.ui.DynamicItem[discord.ui.Button],
                   template=r"quiz:(?P<game>\d+):(?P<position>\d+):(?P<option>\d)"):
    """One option of a multiple-choice question."""

    def __init__(self, game_id: int, position: int, option: int, label: str = "?",
                 style: discord.ButtonStyle = discord.ButtonStyle.secondary, disabled: bool = False) -> None:
        super().__init__(discord.ui.Button(
            label=label, style=style, disabled=disabled,
            custom_id=f"{CUSTOM_ID_PREFIX}:{game_id}:{position}:{option}",
        ))
        self.game_id, self.position, self.option = game_id, position, option

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item, match) -> OptionButton:
        return cls(int(match["game"]), int(match["position"]), int(match["option"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        await _answers(interaction).answer_option(interaction, self.game_id, self.position, self.option)


class AnswerButton(discord.ui.DynamicItem[discord.ui.Button],
                   template=r"quiz:(?P<game>\d+):(?P<position>\d+):answer"):
    """The "Answer" button of an open question: opens a modal (no message-content intent needed)."""

    def __init__(self, game_id: int, position: int, disabled: bool = False) -> None:
        super().__init__(discord.ui.Button(
            label="Answer", style=discord.ButtonStyle.primary, disabled=disabled,
            custom_id=f"{CUSTOM_ID_PREFIX}:{game_id}:{position}:answer",
        ))
        self.game_id, self.position = game_id, position

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item, match) -> AnswerButton:
        return cls(int(match["game"]), int(match["position"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        await _answers(interaction).open_answer_modal(interaction, self.game_id, self.position)


class AnswerModal(discord.ui.Modal):
    """A one-field form for typing an answer."""

    answer: discord.ui.TextInput = discord.ui.TextInput(
        label="Your answer", custom_id="answer", max_length=MODAL_ANSWER_CHARS,
    )

    def __init__(self, game_id: int, position: int, user_id: int, timeout: float) -> None:
        # discord.py keys open modals by custom_id alone: one per player, or players' forms collide.
        super().__init__(title=f"Question {position + 1}", custom_id=f"quiz-answer:{game_id}:{position}:{user_id}",
                         timeout=timeout)
        self.game_id, self.position = game_id, position

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await _answers(interaction).answer_text(interaction, self.game_id, self.position, self.answer.value)


def question_view(game: QuizGame, position: int) -> discord.ui.View:
    """Four option buttons, or one "Answer" button in open mode."""
    view = discord.ui.View(timeout=None)
    if game.mode == "open":
        view.add_item(AnswerButton(game.game_id, position))
        return view
    for index, option in enumerate(game.questions[position].options):
        view.add_item(OptionButton(game.game_id, position, index, label=option))
    return view


def closed_view(game: QuizGame, position: int) -> discord.ui.View:
    """The question's buttons, disabled; in choice mode the right option shows green."""
    view = discord.ui.View(timeout=None)
    if game.mode == "open":
        view.add_item(AnswerButton(game.game_id, position, disabled=True))
        return view
    question = game.questions[position]
    for index, option in enumerate(question.options):
        style = discord.ButtonStyle.success if index == question.correct_option and game.reveal else discord.ButtonStyle.secondary
        view.add_item(OptionButton(game.game_id, position, index, label=option, style=style, disabled=True))
    return view


def start_embed(game: QuizGame, film_label: str | None) -> discord.Embed:
    about = f"about **{escape(film_label)}**" if film_label else "about the films I know"
    how = "click an option" if game.mode == "choice" else "press **Answer** and type it"
    return discord.Embed(
        title="Film trivia",
        description=(f"{len(game.questions)} questions {about}. {how.capitalize()} within "
                     f"{game.seconds:g} s; faster right answers score more."),
        colour=QUIZ_COLOUR,
    )


def question_embed(game: QuizGame, position: int) -> discord.Embed:
    question = game.questions[position]
    embed = discord.Embed(
        title=f"Question {position + 1} of {len(game.questions)}",
        description=cut(escape(question.prompt), DESCRIPTION_LIMIT),
        colour=QUIZ_COLOUR,
    )
    return embed.set_footer(text=f"{game.seconds:g} s to answer · one answer each")


def reveal_embed(result: RoundResult, *, reveal: bool, total: int) -> discord.Embed:
    """Who got it and how fast; with `reveal`, the answer and its source behind spoiler tags."""
    question = result.question
    embed = discord.Embed(title=f"Question {result.position + 1} of {total}: time's up", colour=QUIZ_COLOUR)
    if reveal:
        embed.description = f"The answer: ||{cut(escape(question.answer), 200)}||"
        sentence = cut(escape(one_line(question.source.sentence)), SOURCE_SENTENCE_CHARS)
        embed.add_field(name="Source", value=f"{escape(document_name(question.source))}: ||{sentence}||", inline=False)
    embed.add_field(name="Right", value=_right_answers(result), inline=False)
    wrong = len(result.responses) - len(result.winners)
    if wrong:
        embed.add_field(name="Wrong", value=f"{wrong} player{'s' if wrong != 1 else ''}", inline=False)
    return embed


def _right_answers(result: RoundResult) -> str:
    winners = result.winners
    if not winners:
        return "Nobody got it."
    lines = [
        f"<@{r.user_id}> in {r.elapsed:.1f} s, +{r.points}" + (f" (streak {r.streak})" if r.streak > 1 else "")
        for r in winners[:LISTED_PLAYERS]
    ]
    if len(winners) > LISTED_PLAYERS:
        lines.append(f"and {len(winners) - LISTED_PLAYERS} more")
    return cut("\n".join(lines), FIELD_VALUE_LIMIT)


def standings_embed(game: QuizGame, title: str) -> discord.Embed:
    """The game's scores, best first."""
    ranked = game.standings()[:LISTED_PLAYERS]
    lines = [f"**{i}.** <@{user_id}> {p.points} pts ({p.correct}/{p.answered} right, best streak {p.best_streak})"
             for i, (user_id, p) in enumerate(ranked, start=1)]
    return discord.Embed(title=title, description="\n".join(lines) or "Nobody answered.", colour=QUIZ_COLOUR)


def leaderboard_embed(board: Leaderboard, where: str) -> discord.Embed:
    embed = discord.Embed(title=f"Trivia leaderboard: {where}", colour=QUIZ_COLOUR)
    embed.description = "\n".join(_standing_line(s) for s in board.top) or "No scores yet."
    if board.caller is not None and board.caller not in board.top:
        embed.add_field(name="You", value=_standing_line(board.caller), inline=False)
    return embed


def _standing_line(standing: Standing) -> str:
    return f"**#{standing.rank}** <@{standing.user_id}> {standing.points} pts ({standing.correct}/{standing.answered} right)"


def stats_embed(user: discord.abc.User, scopes: Sequence[tuple[str, PlayerStats]]) -> discord.Embed:
    embed = discord.Embed(title=f"Trivia stats: {cut(escape(user.display_name), 200)}", colour=QUIZ_COLOUR)
    for where, stats in scopes:
        average = "—" if stats.average_seconds is None else f"{stats.average_seconds:.1f} s"
        embed.add_field(name=where, inline=False, value=(
            f"{stats.points} pts · {stats.correct}/{stats.answered} right · {stats.games} games · "
            f"best streak {stats.best_streak} · average right answer {average}"
        ))
    return embed


def settings_embed(settings: QuizSettings) -> discord.Embed:
    embed = discord.Embed(title="Trivia settings for this server", colour=QUIZ_COLOUR)
    embed.add_field(name="Rounds", value=str(settings.rounds))
    embed.add_field(name="Seconds per question", value=f"{settings.seconds:g}")
    embed.add_field(name="Reveal answers", value="on" if settings.reveal else "off")
    return embed
