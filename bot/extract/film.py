"""The film itself: title and aliases, year, runtime and genres, each as weighted claims.

Page furniture states a title, a year and a length too (site names, upload years, the
length of a different cut); prose statements ("a 1995 romantic drama film") outrank bare
header values, and dates that belong to something else (a post, a disc, a related title,
an anniversary, the story) are not claims at all.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.extract.facts import Claim
from bot.extract.header import Field, fields_by_key
from bot.extract.text import Document, Sentence, squash

YEAR = r"(?:18[89]\d|19\d\d|20[0-4]\d)"
# Nouns that name a film in prose ("Ridley Scott's 2000 historical epic").
FILM_NOUNS = (
    "film|movie|picture|feature|drama|thriller|epic|comedy|adaptation|debut|original|docudrama|"
    "blockbuster|classic|western|musical|romance|melodrama|satire|noir|fantasy|horror|"
    "adventure|animation|cartoon|chiller|procedural|war film|biopic|mystery|fable|remake|sequel"
)
# Words that make a dated noun phrase about something other than the film.
NOT_FILM_AFTER_YEAR = r"(?:documentary|book|novel|novella|memoir|collection|scan|restoration|remaster|transfer|edition|dvd|blu-ray|disc|box|set|release|reissue|interview|version|cut|master|print|special)"

_SITE_WORDS = re.compile(
    r"\b(?:reviews?|reviewed|blu-?ray|4k|uhd|ultra hd|hd|dvd|3d|stream(?:ing)?|watch|forums?|thread|"
    r"home|shop|store|catalogue|catalog|library|news|press release|unboxing|picture check|"
    r"revisited|retrospectives?|full cast|crew|edition|collector's|series)\b",
    re.IGNORECASE,
)
_TITLE_YEAR = re.compile(rf"([A-Z0-9][^()\n|›»>:]{{0,70}}?)\s*\(({YEAR})\)")
_GENRES = (
    "action", "adventure", "animation", "animated", "biography", "comedy", "crime", "documentary",
    "drama", "family", "fantasy", "film noir", "history", "historical", "horror", "musical",
    "music", "mystery", "romance", "romantic", "science fiction", "sci-fi", "sport", "thriller",
    "war", "western", "disaster", "superhero", "teen",
)
_GENRE_CANON = {"animated": "animation", "historical": "history", "romantic": "romance", "sci-fi": "science fiction"}


def _is_related_line(text: str) -> bool:
    """A line listing other titles: "Vertigo (1958) - James Stewart, Kim Novak"."""
    return bool(re.match(rf"\s*(?:[»▶•→·-]\s*)?[^()]{{1,80}}\({YEAR}\)\s*(?:\S+\s*)?[—–-]", text))


# ---------------------------------------------------------------- titles


def title_claims(doc: Document, fields: list[Field]) -> list[Claim[str]]:
    """Candidate titles, best first: scored by where they are stated and how often prose repeats them."""
    scores: Counter[str] = Counter()
    where: dict[str, Sentence] = {}
    spelled: dict[str, str] = {}

    def add(candidate: str, sentence: Sentence | None, weight: float) -> None:
        candidate = _clean_title(candidate)
        if not candidate or sentence is None or not _plausible_title(candidate):
            return
        key = candidate.lower()
        scores[key] += weight
        where.setdefault(key, sentence)
        if key not in spelled or (spelled[key].isupper() and not candidate.isupper()):
            spelled[key] = candidate

    for f in fields_by_key(fields, "title"):
        add(re.split(r"\s*[\[/]", f.value)[0], doc.sentence_at(f.start), 4)
    for sentence in _header_sentences(doc):
        for fragment in _header_fragments(sentence.text):
            add(fragment, sentence, 1.5)
        for m in _TITLE_YEAR.finditer(sentence.text):
            add(m.group(1), sentence, 2)
    for sentence in doc.sentences:
        for candidate, weight in _prose_titles(sentence.text):
            add(candidate, sentence, weight)
    if not scores:
        return []
    body = doc.text.lower()
    for key in list(scores):
        mentions = len(re.findall(rf"(?<!\w){re.escape(key)}(?!\w)", body))
        scores[key] += min(mentions, 6) * 0.5
    ranked = sorted(scores, key=lambda k: (-scores[k], where[k].start))
    return [Claim(_display(spelled[k], doc), where[k].span, scores[k], _kind(where[k])) for k in ranked]


def _kind(sentence: Sentence):
    return "header" if sentence.line < 6 and sentence.first_in_line else "prose"


def _header_sentences(doc: Document) -> list[Sentence]:
    """The first few lines of the page, where titles are stated."""
    first_lines = sorted({s.line for s in doc.sentences})[:6]
    return [s for s in doc.sentences if s.line in first_lines and s.first_in_line]


def _header_fragments(line: str) -> list[str]:
    """Parts of a header line that may be the title: split at separators, site words removed."""
    line = re.sub(r"^(?:watch|re:|thread:|review:)\s+", "", line.strip(), flags=re.IGNORECASE)
    parts = re.split(r"\s+[|–—»›>]\s+|\s+-\s+|\s*::\s*|\s+/\s+", line)
    fragments = []
    for part in parts:
        part = re.sub(r"\s*[\[(][^\])]*[\])]\s*", " ", part).strip()
        part = re.split(r"\s+(?:review|revisited|4k|blu-ray|full cast)\b|:\s+(?=[a-z])", part, flags=re.IGNORECASE)[0]
        if part and not _SITE_WORDS.fullmatch(part.strip()):
            fragments.append(part)
    return fragments


_PROSE_TITLE_PATTERNS = (
    (re.compile(rf"^(?:[\w.' ]+ - )?([A-Z][\w'&:,.\- ]{{0,60}}?) is an? (?:{YEAR} )"), 3.0),
    (re.compile(r"\b(?:the film|that film|the movie) (?:is|was) ([A-Z][\w'&:\- ]{0,50}?)(?:,| and\b|\.)"), 3.0),
    (re.compile(rf"^([A-Z][\w'&:\- ]{{0,50}}?), [A-Z][\w.' ]+'s? {YEAR} \w+"), 3.0),
    (re.compile(r"\brevisiting ([A-Z][\w'&:\- ]{0,50})$"), 1.5),
    (re.compile(r"\bTags: ([A-Z][\w'&:\- ]{0,50}?) \(\d{4}\)"), 2.0),
)


def _prose_titles(text: str) -> list[tuple[str, float]]:
    found = []
    for pattern, weight in _PROSE_TITLE_PATTERNS:
        for m in pattern.finditer(text):
            found.append((m.group(1), weight))
    return found


def _clean_title(candidate: str) -> str:
    candidate = squash(candidate).strip(" -–—:|,.\"'")
    candidate = re.sub(r"\s*\[[^\]]*\]$", "", candidate)
    return candidate


def _plausible_title(candidate: str) -> bool:
    words = candidate.split()
    if not words or len(words) > 12 or len(candidate) < 2:
        return False
    if _SITE_WORDS.fullmatch(candidate) or re.fullmatch(r"[\d\s:./-]+", candidate):
        return False
    if re.match(rf"(?:posted|published|reviewed|by|home|filed|rated|{YEAR}\b)", candidate, re.IGNORECASE):
        return False
    return candidate[0].isupper() or candidate[0].isdigit()


def _display(title: str, doc: Document) -> str:
    """An all-capitals title in the spelling the prose uses, if the prose repeats it."""
    if not title.isupper():
        return title
    m = re.search(re.escape(title), doc.text, re.IGNORECASE)
    for m in re.finditer(re.escape(title), doc.text, re.IGNORECASE):
        if not m.group(0).isupper():
            return m.group(0)
    return title.title()


def alias_claims(doc: Document, titles: list[Claim[str]]) -> list[Claim[str]]:
    """Other names of the best title: a header form that wraps it, a parenthesised translation."""
    if not titles:
        return []
    best = titles[0].value
    aliases: list[Claim[str]] = []
    for claim in titles[1:]:
        other = claim.value
        if other.lower() != best.lower() and best.lower() in other.lower() and len(other) <= len(best) + 40:
            aliases.append(Claim(other, claim.span, claim.weight, claim.kind))
    for sentence in _header_sentences(doc):
        m = re.search(rf"{re.escape(best)}\s*\(([^()\d]{{3,60}})\)", sentence.text, re.IGNORECASE)
        if m and m.group(1)[0].isupper():
            aliases.append(Claim(m.group(1).strip(), sentence.span, 1.0, "header"))
        m = re.search(rf"([^()]{{3,60}}?)\s*\({re.escape(best)}\)", sentence.text, re.IGNORECASE)
        if m and m.group(1)[0].isupper():
            aliases.append(Claim(_clean_title(m.group(1)), sentence.span, 1.0, "header"))
    return aliases


# ---------------------------------------------------------------- years


_YEAR_PATTERNS: tuple[tuple[re.Pattern[str], float, str], ...] = (
    # "a 1995 romantic drama film", "Jonathan Demme's 1991 thriller"
    (re.compile(rf"(?:\b(?:a|an|the|his|her|its|their)|'s?) ({YEAR})(?! {NOT_FILM_AFTER_YEAR})(?: [\w-]+){{0,3}}? (?:{FILM_NOUNS})\b", re.IGNORECASE), 3.0, "prose"),
    # "(Robert Zemeckis, 1985)"
    (re.compile(rf"\([A-Z][\w.' -]+, ({YEAR})\)"), 3.0, "header"),
    # "released in June 1974", "Originally released as a motion picture in 2013", "premiered ... in May 2006"
    (re.compile(rf"\b(?:released|premiered|opened)\b[^.;]{{0,50}}?\bin (?:[A-Z][a-z]+ )?({YEAR})\b"), 2.5, "prose"),
    # "UK, 2004 ·", "France/Germany · 2001 · 122 min"
    (re.compile(rf"^[A-Z][\w/ ]+(?:,| ·) ({YEAR}) · "), 2.0, "header"),
    # "from the year 1974"
    (re.compile(rf"\bfrom the year ({YEAR})\b"), 2.0, "prose"),
)


def year_claims(doc: Document, fields: list[Field], title: str | None) -> list[Claim[int]]:
    claims: list[Claim[int]] = []
    for sentence in doc.sentences:
        text = sentence.text
        if _is_related_line(doc.line_text(sentence.line)):
            continue
        for pattern, weight, kind in _YEAR_PATTERNS:
            for m in pattern.finditer(text):
                claims.append(Claim(int(m.group(1)), sentence.span, weight, kind))
        if title:
            for m in _TITLE_YEAR.finditer(text):
                if _same_title(m.group(1), title):
                    claims.append(Claim(int(m.group(2)), sentence.span, 2.5, _kind(sentence)))
        m = re.fullmatch(rf"[-•·*]?\s*({YEAR})", text.strip())
        if m:  # a bare year on a header line: weak, often an upload or page year
            claims.append(Claim(int(m.group(1)), sentence.span, 0.5, "header"))
    for f in fields_by_key(fields, "release") + fields_by_key(fields, "year"):
        m = re.search(YEAR, f.value)
        if m and f.kind == "infobox":
            claims.append(Claim(int(m.group(0)), doc.span_at(f.start), 2.0, "infobox"))
    claims.extend(_opening_today_claims(doc))
    return claims


def _opening_today_claims(doc: Document) -> list[Claim[int]]:
    """A review dated the day the film "opens in theaters today" gives the film's year."""
    for sentence in doc.sentences:
        if re.search(r"\bopens (?:in (?:theaters|theatres|cinemas) )?(?:today|this week)\b", sentence.text):
            dated = [s for s in doc.sentences[:6] if re.search(rf"\b{YEAR}\b", s.text)]
            if dated:
                year = int(re.search(rf"\b({YEAR})\b", dated[0].text).group(1))
                return [Claim(year, sentence.span, 1.5, "prose")]
    return []


