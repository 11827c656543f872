"""Plot sentences: the ones that tell the story, in order, with those that give away the ending
marked as spoilers. Opinion, production and disc sentences are not plot.
"""

from __future__ import annotations

import re

from bot.extract.facts import PlotSentence
from bot.extract.header import Field, fields_by_key
from bot.extract.text import Document, Gated, has_word, squash

_OPINION = re.compile(
    r"\b(?:I|I'm|I've|my|we|us|our|you|your|review|reviewer|performance|performances|film's|movie's|"
    r"cast|casting|actor|actress|director|directed|directs|score|music|cinematography|screenplay|script|"
    r"disc|blu-ray|dvd|4k|transfer|audio|video|extras?|oscars?|awards?|box office|rated|runtime|minutes|"
    r"recommended|must-see|masterpiece|brilliant|superb|powerful|haunting|moving|depiction|portrayal|"
    r"particularly|beautifully|memorable|affecting|unforgettable|gripping|satisfying|"
    r"starring|stars|plays|played|voiced|voices|cameo|sequel|released|premiered|shot|filmed|adapted|based)\b",
    re.IGNORECASE,
)
_STORY_VERBS = (
    "follows|tells the story|is sent|sends|meets|meet|arrives|returns|escapes|discovers|decides|learns|"
    "falls|finds|loses|kills|murders|dies|travels|begins|becomes|reveals|accepts|hires|confides|tries|"
    "plans|lives|takes|offers|wants|needs|sets out|heads|vanishes|joins|is trained|grows|is framed|drowns|calls|leaves|"
    "saves|marries|betrays|confesses|rescues|flees|abandons|reunites"
)
_STORY = Gated(re.compile(rf"\b(?:{_STORY_VERBS})\b", re.IGNORECASE), needs=tuple(_STORY_VERBS.split("|")))
# Sentences that tell how the story ends; only believed near the end of the story told.
_ENDING = re.compile(
    r"\b(?:ending|in the end|finale|climax|final scene|last scene|(?:the )?(?:film|movie|story) ends|ultimately|finally|at last)\b",
    re.IGNORECASE,
)
# Deaths, fates and reveals, which the setup also has ("after her mother dies"): only in the last stretch.
_REVEAL = re.compile(
    r"\b(?:dies|death of|is killed|kills himself|kills herself|drowns|is shot dead|perishes|sacrifices (?:himself|herself)|"
    r"turns out|twist|eventually|is revealed|reveals that)\b",
    re.IGNORECASE,
)


_PRONOUN_START = re.compile(r"(?:He|She|They|When|After|As)\b")


def _is_spoiler(text: str, index: int, count: int) -> bool:
    """True for a sentence giving away the ending: an ending cue in the second half of the
    plot sentences, or a death or reveal among the last third of a story of several sentences."""
    if _ENDING.search(text) and index >= (count - 1) / 2:
        return True
    return bool(_REVEAL.search(text)) and count >= 3 and index >= count - max(1, count // 3)


def plot_sentences(doc: Document, fields: list[Field], characters: set[str]) -> list[PlotSentence]:
    summary_starts = {doc.sentence_at(f.start).start for f in fields_by_key(fields, "summary")}
    summary_lines = {doc.sentence_at(f.start).line for f in fields_by_key(fields, "summary")}
    names = [c for c in characters if len(c) > 2]
    found = []
    for sentence in doc.sentences:
        text = sentence.text
        in_summary = sentence.line in summary_lines or sentence.start in summary_starts
        if len(text.split()) < 6 or not text.rstrip().endswith((".", "!", '"')):
            continue
        if not in_summary:
            # The cheap tests first: most sentences fail them.
            tells_story = (has_word(text, names) or _PRONOUN_START.match(text)) and _STORY.search(text)
            if not tells_story or _OPINION.search(text):
                continue
        found.append(sentence)
    return [
        PlotSentence(squash(doc.original[s.start : s.end]), s.span, _is_spoiler(s.text, index, len(found)))
        for index, s in enumerate(found)
    ]
