"""Hand-made FilmRecords for quiz tests (invented films and sentences, no document text)."""

from __future__ import annotations

from bot.store.records import (
    AudioTrack, CastMember, Claim, ClaimSet, DiscRecord, FilmRecord, PlotLine, Source,
)


def source(sentence: str, document_id: int = 1) -> Source:
    return Source(document_id=document_id, document=f"doc{document_id}.txt", sentence=sentence,
                  start=0, end=len(sentence))


def claims(*values, weights=None) -> ClaimSet:
    weights = weights or [float(len(values) - i) for i in range(len(values))]
    return ClaimSet(tuple(Claim(v, (source(f"It states {v}."),), w) for v, w in zip(values, weights)))


def cast(*pairs: tuple[str, str | None]) -> tuple[CastMember, ...]:
    return tuple(
        CastMember(person_id=i, actor=actor, character=character, billing=None,
                   descriptions=ClaimSet(), sources=(source(f"{actor} plays {character}."),))
        for i, (actor, character) in enumerate(pairs, start=1)
    )


def make_film(film_id: int = 1, title: str = "The Quiet Harbour", **overrides) -> FilmRecord:
    """A film with every kind of fact, invented; keyword arguments replace fields."""
    fields = dict(
        id=film_id,
        title=title,
        aliases=(),
        year=claims(1987),
        runtime_min=claims(104),
        genres=claims("Drama"),
        directors=claims("Marta Velasquez"),
        novel_titles=claims("Salt Lines"),
        novel_authors=claims("Owen Tremaine"),
        composers=claims("Ilse Brandvold"),
        cast=cast(("Tomas Reyes", "Captain Elias Ward"), ("June Okafor", "Nell"),
                  ("Peter Lindqvist", "Harbourmaster Quill")),
        plot=(
            PlotLine("Elias agrees to ferry the cargo for 300 dollars a night.", False,
                     source("Elias agrees to ferry the cargo for 300 dollars a night.")),
            PlotLine("Nell repairs the lighthouse lantern before the autumn storms arrive.", False,
                     source("Nell repairs the lighthouse lantern before the autumn storms arrive.")),
        ),
        disc=DiscRecord(
            aspect_ratios=claims("1.85:1"),
            audio=(AudioTrack("DTS-HD Master Audio", "5.1", "English", (source("English DTS-HD MA 5.1."),)),),
            features=claims("Commentary with the cinematographer", "Restoration featurette"),
        ),
        documents=(),
    )
    fields.update(overrides)
    return FilmRecord(**fields)
