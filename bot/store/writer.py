"""Writing one document's facts, merging it into a film, and removing a document again.

These functions run inside a transaction the caller owns (`bot.ingest.pipeline` wraps each
document in BEGIN IMMEDIATE ... COMMIT), so a document is stored completely or not at all.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

import aiosqlite

from bot.extract.facts import CastCredit, Claim, DocumentFacts, Span
from bot.store.keys import person_key, title_key, title_parts
from bot.store.queries import rank_claims
from bot.store.records import ClaimSet, Source
from bot.store.sql import execute_many, fetch_all, fetch_value, insert, marks

class SentenceIndex:
    """Maps a fact's span to the id of the stored sentence that contains it."""

    def __init__(self, spans: list[Span], ids: list[int]) -> None:
        self._exact = {(s.start, s.end): i for s, i in zip(spans, ids)}
        self._starts = [s.start for s in spans]
        self._spans = spans
        self._ids = ids

    def __call__(self, span: Span) -> int:
        if (found := self._exact.get((span.start, span.end))) is not None:
            return found
        at = bisect.bisect_right(self._starts, span.start) - 1
        if at >= 0 and span.end <= self._spans[at].end:
            return self._ids[at]
        raise ValueError(f"fact span {span.start}-{span.end} is not inside any sentence")


async def save_document(db: aiosqlite.Connection, *, path: Path, sha256: str, text: str,
                        facts: DocumentFacts, extractor: str = "") -> int:
    """Store the document, its sentences and facts, and merge it into a film; return its id.

    `extractor` names the extractor version that produced `facts` (see bot.extract).
    """
    document_id = await insert(
        db,
        "INSERT INTO documents (path, name, sha256, ingested_at, char_count, sentence_count, fact_count,"
        " extractor) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
        (str(path), path.name, sha256, datetime.now(timezone.utc).isoformat(timespec="seconds"),
         len(text), len(facts.sentences), extractor),
    )
    sentence_of = await _save_sentences(db, document_id, text, facts.sentences)
    fact_count = await _save_facts(db, document_id, facts, sentence_of)
    await db.execute("UPDATE documents SET fact_count = ? WHERE id = ?", (fact_count, document_id))
    film_id = await _merge_into_film(db, facts)
    if film_id is not None:
        await db.execute("UPDATE documents SET film_id = ? WHERE id = ?", (film_id, document_id))
        await refresh_film(db, film_id)
    return document_id


async def delete_document(db: aiosqlite.Connection, document_id: int) -> None:
    """Remove a document with everything it stated; drop a film or person left with no source."""
    film_id = await fetch_value(db, "SELECT film_id FROM documents WHERE id = ?", (document_id,))
    people = await _document_people(db, document_id)
    await db.execute("DELETE FROM documents WHERE id = ?", (document_id,))
    await execute_many(
        db, "DELETE FROM people WHERE id = ? AND NOT EXISTS (SELECT 1 FROM credits WHERE person_id = people.id)",
        [(p,) for p in people],
    )
    if film_id is not None:
        await refresh_film(db, film_id)


async def _document_people(db: aiosqlite.Connection, document_id: int) -> list[int]:
    rows = await fetch_all(db, "SELECT DISTINCT c.person_id FROM sentences s JOIN credits c ON c.sentence_id = s.id"
                               " WHERE s.document_id = ?", (document_id,))
    return [r[0] for r in rows]


async def _save_sentences(db: aiosqlite.Connection, document_id: int, text: str,
                          spans: list[Span]) -> SentenceIndex:
    spans = sorted(spans, key=lambda s: (s.start, s.end))
    await db.executemany(
        "INSERT INTO sentences (document_id, ordinal, char_start, char_end, text) VALUES (?, ?, ?, ?, ?)",
        [(document_id, n, s.start, s.end, s.text(text)) for n, s in enumerate(spans)],
    )
    rows = await fetch_all(db, "SELECT id FROM sentences WHERE document_id = ? ORDER BY ordinal", (document_id,))
    ids = [r[0] for r in rows]
    return SentenceIndex(spans, ids)


