"""Answers and extracted facts as plain text for a terminal: no markup, sources numbered.

Every fact is followed by the numbers of the sources it rests on ("[1][2]"); the sources are
listed at the end with the sentence each one is. Conflicts read "1995 — one source says
2007"; spoiler passages are marked "[spoiler]".
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.answers.film import novel_phrase
from bot.answers.models import Answer, Field, Passage
from bot.extract.facts import CastCredit, Claim, DocumentFacts
from bot.render.text import conflict_text, document_name, one_line, truncate
from bot.store.records import Source

INDENT = "  "
# Source sentences are quoted up to this length in the source list.
SOURCE_QUOTE_CHARS = 160


class _Citations:
    """Numbers for an answer's sources, in the order the answer lists them."""

    def __init__(self, sources: tuple[Source, ...]) -> None:
        self.sources = sources
        self._numbers = {self.key(s): i for i, s in enumerate(sources, start=1)}

    @staticmethod
    def key(source: Source) -> tuple[int, int, int]:
        return source.document_id, source.start, source.end

    def cite(self, sources: Iterable[Source]) -> str:
        """"[1][3]" for the sources given, each once, in number order."""
        numbers = sorted({self._numbers[k] for s in sources if (k := self.key(s)) in self._numbers})
        return "".join(f"[{n}]" for n in numbers)


def render_answer(answer: Answer) -> str:
    """The whole answer as text: title, summary, fields, passages, suggestions, sources."""
    citations = _Citations(answer.sources)
    blocks = [heading(answer.title)]
    if answer.summary:
        blocks.append(one_line(answer.summary))
    if answer.fields:
        blocks.append("\n".join(field_lines(f, citations) for f in answer.fields))
    if answer.passages:
        blocks.append("\n".join(passage_line(p, citations) for p in answer.passages))
    if answer.suggestions:
        blocks.append("Did you mean: " + "; ".join(answer.suggestions) + "?")
    if answer.sources:
        blocks.append("Sources:\n" + "\n".join(source_line(n, s) for n, s in enumerate(answer.sources, start=1)))
    return "\n\n".join(blocks)


def heading(title: str) -> str:
    title = one_line(title)
    return f"{title}\n{'=' * len(title)}"


def field_lines(field: Field, citations: _Citations) -> str:
    """"Year: 1995 [1] — one source says 2007 [2]"; a multi-line value goes below its name."""
    rivals = "".join(f" — {conflict_text(c)} {citations.cite(c.sources)}".rstrip() for c in field.conflicts)
    cited = citations.cite(field.sources)
    if "\n" in field.value:
        body = "\n".join(INDENT * 2 + line for line in field.value.splitlines())
        return f"{INDENT}{field.name}: {cited}{rivals}".rstrip() + "\n" + body
    return f"{INDENT}{field.name}: {field.value} {cited}".rstrip() + rivals


def passage_line(passage: Passage, citations: _Citations) -> str:
    marker = "[spoiler] " if passage.spoiler else ""
    cited = citations.cite((passage.source,)) if passage.source else ""
    return f"{INDENT}{marker}“{one_line(passage.text)}” {cited}".rstrip()


def source_line(number: int, source: Source) -> str:
    quote = truncate(one_line(source.sentence), SOURCE_QUOTE_CHARS)
    return f"{INDENT}[{number}] {document_name(source)} ({source.start}–{source.end}): “{quote}”"


# -- extracted facts (`film-trivia extract FILE`) ---------------------------------------------


def render_facts(facts: DocumentFacts) -> str:
    """What one document yields, fact by fact, with every competing claim and its kind."""
    lines = [heading(facts.title or "(no title found)")]
    lines += labelled("Also known as", claims_text(facts.aliases))
    lines += labelled("Year", claims_text(facts.years))
    lines += labelled("Runtime", claims_text(facts.runtimes, "{} min"))
    lines += labelled("Genres", claims_text(facts.genres))
    lines += labelled("Directed by", claims_text(facts.directors))
    lines += labelled("Based on", claims_text(facts.novels, novel=True))
    lines += labelled("Music by", claims_text(facts.composers))
    lines += section("Cast", [cast_text(c) for c in facts.cast])
    lines += section("Plot", [("[spoiler] " if p.spoiler else "") + one_line(p.text) for p in facts.plot])
    lines += section("Blu-ray", disc_texts(facts))
    lines.append(f"{len(facts.sentences)} sentences.")
    return "\n".join(lines)


def labelled(name: str, text: str) -> list[str]:
    return [f"{name}: {text}"] if text else []


def section(name: str, items: list[str]) -> list[str]:
    return [f"{name}:", *(f"{INDENT}- {item}" for item in items)] if items else []


def claims_text(claims: list[Claim], template: str = "{}", *, novel: bool = False) -> str:
    """"1995 (prose); 2007 (header)": each claim with the kind of text that stated it."""
    parts = []
    for claim in claims:
        value = claim.value
        if novel:
            value = novel_phrase(value.title, value.author)
        parts.append(f"{template.format(value)} ({claim.kind})")
    return "; ".join(parts)


def cast_text(credit: CastCredit) -> str:
    """"Nicolas Cage as Ben Sanderson [lead] — an alcoholic screenwriter"."""
    text = credit.actor + (f" as {credit.character}" if credit.character else "")
    if credit.billing:
        text += f" [{credit.billing}]"
    return text + (f" — {credit.description}" if credit.description else "")


def disc_texts(facts: DocumentFacts) -> list[str]:
    texts = []
    if video := facts.video:
        parts = [video.resolution, video.codec, ", ".join(video.aspect_ratios), ", ".join(video.hdr)]
        texts.append("Video: " + " / ".join(p for p in parts if p))
    texts += [f"Audio: {' '.join(p for p in (a.codec, a.channels, a.language) if p)}" for a in facts.audio]
    if facts.subtitles:
        texts.append("Subtitles: " + ", ".join(c.value for c in facts.subtitles))
    if facts.special_features:
        texts.append("Special features: " + ", ".join(c.value for c in facts.special_features))
    texts += [f"Verdict on {v.topic}: {one_line(v.text)}" for v in facts.verdicts]
    return texts
