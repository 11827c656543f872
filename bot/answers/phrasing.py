"""Small pieces of English the answer builders and the renderers both use."""

from __future__ import annotations

from collections.abc import Iterable

from bot.answers.models import Conflict, Field

_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def count_phrase(n: int, noun: str, plural: str | None = None) -> str:
    """"one source", "two sources", "12 sources"."""
    word = _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)
    return f"{word} {noun if n == 1 else (plural or noun + 's')}"


def join_words(items: Iterable[str], conjunction: str = "and") -> str:
    """"a", "a and b", "a, b and c"."""
    items = list(items)
    if len(items) <= 2:
        return f" {conjunction} ".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def format_runtime(minutes: int) -> str:
    """"112 min (1 h 52 min)"; runtimes under an hour stay in minutes."""
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{minutes} min ({hours} h {rest} min)" if rest else f"{minutes} min ({hours} h)"


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
