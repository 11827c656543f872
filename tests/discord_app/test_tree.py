"""Every command error becomes one short ephemeral reply that mentions nobody."""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from bot.answers.models import NotFound
from bot.discord_app.transformers import FilmTransformer, UnknownFilm
from bot.discord_app.tree import APOLOGY, FilmTree, error_message, synced_summary
from tests.discord_app.stubs import interaction


def tree() -> FilmTree:
    return FilmTree(discord.Client(intents=discord.Intents.none()))


def test_each_error_type_has_its_own_message():
    cooldown = app_commands.CommandOnCooldown(app_commands.Cooldown(1, 10), retry_after=4.2)
    assert error_message(cooldown) == "Slow down a little: try again in 5 s."
    assert error_message(app_commands.NoPrivateMessage()) == "That command only works in a server."
    assert "manage_guild" in error_message(app_commands.MissingPermissions(["manage_guild"]))
    assert error_message(app_commands.CheckFailure()) == "You are not allowed to use that command."
    unknown = UnknownFilm("Lavs Vegas", FilmTransformer(), NotFound("No such film.", ("Las Vegas Nights (1941)",)))
    assert error_message(unknown) == "No such film. Did you mean **Las Vegas Nights (1941)**?"
    broken_lookup = app_commands.TransformerError("x", discord.AppCommandOptionType.string, FilmTransformer())
    broken_lookup.__cause__ = RuntimeError("index not loaded")
    assert error_message(broken_lookup) == APOLOGY


async def test_an_unexpected_error_is_logged_and_apologised_for_privately(caplog):
    failing = interaction()
    error = app_commands.CommandInvokeError(
        app_commands.Command(name="film", description="x", callback=_callback), ValueError("no active connection"))
    with caplog.at_level(logging.ERROR, logger="bot.discord_app.tree"):
        await tree().on_error(failing, error)
    (reply,) = failing.response.sent
    assert reply["content"] == APOLOGY
    assert reply["ephemeral"] is True
    assert reply["allowed_mentions"].to_dict()["parse"] == []
    assert "no active connection" in caplog.text


async def test_after_a_response_the_error_goes_in_a_followup():
    answered = interaction(responded=True)
    await tree().on_error(answered, app_commands.NoPrivateMessage())
    assert answered.response.sent == []
    (reply,) = answered.followup.sent
    assert reply["ephemeral"] is True and reply["allowed_mentions"].to_dict()["parse"] == []


async def test_an_expected_error_is_not_logged(caplog):
    with caplog.at_level(logging.ERROR, logger="bot.discord_app.tree"):
        await tree().on_error(interaction(), app_commands.CheckFailure())
    assert caplog.records == []


def test_synced_summary_names_the_commands():
    synced = [app_commands.AppCommand(data={"id": 1, "application_id": 2, "name": n, "description": "d", "type": 1,
                                            "version": 1}, state=None) for n in ("film", "cast")]
    assert synced_summary(synced, "globally") == "Synced 2 command(s) globally: /film, /cast"


async def _callback(interaction: discord.Interaction) -> None:
    """A command body that is never run."""
