"""Free-form questions: understood entity-first, answered only from the film they name.

`understanding.understand` finds what a question names and what it asks. The rules here:
- **The named film rules.** When a question names a film, only that film's facts answer it;
  a film the documents do not know gets "I don't know anything about …", never another
  film's facts, and a character found only in another film is not answered as the named one's.
- A known relation gets its structured fact (with every rival claim shown), a yes/no
  question gets its proposed value checked, and anything else gets the best matching
  sentences of that film's documents, or a plain "I don't know".
- A typo forgiven is said ("taking “leavng las vegs” as Leaving Las Vegas").

The question is untrusted text of any length; only its words reach full-text search (the
store quotes each one), and it is never echoed back except as a name that was not found.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from aiosqlite import Connection

from bot.answers import routing
from bot.answers.cast import build_cast
from bot.answers.disc import audio_fields, build_disc, resolution_text, verdict_fields, video_fields
from bot.answers.fields import answer_sources, credit_field, multi_field, no_such_film, present, single_field
from bot.answers.film import build_film, novel_field
from bot.answers.matching import NameIndex, NameMatch, normalize, quoted
from bot.answers.models import Answer, Field, NotFound, Passage
from bot.answers.phrasing import field_value_text, format_runtime
from bot.answers.plot import build_plot
from bot.answers.understanding import Question, understand
from bot.answers.who import (answer_for_match, build_character, casting_fields, character_castings, credit_for,
                             describe_character)
from bot.store import queries
from bot.store.records import CastMember, ClaimSet, FilmRecord, FilmSummary, SentenceHit

DONT_KNOW = "I don't know: nothing in the documents answers that."
# Full-text search: how many candidate sentences to weigh, and how many to quote.
SEARCH_POOL = 40
QUOTED_SENTENCES = 3
# A quoted sentence must cover at least this share of the question's (rarity-weighted) words.
MIN_COVERAGE = 0.5
MAX_SEARCH_TERMS = 8
# How many words before a character's name may describe them in a credit ("her pimp Yuri").
DESCRIPTOR_REACH = 3

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
    understood = understand(text, index)
    answer = await answer_question(db, understood, index)
    return with_readings(answer, understood)


def with_readings(answer: Answer, question: Question) -> Answer:
    """The answer led by how any typo in the question was read."""
    readings = question.readings
    if not readings or not answer.found:
        return answer
    text = "; ".join(readings)
    note = f"({text[0].upper()}{text[1:]}.)"
    return replace(answer, summary=f"{note} {answer.summary}" if answer.summary else note)


async def answer_question(db: Connection, q: Question, index: NameIndex) -> Answer:
    """The answer to an understood question; see the module docstring for the rules."""
    if q.unknown_film and not q.films:
        return unknown_film(q)
    if len({m.film.id for m in q.films}) > 1 and q.relation not in (None, "person"):
        return NotFound("Which film do you mean?", tuple(dict.fromkeys(m.film.label for m in q.films))).as_answer()
    relation = q.relation
    if relation == "plays" or (relation is None and q.descriptor and _asks_who(q)):
        return await who_plays(db, q, index)
    if relation == "role":
        return await role_of(db, q, index)
    if relation in ("person", "describe") or (relation is None and q.names and _only_names(q)):
        return await who_is(db, q, index)
    if q.unknown_name and not q.names and relation in (None, "role"):  # "who is Ada Nobody in …?"
        return NotFound(f"I don't know anyone called “{quoted(q.unknown_name)}”.").as_answer()
    if relation is None and _ASKS_A_ROLE.search(q.text) and not q.names:  # "which part does Ada Nobody have?"
        return NotFound("I don't know that person: the documents name no one by those words.").as_answer()
    if relation is None and q.film is not None and _only_names(q):
        return await film_relation(db, q, index, "overview")
    if relation in FILM_RELATIONS or relation in ("review", "disc:compare"):
        return await film_relation(db, q, index, relation)
    return await search_answer(db, q, index)


# A question about someone's part in a film: "which part/role/character does X have/play".
_ASKS_A_ROLE = re.compile(r"\b(?:which|what)\s+(?:part|role|character)s?\b.*\b(?:have|has|had|play|plays|played)\b",
                          re.IGNORECASE)


def unknown_film(q: Question) -> Answer:
    if q.suggestions:
        return NotFound(f"I don't know a film called “{quoted(q.unknown_film or '')}”.", q.suggestions).as_answer()
    return NotFound(f"I don't know anything about {quoted(q.unknown_film or '')}: no document is about it.").as_answer()


def _asks_who(q: Question) -> bool:
    return bool(re.match(r"(?:who|which|what(?:'s| is) the name)\b", q.text, re.IGNORECASE))


def _only_names(q: Question) -> bool:
    """Whether the question is nothing but the names it holds ("Leaving Las Vegas", "Sera")."""
    text = q.text
    for mention in [*q.films, *q.names]:
        text = text.replace(mention.span.text, " ")
    rest = [w for w in _WORD.findall(text.lower()) if w not in _ONLY_NAMES_FILLER]
    return not rest


# Words that leave a question nothing but its names: "tell me about Leaving Las Vegas", "Sera?".
_ONLY_NAMES_FILLER = frozenset("the a an who is was what about tell me info on please film movie and s".split())


# -- the film a question is about -----------------------------------------------------------


def question_film(q: Question, index: NameIndex) -> FilmSummary | NotFound:
    """The film the question names; else the one film its characters belong to; else the
    only film there is."""
    if q.film is not None:
        return q.film
    films = {c.film_id for c in q.characters() if c.film_id is not None}
    if len(films) == 1:
        return index.films[films.pop()]
    if len(index.films) == 1:
        return next(iter(index.films.values()))
    if not index.films:
        return NotFound("No films are known yet: ingest some documents first.")
    return NotFound("Which film do you mean?", tuple(f.label for f in index.complete_films("", 5)))


async def film_relation(db: Connection, q: Question, index: NameIndex, relation: str) -> Answer:
    film = question_film(q, index)
    if isinstance(film, NotFound):
        return film.as_answer()
    record = await queries.get_film(db, film.id)
    if record is None:
        return no_such_film(film.id)
    if q.confirm is not None and relation in CONFIRMATIONS:
        return CONFIRMATIONS[relation](record, q.confirm)
    if relation == "about":
        return build_plot(record, reveal_ending=q.spoilers)
    if relation == "review":
        return review_answer(record)
    if relation == "disc:compare":
        return COMPARE_PICTURE_AND_SOUND(record)
    return FILM_RELATIONS[relation](record)


# -- who plays whom -------------------------------------------------------------------------


async def who_plays(db: Connection, q: Question, index: NameIndex) -> Answer:
    """"Who plays Sera (in …)?", "who plays the prostitute?", "what's the name of Sera's pimp?"."""
    film = q.film
    named = q.characters(film.id if film else None)
    if q.descriptor and (q.owner or not named):
        return await descriptor_answer(db, q, index)
    if named:
        return await character_answer(db, named, index)
    if film is not None and q.characters():
        name = q.characters()[0].name
        return NotFound(f"The documents do not say who plays {name} in {film.label}.").as_answer()
    if q.people():  # "who is Mara Quill playing?" reads like "plays" but names an actor
        return await role_of(db, q, index)
    if q.unknown_name:
        where = f" in {film.label}" if film else ""
        return NotFound(f"I don't know a character called “{quoted(q.unknown_name)}”{where}.").as_answer()
    return NotFound(DONT_KNOW).as_answer()


async def character_answer(db: Connection, named: list[NameMatch], index: NameIndex) -> Answer:
    """Whoever plays the character named; one character in several films needs the film."""
    films = {m.film_id for m in named}
    if len(films) > 1:
        labels = tuple(dict.fromkeys(m.label for m in named))
        return NotFound(f"Several films have a character called {named[0].name}; which one?", labels).as_answer()
    return await answer_for_match(db, named[0], index)


async def descriptor_answer(db: Connection, q: Question, index: NameIndex) -> Answer:
    """The character a descriptor points at ("the pimp"), in the film named or implied, or in
    the one film whose documents describe someone so."""
    film = question_film(q, index) if (q.film or q.characters()) else None
    if isinstance(film, NotFound):
        film = None
    records = [await queries.get_film(db, film.id)] if film else await _films_mentioning(db, q.descriptor or "")
    found = [(record, member) for record in records if record is not None
             for member in described_as(record, q.descriptor or "", q.owner)]
    if not found:
        where = f" in {film.label}" if film else ""
        return NotFound(f"The documents describe no one as “{quoted(q.descriptor or '')}”{where}.").as_answer()
    if len({record.id for record, _ in found}) > 1:
        labels = tuple(dict.fromkeys(f"{m.character or m.actor} — {r.label}" for r, m in found))
        return NotFound(f"Several films have someone described as {q.descriptor}; which one?", labels).as_answer()
    record, member = found[0]
    return build_character(member.character or member.actor, [(record, member)])


async def _films_mentioning(db: Connection, word: str) -> list[FilmRecord | None]:
    hits = await queries.search_sentences(db, word, limit=SEARCH_POOL)
    film_ids = list(dict.fromkeys(h.film_id for h in hits if h.film_id is not None))[:5]
    return [await queries.get_film(db, film_id) for film_id in film_ids]


def described_as(record: FilmRecord, descriptor: str, owner: str | None = None) -> list[CastMember]:
    """Cast members the documents describe with `descriptor`: in a description of them
    ("a Las Vegas prostitute"), or in the words just before their name in a credit ("her
    pimp Yuri", "a pimp named Yuri"); with `owner`, a description that names the owner too."""
    stem_word = stem(descriptor.lower())
    found = []
    for member in record.cast:
        texts = [c.value for c in member.descriptions.claims]
        if member.character:
            for source in member.sources:
                before = re.split(re.escape(member.character.split()[0]), source.sentence)[0]
                texts.append(" ".join(before.split()[-DESCRIPTOR_REACH - 1:]))
        for text in texts:
            words = {stem(w) for w in _WORD.findall(text.lower())}
            if stem_word in words and (owner is None or owner.lower() in text.lower() or _possessive_of(text)):
                found.append(member)
                break
    return found


def _possessive_of(text: str) -> bool:
    """"her pimp", "his wife": a descriptor that is someone's."""
    return bool(re.search(r"\b(?:her|his|their)\b", text.lower()))


async def role_of(db: Connection, q: Question, index: NameIndex) -> Answer:
    """"Which part does Nicolas Cage have in Leaving Las Vegas?": the role in the film named
    (and only there), else every role the person has."""
    people = q.people()
    if not people:
        return NotFound(DONT_KNOW).as_answer()
    person = people[0]
    if q.film is None:
        return await answer_for_match(db, person, index)
    record = await queries.get_film(db, q.film.id)
    if record is None:
        return no_such_film(q.film.id)
    member = credit_for(record, person)
    if member is None:
        return NotFound(f"The documents do not name {person.name} in {record.label}.").as_answer()
    return build_role(record, member)


def build_role(record: FilmRecord, member: CastMember) -> Answer:
    """"Nicolas Cage plays Ben Sanderson in Leaving Las Vegas (1995)."."""
    fields = casting_fields(record, member)
    role = f"plays {member.character}" if member.character else "is in the cast, in a role the documents do not name,"
    return Answer(kind="who", title=member.actor, film_id=record.id, summary=f"{member.actor} {role} in {record.label}.",
                  fields=fields, sources=answer_sources(fields))


async def who_is(db: Connection, q: Question, index: NameIndex) -> Answer:
    """"Who is Sera?", "what does Ben do?", "who is Nicolas Cage?"."""
    film = q.film
    characters = q.characters(film.id if film else None)
    if characters and q.relation == "describe" and len({c.film_id for c in characters}) == 1:
        return describe_character(characters[0].name, await character_castings(db, characters[0], index))
    if characters:
        return await character_answer(db, characters, index)
    people = q.people()
    if people:
        if film is not None:
            return await role_of(db, q, index)
        return await answer_for_match(db, people[0], index)
    if film is not None and q.characters():
        name = q.characters()[0].name
        return NotFound(f"The documents name no {name} in {film.label}.").as_answer()
    return NotFound(DONT_KNOW).as_answer()


# -- structured facts about one film ------------------------------------------------------


def fact_answer(record: FilmRecord, title: str, summary: str, fields: tuple[Field, ...]) -> Answer:
    """A structured answer about one film: its summary and the fields it rests on, citing
    every sentence those fields (and their rival claims) cite."""
    return Answer(kind="ask", title=title, film_id=record.id, summary=summary, fields=fields,
                  sources=answer_sources(fields))


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
        return fact_answer(record, f"{self.subject} of {record.label}", summary, (field,))


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
        return fact_answer(record, subject, summary, facts + review)


def _genres_field(record: FilmRecord) -> Field | None:
    return multi_field("Genres", record.genres)


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
    "genre": FactQuestion("Genre", _genres_field, "{film}: {value}.", "The documents do not give the genre of {film}."),
    "cast": build_cast,
    "about": build_plot,
    "overview": build_film,
    "disc": build_disc,
    "disc:aspect_ratio": DiscQuestion("aspect ratio",
                                      lambda r: present(multi_field("Aspect ratio", r.disc.aspect_ratios))),
    "disc:resolution": DiscQuestion("resolution", lambda r: present(single_field("Resolution", r.disc.resolution,
                                                                                    resolution_text))),
    "disc:codec": DiscQuestion("video codec", lambda r: present(single_field("Video codec", r.disc.codec))),
    "disc:hdr": DiscQuestion("HDR formats", lambda r: present(multi_field("HDR", r.disc.hdr))),
    "disc:subtitles": DiscQuestion("subtitles", lambda r: present(multi_field("Subtitles", r.disc.subtitles))),
    "disc:features": DiscQuestion("special features",
                                  lambda r: present(multi_field("Special features", r.disc.features))),
    "disc:picture": DiscQuestion("picture", lambda r: video_fields(r.disc),
                                 lambda r: verdict_fields(r.disc, ("video",))),
    "disc:audio": DiscQuestion("audio", lambda r: audio_fields(r.disc), lambda r: verdict_fields(r.disc, ("audio",))),
}
COMPARE_PICTURE_AND_SOUND = DiscQuestion("picture and sound", lambda r: video_fields(r.disc) + audio_fields(r.disc),
                                         lambda r: verdict_fields(r.disc, ("video", "audio")))


