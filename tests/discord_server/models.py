"""Plain data the fake server keeps: snowflakes, users, guilds, recorded requests."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000

# View channel, send messages, embed links, attach files, read message history,
# use external emojis, add reactions, use application commands: what @everyone has by default.
DEFAULT_MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 18) | (1 << 6) | (1 << 31)
ADMINISTRATOR = 1 << 3


class SnowflakeFactory:
    """Issues unique snowflakes; the timestamp part advances by one millisecond per id.

    Guild ids come from their own millisecond sequence (and worker id 1, so they never collide
    with other ids): the k-th guild lands on shard ``k % n``, because Discord routes a guild to
    shard ``(guild_id >> 22) % n``.
    """

    GUILD_WORKER = 1 << 17

    def __init__(self) -> None:
        start = int(time.time() * 1000) - DISCORD_EPOCH_MS - 86_400_000  # a day ago: never "in the future"
        self._millis = itertools.count(start)
        self._guild_millis = itertools.count(start)

    def __call__(self) -> int:
        return next(self._millis) << 22

    def guild_id(self) -> int:
        return (next(self._guild_millis) << 22) | self.GUILD_WORKER


@dataclass(frozen=True)
class User:
    """A Discord user; ``permissions`` is what the user has in every guild they are a member of."""

    id: int
    name: str
    bot: bool = False
    permissions: int = DEFAULT_MEMBER_PERMISSIONS
    dm_channel_id: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "discriminator": "0",
            "global_name": self.name,
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }


@dataclass
class Guild:
    """A guild with one text channel (``channel_id``) plus any channels added later."""

    id: int
    name: str
    channel_id: int
    owner_id: int
    channels: list[dict[str, Any]] = field(default_factory=list)
    members: list[User] = field(default_factory=list)

    def channel(self, channel_id: int) -> dict[str, Any] | None:
        return next((c for c in self.channels if int(c["id"]) == channel_id), None)


@dataclass(frozen=True)
class RecordedRequest:
    """One REST request the client made, with the status the server answered."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    status: int
    at: float


@dataclass(frozen=True)
class Violation:
    """A request the server rejected because the bot broke one of Discord's rules."""

    method: str
    path: str
    status: int
    body: dict[str, Any]
    interaction_id: int | None = None


class DiscordRejected(Exception):
    """The bot's answer was refused by the server (the Discord-style error body is ``.body``)."""

    def __init__(self, body: dict[str, Any]) -> None:
        super().__init__(body.get("message", "rejected"))
        self.body = body
