"""Two invented films stored through the real writer, so end-to-end games have known facts.

The documents and every sentence in them are made up for these tests. Facts are attached to
the sentences by hand (not by the extractor), so games do not depend on extraction quality.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import aiosqlite

from bot.extract.facts import AudioTrack, CastCredit, Claim, DocumentFacts, Novel, PlotSentence, Span, VideoSpec
from bot.store.writer import save_document


class Document:
    """Lines of an invented document; each line is one sentence."""

    def __init__(self, *lines: str) -> None:
        self.lines = lines
        self.text = "\n".join(lines) + "\n"

    def span(self, line: str) -> Span:
        start = self.text.index(line)
        return Span(start, start + len(line))

    def sentences(self) -> list[Span]:
        return [self.span(line) for line in self.lines]


def _film(title: str, year: int, runtime: int, director: str, author: str, composer: str,
          cast: list[tuple[str, str]], plot: list[str], ratio: str, audio: list[tuple[str, str, str]],
          features: list[str]) -> tuple[Document, DocumentFacts]:
    doc = Document(
        f"{title} is a {year} drama directed by {director}.",
        f"It adapts the novel by {author} and runs {runtime} minutes.",
        f"The score is by {composer}.",
        *(f"{actor} plays {character}." for actor, character in cast),
        *plot,
        f"The disc presents the film at {ratio}.",
        *(f"Audio: {codec} {channels} in {language}." for codec, channels, language in audio),
        *(f"Extras include {feature}." for feature in features),
    )
    first, second, third = doc.lines[:3]
    facts = DocumentFacts(
        titles=[Claim(title, doc.span(first))],
        years=[Claim(year, doc.span(first))],
        runtimes=[Claim(runtime, doc.span(second))],
        directors=[Claim(director, doc.span(first))],
        novels=[Claim(Novel(None, author), doc.span(second))],
        composers=[Claim(composer, doc.span(third))],
        cast=[CastCredit(actor, character, doc.span(f"{actor} plays {character}."), "lead")
              for actor, character in cast],
        plot=[PlotSentence(line, doc.span(line)) for line in plot],
        video=VideoSpec("1080p", "MPEG-4 AVC", (ratio,), (), doc.span(f"The disc presents the film at {ratio}.")),
        audio=[AudioTrack(codec, channels, language, doc.span(f"Audio: {codec} {channels} in {language}."))
               for codec, channels, language in audio],
        special_features=[Claim(f, doc.span(f"Extras include {f}.")) for f in features],
        sentences=doc.sentences(),
    )
    return doc, facts


FILMS = [
    _film("The Lantern Keeper", 2003, 112, "Ines Marlowe", "Aldo Petrakis", "Ruth Calloway",
          [("Jonah Pike", "Elias Crane"), ("Mara Quinn", "Dora Vell"), ("Felix Oduya", "Harbourmaster Tobin"),
           ("Selma Ritter", "Widow Ames")],
          ["Elias offers Dora 40 silver coins to keep the lamp burning through winter.",
           "Tobin suspects the keeper of hiding smuggled brandy beneath the stairs."],
          "2.39:1", [("DTS-HD Master Audio", "5.1", "English"), ("Dolby Digital", "2.0", "French")],
          ["Commentary with the director", "Restoring the lighthouse featurette"]),
    _film("Glass Orchard", 1998, 97, "Paulo Brenner", "Hedda Larsen", "Tomasz Wilk",
          [("Ana Soler", "Greta Holm"), ("Victor Lane", "Pastor Abel"), ("Iris Novak", "Little Fen")],
          ["Greta trades 12 apple saplings for a broken greenhouse pane."],
          "1.85:1", [("LPCM", "2.0", "English")], ["Orchard diaries"]),
]


async def store_films(db: aiosqlite.Connection, folder: Path) -> None:
    """Write both invented documents (and their facts) to the database and to `folder`."""
    for index, (doc, facts) in enumerate(FILMS):
        path = folder / f"invented-{index}.txt"
        path.write_text(doc.text, encoding="utf-8")
        await db.execute("BEGIN IMMEDIATE")
        await save_document(db, path=path, sha256=hashlib.sha256(doc.text.encode()).hexdigest(),
                            text=doc.text, facts=facts)
        await db.execute("COMMIT")
