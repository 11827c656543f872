"""Text helpers shared by every renderer (terminal and Discord); no Discord types here.

Phrasing that must read the same on every surface lives here: how text is cut and escaped,
how a conflict is worded ("1995 — one source says 2007"), how a source is named.
"""

from __future__ import annotations

import re
from pathlib import PurePath

# Conflict wording is the answer layer's (summaries use it too); renderers import it from here.
from bot.answers.phrasing import conflict_text, field_value_text
from bot.store.records import Source

__all__ = ["ELLIPSIS", "conflict_text", "document_name", "escape_markdown", "field_value_text",
           "neutralize_mentions", "one_line", "truncate"]

ELLIPSIS = "…"

# Characters Discord markdown gives a meaning to; a backslash makes each literal.
_MARKDOWN_SPECIAL = re.compile(r"([\\*_~`|>#\-\[\]()<:])")
# "@everyone", "@here" and raw mention syntax (<@123>, <@&123>, <#123>) would ping or link.
_MENTION = re.compile(r"@(everyone|here)|<(@[!&]?|#)(\d+)>")
_ZERO_WIDTH_SPACE = "\u200b"


def truncate(text: str, limit: int, *, ellipsis: str = ELLIPSIS) -> str:
    """`text` cut to at most `limit` characters, at a word boundary when one is near."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    room = limit - len(ellipsis)
    if room <= 0:
        return ellipsis[:limit]
    cut = text[:room]
    space = cut.rfind(" ")
    if space >= room * 2 // 3:  # don't throw away most of the text to save one word
        cut = cut[:space]
    return cut.rstrip(" ,;:") + ellipsis


def one_line(text: str) -> str:
    """Whitespace (newlines included) collapsed to single spaces."""
    return " ".join(text.split())


def escape_markdown(text: str) -> str:
    """`text` with every Discord markdown character made literal."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def neutralize_mentions(text: str) -> str:
    """`text` with @everyone/@here and <@id> mentions broken by a zero-width space."""

    def breaker(match: re.Match[str]) -> str:
        if match.group(1):
            return "@" + _ZERO_WIDTH_SPACE + match.group(1)
        return "<" + match.group(2) + _ZERO_WIDTH_SPACE + match.group(3) + ">"

    return _MENTION.sub(breaker, text)


def document_name(source: Source) -> str:
    """The document's file name, without any folders."""
    return PurePath(source.document).name
