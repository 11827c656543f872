"""Answer -> embeds: content shown, text escaped, spoilers hidden, Discord's limits kept."""

from __future__ import annotations

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answers.models import Answer, Conflict, Field, Passage
from bot.render.embeds import (
    DESCRIPTION_LIMIT, EMBED_COUNT_LIMIT, FIELD_COUNT_LIMIT, FIELD_NAME_LIMIT, FIELD_VALUE_LIMIT,
    FOOTER_LIMIT, TITLE_LIMIT, TOTAL_LIMIT, answer_embeds, answer_pages, cut, quote_user_text,
)
from bot.store.records import Source
from tests.e2e.helpers import spoiler_markers



def source(sentence: str = "The picture opened in 1995.", document: str = "docA.txt", n: int = 0) -> Source:
    return Source(document_id=1, document=document, sentence=sentence, start=n, end=n + len(sentence))


def all_text(embeds: list[discord.Embed]) -> str:
    parts = []
    for embed in embeds:
        parts += [embed.title or "", embed.description or "", embed.footer.text or ""]
        parts += [f"{f.name}\n{f.value}" for f in embed.fields]
    return "\n".join(parts)


def assert_within_limits(page: list[discord.Embed]) -> None:
    assert 1 <= len(page) <= EMBED_COUNT_LIMIT
    assert sum(len(embed) for embed in page) <= TOTAL_LIMIT
    for embed in page:
        assert embed.title and len(embed.title) <= TITLE_LIMIT
        assert len(embed.description or "") <= DESCRIPTION_LIMIT
        assert len(embed.footer.text or "") <= FOOTER_LIMIT
        assert len(embed.fields) <= FIELD_COUNT_LIMIT
        for field in embed.fields:
            assert field.name and len(field.name) <= FIELD_NAME_LIMIT
            assert field.value and len(field.value) <= FIELD_VALUE_LIMIT
        assert spoiler_markers(embed.description or "") % 2 == 0
        embed.to_dict()  # serialisable as sent


def test_fields_sources_and_conflicts_are_shown():
    year_sources = (source("A 1995 drama.", n=0),)
    answer = Answer(
        kind="film", title="Some Film", film_id=1, summary="A drama.",
        fields=(Field("Year", "1995", year_sources, (Conflict("2007", (source("(2007)", "docB.txt", 9),)),)),
                Field("Director", "Jane Roe", (source("Directed by Jane Roe.", n=20),))),
        sources=(source("A 1995 drama.", n=0), source("Directed by Jane Roe.", n=20),
                 source("(2007)", "docB.txt", 9)),
    )
    embed, sources = answer_embeds(answer)
    assert embed.title == "Some Film"
    assert [(f.name, f.value) for f in embed.fields] == [
        ("Year", "1995 — one source says 2007"), ("Director", "Jane Roe")]
    assert "docA.txt" in embed.footer.text and "docB.txt" in embed.footer.text
    assert sources.title == "Sources"
    assert "docA.txt: “Directed by Jane Roe.”" in sources.description
    assert "docB.txt: “(2007)”" in sources.description


def test_markdown_and_mentions_from_documents_are_inert():
    answer = Answer(kind="ask", title="**Bold** @everyone", summary="Ping <@123456789012345678> and @here _now_",
                    fields=(Field("`code`", "~~gone~~ @everyone"),))
    text = all_text(answer_embeds(answer))
    assert "@everyone" not in text and "@here" not in text
    assert "<@123456789012345678>" not in text
    assert "\\*\\*Bold\\*\\*" in text and "\\~\\~gone\\~\\~" in text and "\\_now\\_" in text


def test_spoiler_passages_are_wrapped_even_when_cut():
    long_ending = "The hero finally wins. " * 400
    answer = Answer(kind="plot", title="Plot", has_spoilers=True,
                    passages=(Passage("It starts in a city."), Passage(long_ending, spoiler=True)))
    (embed,) = answer_embeds(answer)
    first, second = embed.description.split("\n")
    assert first == "It starts in a city."
    assert second.startswith("||The hero") and second.endswith("…||")
    assert "Spoilers hidden" in embed.footer.text
    assert_within_limits([embed])


def test_not_found_lists_suggestions():
    answer = Answer(kind="not_found", title="Not found", summary="I don't know a film called “Leavng”.",
                    suggestions=("Leaving Home (1990)", "Leaving (2011)"))
    (embed,) = answer_embeds(answer)
    assert "Did you mean **Leaving Home (1990)** or **Leaving (2011)**?" in embed.description


def test_long_lists_are_paged_and_empty_answers_still_render():
    answer = Answer(kind="cast", title="Cast", fields=tuple(Field(f"Actor {i}", f"Role {i}") for i in range(23)))
    pages = answer_pages(answer, fields_per_page=10)
    assert [len(page[0].fields) for page in pages] == [10, 10, 3]
    assert [page[0].footer.text for page in pages] == ["Page 1/3", "Page 2/3", "Page 3/3"]
    assert [f.name for page in pages for f in page[0].fields] == [f"Actor {i}" for i in range(23)]
    (empty,) = answer_embeds(Answer(kind="help", title="", fields=(Field("", ""),)))
    assert empty.title and empty.fields[0].name and empty.fields[0].value


def test_cut_never_leaves_half_an_escape():
    assert cut("ab\\*cd", 4) == "ab…"
    assert cut("short", 10) == "short"
    assert quote_user_text("@everyone " + "x" * 6000).startswith("“@\u200beveryone")
    assert len(quote_user_text("x" * 6000)) <= 102


# Text full of what Discord treats specially: markdown, mentions, spoiler bars, newlines.
awkward_pieces = st.sampled_from(list("ab *_~`|>#-\\@<>!&\n") + ["@everyone", "<@123456789012345678>", "||"])
awkward_text = st.lists(awkward_pieces, max_size=40).map("".join) | st.text(max_size=3000)
sources = st.builds(Source, document_id=st.integers(0, 5), document=st.text(max_size=300),
                    sentence=awkward_text, start=st.integers(0, 10**6), end=st.integers(0, 10**6))
conflicts = st.builds(Conflict, value=awkward_text, sources=st.lists(sources, max_size=3).map(tuple))
fields = st.builds(Field, name=awkward_text, value=awkward_text, sources=st.lists(sources, max_size=2).map(tuple),
                   conflicts=st.lists(conflicts, max_size=3).map(tuple), inline=st.booleans())
passages = st.builds(Passage, text=awkward_text, source=st.none() | sources, spoiler=st.booleans())
answers = st.builds(
    Answer,
    kind=st.sampled_from(["film", "cast", "plot", "disc", "who", "ask", "sources", "not_found", "help"]),
    title=awkward_text, film_id=st.none() | st.integers(1, 10),
    summary=st.none() | awkward_text,
    fields=st.lists(fields, max_size=40).map(tuple),
    passages=st.lists(passages, max_size=12).map(tuple),
    sources=st.lists(sources, max_size=30).map(tuple),
    suggestions=st.lists(awkward_text, max_size=8).map(tuple),
    has_spoilers=st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(answers, st.integers(1, 30))
def test_any_answer_fits_discord_limits(answer, per_page):
    pages = answer_pages(answer, fields_per_page=per_page)
    for page in pages:
        assert_within_limits(page)
    shown = sum(len(page[0].fields) for page in pages)
    assert shown <= len(answer.fields)
