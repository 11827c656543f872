"""/plot: the story, its ending hidden behind spoiler tags unless asked for."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers import plot_answer
from bot.discord_app.checks import user_cooldown
from bot.discord_app.replies import send_reply
from bot.discord_app.transformers import FilmTransformer
from bot.store.records import FilmSummary


class Plot(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="plot")
    @app_commands.describe(
        film="The film's title; pick one from the list or type it",
        full="Tell the whole plot instead of the premise",
        reveal_ending="Show the ending without spoiler tags",
    )
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @user_cooldown()
    async def plot(self, interaction: discord.Interaction,
                   film: app_commands.Transform[FilmSummary, FilmTransformer],
                   full: bool = False, reveal_ending: bool = False) -> None:
        """What a film is about; the ending stays behind spoiler tags unless you ask."""
        reply = await self.bot.replies.reply(
            ("plot", film.id, full, reveal_ending),
            lambda: plot_answer(self.bot.db, film.id, full=full, reveal_ending=reveal_ending))
        await send_reply(interaction, reply)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Plot(bot))
