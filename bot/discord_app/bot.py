"""The bot: settings, database and name index shared by every cog.

`create_bot` picks a single-connection `commands.Bot` or an `AutoShardedBot` (when
`settings.shard_count` is set); both share `FilmTriviaMixin`, which opens the store in
`setup_hook` and loads every module of `bot.discord_app.cogs`. Commands are never synced on
start: `film-trivia sync` or the owner-only `/sync` does that on purpose.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil

import aiosqlite
import discord
from discord.ext import commands, tasks

from bot.answers.matching import NameIndex
from bot.config import Settings
from bot.discord_app.reply_cache import ReplyCache
from bot.discord_app.tree import FilmTree
from bot.ingest.pipeline import open_filled_database
from bot.store.queries import documents_signature

log = logging.getLogger(__name__)

COGS_PACKAGE = "bot.discord_app.cogs"
# How often to look for documents ingested by another process (`film-trivia ingest` while the
# bot runs), whose films must become resolvable and autocompleted without a restart.
NAME_INDEX_REFRESH_SECONDS = 30.0


def bot_intents() -> discord.Intents:
    """Guild and DM events only: bots receive the text of DMs and of messages mentioning
    them without the privileged message-content intent."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.dm_messages = True
    intents.guild_messages = True
    return intents


def cog_extensions(package: str = COGS_PACKAGE) -> list[str]:
    """Every module (or package) of the cogs package, so a new feature needs no registration.

    Each must define `async def setup(bot)`; helper modules beside them start with "_".
    """
    root = importlib.import_module(package)
    return sorted(
        f"{package}.{module.name}"
        for module in pkgutil.iter_modules(root.__path__)
        if not module.name.startswith("_")
    )


class FilmTriviaMixin:
    """State and life cycle shared by the plain and the sharded bot."""

    settings: Settings
    db: aiosqlite.Connection
    names: NameIndex
    replies: ReplyCache

    def __init__(self, settings: Settings, **options) -> None:
        self.settings = settings
        # Text only: discord.py's warnings that the voice libraries are missing would only alarm.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        # Nothing here looks up a message seen earlier, so discord.py's cache of the last 1,000
        # (the bot's own answers come back with every embed) would only feed the garbage collector.
        options.setdefault("max_messages", None)
        super().__init__(  # type: ignore[call-arg]
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=bot_intents(),
            tree_cls=FilmTree,
            allowed_mentions=discord.AllowedMentions.none(),
            **options,
        )

    async def setup_hook(self) -> None:
        # The store, filled on first use, becomes `self.db` (which `close` closes) only once
        # filled, so a stop requested during the first ingest lets the ingest finish.
        self.db = await open_filled_database(self.settings.database, self.settings.documents)
        self.names = await NameIndex.load(self.db)
        self._names_signature = await documents_signature(self.db)
        self.refresh_names.start()
        self.replies = ReplyCache.for_database(self.settings.database)
        for extension in cog_extensions():
            await self.load_extension(extension)  # type: ignore[attr-defined]
        log.info("loaded %d cog modules", len(self.extensions))  # type: ignore[attr-defined]

    @tasks.loop(seconds=NAME_INDEX_REFRESH_SECONDS)
    async def refresh_names(self) -> None:
        await self.refresh_names_if_documents_changed()

    async def refresh_names_if_documents_changed(self) -> bool:
        """Reload the name index when documents were added, replaced or removed since it was
        built; True when it was reloaded. Quiz writes and the like do not trigger a reload."""
        signature = await documents_signature(self.db)
        if signature == self._names_signature:
            return False
        self.names = await NameIndex.load(self.db)
        self._names_signature = signature
        log.info("name index reloaded: the store now has %d documents", signature[0])
        return True

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: the conversation cog answers DMs and mentions itself."""

    async def is_owner(self, user: discord.abc.User) -> bool:
        """`settings.owner_ids`, and always the application's owner (or team)."""
        if user.id in self.settings.owner_ids:
            return True
        return await super().is_owner(user)  # type: ignore[misc]

    async def close(self) -> None:
        self.refresh_names.cancel()
        await super().close()  # type: ignore[misc]
        replies = getattr(self, "replies", None)
        if replies is not None:
            replies.close()
        db = getattr(self, "db", None)
        if db is not None:
            await db.close()


class FilmTriviaBot(FilmTriviaMixin, commands.Bot):
    """One gateway connection: enough for up to 2,500 guilds."""


class FilmTriviaShardedBot(FilmTriviaMixin, commands.AutoShardedBot):
    """Several shards in one process, for bots in many guilds."""


def create_bot(settings: Settings, **options) -> commands.Bot:
    """The bot for these settings; call `start(token)` (or `login`) to run `setup_hook`.

    `options` go to `commands.Bot` (tests pass e.g. a short `guild_ready_timeout`).
    """
    if settings.shard_count:
        return FilmTriviaShardedBot(settings, shard_count=settings.shard_count, **options)
    return FilmTriviaBot(settings, **options)
