from tests.discord_server.fixtures import fake_discord, sharded_fake_discord  # noqa: F401
