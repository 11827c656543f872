"""Helpers for end-to-end games: running the real bot fast, reading the bot's messages, and
looking up each question's right answer in the database (the tests' oracle)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from discord.ext import commands

from bot.config import Settings
from bot.discord_app import create_bot
from bot.discord_app.cogs.quiz import GameLimits
from tests.discord_server import FakeDiscord, InteractionResult, run_bot, sync_everywhere

# Short questions and pauses keep a game to a few seconds.
FAST = GameLimits(min_seconds=0.5, pause_seconds=0.2)
POLL_SECONDS = 0.05


@contextlib.asynccontextmanager
async def quiz_bot(server: FakeDiscord, settings: Settings) -> AsyncIterator[commands.Bot]:
    """The real bot, READY, commands synced, with fast game limits.

    Readiness is the bot's own: after a killed predecessor the server still lists that
    predecessor's session as ready until this bot identifies.
    """
    bot = create_bot(replace(settings, token=server.token), guild_ready_timeout=0.05)
    async with run_bot(server, bot):
        await asyncio.wait_for(bot.wait_until_ready(), 10)
        await sync_everywhere(server, bot.tree)
        bot.get_cog("Quiz").limits = FAST
        yield bot


async def eventually(predicate: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    """Polls `predicate` until it returns something truthy (bounded by `timeout`)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := predicate():
            return value
        await asyncio.sleep(POLL_SECONDS)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")


def embed_titles(messages: list[dict[str, Any]]) -> list[str]:
    return [e.get("title") or "" for m in messages for e in m.get("embeds") or []]


def text_of(message: dict[str, Any]) -> str:
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']}: {f['value']}" for f in embed.get("fields") or []]
    return "\n".join(parts)


async def question_message(start: InteractionResult, position: int) -> dict[str, Any]:
    """The followup asking question `position` (0-based) of the game started by `start`."""
    title = f"Question {position + 1} of "

    def find() -> dict[str, Any] | None:
        return next((m for m in start.followups if embed_titles([m])[0].startswith(title)
                     and "time's up" not in embed_titles([m])[0]), None)

    return await eventually(find, what=f"question {position + 1}")


async def reveal_message(start: InteractionResult, position: int) -> dict[str, Any]:
    title = f"Question {position + 1} of "

    def find() -> dict[str, Any] | None:
        return next((m for m in start.followups
                     if embed_titles([m])[0].startswith(title) and "time's up" in embed_titles([m])[0]), None)

    return await eventually(find, what=f"the reveal of question {position + 1}")


async def final_message(start: InteractionResult, title: str = "Final scores") -> dict[str, Any]:
    return await eventually(lambda: next((m for m in start.followups if title in embed_titles([m])), None),
                            what=title)


def stored_question(database: Path, channel_id: int, position: int) -> tuple[int, str, list[str]]:
    """(game id, right answer, options) of a question of the latest game in a channel."""
    with contextlib.closing(sqlite3.connect(database)) as db:
        row = db.execute(
            "SELECT g.id, q.answer, q.options FROM quiz_questions AS q JOIN quiz_games AS g ON g.id = q.game_id"
            " WHERE g.channel_id = ? AND q.position = ? ORDER BY g.id DESC LIMIT 1",
            (channel_id, position),
        ).fetchone()
    game_id, answer, options = row
    return game_id, answer, json.loads(options)


def stored_answers(database: Path, game_id: int) -> dict[int, tuple[int, int]]:
    """user id -> (right answers, points) as committed, read through a separate connection."""
    with contextlib.closing(sqlite3.connect(database)) as db:
        rows = db.execute(
            "SELECT a.user_id, SUM(a.correct), SUM(a.points) FROM quiz_answers AS a"
            " JOIN quiz_questions AS q ON q.id = a.question_id WHERE q.game_id = ? GROUP BY a.user_id",
            (game_id,),
        ).fetchall()
    return {user: (correct, points) for user, correct, points in rows}


def game_status(database: Path, game_id: int) -> str:
    with contextlib.closing(sqlite3.connect(database)) as db:
        return db.execute("SELECT status FROM quiz_games WHERE id = ?", (game_id,)).fetchone()[0]


def option_id(game_id: int, position: int, options: list[str], label: str) -> str:
    return f"quiz:{game_id}:{position}:{options.index(label)}"


def wrong_label(answer: str, options: list[str]) -> str:
    return next(o for o in options if o != answer)


def assert_no_pings_and_no_violations(server: FakeDiscord) -> None:
    """Discord accepted every request, and every message the bot sent disables mentions."""
    assert server.violations == []
    for request in server.requests:
        body = request.json if isinstance(request.json, dict) else None
        if body is None or request.method not in {"POST", "PATCH"}:
            continue
        data = body.get("data") if request.path.endswith("/callback") else body
        if isinstance(data, dict) and ("embeds" in data or "content" in data):
            assert (data.get("allowed_mentions") or {}).get("parse") == [], (request.path, data)