def review_answer(record: FilmRecord) -> Answer:
    """What the reviews say of the disc's picture and sound, in their own sentences."""
    fields = verdict_fields(record.disc)
    if not fields:
        return NotFound(f"The documents hold no reviewer's verdict on {record.label}.").as_answer()
    return fact_answer(record, f"Reviews of {record.label}", f"What the reviews say of {record.label}:", fields)


# -- yes/no questions: the proposed value checked against the documents ---------------------


def confirm_year(record: FilmRecord, proposed: str) -> Answer:
    """"Is X from 2007?" -> "No: the documents say X is from 1995 — one source says 2007."."""
    field = single_field("Year", record.year)
    if field is None:
        return NotFound(f"The documents do not give the year of {record.label}.").as_answer()
    verdict = "Yes" if field.value == proposed else "No"
    summary = f"{verdict}: the documents say {record.title} is from {field_value_text(field)}."
    return fact_answer(record, f"Year of {record.label}", summary, (field,))


def confirm_genre(record: FilmRecord, proposed: str) -> Answer:
    """"Is X a romantic comedy?" -> checked against the genres the documents give."""
    field = _genres_field(record)
    if field is None:
        return NotFound(f"The documents do not give the genre of {record.label}.").as_answer()
    wanted = {stem(w) for w in _WORD.findall(proposed.lower())} - {"romantic"} | (
        {"romance"} if "romantic" in proposed.lower() else set())
    given = {stem(w) for c in record.genres.claims for w in _WORD.findall(str(c.value).lower())}
    verdict = "Yes" if wanted <= given else "No"
    summary = f"{verdict}: the documents call {record.title} {field.value.lower()}."
    return fact_answer(record, f"Genre of {record.label}", summary, (field,))


