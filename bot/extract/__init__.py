"""Pure functions from a document's text to `DocumentFacts` (no I/O).

(Placeholder until the extractor lands: yields only the document's lines as sentences.)
"""

from __future__ import annotations

import re

from bot.extract.facts import DocumentFacts, Span


def extract_document(text: str) -> DocumentFacts:
    facts = DocumentFacts()
    facts.sentences = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return facts
