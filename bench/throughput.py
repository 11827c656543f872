"""Interactions per second and latency of a bot against FakeDiscord, bare bot vs film bot.

    .venv/bin/python -m bench.throughput [--requests 500] [--concurrency 1 8 32] [--rounds 5]

Each bot runs in its own process against its own FakeDiscord; the servers and the load run in
this process. On a machine with two or more CPUs this process is pinned to one CPU and the bots
to another, so the server's work is never counted against a bot and the bots never share a CPU
with the server. Both bots get the same commands (``/cast film:<id>`` and ``/ask question:Who is
in <film>?`` alternately, the film being the first one the film bot's autocomplete offers) at
the same concurrencies.

After a warm-up, each round measures every concurrency level for both bots back to back,
alternating which goes first (A/B, then B/A), so slow drifts of the machine hit both alike.
For each concurrency c, c users each send commands back to back until ``--requests`` were
answered. Latency is the time from sending INTERACTION_CREATE to receiving the bot's initial
callback (p50/p99), and "final" the time until the answer is complete (after a deferral, its
edit or followup). Throughput is the median over rounds, and its ratio the median (and range)
of each round's film/bare ratio; latency percentiles and the bots' CPU time per interaction pool
every round, since one run's tail hangs on whether a garbage collection fell inside it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import gc
import itertools
import logging
import multiprocessing
import os
import statistics
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bench.bare_bot import create_bare_bot
from tests.discord_server import FakeDiscord, Guild, User, fast_identify

BotFactory = Callable[[Path], discord.Client]
BOT_OPTIONS = {"guild_ready_timeout": 0.05, "chunk_guilds_at_startup": False}
USERS = 32
ANSWER_TIMEOUT = 15.0
# The film bot fills its database from the bundled documents on its first start.
STARTUP_TIMEOUT = 120.0
STOP_TIMEOUT = 15.0
READY, STOP = "ready", "stop"


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


def factory_for(kind: str) -> BotFactory:
    """The factory of the bot named ``kind`` ("bare" or "film")."""
    if kind == "bare":
        return bare_factory
    film_factory, reason = film_factory_or_reason()
    if film_factory is None:
        raise RuntimeError(reason)
    return film_factory


# --- CPU placement ---------------------------------------------------------------------------


def cpu_plan() -> tuple[int | None, int | None]:
    """(CPU for the servers and the load, CPU for the bots), or Nones with fewer than two CPUs."""
    if not hasattr(os, "sched_getaffinity"):
        return None, None
    cpus = sorted(os.sched_getaffinity(0))
    return (cpus[0], cpus[1]) if len(cpus) >= 2 else (None, None)


def pin_to(cpu: int | None) -> None:
    """Keeps the calling thread, and threads it starts later, on ``cpu`` (None: anywhere)."""
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})


# --- the bot's process -----------------------------------------------------------------------


@dataclass(frozen=True)
class BotLaunch:
    """What a bot process needs to find its server; plain data, so it crosses processes."""

    kind: str
    api_base: str
    gateway_url: str
    token: str
    workdir: Path
    cpu: int | None


def serve_bot(launch: BotLaunch, control: Connection) -> None:
    """Entry point of a bot process: runs the bot until the parent sends STOP."""
    pin_to(launch.cpu)
    logging.basicConfig(level=logging.ERROR)
    try:
        asyncio.run(_serve_bot(launch, control))
    except Exception as error:  # reported to the parent, which is waiting for READY
        control.send(f"{launch.kind} bot failed: {error!r}")


async def _serve_bot(launch: BotLaunch, control: Connection) -> None:
    Route.BASE = launch.api_base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(launch.gateway_url)
    client = fast_identify(factory_for(launch.kind)(launch.workdir))
    runner = asyncio.create_task(client.start(launch.token), name="discord-client")
    ready = asyncio.create_task(client.wait_until_ready())
    try:
        await asyncio.wait({runner, ready}, timeout=STARTUP_TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if not ready.done():
            if runner.done():
                runner.result()  # raises what stopped the client
            raise RuntimeError("the bot stopped before it was ready, or was not ready in time")
        await client.tree.sync()  # type: ignore[attr-defined]
        control.send(READY)
        await asyncio.to_thread(control.recv)  # STOP, or the parent went away
    finally:
        ready.cancel()
        await client.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(runner, STOP_TIMEOUT)


# --- this process: servers, users and load ---------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A running bot as seen from its server: who sends, and where."""

    kind: str
    server: FakeDiscord
    users: list[User]
    guild: Guild
    pid: int


