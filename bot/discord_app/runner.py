"""`film-trivia run` and `film-trivia sync`: start the bot, or register its commands and exit.

Both fail with one clear line and exit status 2 when the token is missing or rejected:
no traceback, and the token itself is never printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

import discord
from discord.ext import commands

from bot.config import Settings
from bot.discord_app.bot import create_bot
from bot.discord_app.tree import synced_summary

EXIT_BAD_TOKEN = 2
NO_TOKEN = "film-trivia: no Discord token; set DISCORD_TOKEN in the environment or in .env"
REJECTED_TOKEN = "film-trivia: Discord rejected the token in DISCORD_TOKEN; copy it again from the developer portal"
INTENTS_REFUSED = ("film-trivia: Discord refused the requested intents; "
                   "enable them for the bot in the developer portal")


def _setup_logging(settings: Settings) -> None:
    level = logging.getLevelNamesMapping().get(settings.log_level, logging.INFO)
    discord.utils.setup_logging(level=level)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_BAD_TOKEN


def _stop_on_signals(bot: commands.Bot) -> None:
    """The first Ctrl-C or SIGTERM closes the bot gracefully (gateway, then database) and
    `run_bot` returns 0; a second one cancels whatever is still running.

    Closing rather than cancelling also sidesteps Python 3.11's `asyncio.wait_for`, which
    swallows a cancellation that arrives just as the gateway handshake completes.
    """
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()
    closing: list[asyncio.Task[None]] = []

    def stop() -> None:
        if closing and main is not None:
            main.cancel()
        else:
            closing.append(loop.create_task(bot.close()))

    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C raises KeyboardInterrupt
            loop.add_signal_handler(signum, stop)


def run_bot(settings: Settings) -> int:
    """Connect and answer until stopped; 0 on a clean stop (Ctrl-C, SIGTERM), 2 on a bad token."""
    _setup_logging(settings)
    if not settings.token:
        return _fail(NO_TOKEN)

    async def run() -> None:
        async with create_bot(settings) as bot:
            _stop_on_signals(bot)
            await bot.start(settings.token)

    try:
        asyncio.run(run())
    except discord.LoginFailure:
        return _fail(REJECTED_TOKEN)
    except discord.PrivilegedIntentsRequired:
        return _fail(INTENTS_REFUSED)
    return 0


def sync_commands(settings: Settings, guild_id: int | None) -> int:
    """Log in, register the slash commands globally or in one guild, print them, exit."""
    _setup_logging(settings)
    if not settings.token:
        return _fail(NO_TOKEN)

    async def sync() -> str:
        async with create_bot(settings) as bot:
            await bot.login(settings.token)  # runs setup_hook, which loads every command
            guild = discord.Object(guild_id) if guild_id else None
            synced = await bot.tree.sync_to(guild)
        return synced_summary(synced, "globally" if guild is None else f"to guild {guild_id}")

    try:
        print(asyncio.run(sync()))
    except discord.LoginFailure:
        return _fail(REJECTED_TOKEN)
    except discord.HTTPException as exc:  # e.g. the bot is not in that guild
        print(f"film-trivia: Discord refused the sync ({exc.status}): {exc.text}", file=sys.stderr)
        return 1
    return 0
