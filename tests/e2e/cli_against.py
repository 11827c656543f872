"""`film-trivia` with discord.py pointed at a local server, for subprocess tests.

Usage: python -m tests.e2e.cli_against PORT ARGS...  (ARGS as for `film-trivia`)
"""

from __future__ import annotations

import sys

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.cli import main


def point_discord_at(port: int) -> None:
    Route.BASE = f"http://127.0.0.1:{port}/api/v10"
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://127.0.0.1:{port}/")


if __name__ == "__main__":
    point_discord_at(int(sys.argv[1]))
    sys.exit(main(sys.argv[2:]))
