"""Free-form questions: a known relation gets its structured fact, anything else the best
matching sentences of the documents, and nothing fitting gets a plain "I don't know".

The question is untrusted text of any length. Only its start is routed (`routing`), only its
words reach full-text search (the store quotes each one), and it is never echoed back
except as a name that was not found.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from aiosqlite import Connection

from bot.answers import routing
from bot.answers.cast import build_cast
from bot.answers.disc import audio_fields, build_disc, verdict_fields, video_fields
from bot.answers.fields import answer_sources, credit_field, multi_field, no_such_film, present, single_field
from bot.answers.film import build_film, novel_field
from bot.answers.matching import NameIndex, normalize
from bot.answers.models import Answer, Field, NotFound, Passage
from bot.answers.phrasing import field_value_text, format_runtime
from bot.answers.plot import build_plot
from bot.answers.routing import Route
from bot.answers.who import answer_for_match
from bot.store import queries
from bot.store.records import FilmRecord, FilmSummary, SentenceHit

DONT_KNOW = "I don't know: nothing in the documents answers that."
# Full-text search: how many candidate sentences to weigh, and how many to quote.
SEARCH_POOL = 40
QUOTED_SENTENCES = 3
# A quoted sentence must cover at least this share of the question's (rarity-weighted) words.
MIN_COVERAGE = 0.5
MAX_SEARCH_TERMS = 8

_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_SIBILANT_ES = ("sses", "shes", "ches", "xes", "zes")
_STOPWORDS = frozenset("""
a about after all also am an and any are as at be been before being but by can could did do does doing
for from had has have he her hers him his how i if in into is it its just me more most much my no not
of on or our she so some such than that the their them then there these they this those to too up us
very was we were what when where which while who whom whose why will with would you your film movie
films movies tell know say says said please
""".split())


async def ask(db: Connection, question: str, *, index: NameIndex | None = None) -> Answer:
    """The answer to a free-form question about the films in the store `db`."""
    text = routing.clean_question(question)
    if not text:
        return NotFound("Ask me something about a film, e.g. “who directed …?”.").as_answer()
    index = index or await NameIndex.load(db)
    found = routing.route(text)
    if found is not None:
        answer = await answer_route(db, found, index, text)
        if answer is not None:
            return answer
    return await search_answer(db, text, index)


async def answer_route(db: Connection, found: Route, index: NameIndex, text: str) -> Answer | None:
    """The structured answer to a routed question, or None when its words name nothing known."""
    if found.relation == "character":
        return await character_answer(db, found, index)
    if found.relation == "person":
        return await person_answer(db, found, index)
    if found.relation == "overview" and found.film and not isinstance(index.resolve_film(found.film), FilmSummary):
        return await person_answer(db, Route("person", name=found.film), index)
    film = locate_film(found, index, text)
    if film is None or isinstance(film, NotFound):
        return film.as_answer() if film else None
    record = await queries.get_film(db, film.id)
    if record is None:
        return no_such_film(film.id)
    return FILM_RELATIONS[found.relation](record)


def locate_film(found: Route, index: NameIndex, text: str) -> FilmSummary | NotFound | None:
    """The film a question is about: the one it names, else the only one there is.

    None means the words taken for a film name nothing like one, so the question was
    probably not the relation it looked like ("how long is Ben's stay?").
    """
    if found.film:
        film = index.resolve_film(found.film)
        if isinstance(film, FilmSummary) or film.suggestions:
            return film
        return index.film_named_in(text)
    if named := index.film_named_in(text):
        return named
    if len(index.films) == 1:
        return next(iter(index.films.values()))
    if not index.films:
        return NotFound("No films are known yet: ingest some documents first.")
    return NotFound("Which film do you mean?", tuple(f.label for f in index.complete_films("", 5)))


async def character_answer(db: Connection, found: Route, index: NameIndex) -> Answer | None:
    """"Who plays Sera (in …)?": whoever plays the character, in the film named if one is."""
    film = index.resolve_film(found.film) if found.film else None
    if isinstance(film, NotFound):
        if film.suggestions:
            return film.as_answer()
        film = None  # words that name no film are no reason to refuse the character
    match = index.resolve_name(found.name or "", film_id=film.id if film else None)
    if isinstance(match, NotFound):
        return match.as_answer() if match.suggestions else None
    if match.kind == "character" and film is not None and match.film_id != film.id:
        return NotFound(f"The documents do not say who plays {match.name} in {film.label}.").as_answer()
    return await answer_for_match(db, match, index)


async def person_answer(db: Connection, found: Route, index: NameIndex) -> Answer | None:
    """"Who is …?" / "what role does … play?": whoever the name means, if anyone."""
    match = index.resolve_name(found.name or "")
    if isinstance(match, NotFound):
        return match.as_answer() if match.suggestions else None
    return await answer_for_match(db, match, index)


# -- structured facts about one film ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FactQuestion:
    """A question one field of the film answers: "{film} was directed by {value}."."""

    subject: str  # "Director": the answer is titled "Director of Leaving Las Vegas (1995)"
    field: Callable[[FilmRecord], Field | None]
    sentence: str  # the summary, formatted with the film's title and the field's value
    missing: str  # said when the documents do not give the fact

    def __call__(self, record: FilmRecord) -> Answer:
        field = self.field(record)
        if field is None:
            return NotFound(self.missing.format(film=record.label)).as_answer()
        summary = self.sentence.format(film=record.title, value=field_value_text(field))
        return Answer(kind="ask", title=f"{self.subject} of {record.label}", film_id=record.id, summary=summary,
                      fields=(field,), sources=answer_sources((field,)))


@dataclass(frozen=True, slots=True)
class DiscQuestion:
    """A question about one aspect of the Blu-ray: its facts, then any review sentences on it."""

    aspect: str
    facts: Callable[[FilmRecord], tuple[Field, ...]]
    review: Callable[[FilmRecord], tuple[Field, ...]] = lambda record: ()

    def __call__(self, record: FilmRecord) -> Answer:
        facts, review = self.facts(record), self.review(record)
        if not (facts or review):
            missing = f"The documents do not give the {self.aspect} of the Blu-ray of {record.label}."
            return NotFound(missing).as_answer()
        subject = f"{self.aspect.capitalize()} of the Blu-ray of {record.label}"
        summary = (f"{subject}: {'; '.join(field_value_text(f) for f in facts)}." if facts
                   else f"{subject}, as the review describes it:")
        return Answer(kind="ask", title=subject, film_id=record.id,
                      summary=summary, fields=facts + review, sources=answer_sources(facts + review))


FILM_RELATIONS: dict[str, Callable[[FilmRecord], Answer]] = {
    "director": FactQuestion("Director", lambda r: credit_field("Directed by", r.directors),
                             "{film} was directed by {value}.", "The documents do not name the director of {film}."),
    "novel": FactQuestion("Source novel", novel_field,
                          "{film} is based on {value}.", "The documents do not say {film} is based on a novel."),
    "composer": FactQuestion("Composer", lambda r: credit_field("Music by", r.composers),
                             "The music for {film} is by {value}.",
                             "The documents do not name the composer of {film}."),
    "year": FactQuestion("Year", lambda r: single_field("Year", r.year),
                         "{film} is from {value}.", "The documents do not give the year of {film}."),
    "runtime": FactQuestion("Runtime", lambda r: single_field("Runtime", r.runtime_min, format_runtime),
                            "{film} runs {value}.", "The documents do not give the runtime of {film}."),
    "genre": FactQuestion("Genre", lambda r: multi_field("Genres", r.genres),
                          "{film}: {value}.", "The documents do not give the genre of {film}."),
    "cast": build_cast,
    "about": build_plot,
    "overview": build_film,
    "disc": build_disc,
    "disc:aspect_ratio": DiscQuestion("aspect ratio",
                                      lambda r: present(multi_field("Aspect ratio", r.disc.aspect_ratios))),
    "disc:resolution": DiscQuestion("resolution", lambda r: present(single_field("Resolution", r.disc.resolution))),
    "disc:codec": DiscQuestion("video codec", lambda r: present(single_field("Video codec", r.disc.codec))),
    "disc:hdr": DiscQuestion("HDR formats", lambda r: present(multi_field("HDR", r.disc.hdr))),
    "disc:subtitles": DiscQuestion("subtitles", lambda r: present(multi_field("Subtitles", r.disc.subtitles))),
    "disc:features": DiscQuestion("special features",
                                  lambda r: present(multi_field("Special features", r.disc.features))),
    "disc:picture": DiscQuestion("picture", lambda r: video_fields(r.disc),
                                 lambda r: verdict_fields(r.disc, ("video",))),
    "disc:audio": DiscQuestion("audio", lambda r: audio_fields(r.disc), lambda r: verdict_fields(r.disc, ("audio",))),
}


# -- full-text search -----------------------------------------------------------------------


async def search_answer(db: Connection, text: str, index: NameIndex) -> Answer:
    """The sentences that best answer `text`, quoted with their sources, or "I don't know"."""
    film = index.film_named_in(text)
    terms = search_terms(text, film)
    if not terms:
        return NotFound(DONT_KNOW).as_answer()
    hits = await queries.search_sentences(db, " ".join(search_words(terms)), limit=SEARCH_POOL)
    if film is not None and any(h.film_id == film.id for h in hits):
        hits = [h for h in hits if h.film_id == film.id]
    best = best_sentences(hits, terms)
    if not best:
        return NotFound(DONT_KNOW).as_answer()
    spoilers = await spoiler_spans(db, best)
    passages = tuple(Passage(h.source.sentence, h.source, (h.source.document_id, h.source.start) in spoilers)
                     for h in best)
    films = {h.film_title for h in best if h.film_title}
    summary = f"From the documents about {films.pop()}:" if len(films) == 1 else "From the documents:"
    return Answer(kind="ask", title="From the documents", film_id=best[0].film_id, summary=summary,
                  passages=passages, sources=answer_sources((), passages),
                  has_spoilers=any(p.spoiler for p in passages))


def search_terms(text: str, film: FilmSummary | None) -> list[str]:
    """The question's content words (no stopwords, no words of the film's own title)."""
    title_words = set(normalize(film.title).split()) if film else set()
    words = [w for w in _WORD.findall(normalize(_POSSESSIVE.sub("", text)))
             if w not in _STOPWORDS and w not in title_words]
    return list(dict.fromkeys(words))[:MAX_SEARCH_TERMS]


def stem(word: str) -> str:
    """A crude English stem, enough that "offer" meets "offers"/"offered" and "lose" "loses"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(_SIBILANT_ES):
        return word[:-2]
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and not word.endswith("ss") and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def search_words(terms: list[str]) -> list[str]:
    """The terms with their common inflections, since the index matches whole words only."""
    words: list[str] = []
    for term in terms:
        base = stem(term)
        words += [term, base, base + "s", base + "ed", base + "ing"]
    return list(dict.fromkeys(words))[: queries.MAX_SEARCH_WORDS]


