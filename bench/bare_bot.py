"""A bare discord.py bot: the baseline the film bot is measured against.

It registers the same command shapes the benchmarks send to the film bot (``/cast film:`` with
autocomplete and ``/ask question:``) but answers each with a constant string, so what it costs
is discord.py's own work plus the transport.
"""

from __future__ import annotations

from pathlib import Path

import discord
from discord import app_commands
from discord.ext import commands

CONSTANT_ANSWER = "ok"
PLACEHOLDER_FILM = app_commands.Choice(name="A film", value="1")


def create_bare_bot(workdir: Path | None = None, **options: object) -> commands.Bot:
    """The bare bot; ``workdir`` is unused (the film bot needs one for its database)."""
    bot = commands.Bot(command_prefix=commands.when_mentioned, intents=discord.Intents.default(),
                       help_command=None, **options)

    @bot.tree.command(description="Constant answer")
    async def cast(interaction: discord.Interaction, film: str) -> None:
        await interaction.response.send_message(CONSTANT_ANSWER)

    @cast.autocomplete("film")
    async def cast_film(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [PLACEHOLDER_FILM]

    @bot.tree.command(description="Constant answer")
    async def ask(interaction: discord.Interaction, question: str) -> None:
        await interaction.response.send_message(CONSTANT_ANSWER)

    return bot
