"""Answers as plain data: what the bot says, with no Discord types.

The answer layer (`bot.answers`) returns these; `bot.render` turns them into Discord embeds or
terminal text, and `film-trivia ask --json` prints them with `to_json`. A renderer never adds
facts, so every surface says the same thing.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Literal

from bot.store.records import Source

AnswerKind = Literal["film", "cast", "plot", "disc", "who", "ask", "sources", "not_found", "help"]


@dataclass(frozen=True, slots=True)
class Conflict:
    """A value other sources give for the same fact: "one source says 2007"."""

    value: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class Field:
    """One labelled fact, e.g. ("Director", "Mike Figgis"), with its sources and rivals."""

    name: str
    value: str
    sources: tuple[Source, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    inline: bool = True


@dataclass(frozen=True, slots=True)
class Passage:
    """Document text quoted in an answer; `spoiler` text is hidden until revealed."""

    text: str
    source: Source | None = None
    spoiler: bool = False


@dataclass(frozen=True, slots=True)
class Answer:
    kind: AnswerKind
    title: str
    film_id: int | None = None
    summary: str | None = None  # one line the answer leads with, e.g. "Sera is played by Elisabeth Shue."
    fields: tuple[Field, ...] = ()
    passages: tuple[Passage, ...] = ()
    sources: tuple[Source, ...] = ()  # every document sentence the answer rests on, deduplicated
    suggestions: tuple[str, ...] = ()  # "did you mean" candidates when a name was not found
    has_spoilers: bool = False

    @property
    def found(self) -> bool:
        return self.kind != "not_found"

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def dedupe_sources(*groups) -> tuple[Source, ...]:
    """Sources of several facts in first-seen order, each once."""
    seen: dict[tuple[int, int, int], Source] = {}
    for group in groups:
        for s in group:
            seen.setdefault((s.document_id, s.start, s.end), s)
    return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class NotFound:
    """Why nothing was answered, shared by every command."""

    message: str
    suggestions: tuple[str, ...] = field(default=())

    def as_answer(self) -> Answer:
        return Answer(kind="not_found", title="Not found", summary=self.message, suggestions=self.suggestions)