def confirm_resolution(record: FilmRecord, proposed: str) -> Answer:
    """"Is the X Blu-ray in 4K?" -> the disc's resolution, with a yes or a no."""
    field = single_field("Resolution", record.disc.resolution)
    if field is None:
        return NotFound(f"The documents do not give the resolution of the Blu-ray of {record.label}.").as_answer()
    asked_uhd = proposed.lower() in {"4k", "uhd", "ultra hd", "2160", "2160p"}
    is_uhd = field.value.lower().startswith("2160") or "4k" in field.value.lower()
    verdict = "Yes" if asked_uhd == is_uhd else "No"
    summary = f"{verdict}: the Blu-ray of {record.title} is {resolution_text(field_value_text(field))}."
    return fact_answer(record, f"Resolution of the Blu-ray of {record.label}", summary, (field,))


def confirm_credit(job: str, claims: Callable[[FilmRecord], ClaimSet[str]], verb: str) -> Callable[[FilmRecord, str], Answer]:
    """"Was X directed by Y?" -> checked against the people the documents credit."""
    def confirm(record: FilmRecord, proposed: str) -> Answer:
        field = credit_field(job, claims(record))
        if field is None:
            return NotFound(f"The documents do not name the {job.lower()} of {record.label}.").as_answer()
        named = {normalize(c.value) for c in claims(record).claims}
        verdict = "Yes" if normalize(proposed) in named else "No"
        summary = f"{verdict}: the documents say {record.title} was {verb} {field_value_text(field)}."
        return fact_answer(record, f"{job} of {record.label}", summary, (field,))
    return confirm


