"""create_bot: the right class, intents and defaults; every cog loads with its commands
available in guilds, DMs and private channels, for guild and user installs."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.discord_app.bot import FilmTriviaBot, FilmTriviaShardedBot, cog_extensions, create_bot
from bot.discord_app.tree import FilmTree
from tests.discord_app.stubs import make_settings

OUR_COMMANDS = {"film", "cast", "plot", "bluray", "who", "ask", "sources", "help", "sync"}
OUR_MODULES = {"film", "cast", "plot", "bluray", "who", "ask", "sources", "help", "conversation", "admin"}


def test_one_connection_unless_shards_are_configured(tmp_path):
    bot = create_bot(make_settings(tmp_path))
    assert type(bot) is FilmTriviaBot
    assert isinstance(bot.tree, FilmTree)
    sharded = create_bot(make_settings(tmp_path, shard_count=3))
    assert type(sharded) is FilmTriviaShardedBot
    assert sharded.shard_count == 3


def test_intents_are_minimal_and_no_message_mentions_anyone(tmp_path):
    bot = create_bot(make_settings(tmp_path))
    assert bot.intents.guilds and bot.intents.dm_messages and bot.intents.guild_messages
    assert not bot.intents.message_content and not bot.intents.members and not bot.intents.presences
    assert bot.allowed_mentions.to_dict() == {"parse": []}


def test_every_cog_module_is_found():
    found = {name.rsplit(".", 1)[1] for name in cog_extensions()}
    assert OUR_MODULES <= found
    assert all(not name.startswith("_") for name in found)


async def test_commands_are_offered_everywhere_with_descriptions(tmp_path):
    bot = create_bot(make_settings(tmp_path))
    for extension in cog_extensions():
        await bot.load_extension(extension)
    commands = {command.name: command for command in bot.tree.get_commands()}
    assert OUR_COMMANDS <= set(commands)
    for name in OUR_COMMANDS:
        command = commands[name]
        assert isinstance(command, app_commands.Command)
        assert command.description and command.description != "…"
        contexts, installs = command.allowed_contexts, command.allowed_installs
        assert (contexts.guild, contexts.dm_channel, contexts.private_channel) == (True, True, True), name
        assert (installs.guild, installs.user) == (True, True), name
        assert all(p.description != "…" for p in command.parameters), name
        assert command.checks, f"/{name} has no cooldown or owner check"
    assert len(bot.cogs) >= len(OUR_MODULES)
    await bot.close()


async def test_owners_from_settings_are_owners_without_asking_discord(tmp_path):
    bot = create_bot(make_settings(tmp_path, owner_ids=frozenset({42})))
    assert await bot.is_owner(discord.Object(42))
    await bot.close()
