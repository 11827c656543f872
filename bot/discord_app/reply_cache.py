"""Replies kept between interactions for as long as the store is unchanged.

An answer is a function of the database alone (the name index is loaded from it too), so a
question asked again deserves the same reply. Building one costs several round trips through
aiosqlite's thread plus the rendering of every embed; serving it again costs a dictionary
lookup and one `PRAGMA data_version` (a few microseconds) on a connection of the cache's own.
SQLite changes that number whenever another connection commits: an ingest in another
process, or the bot's own connection (quiz scores too, which clears the cache needlessly but
never serves a stale reply).
"""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from pathlib import Path

from bot.answers.models import Answer
from bot.discord_app.replies import Reply
from bot.render.embeds import FIELDS_PER_PAGE

log = logging.getLogger(__name__)

MAX_REPLIES = 512


class StoreVersion:
    """SQLite's count of commits made by other connections to one database file."""

    def __init__(self, database: Path) -> None:
        # No busy timeout: the event loop must never wait on a lock for this.
        self._connection = sqlite3.connect(database, timeout=0, isolation_level=None)

    def current(self) -> int | None:
        """The current version, or None when SQLite cannot tell right now (busy)."""
        try:
            return self._connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.OperationalError:
            log.debug("could not read the store's data_version", exc_info=True)
            return None

    def close(self) -> None:
        self._connection.close()


class ReplyCache:
    """The most recently used replies, by question, for the store as it is now.

    Keys name the question fully: the command, its options, the page size. Without a
    `version` (an in-memory database has no file to watch) nothing is cached.
    """

    def __init__(self, version: StoreVersion | None, max_replies: int = MAX_REPLIES) -> None:
        self._version = version
        self._max_replies = max_replies
        self._replies: OrderedDict[Hashable, Reply] = OrderedDict()
        self._replies_version: int | None = None

    @classmethod
    def for_database(cls, database: Path) -> ReplyCache:
        """A cache watching `database`; caching is off for SQLite's ":memory:"."""
        return cls(None if str(database) == ":memory:" else StoreVersion(database))

    async def reply(self, key: Hashable, build: Callable[[], Awaitable[Answer]], *,
                    fields_per_page: int = FIELDS_PER_PAGE) -> Reply:
        """The reply for `key`: from memory, or built from `build()`'s answer and kept."""
        version = self._valid_version()
        if version is not None and (cached := self._replies.get(key)) is not None:
            self._replies.move_to_end(key)
            return cached
        reply = Reply.of(await build(), fields_per_page=fields_per_page)
        # Kept only if the store did not change while the answer was being built.
        if version is not None and self._valid_version() == version:
            self._keep(key, reply)
        return reply

    def _valid_version(self) -> int | None:
        """The store's version, forgetting every reply when it differs from theirs."""
        version = self._version.current() if self._version is not None else None
        if version != self._replies_version:
            self._replies.clear()
            self._replies_version = version
        return version

    def _keep(self, key: Hashable, reply: Reply) -> None:
        self._replies[key] = reply
        if len(self._replies) > self._max_replies:
            self._replies.popitem(last=False)

    def close(self) -> None:
        if self._version is not None:
            self._version.close()
