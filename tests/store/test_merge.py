"""Documents about the same film become one film; people merge by normalised name."""

from __future__ import annotations

from bot.extract.facts import Claim
from bot.store import queries
from bot.store.keys import person_key, title_key
from tests.store.builders import DocumentBuilder, store


def test_title_key_ignores_case_accents_punctuation_and_leading_article():
    assert title_key("The Fabulous Élan!") == title_key("fabulous elan")
    assert title_key("A Night, Again") == title_key("night again")


def test_person_key_ignores_apostrophe_style_accents_and_middle_initials():
    assert person_key("Maeve O\u2019Dowd") == person_key("Maeve O'Dowd")
    assert person_key("Zoë Ardent") == person_key("Zoe Ardent")
    assert person_key("Harlan J. Pike") == person_key("Harlan Pike")
    assert person_key("Harlan Pike") != person_key("Harlan Peak")


async def test_compound_title_and_shared_director_make_one_film(db):
    await store(db, "a.txt", DocumentBuilder().film("Midnight Radio - Dust Road Home", director="Ines Calder"))
    await store(db, "b.txt", DocumentBuilder().film("Dust Road Home", director="Inès Calder"))
    films = await queries.list_films(db)
    assert len(films) == 1
    assert films[0].title == "Dust Road Home"
    assert "Midnight Radio - Dust Road Home" in films[0].aliases
    film = await queries.get_film(db, films[0].id)
    assert [d.path for d in film.documents] == ["/docs/a.txt", "/docs/b.txt"]
    assert len(film.directors.claims) == 1  # one person, two spellings
    assert len(film.directors.best.sources) == 2


async def test_shared_cast_member_is_enough(db):
    await store(db, "a.txt", DocumentBuilder().film("Glass Harbour", cast=(("Tomas Reyl", "Finn"),)))
    await store(db, "b.txt", DocumentBuilder().film("The Glass Harbour", director="Vera Lund",
                                                     cast=(("Tomas Reyl", "Finn Hale"),)))
    assert len(await queries.list_films(db)) == 1


async def test_same_title_with_different_people_stays_separate(db):
    await store(db, "a.txt", DocumentBuilder().film("Night Train", director="Ada Morrow", year=1961,
                                                     cast=(("Lena Voss", "Mira"),)))
    await store(db, "b.txt", DocumentBuilder().film("Night Train", director="Bo Sterling", year=2012,
                                                     cast=(("Kai Brenner", "Jonah"),)))
    films = await queries.list_films(db)
    assert sorted(f.year for f in films) == [1961, 2012]


async def test_document_without_people_joins_a_unique_title(db):
    await store(db, "a.txt", DocumentBuilder().film("Salt Meridian", director="Ada Morrow", year=1988))
    await store(db, "b.txt", DocumentBuilder().film("Salt Meridian"))
    assert len(await queries.list_films(db)) == 1


async def test_document_without_people_stays_apart_when_the_title_is_ambiguous(db):
    await store(db, "a.txt", DocumentBuilder().film("Night Train", director="Ada Morrow"))
    await store(db, "b.txt", DocumentBuilder().film("Night Train", director="Bo Sterling"))
    await store(db, "c.txt", DocumentBuilder().film("Night Train"))
    assert len(await queries.list_films(db)) == 3


async def test_part_of_compound_title_alone_does_not_merge_without_people(db):
    await store(db, "a.txt", DocumentBuilder().film("Sunday Matinee - Iron Valley", director="Ada Morrow"))
    await store(db, "b.txt", DocumentBuilder().film("Sunday Matinee"))
    assert len(await queries.list_films(db)) == 2


async def test_people_merge_across_films_by_normalised_name(db):
    await store(db, "a.txt", DocumentBuilder().film("First Light", director="Maeve O\u2019Dowd"))
    await store(db, "b.txt", DocumentBuilder().film("Second Light", director="Maeve O'Dowd"))
    people = await queries.list_people(db)
    assert len(people) == 1
    person = await queries.get_person(db, people[0][0])
    assert {role.film_title for role in person.roles} == {"First Light", "Second Light"}


async def test_compound_title_without_people_does_not_join_the_plain_title(db):
    await store(db, "a.txt", DocumentBuilder().film("Iron Valley", director="Ada Morrow"))
    await store(db, "b.txt", DocumentBuilder().film("Sunday Matinee - Iron Valley"))
    assert len(await queries.list_films(db)) == 2


async def test_weak_title_claims_neither_merge_films_nor_become_aliases(db):
    first = DocumentBuilder().film("Amber Station", director="Ada Morrow")
    first.facts.titles.append(Claim("Cast", first.facts.sentences[0], 0.1))
    second = DocumentBuilder().film("Paper Canyon", director="Ada Morrow")
    second.facts.titles.append(Claim("Cast", second.facts.sentences[0], 0.1))
    await store(db, "a.txt", first)
    await store(db, "b.txt", second)
    films = await queries.list_films(db)
    assert [(f.title, f.aliases) for f in films] == [("Amber Station", ()), ("Paper Canyon", ())]
    assert (await queries.get_film(db, films[0].id)).aliases == ()