CONFIRMATIONS: dict[str, Callable[[FilmRecord, str], Answer]] = {
    "year": confirm_year, "genre": confirm_genre, "disc:resolution": confirm_resolution,
    "director": confirm_credit("Director", lambda r: r.directors, "directed by"),
    "composer": confirm_credit("Composer", lambda r: r.composers, "scored by"),
}


# -- full-text search, within the film's own documents --------------------------------------


async def search_answer(db: Connection, q: Question, index: NameIndex) -> Answer:
    """The sentences of the film's documents that best answer the question, or "I don't know".

    With no film named or implied, the whole store is searched only when it holds one film.
    Sentences telling the ending are left out unless the question allows spoilers.
    """
    film = question_film(q, index)
    if isinstance(film, NotFound):
        if q.names or q.films or not index.films:
            return film.as_answer()
        film = None  # nothing names a film: every document is searched, and one film must answer
    terms = search_terms(q.text, film)
    if not terms:
        return NotFound(DONT_KNOW).as_answer()
    hits = await queries.search_sentences(db, " ".join(search_words(terms)), limit=SEARCH_POOL,
                                          film_id=film.id if film else None)
    best = best_sentences(hits, terms)
    if film is None and len({h.film_id for h in best}) > 1:
        return NotFound("Which film do you mean?", tuple(dict.fromkeys(
            index.films[h.film_id].label for h in best if h.film_id in index.films))).as_answer()
    spoilers = await spoiler_spans(db, best)
    shown = [h for h in best if q.spoilers or (h.source.document_id, h.source.start) not in spoilers]
    if not shown:
        if best:
            return NotFound("The answer would give the ending away: ask again with “spoilers ok”.").as_answer()
        return NotFound(DONT_KNOW).as_answer()
    passages = tuple(Passage(h.source.sentence, h.source, (h.source.document_id, h.source.start) in spoilers)
                     for h in shown)
    films = {h.film_title for h in shown if h.film_title}
    summary = f"From the documents about {films.pop()}:" if len(films) == 1 else "From the documents:"
    return Answer(kind="ask", title="From the documents", film_id=shown[0].film_id, summary=summary,
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

