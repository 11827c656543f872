"""Reading what the bot sent through FakeDiscord."""

from __future__ import annotations

import re
from typing import Any

from tests.discord_server import FakeDiscord, InteractionResult

AUTOCOMPLETE_RESULT, DEFERRED_CALLBACKS = 8, {5, 6}


def embed_text(message: dict[str, Any] | None) -> str:
    """Content and all text of all embeds of a message, one piece per line."""
    if message is None:
        return ""
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or "", (embed.get("footer") or {}).get("text") or ""]
        parts += [f"{field['name']}\n{field['value']}" for field in embed.get("fields") or []]
    return "\n".join(part for part in parts if part)


def answer_text(result: InteractionResult) -> str:
    return "\n".join(embed_text(message) for message in result.all_messages)


def message_bodies(server: FakeDiscord) -> list[dict[str, Any]]:
    """Every message the bot created or edited, as sent: callbacks, followups, channel posts."""
    bodies = []
    for request in server.requests:
        if request.method not in {"POST", "PATCH"} or not isinstance(request.json, dict):
            continue
        if request.path.endswith("/callback"):
            if request.json.get("type") not in DEFERRED_CALLBACKS | {AUTOCOMPLETE_RESULT}:
                bodies.append(request.json.get("data") or {})
        elif "/webhooks/" in request.path or request.path.endswith("/messages") or "/messages/" in request.path:
            bodies.append(request.json)
    return bodies


def assert_clean(server: FakeDiscord) -> None:
    """Discord accepted everything, and no message could have pinged anyone."""
    assert server.violations == []
    bodies = message_bodies(server)
    assert bodies, "the bot sent no message"
    for body in bodies:
        mentions = body.get("allowed_mentions")
        assert mentions is not None and mentions.get("parse") == [], body
        assert not mentions.get("users") and not mentions.get("roles") and not mentions.get("replied_user")


def spoiler_markers(text: str) -> int:
    """How many `||` Discord reads as spoiler markers (escaped characters skipped)."""
    count, i = 0, 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
        elif text.startswith("||", i):
            count, i = count + 1, i + 2
        else:
            i += 1
    return count


def unescaped(text: str) -> str:
    """Text as Discord displays it: markdown escapes removed."""
    return re.sub(r"\\(.)", r"\1", text)


async def ask_slash(server: FakeDiscord, command: str, options: dict[str, Any] | None = None, **where: Any
                    ) -> InteractionResult:
    """A slash command, waited for until its answer is complete and checked to be accepted."""
    result = await server.slash(command, options or {}, **where)
    await result.wait_final()
    assert result.error is None, result.error
    return result
