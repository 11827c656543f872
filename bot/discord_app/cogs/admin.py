"""/sync: owner-only registration of the slash commands, globally or in this server."""

from __future__ import annotations

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.checks import owner_only
from bot.discord_app.tree import synced_summary
from bot.discord_app.views import NO_MENTIONS


class Admin(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="sync")
    @app_commands.describe(scope="global: every server and DM (may take a while); here: this server, at once")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @owner_only()
    async def sync(self, interaction: discord.Interaction, scope: Literal["global", "here"] = "here") -> None:
        """Owner only: register the bot's slash commands with Discord."""
        if scope == "here" and interaction.guild_id is None:
            await interaction.response.send_message("`here` only works in a server; use `global`.",
                                                    ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild = discord.Object(interaction.guild_id) if scope == "here" else None
        synced = await self.bot.tree.sync_to(guild)
        where = "globally" if guild is None else "to this server"
        await interaction.followup.send(synced_summary(synced, where), ephemeral=True, allowed_mentions=NO_MENTIONS)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Admin(bot))
