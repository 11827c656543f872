"""A plain DM, and a guild message that mentions the bot, are answered like /ask."""

from __future__ import annotations

from tests.e2e.helpers import assert_clean, embed_text, unescaped


async def test_a_dm_question_is_answered(film_bot, world):
    replies = await world.server.send_message("who directed leaving las vegas?", user=world.alice)
    assert len(replies) == 1
    assert "Mike Figgis" in unescaped(embed_text(replies[0]))
    assert_clean(world.server)


async def test_a_mention_in_a_guild_is_answered(film_bot, world):
    replies = await world.server.send_message("who plays Sera in Leaving Las Vegas?", user=world.bob,
                                              guild=world.guild, mentions_bot=True)
    assert len(replies) == 1
    assert "Elisabeth Shue" in unescaped(embed_text(replies[0]))
    assert int(replies[0]["message_reference"]["channel_id"]) == world.guild.channel_id  # a reply
    assert_clean(world.server)


async def test_a_bare_mention_gets_the_help(film_bot, world):
    (reply,) = await world.server.send_message("", user=world.bob, guild=world.guild, mentions_bot=True)
    assert "/film" in unescaped(embed_text(reply))


async def test_guild_chatter_without_a_mention_is_ignored(film_bot, world):
    replies = await world.server.send_message("who directed leaving las vegas?", user=world.bob,
                                              guild=world.guild, timeout=0.5)
    assert replies == []
