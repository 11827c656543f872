"""Every interaction kind round-trips between FakeDiscord and a real discord.py bot."""

from __future__ import annotations

import aiohttp
import discord
import pytest

from tests.discord_server import FakeDiscord, run_bot
from tests.discord_server.limits import CONTENT_MAX

from .selftest_bot import WORDS, SelfTestBot

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
async def world(fake_discord: FakeDiscord):
    alice = fake_discord.add_user("alice")
    bob = fake_discord.add_user("bob")
    guild = fake_discord.add_guild("Film Club", members=[alice, bob])
    async with run_bot(fake_discord, SelfTestBot(), sync_commands=True) as bot:
        yield fake_discord, bot, guild, alice, bob


async def test_login_syncs_commands_and_receives_guilds(world) -> None:
    server, bot, guild, alice, _ = world
    assert bot.user.id == server.bot_user.id
    assert bot.get_guild(guild.id).member_count == 3  # the bot, alice and bob
    names = {c["name"] for c in server.commands["global"]}
    assert {"echo", "confirm", "note", "slow", "toolong"} <= names
    assert all(c["application_id"] == str(server.application_id) and c["version"] for c in server.commands["global"])


async def test_wrong_token_raises_login_failure(fake_discord: FakeDiscord) -> None:
    bot = SelfTestBot()
    with pytest.raises(discord.LoginFailure):
        await bot.login("not-the-token")
    await bot.close()
    assert fake_discord.requests[-1].status == 401


@pytest.mark.parametrize("context", ["guild", "dm", "private"])
async def test_slash_command_in_each_context(world, context: str) -> None:
    server, _, guild, alice, _ = world
    r = await server.slash("echo", {"word": "hello", "times": 2}, user=alice,
                           guild=guild if context == "guild" else None, context=context)
    await r.wait_final()
    assert r.callback_type == 4
    assert r.message["content"] == "hello hello"
    assert r.error is None and not r.ephemeral
    assert r.payload["context"] == {"guild": 0, "dm": 1, "private": 2}[context]


@pytest.mark.parametrize("context", ["guild", "dm", "private"])
async def test_autocomplete_in_each_context(world, context: str) -> None:
    server, _, guild, alice, _ = world
    choices = await server.autocomplete("echo", {"word": "ap"}, focused="word", user=alice,
                                        guild=guild if context == "guild" else None, context=context)
    assert [c["value"] for c in choices] == [w for w in WORDS if w.startswith("ap")]


async def test_button_updates_message_and_interaction_check_refuses_others(world) -> None:
    server, _, guild, alice, bob = world
    r = await server.slash("confirm", user=alice, guild=guild)
    await r.wait_final()
    refused = await server.click(r, "confirm:yes", user=bob)
    await refused.wait_final()
    assert refused.ephemeral and refused.message["content"] == "Not your buttons."
    clicked = await server.click(r, "confirm:yes", user=alice)
    await clicked.wait_final()
    assert clicked.callback_type == 7
    assert r.message["content"] == "Confirmed." and r.message["components"] == []


@pytest.mark.parametrize(("custom_id", "expected"), [("confirm:later", "Deferred, then edited."),
                                                     ("confirm:edit", "Edited through the channel.")])
async def test_deferred_button_then_edit_is_final(world, custom_id: str, expected: str) -> None:
    server, _, guild, alice, _ = world
    r = await server.slash("confirm", user=alice, guild=guild)
    await r.wait_final()
    clicked = await server.click(r, custom_id, user=alice)
    await clicked.wait_final()
    assert clicked.callback_type == 6
    assert clicked.message["content"] == expected
    assert clicked.payload["message"]["content"] == "Sure?"  # what was clicked, not the edit


@pytest.mark.parametrize("context", ["guild", "dm"])
async def test_modal_round_trip(world, context: str) -> None:
    server, _, guild, alice, _ = world
    r = await server.slash("note", user=alice, guild=guild if context == "guild" else None, context=context)
    await r.wait_final()
    assert r.callback_type == 9 and r.modal["title"] == "Leave a note"
    submitted = await server.submit_modal(r, values={"note:text": "loved it"}, user=alice)
    await submitted.wait_final()
    assert submitted.message["content"] == "Noted: loved it" and submitted.ephemeral


async def test_deferred_command_is_final_after_followup(world) -> None:
    server, _, guild, alice, _ = world
    r = await server.slash("slow", user=alice, guild=guild)
    await r.wait_final()
    assert r.callback_type == 5
    assert [m["content"] for m in r.followups] == ["Done thinking."]


async def test_dm_and_mention_messages_are_answered(world) -> None:
    server, _, guild, alice, _ = world
    replies = await server.send_message("hi there", user=alice)
    assert [m["content"] for m in replies] == ["dm: hi there"]
    replies = await server.send_message("ping", user=alice, guild=guild, mentions_bot=True)
    assert len(replies) == 1 and replies[0]["content"].endswith("ping")


async def test_content_over_the_limit_is_rejected(world) -> None:
    server, _, guild, alice, _ = world
    r = await server.slash("toolong", user=alice, guild=guild)
    await r.wait_final()
    assert r.error["code"] == 50035
    assert r.error["errors"]["content"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"
    assert str(CONTENT_MAX) in r.error["errors"]["content"]["_errors"][0]["message"]
    assert server.violations and server.violations[-1].interaction_id == r.id


async def test_second_initial_response_gets_40060(world) -> None:
    server, _, guild, alice, _ = world
    r = await server.slash("echo", {"word": "once"}, user=alice, guild=guild)
    await r.wait_final()
    url = f"{server.api_base}/interactions/{r.id}/{r.token}/callback?with_response=1"
    async with aiohttp.ClientSession() as session:
        async with session.post(url, json={"type": 4, "data": {"content": "again"}}) as response:
            body = await response.json()
    assert response.status == 400 and body["code"] == 40060
    assert r.message["content"] == "once"
    assert server.duplicate_responses()


async def test_a_guild_added_while_connected_is_announced_and_usable(world) -> None:
    server, bot, _, alice, _ = world
    late = server.add_guild("Late Club", members=[alice])
    r = await server.slash("echo", {"word": "late"}, user=alice, guild=late)
    await r.wait_final()
    assert r.message["content"] == "late"
    assert bot.get_guild(late.id) is not None


async def test_a_first_response_after_the_deadline_is_unknown_interaction(world) -> None:
    server, _, guild, alice, _ = world
    server.interaction_deadline = 0.0
    r = await server.slash("echo", {"word": "late"}, user=alice, guild=guild)
    await r.wait_final()
    assert r.error["code"] == 10062 and r.message is None
    assert server.violations[-1].status == 404


async def test_unknown_routes_get_a_json_404_and_are_recorded(world) -> None:
    server, _, _, _, _ = world
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{server.api_base}/no/such/route",
                               headers={"Authorization": f"Bot {server.token}"}) as response:
            body = await response.json()
    assert response.status == 404 and "not implemented" in body["message"]
    assert server.unknown_routes == [("GET", "/no/such/route")]
