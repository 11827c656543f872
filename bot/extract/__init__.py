"""Pure functions from a document's text to `DocumentFacts` (no I/O).

`extract_document(text)` splits the text into sentences (the unit of provenance), reads the
labelled fields of headers, infoboxes and catalogue records, and applies one family of rules
per fact: `film` (title, aliases, year, runtime, genres), `credits` (director, source novel,
composers, crew), `cast`, `disc` (video, audio, subtitles, extras, verdicts) and `plot`.
Every fact's span is one of `facts.sentences`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from bot.extract import cast, credits, disc, film, plot, titles
from bot.extract.facts import Claim, DocumentFacts, best
from bot.extract.header import find_fields
from bot.extract.text import build_document

__all__ = ["EXTRACTOR_VERSION", "extract_document"]


def _source_digest() -> str:
    """A digest of this package's source: any change to a rule changes it, with no version
    number for anyone to forget to bump. The store records it with each document, and ingest
    extracts again every document stored by another version."""
    digest = hashlib.sha256()
    for module in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(module.name.encode())
        digest.update(module.read_bytes())
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = _source_digest()


def extract_document(text: str) -> DocumentFacts:
    """Everything `text` states about the film it is about, each fact with its sentence span."""
    doc = build_document(text)
    fields = find_fields(doc)
    people = credits.People(doc)
    facts = DocumentFacts(sentences=[s.span for s in doc.sentences])

    facts.titles = titles.title_claims(doc, fields)
    title = best(facts.titles)
    facts.aliases = titles.alias_claims(doc, facts.titles)
    facts.years = film.year_claims(doc, fields, title)
    facts.runtimes = film.runtime_claims(doc, fields)
    facts.genres = film.genre_claims(doc, fields)

    facts.directors = credits.director_claims(doc, fields, people, title)
    directors = [c.value for c in facts.directors]
    facts.novels = credits.novel_claims(doc, fields, people=people, title=title)
    facts.composers = credits.composer_claims(doc, fields, people, directors)
    crew = credits.crew_names(doc, fields) - set(directors)

    facts.cast = cast.cast_credits(doc, fields, title, crew, directors)
    characters = {c.character for c in facts.cast if c.character}
    facts.plot = plot.plot_sentences(doc, fields, characters)

    facts.video = disc.video_spec(doc)
    facts.audio = disc.audio_tracks(doc)
    facts.subtitles = disc.subtitle_claims(doc, fields)
    facts.special_features = disc.special_features(doc, fields)
    facts.verdicts = disc.verdicts(doc)
    for name in ("years", "runtimes", "genres", "directors", "novels", "composers", "subtitles", "special_features"):
        setattr(facts, name, _distinct(getattr(facts, name)))
    return facts


def _distinct(claims: list[Claim]) -> list[Claim]:
    """One claim per value and sentence (two rules reading one sentence state it once), in order."""
    kept: dict[tuple, Claim] = {}
    for claim in claims:
        key = (claim.value, claim.span)
        if key not in kept or claim.weight > kept[key].weight:
            kept[key] = claim
    return list(kept.values())