def _same_title(candidate: str, title: str) -> bool:
    def norm(s: str) -> str:
        s = re.sub(r"[^\w\s]", " ", s.lower())
        s = re.sub(r"^(?:the|a|an) ", "", s.strip())
        return squash(s)

    cand = norm(candidate)
    ref = norm(title)
    return cand == ref or cand.endswith(" " + ref) and len(cand.split()) <= len(ref.split()) + 3


# ---------------------------------------------------------------- runtime

_HM = re.compile(r"\b(\d)\s*(?:hours|hour|hrs|hr|h)\.?(?:\s*(?:and\s*)?(\d{1,2})\s*(?:minutes|mins|min|m)\b\.?)?", re.IGNORECASE)
_MINUTES = re.compile(r"\b(\d{2,3})(?:-minute|\s*(?:min|mins|minutes)\b\.?)", re.IGNORECASE)
_CLOCK = re.compile(r"\b(\d):(\d\d)(?::\d\d)?\b|\b(\d{2,3}):\d\d\b")
_NOT_FEATURE_LENGTH = re.compile(r"bonus|extras?\b|supplement|documentary|featurette|commentary|material|interview", re.IGNORECASE)


def runtime_claims(doc: Document, fields: list[Field]) -> list[Claim[int]]:
    claims: list[Claim[int]] = []
    field_starts = set()
    for f in fields_by_key(fields, "runtime"):
        minutes = parse_runtime(f.value, allow_clock=True)
        if minutes:
            sentence = doc.sentence_at(f.start)
            field_starts.add(sentence.start)
            claims.append(Claim(minutes, sentence.span, 2.0, "infobox" if f.kind == "infobox" else "header"))
    for sentence in doc.sentences:
        if sentence.start in field_starts or _is_related_line(doc.line_text(sentence.line)):
            continue
        text = sentence.text
        bare = re.fullmatch(r"[-•·*]?\s*(.{2,20})", text.strip())
        if bare and re.fullmatch(r"\d\s*h(?:r|rs|ours?)?\.?\s*\d{1,2}\s*m(?:in|ins|inutes)?\.?|\d{2,3}\s*min\.?", bare.group(1).strip(), re.IGNORECASE):
            claims.append(Claim(parse_runtime(bare.group(1)), sentence.span, 1.0, "header"))
            continue
        minutes = _prose_runtime(text)
        if minutes:
            claims.append(Claim(minutes, sentence.span, 2.0 if re.search(r"\bruns?\b|running|runtime|run time|length", text, re.IGNORECASE) else 1.5, "prose"))
    return claims


