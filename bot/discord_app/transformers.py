"""Slash-command options that name a film or a person, with fast autocomplete.

Autocomplete answers from the in-memory `bot.names` index (no database round trip), so it
stays well inside Discord's three seconds. A film option's value is the film id when the user
picked a suggestion, or whatever they typed, which is then matched by name.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.answers.matching import NameIndex
from bot.answers.models import NotFound
from bot.render.embeds import cut, escape
from bot.render.text import one_line
from bot.store.records import FilmSummary

MAX_CHOICES = 25
MAX_CHOICE_CHARS = 100
MAX_REASON_CHARS = 300
MAX_SUGGESTIONS = 5


def _names(interaction: discord.Interaction) -> NameIndex:
    return interaction.client.names  # type: ignore[attr-defined]


def _choice(label: str, value: str) -> app_commands.Choice[str]:
    """A choice within Discord's 100-character limits (values are ids or short names)."""
    return app_commands.Choice(name=cut(label, MAX_CHOICE_CHARS), value=value[:MAX_CHOICE_CHARS])


class UnknownFilm(app_commands.TransformerError):
    """The film option matched no film; carries the "did you mean" candidates."""

    def __init__(self, value: str, transformer: app_commands.Transformer, not_found: NotFound) -> None:
        super().__init__(value, discord.AppCommandOptionType.string, transformer)
        self.not_found = not_found

    def message(self) -> str:
        """The reason (which may quote the user's text: escaped, cut short) and suggestions."""
        text = cut(escape(one_line(self.not_found.message)), MAX_REASON_CHARS)
        if suggestions := self.not_found.suggestions[:MAX_SUGGESTIONS]:
            text += " Did you mean " + " or ".join(f"**{escape(s)}**" for s in suggestions) + "?"
        return text


class FilmTransformer(app_commands.Transformer):
    """A film option: autocompletes "Title (Year)" labels whose values are film ids."""

    async def transform(self, interaction: discord.Interaction, value: str) -> FilmSummary:
        match = _names(interaction).resolve_film(value.strip())
        if isinstance(match, NotFound):
            raise UnknownFilm(value, self, match)
        return match

    async def autocomplete(self, interaction: discord.Interaction, value: str) -> list[app_commands.Choice[str]]:
        films = _names(interaction).complete_films(value, limit=MAX_CHOICES)
        return [_choice(film.label, str(film.id)) for film in films[:MAX_CHOICES]]


class NameTransformer(app_commands.Transformer):
    """A person or character name: autocompleted from the index, passed on as text, so
    `who_answer` can say "not found" with suggestions itself."""

    async def transform(self, interaction: discord.Interaction, value: str) -> str:
        return value.strip()

    async def autocomplete(self, interaction: discord.Interaction, value: str) -> list[app_commands.Choice[str]]:
        names = _names(interaction).complete_names(value, limit=MAX_CHOICES)
        return [_choice(label, name) for label, name in names[:MAX_CHOICES]]
