"""Read queries: SQLite rows -> the dataclasses of `bot.store.records`.

Every function takes an open connection (see `bot.store.db.open_database`) and issues a
small, fixed number of indexed queries. Competing claims are ranked here, in one place:
a value's support is the sum over documents of the highest weight any one document gives
it; ties go to the value stated by the earliest ingested document, then the earliest claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import groupby
from dataclasses import dataclass, field
from typing import Any

import aiosqlite

from bot.store.records import (
    AudioTrack,
    CastMember,
    Claim,
    ClaimSet,
    DiscRecord,
    DocumentInfo,
    FilmRecord,
    FilmSummary,
    PersonRecord,
    PersonRole,
    PlotLine,
    SentenceHit,
    Source,
    Verdict,
)
from bot.store.sql import fetch_all

MAX_SEARCH_WORDS = 32
MAX_SEARCH_LIMIT = 50
_SEARCH_WORD = re.compile(r"\w+")

# The evidence columns every fact query selects after its own, in this order.
_EVIDENCE = "s.document_id, s.text AS sentence, s.char_start, s.char_end"
# A film's other whole titles (not the parts of compound titles), one row each.
_ALIASES_JOIN = "LEFT JOIN film_titles ft ON ft.film_id = f.id AND ft.exact = 1 AND ft.title != f.title"
# Rows of one fact table for one film, through its documents and their sentences.
_FILM_FACTS = """
    FROM documents d
    JOIN sentences s ON s.document_id = d.id
    JOIN {table} x ON x.sentence_id = s.id{join}
    WHERE d.film_id = ?
    ORDER BY s.document_id, x.id
"""


@dataclass(slots=True)
class _Support:
    """Everything said for one value while ranking a claim set."""

    value: Any
    order: tuple[int, int]  # (document, arrival) of the first statement, for ties
    weights: dict[int, float] = field(default_factory=dict)  # document -> best weight
    sources: list[Source] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(self.weights.values())


def _value_key(value: Any) -> Any:
    """Spellings of one value that differ only in case or spacing count as one claim."""
    return " ".join(value.casefold().split()) if isinstance(value, str) else value


def rank_claims(statements: Iterable[tuple[Any, float, Source]]) -> ClaimSet:
    """Group (value, weight, source) statements by value and order them best supported first."""
    support: dict[Any, _Support] = {}
    for arrival, (value, weight, source) in enumerate(statements):
        entry = support.setdefault(_value_key(value), _Support(value, (source.document_id, arrival)))
        doc = source.document_id
        entry.weights[doc] = max(weight, entry.weights.get(doc, weight))
        if source not in entry.sources:
            entry.sources.append(source)
    ranked = sorted(support.values(), key=lambda e: (-e.total, e.order))
    return ClaimSet(tuple(Claim(e.value, tuple(e.sources), e.total) for e in ranked))


def _source(row: aiosqlite.Row, names: dict[int, str]) -> Source:
    return Source(row["document_id"], names[row["document_id"]], row["sentence"],
                  row["char_start"], row["char_end"])


async def _film_facts(db: aiosqlite.Connection, film_id: int, table: str, columns: str,
                      join: str = "") -> list[aiosqlite.Row]:
    """Rows of fact `table` (alias x) about the film, in document then statement order."""
    sql = f"SELECT {columns}, {_EVIDENCE} " + _FILM_FACTS.format(table=table, join=join)
    return await fetch_all(db, sql, (film_id,))


# --- films -------------------------------------------------------------------------------


async def list_films(db: aiosqlite.Connection) -> list[FilmSummary]:
    """Every film with its best title, best year and other known titles, by title."""
    rows = await fetch_all(db, f"""
        SELECT f.id, f.title, f.year, ft.title AS alias
        FROM films f {_ALIASES_JOIN}
        ORDER BY f.title COLLATE NOCASE, f.id, ft.title""")
    return [FilmSummary(film_id, title, year, tuple(r["alias"] for r in group if r["alias"] is not None))
            for (film_id, title, year), group in groupby(rows, key=lambda r: (r["id"], r["title"], r["year"]))]


async def _film_aliases(db: aiosqlite.Connection, film_id: int) -> tuple[str, ...]:
    rows = await fetch_all(db, f"SELECT ft.title AS alias FROM films f {_ALIASES_JOIN} WHERE f.id = ? ORDER BY ft.title",
                           (film_id,))
    return tuple(r["alias"] for r in rows if r["alias"] is not None)


async def get_film(db: aiosqlite.Connection, film_id: int) -> FilmRecord | None:
    """The film with every claim about it and its sources, or None if there is no such film."""
    film = await fetch_all(db, "SELECT id, title FROM films WHERE id = ?", (film_id,))
    if not film:
        return None
    documents, names = await _film_documents(db, film_id)
    claims = await _film_claims(db, film_id, names)
    credits = await _film_facts(db, film_id, "credits",
                                "x.id, x.role, x.person_id, p.name, x.character, x.billing, x.weight",
                                join=" JOIN people p ON p.id = x.person_id")
    people = {role: rank_claims((r["name"], r["weight"], _source(r, names)) for r in credits if r["role"] == role)
              for role in ("director", "novelist", "composer")}
    title = film[0]["title"]
    return FilmRecord(
        id=film_id,
        title=title,
        aliases=await _film_aliases(db, film_id),
        year=claims["year"],
        runtime_min=claims["runtime"],
        genres=claims["genre"],
        directors=people["director"],
        novel_titles=claims["novel_title"],
        novel_authors=people["novelist"],
        composers=people["composer"],
        cast=await _film_cast(db, film_id, [r for r in credits if r["role"] == "cast"], names),
        plot=tuple(PlotLine(r["text"], bool(r["spoiler"]), _source(r, names))
                   for r in await _film_facts(db, film_id, "plot_lines", "x.text, x.spoiler")),
        disc=await _film_disc(db, film_id, claims, names),
        documents=documents,
    )


_CLAIM_FIELDS = ("title", "alias", "year", "runtime", "genre", "novel_title",
                 "resolution", "video_codec", "aspect_ratio", "hdr", "subtitle", "feature")


async def _film_claims(db: aiosqlite.Connection, film_id: int, names: dict[int, str]) -> dict[str, ClaimSet]:
    """Ranked claims about the film, one ClaimSet per field (empty when nothing was said)."""
    rows = await _film_facts(db, film_id, "claims", "x.field, x.value, x.weight")
    return {name: rank_claims((r["value"], r["weight"], _source(r, names)) for r in rows if r["field"] == name)
            for name in _CLAIM_FIELDS}


async def _film_documents(db: aiosqlite.Connection, film_id: int) -> tuple[tuple[DocumentInfo, ...], dict[int, str]]:
    """The film's documents in ingest order, and their file names by id."""
    rows = await fetch_all(db, "SELECT id, path, name, sha256, ingested_at, fact_count FROM documents"
                            " WHERE film_id = ? ORDER BY id", (film_id,))
    infos = tuple(DocumentInfo(r["id"], r["path"], r["sha256"], r["ingested_at"], r["fact_count"]) for r in rows)
    return infos, {r["id"]: r["name"] for r in rows}