async def _save_facts(db: aiosqlite.Connection, document_id: int, facts: DocumentFacts,
                      sentence_of: SentenceIndex) -> int:
    """Insert every fact row of the document, each pointing at its sentence; return how many."""
    claims = list(_claim_rows(facts, sentence_of))
    await execute_many(
        db, "INSERT INTO claims (sentence_id, field, value, weight, kind) VALUES (?, ?, ?, ?, ?)", claims)
    people = await _person_ids(db, _credited_names(facts))
    credits = _credit_rows(facts, sentence_of, people)
    await execute_many(
        db, "INSERT INTO credits (sentence_id, person_id, role, character, billing, weight) VALUES (?, ?, ?, ?, ?, ?)",
        [row for row, _ in credits])
    descriptions = await _description_rows(db, document_id, credits, sentence_of)
    await execute_many(
        db, "INSERT INTO character_descriptions (credit_id, sentence_id, text) VALUES (?, ?, ?)", descriptions)
    audio = [(sentence_of(a.span), a.codec, a.channels, a.language) for a in facts.audio if a.codec]
    await execute_many(
        db, "INSERT INTO audio_tracks (sentence_id, codec, channels, language) VALUES (?, ?, ?, ?)", audio)
    verdicts = [(sentence_of(v.span), v.topic, v.text) for v in facts.verdicts if v.text]
    await execute_many(db, "INSERT INTO verdicts (sentence_id, topic, text) VALUES (?, ?, ?)", verdicts)
    plot = [(sentence_of(p.span), p.text, int(p.spoiler)) for p in facts.plot if p.text]
    await execute_many(db, "INSERT INTO plot_lines (sentence_id, text, spoiler) VALUES (?, ?, ?)", plot)
    return len(claims) + len(credits) + len(descriptions) + len(audio) + len(verdicts) + len(plot)


def _claim_rows(facts: DocumentFacts, sentence_of: SentenceIndex) -> Iterable[tuple]:
    """(sentence_id, field, value, weight, kind) for every single-valued claim."""
    def rows(field: str, claims: Iterable[Claim]) -> Iterable[tuple]:
        for c in claims:
            if c.value is not None and c.value != "":
                yield sentence_of(c.span), field, c.value, c.weight, c.kind

    yield from rows("title", facts.titles)
    yield from rows("alias", facts.aliases)
    yield from rows("year", facts.years)
    yield from rows("runtime", facts.runtimes)
    yield from rows("genre", facts.genres)
    yield from rows("novel_title", (Claim(c.value.title, c.span, c.weight, c.kind) for c in facts.novels))
    yield from rows("subtitle", facts.subtitles)
    yield from rows("feature", facts.special_features)
    if (video := facts.video) is not None:
        disc = [("resolution", video.resolution), ("video_codec", video.codec),
                *(("aspect_ratio", a) for a in video.aspect_ratios), *(("hdr", h) for h in video.hdr)]
        yield from ((sentence_of(video.span), field, value, 1.0, "prose") for field, value in disc if value)


def _credited_names(facts: DocumentFacts) -> list[str]:
    names = [c.value for c in facts.directors + facts.composers]
    names += [c.value.author for c in facts.novels if c.value.author]
    names += [c.actor for c in facts.cast]
    return [n for n in names if person_key(n)]


async def _person_ids(db: aiosqlite.Connection, names: list[str]) -> dict[str, int]:
    """Normalised key -> person id for the names, creating people not seen before."""
    keys = {person_key(n): n for n in reversed(names)}  # first spelling wins
    if not keys:
        return {}
    await db.executemany("INSERT OR IGNORE INTO people (name, key) VALUES (?, ?)",
                         [(name, key) for key, name in keys.items()])
    rows = await fetch_all(db, f"SELECT key, id FROM people WHERE key IN ({marks(keys)})", keys)
    return {key: person_id for key, person_id in rows}


