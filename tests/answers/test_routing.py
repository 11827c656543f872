"""The routing table: many phrasings per relation, and questions it must leave alone."""

from __future__ import annotations

import pytest

from bot.answers.routing import MAX_ROUTED_CHARS, Route, clean_question, route

F = "The Lantern Keeper"


def routed(question: str) -> Route | None:
    return route(clean_question(question))


@pytest.mark.parametrize("relation, question, film, name", [
    ("director", f"Who directed {F}?", F, None),
    ("director", f"who was the director of {F}", F, None),
    ("director", f"director of {F}", F, None),
    ("director", f"who was {F} directed by?", F, None),
    ("director", f"{F} was directed by whom?", F, None),
    ("director", "who directed it?", None, None),
    ("director", "Who is the director?", None, None),
    ("character", f"who plays Nell in {F}?", F, "Nell"),
    ("character", "Who played Eli Ward?", None, "Eli Ward"),
    ("character", "who is Nell played by?", None, "Nell"),
    ("character", f"which actress plays Nell in {F}", F, "Nell"),
    ("character", "Nell is played by who?", None, "Nell"),
    ("character", "who portrays the sheriff", None, "the sheriff"),
    ("novel", f"who wrote the novel {F} is based on?", F, None),
    ("novel", f"who wrote the book that {F} is based on", F, None),
    ("novel", f"what book is {F} based on?", F, None),
    ("novel", f"what is {F} based on", F, None),
    ("novel", "who wrote the novel?", None, None),
    ("novel", f"who is the author of the novel behind {F}", F, None),
    ("composer", f"who composed the score for {F}?", F, None),
    ("composer", "who wrote the music?", None, None),
    ("composer", f"who did the soundtrack of {F}", F, None),
    ("composer", "who is the composer", None, None),
    ("composer", f"who scored {F}", F, None),
    ("year", f"what year was {F} released?", F, None),
    ("year", f"when did {F} come out?", F, None),
    ("year", f"what year is {F} from", F, None),
    ("year", "when was it released?", None, None),
    ("runtime", f"how long is {F}?", F, None),
    ("runtime", f"what is the runtime of {F}", F, None),
    ("runtime", "what's the running time?", None, None),
    ("runtime", f"how many minutes is {F}", F, None),
    ("about", f"what is {F} about?", F, None),
    ("about", f"What's {F} about", F, None),
    ("about", f"what happens in {F}?", F, None),
    ("about", f"plot of {F}", F, None),
    ("about", "what's it about?", None, None),
    ("cast", f"who is in {F}?", F, None),
    ("cast", f"who stars in {F}", F, None),
    ("cast", f"cast of {F}", F, None),
    ("cast", f"who is in the cast of {F}?", F, None),
    ("cast", f"who is on the full cast list for {F}", F, None),
    ("cast", "who are the actors?", None, None),
    ("person", "who is Jonah Pike?", None, "Jonah Pike"),
    ("person", "what role does Jonah Pike play?", None, "Jonah Pike"),
    ("person", "what films has Mara Quill been in", None, "Mara Quill"),
    ("genre", f"what genre is {F}?", F, None),
    ("overview", f"tell me about {F}", F, None),
    ("director", f"Hey bot, can you tell me who directed {F}?", F, None),
    ("director", f"  WHO   DIRECTED {F.upper()} ?!", F.upper(), None),
])
def test_relations(relation, question, film, name):
    assert routed(question) == Route(relation, film, name)


@pytest.mark.parametrize("aspect, question", [
    ("aspect_ratio", "what aspect ratio does the Blu-ray have?"),
    ("aspect_ratio", f"what is the aspect ratio of {F}"),
    ("audio", f"what audio does the {F} Blu-ray have?"),
    ("audio", "which audio tracks are on the disc"),
    ("audio", "what sound mix is on the bluray"),
    ("features", "what special features are on the Blu-ray?"),
    ("features", f"does the disc of {F} have any extras?"),
    ("features", "what bonus features are there"),
    ("resolution", "what resolution is the blu-ray?"),
    ("subtitles", "does it have subtitles?"),
    ("hdr", "is the 4K disc HDR?"),
    ("codec", "what codec does the blu-ray use"),
    ("picture", "how is the picture quality on the Blu-ray?"),
    ("picture", "how does the transfer look on the disc"),
])
def test_disc_aspects(aspect, question):
    assert routed(question).relation == f"disc:{aspect}"


@pytest.mark.parametrize("question, film", [
    (f"the Blu-ray of {F}", F), (f"{F} blu-ray", F), ("tell me about the blu-ray", None),
])
def test_whole_disc(question, film):
    assert routed(question) == Route("disc", film)


@pytest.mark.parametrize("question", [
    "how much does Eli pay for the boat?",
    "what year did Eli lose his job?",
    "why does Nell leave the island",
    "is the sound good in this film?",  # no disc named: not a disc question
    "what does the logbook say?",
    "hello",
    "Robert'); DROP TABLE films;--",
    'keeper NEAR/2 "lamp" OR title:*',
    "@everyone who wins?",
    "",
])
def test_questions_left_to_search(question):
    assert routed(question) is None


def test_long_questions_are_cut_before_routing():
    cleaned = clean_question("who directed " + "x" * 6000)
    assert len(cleaned) == MAX_ROUTED_CHARS
    assert clean_question("\n\n  who\tdirected   it?\n") == "who directed it"
    assert clean_question("who’s in it?") == "who's in it"
