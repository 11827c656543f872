"""What the store hands to the answer layer: a film with every claim and its sources.

The store (`bot.store.queries`) builds these from SQLite; the answer layer (`bot.answers`)
reads only these, so answers can be tested on hand-made records without a database.
Competing claims are never resolved here: a `ClaimSet` keeps them all, best supported first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Source:
    """One piece of evidence: a sentence of an ingested document."""

    document_id: int
    document: str  # file name, e.g. "000_30ef5a146a95a8ad.txt"
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Claim(Generic[T]):
    value: T
    sources: tuple[Source, ...]
    weight: float = 1.0  # summed extractor weight over the sources; orders the claims


@dataclass(frozen=True, slots=True)
class ClaimSet(Generic[T]):
    """All stated values of one fact, best supported first."""

    claims: tuple[Claim[T], ...] = ()

    @property
    def best(self) -> Claim[T] | None:
        return self.claims[0] if self.claims else None

    @property
    def value(self) -> T | None:
        return self.claims[0].value if self.claims else None

    @property
    def others(self) -> tuple[Claim[T], ...]:
        """Claims that disagree with the best one (shown as conflicts, never dropped)."""
        return self.claims[1:]

    def __bool__(self) -> bool:
        return bool(self.claims)


@dataclass(frozen=True, slots=True)
class CastMember:
    person_id: int
    actor: str
    character: str | None
    billing: Literal["lead", "supporting"] | None
    descriptions: ClaimSet[str]  # may disagree between documents ("screenwriter" / "movie executive")
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class PlotLine:
    text: str
    spoiler: bool
    source: Source


@dataclass(frozen=True, slots=True)
class AudioTrack:
    codec: str
    channels: str | None
    language: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class Verdict:
    topic: Literal["video", "audio"]
    text: str
    source: Source


@dataclass(frozen=True, slots=True)
class DiscRecord:
    """Blu-ray / 4K disc facts gathered from every document about the film."""

    resolution: ClaimSet[str] = ClaimSet()
    codec: ClaimSet[str] = ClaimSet()
    aspect_ratios: ClaimSet[str] = ClaimSet()  # several claims may all be true (IMAX shifts)
    hdr: ClaimSet[str] = ClaimSet()
    audio: tuple[AudioTrack, ...] = ()
    subtitles: ClaimSet[str] = ClaimSet()
    features: ClaimSet[str] = ClaimSet()
    verdicts: tuple[Verdict, ...] = ()

    def __bool__(self) -> bool:
        return any((self.resolution, self.codec, self.aspect_ratios, self.hdr, self.audio,
                    self.subtitles, self.features, self.verdicts))


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: int
    path: str
    sha256: str
    ingested_at: str
    fact_count: int


@dataclass(frozen=True, slots=True)
class FilmRecord:
    id: int
    title: str
    aliases: tuple[str, ...]
    year: ClaimSet[int]
    runtime_min: ClaimSet[int]
    genres: ClaimSet[str]
    directors: ClaimSet[str]
    novel_titles: ClaimSet[str]
    novel_authors: ClaimSet[str]
    composers: ClaimSet[str]
    cast: tuple[CastMember, ...]  # lead billing first, then document order
    plot: tuple[PlotLine, ...]  # story order within each document, documents in ingest order
    disc: DiscRecord
    documents: tuple[DocumentInfo, ...]

    @property
    def label(self) -> str:
        """"Title (Year)", as autocomplete shows it."""
        return f"{self.title} ({self.year.value})" if self.year else self.title


@dataclass(frozen=True, slots=True)
class FilmSummary:
    """A film in a list or an autocomplete: enough to name it."""

    id: int
    title: str
    year: int | None
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title


@dataclass(frozen=True, slots=True)
class PersonRole:
    film_id: int
    film_title: str
    role: Literal["director", "novelist", "composer", "cast"]
    character: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class PersonRecord:
    id: int
    name: str
    roles: tuple[PersonRole, ...]


@dataclass(frozen=True, slots=True)
class SentenceHit:
    """A sentence found by full-text search, with the film its document is about."""

    film_id: int | None
    film_title: str | None
    source: Source
    rank: float
