"""/ask: a question in plain words."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers import ask as answer_question
from bot.discord_app.checks import user_cooldown
from bot.discord_app.replies import send_reply


class Ask(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="ask")
    @app_commands.describe(question="e.g. who plays Sera in Leaving Las Vegas?")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @user_cooldown()
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 300]) -> None:
        """Ask anything about the films the bot knows, in your own words."""
        reply = await self.bot.replies.reply(("ask", question),
                                             lambda: answer_question(self.bot.db, question, index=self.bot.names))
        await send_reply(interaction, reply)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Ask(bot))
