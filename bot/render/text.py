"""Text helpers shared by every renderer (terminal and Discord); no Discord types here.

Phrasing that must read the same on every surface lives here: how a conflict is worded,
how many sources "one source says" counts, how a source is named.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from bot.answers.models import Conflict, Field
from bot.answers.phrasing import count_phrase
from bot.store.records import Source

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


def conflict_text(conflict: Conflict) -> str:
    """"one source says 2007" / "two sources say 2007"."""
    n = len(conflict.sources) or 1
    verb = "says" if n == 1 else "say"
    return f"{count_phrase(n, 'source')} {verb} {conflict.value}"


def field_value_text(field: Field) -> str:
    """The field's value followed by its rivals: "1995 — one source says 2007"."""
    if not field.conflicts:
        return field.value
    return field.value + " — " + "; ".join(conflict_text(c) for c in field.conflicts)


def document_name(source: Source) -> str:
    """The document's file name, without any folders."""
    return PurePath(source.document).name
