"""ask() and the async wrappers over a fake store: structured facts, search, refusals, hostile text."""

from __future__ import annotations

import dataclasses

import pytest

from bot.answers import (ask, cast_answer, disc_answer, film_answer, plot_answer, sources_answer,
                         who_answer)
from bot.answers.ask import search_terms, search_words, stem
from bot.answers.matching import NameIndex
from tests.answers.factories import S_AUDIO, S_NOVEL, S_PLOT, FakeStore, claims, lantern, src

DB = object()  # the fake store ignores the connection


@pytest.mark.parametrize("question, summary", [
    ("who directed The Lantern Keeper?", "The Lantern Keeper was directed by Ada Marlow."),
    ("Who directed it?", "The Lantern Keeper was directed by Ada Marlow."),
    ("who wrote the book the lantern keeper is based on?",
     "The Lantern Keeper is based on the novel Harbour Lights by Tomas Ekberg."),
    ("who composed the score?", "The music for The Lantern Keeper is by Rui Lenz."),
    ("how long is lantern keeper?", "The Lantern Keeper runs 104 min (1 h 44 min)."),
    ("what year was The Lanturn Keeper released?",
     "(Taking “The Lanturn Keeper” as The Lantern Keeper.) The Lantern Keeper is from 2003 — one source says 2009."),
    ("who plays Nell?", "Nell is played by Mara Quill in The Lantern Keeper (2003)."),
    ("who is Eli played by in the lantern keeper", "Eli Ward is played by Jonah Pike in The Lantern Keeper (2003)."),
    ("who is Mara Quill?", "Mara Quill plays Nell in The Lantern Keeper (2003)."),
    ("what aspect ratio does the Blu-ray have?", "Aspect ratio of the Blu-ray of The Lantern Keeper (2003): 2.39:1."),
    ("what special features are on the disc?",
     "Special features of the Blu-ray of The Lantern Keeper (2003): Audio commentary, Trailer."),
])
async def test_structured_answers(store, question, summary):
    answer = await ask(DB, question)
    assert answer.found and answer.summary == summary
    assert answer.sources, "a structured answer names its sources"
    assert store.search_calls == []


async def test_year_answer_shows_the_conflict(store):
    answer = await ask(DB, "when was it released?")
    assert [c.value for c in answer.fields[0].conflicts] == ["2009"]


async def test_novel_answer_cites_its_sentence(store):
    answer = await ask(DB, "who wrote the novel?")
    assert answer.sources == (S_NOVEL,)


async def test_audio_answer_lists_tracks_with_sources(store):
    answer = await ask(DB, "what audio does the blu-ray have?")
    assert answer.summary == "Audio of the Blu-ray of The Lantern Keeper (2003): DTS-HD Master Audio 5.1 (English)."
    assert [f.name for f in answer.fields] == ["Audio", "Sound, in review"]
    assert S_AUDIO in answer.sources


async def test_picture_answer_gives_video_facts_then_the_review(store):
    answer = await ask(DB, "how does the picture look on the blu-ray?")
    assert [f.name for f in answer.fields] == ["Resolution", "Video codec", "Aspect ratio", "Picture, in review"]
    assert answer.summary == "Picture of the Blu-ray of The Lantern Keeper (2003): 1080p; AVC; 2.39:1."


async def test_review_alone_answers_a_disc_question(monkeypatch):
    film = lantern()
    FakeStore(lantern(disc=dataclasses.replace(film.disc, audio=()))).install(monkeypatch)
    answer = await ask(DB, "what audio does the blu-ray have?")
    assert answer.summary.endswith("as the review describes it:") and len(answer.fields) == 1


async def test_about_cast_and_disc_reuse_the_command_answers(store):
    assert (await ask(DB, "what is it about?")).kind == "plot"
    assert not (await ask(DB, "what is it about?")).has_spoilers
    assert (await ask(DB, "who is in the lantern keeper?")).kind == "cast"
    assert (await ask(DB, "the lantern keeper blu-ray")).kind == "disc"
    assert (await ask(DB, "tell me about the lantern keeper")).kind == "film"


async def test_missing_fact_is_said_plainly(monkeypatch):
    FakeStore(lantern(composers=claims())).install(monkeypatch)
    answer = await ask(DB, "who composed the music?")
    assert not answer.found and "do not name the composer" in answer.summary


async def test_two_films_need_the_film_named(two_films):
    answer = await ask(DB, "who directed it?")
    assert not answer.found and "Which film" in answer.summary
    assert set(answer.suggestions) == {"The Lantern Keeper (2003)", "Salt and Stone (2011)"}
    named = await ask(DB, "who directed salt and stone?")
    assert named.summary == "Salt and Stone was directed by Lee Ray."


async def test_character_implies_the_film(two_films):
    answer = await ask(DB, "who plays Dora?")
    assert answer.summary == "Dora is played by Ines Valo in Salt and Stone (2011)."


async def test_character_not_in_the_named_film(two_films):
    answer = await ask(DB, "who plays Dora in The Lantern Keeper?")
    assert not answer.found


async def test_one_distinctive_word_of_a_title_is_taken_and_said(store):
    answer = await ask(DB, "who directed Lantern?")
    assert answer.summary == "(Taking “Lantern” as The Lantern Keeper.) The Lantern Keeper was directed by Ada Marlow."


