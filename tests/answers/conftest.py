"""Fake stores the answer tests share: one film, or two films with a character each."""

from __future__ import annotations

import dataclasses

import pytest

from tests.answers.factories import FakeStore, claims, lantern, src


@pytest.fixture
def store(monkeypatch) -> FakeStore:
    fake = FakeStore(lantern())
    fake.install(monkeypatch)
    return fake


@pytest.fixture
def two_films(monkeypatch) -> FakeStore:
    """The Lantern Keeper, and Salt and Stone with Dora (Ines Valo), a ferry pilot."""
    film = lantern()
    dora = dataclasses.replace(film.cast[1], person_id=4, actor="Ines Valo", character="Dora",
                               descriptions=claims(("a ferry pilot", src(2, "Dora (Ines Valo), a ferry pilot."))))
    other = lantern(id=8, title="Salt and Stone", aliases=(), year=claims((2011, src(2, "Salt and Stone (2011)."))),
                    cast=(dora,), directors=claims(("Lee Ray", src(2, "Lee Ray directed Salt and Stone."))))
    fake = FakeStore(film, other)
    fake.install(monkeypatch)
    return fake
