"""Page buttons: the right ones enabled, only the asker may click, disabled on timeout."""

from __future__ import annotations

from types import SimpleNamespace

import discord

from bot.discord_app.views import NOT_YOURS, AnswerPages
from tests.discord_app.stubs import RecordingResponse

PAGES = [[discord.Embed(title=f"Page {n}")] for n in range(1, 4)]


class RecordingMessage:
    def __init__(self) -> None:
        self.edits: list[dict] = []

    async def edit(self, **kwargs) -> None:
        self.edits.append(kwargs)


def click() -> SimpleNamespace:
    return SimpleNamespace(user=SimpleNamespace(id=1), response=RecordingResponse())


async def test_buttons_turn_the_pages_and_follow_them():
    view = AnswerPages(PAGES, owner_id=1)
    assert (view.previous.disabled, view.position.label, view.next.disabled) == (True, "1 / 3", False)
    for _ in range(2):
        turned = click()
        await view.next.callback(turned)
    (edit,) = turned.response.edited
    assert edit["embeds"] == PAGES[2] and edit["allowed_mentions"].to_dict()["parse"] == []
    assert (view.previous.disabled, view.position.label, view.next.disabled) == (False, "3 / 3", True)
    await view.previous.callback(click())
    assert view.position.label == "2 / 3"


async def test_only_the_asker_may_click():
    view = AnswerPages(PAGES, owner_id=1)
    assert await view.interaction_check(click())
    stranger = SimpleNamespace(user=SimpleNamespace(id=2), response=RecordingResponse())
    assert not await view.interaction_check(stranger)
    (reply,) = stranger.response.sent
    assert reply["content"] == NOT_YOURS and reply["ephemeral"] is True
    assert reply["allowed_mentions"].to_dict()["parse"] == []


async def test_timeout_disables_every_button():
    view = AnswerPages(PAGES, owner_id=1)
    view.message = RecordingMessage()
    await view.on_timeout()
    (edit,) = view.message.edits
    assert all(item.disabled for item in edit["view"].children)
    assert edit["allowed_mentions"].to_dict()["parse"] == []
