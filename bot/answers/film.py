"""The film overview and the sources behind a film."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import PurePath

from aiosqlite import Connection

from bot.answers.fields import (answer_sources, claim_sources, credit_field, multi_field, no_such_film,
                                present, single_field)
from bot.answers.models import Answer, Conflict, Field
from bot.answers.phrasing import count_phrase, format_runtime, join_words
from bot.store import queries
from bot.store.records import CastMember, FilmRecord, Source

# Without billing, this many cast members stand for the leads in the overview.
LEADS_WITHOUT_BILLING = 3


async def film_answer(db: Connection, film_id: int) -> Answer:
    """The overview of the film `film_id`."""
    film = await queries.get_film(db, film_id)
    return build_film(film) if film else no_such_film(film_id)


async def sources_answer(db: Connection, film_id: int) -> Answer:
    """The documents behind the film `film_id` and where they disagree."""
    film = await queries.get_film(db, film_id)
    return build_sources(film) if film else no_such_film(film_id)


def build_film(film: FilmRecord) -> Answer:
    """Title, year, director, novel, composer, runtime, genres, leads and source count."""
    fields = present(
        single_field("Year", film.year),
        credit_field("Directed by", film.directors),
        novel_field(film),
        credit_field("Music by", film.composers),
        single_field("Runtime", film.runtime_min, format_runtime),
        multi_field("Genres", film.genres),
        Field("Also known as", ", ".join(film.aliases)) if film.aliases else None,
        leads_field(film.cast),
        Field("Sources", count_phrase(len(film.documents), "document")),
    )
    return Answer(kind="film", title=film.label, film_id=film.id, summary=film_summary(film),
                  fields=fields, sources=answer_sources(fields))


def film_summary(film: FilmRecord) -> str | None:
    """"A 1995 film directed by Mike Figgis." from whatever of the two is known."""
    if not (film.year or film.directors):
        return None
    year = f" {film.year.value}" if film.year else ""
    director = f" directed by {film.directors.value}" if film.directors else ""
    return f"A{year} film{director}."


def novel_field(film: FilmRecord) -> Field | None:
    """"Based on": the novel's title and author as far as they are known, rivals as conflicts."""
    title, author = film.novel_titles.best, film.novel_authors.best
    if title is None and author is None:
        return None
    value = novel_phrase(title.value if title else None, author.value if author else None)
    conflicts = tuple(Conflict(novel_phrase(c.value, None), c.sources) for c in film.novel_titles.others)
    conflicts += tuple(Conflict(novel_phrase(None, c.value), c.sources) for c in film.novel_authors.others)
    sources = claim_sources(c for c in (title, author) if c is not None)
    return Field("Based on", value, sources, conflicts)


def novel_phrase(title: str | None, author: str | None) -> str:
    if title and author:
        return f"the novel {title} by {author}"
    return f"the novel {title}" if title else f"a novel by {author}"


def leads(cast: tuple[CastMember, ...]) -> list[CastMember]:
    """The lead-billed cast, or the first few credits when no document gives billing."""
    billed = [m for m in cast if m.billing == "lead"]
    return billed or list(cast[:LEADS_WITHOUT_BILLING])


def leads_field(cast: tuple[CastMember, ...]) -> Field | None:
    members = leads(cast)
    if not members:
        return None
    value = join_words(f"{m.actor} ({m.character})" if m.character else m.actor for m in members)
    return Field("Starring", value, claim_sources(members), inline=False)


def build_sources(film: FilmRecord) -> Answer:
    """Each document behind the film, what kinds of facts it gave, and where documents disagree."""
    counts = facts_by_document(film)
    documents = tuple(
        Field(PurePath(d.path).name, describe_counts(counts.get(d.id, Counter())), inline=False)
        for d in film.documents
    )
    disagreements = disagreement_fields(film)
    summary = f"{film.label} rests on {count_phrase(len(film.documents), 'document')}; " + (
        f"they disagree on: {', '.join(f.name for f in disagreements)}." if disagreements
        else "no two claims disagree.")
    fields = documents + disagreements
    return Answer(kind="sources", title=f"Sources for {film.label}", film_id=film.id, summary=summary,
                  fields=fields, sources=answer_sources(disagreements))


def disagreement_fields(film: FilmRecord) -> tuple[Field, ...]:
    """The facts with competing claims, each shown as its best value and its rivals."""
    candidates = present(
        single_field("Year", film.year),
        single_field("Runtime", film.runtime_min, format_runtime),
        credit_field("Director", film.directors),
        novel_field(film),
        credit_field("Composer", film.composers),
        single_field("Disc resolution", film.disc.resolution),
        single_field("Disc video codec", film.disc.codec),
    )
    # Characters described differently by two documents are not here: descriptions are
    # alternatives ("a screenwriter", "a drunk"), not incompatible values.
    return tuple(f for f in candidates if f.conflicts)


def facts_by_document(film: FilmRecord) -> dict[int, Counter]:
    """For each document id, how many facts of each kind it supports."""
    counts: dict[int, Counter] = defaultdict(Counter)

    def count(kind: str, sources: tuple[Source, ...]) -> None:
        for document_id in {s.document_id for s in sources}:
            counts[document_id][kind] += 1

    claim_sets = {"year": (film.year,), "runtime": (film.runtime_min,), "genre": (film.genres,),
                  "director": (film.directors,), "novel": (film.novel_titles, film.novel_authors),
                  "composer": (film.composers,),
                  "disc": (film.disc.resolution, film.disc.codec, film.disc.aspect_ratios, film.disc.hdr,
                           film.disc.subtitles, film.disc.features)}
    for kind, sets in claim_sets.items():
        for claims in sets:
            for claim in claims.claims:
                count(kind, claim.sources)
    for member in film.cast:
        count("cast", member.sources)
        for description in member.descriptions.claims:
            count("character description", description.sources)
    for line in film.plot:
        count("plot", (line.source,))
    for track in film.disc.audio:
        count("disc", track.sources)
    for verdict in film.disc.verdicts:
        count("disc verdict", (verdict.source,))
    return counts


def describe_counts(counts: Counter) -> str:
    """"12 facts: 5 cast, 4 plot, 1 year …", largest kinds first."""
    if not counts:
        return "no facts"
    total = sum(counts.values())
    kinds = ", ".join(f"{n} {kind}" for kind, n in counts.most_common())
    return f"{count_phrase(total, 'fact')}: {kinds}"
