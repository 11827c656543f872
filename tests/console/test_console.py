"""The console driven through piped input over a fake store: commands, options, questions, quit."""

from __future__ import annotations

import io

import pytest

from bot.console import parse_options, run_console
from tests.answers.factories import FakeStore, lantern

DB = object()


@pytest.fixture(autouse=True)
def store(monkeypatch) -> FakeStore:
    fake = FakeStore(lantern())
    fake.install(monkeypatch)
    return fake


async def session(*lines: str) -> str:
    stdout = io.StringIO()
    await run_console(DB, stdin=io.StringIO("".join(line + "\n" for line in lines)), stdout=stdout)
    return stdout.getvalue()


async def test_cast_with_and_without_option_name():
    named, bare = await session("/cast film: The Lantern Keeper"), await session("/cast the lantern keeper")
    assert named == bare
    assert named.startswith("Cast of The Lantern Keeper (2003)") and "Mara Quill (lead): as Nell" in named


async def test_bluray_film_sources_and_help():
    assert "Aspect ratio: 2.39:1" in await session("/bluray Lantern Keeper")
    assert "Year: 2003 [1] — one source says 2009 [2]" in await session("/film The Lantern Keeper (2003)")
    assert "rests on two documents" in await session("/sources 7")
    assert "/who <person or character>" in await session("/help")


async def test_plot_reveal_ending_option():
    hidden = await session("/plot The Lantern Keeper")
    revealed = await session("/plot The Lantern Keeper reveal_ending: true")
    assert "[spoiler]" not in hidden and "held back" in hidden
    assert "[spoiler] “In the end Eli burns the logbook" in revealed
    assert (await session("/plot film: The Lantern Keeper full: yes")).count("“") > hidden.count("“")


async def test_who_and_plain_question():
    assert "Nell is played by Mara Quill" in await session("/who Nell")
    assert "The Lantern Keeper was directed by Ada Marlow." in await session("who directed it?")
    assert "The Lantern Keeper was directed by Ada Marlow." in await session("/ask question: who directed it?")


async def test_unknown_command_and_unknown_film():
    unknown = await session("/frobnicate now")
    assert "There is no /frobnicate command" in unknown and "/cast <film>" in unknown
    assert "Did you mean: The Lantern Keeper (2003)?" in await session("/cast Lantern")


async def test_quit_stops_reading_and_blank_lines_are_skipped():
    output = await session("", "   ", "/help", "quit", "/cast The Lantern Keeper")
    assert output.count("Film trivia: commands") == 1 and "Cast of" not in output


async def test_end_of_input_ends_the_session():
    assert await session() == ""


def test_parse_options():
    assert parse_options("film: Star Wars: A New Hope full: yes") == {"film": "Star Wars: A New Hope", "full": "yes"}
    assert parse_options("Nell")["name"] == "Nell"
    assert parse_options("") == {}
