"""Checks shared by the cogs: a per-user cooldown from the settings, and owner-only."""

from __future__ import annotations

import discord
from discord import app_commands


def _cooldown_from_settings(interaction: discord.Interaction) -> app_commands.Cooldown:
    settings = interaction.client.settings  # type: ignore[attr-defined]
    return app_commands.Cooldown(settings.cooldown_rate, settings.cooldown_per)


def user_cooldown():
    """At most `settings.cooldown_rate` uses of a command per `cooldown_per` seconds per user."""
    return app_commands.checks.dynamic_cooldown(_cooldown_from_settings, key=lambda interaction: interaction.user.id)


def owner_only():
    """Only `settings.owner_ids` and the application's owner pass (`Bot.is_owner`)."""

    async def predicate(interaction: discord.Interaction) -> bool:
        return await interaction.client.is_owner(interaction.user)  # type: ignore[attr-defined]

    return app_commands.check(predicate)
