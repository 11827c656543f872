"""What the server remembers about each interaction it dispatched, and how tests wait on it."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .models import Guild, User

if TYPE_CHECKING:
    from .server import FakeDiscord

EPHEMERAL_FLAG = 1 << 6
LOADING_FLAG = 1 << 7

PONG, MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE, AUTOCOMPLETE, MODAL = 1, 4, 5, 6, 7, 8, 9
# Responses after which nothing more is owed: the original message (or choices, or modal) is complete.
COMPLETE_ON_CALLBACK = {MESSAGE, UPDATE_MESSAGE, AUTOCOMPLETE, MODAL}


@dataclass
class InteractionResult:
    """One dispatched interaction and every response the bot made to it.

    ``message`` is the ORIGINAL response message as it stands after edits (for a component
    interaction answered with type 6/7, the message the component was on).
    """

    server: FakeDiscord = field(repr=False)
    id: int
    token: str
    kind: int
    payload: dict[str, Any] = field(repr=False)
    user: User
    guild: Guild | None
    channel_id: int
    dispatched_at: float = field(default_factory=time.monotonic)
    callback_type: int | None = None
    callback_data: dict[str, Any] | None = None
    responded_at: float | None = None
    original_message_id: int | None = None
    followup_ids: list[int] = field(default_factory=list)
    error: dict[str, Any] | None = None
    callback_attempts: int = 0
    _responded: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _final: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    @property
    def message(self) -> dict[str, Any] | None:
        """The original response message as it currently stands, or None."""
        if self.original_message_id is None:
            return None
        return self.server.messages.get(self.original_message_id)

    @property
    def ephemeral(self) -> bool:
        message = self.message
        return bool(message and int(message.get("flags") or 0) & EPHEMERAL_FLAG)

    @property
    def followups(self) -> list[dict[str, Any]]:
        return [self.server.messages[i] for i in self.followup_ids if i in self.server.messages]

    @property
    def all_messages(self) -> list[dict[str, Any]]:
        original = self.message
        return ([original] if original is not None else []) + self.followups

    @property
    def choices(self) -> list[dict[str, Any]] | None:
        """Autocomplete choices (callback type 8), else None."""
        if self.callback_type != AUTOCOMPLETE or self.callback_data is None:
            return None
        return list(self.callback_data.get("choices") or [])

    @property
    def modal(self) -> dict[str, Any] | None:
        """The modal the bot opened (callback type 9), else None."""
        return self.callback_data if self.callback_type == MODAL else None

    @property
    def latency(self) -> float | None:
        """Seconds from dispatching INTERACTION_CREATE to receiving the initial callback."""
        return None if self.responded_at is None else self.responded_at - self.dispatched_at

    async def wait_response(self, timeout: float = 5.0) -> InteractionResult:
        """Waits for the initial callback (or for the server rejecting it: see ``error``)."""
        await self._wait(self._responded, timeout, "no initial response")
        return self

    async def wait_final(self, timeout: float = 5.0) -> InteractionResult:
        """Waits until the original message is complete: answered directly, or edited/followed up
        after a deferral. Returns early when the server rejected the bot's answer (``error``)."""
        await self._wait(self._final, timeout, "no final response")
        return self

    async def _wait(self, event: asyncio.Event, timeout: float, what: str) -> None:
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except asyncio.TimeoutError:
            raise TimeoutError(
                f"interaction {self.id} (type {self.kind}, {self.describe()}): {what} within {timeout}s; "
                f"callback_type={self.callback_type}, error={self.error}"
            ) from None

    def describe(self) -> str:
        data = self.payload.get("data") or {}
        return data.get("name") or data.get("custom_id") or "?"

    # --- updates made by the REST handlers -------------------------------------------------

    def record_callback(self, kind: int, data: dict[str, Any], message_id: int | None) -> None:
        self.callback_type, self.callback_data = kind, data
        self.responded_at = time.monotonic()
        if message_id is not None:
            self.original_message_id = message_id
        self._responded.set()
        if kind in COMPLETE_ON_CALLBACK:
            self._final.set()

    def record_original_edit(self) -> None:
        self._final.set()

    def record_followup(self, message_id: int) -> None:
        self.followup_ids.append(message_id)
        self._final.set()

    def record_error(self, body: dict[str, Any]) -> None:
        self.error = body
        self._responded.set()
        self._final.set()

    @property
    def acknowledged(self) -> bool:
        return self.callback_type is not None
