"""/sync: only owners may register the commands, globally or in the current guild."""

from __future__ import annotations

import dataclasses

from tests.e2e.helpers import ask_slash, assert_clean


async def test_a_member_may_not_sync(film_bot, world):
    result = await ask_slash(world.server, "sync", {"scope": "global"}, user=world.bob, guild=world.guild)
    assert result.ephemeral and result.message["content"] == "You are not allowed to use that command."
    assert_clean(world.server)


async def test_the_application_owner_syncs_to_the_guild(film_bot, world):
    result = await ask_slash(world.server, "sync", {"scope": "here"}, user=world.server.owner, guild=world.guild)
    assert result.ephemeral
    assert result.all_messages[-1]["content"].startswith("Synced ")
    guild_commands = {command["name"] for command in world.server.commands[world.guild.id]}
    assert {"film", "cast", "who", "ask"} <= guild_commands
    assert_clean(world.server)


async def test_owners_from_settings_sync_globally_from_a_dm(film_bot, world):
    film_bot.settings = dataclasses.replace(film_bot.settings, owner_ids=frozenset({world.alice.id}))
    result = await ask_slash(world.server, "sync", {"scope": "global"}, user=world.alice)
    assert "globally" in result.all_messages[-1]["content"]
    here = await ask_slash(world.server, "sync", {"scope": "here"}, user=world.alice)
    assert here.ephemeral and "only works in a server" in here.message["content"]
    assert_clean(world.server)
