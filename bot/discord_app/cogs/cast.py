"""/cast: who plays whom, paged with buttons when the cast is long."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers import cast_answer
from bot.discord_app.checks import user_cooldown
from bot.discord_app.replies import send_reply
from bot.discord_app.transformers import FilmTransformer
from bot.store.records import FilmSummary

CAST_PER_PAGE = 10


class Cast(commands.Cog):
    per_page = CAST_PER_PAGE

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="cast")
    @app_commands.describe(film="The film's title; pick one from the list or type it")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @user_cooldown()
    async def cast(self, interaction: discord.Interaction,
                   film: app_commands.Transform[FilmSummary, FilmTransformer]) -> None:
        """The actors of a film and the characters they play."""
        reply = await self.bot.replies.reply(("cast", film.id, self.per_page),
                                             lambda: cast_answer(self.bot.db, film.id), fields_per_page=self.per_page)
        await send_reply(interaction, reply)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Cast(bot))
