"""The answer layer over the real store, filled from the bundled documents (data/documents/)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answers import ask, cast_answer, disc_answer, film_answer, plot_answer, sources_answer, who_answer
from bot.answers.matching import NameIndex
from bot.console import run_console
from bot.ingest.pipeline import ingest_paths
from bot.render.terminal import render_answer
from bot.store.db import open_database
from bot.store.records import FilmSummary

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = REPO / "data" / "documents"


@pytest.fixture
async def db(tmp_path):
    connection = await open_database(tmp_path / "t.db")
    await ingest_paths(connection, [DOCUMENTS])
    yield connection
    await connection.close()


@pytest.fixture
async def index(db) -> NameIndex:
    return await NameIndex.load(db)


@pytest.fixture
def film(index) -> FilmSummary:
    found = index.resolve_film("Leaving Las Vegas")
    assert isinstance(found, FilmSummary), found
    return found


def cited(answer, text: str) -> bool:
    return any(text in s.sentence for s in answer.sources)


async def test_both_titles_name_one_film(index, film):
    assert index.resolve_film("The Killers - Leaving Las Vegas") == film
    assert index.resolve_film("leaving las vegas") == film
    assert index.resolve_film(str(film.id)) == film
    assert film in index.complete_films("leav")


async def test_who_plays_sera(db, index):
    answer = await ask(db, "who plays Sera in Leaving Las Vegas?", index=index)
    assert answer.summary.startswith("Sera is played by Elisabeth Shue in Leaving Las Vegas")
    assert cited(answer, "Elisabeth Shue")
    assert (await who_answer(db, "Sera", index=index)).summary == answer.summary


async def test_structured_questions(db, index):
    director = await ask(db, "who directed Leaving Las Vegas?", index=index)
    assert "Mike Figgis" in director.summary and director.sources
    novel = await ask(db, "who wrote the book Leaving Las Vegas is based on?", index=index)
    assert "John O" in novel.summary and "Brien" in novel.summary
    ratio = await ask(db, "what aspect ratio does the Blu-ray have?", index=index)
    assert "1.85:1" in ratio.summary and ratio.sources


async def test_search_finds_the_offer(db, index):
    answer = await ask(db, "how much does Ben offer Sera?", index=index)
    assert answer.passages and "$500" in answer.passages[0].text
    assert answer.passages[0].source.document.endswith(".txt")


async def test_unanswerable_question(db, index):
    answer = await ask(db, "what is the boiling point of mercury?", index=index)
    assert not answer.found and "I don't know" in answer.summary


async def test_film_answers(db, film):
    overview = await film_answer(db, film.id)
    assert any(f.name == "Directed by" and "Mike Figgis" in f.value for f in overview.fields)
    year = next(f for f in overview.fields if f.name == "Year")
    assert year.value == "1995" and [c.value for c in year.conflicts] == ["2007"]
    assert "Year: 1995 [" in render_answer(overview) and "— one source says 2007 [" in render_answer(overview)
    cast = await cast_answer(db, film.id)
    assert [f.name for f in cast.fields][:2] == ["Nicolas Cage (lead)", "Elisabeth Shue (lead)"]
    disc = await disc_answer(db, film.id)
    assert any("DTS-HD" in f.value for f in disc.fields) and cited(disc, "1080p")
    sources = await sources_answer(db, film.id)
    assert "two documents" in sources.summary


async def test_plot_holds_back_and_reveals(db, film):
    short = await plot_answer(db, film.id)
    assert short.passages and not any(p.spoiler for p in short.passages)
    full = await plot_answer(db, film.id, full=True, reveal_ending=True)
    assert len(full.passages) >= len(short.passages)


async def test_console_over_the_store(db):
    stdout = io.StringIO()
    stdin = io.StringIO("/cast film: Leaving Las Vegas\n/bluray Leaving Las Vegas\nwho plays Sera?\nquit\n")
    await run_console(db, stdin=stdin, stdout=stdout)
    output = stdout.getvalue()
    assert "Cast of Leaving Las Vegas" in output and "Sera is played by Elisabeth Shue" in output
    assert "1.85:1" in output


def test_cli_ask_from_an_empty_database(tmp_path):
    """`film-trivia ask` fills a new database from the bundled documents on first use."""
    env = {**os.environ, "FILM_TRIVIA_DB": str(tmp_path / "fresh.db")}
    result = subprocess.run([sys.executable, "-m", "bot", "ask", "who plays Sera in Leaving Las Vegas?"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Elisabeth Shue" in result.stdout and ".txt" in result.stdout


@pytest.mark.parametrize("question", [
    'Sera NEAR/3 "Ben" OR title:* AND -vegas ^ (drink',
    "Robert'); DROP TABLE sentences;-- how much does Ben offer Sera",
    "@everyone **how much** does `Ben` offer ||Sera||?",
    "offer " * 1000,
    "\u202e\x00 ' \" * ( ) : ^ -",
])
async def test_hostile_questions_through_real_full_text_search(db, index, question):
    answer = await ask(db, question, index=index)
    assert answer.title and (answer.summary or answer.passages)
    assert (await ask(db, "how much does Ben offer Sera?", index=index)).passages  # the store is intact
