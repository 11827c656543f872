"""Fixtures for the quiz's end-to-end tests: FakeDiscord, and a database of invented films."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.config import Settings
from bot.store.db import open_database
from tests.discord_server.fixtures import fake_discord  # noqa: F401  (a fixture)
from tests.quiz.corpus import store_films


@pytest.fixture
def quiz_settings(tmp_path: Path) -> Settings:
    """Settings whose database already holds the invented films (and whose documents folder
    holds the same files, so start-up ingests nothing)."""
    database, documents = tmp_path / "quiz-e2e.db", tmp_path / "documents"
    documents.mkdir()

    async def fill() -> None:
        db = await open_database(database)
        try:
            await store_films(db, documents)
        finally:
            await db.close()

    asyncio.run(fill())
    return Settings(token=None, database=database, documents=documents, owner_ids=frozenset(), shard_count=None,
                    cooldown_rate=50, cooldown_per=60.0, log_level="INFO")
