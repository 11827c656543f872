"""/who: a person (director, actor, novelist) or a character, and their films."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers import who_answer
from bot.discord_app.checks import user_cooldown
from bot.discord_app.replies import send_reply
from bot.discord_app.transformers import NameTransformer


class Who(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="who")
    @app_commands.describe(name="A person or a character, e.g. an actor or the role they play")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @user_cooldown()
    async def who(self, interaction: discord.Interaction,
                  name: app_commands.Transform[str, NameTransformer]) -> None:
        """Who a person or character is, and in which films."""
        reply = await self.bot.replies.reply(("who", name), lambda: who_answer(self.bot.db, name, index=self.bot.names))
        await send_reply(interaction, reply)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Who(bot))
