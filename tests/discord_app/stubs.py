"""Stand-ins for the parts of a `discord.Interaction` the transformers and the tree touch.

Only what cannot be built without a gateway connection is stubbed; everything under test
(transformers, `FilmTree.on_error`, the name index) is the real code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bot.answers.matching import NameIndex
from bot.config import Settings, bundled_documents_dir
from bot.store.records import FilmSummary


@dataclass
class RecordingResponse:
    """`interaction.response`: remembers what was sent."""

    done: bool = False
    sent: list[dict[str, Any]] = field(default_factory=list)
    edited: list[dict[str, Any]] = field(default_factory=list)

    def is_done(self) -> bool:
        return self.done

    async def send_message(self, content: str | None = None, **kwargs: Any) -> None:
        self.sent.append({"content": content, **kwargs})
        self.done = True

    async def edit_message(self, **kwargs: Any) -> None:
        self.edited.append(kwargs)
        self.done = True


@dataclass
class RecordingFollowup:
    sent: list[dict[str, Any]] = field(default_factory=list)

    async def send(self, content: str | None = None, **kwargs: Any) -> None:
        self.sent.append({"content": content, **kwargs})


def name_index(films: list[FilmSummary], people: list[tuple[int, str]] = (),
               characters: list[tuple[str, int, int]] = ()) -> NameIndex:
    return NameIndex(films, people, characters)


def interaction(names: NameIndex | None = None, *, responded: bool = False) -> SimpleNamespace:
    return SimpleNamespace(
        client=SimpleNamespace(names=names),
        response=RecordingResponse(done=responded),
        followup=RecordingFollowup(),
        command=SimpleNamespace(qualified_name="film"),
        user=SimpleNamespace(id=1),
    )


def make_settings(tmp_path: Path, **changes: Any) -> Settings:
    """Settings for a test: a fresh database under `tmp_path`, the bundled documents."""
    defaults = dict(token=None, database=tmp_path / "film-trivia.db", documents=bundled_documents_dir(),
                    owner_ids=frozenset(), shard_count=None, cooldown_rate=5, cooldown_per=10.0, log_level="INFO")
    return Settings(**{**defaults, **changes})
