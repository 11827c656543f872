"""/film: the facts about one film."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers import film_answer
from bot.discord_app.checks import user_cooldown
from bot.discord_app.replies import send_reply
from bot.discord_app.transformers import FilmTransformer
from bot.store.records import FilmSummary


class Film(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="film")
    @app_commands.describe(film="The film's title; pick one from the list or type it")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @user_cooldown()
    async def film(self, interaction: discord.Interaction,
                   film: app_commands.Transform[FilmSummary, FilmTransformer]) -> None:
        """Year, director, runtime, genres and source novel of a film, with sources."""
        reply = await self.bot.replies.reply(("film", film.id), lambda: film_answer(self.bot.db, film.id))
        await send_reply(interaction, reply)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Film(bot))
