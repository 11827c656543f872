"""The offline console: type what you would type in Discord and read the bot's answers.

`/cast film: Leaving Las Vegas`, `/cast Leaving Las Vegas`, `/plot … reveal_ending: true`,
`/who Sera`, `/help` or a plain question. The answers come from the same `bot.answers`
functions the Discord cogs call; only the renderer differs. Reads lines until `quit` or end
of input, so it works piped as well as at a terminal.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import sys
from collections.abc import Awaitable, Callable
from typing import TextIO

from aiosqlite import Connection

from bot.answers import (ask, cast_answer, disc_answer, film_answer, help_answer, plot_answer, sources_answer,
                         who_answer)
from bot.answers.matching import NameIndex
from bot.answers.models import Answer, NotFound
from bot.render.terminal import render_answer

PROMPT = "film-trivia> "
QUIT_WORDS = frozenset({"quit", "exit", "/quit", "/exit"})

FilmCommand = Callable[[Connection, int], Awaitable[Answer]]
FILM_COMMANDS: dict[str, FilmCommand] = {
    "film": film_answer,
    "cast": cast_answer,
    "bluray": disc_answer,
    "disc": disc_answer,
    "sources": sources_answer,
}
# Slash-command option names; only these split a line, so a title with a colon stays whole.
_OPTION = re.compile(r"(?:^|\s)(film|name|question|full|reveal_ending):\s*", re.IGNORECASE)
_TRUE = frozenset({"true", "yes", "y", "1", "on"})


async def run_console(db: Connection, *, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    """Answer lines from `stdin` on `stdout` until `quit` or end of input."""
    index = await NameIndex.load(db)
    interactive = stdin.isatty()
    if interactive:
        stdout.write("Type /help for the commands, a question, or quit.\n")
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line:  # end of input
            break
        line = line.strip()
        if line.lower() in QUIT_WORDS:
            break
        if line:
            stdout.write(render_answer(await console_answer(db, line, index)) + "\n\n")
            stdout.flush()


async def console_answer(db: Connection, line: str, index: NameIndex) -> Answer:
    """The answer to one console line: a slash command or a plain question."""
    if not line.startswith("/"):
        return await ask(db, line, index=index)
    command, _, rest = line[1:].partition(" ")
    command = command.lower()
    options = parse_options(rest)
    if command in FILM_COMMANDS or command == "plot":
        return await film_command(db, command, options, index)
    if command == "who":
        return await who_answer(db, options.get("name", ""), index=index)
    if command == "ask":
        return await ask(db, options.get("question", ""), index=index)
    if command == "help":
        return help_answer()
    return dataclasses.replace(help_answer(), summary=f"There is no /{command} command. These are the commands:")


async def film_command(db: Connection, command: str, options: dict[str, str], index: NameIndex) -> Answer:
    film = index.resolve_film(options.get("film", ""))
    if isinstance(film, NotFound):
        return film.as_answer()
    if command == "plot":
        return await plot_answer(db, film.id, full=flag(options, "full"),
                                 reveal_ending=flag(options, "reveal_ending"))
    return await FILM_COMMANDS[command](db, film.id)


def parse_options(rest: str) -> dict[str, str]:
    """"film: X reveal_ending: true" -> {"film": "X", "reveal_ending": "true"}.

    Text before the first option fills the command's main option (film, name or question),
    so `/cast Leaving Las Vegas` and `/cast film: Leaving Las Vegas` are the same.
    """
    parts = _OPTION.split(rest)
    options: dict[str, str] = {}
    if bare := parts[0].strip():
        options.update({"film": bare, "name": bare, "question": bare})
    for name, value in zip(parts[1::2], parts[2::2]):
        options[name.lower()] = value.strip()
    return options


def flag(options: dict[str, str], name: str) -> bool:
    return options.get(name, "").strip().lower() in _TRUE
