"""The reply cache: served from memory while the store is unchanged, rebuilt after any commit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.answers.models import Answer
from bot.discord_app.reply_cache import ReplyCache, StoreVersion


def make_answer(title: str) -> Answer:
    return Answer(kind="film", title=title, summary=f"{title}: a summary.")


class Builder:
    """An answer builder that counts its calls and can run something while it builds."""

    def __init__(self, during=lambda: None) -> None:
        self.calls = 0
        self.during = during

    async def __call__(self) -> Answer:
        self.calls += 1
        self.during()
        return make_answer(f"Answer {self.calls}")


def database(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("CREATE TABLE facts (value TEXT)")
    return path


def commit_elsewhere(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO facts VALUES ('new')")


async def test_a_repeated_question_is_answered_from_memory(tmp_path: Path) -> None:
    cache, build = ReplyCache.for_database(database(tmp_path)), Builder()
    first = await cache.reply(("film", 1), build)
    again = await cache.reply(("film", 1), build)
    other = await cache.reply(("film", 2), build)
    cache.close()
    assert again is first and build.calls == 2
    assert other.answer.title == "Answer 2"
    assert first.pages[0][0].title == "Answer 1"


async def test_a_commit_by_another_connection_forgets_every_reply(tmp_path: Path) -> None:
    path = database(tmp_path)
    cache, build = ReplyCache.for_database(path), Builder()
    await cache.reply(("film", 1), build)
    commit_elsewhere(path)
    rebuilt = await cache.reply(("film", 1), build)
    cache.close()
    assert build.calls == 2 and rebuilt.answer.title == "Answer 2"


async def test_an_answer_built_while_the_store_changed_is_not_kept(tmp_path: Path) -> None:
    path = database(tmp_path)
    cache = ReplyCache.for_database(path)
    racing = Builder(during=lambda: commit_elsewhere(path))
    await cache.reply(("film", 1), racing)
    steady = Builder()
    await cache.reply(("film", 1), steady)
    await cache.reply(("film", 1), steady)
    cache.close()
    assert steady.calls == 1


async def test_the_least_recently_used_reply_goes_first(tmp_path: Path) -> None:
    cache, build = ReplyCache(StoreVersion(database(tmp_path)), max_replies=2), Builder()
    await cache.reply("a", build)
    await cache.reply("b", build)
    await cache.reply("a", build)  # "b" is now the oldest
    await cache.reply("c", build)
    await cache.reply("a", build)
    await cache.reply("b", build)
    cache.close()
    assert build.calls == 4


async def test_an_in_memory_store_is_never_cached() -> None:
    cache, build = ReplyCache.for_database(Path(":memory:")), Builder()
    await cache.reply(("film", 1), build)
    await cache.reply(("film", 1), build)
    cache.close()
    assert build.calls == 2
