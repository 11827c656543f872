"""Hand-built documents: text and DocumentFacts whose spans point at real sentences."""

from __future__ import annotations

import hashlib
from pathlib import Path

import aiosqlite

from bot.extract.facts import CastCredit, Claim, DocumentFacts, Span
from bot.store.writer import save_document


class DocumentBuilder:
    """Appends sentences to a text and records their spans, so facts can cite them."""

    def __init__(self) -> None:
        self.text = ""
        self.facts = DocumentFacts()

    def sentence(self, text: str) -> Span:
        start = len(self.text)
        self.text += text + "\n"
        span = Span(start, start + len(text))
        self.facts.sentences.append(span)
        return span

    def film(self, title: str, *, director: str | None = None, year: int | None = None,
             cast: tuple[tuple[str, str], ...] = (), aliases: tuple[str, ...] = ()) -> DocumentBuilder:
        """A typical review opening: title, year and director in one sentence, then the cast."""
        span = self.sentence(f"{title} is a {year or 'recent'} film directed by {director or 'someone'}.")
        self.facts.titles.append(Claim(title, span))
        self.facts.aliases.extend(Claim(a, span) for a in aliases)
        if year:
            self.facts.years.append(Claim(year, span))
        if director:
            self.facts.directors.append(Claim(director, span))
        for actor, character in cast:
            cast_span = self.sentence(f"{actor} plays {character}.")
            self.facts.cast.append(CastCredit(actor, character, cast_span))
        return self


async def store(db: aiosqlite.Connection, name: str, doc: DocumentBuilder) -> int:
    """Save the document in one transaction, as the ingest pipeline does; return its id."""
    await db.execute("BEGIN IMMEDIATE")
    document_id = await save_document(db, path=Path("/docs") / name,
                                      sha256=hashlib.sha256(f"{name}\n{doc.text}".encode()).hexdigest(),
                                      text=doc.text, facts=doc.facts)
    await db.execute("COMMIT")
    return document_id
