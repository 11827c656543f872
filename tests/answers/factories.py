"""Hand-made store records for answer, rendering and console tests (an invented film)."""

from __future__ import annotations

import dataclasses

from bot.store.records import (AudioTrack, CastMember, Claim, ClaimSet, DiscRecord, DocumentInfo, FilmRecord,
                               FilmSummary, PersonRecord, PersonRole, PlotLine, Source, Verdict)

DOCS = {1: "lantern-review.txt", 2: "lantern-bluray.txt"}
_offsets: dict[int, int] = {}


def src(doc: int, sentence: str) -> Source:
    """A source sentence in document `doc`, placed after the previous one."""
    start = _offsets.get(doc, 0)
    _offsets[doc] = start + len(sentence) + 1
    return Source(doc, DOCS[doc], sentence, start, start + len(sentence))


def claims(*pairs) -> ClaimSet:
    """ClaimSet from (value, source, ...) tuples, best first."""
    weighted = enumerate(pairs)
    return ClaimSet(tuple(Claim(value, tuple(sources), float(len(pairs) - i)) for i, (value, *sources) in weighted))


S_INTRO = src(1, "The Lantern Keeper is a 2003 mystery drama directed by Ada Marlow.")
S_HEADER = src(1, "Released 2009")
S_NOVEL = src(1, "It adapts Harbour Lights, the novel by Tomas Ekberg.")
S_SCORE = src(1, "Rui Lenz wrote the spare piano score.")
S_RUNTIME = src(1, "The film runs 104 minutes.")
S_CAST = src(1, "Jonah Pike plays Eli Ward, a lighthouse keeper, opposite Mara Quill as Nell.")
S_SUPPORT = src(1, "Otto Brandt appears as Sheriff Kale.")
S_CAST2 = src(2, "Eli Ward (Jonah Pike) is a retired sailor in this telling.")
S_PLOT = [src(1, t) for t in (
    "Eli tends a lighthouse on a cold northern island.",
    "Nell arrives on the supply boat looking for her missing brother.",
    "Together they find a logbook hidden beneath the lamp room.",
    "Sheriff Kale warns them to stop asking questions.",
    "The storm season closes the harbour for a month.",
    "In the end Eli burns the logbook and Nell leaves on the last boat.",
)]
S_DISC = src(2, "The disc offers a 1080p AVC transfer framed at 2.39:1.")
S_AUDIO = src(2, "Audio is a DTS-HD Master Audio 5.1 track in English.")
S_SUBS = src(2, "English SDH subtitles are included.")
S_EXTRAS = src(2, "Extras are an audio commentary and a trailer.")
S_V_VERDICT = src(2, "Night scenes look murky but daylight detail is crisp.")
S_A_VERDICT = src(2, "The surround mix puts the wind in every channel.")


def lantern(**changes) -> FilmRecord:
    """A film with two documents, a year conflict and conflicting character descriptions."""
    eli = CastMember(1, "Jonah Pike", "Eli Ward", "lead",
                     claims(("a lighthouse keeper", S_CAST), ("a retired sailor", S_CAST2)), (S_CAST, S_CAST2))
    nell = CastMember(2, "Mara Quill", "Nell", "lead", ClaimSet(), (S_CAST,))
    kale = CastMember(3, "Otto Brandt", "Sheriff Kale", "supporting", ClaimSet(), (S_SUPPORT,))
    plot = tuple(PlotLine(s.sentence, i == len(S_PLOT) - 1, s) for i, s in enumerate(S_PLOT))
    disc = DiscRecord(
        resolution=claims(("1080p", S_DISC)), codec=claims(("AVC", S_DISC)),
        aspect_ratios=claims(("2.39:1", S_DISC)),
        audio=(AudioTrack("DTS-HD Master Audio", "5.1", "English", (S_AUDIO,)),),
        subtitles=claims(("English SDH", S_SUBS)),
        features=claims(("Audio commentary", S_EXTRAS), ("Trailer", S_EXTRAS)),
        verdicts=(Verdict("video", S_V_VERDICT.sentence, S_V_VERDICT),
                  Verdict("audio", S_A_VERDICT.sentence, S_A_VERDICT)),
    )
    film = FilmRecord(
        id=7, title="The Lantern Keeper", aliases=("Lantern Keeper",),
        year=claims((2003, S_INTRO), (2009, S_HEADER)), runtime_min=claims((104, S_RUNTIME)),
        genres=claims(("mystery", S_INTRO), ("drama", S_INTRO)), directors=claims(("Ada Marlow", S_INTRO)),
        novel_titles=claims(("Harbour Lights", S_NOVEL)), novel_authors=claims(("Tomas Ekberg", S_NOVEL)),
        composers=claims(("Rui Lenz", S_SCORE)), cast=(eli, nell, kale), plot=plot, disc=disc,
        documents=(DocumentInfo(1, f"/data/{DOCS[1]}", "a" * 64, "2026-01-01T00:00:00Z", 20),
                   DocumentInfo(2, f"/data/{DOCS[2]}", "b" * 64, "2026-01-01T00:00:00Z", 9)),
    )
    return dataclasses.replace(film, **changes)


