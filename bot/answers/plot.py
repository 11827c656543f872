"""The story of a film, told in the documents' own sentences, with the ending held back."""

from __future__ import annotations

from collections import Counter

from aiosqlite import Connection

from bot.answers.fields import no_such_film
from bot.answers.models import Answer, Passage, dedupe_sources
from bot.store import queries
from bot.store.records import FilmRecord, PlotLine

# Story sentences in the short version of the plot.
SHORT_PLOT_LINES = 4
ENDING_HELD_BACK = "The ending is held back; ask again with reveal_ending to see it."


async def plot_answer(db: Connection, film_id: int, *, full: bool = False, reveal_ending: bool = False) -> Answer:
    """The plot of the film `film_id`: a few sentences, or the whole story with `full`."""
    film = await queries.get_film(db, film_id)
    return build_plot(film, full=full, reveal_ending=reveal_ending) if film else no_such_film(film_id)


def build_plot(film: FilmRecord, *, full: bool = False, reveal_ending: bool = False) -> Answer:
    """Story sentences as passages; the short version opens with the document telling most of it.

    Ending sentences (`spoiler`) are included only with `reveal_ending`; when some were left
    out, the summary says so.
    """
    title = f"Plot of {film.label}"
    if not film.plot:
        return Answer(kind="plot", title=title, film_id=film.id,
                      summary=f"The documents tell no story for {film.label}.")
    lines = list(film.plot) if full else short_version(film.plot)
    shown = [line for line in lines if reveal_ending or not line.spoiler]
    held_back = not reveal_ending and any(line.spoiler for line in film.plot)
    passages = tuple(Passage(line.text, line.source, line.spoiler) for line in shown)
    tellers = dedupe_sources(*((p.source,) for p in passages))
    notes = [story_attribution(sorted({s.document for s in tellers}))] if passages else []
    summary = " ".join(notes + ([ENDING_HELD_BACK] if held_back else []))
    return Answer(kind="plot", title=title, film_id=film.id, summary=summary, passages=passages,
                  sources=tellers, has_spoilers=any(p.spoiler for p in passages))


def fullest_telling(plot: tuple[PlotLine, ...]) -> list[PlotLine]:
    """The story sentences of the document that tells the most of it."""
    teller = Counter(line.source.document_id for line in plot).most_common(1)[0][0]
    return [line for line in plot if line.source.document_id == teller]


def short_version(plot: tuple[PlotLine, ...]) -> list[PlotLine]:
    """The opening sentences of the fullest telling, then every document's ending sentences.

    Endings come from all documents because the fullest telling may stop before the end.
    """
    opening = [line for line in fullest_telling(plot) if not line.spoiler][:SHORT_PLOT_LINES]
    return opening + [line for line in plot if line.spoiler]


def story_attribution(documents: list[str]) -> str:
    if len(documents) == 1:
        return f"As told by {documents[0]}."
    return f"As told by {len(documents)} documents."
