"""Per-server settings: registered for Manage Server only, checked again by the bot, and used by games."""

from __future__ import annotations

import discord

from tests.discord_server.models import DEFAULT_MEMBER_PERMISSIONS
from tests.quiz.e2e import assert_no_pings_and_no_violations, final_message, question_message, quiz_bot, reveal_message, text_of

MANAGE_GUILD = discord.Permissions(manage_guild=True).value


async def test_settings_need_manage_server_and_shape_the_next_game(fake_discord, quiz_settings):
    server = fake_discord
    member = server.add_user("member")
    manager = server.add_user("manager", permissions=DEFAULT_MEMBER_PERMISSIONS | MANAGE_GUILD)
    guild = server.add_guild("Film Club", members=[member, manager])
    async with quiz_bot(server, quiz_settings):
        registered = {c["name"]: c for c in server.commands["global"]}
        assert int(registered["quiz-settings"]["default_member_permissions"]) == MANAGE_GUILD
        assert registered["quiz"]["default_member_permissions"] is None
        assert sorted(registered["quiz"]["contexts"]) == [0, 1, 2]
        assert sorted(registered["quiz"]["integration_types"]) == [0, 1]

        # The server may have granted the command to everyone: the bot still checks.
        refused = await server.slash("quiz-settings", {"rounds": 9}, subcommand="set", user=member, guild=guild)
        await refused.wait_final()
        assert refused.ephemeral and "Manage Server" in refused.message["content"]

        changed = await server.slash("quiz-settings", {"rounds": 2, "seconds": 1, "reveal": False},
                                     subcommand="set", user=manager, guild=guild)
        await changed.wait_final()
        assert changed.ephemeral and "off" in text_of(changed.message)

        start = await server.slash("quiz", subcommand="start", user=member, guild=guild)
        await start.wait_final()
        assert "2 questions" in text_of(start.message)
        await question_message(start, 1)
        assert "||" not in text_of(await reveal_message(start, 0))
        await final_message(start)
    assert_no_pings_and_no_violations(server)
