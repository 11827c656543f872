"""`film-trivia run` / `sync` as real subprocesses against FakeDiscord: a missing or rejected
token ends with one clear line and status 2, never the token; sync registers and says what."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from bot.discord_app.runner import NO_TOKEN, REJECTED_TOKEN
from tests.discord_server import FakeDiscord

REPO = Path(__file__).resolve().parents[2]
PROCESS_TIMEOUT = 60.0
WRONG_TOKEN = "MTIz.wrong-token-that-must-never-be-printed"


async def film_trivia(server: FakeDiscord, tmp_path: Path, *args: str, token: str) -> tuple[int, str]:
    """Runs the CLI in `tmp_path` (so no .env is read) and returns (status, stdout + stderr)."""
    env = {**os.environ, "DISCORD_TOKEN": token, "FILM_TRIVIA_DB": str(tmp_path / "film-trivia.db"),
           "PYTHONPATH": str(REPO)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.e2e.cli_against", str(server.port), *args,
        cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    output, _ = await asyncio.wait_for(process.communicate(), PROCESS_TIMEOUT)
    return process.returncode, output.decode()


@pytest.mark.parametrize("command", ["run", "sync"])
async def test_a_rejected_token_exits_2_with_one_clear_line(fake_discord, tmp_path, command):
    status, output = await film_trivia(fake_discord, tmp_path, command, token=WRONG_TOKEN)
    assert status == 2
    assert output.strip().splitlines()[-1] == REJECTED_TOKEN
    assert WRONG_TOKEN not in output and "Traceback" not in output


@pytest.mark.parametrize("command", ["run", "sync"])
async def test_no_token_exits_2_before_connecting(fake_discord, tmp_path, command):
    status, output = await film_trivia(fake_discord, tmp_path, command, token="")
    assert status == 2
    assert output.strip().splitlines() == [NO_TOKEN]
    assert fake_discord.requests == []


async def test_sync_registers_the_commands_in_a_guild(fake_discord, tmp_path):
    guild = fake_discord.add_guild("Film Club")
    status, output = await film_trivia(fake_discord, tmp_path, "sync", "--guild", str(guild.id),
                                       token=fake_discord.token)
    assert status == 0, output
    assert f"command(s) to guild {guild.id}: " in output and "/film" in output
    registered = fake_discord.commands[guild.id]
    assert {"film", "cast", "plot", "bluray", "who", "ask", "sources", "help", "sync"} <= {c["name"] for c in registered}
    assert all(sorted(c["contexts"]) == [0, 1, 2] and sorted(c["integration_types"]) == [0, 1] for c in registered)
    assert fake_discord.token not in output
