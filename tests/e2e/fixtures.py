"""The real bot (`create_bot`) running against FakeDiscord on a temp copy of a database filled
from the bundled documents. Import these fixtures into a conftest.py."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from discord.ext import commands

from bot.config import Settings, bundled_documents_dir
from bot.discord_app import create_bot
from bot.ingest.pipeline import ensure_filled
from bot.store.db import open_database
from tests.discord_app.stubs import make_settings
from tests.discord_server import FakeDiscord, Guild, User, run_bot

GUILD_READY_TIMEOUT = 0.1  # seconds; discord.py's default of 2 s would slow every start


@dataclass
class World:
    """The server, one guild, and two members besides the application owner."""

    server: FakeDiscord
    guild: Guild
    alice: User
    bob: User


@pytest.fixture(scope="session")
def filled_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database filled once from the bundled documents; tests work on copies."""
    path = tmp_path_factory.mktemp("store") / "film-trivia.db"

    async def fill() -> None:
        db = await open_database(path)
        try:
            await ensure_filled(db, bundled_documents_dir())
        finally:
            await db.close()

    asyncio.run(fill())
    return path


@pytest.fixture
def world(fake_discord: FakeDiscord) -> World:
    alice, bob = fake_discord.add_user("alice"), fake_discord.add_user("bob")
    guild = fake_discord.add_guild("Film Club", members=[fake_discord.owner, alice, bob])
    return World(fake_discord, guild, alice, bob)


@pytest.fixture
def bot_settings(tmp_path: Path, filled_database: Path, fake_discord: FakeDiscord) -> Settings:
    """Generous cooldown so a test's own commands are not throttled; no extra owners."""
    database = tmp_path / "film-trivia.db"
    shutil.copy(filled_database, database)
    return make_settings(tmp_path, token=fake_discord.token, database=database, cooldown_rate=50, cooldown_per=60.0)


@pytest.fixture
async def film_bot(world: World, bot_settings: Settings) -> AsyncIterator[commands.Bot]:
    """The bot, connected and READY, with its commands synced globally."""
    bot = create_bot(bot_settings, guild_ready_timeout=GUILD_READY_TIMEOUT)
    async with run_bot(world.server, bot):
        await bot.tree.sync_to(None)
        yield bot
