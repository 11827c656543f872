"""A local Discord-compatible server (gateway + REST) for end-to-end tests of discord.py bots.

See README.md in this folder for the full API.
"""

from __future__ import annotations

from .harness import fast_identify, patched_endpoints, run_bot, sync_everywhere
from .interactions import InteractionResult
from .models import DiscordRejected, Guild, RecordedRequest, User, Violation
from .server import FakeDiscord

__all__ = [
    "DiscordRejected", "FakeDiscord", "Guild", "InteractionResult", "RecordedRequest", "User", "Violation",
    "fast_identify", "patched_endpoints", "run_bot", "sync_everywhere",
]