def enough_terms(matched: int, asked: int) -> bool:
    """Whether a sentence sharing `matched` of the question's `asked` words may answer it:
    at most a third may be missing, so "what is Sera's job?" is not answered by Ben's job."""
    return matched >= asked - asked // 3


def best_sentences(hits: list[SentenceHit], terms: list[str]) -> list[SentenceHit]:
    """The hits covering enough of the question, best covered first.

    Each term weighs by how rare it is among the candidates (a name in every sentence
    says little), so "offer" outweighs "Sera" when asking what Ben offers Sera.
    """
    stems = [stem(t) for t in terms]
    hit_stems = [{stem(w) for w in _WORD.findall(normalize(h.source.sentence))} for h in hits]
    weights = {s: math.log(1 + (len(hits) + 1) / (1 + sum(s in hs for hs in hit_stems))) for s in stems}
    total = sum(weights.values())
    scored = []
    for hit, words in zip(hits, hit_stems):
        shared = [s for s in stems if s in words]
        coverage = sum(weights[s] for s in shared) / total
        if coverage >= MIN_COVERAGE and enough_terms(len(shared), len(stems)):
            scored.append((coverage, hit.rank, hit))
    scored.sort(key=lambda c: (-c[0], -c[1]))
    return [hit for _, _, hit in scored[:QUOTED_SENTENCES]]


async def spoiler_spans(db: Connection, hits: list[SentenceHit]) -> set[tuple[int, int]]:
    """(document id, start) of every hit sentence that tells a film's ending."""
    spans: set[tuple[int, int]] = set()
    for film_id in {h.film_id for h in hits if h.film_id is not None}:
        record = await queries.get_film(db, film_id)
        if record is not None:
            spans |= {(p.source.document_id, p.source.start) for p in record.plot if p.spoiler}
    return spans
