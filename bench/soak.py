"""Soak: many interactions while gateway and REST faults are injected at random.

    .venv/bin/python -m bench.soak [--n 2000] [--seed 1] [--bot bare|film]

Counts whether every interaction was answered exactly once: ``lost`` were never answered,
``duplicates`` are second initial responses the server refused (code 40060). Faults: op 7
RECONNECT, op 9 (resumable and not), dropped sockets, 429s (with Via) and 5xx on the
interaction callback route.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import random
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.throughput import BotFactory, bare_factory, discover_workload, film_factory_or_reason
from tests.discord_server import FakeDiscord, patched_endpoints, run_bot

CALLBACK_ROUTE = r"^/interactions/\d+/[^/]+/callback$"
FAULTS = ("reconnect", "invalid_session_resumable", "invalid_session_fresh", "drop_connection",
          "rate_limit_callback", "server_error_callback")
ANSWER_TIMEOUT = 20.0
# discord.py retries a webhook request (interaction callbacks included) on any 5xx.
SERVER_ERRORS = (500, 502, 503, 504)


@dataclass
class SoakResult:
    n: int
    answered: int
    duplicates: int
    lost: int
    rejected: int
    seconds: float
    faults: collections.Counter[str] = field(default_factory=collections.Counter)
    identifies: int = 0
    resumes: int = 0
    rest_faults_applied: int = 0

    @property
    def exactly_once(self) -> bool:
        return self.answered == self.n and self.duplicates == 0 and self.lost == 0

    def summary(self) -> str:
        faults = ", ".join(f"{name} {count}" for name, count in sorted(self.faults.items()))
        return (f"answered {self.answered}/{self.n}, duplicates {self.duplicates}, lost {self.lost} "
                f"(rejected {self.rejected}; {self.seconds:.1f}s; identifies {self.identifies}, "
                f"resumes {self.resumes}; faults: {faults}; REST faults applied {self.rest_faults_applied})")


async def inject(server: FakeDiscord, fault: str, rng: random.Random) -> None:
    if fault == "reconnect":
        await server.reconnect()
    elif fault == "invalid_session_resumable":
        await server.invalid_session(True)
    elif fault == "invalid_session_fresh":
        await server.invalid_session(False)
    elif fault == "drop_connection":
        await server.drop_connection()
    elif fault == "rate_limit_callback":
        server.fail_route("POST", CALLBACK_ROUTE, status=429, retry_after=0.05, once_per_path=True)
    elif fault == "server_error_callback":
        server.fail_route("POST", CALLBACK_ROUTE, status=rng.choice(SERVER_ERRORS), once_per_path=True)


async def inject_faults(server: FakeDiscord, rng: random.Random, counts: collections.Counter[str],
                        stop: asyncio.Event, interval: tuple[float, float]) -> None:
    """Injects a random fault every ``interval`` seconds until ``stop`` is set.

    REST faults fail each callback at most once (``once_per_path``) and at most one is pending:
    two 5xx for one interaction make the client retry after 1 s and 3 s more, past Discord's
    3-second window, which no client could survive.
    """
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), rng.uniform(*interval))
        except asyncio.TimeoutError:
            fault = rng.choice(FAULTS)
            if fault.endswith("_callback") and server.faults.routes:
                continue
            counts[fault] += 1
            await inject(server, fault, rng)


async def run_soak(n: int, bot_factory: BotFactory, seed: int = 1, *, concurrency: int = 16,
                   fault_interval: tuple[float, float] = (0.02, 0.15)) -> SoakResult:
    """Sends ``n`` slash commands, ``concurrency`` at a time, while faults are injected."""
    rng = random.Random(seed)
    counts: collections.Counter[str] = collections.Counter()
    with tempfile.TemporaryDirectory(prefix="soak-") as workdir:
        async with FakeDiscord() as server:
            users = [server.add_user(f"user{i}") for i in range(concurrency)]
            guild = server.add_guild("Soak", members=users)
            with patched_endpoints(server):
                async with run_bot(server, bot_factory(Path(workdir)), sync_commands=True, ready_timeout=60):
                    workload = await discover_workload(server, users[0], guild)
                    before = len(server.interactions)
                    started = time.perf_counter()
                    stop = asyncio.Event()
                    faults = asyncio.create_task(inject_faults(server, rng, counts, stop, fault_interval))
                    # Pacing draws from its own generator, so the fault sequence depends on the seed only.
                    await send_all(server, users, guild, workload, n, random.Random(seed + 1))
                    stop.set()
                    await faults
                    seconds = time.perf_counter() - started
                    sent = server.interactions[before:]
    answered = sum(1 for r in sent if r.acknowledged)
    return SoakResult(
        n=n, answered=answered, duplicates=len(server.duplicate_responses()), lost=n - answered,
        rejected=sum(1 for r in sent if r.error is not None), seconds=seconds, faults=counts,
        identifies=len(server.identifies), resumes=len(server.resumes),
        rest_faults_applied=len(server.faults.injected),
    )


async def send_all(server: FakeDiscord, users, guild, workload, n: int, rng: random.Random) -> None:
    """``len(users)`` users each send their share of the ``n`` commands, waiting for each answer."""
    async def user_loop(index: int) -> None:
        for sequence in range(index, n, len(users)):
            command = workload[sequence % len(workload)]
            r = await server.slash(command.name, command.options, user=users[index], guild=guild)
            try:
                await r.wait_final(ANSWER_TIMEOUT)
            except TimeoutError:
                pass  # counted as lost below
            await asyncio.sleep(rng.uniform(0, 0.01))

    await asyncio.gather(*(user_loop(i) for i in range(len(users))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--bot", choices=["bare", "film"], default="bare")
    args = parser.parse_args()
    factory: BotFactory = bare_factory
    if args.bot == "film":
        film_factory, reason = film_factory_or_reason()
        if film_factory is None:
            print(f"film bot skipped: {reason}")
            return
        factory = film_factory
    result = asyncio.run(run_soak(args.n, factory, args.seed, concurrency=args.concurrency))
    print(result.summary())


if __name__ == "__main__":
    logging.basicConfig(level=logging.CRITICAL)
    main()
