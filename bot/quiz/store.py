"""SQL for trivia games (tables in `bot/store/migrations/0002_quiz.sql`).

`bot.store.db.open_database` opens connections in autocommit mode, so each single-statement
write below is committed when it returns: an answer is durable the moment `save_answer` is
done, and a crash loses nothing already scored.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

import aiosqlite

from bot.quiz.game import Mode, Response
from bot.quiz.questions import Question
from bot.store.sql import fetch_all, fetch_one, insert

LEADERBOARD_SIZE = 10


class GameAlreadyRunning(Exception):
    """A channel already has a running game."""


@dataclass(frozen=True, slots=True)
class QuizSettings:
    """A server's game defaults (the same defaults serve DMs)."""

    rounds: int = 5
    seconds: float = 20.0
    reveal: bool = True


@dataclass(frozen=True, slots=True)
class RunningGame:
    """A game row still marked running, as found at start-up."""

    id: int
    guild_id: int | None
    channel_id: int


@dataclass(frozen=True, slots=True)
class Standing:
    rank: int
    user_id: int
    points: int
    correct: int
    answered: int


@dataclass(frozen=True, slots=True)
class Leaderboard:
    """The top players, and the caller's own row when they are further down."""

    top: tuple[Standing, ...]
    caller: Standing | None


@dataclass(frozen=True, slots=True)
class PlayerStats:
    points: int
    correct: int
    answered: int
    games: int
    best_streak: int
    average_seconds: float | None  # over right answers


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


async def create_game(
    db: aiosqlite.Connection, *, guild_id: int | None, channel_id: int, started_by: int,
    mode: Mode, rounds: int, seconds: float,
) -> int:
    """Record a new running game and return its id; GameAlreadyRunning if the channel has one."""
    try:
        return await insert(
            db,
            "INSERT INTO quiz_games (guild_id, channel_id, started_by, mode, rounds, seconds, started_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (guild_id, channel_id, started_by, mode, rounds, seconds, _now()),
        )
    except sqlite3.IntegrityError as exc:
        raise GameAlreadyRunning(channel_id) from exc


async def end_game(db: aiosqlite.Connection, game_id: int, status: str) -> None:
    """Mark a running game finished, stopped or abandoned (a no-op if it already ended)."""
    await db.execute(
        "UPDATE quiz_games SET status = ?, ended_at = ? WHERE id = ? AND status = 'running'",
        (status, _now(), game_id),
    )


async def running_games(db: aiosqlite.Connection) -> list[RunningGame]:
    rows = await fetch_all(db, "SELECT id, guild_id, channel_id FROM quiz_games WHERE status = 'running' ORDER BY id")
    return [RunningGame(*row) for row in rows]


async def save_question(db: aiosqlite.Connection, game_id: int, position: int, question: Question) -> int:
    """Record a question as it is asked; returns its id for the answers."""
    return await insert(
        db,
        "INSERT INTO quiz_questions (game_id, position, kind, film_id, film_title, prompt, answer,"
        " options, source_document, source_sentence, asked_at)"
        " VALUES (?, ?, ?, (SELECT id FROM films WHERE id = ?), ?, ?, ?, ?, ?, ?, ?)",
        (game_id, position, question.kind, question.film_id, question.film_title, question.prompt,
         question.answer, json.dumps(question.options, ensure_ascii=False), question.source.document,
         question.source.sentence, _now()),
    )


async def close_question(db: aiosqlite.Connection, question_id: int) -> None:
    await db.execute("UPDATE quiz_questions SET closed_at = ? WHERE id = ?", (_now(), question_id))


async def save_answer(db: aiosqlite.Connection, question_id: int, response: Response) -> None:
    """Record one scored answer; committed on return (one statement in autocommit mode)."""
    await db.execute(
        "INSERT INTO quiz_answers (question_id, user_id, response, correct, points, elapsed, streak,"
        " answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (question_id, response.user_id, response.response, int(response.correct), response.points,
         response.elapsed, response.streak, _now()),
    )


