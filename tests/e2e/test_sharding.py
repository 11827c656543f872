"""With `shard_count` set the same bot runs as an AutoShardedBot: guild and DM commands and
DM messages are answered whichever shard they arrive on."""

from __future__ import annotations

import dataclasses

from bot.discord_app import FilmTriviaShardedBot, create_bot
from tests.discord_server import run_bot
from tests.e2e.fixtures import GUILD_READY_TIMEOUT
from tests.e2e.helpers import answer_text, ask_slash, assert_clean, embed_text, unescaped


async def test_a_sharded_bot_answers_everywhere(world, bot_settings):
    bot = create_bot(dataclasses.replace(bot_settings, shard_count=2), guild_ready_timeout=GUILD_READY_TIMEOUT)
    assert isinstance(bot, FilmTriviaShardedBot)
    async with run_bot(world.server, bot):
        await bot.tree.sync_to(None)
        assert sorted(shard for shard, _ in world.server.identifies) == [0, 1]
        in_guild = await ask_slash(world.server, "help", user=world.alice, guild=world.guild)
        in_dm = await ask_slash(world.server, "help", user=world.bob)
        (reply,) = await world.server.send_message("who directed leaving las vegas?", user=world.bob)
    assert "/film" in unescaped(answer_text(in_guild)) and "/film" in unescaped(answer_text(in_dm))
    assert embed_text(reply)
    assert_clean(world.server)


SHARDS = 4


async def test_four_shards_each_answer_their_own_guilds(world, bot_settings):
    server = world.server
    guilds = [world.guild]
    # Snowflakes are spread over shards; add guilds until every shard owns one (bounded).
    for n in range(32):
        if {server.shard_of(g.id, SHARDS) for g in guilds} == set(range(SHARDS)):
            break
        guilds.append(server.add_guild(f"Club {n}", members=[server.owner, world.alice]))
    by_shard = {server.shard_of(g.id, SHARDS): g for g in guilds}
    assert sorted(by_shard) == list(range(SHARDS))

    bot = create_bot(dataclasses.replace(bot_settings, shard_count=SHARDS), guild_ready_timeout=GUILD_READY_TIMEOUT)
    async with run_bot(server, bot):
        await bot.tree.sync_to(None)
        assert sorted(shard for shard, _ in server.identifies) == list(range(SHARDS))
        for shard, guild in sorted(by_shard.items()):
            assert bot.get_guild(guild.id).shard_id == shard  # the bot saw the guild on its own shard
            result = await ask_slash(server, "film", {"film": "Leaving Las Vegas"}, user=world.alice, guild=guild)
            assert "Mike Figgis" in unescaped(answer_text(result)), f"shard {shard} did not answer"
    assert_clean(server)