async def receive(control: Connection, process: multiprocessing.process.BaseProcess, timeout: float) -> str:
    """The next message from a bot process, without blocking the servers' event loop."""
    def wait() -> str:
        deadline = time.monotonic() + timeout
        while not control.poll(0.1):
            if not process.is_alive():
                raise RuntimeError(f"the {process.name} process exited (code {process.exitcode})")
            if time.monotonic() > deadline:
                raise TimeoutError(f"no word from the {process.name} process within {timeout}s")
        return control.recv()
    return await asyncio.to_thread(wait)


@contextlib.asynccontextmanager
async def running_bot(kind: str, workdir: Path, cpu: int | None) -> AsyncIterator[Target]:
    """A fresh FakeDiscord here, and the ``kind`` bot connected to it from its own process."""
    async with FakeDiscord() as server:
        users = [server.add_user(f"user{i}") for i in range(USERS)]
        guild = server.add_guild("Bench", members=users)
        spawn = multiprocessing.get_context("spawn")  # a fresh interpreter, not a fork of a running loop
        control, child_end = spawn.Pipe()
        launch = BotLaunch(kind, server.api_base, server.gateway_url, server.token, workdir, cpu)
        process = spawn.Process(
            target=serve_bot, args=(launch, child_end), name=f"{kind}-bot", daemon=True)
        process.start()
        try:
            message = await receive(control, process, STARTUP_TIMEOUT)
            if message != READY:
                raise RuntimeError(message)
            yield Target(kind, server, users, guild, process.pid)
        finally:
            with contextlib.suppress(OSError):
                control.send(STOP)
            await asyncio.to_thread(process.join, STOP_TIMEOUT)
            if process.is_alive():
                process.kill()


@dataclass(frozen=True)
class Command:
    name: str
    options: dict[str, str]


async def discover_workload(server: FakeDiscord, user: User, guild: Guild) -> list[Command]:
    """``/cast`` with the first film the bot's autocomplete offers, and ``/ask`` who is in it
    (a question routed to the same structured answer)."""
    choices = await server.autocomplete("cast", {"film": ""}, focused="film", user=user, guild=guild)
    if not choices:
        raise RuntimeError("the bot offered no film to ask about")
    film = choices[0]
    return [Command("cast", {"film": str(film["value"])}),
            Command("ask", {"question": f"Who is in {film['name']}?"})]


@dataclass(frozen=True)
class LevelResult:
    concurrency: int
    answered: int
    failed: int
    seconds: float
    latencies: list[float]
    finals: list[float]
    bot_cpu: float | None = None  # CPU seconds the bot's process spent on the run

    @property
    def per_second(self) -> float:
        return self.answered / self.seconds

    @property
    def cpu_ms_per_answer(self) -> float:
        return float("nan") if self.bot_cpu is None else 1000 * self.bot_cpu / max(1, self.answered)

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


def settle_garbage() -> None:
    """Collects this process's garbage now and exempts what survives from later collections, so
    a full collection over the servers' growing records never stalls the run that follows."""
    gc.collect()
    gc.freeze()


def process_cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of process ``pid`` so far (Linux /proc), else None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measure_level(target: Target, workload: list[Command], concurrency: int, requests: int) -> LevelResult:
    """One run of ``requests`` interactions, with the CPU time the bot's process spent on them."""
    settle_garbage()
    cpu_before = process_cpu_seconds(target.pid)
    result = await run_level(target.server, target.users, target.guild, workload, concurrency, requests)
    cpu_after = process_cpu_seconds(target.pid)
    if cpu_before is None or cpu_after is None:
        return result
    return dataclasses.replace(result, bot_cpu=cpu_after - cpu_before)


Results = dict[str, dict[int, list[LevelResult]]]


async def measure(targets: list[Target], workload: list[Command], levels: list[int], requests: int,
                  rounds: int, warmup: int) -> Results:
    """Warms every bot up, then runs ``rounds`` rounds of every level, bots alternating order."""
    for target in targets:
        await measure_level(target, workload, max(levels), warmup)
    results: Results = {t.kind: {c: [] for c in levels} for t in targets}
    for round_number in range(rounds):
        order = targets if round_number % 2 == 0 else targets[::-1]
        for concurrency in levels:
            for target in order:
                result = await measure_level(target, workload, concurrency, requests)
                results[target.kind][concurrency].append(result)
    return results


