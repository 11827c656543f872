"""Plain messages: a DM, or a server message that mentions the bot, is answered like /ask."""

from __future__ import annotations

import contextlib
import logging
import re

import discord
from discord.ext import commands

from bot.answers import ask, help_answer
from bot.discord_app.replies import reply_with_answer
from bot.discord_app.tree import APOLOGY
from bot.discord_app.views import NO_MENTIONS

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 300


def question_in(message: discord.Message, bot_id: int) -> str:
    """The message text without the mentions of the bot, whitespace collapsed."""
    without_mentions = re.sub(rf"<@!?{bot_id}>", " ", message.content)
    return " ".join(without_mentions.split())[:MAX_QUESTION_CHARS]


class Conversation(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    def _is_addressed(self, message: discord.Message) -> bool:
        """A DM, or a server message that mentions the bot itself (not @everyone or a role)."""
        if message.author.bot or self.bot.user is None:
            return False
        if message.guild is None:
            return True
        return any(user.id == self.bot.user.id for user in message.mentions)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if not self._is_addressed(message):
            return
        question = question_in(message, self.bot.user.id)
        try:
            answer = await ask(self.bot.db, question, index=self.bot.names) if question else help_answer()
            await reply_with_answer(message, answer)
        except discord.HTTPException:
            log.warning("could not reply to message %s", message.id, exc_info=True)
        except Exception:
            log.exception("answering message %s failed", message.id)
            # The apology is best effort: the channel may be the very thing that failed.
            with contextlib.suppress(discord.HTTPException):
                await message.reply(APOLOGY, allowed_mentions=NO_MENTIONS, mention_author=False)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Conversation(bot))
