"""The Discord surface: a `commands.Bot` whose cogs turn slash commands into answers.

Thin glue only: every fact comes from `bot.answers`, every embed from `bot.render.embeds`.
"""

from bot.discord_app.bot import FilmTriviaBot, FilmTriviaShardedBot, create_bot

__all__ = ["FilmTriviaBot", "FilmTriviaShardedBot", "create_bot"]
