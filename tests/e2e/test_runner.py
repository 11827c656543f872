"""`film-trivia run` / `sync` as real subprocesses against FakeDiscord: a missing or rejected
token ends with one clear line and status 2, never the token; sync registers and says what."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.discord_app.runner import NO_TOKEN, REJECTED_TOKEN
from tests.discord_server import FakeDiscord
from tests.e2e.test_commands import OUR_COMMANDS

REPO = Path(__file__).resolve().parents[2]
PROCESS_TIMEOUT = 60.0
WRONG_TOKEN = "MTIz.wrong-token-that-must-never-be-printed"


async def start_film_trivia(server: FakeDiscord, tmp_path: Path, *args: str, token: str) -> asyncio.subprocess.Process:
    """The CLI, run in `tmp_path` so that no .env is read; stdout and stderr together."""
    env = {**os.environ, "DISCORD_TOKEN": token, "FILM_TRIVIA_DB": str(tmp_path / "film-trivia.db"),
           "PYTHONPATH": str(REPO)}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.e2e.cli_against", str(server.port), *args,
        cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)


async def film_trivia(server: FakeDiscord, tmp_path: Path, *args: str, token: str) -> tuple[int, str]:
    """Runs the CLI to its end; (exit status, output)."""
    process = await start_film_trivia(server, tmp_path, *args, token=token)
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
    registered = {command["name"]: command for command in fake_discord.commands[guild.id]}
    assert OUR_COMMANDS <= set(registered)
    for name in OUR_COMMANDS:
        assert sorted(registered[name]["contexts"]) == [0, 1, 2]
        assert sorted(registered[name]["integration_types"]) == [0, 1]
    assert fake_discord.token not in output


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
async def test_run_connects_and_stops_cleanly_on_a_signal(fake_discord, tmp_path, signum):
    process = await start_film_trivia(fake_discord, tmp_path, "run", token=fake_discord.token)
    try:
        await fake_discord.wait_until_ready(timeout=PROCESS_TIMEOUT)
    finally:
        process.send_signal(signum)
        output, _ = await asyncio.wait_for(process.communicate(), PROCESS_TIMEOUT)
    assert process.returncode == 0
    assert "Traceback" not in output.decode() and fake_discord.token not in output.decode()
    assert not any(request.path.endswith("/commands") for request in fake_discord.requests)  # no sync on start
