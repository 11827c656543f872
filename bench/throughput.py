"""Interactions per second and latency of a bot against FakeDiscord, bare bot vs film bot.

    .venv/bin/python -m bench.throughput [--requests 300] [--concurrency 1 8 32]

For each concurrency c, c users each send slash commands back to back (``/cast film:<id>`` and
``/ask question:<text>`` alternately) until ``--requests`` have been answered. Latency is the
time from sending INTERACTION_CREATE to receiving the bot's initial callback (p50/p99), and
"final" the time until the answer is complete (after a deferral, its edit or followup).
Server and bot share one process and event loop, so absolute figures include the server's
work; the film/bare ratios compare like with like.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import discord

from bench.bare_bot import create_bare_bot
from tests.discord_server import FakeDiscord, Guild, User, patched_endpoints, run_bot

BotFactory = Callable[[Path], discord.Client]
BOT_OPTIONS = {"guild_ready_timeout": 0.05, "chunk_guilds_at_startup": False}
USERS = 32
ANSWER_TIMEOUT = 15.0


def bare_factory(workdir: Path) -> discord.Client:
    return create_bare_bot(workdir, **BOT_OPTIONS)


def film_factory_or_reason() -> tuple[BotFactory | None, str]:
    """The film bot's factory, or why it cannot be built yet (its package may be in progress)."""
    try:
        from bot.config import Settings, bundled_documents_dir
        from bot.discord_app.bot import create_bot
    except ImportError as error:
        return None, f"film bot not importable yet ({error})"

    def film_factory(workdir: Path) -> discord.Client:
        settings = Settings(
            token=None, database=workdir / "bench.db", documents=bundled_documents_dir(),
            owner_ids=frozenset(), shard_count=None,
            cooldown_rate=1_000_000, cooldown_per=1.0,  # measure the bot, not its cooldown
            log_level="WARNING",
        )
        return create_bot(settings, **BOT_OPTIONS)

    return film_factory, ""


@dataclass(frozen=True)
class Command:
    name: str
    options: dict[str, str]


async def discover_workload(server: FakeDiscord, user: User, guild: Guild) -> list[Command]:
    """``/cast`` with the first film the bot's autocomplete offers, and ``/ask`` about it."""
    choices = await server.autocomplete("cast", {"film": ""}, focused="film", user=user, guild=guild)
    if not choices:
        raise RuntimeError("the bot offered no film to ask about")
    film = choices[0]
    return [Command("cast", {"film": str(film["value"])}),
            Command("ask", {"question": f"Who is in the cast of {film['name']}?"})]


@dataclass(frozen=True)
class LevelResult:
    concurrency: int
    answered: int
    failed: int
    seconds: float
    latencies: list[float]
    finals: list[float]

    @property
    def per_second(self) -> float:
        return self.answered / self.seconds

    def percentile(self, q: float, final: bool = False) -> float:
        values = sorted(self.finals if final else self.latencies)
        return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


async def run_level(server: FakeDiscord, users: list[User], guild: Guild, workload: list[Command],
                    concurrency: int, requests: int) -> LevelResult:
    """``concurrency`` users each send commands back to back until ``requests`` were sent."""
    remaining = itertools.count()
    commands = itertools.cycle(workload)
    latencies: list[float] = []
    finals: list[float] = []
    failed = 0

    async def user_loop(user: User) -> None:
        nonlocal failed
        while next(remaining) < requests:
            command = next(commands)
            r = await server.slash(command.name, command.options, user=user, guild=guild)
            try:
                await r.wait_final(ANSWER_TIMEOUT)
            except TimeoutError:
                failed += 1
                continue
            if r.error is not None or r.latency is None:
                failed += 1
                continue
            latencies.append(r.latency)
            finals.append(time.monotonic() - r.dispatched_at)

    started = time.perf_counter()
    await asyncio.gather(*(user_loop(users[i % len(users)]) for i in range(concurrency)))
    return LevelResult(concurrency, len(latencies), failed, time.perf_counter() - started, latencies, finals)


async def measure(factory: BotFactory, levels: list[int], requests: int, warmup: int = 20) -> list[LevelResult]:
    """Runs the bot from ``factory`` against a fresh server at each concurrency level."""
    with tempfile.TemporaryDirectory(prefix="bench-") as workdir:
        async with FakeDiscord() as server:
            users = [server.add_user(f"user{i}") for i in range(USERS)]
            guild = server.add_guild("Bench", members=users)
            with patched_endpoints(server):
                async with run_bot(server, factory(Path(workdir)), sync_commands=True, ready_timeout=60):
                    workload = await discover_workload(server, users[0], guild)
                    await run_level(server, users, guild, workload, 1, warmup)
                    return [await run_level(server, users, guild, workload, c, requests) for c in levels]


def report(name: str, results: list[LevelResult]) -> None:
    print(f"\n{name}")
    print(f"{'conc':>5} {'answered':>9} {'failed':>6} {'int/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'final p99 ms':>13}")
    for r in results:
        print(f"{r.concurrency:>5} {r.answered:>9} {r.failed:>6} {r.per_second:>8.1f} "
              f"{r.percentile(0.5) * 1000:>8.1f} {r.percentile(0.99) * 1000:>8.1f} "
              f"{r.percentile(0.99, final=True) * 1000:>13.1f}")


def report_ratios(bare: list[LevelResult], film: list[LevelResult]) -> None:
    print("\nfilm / bare (goal: throughput >= 0.80x, p99 <= 1.25x)")
    print(f"{'conc':>5} {'throughput':>11} {'p99':>8} {'final p99':>10}")
    for b, f in zip(bare, film):
        print(f"{b.concurrency:>5} {f.per_second / b.per_second:>10.2f}x "
              f"{f.percentile(0.99) / b.percentile(0.99):>7.2f}x "
              f"{f.percentile(0.99, final=True) / b.percentile(0.99, final=True):>9.2f}x")


async def main(requests: int, levels: list[int]) -> None:
    bare = await measure(bare_factory, levels, requests)
    report("bare bot (constant answer)", bare)
    film_factory, reason = film_factory_or_reason()
    if film_factory is None:
        print(f"\nfilm bot skipped: {reason}")
        return
    film = await measure(film_factory, levels, requests)
    report("film bot", film)
    report_ratios(bare, film)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300, help="interactions per concurrency level")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    return parser.parse_args()


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)
    args = parse_args()
    asyncio.run(main(args.requests, args.concurrency))