def _credit_rows(facts: DocumentFacts, sentence_of: SentenceIndex,
                 people: dict[str, int]) -> list[tuple[tuple, CastCredit | None]]:
    """(credits row, the cast credit it came from or None), in statement order."""
    rows: list[tuple[tuple, CastCredit | None]] = []

    def add(role: str, name: str | None, span: Span, weight: float, cast: CastCredit | None = None) -> None:
        if name and (key := person_key(name)):
            character, billing = (cast.character or None, cast.billing) if cast else (None, None)
            rows.append(((sentence_of(span), people[key], role, character, billing, weight), cast))

    for c in facts.directors:
        add("director", c.value, c.span, c.weight)
    for c in facts.novels:
        add("novelist", c.value.author, c.span, c.weight)
    for c in facts.composers:
        add("composer", c.value, c.span, c.weight)
    for credit in facts.cast:
        add("cast", credit.actor, credit.span, 1.0, credit)
    return rows


async def _description_rows(db: aiosqlite.Connection, document_id: int,
                            credits: list[tuple[tuple, CastCredit | None]],
                            sentence_of: SentenceIndex) -> list[tuple[int, int, str]]:
    """(credit_id, sentence_id, text) for cast credits that describe their character."""
    if not any(cast is not None and cast.description for _, cast in credits):
        return []
    # The document's credits were inserted in list order, so id order matches `credits`.
    rows = await fetch_all(db, "SELECT c.id FROM sentences s JOIN credits c ON c.sentence_id = s.id"
                               " WHERE s.document_id = ? ORDER BY c.id", (document_id,))
    ids = [r[0] for r in rows]
    return [(credit_id, sentence_of(cast.description_span or cast.span), cast.description)
            for credit_id, (_, cast) in zip(ids, credits)
            if cast is not None and cast.description]


# --- merging documents into films -------------------------------------------------------


def _document_keys(facts: DocumentFacts) -> tuple[set[str], set[str]]:
    """(exact keys, keys of parts of compound titles) of the document's best title and aliases."""
    names = [name for name in (facts.title, *(c.value for c in facts.aliases)) if name]
    exact = {k for n in names if (k := title_key(n))}
    parts = {k for n in names for k in title_parts(n)} - exact
    return exact, parts


async def _merge_into_film(db: aiosqlite.Connection, facts: DocumentFacts) -> int | None:
    """The film this document is about: an existing one it matches, else a new one.

    A document joins a film when a title key matches and they share a director or cast
    member. When one side names no such people, a title matching exactly one film suffices.
    A document with no title belongs to no film.
    """
    exact, parts = _document_keys(facts)
    if not exact:
        return None
    candidates = await _films_with_keys(db, exact, parts)
    people = {person_key(n) for n in [c.value for c in facts.directors] + [c.actor for c in facts.cast]}
    people.discard("")
    if candidates:
        shared = await _shared_people(db, list(candidates), people)
        if shared:
            return max(shared, key=lambda film: (shared[film], -film))
        exact_matches = [film for film, is_exact in candidates.items() if is_exact]
        if len(exact_matches) == 1 and (not people or not await _has_people(db, exact_matches[0])):
            return exact_matches[0]
    title = facts.title or next(c.value for c in facts.aliases if title_key(c.value))
    return await insert(db, "INSERT INTO films (title, year) VALUES (?, ?)", (title, facts.year))


async def _films_with_keys(db: aiosqlite.Connection, exact: set[str], parts: set[str]) -> dict[int, bool]:
    """Films known by any of the keys -> whether a whole title matches a whole title."""
    keys = exact | parts
    rows = await fetch_all(db, f"SELECT film_id, key, exact FROM film_titles WHERE key IN ({marks(keys)})", keys)
    found: dict[int, bool] = {}
    for film_id, key, film_exact in rows:
        found[film_id] = found.get(film_id, False) or (bool(film_exact) and key in exact)
    return found


