"""Shared text helpers: truncation, markdown escaping, mention breaking, conflict wording."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.answers.models import Conflict, Field
from bot.answers.phrasing import count_phrase, format_runtime, join_words
from bot.render.text import (conflict_text, document_name, escape_markdown, field_value_text, neutralize_mentions,
                             one_line, truncate)
from bot.store.records import Source

S1 = Source(1, "a.txt", "One.", 0, 4)
S2 = Source(2, "docs/b.txt", "Two.", 0, 4)


def test_truncate_at_word_boundary():
    assert truncate("short", 10) == "short"
    assert truncate("the quick brown fox jumps", 16) == "the quick brown…"
    assert truncate("abcdefghij", 5) == "abcd…"
    assert truncate("anything", 0) == ""


@given(st.text(), st.integers(min_value=0, max_value=300))
def test_truncate_never_exceeds_limit(text, limit):
    assert len(truncate(text, limit)) <= limit


def test_one_line():
    assert one_line(" a\n\tb  c \n") == "a b c"


def test_escape_markdown_makes_every_marker_literal():
    assert escape_markdown("**bold** _it_ `code` ||spoiler|| > quote [link](x) \\") == (
        "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\> quote \\[link\\]\\(x\\) \\\\")


def test_neutralize_mentions():
    text = neutralize_mentions("@everyone and @here and <@123> <@!4> <@&5> <#6>")
    assert "@everyone" not in text and "@here" not in text
    assert "<@123>" not in text and "<@&5>" not in text and "<#6>" not in text
    assert text.replace("\u200b", "") == "@everyone and @here and <@123> <@!4> <@&5> <#6>"


def test_conflict_wording():
    assert conflict_text(Conflict("2007", (S1,))) == "one source says 2007"
    assert conflict_text(Conflict("2007", (S1, S2))) == "two sources say 2007"
    field = Field("Year", "1995", (S1,), (Conflict("2007", (S2,)),))
    assert field_value_text(field) == "1995 — one source says 2007"
    assert field_value_text(Field("Year", "1995")) == "1995"


def test_phrasing():
    assert count_phrase(1, "document") == "one document"
    assert count_phrase(12, "fact") == "12 facts"
    assert join_words(["a", "b", "c"]) == "a, b and c" and join_words(["a"]) == "a"
    assert format_runtime(112) == "112 min (1 h 52 min)" and format_runtime(61) == "61 min (1 h 1 min)"
    assert format_runtime(45) == "45 min" and format_runtime(120) == "120 min (2 h)"
    assert document_name(S2) == "b.txt"
