"""Running a real discord.py client against a FakeDiscord for the length of a block."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from .server import FakeDiscord


@contextlib.contextmanager
def patched_endpoints(server: FakeDiscord) -> Iterator[FakeDiscord]:
    """Points discord.py's REST base and default gateway at ``server``; restores both after.

    Both are process-wide class attributes, so tests must not overlap in time.
    """
    saved_base, saved_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    Route.BASE = server.api_base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(server.gateway_url)
    try:
        yield server
    finally:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved_base, saved_gateway


def fast_identify(client: discord.Client) -> discord.Client:
    """Removes discord.py's 5-second sleep before every IDENTIFY but the first (tests only:
    Discord itself limits how often a bot may identify)."""

    async def identify_now(shard_id: int | None, *, initial: bool = False) -> Any:
        return None

    client.before_identify_hook = identify_now  # type: ignore[method-assign]
    return client


@contextlib.asynccontextmanager
async def run_bot(server: FakeDiscord, client: discord.Client, *, ready_timeout: float = 10.0,
                  sync_commands: bool = False) -> AsyncIterator[discord.Client]:
    """Starts ``client`` with the server's token, waits until every shard is READY, yields it,
    then closes it. Call inside ``patched_endpoints(server)``.

    ``fast_identify`` is applied, so re-identifies after an invalid session do not sleep 5 s.
    An exception that ends ``client.start`` (e.g. ``LoginFailure``) is raised here.
    """
    fast_identify(client)
    runner = asyncio.create_task(client.start(server.token), name="discord-client")
    ready = asyncio.create_task(server.wait_until_ready(ready_timeout))
    try:
        await asyncio.wait({runner, ready}, return_when=asyncio.FIRST_COMPLETED)
        if runner.done():
            runner.result()  # raises what stopped the client
            raise RuntimeError("the client stopped before it was ready")
        ready.result()
        tree = getattr(client, "tree", None)
        if sync_commands and tree is not None:
            await sync_everywhere(server, tree)
        yield client
    finally:
        ready.cancel()
        await client.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(runner, 10)


async def sync_everywhere(server: FakeDiscord, tree: discord.app_commands.CommandTree) -> None:
    """Syncs the tree's global commands and the commands of every guild the server knows."""
    await tree.sync()
    for guild_id in server.guilds:
        if tree.get_commands(guild=discord.Object(guild_id)):
            await tree.sync(guild=discord.Object(guild_id))
