"""Small query helpers: one round trip to the database thread per call.

`aiosqlite` runs each call on its own thread; `async with db.execute(...)` plus a fetch plus
the cursor's close is three hops, which dominates ingest time. These helpers make one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sized
from typing import Any

import aiosqlite


async def fetch_all(db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
    return list(await db.execute_fetchall(sql, tuple(params)))


async def fetch_one(db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Row | None:
    rows = await db.execute_fetchall(sql, tuple(params))
    return next(iter(rows), None)


async def fetch_value(db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> Any:
    """The first column of the first row, or None when there is no row."""
    row = await fetch_one(db, sql, params)
    return None if row is None else row[0]


async def insert(db: aiosqlite.Connection, sql: str, params: Iterable[Any] = ()) -> int:
    """Run an INSERT and return the new row's id."""
    row = await db.execute_insert(sql, tuple(params))
    return row[0]


async def execute_many(db: aiosqlite.Connection, sql: str, rows: list[tuple]) -> None:
    """Run `sql` once per row; no round trip at all when there are no rows."""
    if rows:
        await db.executemany(sql, rows)


def marks(values: Sized) -> str:
    """Placeholders for an IN list of `values`: "?, ?, ?"."""
    return ", ".join("?" * len(values))
