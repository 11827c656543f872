"""Fields built from claim sets: where agreement, co-values and conflicts are told apart.

A `ClaimSet` keeps every stated value, best supported first. Whether the runners-up are
rivals or companions depends on the fact: a film has one year (2007 next to 1995 is a
conflict) but may have several genres, and two directors named by the same document are
co-directors, while a director only another document names is a disagreement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from bot.answers.models import Answer, Conflict, Field, NotFound, Passage, dedupe_sources
from bot.store.records import Claim, ClaimSet, Source

T = TypeVar("T")


def single_field(name: str, claims: ClaimSet[T], fmt: Callable[[T], str] = str, *,
                 inline: bool = True) -> Field | None:
    """A one-valued fact: the best claim, every other claim shown as a conflict."""
    best = claims.best
    if best is None:
        return None
    conflicts = tuple(Conflict(fmt(c.value), c.sources) for c in claims.others)
    return Field(name, fmt(best.value), best.sources, conflicts, inline)


def multi_field(name: str, claims: ClaimSet[T], fmt: Callable[[T], str] = str, *,
                inline: bool = True, separator: str = ", ") -> Field | None:
    """A many-valued fact (genres, features): every claim is true, none conflicts."""
    if not claims:
        return None
    value = separator.join(fmt(c.value) for c in claims.claims)
    return Field(name, value, claim_sources(claims.claims), (), inline)


def credit_field(name: str, claims: ClaimSet[str], *, inline: bool = True) -> Field | None:
    """People credited for one job: names the best claim's documents give are co-credits,
    names only other documents give are conflicts."""
    best = claims.best
    if best is None:
        return None
    best_documents = {s.document_id for s in best.sources}
    together = [c for c in claims.claims if c is best or best_documents & {s.document_id for s in c.sources}]
    rivals = [c for c in claims.others if c not in together]
    value = ", ".join(c.value for c in together)
    conflicts = tuple(Conflict(c.value, c.sources) for c in rivals)
    return Field(name, value, claim_sources(together), conflicts, inline)


def claim_sources(claims: Iterable[Claim]) -> tuple[Source, ...]:
    return dedupe_sources(*(c.sources for c in claims))


def present(*fields: Field | None) -> tuple[Field, ...]:
    """The fields that exist, in order."""
    return tuple(f for f in fields if f is not None)


def answer_sources(fields: Iterable[Field], passages: Iterable[Passage] = ()) -> tuple[Source, ...]:
    """Every source the fields (conflicts included) and passages rest on, each once."""
    groups: list[tuple[Source, ...]] = []
    for f in fields:
        groups.append(f.sources)
        groups.extend(c.sources for c in f.conflicts)
    groups.extend((p.source,) for p in passages if p.source is not None)
    return dedupe_sources(*groups)


def no_such_film(film_id: int) -> Answer:
    return NotFound(f"There is no film with id {film_id}.").as_answer()