async def test_a_weak_film_name_gets_did_you_mean(store):
    answer = await ask(DB, "who directed Lantrn Kepr Returns?")
    assert not answer.found and answer.suggestions == ("The Lantern Keeper (2003)",)


async def test_search_quotes_the_sentence_with_its_source(store):
    answer = await ask(DB, "what is Nell looking for?")
    assert answer.kind == "ask" and answer.passages
    assert answer.passages[0].text == S_PLOT[1].sentence
    assert answer.passages[0].source == S_PLOT[1] and answer.sources[0] == S_PLOT[1]


async def test_an_ending_is_quoted_only_when_spoilers_are_allowed(store):
    held_back = await ask(DB, "what does Eli burn?")
    assert not held_back.found and "spoilers ok" in held_back.summary and not held_back.passages
    answer = await ask(DB, "what does Eli burn, spoilers ok")
    assert answer.passages[0].text == S_PLOT[-1].sentence
    assert answer.passages[0].spoiler and answer.has_spoilers


@pytest.mark.parametrize("question", [
    "what is the capital of France?",
    "who directed Xyzzy Quux?",
    "why?",
    "   ",
])
async def test_unanswerable_questions_say_i_dont_know(store, question):
    answer = await ask(DB, question)
    assert not answer.found and answer.passages == () and answer.fields == ()


@pytest.mark.parametrize("question", [
    "who directed " + "The Lantern Keeper " * 400,  # ~7,600 characters
    "@everyone @here <@123> who plays Nell?",
    "**who** _directed_ `it` ||?||",
    "Robert'); DROP TABLE films;-- who plays Nell",
    'Nell NEAR/3 "keeper" OR title:* AND -boat ^ lighthouse',
    "\x00\x1b[31m who plays Nell \u202e",
    "x" * 6000,
])
async def test_hostile_questions_get_a_calm_answer(store, question):
    answer = await ask(DB, question)
    assert answer.title and (answer.summary or answer.passages)
    text = " ".join([answer.title, answer.summary or "", *answer.suggestions])
    assert "@everyone" not in text and "DROP TABLE" not in text and len(text) < 1000
    for query in store.search_calls:
        assert len(query.split()) <= 32 and all(word.isalnum() for word in query.split())


def test_search_terms_and_inflections():
    assert search_terms("How much does Ben offer Sera?", None) == ["ben", "offer", "sera"]
    assert search_terms("What is Sera’s job?", None) == ["sera", "job"]
    assert stem("offers") == "offer" and stem("offered") == "offer" and stem("sea") == "sea"
    assert stem("loses") == "lose" and stem("watches") == "watch" and stem("stories") == "story"
    assert stem("boss") == "boss"


async def test_a_sentence_missing_a_word_that_matters_is_not_quoted(store):
    answer = await ask(DB, "whose is Kale's logbook?")  # sentences name Kale or the logbook, none both
    assert not answer.found
    assert {"offer", "offers", "offered"} <= set(search_words(["offer"]))


async def test_index_is_loaded_when_not_given(store):
    index = await NameIndex.load(DB)
    assert (await ask(DB, "who plays Nell?", index=index)).summary == (await ask(DB, "who plays Nell?")).summary


async def test_wrappers_fetch_and_build(store):
    assert (await film_answer(DB, 7)).kind == "film"
    assert (await cast_answer(DB, 7)).kind == "cast"
    assert (await disc_answer(DB, 7)).kind == "disc"
    assert (await sources_answer(DB, 7)).kind == "sources"
    revealed = await plot_answer(DB, 7, full=True, reveal_ending=True)
    assert revealed.has_spoilers and len(revealed.passages) == len(S_PLOT)
    for wrapper in (film_answer, cast_answer, disc_answer, sources_answer, plot_answer):
        missing = await wrapper(DB, 999)
        assert not missing.found and "999" in missing.summary


async def test_who_answer(store):
    assert (await who_answer(DB, "nell")).summary == "Nell is played by Mara Quill in The Lantern Keeper (2003)."
    assert (await who_answer(DB, "person:1")).title == "Jonah Pike"
    assert (await who_answer(DB, "character:3:7")).summary.startswith("Sheriff Kale is played by Otto Brandt")
    unknown = await who_answer(DB, "Jonas Pik")
    assert unknown.found or "Jonah Pike" in unknown.suggestions
    assert not (await who_answer(DB, "Qwxz")).found


async def test_named_film_picks_between_same_named_characters(monkeypatch):
    film = lantern()
    nell_again = (dataclasses.replace(film.cast[1], person_id=5, actor="Ada Quill"),)
    sequel = lantern(id=8, title="Salt and Stone", aliases=(), year=claims((2011, src(2, "Released in 2011."))),
                     cast=nell_again)
    FakeStore(film, sequel).install(monkeypatch)
    assert (await ask(DB, "who plays Nell in Salt and Stone?")).summary == (
        "Nell is played by Ada Quill in Salt and Stone (2011).")
    ambiguous = await ask(DB, "who plays Nell?")
    assert not ambiguous.found and len(ambiguous.suggestions) == 2
    picked = await who_answer(DB, "character:5:8")
    assert picked.summary == "Nell is played by Ada Quill in Salt and Stone (2011)."
