"""A SIGKILL in the middle of an ingest leaves every stored document whole."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.generate import generate_corpus
from bot.ingest.pipeline import ingest_paths
from bot.store.db import open_database

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = 400
KILL_AFTER = 40  # documents committed before the kill
DEADLINE_SECONDS = 90

# Per document: stored rows against the counts recorded with it in the same transaction.
INCOMPLETE_DOCUMENTS = """
SELECT d.path FROM documents d
WHERE d.sentence_count != (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id)
   OR d.fact_count != (
        SELECT COUNT(*) FROM sentences s JOIN claims x ON x.sentence_id = s.id WHERE s.document_id = d.id)
      + (SELECT COUNT(*) FROM sentences s JOIN credits x ON x.sentence_id = s.id WHERE s.document_id = d.id)
      + (SELECT COUNT(*) FROM sentences s JOIN character_descriptions x ON x.sentence_id = s.id
         WHERE s.document_id = d.id)
      + (SELECT COUNT(*) FROM sentences s JOIN audio_tracks x ON x.sentence_id = s.id WHERE s.document_id = d.id)
      + (SELECT COUNT(*) FROM sentences s JOIN verdicts x ON x.sentence_id = s.id WHERE s.document_id = d.id)
      + (SELECT COUNT(*) FROM sentences s JOIN plot_lines x ON x.sentence_id = s.id WHERE s.document_id = d.id)
"""


def _documents_stored(db_path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1) as reader:
            return reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or schema not applied yet
        return 0


def _ingest_until_killed(db_path: Path, docs: Path) -> None:
    command = [sys.executable, "-m", "bot", "ingest", "--db", str(db_path), str(docs)]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        deadline = time.monotonic() + DEADLINE_SECONDS
        while _documents_stored(db_path) < KILL_AFTER and process.poll() is None:
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.05)
        if process.poll() is not None:
            pytest.fail("ingest finished before it could be killed; raise DOCUMENTS")
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)


async def test_sigkill_mid_ingest_leaves_whole_documents_and_a_sound_database(tmp_path):
    docs, db_path = tmp_path / "docs", tmp_path / "film.db"
    generate_corpus(docs, DOCUMENTS, seed=3)
    _ingest_until_killed(db_path, docs)

    db = await open_database(db_path)
    try:
        assert [tuple(r) for r in await db.execute_fetchall("PRAGMA integrity_check")] == [("ok",)]
        await db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
        assert list(await db.execute_fetchall("PRAGMA foreign_key_check")) == []
        assert list(await db.execute_fetchall(INCOMPLETE_DOCUMENTS)) == []
        stored = (await db.execute_fetchall("SELECT COUNT(*) FROM documents"))[0][0]
        assert KILL_AFTER <= stored < DOCUMENTS

        report = await ingest_paths(db, [docs])
        assert (report.added, report.unchanged, report.failed) == (DOCUMENTS - stored, stored, [])
        assert list(await db.execute_fetchall(INCOMPLETE_DOCUMENTS)) == []
    finally:
        await db.close()
