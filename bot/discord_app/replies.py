"""Sending an Answer: as an interaction response or as a reply to a message."""

from __future__ import annotations

from dataclasses import dataclass

import discord

from bot.answers.models import Answer
from bot.discord_app.views import NO_MENTIONS, AnswerPages
from bot.render.embeds import FIELDS_PER_PAGE, answer_pages


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer rendered as pages, each one message's list of embeds.

    A cached reply is sent to many interactions, so nothing may change its embeds.
    """

    answer: Answer
    pages: list[list[discord.Embed]]

    @classmethod
    def of(cls, answer: Answer, *, fields_per_page: int = FIELDS_PER_PAGE) -> Reply:
        return cls(answer, answer_pages(answer, fields_per_page=fields_per_page))


async def send_answer(interaction: discord.Interaction, answer: Answer, *,
                      fields_per_page: int = FIELDS_PER_PAGE) -> None:
    """Respond with the answer, rendered now (see `send_reply`)."""
    await send_reply(interaction, Reply.of(answer, fields_per_page=fields_per_page))


async def send_reply(interaction: discord.Interaction, reply: Reply) -> None:
    """Respond with a rendered answer; long ones get page buttons, "not found" is private."""
    pages = reply.pages
    if len(pages) == 1:
        await interaction.response.send_message(embeds=pages[0], ephemeral=not reply.answer.found,
                                                allowed_mentions=NO_MENTIONS)
        return
    view = AnswerPages(pages, owner_id=interaction.user.id)
    callback = await interaction.response.send_message(embeds=pages[0], view=view, allowed_mentions=NO_MENTIONS)
    if isinstance(callback.resource, discord.InteractionMessage):
        view.message = callback.resource


async def reply_with_answer(message: discord.Message, answer: Answer) -> discord.Message:
    """Reply to a DM or a mention; the page buttons belong to the message's author."""
    pages = answer_pages(answer)
    if len(pages) == 1:
        return await message.reply(embeds=pages[0], allowed_mentions=NO_MENTIONS, mention_author=False)
    view = AnswerPages(pages, owner_id=message.author.id)
    view.message = await message.reply(embeds=pages[0], view=view, allowed_mentions=NO_MENTIONS,
                                       mention_author=False)
    return view.message
