"""`film-trivia` command line: extract, ingest, ask, console, run, sync.

Each subcommand is a thin shell over its layer; imports are lazy so `extract` does not pay
for discord.py and `ask` does not pay for the gateway.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from bot.config import load_settings


def _cmd_extract(args: argparse.Namespace) -> int:
    from bot.extract import extract_document
    from bot.ingest.reader import DocumentError, read_document

    try:
        text = read_document(Path(args.file))
    except DocumentError as exc:
        print(f"film-trivia: {exc}", file=sys.stderr)
        return 1
    facts = extract_document(text)
    if args.json:
        print(json.dumps(facts.to_contract(), ensure_ascii=False, indent=2))
    else:
        from bot.render.terminal import render_facts

        print(render_facts(facts))
    return 0


def _cmd_ingest(args: argparse.Namespace) -> int:
    from bot.ingest.pipeline import ingest_paths
    from bot.store.db import open_database

    settings = load_settings()
    paths = [Path(p) for p in args.paths] or [settings.documents]

    async def go() -> int:
        db = await open_database(Path(args.db) if args.db else settings.database)
        try:
            report = await ingest_paths(db, paths, progress=lambda line: print(line, file=sys.stderr))
        finally:
            await db.close()
        print(report.summary())
        return 1 if report.failed else 0

    return asyncio.run(go())


async def _open_filled(db_path: str | None):
    """The database, filled from the bundled documents on first use."""
    from bot.ingest.pipeline import open_filled_database

    settings = load_settings()
    return await open_filled_database(Path(db_path) if db_path else settings.database, settings.documents)


def _cmd_ask(args: argparse.Namespace) -> int:
    from bot.answers.ask import ask
    from bot.render.terminal import render_answer

    async def go() -> int:
        db = await _open_filled(args.db)
        try:
            answer = await ask(db, args.question)
        finally:
            await db.close()
        print(answer.to_json() if args.json else render_answer(answer))
        return 0 if answer.found else 1

    return asyncio.run(go())


def _cmd_console(args: argparse.Namespace) -> int:
    from bot.console import run_console

    async def go() -> int:
        db = await _open_filled(args.db)
        try:
            await run_console(db)
        finally:
            await db.close()
        return 0

    return asyncio.run(go())


def _cmd_run(args: argparse.Namespace) -> int:
    from bot.discord_app.runner import run_bot

    return run_bot(load_settings())


def _cmd_sync(args: argparse.Namespace) -> int:
    from bot.discord_app.runner import sync_commands

    return sync_commands(load_settings(), guild_id=args.guild)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="film-trivia", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print the facts one document yields")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the extraction contract as JSON")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("ingest", help="extract documents into the database (default: data/documents/)")
    p.add_argument("paths", nargs="*", help="files or folders")
    p.add_argument("--db", help="database path (default: FILM_TRIVIA_DB or ./data/film-trivia.db)")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("ask", help="answer one question offline and exit")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print the answer with its sources as JSON")
    p.add_argument("--db", help="database path")
    p.set_defaults(func=_cmd_ask)

    p = sub.add_parser("console", help="type slash commands or questions and see the bot's answers")
    p.add_argument("--db", help="database path")
    p.set_defaults(func=_cmd_console)

    p = sub.add_parser("run", help="start the Discord bot (DISCORD_TOKEN from the environment or .env)")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("sync", help="register the slash commands with Discord")
    p.add_argument("--guild", type=int, help="sync to one guild (instant) instead of globally")
    p.set_defaults(func=_cmd_sync)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
