"""Opening a database: migrations, version, connection settings."""

from __future__ import annotations

from bot.store.db import migration_files, open_database


async def _one(db, sql: str):
    async with db.execute(sql) as cursor:
        return (await cursor.fetchone())[0]


async def test_fresh_database_has_schema_version_wal_and_foreign_keys(tmp_path):
    db = await open_database(tmp_path / "nested" / "film.db")
    try:
        assert await _one(db, "PRAGMA journal_mode") == "wal"
        assert await _one(db, "PRAGMA foreign_keys") == 1
        assert await _one(db, "PRAGMA busy_timeout") > 0
        newest = max(number for number, _ in migration_files())
        assert await _one(db, "PRAGMA user_version") == newest
        assert await _one(db, "SELECT COUNT(*) FROM schema_migrations") == len(migration_files())
        assert await _one(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sentences_fts'") == 1
    finally:
        await db.close()


async def test_reopening_applies_nothing_and_keeps_data(tmp_path):
    path = tmp_path / "film.db"
    db = await open_database(path)
    await db.execute("INSERT INTO films (title) VALUES ('Kept')")
    await db.close()

    db = await open_database(path)
    try:
        assert await _one(db, "SELECT title FROM films") == "Kept"
        assert await _one(db, "SELECT COUNT(*) FROM schema_migrations") == len(migration_files())
    finally:
        await db.close()


def test_migration_files_are_numbered_in_order():
    numbers = [number for number, _ in migration_files()]
    assert numbers[0] == 1
    assert numbers == sorted(set(numbers))


async def test_foreign_keys_are_enforced(db):
    async with db.execute("SELECT COUNT(*) FROM documents") as cursor:
        assert (await cursor.fetchone())[0] == 0
    try:
        await db.execute("INSERT INTO sentences (document_id, ordinal, char_start, char_end, text)"
                         " VALUES (999, 0, 0, 1, 'x')")
    except Exception as exc:  # sqlite3.IntegrityError through aiosqlite
        assert "FOREIGN KEY" in str(exc)
    else:
        raise AssertionError("a sentence of a missing document was accepted")