async def _shared_people(db: aiosqlite.Connection, films: list[int], people: set[str]) -> dict[int, int]:
    """Film -> how many of the people (normalised keys) are among its directors or cast."""
    if not people:
        return {}
    # The unary `+` keeps SQLite from starting at the people: a prolific person's credits grow
    # with the corpus, while the candidate films' documents do not.
    rows = await fetch_all(db, f"""
        SELECT d.film_id, COUNT(DISTINCT p.id)
        FROM documents d
        JOIN sentences s ON s.document_id = d.id
        JOIN credits c ON c.sentence_id = s.id
        JOIN people p ON p.id = c.person_id
        WHERE d.film_id IN ({marks(films)}) AND +c.role IN ('director', 'cast')
          AND +p.key IN ({marks(people)})
        GROUP BY d.film_id""", (*films, *people))
    return {film_id: count for film_id, count in rows}


async def _has_people(db: aiosqlite.Connection, film_id: int) -> bool:
    return await fetch_value(db, """
        SELECT 1 FROM documents d
        JOIN sentences s ON s.document_id = d.id
        JOIN credits c ON c.sentence_id = s.id
        WHERE d.film_id = ? AND +c.role IN ('director', 'cast') LIMIT 1""", (film_id,)) is not None


async def refresh_film(db: aiosqlite.Connection, film_id: int) -> None:
    """Recompute a film's cached title, year and title keys from its documents; drop it if none remain."""
    rows = await fetch_all(db, """
        SELECT x.field, x.value, x.weight, s.document_id, s.char_start, s.char_end
        FROM documents d
        JOIN sentences s ON s.document_id = d.id
        JOIN claims x ON x.sentence_id = s.id
        WHERE d.film_id = ? AND x.field IN ('title', 'alias', 'year')
        ORDER BY s.document_id, x.id""", (film_id,))
    if not rows and await fetch_value(db, "SELECT 1 FROM documents WHERE film_id = ? LIMIT 1", (film_id,)) is None:
        await db.execute("DELETE FROM films WHERE id = ?", (film_id,))
        return

    def ranked(field: str):
        return rank_claims((r["value"], r["weight"], Source(r["document_id"], "", "", r["char_start"], r["char_end"]))
                           for r in rows if r["field"] == field)

    titles, aliases = ranked("title"), ranked("alias")
    # Only each document's own best title names the film; its weaker title claims are rivals.
    names = [*_best_title_per_document(rows), *(c.value for c in aliases.claims)]
    if names:
        await db.execute("UPDATE films SET title = ?, year = ? WHERE id = ?",
                         (display_title(titles) or names[0], ranked("year").value, film_id))
    await _replace_title_keys(db, film_id, names)


def _best_title_per_document(rows: list[aiosqlite.Row]) -> list[str]:
    """The most trusted title claim of each document (the first among equals), in document order."""
    best: dict[int, aiosqlite.Row] = {}
    for row in rows:
        if row["field"] == "title":
            current = best.get(row["document_id"])
            if current is None or row["weight"] > current["weight"]:
                best[row["document_id"]] = row
    return [row["value"] for row in best.values()]


def display_title(titles: ClaimSet[str]) -> str | None:
    """The best supported title, counting a compound title "Site - Title" as support for "Title".

    Pages often prefix the film's name with something else; when another document names the
    film plainly, the plain name should win the tie rather than the earliest page's compound.
    """
    def support(claim) -> float:
        key = title_key(claim.value)
        return claim.weight + sum(other.weight for other in titles.claims
                                  if other is not claim and key in title_parts(other.value))

    ranked = sorted(enumerate(titles.claims), key=lambda ic: (-support(ic[1]), ic[0]))
    return ranked[0][1].value if ranked else None


async def _replace_title_keys(db: aiosqlite.Connection, film_id: int, names: list[str]) -> None:
    """Rewrite the film's title keys: exact keys of every name, then keys of their parts."""
    keys: dict[str, tuple[str, int]] = {}
    for name in names:
        if key := title_key(name):
            keys.setdefault(key, (name, 1))
    for name in names:
        for key, part in title_parts(name).items():
            keys.setdefault(key, (part, 0))
    await db.execute("DELETE FROM film_titles WHERE film_id = ?", (film_id,))
    await db.executemany("INSERT INTO film_titles (film_id, key, title, exact) VALUES (?, ?, ?, ?)",
                         [(film_id, key, name, exact) for key, (name, exact) in keys.items()])
