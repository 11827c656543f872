"""Runs the real bot in its own process against a FakeDiscord, so a test can kill it outright.

    python -m tests.quiz.bot_process API_BASE GATEWAY_URL TOKEN DATABASE DOCUMENTS

Used by the crash test: SIGKILL leaves no chance for any cleanup, exactly like a crash.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.config import Settings
from bot.discord_app import create_bot
from tests.discord_server import fast_identify


async def run(api_base: str, gateway_url: str, token: str, database: str, documents: str) -> None:
    Route.BASE = api_base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    settings = Settings(token=token, database=Path(database), documents=Path(documents), owner_ids=frozenset(),
                        shard_count=None, cooldown_rate=50, cooldown_per=60.0, log_level="INFO")
    bot = fast_identify(create_bot(settings, guild_ready_timeout=0.05))
    async with bot:
        await bot.start(token)


if __name__ == "__main__":
    asyncio.run(run(*sys.argv[1:6]))
