"""Fixtures shared across test packages; each is defined next to what it tests."""

from tests.discord_server.fixtures import fake_discord, sharded_fake_discord  # noqa: F401
from tests.e2e.fixtures import bot_settings, film_bot, filled_database, world  # noqa: F401