async def game_points(db: aiosqlite.Connection, game_id: int) -> dict[int, int]:
    """Each player's stored points in one game."""
    rows = await fetch_all(
        db,
        "SELECT a.user_id, SUM(a.points) FROM quiz_answers AS a"
        " JOIN quiz_questions AS q ON q.id = a.question_id"
        " WHERE q.game_id = ? GROUP BY a.user_id",
        (game_id,),
    )
    return {user_id: points for user_id, points in rows}


async def leaderboard(
    db: aiosqlite.Connection, *, guild_id: int | None, caller_id: int, size: int = LEADERBOARD_SIZE,
) -> Leaderboard:
    """Players ranked by points in one server (`guild_id`) or everywhere (None).

    The ranking is a window over every player, so the caller's rank is exact even far below
    the top `size`.
    """
    rows = await fetch_all(
        db,
        """
        WITH totals AS (
            SELECT a.user_id, SUM(a.points) AS points, SUM(a.correct) AS correct, COUNT(*) AS answered
            FROM quiz_answers AS a
            JOIN quiz_questions AS q ON q.id = a.question_id
            JOIN quiz_games AS g ON g.id = q.game_id
            WHERE ?1 IS NULL OR g.guild_id = ?1
            GROUP BY a.user_id
        ),
        ranked AS (
            SELECT RANK() OVER (ORDER BY points DESC, correct DESC) AS rank,
                   ROW_NUMBER() OVER (ORDER BY points DESC, correct DESC, user_id) AS row_number,
                   user_id, points, correct, answered
            FROM totals
        )
        SELECT rank, user_id, points, correct, answered, row_number <= ?2 AS in_top
        FROM ranked
        WHERE row_number <= ?2 OR user_id = ?3
        ORDER BY row_number
        """,
        (guild_id, size, caller_id),
    )
    top = tuple(Standing(*row[:5]) for row in rows if row[5])
    caller = next((Standing(*row[:5]) for row in rows if row[1] == caller_id), None)
    return Leaderboard(top=top, caller=caller)


async def player_stats(db: aiosqlite.Connection, user_id: int, *, guild_id: int | None = None) -> PlayerStats:
    """A player's totals in one server, or everywhere when `guild_id` is None."""
    row = await fetch_one(
        db,
        """
        SELECT COALESCE(SUM(a.points), 0), COALESCE(SUM(a.correct), 0), COUNT(a.id),
               COUNT(DISTINCT q.game_id), COALESCE(MAX(a.streak), 0),
               AVG(CASE WHEN a.correct THEN a.elapsed END)
        FROM quiz_answers AS a
        JOIN quiz_questions AS q ON q.id = a.question_id
        JOIN quiz_games AS g ON g.id = q.game_id
        WHERE a.user_id = ?1 AND (?2 IS NULL OR g.guild_id = ?2)
        """,
        (user_id, guild_id),
    )
    return PlayerStats(*row)


async def get_settings(db: aiosqlite.Connection, guild_id: int | None) -> QuizSettings:
    """A server's settings over the defaults; the defaults alone outside a server."""
    defaults = QuizSettings()
    if guild_id is None:
        return defaults
    row = await fetch_one(db, "SELECT rounds, seconds, reveal FROM quiz_settings WHERE guild_id = ?", (guild_id,))
    if row is None:
        return defaults
    rounds, seconds, reveal = row
    return QuizSettings(
        rounds=defaults.rounds if rounds is None else rounds,
        seconds=defaults.seconds if seconds is None else seconds,
        reveal=defaults.reveal if reveal is None else bool(reveal),
    )


async def update_settings(
    db: aiosqlite.Connection, guild_id: int, *, rounds: int | None = None,
    seconds: float | None = None, reveal: bool | None = None,
) -> QuizSettings:
    """Change the given settings of a server, keep the others; returns the result."""
    await db.execute(
        "INSERT INTO quiz_settings (guild_id, rounds, seconds, reveal) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (guild_id) DO UPDATE SET"
        " rounds = COALESCE(excluded.rounds, rounds),"
        " seconds = COALESCE(excluded.seconds, seconds),"
        " reveal = COALESCE(excluded.reveal, reveal)",
        (guild_id, rounds, seconds, None if reveal is None else int(reveal)),
    )
    return await get_settings(db, guild_id)
