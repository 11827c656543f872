"""Sentence splitting, caption glue and normalisation (bot.extract.text)."""

from bot.extract.text import build_document, normalise, split_line


def texts(line: str) -> list[str]:
    return [line[a:b] for a, b in split_line(line)]


def test_splits_on_sentence_ends_but_not_on_abbreviations_or_initials():
    line = "Dr. Lecter meets J.K. Simmons at St. Mary's. Then they part! Why? Because."
    assert texts(line) == ["Dr. Lecter meets J.K. Simmons at St. Mary's.", "Then they part!", "Why?", "Because."]


def test_splits_a_caption_glued_to_the_next_sentence():
    assert texts("Leaving Las VegasLeaving Las Vegas tells the story of Ben.") == [
        "Leaving Las Vegas",
        "Leaving Las Vegas tells the story of Ben.",
    ]
    assert texts("A and B in Whiplash (2014)Whiplash follows a drummer.")[-1] == "Whiplash follows a drummer."
    assert texts("Photo: Warner Bros.The sequel works.")[-1] == "The sequel works."
    assert texts("Photo: LionsgateEvery generation gets one.")[-1] == "Every generation gets one."


def test_keeps_names_with_inner_capitals_whole():
    assert texts("Matthew McConaughey and Leonardo DiCaprio star.") == ["Matthew McConaughey and Leonardo DiCaprio star."]


def test_normalisation_keeps_offsets():
    original = "John O\u2019Brien said \u201cyes\u201d\u00a0twice"
    assert len(normalise(original)) == len(original)
    assert normalise(original) == 'John O\'Brien said "yes" twice'


def test_sentences_cover_every_non_blank_character_in_order():
    original = "Title\n- 2007\n\nFirst one. Second one.\n   \nLast line"
    doc = build_document(original)
    covered = "".join(original[s.start : s.end] for s in doc.sentences)
    assert covered.replace(" ", "") == "".join(original.split())
    assert [s.start for s in doc.sentences] == sorted(s.start for s in doc.sentences)
    assert all(original[s.start : s.end] == original[s.start : s.end].strip() for s in doc.sentences)
    assert [s.para for s in doc.sentences] == [0, 0, 1, 1, 2]
