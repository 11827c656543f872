"""What extraction yields for one document: facts, each with the sentence it came from.

These dataclasses are the contract between `bot.extract` (text -> facts) and `bot.store`
(facts -> SQLite). Every fact carries a `Span`: the character offsets, in the document's text
as given to the extractor, of the sentence (or header line) that states it. Several claims of
one kind are kept in document order (a page header saying 2007 and prose saying 1995 are two
claims); `best` picks the one the extractor trusts most, the others stay for conflict display.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

Billing = Literal["lead", "supporting"]
ClaimKind = Literal["header", "prose", "infobox", "caption"]


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets [start, end) of the evidence sentence in the document text."""

    start: int
    end: int

    def text(self, document: str) -> str:
        return document[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Claim(Generic[T]):
    """One statement of a value, where it was stated, and how much the extractor trusts it.

    `weight` orders competing claims of one document (prose "a 1995 film" outranks a page
    header "2007"); it is not a probability.
    """

    value: T
    span: Span
    weight: float = 1.0
    kind: ClaimKind = "prose"


@dataclass(frozen=True, slots=True)
class Novel:
    """The book a film is based on; either part may be unknown."""

    title: str | None
    author: str | None


@dataclass(frozen=True, slots=True)
class CastCredit:
    actor: str
    character: str | None
    span: Span
    billing: Billing | None = None
    # A short description of the character from the same document, e.g. "an alcoholic
    # screenwriter from Los Angeles", with its own span.
    description: str | None = None
    description_span: Span | None = None


@dataclass(frozen=True, slots=True)
class PlotSentence:
    text: str
    span: Span
    spoiler: bool = False


@dataclass(frozen=True, slots=True)
class AudioTrack:
    codec: str
    channels: str | None
    language: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class VideoSpec:
    """Disc video as one document states it; every part optional."""

    resolution: str | None
    codec: str | None
    aspect_ratios: tuple[str, ...]
    hdr: tuple[str, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Verdict:
    """A reviewer's sentence judging the disc's picture or sound."""

    topic: Literal["video", "audio"]
    text: str
    span: Span


@dataclass(slots=True)
class DocumentFacts:
    """Everything one document says about the one film it is about."""

    titles: list[Claim[str]] = field(default_factory=list)  # best first
    aliases: list[Claim[str]] = field(default_factory=list)
    years: list[Claim[int]] = field(default_factory=list)
    genres: list[Claim[str]] = field(default_factory=list)
    runtimes: list[Claim[int]] = field(default_factory=list)  # minutes
    directors: list[Claim[str]] = field(default_factory=list)
    novels: list[Claim[Novel]] = field(default_factory=list)
    composers: list[Claim[str]] = field(default_factory=list)
    cast: list[CastCredit] = field(default_factory=list)
    plot: list[PlotSentence] = field(default_factory=list)
    video: VideoSpec | None = None
    audio: list[AudioTrack] = field(default_factory=list)
    subtitles: list[Claim[str]] = field(default_factory=list)
    special_features: list[Claim[str]] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    # Every sentence of the document, in order: the unit of provenance and of full-text search.
    sentences: list[Span] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        return best(self.titles)

    @property
    def year(self) -> int | None:
        return best(self.years)

    @property
    def runtime_min(self) -> int | None:
        return best(self.runtimes)

    def to_contract(self) -> dict:
        """The JSON object `film-trivia extract --json` prints (see ../shared/devset/score.py)."""
        novel = best(self.novels)
        composers = unique(c.value for c in self.composers)
        video = None
        if self.video is not None:
            v = self.video
            video = {
                "resolution": v.resolution,
                "codec": v.codec,
                "aspect_ratio": one_or_list(v.aspect_ratios),
                "hdr": one_or_list(v.hdr),
            }
        return {
            "film": self.title,
            "aliases": unique(a.value for a in self.aliases),
            "year": self.year,
            "director": best(self.directors),
            "novel": None if novel is None else {"title": novel.title, "author": novel.author},
            "composer": one_or_list(tuple(composers)),
            "runtime_min": self.runtime_min,
            "genres": unique(g.value for g in self.genres),
            "cast": [
                {"actor": c.actor, "character": c.character, "billing": c.billing, "description": c.description}
                for c in self.cast
            ],
            "video": video,
            "audio": [{"codec": a.codec, "channels": a.channels, "language": a.language} for a in self.audio],
            "subtitles": unique(s.value for s in self.subtitles),
            "special_features": unique(f.value for f in self.special_features),
            "plot": [{"text": p.text, "spoiler": p.spoiler} for p in self.plot],
            "verdicts": [asdict(v) | {"span": [v.span.start, v.span.end]} for v in self.verdicts],
            "claims": {
                "years": [[c.value, c.kind] for c in self.years],
                "runtimes": [[c.value, c.kind] for c in self.runtimes],
            },
        }


def best(claims: list[Claim[T]]) -> T | None:
    """The value of the most trusted claim (the first among equals), or None."""
    if not claims:
        return None
    return max(enumerate(claims), key=lambda ic: (ic[1].weight, -ic[0]))[1].value


def unique(values) -> list:
    seen, out = set(), []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def one_or_list(values: tuple[str, ...]) -> str | list[str] | None:
    if not values:
        return None
    return values[0] if len(values) == 1 else list(values)
