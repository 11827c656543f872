"""The cast of a film: every credited actor, their character and what the documents say of it."""

from __future__ import annotations

from aiosqlite import Connection

from bot.answers.fields import answer_sources, no_such_film
from bot.answers.models import Answer, Conflict, Field, dedupe_sources
from bot.answers.phrasing import count_phrase
from bot.store import queries
from bot.store.records import CastMember, FilmRecord


async def cast_answer(db: Connection, film_id: int) -> Answer:
    """The cast of the film `film_id`, lead billing first."""
    film = await queries.get_film(db, film_id)
    return build_cast(film) if film else no_such_film(film_id)


def build_cast(film: FilmRecord) -> Answer:
    """One field per credited actor: "as Character — description", rival descriptions as conflicts."""
    members = sorted(film.cast, key=lambda m: m.billing != "lead")  # stable: document order kept
    fields = tuple(cast_field(m) for m in members)
    summary = (f"{film.label}: {count_phrase(len(fields), 'credited actor')}." if fields
               else f"The documents do not say who is in the cast of {film.label}.")
    return Answer(kind="cast", title=f"Cast of {film.label}", film_id=film.id, summary=summary,
                  fields=fields, sources=answer_sources(fields))


def cast_field(member: CastMember) -> Field:
    role = f"as {member.character}" if member.character else "role not stated"
    best = member.descriptions.best
    value = f"{role} — {best.value}" if best else role
    conflicts = tuple(Conflict(c.value, c.sources) for c in member.descriptions.others)
    sources = dedupe_sources(member.sources, best.sources if best else ())
    name = f"{member.actor} (lead)" if member.billing == "lead" else member.actor
    return Field(name, value, sources, conflicts, inline=False)
