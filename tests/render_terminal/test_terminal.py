"""Terminal rendering: plain text with numbered sources, conflicts, spoiler marks, no markup."""

from __future__ import annotations

import re

from bot.answers import build_cast, build_disc, build_film, build_plot, help_answer
from bot.answers.models import NotFound
from bot.extract.facts import CastCredit, Claim, DocumentFacts, Novel, PlotSentence, Span, VideoSpec
from bot.render.terminal import render_answer, render_facts
from tests.answers.factories import S_INTRO, bare_film, lantern


def test_film_shows_conflict_and_numbered_sources():
    text = render_answer(build_film(lantern()))
    assert text.startswith("The Lantern Keeper (2003)\n=========================")
    assert "Year: 2003 [1] — one source says 2009 [2]" in text
    assert "Sources:\n  [1] lantern-review.txt (0–66): “" + S_INTRO.sentence + "”" in text
    numbers = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    assert numbers == set(range(1, len(build_film(lantern()).sources) + 1))


def test_cast_conflicting_descriptions():
    text = render_answer(build_cast(lantern()))
    assert ("Jonah Pike (lead): as Eli Ward — a lighthouse keeper [1][2] — one source says a retired sailor [2]"
            in text)


def test_spoilers_are_marked():
    text = render_answer(build_plot(lantern(), reveal_ending=True))
    spoiler_lines = [line for line in text.splitlines() if "[spoiler]" in line]
    assert len(spoiler_lines) == 1 and "burns the logbook" in spoiler_lines[0]
    assert "[spoiler]" not in render_answer(build_plot(lantern()))


def test_not_found_shows_suggestions():
    answer = NotFound("I don't know a film called “Lantrn”.", ("The Lantern Keeper (2003)",)).as_answer()
    assert render_answer(answer) == (
        "Not found\n=========\n\nI don't know a film called “Lantrn”.\n\nDid you mean: The Lantern Keeper (2003)?")


def test_multiline_field_values_are_indented():
    text = render_answer(help_answer())
    assert "  Example questions:\n    who directed <film>?" in text


def test_no_discord_markup_and_none_safe():
    for answer in (build_film(bare_film()), build_disc(bare_film()), build_disc(lantern()), build_plot(bare_film())):
        text = render_answer(answer)
        assert "||" not in text and "**" not in text and text.strip()


def test_render_facts():
    facts = DocumentFacts(
        titles=[Claim("The Lantern Keeper", Span(0, 18))],
        years=[Claim(2003, Span(0, 10)), Claim(2009, Span(20, 24), 0.5, "header")],
        runtimes=[Claim(104, Span(30, 40))],
        directors=[Claim("Ada Marlow", Span(0, 10))],
        novels=[Claim(Novel(None, "Tomas Ekberg"), Span(0, 5))],
        cast=[CastCredit("Jonah Pike", "Eli Ward", Span(0, 5), "lead", "a lighthouse keeper", Span(6, 9))],
        plot=[PlotSentence("Eli keeps the light.", Span(0, 5)), PlotSentence("Eli leaves.", Span(6, 9), True)],
        video=VideoSpec("1080p", "AVC", ("2.39:1",), (), Span(0, 5)),
        sentences=[Span(0, 5), Span(6, 9)],
    )
    text = render_facts(facts)
    assert "Year: 2003 (prose); 2009 (header)" in text
    assert "Runtime: 104 min (prose)" in text
    assert "Based on: a novel by Tomas Ekberg (prose)" in text
    assert "- Jonah Pike as Eli Ward [lead] — a lighthouse keeper" in text
    assert "- [spoiler] Eli leaves." in text
    assert "Video: 1080p / AVC / 2.39:1" in text
    assert text.endswith("2 sentences.")


def test_render_empty_facts():
    assert render_facts(DocumentFacts()) == "(no title found)\n================\n0 sentences."
