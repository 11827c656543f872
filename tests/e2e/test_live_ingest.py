"""Documents ingested by another process while the bot runs (`film-trivia ingest`) become
answerable without a restart: the bot reloads its name index when the documents change."""

from __future__ import annotations

from bot.ingest.pipeline import ingest_paths
from bot.store.db import open_database
from tests.e2e.helpers import answer_text, ask_slash, assert_clean, unescaped

# An invented film, so nothing in the bundled documents can answer for it.
NEW_FILM = "Harbour of Quiet Lamps"
REVIEW = f"""{NEW_FILM} is a 2011 mystery film directed by Ottilie Brennmark.
It stars Casimir Deverell as Tobias Wren, a lighthouse keeper, and Ilse Varnholt as Marta Wren.
"""


async def ingest_elsewhere(database, folder) -> None:
    """What `film-trivia ingest` does from another process: its own connection, its own commits."""
    folder.mkdir()
    (folder / "harbour.txt").write_text(REVIEW, encoding="utf-8")
    db = await open_database(database)
    try:
        report = await ingest_paths(db, [folder])
    finally:
        await db.close()
    assert report.added == 1


async def test_a_film_ingested_while_the_bot_runs_is_answered_after_the_index_refresh(
        film_bot, world, bot_settings, tmp_path):
    assert not await film_bot.refresh_names_if_documents_changed()  # nothing changed yet
    await ingest_elsewhere(bot_settings.database, tmp_path / "new-documents")

    assert await film_bot.refresh_names_if_documents_changed()
    result = await ask_slash(world.server, "film", {"film": NEW_FILM}, user=world.alice, guild=world.guild)
    assert "Ottilie Brennmark" in unescaped(answer_text(result))
    choices = await world.server.autocomplete("film", {"film": "harbour"}, focused="film",
                                              user=world.alice, guild=world.guild)
    assert [c["name"] for c in choices] == [f"{NEW_FILM} (2011)"]
    assert_clean(world.server)
