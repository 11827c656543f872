"""Labelled fields: spec headers, flattened infoboxes, catalogue records, credit blocks.

Pages state many facts as "label: value" ("Runtime: 118 min", "Music by Max Steiner",
"Director ...... Alfred Hitchcock"). This module finds those fields and names them with a
canonical key, so the rules for each fact read one value instead of guessing at layouts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.names import is_person_name
from bot.extract.text import Document, Gated

# Label (lower case) -> canonical key.
LABELS: dict[str, str] = {
    "director": "director", "directors": "director", "directed by": "director", "dir.": "director", "dir": "director",
    "starring": "cast", "actors": "cast", "cast": "cast", "performers": "cast", "stars": "cast",
    "main cast": "cast", "voices": "cast", "with": "cast", "featuring": "cast", "cast (in credits order)": "cast_block",
    "cast & crew": "cast_block", "cast and crew": "cast_block",
    "music": "music", "music by": "music", "composer": "music", "original music": "music",
    "score": "music", "original score": "music",
    "runtime": "runtime", "run time": "runtime", "running time": "runtime", "length": "runtime",
    "duration": "runtime",
    "title": "title", "original title": "alias",
    "video": "video", "picture": "video", "resolution": "video", "aspect ratio": "video",
    "video codec": "video", "format": "video",
    "audio": "audio", "sound": "audio", "sound formats": "audio", "language": "audio",
    "languages": "audio", "audio formats": "audio",
    "subtitles": "subtitles", "subtitle": "subtitles",
    "extras": "extras", "special features": "extras", "bonus features": "extras",
    "bonus material": "extras", "supplements": "extras", "bonus": "extras", "bonus content": "extras",
    "extra features": "extras", "disc extras": "extras", "special content": "extras",
    "credits": "credits",
    "based on": "source", "source": "source",
    "release date": "release", "release dates": "release", "released": "release",
    "premiere": "release", "premiered": "release", "world premiere": "release", "first released": "release",
    "original release": "release", "theatrical release": "release",
    "year": "year", "release year": "year", "year of release": "year", "genre": "genre", "genres": "genre",
    "screenplay": "crew", "screenplay by": "crew", "written by": "crew", "writer": "crew",
    "writers": "crew", "writing credits": "crew", "produced by": "crew", "producer": "crew",
    "cinematography": "crew", "cinematography by": "crew", "edited by": "crew", "editor": "crew",
    "film editing by": "crew", "costumes": "crew", "production company": "crew",
    "distributed by": "crew", "country": "other", "budget": "other", "box office": "other",
    "studio": "other", "rating": "other", "rated": "other", "region": "other",
    "published": "published", "physical desc.": "runtime", "summary": "summary",
    "notes": "notes", "description": "summary", "synopsis": "summary", "content": "summary",
    "disc facts": "specs", "tech specs": "specs", "specs": "specs", "technical data": "specs",
    "at a glance": "specs", "product details": "specs",
}

_LABEL_ALT = "|".join(sorted((re.escape(k) for k in LABELS), key=len, reverse=True))
# "Label: value" at a line start, after a separator ("|", "·") or at the start of a cell of a
# tabbed row ("Director: X   Producer: Y"); a remark may follow the label ("Release Date (Theaters):").
_COLON_FIELD = re.compile(
    rf"(?:^|(?<=[|·•]) ?|^\s+|(?<=\t)|(?<= {{2}}))({_LABEL_ALT})(?: \([^()]{{1,20}}\))?\s*:\s*", re.IGNORECASE | re.MULTILINE
)
# Cells of a row flattened from a table or a tab bar: separated by tabs or runs of spaces.
_CELL_BREAK = re.compile(r"\t[\t ]*| {2,}")
# Tabs of a page with tab bars ("Cast   Crew   Details   Genres"), whose first tab lists the cast.
_TAB_BAR_WORDS = frozenset("cast crew details genres genre releases release dates reviews lists similar related studios".split())
# "Label ...... value" (dotted leaders).
_DOTTED_FIELD = re.compile(rf"^\s*({_LABEL_ALT})\s*(?:\.{{3,}}|…)\s*(.+)$", re.IGNORECASE | re.MULTILINE)
# Flattened infobox labels (no colon), recognised only on lines holding several of them.
_INFOBOX_LABELS = (
    "Directed by", "Screenplay by", "Written by", "Based on", "Produced by", "Starring",
    "Cinematography", "Edited by", "Music by", "Production company", "Production companies",
    "Distributed by", "Release dates", "Release date", "Running time", "Country", "Language",
    "Budget", "Box office", "Narrated by", "Story by",
)
_LEADING_LABEL = re.compile(r"^(" + "|".join(re.escape(k) for k in _INFOBOX_LABELS) + r")\s+(\S.*)$")
_INFOBOX_RE = Gated(re.compile(r"\b(" + "|".join(re.escape(k) for k in _INFOBOX_LABELS) + r")\b"), needs=_INFOBOX_LABELS)


@dataclass(frozen=True, slots=True)
class Field:
    key: str  # canonical key, see LABELS
    label: str  # the label as written
    value: str
    start: int  # offset of the value in the document
    kind: str  # "header" for labelled lines, "infobox" for a flattened infobox
    # The value's cells when a tabbed row states it ("Amy Adams   Louise Banks"), else empty.
    cells: tuple[str, ...] = ()


def find_fields(doc: Document) -> list[Field]:
    """Every labelled field of the document, in document order."""
    fields: list[Field] = []
    after_tab_bar = False
    for index, (start, end) in enumerate(doc.lines):
        line = tabbed_line(doc, index)
        if not line.strip():
            continue
        if after_tab_bar:
            fields.extend(_cast_tab_row(line, start))
        after_tab_bar = _is_tab_bar(line)
        found = (
            _infobox_fields(line, start) or _dotted_fields(line, start) or _colon_fields(line, start)
            or _capsule_fields(line, start) or _tabbed_label_fields(line, start)
        )
        if not found and _is_label_line(line):
            found = _heading_field(doc, index)
        if not found:
            found = _leading_label_field(doc, index)
        fields.extend(found)
    return fields


def tabbed_line(doc: Document, index: int) -> str:
    """Line `index` of the normalised text with its tabs kept: a tab separates cells of a
    flattened table, where normalisation has made it a plain space."""
    start, end = doc.lines[index]
    line = doc.text[start:end]
    if "\t" not in doc.original[start:end]:
        return line
    return "".join("\t" if raw == "\t" else char for char, raw in zip(line, doc.original[start:end]))


def cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a tabbed row; a line without cell breaks is one cell."""
    found, at = [], 0
    for piece in _CELL_BREAK.split(line) if "\t" in line or "  " in line else [line]:  # (what a break needs)
        at = line.index(piece, at) if piece else at
        if piece.strip():
            found.append((at + len(piece) - len(piece.lstrip()), piece.strip()))
        at += len(piece)
    return found


