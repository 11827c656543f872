"""/help: what the bot can do."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers import help_answer
from bot.discord_app.checks import user_cooldown
from bot.discord_app.replies import send_answer


class Help(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="help")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @user_cooldown()
    async def help(self, interaction: discord.Interaction) -> None:
        """What the bot can answer, and how to ask."""
        await send_answer(interaction, help_answer())


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Help(bot))
