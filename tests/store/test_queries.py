"""Read queries: round trips of every fact kind, conflicts, ordering and full-text search."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.extract.facts import (AudioTrack, CastCredit, Claim, Novel, PlotSentence, Verdict,
                               VideoSpec)
from bot.store import queries
from bot.store.writer import delete_document
from tests.store.builders import DocumentBuilder, store


def _full_document() -> DocumentBuilder:
    """A document stating one of every kind of fact, each on its own sentence."""
    doc = DocumentBuilder()
    header = doc.sentence("Copper Lantern (2003) - 104 min - Drama, Mystery")
    doc.facts.titles.append(Claim("Copper Lantern", header, kind="header"))
    doc.facts.years.append(Claim(2003, header, 0.5, "header"))
    doc.facts.runtimes.append(Claim(104, header, kind="header"))
    doc.facts.genres += [Claim("Drama", header), Claim("Mystery", header)]
    credit = doc.sentence("Directed by Ada Morrow from the novel Lamplight by Ruth Kell, scored by Ivo Brandt.")
    doc.facts.directors.append(Claim("Ada Morrow", credit))
    doc.facts.novels.append(Claim(Novel("Lamplight", "Ruth Kell"), credit))
    doc.facts.composers.append(Claim("Ivo Brandt", credit))
    support = doc.sentence("Pell Ruane plays Dora, the lighthouse keeper's niece.")
    lead = doc.sentence("Lena Voss stars as Mara Quill, a retired cartographer.")
    doc.facts.cast += [
        CastCredit("Pell Ruane", "Dora", support, "supporting"),
        CastCredit("Lena Voss", "Mara Quill", lead, "lead", "a retired cartographer", lead),
    ]
    first, second = doc.sentence("Mara finds a map."), doc.sentence("The map burns in the last scene.")
    doc.facts.plot += [PlotSentence("Mara finds a map.", first), PlotSentence("The map burns.", second, True)]
    video = doc.sentence("The 2160p HEVC image is framed at 1.85:1 with HDR10.")
    doc.facts.video = VideoSpec("2160p", "HEVC", ("1.85:1",), ("HDR10",), video)
    audio = doc.sentence("Audio is English DTS-HD MA 5.1, with English and French subtitles.")
    doc.facts.audio.append(AudioTrack("DTS-HD MA", "5.1", "English", audio))
    doc.facts.subtitles += [Claim("English", audio), Claim("French", audio)]
    extras = doc.sentence("Extras include a commentary and the trailer.")
    doc.facts.special_features += [Claim("Commentary", extras), Claim("Trailer", extras)]
    verdict = doc.sentence("The picture is the best the film has ever looked.")
    doc.facts.verdicts.append(Verdict("video", "The picture is the best the film has ever looked.", verdict))
    prose = doc.sentence("Morrow made it in 2002, and it opened a year later.")
    doc.facts.years.append(Claim(2002, prose, 2.0))
    return doc


async def test_get_film_round_trips_every_fact_with_its_source(db):
    await store(db, "full.txt", _full_document())
    film = await queries.get_film(db, (await queries.list_films(db))[0].id)
    assert film.title == "Copper Lantern"
    assert film.runtime_min.value == 104
    assert [c.value for c in film.genres.claims] == ["Drama", "Mystery"]
    assert film.directors.value == "Ada Morrow"
    assert film.novel_titles.value == "Lamplight" and film.novel_authors.value == "Ruth Kell"
    assert film.composers.value == "Ivo Brandt"
    assert [(m.actor, m.character, m.billing) for m in film.cast] == [
        ("Lena Voss", "Mara Quill", "lead"), ("Pell Ruane", "Dora", "supporting")]
    assert film.cast[0].descriptions.value == "a retired cartographer"
    assert [(p.text, p.spoiler) for p in film.plot] == [("Mara finds a map.", False), ("The map burns.", True)]
    disc = film.disc
    assert (disc.resolution.value, disc.codec.value, disc.aspect_ratios.value, disc.hdr.value) == (
        "2160p", "HEVC", "1.85:1", "HDR10")
    assert [(a.codec, a.channels, a.language) for a in disc.audio] == [("DTS-HD MA", "5.1", "English")]
    assert [c.value for c in disc.subtitles.claims] == ["English", "French"]
    assert [c.value for c in disc.features.claims] == ["Commentary", "Trailer"]
    assert disc.verdicts[0].topic == "video"
    source = film.runtime_min.best.sources[0]
    assert source.document == "full.txt"
    assert source.sentence == "Copper Lantern (2003) - 104 min - Drama, Mystery"
    assert film.documents[0].fact_count > 15


async def test_conflicting_claims_are_all_kept_best_supported_first(db):
    await store(db, "full.txt", _full_document())
    film = await queries.get_film(db, (await queries.list_films(db))[0].id)
    assert film.year.value == 2002  # prose weight 2.0 beats the header's 0.5
    assert [c.value for c in film.year.others] == [2003]
    assert (await queries.list_films(db))[0].year == 2002


async def test_support_sums_over_documents_and_ties_go_to_the_earliest(db):
    def doc(year: int) -> DocumentBuilder:
        return DocumentBuilder().film("Tin Meadow", director="Ada Morrow", year=year)

    await store(db, "1.txt", doc(1971))
    await store(db, "2.txt", doc(1972))
    film_id = (await queries.list_films(db))[0].id
    assert [c.value for c in (await queries.get_film(db, film_id)).year.claims] == [1971, 1972]
    await store(db, "3.txt", doc(1972))
    year = (await queries.get_film(db, film_id)).year
    assert [(c.value, c.weight, len(c.sources)) for c in year.claims] == [(1972, 2.0, 2), (1971, 1.0, 1)]


async def test_missing_ids_give_none(db):
    assert await queries.get_film(db, 12345) is None
    assert await queries.get_person(db, 12345) is None


async def test_characters_people_and_counts(db):
    await store(db, "full.txt", _full_document())
    characters = await queries.list_characters(db)
    assert [c for c, _, _ in characters] == ["Dora", "Mara Quill"]
    names = dict(await queries.list_people(db))
    assert set(names.values()) == {"Ada Morrow", "Ruth Kell", "Ivo Brandt", "Pell Ruane", "Lena Voss"}
    totals = await queries.counts(db)
    assert totals["documents"] == 1 and totals["films"] == 1 and totals["people"] == 5
    assert totals["plot_lines"] == 2 and totals["sentences"] == 11


async def test_deleting_the_only_document_removes_its_film_and_people(db):
    document_id = await store(db, "full.txt", _full_document())
    await db.execute("BEGIN IMMEDIATE")
    await delete_document(db, document_id)
    await db.execute("COMMIT")
    totals = await queries.counts(db)
    assert {name: n for name, n in totals.items() if n} == {}
    assert await queries.search_sentences(db, "cartographer") == []


async def test_search_finds_sentences_with_their_film(db):
    await store(db, "full.txt", _full_document())
    hits = await queries.search_sentences(db, "retired cartographers?")
    assert hits and hits[0].source.sentence.startswith("Lena Voss stars")
    assert hits[0].film_title == "Copper Lantern"
    # No sentence has every word: fall back to any word.
    assert await queries.search_sentences(db, "cartographer zeppelin")


@pytest.mark.parametrize("query", [
    '"', "'", "NEAR", "NEAR(a b)", "*", "a*", "-", "OR", "AND NOT", "text:map", "^map",
    "'); DROP TABLE sentences; --", "map \" OR \"", "\x00", "", "   ", "x" * 6000, "map " * 2000,
])
async def test_search_never_raises_on_hostile_input(db, query):
    await store(db, "full.txt", _full_document())
    hits = await queries.search_sentences(db, query, limit=3)
    assert len(hits) <= 3
    assert (await queries.counts(db))["sentences"] == 11


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=200))
async def test_search_never_raises_on_any_text(db, query):
    assert len(await queries.search_sentences(db, query)) <= 5