def parse_runtime(value: str, *, allow_clock: bool = False) -> int | None:
    """Minutes in "2 hr 35 min", "1h 52m", "118 min", "1 hour and 31 minutes", "1:56:05", "87:45"."""
    m = _HM.search(value)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2) or 0)
    m = _MINUTES.search(value)
    if m and 40 <= int(m.group(1)) <= 400:
        return int(m.group(1))
    if allow_clock:
        m = _CLOCK.search(value)
        if m:
            return int(m.group(1)) * 60 + int(m.group(2)) if m.group(1) else int(m.group(3))
    return None


def _prose_runtime(text: str) -> int | None:
    """A feature-length running time stated in prose, not the length of an extra."""
    for m in _MINUTES.finditer(text):
        minutes = int(m.group(1))
        if not 60 <= minutes <= 300:
            continue
        around = text[max(0, m.start() - 40) : m.end() + 40]
        if _NOT_FEATURE_LENGTH.search(around):
            continue
        return minutes
    m = re.search(r"\bruns? (?:a (?:tight|lean|brisk|long) )?(\d) (?:hours?|hrs?)(?: and (\d{1,2}) minutes)?", text)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2) or 0)
    return None


# ---------------------------------------------------------------- genres


def genre_claims(doc: Document, fields: list[Field]) -> list[Claim[str]]:
    claims: list[Claim[str]] = []
    for f in fields_by_key(fields, "genre"):
        claims.extend(_genres_in(f.value, doc.span_at(f.start), 2.0, "header"))
    for sentence in doc.sentences[:12]:
        text = sentence.text
        if re.fullmatch(r"[-•]?\s*[A-Z][\w-]+(?:\s*[·,/|]\s*[A-Z][\w -]+)+", text.strip()) or " · " in text:
            claims.extend(_genres_in(text, sentence.span, 1.0, "header"))
    for sentence in doc.sentences:
        m = re.search(rf"\b(?:a|an) {YEAR} ((?:[\w-]+ ){{0,3}})(?:film|movie|picture)\b", sentence.text)
        if m:
            claims.extend(_genres_in(m.group(1), sentence.span, 2.5, "prose"))
    seen, unique = set(), []
    for c in claims:
        if c.value not in seen:
            seen.add(c.value)
            unique.append(c)
    return unique


def _genres_in(text: str, span, weight: float, kind) -> list[Claim[str]]:
    found = []
    for g in _GENRES:
        if re.search(rf"(?<![\w-]){re.escape(g)}(?![\w-])", text, re.IGNORECASE):
            found.append(Claim(_GENRE_CANON.get(g, g), span, weight, kind))
    return found
