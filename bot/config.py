"""Settings, read once from the environment (and `.env`, if present).

The Discord token is only ever read here and handed to discord.py; it is never logged or
printed. Every setting is listed in `.env.example`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent


def bundled_documents_dir() -> Path:
    """`data/documents/` of this checkout, or the copy packed into a wheel."""
    for candidate in (Path.cwd() / "data" / "documents", REPO_DIR / "data" / "documents",
                      PACKAGE_DIR / "_bundled_documents"):
        if candidate.is_dir():
            return candidate
    return Path.cwd() / "data" / "documents"


def default_database_path() -> Path:
    """`./data/film-trivia.db` inside a checkout, else the user's data directory."""
    local = Path.cwd() / "data"
    if (local / "documents").is_dir():
        return local / "film-trivia.db"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "film-trivia" / "film-trivia.db"


def _ids(raw: str | None) -> frozenset[int]:
    return frozenset(int(x) for x in (raw or "").replace(",", " ").split() if x.isdigit())


@dataclass(frozen=True)
class Settings:
    token: str | None
    database: Path
    documents: Path
    owner_ids: frozenset[int]
    shard_count: int | None
    cooldown_rate: int
    cooldown_per: float
    log_level: str

    def __repr__(self) -> str:  # never show the token
        return f"Settings(database={self.database!s}, documents={self.documents!s}, shard_count={self.shard_count})"


def load_settings(env_file: str | os.PathLike | None = None) -> Settings:
    load_dotenv(env_file or Path.cwd() / ".env", override=False)
    env = os.environ
    shards = env.get("FILM_TRIVIA_SHARD_COUNT", "").strip()
    return Settings(
        token=(env.get("DISCORD_TOKEN") or "").strip() or None,
        database=Path(env.get("FILM_TRIVIA_DB") or default_database_path()),
        documents=Path(env.get("FILM_TRIVIA_DOCUMENTS") or bundled_documents_dir()),
        owner_ids=_ids(env.get("FILM_TRIVIA_OWNER_IDS")),
        shard_count=int(shards) if shards.isdigit() and int(shards) > 0 else None,
        cooldown_rate=int(env.get("FILM_TRIVIA_COOLDOWN_RATE", "5")),
        cooldown_per=float(env.get("FILM_TRIVIA_COOLDOWN_SECONDS", "10")),
        log_level=env.get("FILM_TRIVIA_LOG_LEVEL", "INFO").upper(),
    )
