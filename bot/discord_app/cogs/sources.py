"""/sources: which documents the bot knows a film from."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers import sources_answer
from bot.discord_app.checks import user_cooldown
from bot.discord_app.replies import send_reply
from bot.discord_app.transformers import FilmTransformer
from bot.store.records import FilmSummary


class Sources(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="sources")
    @app_commands.describe(film="The film's title; pick one from the list or type it")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @user_cooldown()
    async def sources(self, interaction: discord.Interaction,
                      film: app_commands.Transform[FilmSummary, FilmTransformer]) -> None:
        """The documents behind a film's facts, and what each one contributed."""
        reply = await self.bot.replies.reply(("sources", film.id), lambda: sources_answer(self.bot.db, film.id))
        await send_reply(interaction, reply)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Sources(bot))
