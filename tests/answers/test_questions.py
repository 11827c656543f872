"""Questions as users ask them: entity-first understanding and the named film's rule.

One test per failure family of the old question path, in our own words over the fake store:
a film it has never heard of, a character of another film, a descriptor instead of a name,
a typo, a yes/no question, a bare title, trailing words, a why-question.
"""

from __future__ import annotations

import dataclasses

import pytest

from bot.answers import ask
from bot.answers.matching import NameIndex
from bot.answers.understanding import understand
from tests.answers.factories import FakeStore, lantern

DB = object()


@pytest.mark.parametrize("question", [
    "who plays Nell in Harbour of Glass?",
    "what is the aspect ratio of the Quiet Tide Blu-ray?",
    "Who directed Moonraker Bay?",
    "how long is Driftwood?",
    "does Driftwood have a lighthouse in it?",
    "is Driftwood a mystery?",
])
async def test_a_film_the_documents_do_not_know_is_never_answered_with_another(store, question):
    answer = await ask(DB, question)
    assert not answer.found and "don't know" in answer.summary
    assert not answer.fields and not answer.passages


async def test_a_character_of_another_film_is_not_the_named_films(two_films):
    answer = await ask(DB, "who plays Dora in The Lantern Keeper?")
    assert not answer.found and "Dora" in answer.summary and "Ines Valo" not in answer.summary


async def test_an_actors_role_is_told_for_the_film_named_only(two_films):
    answer = await ask(DB, "which part does Mara Quill have in The Lantern Keeper?")
    assert answer.summary == "Mara Quill plays Nell in The Lantern Keeper (2003)."
    missing = await ask(DB, "what role does Mara Quill play in Salt and Stone?")
    assert not missing.found and "Mara Quill" in missing.summary


# -- understanding regardless of phrasing ---------------------------------------------------


@pytest.mark.parametrize("question, kind", [
    ("The Lantern Keeper", "film"),
    ("lantern keeper cast", "cast"),
    ("the lantern keeper bluray specs", "disc"),
    ("tell me about the lantern keeper please", "film"),
])
async def test_a_title_alone_or_with_one_word_gets_that_answer(store, question, kind):
    answer = await ask(DB, question)
    assert answer.kind == kind and answer.film_id == 7


async def test_trailing_words_and_consent_to_spoilers_are_not_part_of_the_title(store):
    answer = await ask(DB, "what's the plot of the lantern keeper, spoilers ok")
    assert answer.kind == "plot" and answer.has_spoilers


async def test_one_close_title_is_taken_and_the_reading_is_said(store):
    answer = await ask(DB, "who plays Nell in the Lantern Kepeer")
    assert answer.found and "Mara Quill" in answer.summary
    assert answer.summary.startswith("(Taking “the Lantern Kepeer” as The Lantern Keeper.)")


@pytest.mark.parametrize("question", [
    "who directed the lantern keeper", "Lantern Keeper: who directed it?", "the lantern keeper was directed by whom",
    "director of the lantern keeper?", "hey, who's the director of The Lantern Keeper", "the lantern keeper director",
])
async def test_word_order_and_politeness_do_not_matter(store, question):
    answer = await ask(DB, question)
    assert answer.summary == "The Lantern Keeper was directed by Ada Marlow."


# -- characters by what they are ------------------------------------------------------------


async def test_a_character_named_by_what_they_are(store):
    answer = await ask(DB, "who plays the lighthouse keeper?")
    assert answer.summary.startswith("Eli Ward is played by Jonah Pike")


async def test_what_a_character_does(store):
    answer = await ask(DB, "what does Eli Ward do for a living?")
    assert answer.summary == ("In The Lantern Keeper (2003), Eli Ward (Jonah Pike) is a lighthouse keeper; "
                              "also described as a retired sailor.")