async def _film_cast(db: aiosqlite.Connection, film_id: int, credits: list[aiosqlite.Row],
                     names: dict[int, str]) -> tuple[CastMember, ...]:
    """One CastMember per person, merging what each document says: lead billing first."""
    descriptions: dict[int, list[tuple[str, float, Source]]] = {}
    for r in await _film_facts(db, film_id, "character_descriptions", "x.credit_id, x.text"):
        descriptions.setdefault(r["credit_id"], []).append((r["text"], 1.0, _source(r, names)))
    by_person: dict[int, list[aiosqlite.Row]] = {}
    for r in credits:
        by_person.setdefault(r["person_id"], []).append(r)
    members = []
    for person_id, rows in by_person.items():
        characters = rank_claims((r["character"], r["weight"], _source(r, names)) for r in rows if r["character"])
        billings = {r["billing"] for r in rows}
        members.append(CastMember(
            person_id=person_id,
            actor=rows[0]["name"],
            character=characters.value,
            billing="lead" if "lead" in billings else "supporting" if "supporting" in billings else None,
            descriptions=rank_claims(d for r in rows for d in descriptions.get(r["id"], ())),
            sources=tuple(dict.fromkeys(_source(r, names) for r in rows)),
        ))
    # Sorting is stable: within each billing, people keep their first-mention order.
    return tuple(sorted(members, key=lambda m: m.billing != "lead"))


async def _film_disc(db: aiosqlite.Connection, film_id: int, claims: dict[str, ClaimSet],
                     names: dict[int, str]) -> DiscRecord:
    audio: dict[tuple, list[Source]] = {}
    for r in await _film_facts(db, film_id, "audio_tracks", "x.codec, x.channels, x.language"):
        audio.setdefault((r["codec"], r["channels"], r["language"]), []).append(_source(r, names))
    verdicts = await _film_facts(db, film_id, "verdicts", "x.topic, x.text")
    return DiscRecord(
        resolution=claims["resolution"],
        codec=claims["video_codec"],
        aspect_ratios=claims["aspect_ratio"],
        hdr=claims["hdr"],
        audio=tuple(AudioTrack(*track, tuple(sources)) for track, sources in audio.items()),
        subtitles=claims["subtitle"],
        features=claims["feature"],
        verdicts=tuple(Verdict(r["topic"], r["text"], _source(r, names)) for r in verdicts),
    )


# --- people and characters ----------------------------------------------------------------


async def list_people(db: aiosqlite.Connection) -> list[tuple[int, str]]:
    """(id, name) of every person credited anywhere, by name."""
    rows = await fetch_all(db, "SELECT id, name FROM people ORDER BY name COLLATE NOCASE, id")
    return [(r["id"], r["name"]) for r in rows]


