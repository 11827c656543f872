"""Who someone is: a person's roles across films, or who plays a character."""

from __future__ import annotations

from dataclasses import replace

from aiosqlite import Connection

from bot.answers.fields import answer_sources
from bot.answers.matching import NameIndex, NameMatch, normalize
from bot.answers.models import Answer, Field, NotFound
from bot.answers.phrasing import join_words
from bot.store import queries
from bot.store.records import CastMember, FilmRecord, PersonRecord, PersonRole

Casting = tuple[FilmRecord, CastMember]


async def who_answer(db: Connection, name: str, *, index: NameIndex | None = None) -> Answer:
    """A person or character named by `name` (a name, part of one, or an autocomplete value)."""
    index = index or await NameIndex.load(db)
    match = index.resolve_name(name)
    if isinstance(match, NotFound):
        return match.as_answer()
    return await answer_for_match(db, match, index)


async def answer_for_match(db: Connection, match: NameMatch, index: NameIndex) -> Answer:
    """The who-answer for a resolved name: a character's castings or a person's roles."""
    if match.kind == "character":
        return build_character(match.name, await character_castings(db, match, index))
    person = await queries.get_person(db, match.person_id)
    if person is None:
        return NotFound(f"I don't know anyone called “{match.name}”.").as_answer()
    labels = {r.film_id: film.label for r in person.roles if (film := index.films.get(r.film_id)) is not None}
    return build_person(person, labels)


async def character_castings(db: Connection, match: NameMatch, index: NameIndex) -> list[Casting]:
    """Everyone credited with the character `match` in its film (a role may be shared)."""
    entries = [e for e in index.characters_named(match.name) if e.film_id == match.film_id]
    return await castings(db, entries or [match])


async def castings(db: Connection, characters: list[NameMatch]) -> list[Casting]:
    """The film and cast credit behind each character entry."""
    found: list[Casting] = []
    for entry in characters:
        film = await queries.get_film(db, entry.film_id)
        if film is not None and (member := credit_for(film, entry)) is not None:
            found.append((film, member))
    return found


def credit_for(film: FilmRecord, entry: NameMatch) -> CastMember | None:
    """The actor's credit in the film, the one naming this character if they have several."""
    credits = [m for m in film.cast if m.person_id == entry.person_id]
    same_name = [m for m in credits if m.character and normalize(m.character) == normalize(entry.name)]
    return (same_name or credits or [None])[0]


def build_character(character: str, found: list[Casting]) -> Answer:
    """"Sera is played by Elisabeth Shue in Leaving Las Vegas (1995)."; the casting and each
    description of the character, one field each, every one citing its own sentences."""
    if not found:
        return NotFound(f"The documents do not say who plays {character}.").as_answer()
    fields = tuple(f for film, member in found for f in casting_fields(film, member))
    summary = f"{character[:1].upper()}{character[1:]} is played by " + join_words(
        f"{member.actor} in {film.label}" for film, member in found) + "."
    film_id = found[0][0].id if len({film.id for film, _ in found}) == 1 else None
    return Answer(kind="who", title=character, film_id=film_id, summary=summary, fields=fields,
                  sources=answer_sources(fields))


def casting_fields(film: FilmRecord, member: CastMember) -> tuple[Field, ...]:
    """The actor in the film, cited by the sentences crediting them, then each description of
    the character, cited by the sentences that give it. Descriptions that differ ("an
    alcoholic screenwriter", "an unapologetic drunk") are alternatives, not a disagreement."""
    fields = [Field(film.label, member.actor, member.sources, inline=False)]
    for number, description in enumerate(member.descriptions.claims):
        name = "Described as" if number == 0 else "Also described as"
        fields.append(Field(name, description.value, description.sources, inline=False))
    return tuple(fields)


def describe_character(character: str, found: list[Casting]) -> Answer:
    """"What does Ben do?": the character's descriptions, with who plays them."""
    answer = build_character(character, found)
    described = [(film, member) for film, member in found if member.descriptions]
    if not described:
        note = f"The documents do not describe {character} beyond the casting."
        return replace(answer, summary=f"{note} {answer.summary}")
    film, member = described[0]
    values = [c.value for c in member.descriptions.claims]
    summary = f"In {film.label}, {character} ({member.actor}) is {values[0]}"
    if len(values) > 1:
        summary += "; also described as " + join_words(values[1:], "and")
    return replace(answer, summary=summary + ".")


def build_person(person: PersonRecord, film_labels: dict[int, str] | None = None) -> Answer:
    """Every role of a person, one field each, summed up in one sentence per kind of job:
    "Mike Figgis directed Leaving Las Vegas (1995) and composed the music for Leaving …"."""
    labels = film_labels or {}
    if not person.roles:
        return Answer(kind="who", title=person.name, summary=f"The documents name {person.name} in no film.")
    fields = tuple(Field(labels.get(r.film_id, r.film_title), role_title(r), r.sources, inline=False)
                   for r in person.roles)
    film_ids = {r.film_id for r in person.roles}
    return Answer(kind="who", title=person.name, film_id=film_ids.pop() if len(film_ids) == 1 else None,
                  summary=f"{person.name} {roles_sentence(person.roles, labels)}.", fields=fields,
                  sources=answer_sources(fields))


def roles_sentence(roles: tuple[PersonRole, ...], labels: dict[int, str]) -> str:
    """"plays Ben in A and Red in B and directed C": each job's verb said once."""
    by_job: dict[str, list[str]] = {}
    for role in roles:
        film = labels.get(role.film_id, role.film_title)
        if role.role == "cast" and role.character:
            by_job.setdefault("plays", []).append(f"{role.character} in {film}")
        else:
            by_job.setdefault(JOB_VERBS[role.role], []).append(film)
    return join_words(f"{verb} {join_words(films)}" for verb, films in by_job.items())


JOB_VERBS = {"cast": "appears in", "director": "directed", "novelist": "wrote the novel behind",
             "composer": "composed the music for"}


def role_title(role: PersonRole) -> str:
    """"as Sera", "director", "novelist", "composer"."""
    if role.role == "cast":
        return f"as {role.character}" if role.character else "in the cast"
    return role.role
