"""Ingest runs end to end with the real extractor: idempotence, replacement, bad documents."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.ingest.pipeline import IngestReport, ensure_filled, ingest_paths
from bot.store import queries

REPO = Path(__file__).resolve().parents[2]

REVIEW = """Marrow Lane is a 1987 drama film directed by Odile Kessling.
It stars Piet Varga as Jonas Hall, a night-shift baker, and Rosa Lindqvist as Edie Hall.
Jonas hides a stolen ledger in the flour store.
"""
SPEC = """Tallow Creek (2009)
Director: Bram Ostrander
Runtime: 118 min
Starring: Kira Mattox, Silas Fenn
"""


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


async def _table_counts(db) -> dict[str, int]:
    return await queries.counts(db)


async def test_re_ingesting_the_same_bytes_changes_nothing(db, tmp_path):
    docs = tmp_path / "docs"
    _write(docs, "a.txt", REVIEW)
    _write(docs, "b.md", SPEC)
    first = await ingest_paths(db, [docs])
    assert (first.added, first.unchanged, first.failed) == (2, 0, [])
    before = await _table_counts(db)
    again = await ingest_paths(db, [docs])
    assert (again.added, again.unchanged, again.replaced) == (0, 2, 0)
    assert await _table_counts(db) == before


async def test_a_changed_file_replaces_its_document(db, tmp_path):
    path = _write(tmp_path / "docs", "a.txt", REVIEW)
    await ingest_paths(db, [path])
    path.write_text(REVIEW.replace("a night-shift baker", "a retired baker") + "Edie burns the ledger.\n")
    report = await ingest_paths(db, [path])
    assert (report.added, report.replaced) == (0, 1)
    totals = await _table_counts(db)
    assert totals["documents"] == 1
    assert await queries.search_sentences(db, "retired baker")
    assert not await queries.search_sentences(db, "night-shift")


async def test_bad_documents_are_reported_and_skipped_while_the_others_land(db, tmp_path):
    docs = tmp_path / "docs"
    good = [_write(docs, "1-good.txt", REVIEW), _write(docs, "5-good.html",
            "<html><body><nav>Menu</nav><p>" + SPEC.replace("\n", "</p><p>") + "</p></body></html>")]
    _write(docs, "2-binary.txt", b"\x00\x01\x02PK\x03\x04" * 50)
    _write(docs, "3-empty.txt", "   \n")
    _write(docs, "4-undecodable.txt", bytes(range(128, 256)) * 4)
    _write(docs, "6-ignored.pdf", b"%PDF-1.4")
    _write(docs, "7-huge.txt", REVIEW * 200)
    good.append(_write(docs, "8-cp1252.txt", REVIEW.replace("baker", "p\u00e2tissier").encode("cp1252")))
    mojibake = REVIEW.replace("baker", "caf\u00e9 baker").encode("utf-8").decode("cp1252").encode("utf-8")
    good.append(_write(docs, "9-mojibake.txt", mojibake.replace(b"Marrow", b"Barrow")))
    report = await ingest_paths(db, [docs, tmp_path / "missing"], max_bytes=10_000)
    assert report.added == len(good)
    failed = {path.name: message for path, message in report.failed}
    assert set(failed) == {"2-binary.txt", "3-empty.txt", "4-undecodable.txt", "7-huge.txt", "missing"}
    assert all(message.startswith(str(path)) and "\n" not in message for path, message in report.failed)
    assert "5 failed" in report.summary()
    assert (await _table_counts(db))["documents"] == len(good)
    assert [hit.source.document for hit in await queries.search_sentences(db, "p\u00e2tissier")] == ["8-cp1252.txt"]
    assert [hit.source.document for hit in await queries.search_sentences(db, "caf\u00e9")] == ["9-mojibake.txt"]
    html_text = (await queries.search_sentences(db, "Tallow Creek"))[0].source.sentence
    assert "<" not in html_text and "Menu" not in html_text


async def test_progress_is_reported_on_long_runs(db, tmp_path, monkeypatch):
    monkeypatch.setattr("bot.ingest.pipeline.PROGRESS_EVERY_DOCUMENTS", 2)
    docs = tmp_path / "docs"
    for n in range(5):
        _write(docs, f"{n}.txt", REVIEW.replace("1987", str(1980 + n)))
    lines: list[str] = []
    await ingest_paths(db, [docs], progress=lines.append)
    assert lines[0].startswith("ingest: 2/5 documents") and lines[-1].startswith("ingest: 5/5 documents")


async def test_ensure_filled_ingests_a_fresh_database_then_only_new_files(db, tmp_path):
    docs = tmp_path / "docs"
    _write(docs, "a.txt", REVIEW)
    first = await ensure_filled(db, docs)
    assert isinstance(first, IngestReport) and first.added == 1
    assert await ensure_filled(db, docs) is None
    _write(docs, "b.txt", SPEC)
    later = await ensure_filled(db, docs)
    assert (later.added, later.unchanged) == (1, 0)


async def test_documents_stored_by_another_extractor_are_extracted_again(db, tmp_path):
    docs = tmp_path / "docs"
    _write(docs, "a.txt", REVIEW)
    _write(docs, "b.txt", SPEC)
    await ensure_filled(db, docs, extractor="old")
    before = await _table_counts(db)

    upgraded = await ensure_filled(db, docs, extractor="new")
    assert (upgraded.added, upgraded.replaced, upgraded.unchanged) == (0, 2, 0)
    assert await _table_counts(db) == before  # replaced, not duplicated
    versions = await db.execute_fetchall("SELECT DISTINCT extractor FROM documents")
    assert [row[0] for row in versions] == ["new"]
    assert await ensure_filled(db, docs, extractor="new") is None


async def test_same_bytes_at_a_new_path_under_a_new_extractor_replace_the_old_row(db, tmp_path):
    await ingest_paths(db, [_write(tmp_path / "one", "a.txt", REVIEW)], extractor="old")
    report = await ingest_paths(db, [_write(tmp_path / "two", "a.txt", REVIEW)], extractor="new")
    assert report.replaced == 1
    rows = await db.execute_fetchall("SELECT path, extractor FROM documents")
    assert [(Path(r[0]).parent.name, r[1]) for r in rows] == [("two", "new")]


def test_cli_ingest_exits_1_when_a_document_fails(tmp_path):
    docs = tmp_path / "docs"
    _write(docs, "good.txt", REVIEW)
    _write(docs, "bad.txt", b"\x00" * 64)
    command = [sys.executable, "-m", "bot", "ingest", "--db", str(tmp_path / "cli.db"), str(docs)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env)
    assert result.returncode == 1
    assert "1 added" in result.stdout and "1 failed" in result.stdout
    assert "bad.txt" in result.stderr or "bad.txt" in result.stdout
    (docs / "bad.txt").unlink()
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env)
    assert result.returncode == 0 and "1 unchanged" in result.stdout
