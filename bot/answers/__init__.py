"""Questions in, `Answer`s out: every answer built from store records, with its sources.

Each answer has a pure core over records (`build_film(film)`, `build_cast(film)` …), tested
on hand-made records, and a thin async wrapper that fetches them from the store.
"""

from bot.answers.ask import ask
from bot.answers.cast import build_cast, cast_answer
from bot.answers.disc import build_disc, disc_answer
from bot.answers.film import build_film, build_sources, film_answer, sources_answer
from bot.answers.help import help_answer
from bot.answers.matching import NameIndex, NameMatch
from bot.answers.models import Answer, Conflict, Field, NotFound, Passage
from bot.answers.plot import build_plot, plot_answer
from bot.answers.who import build_character, build_person, who_answer

__all__ = [
    "Answer", "Conflict", "Field", "NameIndex", "NameMatch", "NotFound", "Passage",
    "ask", "build_cast", "build_character", "build_disc", "build_film", "build_person", "build_plot",
    "build_sources", "cast_answer", "disc_answer", "film_answer", "help_answer", "plot_answer",
    "sources_answer", "who_answer",
]
