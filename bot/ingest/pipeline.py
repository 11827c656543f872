"""Ingest files into the store: one transaction per document, idempotent by content hash.

A file whose bytes are already stored, extracted by the current extractor, is skipped; a
changed file at a known path, or one stored by an older extractor, replaces that document's
facts; a file that cannot be read or extracted is reported and skipped
while the others still land. Each document is stored inside its own BEGIN IMMEDIATE ...
COMMIT, so an interrupted run leaves every document either complete or absent.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import aiosqlite

from bot.extract import EXTRACTOR_VERSION, extract_document
from bot.extract.facts import DocumentFacts
from bot.ingest.reader import DEFAULT_MAX_BYTES, DocumentError, decode_document, read_bytes
from bot.store.db import open_database
from bot.store.sql import fetch_all
from bot.store.writer import delete_document, save_document

DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".md"})
PROGRESS_EVERY_DOCUMENTS = 500
PROGRESS_EVERY_SECONDS = 5.0
PREPARE_AHEAD = 4  # documents read and extracted ahead of the one being stored

Progress = Callable[[str], None]
Outcome = Literal["added", "replaced", "unchanged"]


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did, document by document."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[tuple[Path, str]] = field(default_factory=list)  # (path, one-line message)

    @property
    def seen(self) -> int:
        return self.added + self.unchanged + self.replaced + len(self.failed)

    def summary(self) -> str:
        """One line, e.g. "ingest: 12 documents: 10 added, 1 unchanged, 0 replaced, 1 failed"."""
        return (f"ingest: {self.seen} documents: {self.added} added, {self.unchanged} unchanged, "
                f"{self.replaced} replaced, {len(self.failed)} failed")


def document_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(document files under `paths`, in sorted order; paths that do not exist, with a message)."""
    files: list[Path] = []
    missing: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            missing.append((path, f"{path}: no such file or folder"))
    return list(dict.fromkeys(files)), missing


async def ingest_paths(db: aiosqlite.Connection, paths: list[Path], *, progress: Progress | None = None,
                       max_bytes: int = DEFAULT_MAX_BYTES, extractor: str = EXTRACTOR_VERSION) -> IngestReport:
    """Ingest the files and folders (walked for .txt .text .html .htm .md) into the database.

    `progress` receives one line per failed document as it fails, and a progress line every
    PROGRESS_EVERY_DOCUMENTS documents or PROGRESS_EVERY_SECONDS seconds.

    Reading and extraction run on a worker thread a few documents ahead of the writer, so
    they overlap with SQLite's work on aiosqlite's thread. `extractor` is the version recorded
    with each document; documents stored under another version are extracted again.
    """
    files, missing = document_files(paths)
    report = IngestReport(failed=missing)
    ticker = _ProgressTicker(len(files), progress)
    for _, message in missing:
        ticker.say(message)
    known = await _current_hashes(db, extractor)
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract") as pool:
        ahead: deque[asyncio.Future[_Prepared]] = deque()
        for path in files:
            ahead.append(loop.run_in_executor(pool, _prepare, path, known, max_bytes))
            if len(ahead) > PREPARE_AHEAD:
                await _ingest_prepared(db, await ahead.popleft(), report, known, ticker, extractor)
        while ahead:
            await _ingest_prepared(db, await ahead.popleft(), report, known, ticker, extractor)
    ticker.finish(report)
    return report


async def ensure_filled(db: aiosqlite.Connection, documents_dir: Path, *,
                        extractor: str = EXTRACTOR_VERSION) -> IngestReport | None:
    """Ingest the folder's documents the database lacks; None when there was nothing new.

    On a fresh database every document is ingested; otherwise only files whose content hash
    is not stored yet by this extractor, so the check costs one read of each (small) file and
    one query, and an upgraded extractor refreshes the facts of the folder's documents.
    """
    files, _ = document_files([documents_dir])
    if not files:
        return None
    stored = await _current_hashes(db, extractor)
    new = [f for f in files if not stored or _sha256_of(f) not in stored]
    if not new:
        return None
    return await ingest_paths(db, new, extractor=extractor)


async def open_filled_database(path: str | Path, documents_dir: Path) -> aiosqlite.Connection:
    """The store at `path`, filled from `documents_dir` first (`ensure_filled`); closed again
    if filling fails or is cancelled, so no connection is left behind."""
    db = await open_database(path)
    try:
        await ensure_filled(db, documents_dir)
    except BaseException:
        await db.close()
        raise
    return db


