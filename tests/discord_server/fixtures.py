"""Pytest fixtures for tests that run a bot against FakeDiscord.

Import them into a conftest.py: ``from tests.discord_server.fixtures import fake_discord  # noqa: F401``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from . import FakeDiscord, patched_endpoints

TEST_HEARTBEAT_INTERVAL = 1.0


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started FakeDiscord with discord.py's endpoints pointed at it (restored afterwards)."""
    async with FakeDiscord(heartbeat_interval=TEST_HEARTBEAT_INTERVAL) as server:
        with patched_endpoints(server):
            yield server


@pytest.fixture
async def sharded_fake_discord() -> AsyncIterator[FakeDiscord]:
    """Like ``fake_discord`` but recommending 4 shards from ``GET /gateway/bot``."""
    async with FakeDiscord(heartbeat_interval=TEST_HEARTBEAT_INTERVAL, shard_count=4) as server:
        with patched_endpoints(server):
            yield server
