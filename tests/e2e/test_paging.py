"""Long answers are paged with buttons that only the person who asked can use."""

from __future__ import annotations

import pytest

from bot.discord_app.views import NOT_YOURS
from tests.e2e.helpers import answer_text, ask_slash, assert_clean, embed_text, unescaped


@pytest.fixture
def two_per_page(film_bot):
    """Pages of two cast members, so the bundled film's cast spans several pages."""
    film_bot.get_cog("Cast").per_page = 2


def button_ids(message: dict) -> list[str]:
    return [item["custom_id"] for row in message.get("components") or [] for item in row["components"]]


def button(message: dict, custom_id: str) -> dict:
    return next(item for row in message["components"] for item in row["components"] if item["custom_id"] == custom_id)


async def test_the_caller_pages_through_the_whole_cast(two_per_page, film_bot, world):
    result = await ask_slash(world.server, "cast", {"film": "Leaving Las Vegas"}, user=world.alice, guild=world.guild)
    assert button_ids(result.message) == ["answer-pages:previous", "answer-pages:position", "answer-pages:next"]
    assert button(result.message, "answer-pages:previous")["disabled"]
    pages = [unescaped(answer_text(result))]
    for _ in range(20):  # bounded: the bundled cast is far shorter
        if button(result.message, "answer-pages:next").get("disabled"):
            break
        click = await world.server.click(result, "answer-pages:next", user=world.alice)
        await click.wait_final()
        pages.append(unescaped(embed_text(result.message)))
    assert len(pages) >= 2
    assert pages[-1] != pages[0]
    everything = "\n".join(pages)
    for name in ("Nicolas Cage", "Elisabeth Shue", "Julian Sands"):
        assert name in everything
    click = await world.server.click(result, "answer-pages:previous", user=world.alice)
    await click.wait_final()
    assert unescaped(embed_text(result.message)) == pages[-2]
    assert_clean(world.server)


async def test_someone_else_cannot_turn_the_pages(two_per_page, film_bot, world):
    result = await ask_slash(world.server, "cast", {"film": "Leaving Las Vegas"}, user=world.alice, guild=world.guild)
    before = embed_text(result.message)
    intruder = await world.server.click(result, "answer-pages:next", user=world.bob)
    await intruder.wait_final()
    assert intruder.ephemeral
    assert intruder.message["content"] == NOT_YOURS
    assert embed_text(result.message) == before
    assert_clean(world.server)