async def _current_hashes(db: aiosqlite.Connection, extractor: str) -> set[str]:
    """Content hashes of the documents whose facts this extractor version produced."""
    return {row[0] for row in await fetch_all(db, "SELECT sha256 FROM documents WHERE extractor = ?", (extractor,))}


def _sha256_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A file read and extracted, ready to store; or why not."""

    path: Path
    sha256: str | None = None
    text: str | None = None  # None when the content is already stored
    facts: DocumentFacts | None = None
    error: str | None = None


def _prepare(path: Path, known: set[str], max_bytes: int) -> _Prepared:
    """Read, hash, decode and extract one file (on the worker thread); never raises."""
    try:
        data = read_bytes(path, max_bytes=max_bytes)
        sha256 = hashlib.sha256(data).hexdigest()
        if sha256 in known:
            return _Prepared(path, sha256)
        text = decode_document(data, name=str(path), max_bytes=max_bytes)
        return _Prepared(path, sha256, text, extract_document(text))
    except DocumentError as exc:
        return _Prepared(path, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
        return _Prepared(path, error=f"{path}: {type(exc).__name__}: {exc}")


async def _ingest_prepared(db: aiosqlite.Connection, prepared: _Prepared, report: IngestReport,
                           known: set[str], ticker: _ProgressTicker, extractor: str) -> None:
    """Store one prepared file in its own transaction and count the outcome."""
    outcome = "unchanged" if prepared.error is None and prepared.text is None else prepared.error
    if outcome is None:
        try:
            outcome = await _store(db, prepared, extractor)
        except Exception as exc:  # noqa: BLE001 - rolled back; the next document goes on
            outcome = f"{prepared.path}: {type(exc).__name__}: {exc}"
    if outcome in ("added", "replaced", "unchanged"):
        setattr(report, outcome, getattr(report, outcome) + 1)
        known.add(prepared.sha256)
    else:
        report.failed.append((prepared.path, outcome))
        ticker.say(outcome)
    ticker.tick(report)


async def _store(db: aiosqlite.Connection, prepared: _Prepared, extractor: str) -> Outcome:
    """Save the document in one transaction, replacing an older version at the same path and
    the same bytes stored by another extractor version."""
    await db.execute("BEGIN IMMEDIATE")
    try:
        # Checked again inside the transaction: the worker's snapshot of hashes may be stale.
        same_bytes = await fetch_all(db, "SELECT id, extractor FROM documents WHERE sha256 = ?", (prepared.sha256,))
        if any(row[1] == extractor for row in same_bytes):
            await db.execute("ROLLBACK")
            return "unchanged"
        same_path = await fetch_all(db, "SELECT id FROM documents WHERE path = ?", (str(prepared.path),))
        old = {row[0] for row in [*same_bytes, *same_path]}
        for document_id in old:
            await delete_document(db, document_id)
        await save_document(db, path=prepared.path, sha256=prepared.sha256, text=prepared.text,
                            facts=prepared.facts, extractor=extractor)
        await db.execute("COMMIT")
    except BaseException:
        await db.execute("ROLLBACK")
        raise
    return "replaced" if old else "added"


class _ProgressTicker:
    """Calls `progress` every so many documents or seconds, and once at the end of long runs."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.progress = progress
        self.started = self.last = time.monotonic()
        self.count = 0
        self.reported = 0

    def say(self, line: str) -> None:
        if self.progress:
            self.progress(line)

    def tick(self, report: IngestReport) -> None:
        self.count += 1
        now = time.monotonic()
        if self.progress and (self.count - self.reported >= PROGRESS_EVERY_DOCUMENTS
                              or now - self.last >= PROGRESS_EVERY_SECONDS):
            self._emit(report, now)

    def finish(self, report: IngestReport) -> None:
        if self.progress and self.reported and self.reported < self.count:
            self._emit(report, time.monotonic())

    def _emit(self, report: IngestReport, now: float) -> None:
        rate = self.count / max(now - self.started, 1e-9)
        self.progress(f"ingest: {self.count}/{self.total} documents ({report.added} added, "
                      f"{report.unchanged} unchanged, {report.replaced} replaced, "
                      f"{len(report.failed)} failed; {rate:.0f}/s)")
        self.last, self.reported = now, self.count
