"""A small bare discord.py bot that exercises every interaction kind the server supports."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

WORDS = ["apple", "apricot", "banana", "blueberry", "cherry"]
LONG_CONTENT = 2001


class ConfirmView(discord.ui.View):
    """Two buttons; only the user who ran the command may press them."""

    def __init__(self, owner_id: int) -> None:
        super().__init__(timeout=60)
        self.owner_id = owner_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message("Not your buttons.", ephemeral=True)
            return False
        return True

    @discord.ui.button(label="Yes", custom_id="confirm:yes", style=discord.ButtonStyle.green)
    async def yes(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(content="Confirmed.", view=None)

    @discord.ui.button(label="Edit", custom_id="confirm:edit")
    async def edit(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.defer()
        await interaction.message.edit(content="Edited through the channel.", view=None)

    @discord.ui.button(label="Later", custom_id="confirm:later")
    async def later(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.defer()
        await interaction.edit_original_response(content="Deferred, then edited.", view=None)


class NoteModal(discord.ui.Modal, title="Leave a note"):
    note = discord.ui.TextInput(label="Note", custom_id="note:text")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"Noted: {self.note.value}", ephemeral=True)


class SelfTestBehaviour:
    """Answers /echo (with autocomplete), /confirm (buttons), /note (modal), /slow (deferred),
    /toolong (breaks the content limit), and DMs or mentions with "dm: ..."."""

    tree: app_commands.CommandTree
    user: discord.ClientUser | None

    def __init__(self, **options: object) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(command_prefix="!", intents=intents, guild_ready_timeout=0.05,
                         chunk_guilds_at_startup=False, **options)
        self.seen_interaction_ids: list[int] = []
        self.add_commands()

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        self.seen_interaction_ids.append(interaction.id)

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        if message.guild is None or self.user in message.mentions:
            await message.channel.send(f"dm: {message.content}")

    def add_commands(self) -> None:
        tree = self.tree

        @tree.command(description="Repeats a word")
        @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
        @app_commands.allowed_installs(guilds=True, users=True)
        async def echo(interaction: discord.Interaction, word: str, times: int = 1) -> None:
            await interaction.response.send_message(" ".join([word] * times))

        @echo.autocomplete("word")
        async def echo_word(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=w, value=w) for w in WORDS if w.startswith(current)]

        @tree.command(description="Asks for confirmation")
        async def confirm(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("Sure?", view=ConfirmView(interaction.user.id))

        @tree.command(description="Opens a modal")
        async def note(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(NoteModal())

        @tree.command(description="Defers, then follows up")
        async def slow(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.followup.send("Done thinking.")

        @tree.command(description="Sends more than Discord allows")
        async def toolong(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("x" * LONG_CONTENT)


class SelfTestBot(SelfTestBehaviour, commands.Bot):
    """The self-test bot on one shard."""


class ShardedSelfTestBot(SelfTestBehaviour, commands.AutoShardedBot):
    """The self-test bot on as many shards as ``GET /gateway/bot`` recommends."""
