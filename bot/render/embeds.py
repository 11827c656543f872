"""Answers as Discord embeds, always within Discord's limits.

A page is the list of embeds sent as one message: the answer (title, summary, fields, quoted
passages, a footer naming the documents) and, when the answer rests on document sentences, a
"Sources" embed citing them. All text comes from documents or users, so all of it is
escaped (markdown and mentions) before it is measured and cut to fit; spoiler passages are
wrapped in `||…||` after the cut, so a cut never leaks a spoiler.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord
from discord.utils import escape_markdown, escape_mentions

from bot.answers.models import Answer, Field, Passage
from bot.render.text import ELLIPSIS, document_name, field_value_text, one_line, truncate
from bot.store.records import Source

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
TOTAL_LIMIT = 6000  # all text of all embeds of one message together
EMBED_COUNT_LIMIT = 10

FIELDS_PER_PAGE = 10
SOURCES_SHARE = 1500  # the most the cited sentences may take, so passages keep room
SOURCE_LINE_LIMIT = 300
EMPTY = "—"  # Discord rejects empty field names and values

FOUND_COLOUR = discord.Colour.blurple()
NOT_FOUND_COLOUR = discord.Colour.orange()


def escape(text: str) -> str:
    """Document or user text made inert: no markdown, no pings. Backslashes are doubled
    first, or a trailing one would escape the `||` that closes a spoiler."""
    return escape_mentions(escape_markdown(text.replace("\\", "\\\\")))


def cut(text: str, limit: int) -> str:
    """Escaped `text` within `limit` characters; never ends in half an escape sequence
    (a lone backslash before the "…" would show)."""
    fitted = truncate(text, limit)
    if fitted.endswith(ELLIPSIS):
        body = fitted[: -len(ELLIPSIS)]
        if (len(body) - len(body.rstrip("\\"))) % 2:
            fitted = body[:-1] + ELLIPSIS
    return fitted


def quote_user_text(text: str, limit: int = 100) -> str:
    """What a user typed, quoted back to them briefly and safely."""
    return f"“{cut(escape(one_line(text)), limit)}”"


class _Budget:
    """Characters left of the 6,000 that all embeds of one message may hold together."""

    def __init__(self, total: int = TOTAL_LIMIT) -> None:
        self.left = total

    def fit(self, text: str, limit: int, fallback: str = "") -> str:
        """`text` cut to `limit` and to what is left (or `fallback` if nothing is), paid for."""
        fitted = cut(text, min(limit, self.left)) or fallback
        self.left -= len(fitted)
        return fitted


def _heading(answer: Answer) -> str:
    """The summary line, and "did you mean" candidates for an answer that found nothing."""
    parts = []
    if answer.summary:
        parts.append(escape(answer.summary))
    if answer.suggestions:
        parts.append("Did you mean " + " or ".join(f"**{escape(s)}**" for s in answer.suggestions) + "?")
    return "\n\n".join(parts)


def _passage_text(passage: Passage, limit: int) -> str:
    """One quoted passage within `limit` characters, spoiler markers included."""
    if not passage.spoiler:
        return cut(escape(passage.text), limit)
    inner = cut(escape(passage.text), limit - 4)
    return f"||{inner}||" if inner else ""


def _passages_within(passages: Sequence[Passage], room: int) -> str:
    """As many passages, one per line, as fit in `room`; the last one cut if need be."""
    lines: list[str] = []
    used = 0
    for passage in passages:
        gap = 1 if lines else 0
        text = _passage_text(passage, room - used - gap)
        if not text:
            break
        lines.append(text)
        used += len(text) + gap
        if text.removesuffix("||").endswith(ELLIPSIS):
            break
    return "\n".join(lines)


def _footer(answer: Answer, page: int, pages: int) -> str:
    parts = []
    if pages > 1:
        parts.append(f"Page {page}/{pages}")
    documents = dict.fromkeys(document_name(source) for source in answer.sources)
    if documents:
        parts.append("From " + ", ".join(documents))
    if answer.has_spoilers:
        parts.append("Spoilers hidden: click to reveal")
    return " · ".join(parts)


def source_line(number: int, source: Source) -> str:
    """`1. 000_ab.txt: “The sentence.”`, the sentence cut to a readable length."""
    sentence = cut(escape(one_line(source.sentence)), SOURCE_LINE_LIMIT)
    return f"{number}. {escape(document_name(source))}: “{sentence}”"


def _sources_embed(sources: Sequence[Source], room: int, colour: discord.Colour) -> discord.Embed | None:
    """The cited sentences, whole lines only, within `room` characters (title included)."""
    title = "Sources"
    lines: list[str] = []
    used = len(title)
    for number, source in enumerate(sources, 1):
        line = source_line(number, source)
        if used + len(line) + 1 > min(room, DESCRIPTION_LIMIT + len(title)):
            break
        lines.append(line)
        used += len(line) + 1
    if not lines:
        return None
    return discord.Embed(title=title, description="\n".join(lines), colour=colour)


def _page(answer: Answer, fields: Sequence[Field], page: int, pages: int) -> list[discord.Embed]:
    """One message: the answer embed and, if any sentence is cited, the sources embed.

    Space is handed out in order of importance: title, summary, footer, fields, sources,
    then quoted passages with whatever is left.
    """
    budget = _Budget()
    colour = FOUND_COLOUR if answer.found else NOT_FOUND_COLOUR
    embed = discord.Embed(title=budget.fit(escape(answer.title), TITLE_LIMIT, EMPTY), colour=colour)
    heading = budget.fit(_heading(answer), DESCRIPTION_LIMIT)
    footer = budget.fit(_footer(answer, page, pages), FOOTER_LIMIT)
    if footer:
        embed.set_footer(text=footer)
    for field in fields[:FIELD_COUNT_LIMIT]:
        if budget.left < 2 * len(EMPTY):
            break
        # The name leaves at least one character for the value.
        name = budget.fit(escape(field.name), min(FIELD_NAME_LIMIT, budget.left - len(EMPTY)), EMPTY)
        value = budget.fit(escape(field_value_text(field)), FIELD_VALUE_LIMIT, EMPTY)
        embed.add_field(name=name, value=value, inline=field.inline)
    sources = _sources_embed(answer.sources, min(budget.left, SOURCES_SHARE), colour)
    if sources is not None:
        budget.left -= len(sources)
    room = min(DESCRIPTION_LIMIT - len(heading) - 2, budget.left - 2)
    passages = _passages_within(answer.passages, room) if room > 0 else ""
    embed.description = "\n\n".join(part for part in (heading, passages) if part) or None
    return [embed] if sources is None else [embed, sources]


def answer_pages(answer: Answer, *, fields_per_page: int = FIELDS_PER_PAGE) -> list[list[discord.Embed]]:
    """The answer as pages of `fields_per_page` fields (at most 25); each page is one
    message's worth of embeds: at most 10 of them and 6,000 characters together."""
    size = max(1, min(fields_per_page, FIELD_COUNT_LIMIT))
    chunks = [answer.fields[i : i + size] for i in range(0, len(answer.fields), size)] or [()]
    return [_page(answer, chunk, number, len(chunks)) for number, chunk in enumerate(chunks, 1)]


def answer_embeds(answer: Answer) -> list[discord.Embed]:
    """The first page: enough wherever no buttons can turn to the others."""
    return answer_pages(answer)[0]