async def get_person(db: aiosqlite.Connection, person_id: int) -> PersonRecord | None:
    """The person with every film role they are credited with and the sentences saying so."""
    person = await fetch_all(db, "SELECT id, name FROM people WHERE id = ?", (person_id,))
    if not person:
        return None
    rows = await fetch_all(db, f"""
        SELECT x.role, x.character, x.weight, d.film_id, f.title AS film_title, d.name AS document_name,
               {_EVIDENCE}
        FROM credits x
        JOIN sentences s ON s.id = x.sentence_id
        JOIN documents d ON d.id = s.document_id
        JOIN films f ON f.id = d.film_id
        WHERE x.person_id = ?
        ORDER BY d.film_id, x.role, x.id""", (person_id,))
    roles: dict[tuple[int, str], list[aiosqlite.Row]] = {}
    for r in rows:
        roles.setdefault((r["film_id"], r["role"]), []).append(r)
    return PersonRecord(person_id, person[0]["name"], tuple(_person_role(group) for group in roles.values()))


def _person_role(rows: list[aiosqlite.Row]) -> PersonRole:
    """One role in one film, however many documents state it; the most stated character wins."""
    names = {r["document_id"]: r["document_name"] for r in rows}
    characters = rank_claims((r["character"], r["weight"], _source(r, names)) for r in rows if r["character"])
    first = rows[0]
    return PersonRole(first["film_id"], first["film_title"], first["role"], characters.value,
                      tuple(dict.fromkeys(_source(r, names) for r in rows)))


async def list_characters(db: aiosqlite.Connection) -> list[tuple[str, int, int]]:
    """(character, person_id, film_id) for every credited role, each once, by character."""
    rows = await fetch_all(db, """
        SELECT DISTINCT x.character, x.person_id, d.film_id
        FROM credits x
        JOIN sentences s ON s.id = x.sentence_id
        JOIN documents d ON d.id = s.document_id
        WHERE x.character IS NOT NULL AND d.film_id IS NOT NULL
        ORDER BY x.character COLLATE NOCASE, d.film_id, x.person_id""")
    return [(r["character"], r["person_id"], r["film_id"]) for r in rows]


# --- full-text search ---------------------------------------------------------------------


def fts_query(text: str, operator: str = "AND") -> str | None:
    """An FTS5 query matching the words of `text`, or None if it has none.

    Each word becomes a quoted string, so nothing the user types (quotes, `NEAR`, `*`,
    column filters, SQL) is read as FTS5 syntax.
    """
    words = _SEARCH_WORD.findall(text)[:MAX_SEARCH_WORDS]
    if not words:
        return None
    return f" {operator} ".join(f'"{word}"' for word in words)


async def search_sentences(db: aiosqlite.Connection, query: str, limit: int = 5, *,
                           film_id: int | None = None) -> list[SentenceHit]:
    """Sentences best matching the words of `query` (all words if possible, else any), best
    first; with `film_id`, only sentences of that film's documents.

    `SentenceHit.rank` is the negated bm25 score: higher is more relevant.
    """
    limit = max(1, min(limit, MAX_SEARCH_LIMIT))
    hits: list[SentenceHit] = []
    for operator in ("AND", "OR"):
        match = fts_query(query, operator)
        if match is None:
            return []
        hits = await _search(db, match, limit, film_id)
        if hits or " " not in match:
            break
    return hits


async def _search(db: aiosqlite.Connection, match: str, limit: int, film_id: int | None) -> list[SentenceHit]:
    film_filter = "AND d.film_id = ?" if film_id is not None else ""
    rows = await fetch_all(db, f"""
        SELECT {_EVIDENCE}, d.name AS document_name, d.film_id, f.title AS film_title,
               bm25(sentences_fts) AS score
        FROM sentences_fts
        JOIN sentences s ON s.id = sentences_fts.rowid
        JOIN documents d ON d.id = s.document_id
        LEFT JOIN films f ON f.id = d.film_id
        WHERE sentences_fts MATCH ? {film_filter}
        ORDER BY score
        LIMIT ?""", (match, *((film_id,) if film_id is not None else ()), limit))
    return [SentenceHit(r["film_id"], r["film_title"],
                        _source(r, {r["document_id"]: r["document_name"]}), -r["score"]) for r in rows]


# --- totals -------------------------------------------------------------------------------

_COUNTED_TABLES = ("documents", "sentences", "films", "people", "credits", "claims",
                   "character_descriptions", "audio_tracks", "verdicts", "plot_lines")


async def counts(db: aiosqlite.Connection) -> dict[str, int]:
    """Row count of every table worth reporting, e.g. {"documents": 2, "films": 1, ...}."""
    selects = " UNION ALL ".join(f"SELECT '{t}', COUNT(*) FROM {t}" for t in _COUNTED_TABLES)
    return {name: n for name, n in await fetch_all(db, selects)}


async def documents_signature(db: aiosqlite.Connection) -> tuple[int, int]:
    """(number of documents, highest document id): changes whenever an ingest adds, replaces
    or removes a document, and costs one index lookup, so it can be polled."""
    row = await fetch_all(db, "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM documents")
    return row[0][0], row[0][1]