def bare_film() -> FilmRecord:
    """A film the documents say almost nothing about: no year, cast, plot or disc."""
    return FilmRecord(id=9, title="Untitled Reel", aliases=(), year=ClaimSet(), runtime_min=ClaimSet(),
                      genres=ClaimSet(), directors=ClaimSet(), novel_titles=ClaimSet(), novel_authors=ClaimSet(),
                      composers=ClaimSet(), cast=(), plot=(), disc=DiscRecord(), documents=())


def summary(film: FilmRecord) -> FilmSummary:
    return FilmSummary(film.id, film.title, film.year.value, film.aliases)


def person(film: FilmRecord, person_id: int) -> PersonRecord:
    member = next(m for m in film.cast if m.person_id == person_id)
    role = PersonRole(film.id, film.title, "cast", member.character, member.sources)
    return PersonRecord(person_id, member.actor, (role,))


class FakeStore:
    """Stands in for `bot.store.queries` over hand-made film records (installed with monkeypatch)."""

    def __init__(self, *films: FilmRecord) -> None:
        self.films = {f.id: f for f in films}
        self.search_calls: list[str] = []

    def install(self, monkeypatch) -> None:
        from bot.store import queries

        for name in ("list_films", "get_film", "list_people", "get_person", "list_characters", "search_sentences"):
            monkeypatch.setattr(queries, name, getattr(self, name))

    async def list_films(self, db) -> list[FilmSummary]:
        return sorted((summary(f) for f in self.films.values()), key=lambda s: s.title)

    async def get_film(self, db, film_id: int) -> FilmRecord | None:
        return self.films.get(film_id)

    async def list_people(self, db) -> list[tuple[int, str]]:
        return sorted({(m.person_id, m.actor) for f in self.films.values() for m in f.cast})

    async def get_person(self, db, person_id: int) -> PersonRecord | None:
        roles = tuple(PersonRole(f.id, f.title, "cast", m.character, m.sources)
                      for f in self.films.values() for m in f.cast if m.person_id == person_id)
        name = next((m.actor for f in self.films.values() for m in f.cast if m.person_id == person_id), None)
        return PersonRecord(person_id, name, roles) if name else None

    async def list_characters(self, db) -> list[tuple[str, int, int]]:
        return [(m.character, m.person_id, f.id) for f in self.films.values() for m in f.cast if m.character]

    async def search_sentences(self, db, query: str, limit: int = 5, *, film_id: int | None = None) -> list:
        """Sentences sharing any word with the query, most shared words first (like FTS5 OR)."""
        from bot.store.records import SentenceHit

        self.search_calls.append(query)
        words = set(query.lower().split())
        hits = []
        for film in self.films.values():
            if film_id is not None and film.id != film_id:
                continue
            for source in all_sources(film):
                shared = len(words & set(source.sentence.lower().replace(".", " ").replace(",", " ").split()))
                if shared:
                    hits.append(SentenceHit(film.id, film.title, source, float(shared)))
        return sorted(hits, key=lambda h: -h.rank)[:limit]


def all_sources(film: FilmRecord) -> list[Source]:
    """Every distinct source sentence a film record cites."""
    found: dict[tuple[int, int], Source] = {}
    groups = [c.sources for cs in (film.year, film.runtime_min, film.genres, film.directors, film.novel_titles,
                                   film.novel_authors, film.composers) for c in cs.claims]
    groups += [m.sources for m in film.cast] + [(p.source,) for p in film.plot]
    groups += [t.sources for t in film.disc.audio] + [(v.source,) for v in film.disc.verdicts]
    groups += [c.sources for cs in (film.disc.resolution, film.disc.features, film.disc.subtitles) for c in cs.claims]
    for group in groups:
        for s in group:
            found.setdefault((s.document_id, s.start), s)
    return list(found.values())
