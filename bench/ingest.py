"""Ingest throughput and whether per-document cost grows with the size of the database.

    .venv/bin/python -m bench.ingest [--small 1000] [--large 20000] [--quick] [--keep DIR]

Generates a seeded corpus (bench.generate), then ingests the first `--small` documents into
a fresh database and all `--large` documents into another, each in chunks so the cost of
the last chunk (the database already near full size) can be compared with the first. Also
times reading + extraction alone (ingest overlaps it with the writes) and the read queries
on the large database. The goal: per-document cost at the large size within 1.3x of that at
the small size.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.generate import generate_corpus
from bot.extract import extract_document
from bot.ingest.pipeline import ingest_paths
from bot.ingest.reader import read_document
from bot.store.db import open_database
from bot.store.queries import counts, get_film, list_films, search_sentences

GOAL_RATIO = 1.3


@dataclass(frozen=True)
class Run:
    documents: int
    seconds: float
    first_chunk_ms: float  # per document, while the database is small
    last_chunk_ms: float  # per document, with the database at full size

    @property
    def per_document_ms(self) -> float:
        return 1000 * self.seconds / self.documents

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds


async def ingest_run(paths: list[Path], db_path: Path, chunk: int) -> Run:
    """Ingest `paths` into a fresh database in chunks; time the whole and each chunk."""
    db = await open_database(db_path)
    try:
        chunk_ms: list[float] = []
        started = time.perf_counter()
        for at in range(0, len(paths), chunk):
            part = paths[at: at + chunk]
            t0 = time.perf_counter()
            report = await ingest_paths(db, part)
            chunk_ms.append(1000 * (time.perf_counter() - t0) / len(part))
            if report.failed:
                raise SystemExit(f"bench: {len(report.failed)} documents failed: {report.failed[0][1]}")
        seconds = time.perf_counter() - started
        totals = await counts(db)
    finally:
        await db.close()
    print(f"  {len(paths):>6} documents: {seconds:7.1f} s, {len(paths) / seconds:6.1f} documents/s, "
          f"{1000 * seconds / len(paths):6.2f} ms/document (first chunk {chunk_ms[0]:.2f}, last {chunk_ms[-1]:.2f}); "
          f"{totals['films']} films, {totals['people']} people, {totals['sentences']} sentences")
    return Run(len(paths), seconds, chunk_ms[0], chunk_ms[-1])


async def query_latency(db_path: Path, samples: int = 100) -> None:
    """Print the mean latency of the read queries others call per request, on the full database."""
    db = await open_database(db_path)
    try:
        films = await list_films(db)
        picked = random.Random(5).sample(films, min(samples, len(films)))
        cases = {
            "list_films": [lambda: list_films(db)] * 5,
            "get_film": [lambda f=f: get_film(db, f.id) for f in picked],
            "search_sentences": [lambda f=f: search_sentences(db, f.title) for f in picked],
        }
        for name, calls in cases.items():
            started = time.perf_counter()
            for call in calls:
                await call()
            print(f"  {name}: {1000 * (time.perf_counter() - started) / len(calls):.2f} ms")
    finally:
        await db.close()


def extraction_ms(paths: list[Path]) -> float:
    """Milliseconds per document spent reading and extracting, without any database."""
    for path in paths[:20]:  # warm up: the extractor compiles its patterns on first use
        extract_document(read_document(path))
    started = time.perf_counter()
    for path in paths:
        extract_document(read_document(path))
    return 1000 * (time.perf_counter() - started) / len(paths)


async def main_async(small: int, large: int, keep: Path | None) -> None:
    with tempfile.TemporaryDirectory(prefix="film-trivia-bench-") as scratch:
        work = keep or Path(scratch)
        t0 = time.perf_counter()
        paths = generate_corpus(work / "docs", large, seed=11)
        print(f"generated {large} documents in {time.perf_counter() - t0:.1f} s")
        extract = extraction_ms(paths[:small])
        print(f"read + extract alone: {extract:.2f} ms/document")
        chunk = max(small // 4, 50)
        print("ingest into a fresh database:")
        small_run = await ingest_run(paths[:small], work / "small.db", chunk)
        large_run = await ingest_run(paths, work / "large.db", small)
        print(f"read queries on the {large}-document database (mean):")
        await query_latency(work / "large.db")
    ratio = large_run.per_document_ms / small_run.per_document_ms
    marginal = large_run.last_chunk_ms / small_run.per_document_ms
    print(f"read + extract alone vs whole ingest per document at {small}: "
          f"{extract:.2f} / {small_run.per_document_ms:.2f} ms (extraction overlaps the writes on a worker thread)")
    print(f"per-document cost, {large} vs {small}: {ratio:.2f}x overall, "
          f"{marginal:.2f}x for the last {small} documents (goal <= {GOAL_RATIO}x): "
          f"{'met' if max(ratio, marginal) <= GOAL_RATIO else 'NOT met'}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--quick", action="store_true", help="200 vs 2,000 documents")
    parser.add_argument("--keep", type=Path, help="write the corpus and databases here instead of a temp dir")
    args = parser.parse_args(argv)
    small, large = (200, 2000) if args.quick else (args.small, args.large)
    asyncio.run(main_async(small, large, args.keep))


if __name__ == "__main__":
    main()
