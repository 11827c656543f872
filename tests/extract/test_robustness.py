"""Properties every extraction keeps, on any input: no exception, sentences that cover the
text in order, and every fact's span one of those sentences."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extract import extract_document
from bot.extract.facts import DocumentFacts, Span

TEXTS = sorted((Path(__file__).parent / "texts").glob("*.txt")) + sorted(
    (Path(__file__).parents[2] / "data/documents").glob("*.txt")
)


def fact_spans(facts: DocumentFacts) -> list[Span]:
    spans: list[Span] = []
    for claims in (facts.titles, facts.aliases, facts.years, facts.genres, facts.runtimes, facts.directors,
                   facts.novels, facts.composers, facts.subtitles, facts.special_features):
        spans.extend(c.span for c in claims)
    for credit in facts.cast:
        spans.append(credit.span)
        if credit.description_span:
            spans.append(credit.description_span)
    spans.extend(p.span for p in facts.plot)
    spans.extend(a.span for a in facts.audio)
    spans.extend(v.span for v in facts.verdicts)
    if facts.video:
        spans.append(facts.video.span)
    return spans


def assert_well_formed(text: str, facts: DocumentFacts) -> None:
    sentences = facts.sentences
    assert all(0 <= s.start < s.end <= len(text) for s in sentences)
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
    assert "".join("".join(s.text(text) for s in sentences).split()) == "".join(text.split())
    assert set(fact_spans(facts)) <= set(sentences)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_fact_spans_are_sentence_spans(path):
    text = path.read_text(encoding="utf-8")
    assert_well_formed(text, extract_document(text))


@pytest.mark.parametrize(
    "text",
    ["", " \n\n\t ", "\x00\x01\x02\ufffd\ufffe" * 50, "Title:\nDirector:\nStarring:\nAudio:\nExtras:\n",
     "(((((((", "The Film (2001) - ", "Heat\n- 1995\n- 2 hr 50 min\n", "é" * 5000],
)
def test_odd_input_never_raises(text):
    assert_well_formed(text, extract_document(text))


def test_huge_single_line_stays_fast():
    text = "Greta Holm plays Ada Brandt, and Ivo Sand (Karl) is grim; " * 2000
    start = time.perf_counter()
    facts = extract_document(text)
    assert time.perf_counter() - start < 10
    assert_well_formed(text, facts)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_is_well_formed(text):
    assert_well_formed(text, extract_document(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Greta Holm", "plays", "(", ")", "Ada Brandt", ",", ".", "\n", "Director:", "1983", "Dolby Digital 5.1",
    "as", "the", "Extras:", "• trailer", "'s", "score by", "2160p", "1.85:1", " - ", "Based on a novel by",
]), max_size=60))
def test_film_like_token_soup_is_well_formed(tokens):
    text = " ".join(tokens)
    assert_well_formed(text, extract_document(text))
