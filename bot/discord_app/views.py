"""Buttons that page through a long answer; only the person who asked can turn the pages."""

from __future__ import annotations

import logging

import discord

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
PAGE_TIMEOUT = 180.0  # seconds of inactivity before the buttons are disabled
NOT_YOURS = "These buttons belong to whoever asked. Run the command yourself to page through it."


class AnswerPages(discord.ui.View):
    """Previous / "n of m" / Next for a list of pages, each a list of embeds."""

    message: discord.Message | discord.InteractionMessage | None

    def __init__(self, pages: list[list[discord.Embed]], owner_id: int, *, timeout: float = PAGE_TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.pages = pages
        self.owner_id = owner_id
        self.index = 0
        self.message = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == len(self.pages) - 1
        self.position.label = f"{self.index + 1} / {len(self.pages)}"

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True, allowed_mentions=NO_MENTIONS)
        return False

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._update_buttons()
        await interaction.response.edit_message(embeds=self.pages[self.index], view=self,
                                                allowed_mentions=NO_MENTIONS)

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary, custom_id="answer-pages:previous")
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="1 / 1", style=discord.ButtonStyle.secondary, disabled=True,
                       custom_id="answer-pages:position")
    async def position(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """A label, never clickable."""

    @discord.ui.button(label="Next", style=discord.ButtonStyle.primary, custom_id="answer-pages:next")
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, self.index + 1)

    async def on_timeout(self) -> None:
        """Disable the buttons so nobody clicks into a view that no longer listens."""
        if self.message is None:
            return
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        try:
            await self.message.edit(view=self, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            log.debug("could not disable the page buttons", exc_info=True)
