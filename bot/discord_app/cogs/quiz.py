"""/quiz: trivia games in a channel or a DM, and /quiz-settings for server managers.

A game runs as one asyncio task per channel: ask a question, wait `seconds`, close it and
reveal, repeat. Its messages are followups of the /quiz start interaction, which work in
guild channels, DMs and private channels alike (the token lasts 15 minutes, hence the
limits on rounds and seconds). Every scored answer is written to SQLite before the player is
told it counts; on load the cog closes games a crash left running and tells their channels.

Server settings live in their own top-level group, /quiz-settings, because Discord applies
`default_member_permissions` only to top-level commands: as a /quiz subcommand it could not
be hidden from members without Manage Server. The permission is also checked here, since a
server can override a command's default permissions.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass
from typing import Literal

import aiosqlite
import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.cogs._quiz_views import (
    NO_MENTIONS, AnswerButton, AnswerModal, OptionButton, closed_view, leaderboard_embed, question_embed,
    question_view, reveal_embed, settings_embed, standings_embed, start_embed, stats_embed,
)
from bot.discord_app.transformers import FilmTransformer
from bot.discord_app.tree import send_private
from bot.quiz import store
from bot.quiz.game import QuizGame, SubmitStatus
from bot.quiz.questions import generate_questions
from bot.store.queries import get_film, list_films
from bot.store.records import FilmRecord, FilmSummary

log = logging.getLogger(__name__)

# Films loaded per game: the questions' films and the corpus wrong options come from.
FILMS_PER_GAME = 25
MODAL_GRACE_SECONDS = 30.0
CLOSED = "This question is closed."
REPLIES: dict[SubmitStatus, str] = {
    "already_answered": "You already answered this question.",
    "too_late": "Too late: time was up for this question.",
    "closed": CLOSED,
}


@dataclass(frozen=True)
class GameLimits:
    """Bounds on a game; a whole game must fit in an interaction token's 15 minutes.

    Tests lower `min_seconds` and `pause_seconds` to keep games short.
    """

    min_seconds: float = 5.0
    max_seconds: float = 45.0
    max_rounds: int = 15
    pause_seconds: float = 3.0  # between a reveal and the next question

    def problem(self, rounds: int, seconds: float) -> str | None:
        """Why these numbers are not allowed, or None."""
        if not 1 <= rounds <= self.max_rounds:
            return f"Rounds must be between 1 and {self.max_rounds}."
        if not self.min_seconds <= seconds <= self.max_seconds:
            return f"Seconds per question must be between {self.min_seconds:g} and {self.max_seconds:g}."
        return None


@dataclass
class LiveGame:
    """A running game and what the cog needs to drive it on Discord."""

    state: QuizGame
    started_by: int
    followup: discord.Webhook
    task: asyncio.Task | None = None
    question_id: int | None = None
    message: discord.WebhookMessage | None = None


class Quiz(commands.Cog, name="Quiz"):
    """Trivia games: one per channel, scored and stored answer by answer."""

    quiz = app_commands.Group(
        name="quiz", description="Film trivia games built from the stored facts",
        allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=True),
        allowed_installs=app_commands.AppInstallationType(guild=True, user=True),
    )
    quiz_settings = app_commands.Group(
        name="quiz-settings", description="Trivia defaults for this server (Manage Server)",
        default_permissions=discord.Permissions(manage_guild=True),
        allowed_contexts=app_commands.AppCommandContext(guild=True, dm_channel=False, private_channel=False),
        allowed_installs=app_commands.AppInstallationType(guild=True, user=False),
    )

    def __init__(self, bot: commands.Bot, limits: GameLimits | None = None) -> None:
        self.bot = bot
        self.limits = limits or GameLimits()
        self.games: dict[int, LiveGame] = {}  # by channel id
        self.rng = random.Random()
        self._notes: asyncio.Task | None = None

    @property
    def db(self) -> aiosqlite.Connection:
        return self.bot.db  # type: ignore[attr-defined]

    # --- life cycle ------------------------------------------------------------------------

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(OptionButton, AnswerButton)
        if getattr(self.bot, "db", None) is None:
            return  # loaded without its store (a command-tree check): no game to recover
        interrupted = await store.running_games(self.db)
        for game in interrupted:
            await store.end_game(self.db, game.id, "abandoned")
        if interrupted:
            log.info("closed %d trivia game(s) left running by a previous process", len(interrupted))
            self._notes = asyncio.create_task(self._tell_interrupted(interrupted), name="quiz-restart-notes")

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(OptionButton, AnswerButton)
        if self._notes is not None:
            self._notes.cancel()
        for live in list(self.games.values()):
            await self._stop(live, "stopped")

    async def _tell_interrupted(self, games: list[store.RunningGame]) -> None:
        """A short note in each channel whose game a restart ended, where the bot can post."""
        await self.bot.wait_until_ready()
        for game in games:
            channel = self.bot.get_partial_messageable(game.channel_id, guild_id=game.guild_id)
            try:
                await channel.send("The trivia game here was interrupted when I restarted. Every point "
                                   "scored is kept; `/quiz start` begins a new game.", allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:
                log.info("could not tell channel %s that its game was closed", game.channel_id)

    # --- /quiz ----------------------------------------------------------------------------

    @quiz.command(name="start")
    @app_commands.describe(
        film="Ask about this film only (default: any film)",
        rounds="Number of questions (default: the server's setting)",
        mode="choice: pick one of four buttons; open: type the answer",
        seconds="Seconds to answer each question (default: the server's setting)",
    )
    async def start(
        self, interaction: discord.Interaction,
        film: app_commands.Transform[FilmSummary, FilmTransformer] | None = None,
        rounds: int | None = None, mode: Literal["choice", "open"] = "choice", seconds: float | None = None,
    ) -> None:
        """Start a trivia game in this channel (a solo game in a DM)."""
        channel_id = interaction.channel_id
        if channel_id in self.games:
            await send_private(interaction, "A game is already running in this channel; `/quiz stop` ends it.")
            return
        settings = await store.get_settings(self.db, interaction.guild_id)
        rounds = settings.rounds if rounds is None else rounds
        seconds = settings.seconds if seconds is None else seconds
        if problem := self.limits.problem(rounds, seconds):
            await send_private(interaction, problem)
            return
        questions = generate_questions(await self._films_for(film), rounds, self.rng,
                                       film_id=film.id if film else None, open_answer=mode == "open")
        if not questions:
            await send_private(interaction, "I don't know enough facts yet to ask questions about that.")
            return
        try:
            game_id = await store.create_game(self.db, guild_id=interaction.guild_id, channel_id=channel_id,
                                              started_by=interaction.user.id, mode=mode,
                                              rounds=len(questions), seconds=seconds)
        except store.GameAlreadyRunning:
            await send_private(interaction, "A game is already running in this channel; `/quiz stop` ends it.")
            return
        state = QuizGame(game_id=game_id, channel_id=channel_id, guild_id=interaction.guild_id, mode=mode,
                         seconds=seconds, questions=questions, reveal=settings.reveal)
        live = LiveGame(state, started_by=interaction.user.id, followup=interaction.followup)
        self.games[channel_id] = live
        await interaction.response.send_message(embed=start_embed(state, film.label if film else None),
                                                allowed_mentions=NO_MENTIONS)
        live.task = asyncio.create_task(self._run(live), name=f"quiz-game-{game_id}")

    @quiz.command(name="stop")
    async def stop(self, interaction: discord.Interaction) -> None:
        """Stop the game in this channel (its starter, or anyone who can manage messages)."""
        live = self.games.get(interaction.channel_id)
        if live is None:
            await send_private(interaction, "No game is running in this channel.")
            return
        if not self._may_stop(interaction, live):
            await send_private(interaction, "Only the player who started the game, or someone who can "
                                            "manage messages here, can stop it.")
            return
        await self._stop(live, "stopped")
        await interaction.response.send_message(embed=standings_embed(live.state, "Game stopped"),
                                                allowed_mentions=NO_MENTIONS)

    @quiz.command(name="leaderboard")
    @app_commands.describe(scope="This server's players, or everyone's scores everywhere")
    async def leaderboard(self, interaction: discord.Interaction,
                          scope: Literal["server", "global"] = "server") -> None:
        """The top ten players, and your own rank."""
        in_server = scope == "server" and interaction.guild_id is not None
        board = await store.leaderboard(self.db, guild_id=interaction.guild_id if in_server else None,
                                        caller_id=interaction.user.id)
        where = "this server" if in_server else "everywhere"
        await interaction.response.send_message(embed=leaderboard_embed(board, where), allowed_mentions=NO_MENTIONS)

    @quiz.command(name="stats")
    @app_commands.describe(user="Whose statistics (default: yours)")
    async def stats(self, interaction: discord.Interaction, user: discord.User | None = None) -> None:
        """Points, right answers, games and best streak of a player."""
        player = user or interaction.user
        scopes = [("Everywhere", await store.player_stats(self.db, player.id))]
        if interaction.guild_id is not None:
            scopes.append(("This server", await store.player_stats(self.db, player.id, guild_id=interaction.guild_id)))
        await interaction.response.send_message(embed=stats_embed(player, scopes), allowed_mentions=NO_MENTIONS)

    # --- /quiz-settings -----------------------------------------------------------------------

    @quiz_settings.command(name="show")
    async def settings_show(self, interaction: discord.Interaction) -> None:
        """This server's trivia defaults."""
        settings = await store.get_settings(self.db, interaction.guild_id)
        await interaction.response.send_message(embed=settings_embed(settings), ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)

    @quiz_settings.command(name="set")
    @app_commands.describe(rounds="Default number of questions", seconds="Default seconds per question",
                           reveal="Reveal each answer and its source when a question closes")
    async def settings_set(self, interaction: discord.Interaction, rounds: int | None = None,
                           seconds: float | None = None, reveal: bool | None = None) -> None:
        """Change this server's trivia defaults (needs Manage Server)."""
        if interaction.guild_id is None or not interaction.permissions.manage_guild:
            await send_private(interaction, "Changing trivia settings needs the Manage Server permission.")
            return
        current = await store.get_settings(self.db, interaction.guild_id)
        problem = self.limits.problem(current.rounds if rounds is None else rounds,
                                      current.seconds if seconds is None else seconds)
        if problem:
            await send_private(interaction, problem)
            return
        updated = await store.update_settings(self.db, interaction.guild_id, rounds=rounds, seconds=seconds,
                                              reveal=reveal)
        await interaction.response.send_message(embed=settings_embed(updated), ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)

    # --- answers (called by the buttons and the modal) -------------------------------------

    async def answer_option(self, interaction: discord.Interaction, game_id: int, position: int, option: int) -> None:
        live = self._live_question(interaction, game_id, position)
        options = live.state.questions[position].options if live else ()
        if live is None or not 0 <= option < len(options):
            await send_private(interaction, CLOSED)
            return
        await self._score(interaction, live, options[option])

    async def open_answer_modal(self, interaction: discord.Interaction, game_id: int, position: int) -> None:
        live = self._live_question(interaction, game_id, position)
        if live is None:
            await send_private(interaction, CLOSED)
        elif interaction.user.id in live.state.responses:
            await send_private(interaction, REPLIES["already_answered"])
        else:
            # The form may stay open past the deadline: a late submission is told so.
            modal = AnswerModal(game_id, position, interaction.user.id, timeout=live.state.seconds + MODAL_GRACE_SECONDS)
            await interaction.response.send_modal(modal)

    async def answer_text(self, interaction: discord.Interaction, game_id: int, position: int, text: str) -> None:
        live = self._live_question(interaction, game_id, position)
        if live is None:
            await send_private(interaction, CLOSED)
            return
        await self._score(interaction, live, text)

    def _live_question(self, interaction: discord.Interaction, game_id: int, position: int) -> LiveGame | None:
        """The game the click belongs to, if that question is still open."""
        live = self.games.get(interaction.channel_id)
        if live is None or live.state.game_id != game_id or live.state.position != position:
            return None
        return live if live.state.current is not None else None

    async def _score(self, interaction: discord.Interaction, live: LiveGame, response: str) -> None:
        """Judge and store one answer, then tell the player privately."""
        result = live.state.submit(interaction.user.id, response, time.monotonic())
        if result.response is None:
            await send_private(interaction, REPLIES[result.status])
            return
        await store.save_answer(self.db, live.question_id, result.response)
        await send_private(interaction, "Your answer is in. The result comes when time is up.")

    # --- running a game ---------------------------------------------------------------------

    async def _run(self, live: LiveGame) -> None:
        """Ask every question in turn, then post the final scores."""
        state = live.state
        try:
            while state.has_next:
                await self._ask_next(live)
                await asyncio.sleep(state.seconds)
                await self._close_question(live)
                if state.has_next:
                    await asyncio.sleep(self.limits.pause_seconds)
            await store.end_game(self.db, state.game_id, "finished")
            await live.followup.send(embed=standings_embed(state, "Final scores"), allowed_mentions=NO_MENTIONS)
        except Exception:  # a lost channel, an expired token, a database error: end the game, keep the bot
            log.exception("trivia game %s failed; stopping it", state.game_id)
            await store.end_game(self.db, state.game_id, "stopped")
        finally:
            if self.games.get(state.channel_id) is live:
                del self.games[state.channel_id]

    async def _ask_next(self, live: LiveGame) -> None:
        state = live.state
        position = state.position + 1
        live.question_id = await store.save_question(self.db, state.game_id, position, state.questions[position])
        live.message = await live.followup.send(embed=question_embed(state, position),
                                                view=question_view(state, position), wait=True,
                                                allowed_mentions=NO_MENTIONS)
        # Timed from when players can see it; no click can arrive before the message exists.
        state.open_next(time.monotonic())

    async def _close_question(self, live: LiveGame) -> None:
        state = live.state
        result = state.close_current()
        await store.close_question(self.db, live.question_id)
        if live.message is not None:
            await live.message.edit(view=closed_view(state, result.position), allowed_mentions=NO_MENTIONS)
        await live.followup.send(embed=reveal_embed(result, reveal=state.reveal, total=len(state.questions)),
                                 allowed_mentions=NO_MENTIONS)

    async def _stop(self, live: LiveGame, status: str) -> None:
        """End a game now: cancel its timer and record how it ended."""
        if live.task is not None:
            live.task.cancel()
        self.games.pop(live.state.channel_id, None)
        await store.end_game(self.db, live.state.game_id, status)

    @staticmethod
    def _may_stop(interaction: discord.Interaction, live: LiveGame) -> bool:
        """The starter, or in a server someone who can manage messages."""
        if interaction.user.id == live.started_by:
            return True
        return interaction.guild_id is not None and interaction.permissions.manage_messages

    async def _films_for(self, focus: FilmSummary | None) -> list[FilmRecord]:
        """The focus film (if any) and others drawn at random, up to FILMS_PER_GAME."""
        others = [s.id for s in await list_films(self.db) if focus is None or s.id != focus.id]
        wanted = ([focus.id] if focus else []) + self.rng.sample(others, min(len(others), FILMS_PER_GAME - 1))
        records = [await get_film(self.db, film_id) for film_id in wanted]
        return [r for r in records if r is not None]


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Quiz(bot))