# --- report ----------------------------------------------------------------------------------


def pooled(runs: list[LevelResult]) -> LevelResult:
    """The rounds of one level as a single sample. A tail percentile of one short run hangs on
    whether a garbage collection happened to fall inside it; pooled, every round counts."""
    cpu = [r.bot_cpu for r in runs]
    return LevelResult(
        runs[0].concurrency, sum(r.answered for r in runs), sum(r.failed for r in runs),
        sum(r.seconds for r in runs), [x for r in runs for x in r.latencies], [x for r in runs for x in r.finals],
        None if None in cpu else sum(cpu),
    )


def report(name: str, by_level: dict[int, list[LevelResult]]) -> None:
    print(f"\n{name} (int/s: median of the rounds; latency and CPU: the rounds pooled)")
    print(f"{'conc':>5} {'answered':>9} {'failed':>6} {'int/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'final p99 ms':>13}"
          f" {'bot CPU ms/int':>15}")
    for concurrency, runs in by_level.items():
        every = pooled(runs)
        print(f"{concurrency:>5} {every.answered:>9} {every.failed:>6} "
              f"{statistics.median(r.per_second for r in runs):>8.1f} "
              f"{every.percentile(0.5) * 1000:>8.1f} {every.percentile(0.99) * 1000:>8.1f} "
              f"{every.percentile(0.99, final=True) * 1000:>13.1f} {every.cpu_ms_per_answer:>15.2f}")


def report_ratios(bare: dict[int, list[LevelResult]], film: dict[int, list[LevelResult]]) -> None:
    print("\nfilm / bare (goal: throughput >= 0.80x, p99 <= 1.25x)")
    print("throughput: median [range] of the rounds' ratios; latency and CPU: the rounds pooled")
    print(f"{'conc':>5} {'throughput':>20} {'p99':>6} {'final p99':>10} {'bot CPU':>8}")
    for concurrency in bare:
        ratios = [f.per_second / b.per_second for b, f in zip(bare[concurrency], film[concurrency])]
        b, f = pooled(bare[concurrency]), pooled(film[concurrency])
        throughput = f"{statistics.median(ratios):.2f}x [{min(ratios):.2f}-{max(ratios):.2f}]"
        print(f"{concurrency:>5} {throughput:>20} {f.percentile(0.99) / b.percentile(0.99):>5.2f}x "
              f"{f.percentile(0.99, final=True) / b.percentile(0.99, final=True):>9.2f}x "
              f"{f.cpu_ms_per_answer / b.cpu_ms_per_answer:>7.2f}x")


async def main(requests: int, levels: list[int], rounds: int, warmup: int) -> None:
    load_cpu, bot_cpu = cpu_plan()
    pin_to(load_cpu)
    print(f"servers and load on CPU {load_cpu}, bots on CPU {bot_cpu}" if bot_cpu is not None
          else "fewer than two CPUs: processes not pinned")
    kinds = ["bare"]
    _, reason = film_factory_or_reason()
    if reason:
        print(f"film bot skipped: {reason}")
    else:
        kinds.append("film")
    with tempfile.TemporaryDirectory(prefix="bench-") as workdir:
        async with contextlib.AsyncExitStack() as stack:
            targets = [await stack.enter_async_context(running_bot(kind, Path(workdir), bot_cpu)) for kind in kinds]
            workload = await discover_workload(targets[-1].server, targets[-1].users[0], targets[-1].guild)
            results = await measure(targets, workload, levels, requests, rounds, warmup)
    report("bare bot (constant answer)", results["bare"])
    if "film" in results:
        report("film bot", results["film"])
        report_ratios(results["bare"], results["film"])


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=500, help="interactions per level per round")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--rounds", type=int, default=5, help="measured rounds (bots alternate order)")
    parser.add_argument("--warmup", type=int, default=200, help="interactions per bot before measuring")
    return parser.parse_args()


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)
    args = parse_args()
    asyncio.run(main(args.requests, args.concurrency, args.rounds, args.warmup))