def _is_tab_bar(line: str) -> bool:
    """A row of page tabs that includes the cast tab: "Cast   Crew   Details   Genres   Releases"."""
    words = [text.lower() for _, text in cells(line)]
    return len(words) >= 3 and "cast" in words and all(w in _TAB_BAR_WORDS for w in words)


def _cast_tab_row(line: str, offset: int) -> list[Field]:
    """The row of names under a tab bar's cast tab, one cast field per name; any other row is none.
    Stray cells ("Show All…") may end the row; the rest must all be names, at least two of them."""
    row = cells(line)
    named = [(at, text) for at, text in row if is_person_name(text, allow_single=True)]
    if len(named) < 2 or len(named) < len(row) - 1 or not all(is_person_name(t, allow_single=True) for _, t in row[: len(named)]):
        return []
    return [Field("cast", "Cast", text, offset + at, "header") for at, text in named]


def _tabbed_label_fields(line: str, offset: int) -> list[Field]:
    """A table row flattened to "Label<tab>value<tab>value" or "Label   value   value": the
    label is known and the cells after it are its values ("Genres   Drama   Romance")."""
    row = cells(line)
    if len(row) < 2:
        return []
    label = row[0][1]
    key = LABELS.get(label.lower())
    if key is None:
        return []
    values = [text for _, text in row[1:]]
    return [Field(key, label, " | ".join(values), offset + row[1][0], "header", tuple(values))]


def _leading_label_field(doc: Document, index: int) -> list[Field]:
    """An infobox row flattened to "Starring  James Stewart", continued by lines holding one
    name each ("Kim Novak", "Barbara Bel Geddes")."""
    start, end = doc.lines[index]
    line = doc.text[start:end]
    m = _LEADING_LABEL.match(line)
    if not m or len(line) > 100 or re.search(r"[a-z]{2}\. ", line):
        return []
    label = m.group(1)
    key = LABELS.get(label.lower(), "crew" if label.endswith("by") else "other")
    fields = [Field(key, label, m.group(2).strip(), start + m.start(2), "infobox")]
    for nxt in range(index + 1, len(doc.lines)):
        n_start, n_end = doc.lines[nxt]
        value = doc.text[n_start:n_end].strip()
        if not is_person_name(value):
            break
        fields.append(Field(key, label, value, n_start + doc.text[n_start:n_end].index(value), "infobox"))
    return fields


def _colon_fields(line: str, offset: int) -> list[Field]:
    matches = list(_COLON_FIELD.finditer(line)) if ":" in line else []
    fields = []
    for m, nxt in zip(matches, matches[1:] + [None]):
        end = nxt.start() if nxt else len(line)
        value = _CELL_BREAK.sub(" | ", line[m.end() : end].strip()).rstrip(" |·•")
        label = m.group(1)
        fields.append(Field(LABELS[label.lower()], label, value, offset + m.end(), "header"))
    return fields


# A newspaper capsule's credit line: "(R, 1:40) Actor, Actor, Actor. Written and directed by X."
# The parenthesis holds a rating and a running time; the names up to the first full stop are
# the cast, accepted only when every one of them has the shape of a name.
CAPSULE_CREDITS = re.compile(
    r"\s*\((?:Rated )?(?:G|PG|PG-13|R|NC-17|NR|Not rated|Unrated|TV-MA|TV-14|U|12A?|15|18),\s*"
    r"(?P<runtime>\d:\d\d|\d{2,3} min(?:utes|s)?\.?)\)\s+(?P<cast>(?:[^.]|(?<=(?<!\w)[A-Z])\.)+)\.(?:\s|$)"
)


