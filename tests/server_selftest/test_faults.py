"""The client survives every fault the server injects, and interactions are answered exactly once."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from tests.discord_server import FakeDiscord, patched_endpoints, run_bot

from .selftest_bot import SelfTestBot, ShardedSelfTestBot

pytestmark = pytest.mark.timeout(30)
CALLBACK_ROUTE = r"^/interactions/\d+/[^/]+/callback$"


@pytest.fixture
async def world(fake_discord: FakeDiscord):
    alice = fake_discord.add_user("alice")
    guild = fake_discord.add_guild("Film Club", members=[alice])
    async with run_bot(fake_discord, SelfTestBot(), sync_commands=True) as bot:
        yield fake_discord, bot, guild, alice


async def answered_once(server: FakeDiscord, bot: SelfTestBot, r, expected: str, timeout: float = 5.0) -> None:
    await r.wait_final(timeout)
    assert r.error is None and r.message["content"] == expected
    assert bot.seen_interaction_ids.count(r.id) == 1
    assert not server.duplicate_responses()


async def test_resume_replays_an_interaction_dispatched_while_disconnected(world) -> None:
    server, bot, guild, alice = world
    await server.drop_connection()
    r = await server.slash("echo", {"word": "missed"}, user=alice, guild=guild)
    await answered_once(server, bot, r, "missed")
    assert server.resumes and len(server.identifies) == 1
    assert "INTERACTION_CREATE" in server.replayed


async def test_op7_reconnect_resumes(world) -> None:
    server, bot, guild, alice = world
    await server.reconnect()
    r = await server.slash("echo", {"word": "after-op7"}, user=alice, guild=guild)
    await answered_once(server, bot, r, "after-op7")
    assert server.resumes and len(server.identifies) == 1


@pytest.mark.parametrize("resumable", [True, False])
async def test_op9_invalid_session(world, resumable: bool) -> None:
    server, bot, guild, alice = world
    await server.invalid_session(resumable)
    r = await server.slash("echo", {"word": "after-op9"}, user=alice, guild=guild)
    await answered_once(server, bot, r, "after-op9")
    if resumable:
        assert server.resumes and len(server.identifies) == 1
    else:
        assert len(server.identifies) == 2


async def test_withheld_heartbeat_acks_make_the_client_resume() -> None:
    async with FakeDiscord(heartbeat_interval=0.2) as server:
        alice = server.add_user("alice")
        guild = server.add_guild("Film Club", members=[alice])
        with patched_endpoints(server):
            async with run_bot(server, SelfTestBot(heartbeat_timeout=0.8), sync_commands=True) as bot:
                server.withhold_heartbeat_acks(6)
                await asyncio.wait_for(_until(lambda: server.resumes), 5)
                r = await server.slash("echo", {"word": "alive"}, user=alice, guild=guild)
                await answered_once(server, bot, r, "alive")


async def _until(predicate) -> None:
    while not predicate():
        await asyncio.sleep(0.05)


async def test_429_with_via_on_the_callback_is_retried(world) -> None:
    server, bot, guild, alice = world
    server.fail_route("POST", CALLBACK_ROUTE, status=429, retry_after=0.1)
    r = await server.slash("echo", {"word": "limited"}, user=alice, guild=guild)
    await answered_once(server, bot, r, "limited")
    assert r.callback_attempts == 1  # the 429 never reached the handler
    assert [q.status for q in server.requests if q.path.endswith("/callback")] == [429, 200]


async def test_5xx_on_the_followup_route_is_retried(world) -> None:
    server, bot, guild, alice = world
    server.fail_route("POST", r"^/webhooks/", status=502)
    r = await server.slash("slow", user=alice, guild=guild)
    await r.wait_final(6)
    assert [m["content"] for m in r.followups] == ["Done thinking."]
    assert [q.status for q in server.requests if q.path.startswith("/webhooks/")] == [502, 200]


async def test_four_shards_each_answer_their_guilds(sharded_fake_discord: FakeDiscord) -> None:
    server = sharded_fake_discord
    alice = server.add_user("alice")
    guilds = [server.add_guild(f"Guild {i}", members=[alice]) for i in range(4)]
    assert sorted((g.id >> 22) % 4 for g in guilds) == [0, 1, 2, 3]
    async with run_bot(server, ShardedSelfTestBot(), sync_commands=True) as bot:
        assert sorted(server.identifies) == [(0, 4), (1, 4), (2, 4), (3, 4)]
        results = [await server.slash("echo", {"word": f"g{i}"}, user=alice, guild=g) for i, g in enumerate(guilds)]
        for i, r in enumerate(results):
            await answered_once(server, bot, r, f"g{i}")
            assert bot.get_guild(r.guild.id).shard_id == (r.guild.id >> 22) % 4
        dm = await server.slash("echo", {"word": "dm"}, user=alice)
        await answered_once(server, bot, dm, "dm")
    assert any(q.path == "/gateway/bot" for q in server.requests)


async def test_patched_endpoints_restores_the_globals() -> None:
    base, gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    async with FakeDiscord() as server:
        with patched_endpoints(server):
            assert Route.BASE == server.api_base
            assert DiscordWebSocket.DEFAULT_GATEWAY == yarl.URL(server.gateway_url)
            assert isinstance(DiscordWebSocket.DEFAULT_GATEWAY, yarl.URL)
    assert (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY) == (base, gateway)


async def test_bad_token_on_identify_closes_4004(fake_discord: FakeDiscord) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(fake_discord.gateway_url) as ws:
            hello = await ws.receive_json()
            assert hello["op"] == 10
            await ws.send_json({"op": 2, "d": {"token": "wrong", "properties": {}, "intents": 0}})
            closing = await ws.receive()
    assert closing.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED) and ws.close_code == 4004
