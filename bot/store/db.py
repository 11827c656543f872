"""Opening the database: connection settings and numbered schema migrations."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import aiosqlite

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


async def open_database(path: str | Path) -> aiosqlite.Connection:
    """Open (creating if needed) the database at `path` and bring its schema up to date.

    The connection is in autocommit mode (`isolation_level=None`): writers that need a
    transaction say `BEGIN IMMEDIATE` themselves, as `bot.ingest` does per document.
    `":memory:"` gives a private in-memory database for tests.
    """
    target = str(path)
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    db = await aiosqlite.connect(target, isolation_level=None)
    try:
        db.row_factory = aiosqlite.Row
        await db.execute("PRAGMA journal_mode = WAL")
        await db.execute("PRAGMA foreign_keys = ON")
        await db.execute("PRAGMA busy_timeout = 5000")
        # WAL keeps committed transactions durable across a process crash at NORMAL.
        await db.execute("PRAGMA synchronous = NORMAL")
        await apply_migrations(db)
    except BaseException:
        await db.close()
        raise
    return db


def migration_files() -> list[tuple[int, Path]]:
    """Every `NNNN_name.sql` in the migrations folder, by number."""
    found = []
    for file in MIGRATIONS_DIR.iterdir():
        if match := _MIGRATION_NAME.match(file.name):
            found.append((int(match.group(1)), file))
    return sorted(found)


async def apply_migrations(db: aiosqlite.Connection) -> list[int]:
    """Apply, each in its own transaction, the migrations not yet recorded; return their numbers.

    Applied numbers are kept in `schema_migrations` (so a reserved number landing later is
    still applied) and the highest one is mirrored in `PRAGMA user_version`.
    """
    await db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in await db.execute_fetchall("SELECT version FROM schema_migrations")}
    applied = []
    for version, file in migration_files():
        if version in done:
            continue
        await _apply_one(db, version, file)
        applied.append(version)
    if applied:
        await db.execute(f"PRAGMA user_version = {max(done | set(applied)):d}")
    return applied


async def _apply_one(db: aiosqlite.Connection, version: int, file: Path) -> None:
    script = file.read_text(encoding="utf-8")
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    await db.execute("BEGIN IMMEDIATE")
    try:
        # executescript would commit first; run the statements one by one inside BEGIN instead.
        for statement in _statements(script):
            await db.execute(statement)
        await db.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (version, file.name, now),
        )
        await db.execute("COMMIT")
    except BaseException:
        await db.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a SQL script into complete statements (triggers contain inner semicolons)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not _only_comments(current):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {current.strip()[:80]!r}")
    return statements


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())
