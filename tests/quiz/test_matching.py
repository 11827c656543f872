"""Open answers: forgiving about case, accents, punctuation, articles and typos, strict about words and numbers."""

import pytest

from bot.quiz.matching import answer_matches, normalise

MATCHES = [
    # guess, answer, type
    ("nicolas cage", "Nicolas Cage", "name"),
    ("Cage", "Nicolas Cage", "name"),
    ("Nicholas Cage", "Nicolas Cage", "name"),          # one typo in a long word
    ("Nicolas  Cage!", "Nicolas Cage", "name"),
    ("Zoe Saldana", "Zoë Saldaña", "name"),              # accents
    ("o'brien", "O\u2019Brien", "name"),                  # apostrophes
    ("Hannibal Lecter", "Dr. Hannibal Lecter", "name"),
    ("Lecter", "Dr. Hannibal Lecter", "name"),
    ("deleted scenes", "The Deleted Scenes", "text"),    # articles
    ("DTS HD Master Audio", "DTS-HD Master Audio", "text"),
    ("Dolby Atmos", "Dolby  Atmos.", "text"),
    ("500", "500", "number"),
    ("$500", "500", "number"),
    ("1,000", "1000", "number"),
    ("111", "111 minutes", "number"),
    ("111 min", "111 minutes", "number"),
    ("2.35:1", "2.35:1", "ratio"),
    ("2.35", "2.35:1", "ratio"),
    ("2.40 : 1", "2.4:1", "ratio"),
    ("lanturn", "lantern", "text"),
]

MISMATCHES = [
    ("air", "chair", "text"),                # whole words only
    ("chair", "air", "text"),
    ("Cage", "Nicolas Cage", "text"),        # part of a name counts only for people
    ("Dr", "Dr. Hannibal Lecter", "name"),   # a title alone names nobody
    ("Nicolas Cage Jr", "Nicolas Cage", "name"),
    ("Ben", "Bea", "name"),                  # short words must be exact
    ("1996", "1995", "number"),
    ("1995 1996", "1995", "number"),         # hedging with two numbers
    ("5000", "500", "number"),
    ("50", "500", "number"),
    ("2.39", "2.35:1", "ratio"),
    ("2.35:2", "2.35:1", "ratio"),
    ("", "Nicolas Cage", "name"),
    ("the", "The End", "text"),
    ("Dolby Digital", "Dolby Digital Plus", "text"),
]


@pytest.mark.parametrize("guess,answer,answer_type", MATCHES)
def test_accepts(guess, answer, answer_type):
    assert answer_matches(guess, answer, answer_type)


@pytest.mark.parametrize("guess,answer,answer_type", MISMATCHES)
def test_rejects(guess, answer, answer_type):
    assert not answer_matches(guess, answer, answer_type)


def test_normalise_drops_case_accents_punctuation_and_articles():
    assert normalise("  The Élan, of A Man!  ") == "elan of man"
