"""The command tree: one place that turns every command error into a short private reply."""

from __future__ import annotations

import logging
import math

import discord
from discord import app_commands

from bot.discord_app.transformers import UnknownFilm
from bot.discord_app.views import NO_MENTIONS
from bot.render.embeds import quote_user_text

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side while answering. Please try again in a moment."


def is_unexpected(error: app_commands.AppCommandError) -> bool:
    """A bug or an outage (a dropped database...), not the user's doing: a command or an
    option's transformer raised something that is not an `AppCommandError`."""
    if isinstance(error, app_commands.TransformerError):
        return error.__cause__ is not None
    return isinstance(error, app_commands.CommandInvokeError) or type(error) is app_commands.AppCommandError


def error_message(error: app_commands.AppCommandError) -> str:
    """What the user reads for an error; unexpected ones get an apology (and a log entry)."""
    if is_unexpected(error):
        return APOLOGY
    if isinstance(error, UnknownFilm):
        return error.message()
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {math.ceil(error.retry_after)} s."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That command only works in a server."
    if isinstance(error, app_commands.MissingPermissions):
        return "You need the permission(s) " + ", ".join(error.missing_permissions) + " for that."
    if isinstance(error, app_commands.BotMissingPermissions):
        return "I need the permission(s) " + ", ".join(error.missing_permissions) + " here for that."
    if isinstance(error, app_commands.CheckFailure):
        return "You are not allowed to use that command."
    if isinstance(error, app_commands.TransformerError):
        return f"I could not understand {quote_user_text(str(error.value))}."
    if isinstance(error, (app_commands.CommandNotFound, app_commands.CommandSignatureMismatch)):
        return "That command is out of date; the bot's owner needs to run /sync."
    return APOLOGY


class FilmTree(app_commands.CommandTree):
    """A `CommandTree` whose errors are answered ephemerally, never mentioning anyone."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError, /) -> None:
        if is_unexpected(error):
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("command /%s failed", command, exc_info=error)
        await send_private(interaction, error_message(error))

    async def sync_to(self, guild: discord.abc.Snowflake | None) -> list[app_commands.AppCommand]:
        """Register the commands globally (`guild=None`, up to an hour to show) or, instantly,
        in one guild, where the global commands are copied first."""
        if guild is not None:
            self.copy_global_to(guild=guild)
        return await self.sync(guild=guild)


def synced_summary(synced: list[app_commands.AppCommand], where: str) -> str:
    """"Synced 2 command(s) globally: /film, /cast"."""
    names = ", ".join(f"/{command.name}" for command in synced) or "none"
    return f"Synced {len(synced)} command(s) {where}: {names}"


async def send_private(interaction: discord.Interaction, content: str) -> None:
    """An ephemeral reply, as the first response or as a followup when one was already sent."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(content, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(content, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException:
        # The interaction expired or Discord is unreachable: nobody is left to tell.
        log.warning("could not deliver an error reply", exc_info=True)
