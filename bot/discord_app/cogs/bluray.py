"""/bluray: the disc's video, audio and extras."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers import disc_answer
from bot.discord_app.checks import user_cooldown
from bot.discord_app.replies import send_reply
from bot.discord_app.transformers import FilmTransformer
from bot.store.records import FilmSummary


class Bluray(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="bluray")
    @app_commands.describe(film="The film's title; pick one from the list or type it")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @user_cooldown()
    async def bluray(self, interaction: discord.Interaction,
                     film: app_commands.Transform[FilmSummary, FilmTransformer]) -> None:
        """Blu-ray specs of a film: resolution, aspect ratio, audio tracks, extras."""
        reply = await self.bot.replies.reply(("bluray", film.id), lambda: disc_answer(self.bot.db, film.id))
        await send_reply(interaction, reply)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Bluray(bot))