def _capsule_fields(line: str, offset: int) -> list[Field]:
    """The running time and cast of a capsule's credit line, as labelled fields."""
    m = CAPSULE_CREDITS.match(line)
    if not m:
        return []
    label = line[: m.start("cast")].strip()
    fields = [Field("runtime", label, m.group("runtime"), offset + m.start("runtime"), "header")]
    names = [part.strip() for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("cast"))]
    if len(names) >= 2 and all(is_person_name(n) for n in names):
        fields.append(Field("cast", label, m.group("cast"), offset + m.start("cast"), "header"))
    return fields


def _dotted_fields(line: str, offset: int) -> list[Field]:
    m = _DOTTED_FIELD.match(line) if "..." in line or "…" in line else None  # (the leaders it needs)
    if not m:
        return []
    label = m.group(1)
    return [Field(LABELS[label.lower()], label, m.group(2).strip(), offset + m.start(2), "header")]


def _infobox_fields(line: str, offset: int) -> list[Field]:
    matches = list(_INFOBOX_RE.finditer(line))
    if len({m.group(1) for m in matches}) < 3:
        return []
    fields = []
    for m, nxt in zip(matches, matches[1:] + [None]):
        end = nxt.start() if nxt else len(line)
        label = m.group(1)
        key = LABELS.get(label.lower(), "crew" if label.endswith("by") else "other")
        if label.startswith("Production compan"):
            key = "crew"
        fields.append(Field(key, label, line[m.end() : end].strip(), offset + m.end() + 1, "infobox"))
    return fields


# A credit-block heading with a remark: "Cast (English dub, in credits order)",
# "Cast (in credits order) verified as complete", "Voice cast".
_CAST_HEADING = re.compile(r"(?:(?:full|complete|voice|credited) )?cast(?: \([^()]{1,60}\))?(?: [a-z ]{1,40})?", re.IGNORECASE)


def _heading_key(line: str) -> str | None:
    """The canonical key of a label standing alone on its line, if the line is one."""
    label = line.strip().rstrip(":")
    key = LABELS.get(label.lower())
    if key is None and _CAST_HEADING.fullmatch(label):
        key = "cast_block"
    return key


def _is_label_line(line: str) -> bool:
    return _heading_key(line) is not None


def _heading_field(doc: Document, index: int) -> list[Field]:
    """A label alone on its line ("Directed by", "Cast (in credits order)") heading a block."""
    label = doc.line_text(index).strip().rstrip(":")
    key = _heading_key(label)
    fields = []
    for nxt in range(index + 1, len(doc.lines)):
        start = doc.lines[nxt][0]
        value = tabbed_line(doc, nxt)
        if not value.strip() or _is_label_line(value) or (fields and _looks_like_heading(value)):
            break
        item = _BULLET.match(value)
        row = [text for _, text in cells(value[item.end() :])]
        text = " | ".join(row) if len(row) > 1 else value[item.end() :].strip()
        fields.append(_crew_row(Field(key, label, text, start + item.end(), "header", tuple(row) if len(row) > 1 else ())))
    return fields


# Crew jobs that a "Cast & Crew" block lists beside the actors: "Alfonso Cuarón — Director".
_CREW_JOBS = {
    "director": "director", "original music": "music", "music": "music", "composer": "music",
    "screenwriter": "crew", "writer": "crew", "producer": "crew", "executive producer": "crew",
    "cinematographer": "crew", "director of photography": "crew", "editor": "crew", "film editor": "crew",
    "casting": "crew", "production designer": "crew", "production design": "crew", "costume designer": "crew",
}
_ROLE_ROW = re.compile(r"(?P<name>[^—–]+?)\s+[—–]\s+(?P<job>[^—–]+)")


def _crew_row(row: Field) -> Field:
    """A row of a cast block naming a crew job instead of a character, as a field of that job."""
    if row.key != "cast_block":
        return row
    m = _ROLE_ROW.fullmatch(row.value)
    name, job = (m.group("name"), m.group("job").strip()) if m else row.cells if len(row.cells) == 2 else ("", "")
    key = _CREW_JOBS.get(job.lower())
    if key is None or not is_person_name(name):
        return row
    return Field(key, job, name, row.start, row.kind)


# Leading white space and a list bullet ("* ", "• ", "- ") before a block's item.
_BULLET = re.compile(r"\s*(?:[•*▪–-]\s+)?")


def _looks_like_heading(line: str) -> bool:
    """A short line without separators that starts a new block ("Writing Credits", "Trivia")."""
    text = line.strip()
    if not text[:1].isupper() or len(text.split()) > 4 or len(cells(text)) > 1:
        return False
    return not re.search(r"\d|\.\.\.|…|:|,| as | [—–] ", text)


def fields_by_key(fields: list[Field], key: str) -> list[Field]:
    return [f for f in fields if f.key == key]