async def test_each_description_cites_only_the_sentences_that_give_it(store):
    answer = await ask(DB, "who plays Eli Ward?")
    described = {f.value: f.sources for f in answer.fields}
    assert [s.sentence for s in described["a lighthouse keeper"]] == [
        "Jonah Pike plays Eli Ward, a lighthouse keeper, opposite Mara Quill as Nell."]
    assert [s.sentence for s in described["a retired sailor"]] == ["Eli Ward (Jonah Pike) is a retired sailor in this telling."]
    assert not any(f.conflicts for f in answer.fields)


# -- yes/no questions check the proposed value ---------------------------------------------


async def test_a_proposed_year_is_checked_not_echoed(store):
    answer = await ask(DB, "Is The Lantern Keeper from 2009?")
    assert answer.summary == "No: the documents say The Lantern Keeper is from 2003 — one source says 2009."
    yes = await ask(DB, "was the lantern keeper released in 2003")
    assert yes.summary.startswith("Yes:")


async def test_a_proposed_genre_is_checked(store):
    assert (await ask(DB, "is The Lantern Keeper a comedy?")).summary.startswith("No:")
    assert (await ask(DB, "Is the Lantern Keeper a mystery?")).summary.startswith("Yes:")


async def test_a_proposed_resolution_is_checked(store):
    answer = await ask(DB, "is the Lantern Keeper Blu-ray in 4K?")
    assert answer.summary == "No: the Blu-ray of The Lantern Keeper is 1080p."


# -- disc questions -------------------------------------------------------------------------


async def test_sound_compared_with_picture_gives_both(store):
    answer = await ask(DB, "how does the sound of the lantern keeper compare with its picture?")
    names = [f.name for f in answer.fields]
    assert "Audio" in names and "Resolution" in names
    assert any("Sound" in n for n in names) and any("Picture" in n for n in names)


async def test_audio_channels(store):
    answer = await ask(DB, "how many audio channels does the lantern keeper disc have")
    assert "5.1" in answer.summary


# -- everything else: the named film's own sentences ---------------------------------------


async def test_a_why_question_is_answered_from_the_named_films_documents_only(two_films):
    answer = await ask(DB, "why does Sheriff Kale warn them in The Lantern Keeper?")
    assert answer.passages and all(p.source.document_id in (1, 2) for p in answer.passages)
    assert {h for h in two_films.search_calls}, "the search ran"


def test_understanding_is_pure_over_the_index():
    film = lantern()
    index = NameIndex([dataclasses.replace(FakeStore(film).films[7]) and _summary(film)], [(1, "Jonah Pike")],
                      [("Eli Ward", 1, 7)])
    question = understand("which part does Jonah Pike have in the Lantern Keeper", index)
    assert question.relation == "role" and question.film.id == 7 and question.people()[0].name == "Jonah Pike"
    unknown = understand("who directed Moonraker Bay", index)
    assert unknown.unknown_film == "Moonraker Bay" and not unknown.films


def _summary(film):
    from tests.answers.factories import summary

    return summary(film)


@pytest.mark.parametrize("question, named", [
    ("Is the Quiet Tide Blu-ray in 4K?", "Quiet Tide"),
    ("What is the video resolution of the Quiet Tide disc?", "Quiet Tide"),
    ("who plays Nell in The Quiet Tide Part II?", "The Quiet Tide Part II"),
])
async def test_the_unknown_film_is_named_by_its_own_words(store, question, named):
    answer = await ask(DB, question)
    assert not answer.found and f"about {named}:" in answer.summary


async def test_a_part_asked_of_someone_unknown_is_not_searched_for(store):
    answer = await ask(DB, "which part does Ada Nobody have in The Lantern Keeper?")
    assert not answer.found and not answer.passages


async def test_a_fuller_name_finds_the_short_one_the_documents_use_in_the_named_film(store):
    answer = await ask(DB, "who plays Walter Kale in The Lantern Keeper?")  # credited as "Sheriff Kale"
    assert answer.found and "Otto Brandt" in answer.summary
    stranger = await ask(DB, "who is Otto Wendt in The Lantern Keeper?")  # not Otto Brandt
    assert "Otto Brandt" not in (stranger.summary or "")
