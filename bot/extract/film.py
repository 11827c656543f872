"""The film itself: title and aliases, year, runtime and genres, each as weighted claims.

Page furniture states a title, a year and a length too (site names, upload years, the
length of a different cut); prose statements ("a 1995 romantic drama film") outrank bare
header values, and dates that belong to something else (a post, a disc, a related title,
an anniversary, the story) are not claims at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from bot.extract.facts import Claim, ClaimKind
from bot.extract.header import CAPSULE_CREDITS, LABELS, Field, fields_by_key
from bot.extract.names import NAME, is_person_name
from bot.extract.text import Document, Sentence, squash

YEAR = r"(?:18[89]\d|19\d\d|20[0-4]\d)"
# A year that can end a heading as a release year; later numbers are part of titles ("2049").
PAST_YEAR = r"(?:18[89]\d|19\d\d|20[0-2]\d)"
# Nouns that name a film in prose ("Ridley Scott's 2000 historical epic").
FILM_NOUNS = (
    "film|movie|picture|feature|drama|thriller|epic|comedy|adaptation|debut|original|docudrama|"
    "blockbuster|classic|western|musical|romance|melodrama|satire|noir|fantasy|horror|"
    "adventure|animation|cartoon|chiller|procedural|war film|biopic|mystery|fable|remake|sequel|"
    "fairy tale|heartbreaker|tearjerker|weepie|caper|romp|odyssey|shocker|potboiler|crowd-pleaser"
)
# Nouns that name a film only with a year before them ("Agnès Varda's 1962 portrait"): undated,
# "his portrait of the killer" is an actor's performance.
DATED_FILM_NOUNS = "portrait|tale|study"
# Words that make a dated noun phrase about something other than the film.
NOT_FILM_AFTER_YEAR = r"(?:documentary|book|novel|novella|memoir|collection|scan|restoration|remaster|transfer|edition|dvd|blu-ray|disc|box|set|release|reissue|interview|version|cut|master|print|special)\b"

# Words of page furniture (site names, breadcrumbs, format badges), never of a title here.
_SITE_WORDS = re.compile(
    r"\b(?:reviews?|reviewed|blu-?ray|4k|uhd|ultra hd|hd|dvd|3d|stream(?:ing)?|watch|forums?|thread|"
    r"home|shop|store|catalogue|catalog|library|news|press release|unboxing|picture check|entertainment|"
    r"revisited|retrospectives?|full cast|crew|features|journal|magazine|blog|sign in|menu|"
    r"this week|on screen|now showing|what's on|tonight)\b",
    re.IGNORECASE,
)
# Lower-case words of titles, English and others ("Sen to Chihiro no Kamikakushi", "Y tu mamá también").
_SMALL_WORDS = frozenset(
    "of the a an and in on at to for with from by or vs de del la le les du des et el los las il lo di da do dos "
    "und der die das von van y e no wa ga".split()
)
_TITLE_SMALL = r"(?:of|the|a|an|and|in|on|at|to|for|with|from|by|or|vs)"
# "Title (1995)"; a colon inside belongs to the title when a capital follows ("Mad Max: Fury Road (2015)").
_TITLE_YEAR = re.compile(
    rf"((?:[A-Z0-9][\w'&.!-]*(?: (?:[A-Z0-9][\w'&.!-]*|{_TITLE_SMALL})){{0,5}}: (?=[A-Z0-9]))?[A-Z0-9][^()\n|›»>:]{{0,70}}?)\s*\(({YEAR})\)"
)
_GENRES = (
    "action", "adventure", "animation", "animated", "biography", "comedy", "crime", "documentary",
    "drama", "family", "fantasy", "film noir", "history", "historical", "horror", "musical",
    "music", "mystery", "romance", "romantic", "science fiction", "sci-fi", "sport", "thriller",
    "war", "western", "disaster", "superhero", "teen",
)
_GENRE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, _GENRES), key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE
)
_GENRE_CANON = {"animated": "animation", "historical": "history", "romantic": "romance", "sci-fi": "science fiction"}


_RELATED_HEADING = re.compile(
    r"^(?:more like this|similar films|you may also like|customers (?:who )?(?:bought|also bought).*|borrowers also checked out|"
    r"related(?: reviews| posts| titles)?|more [\w ]+|see also|read next|next up|also in .*|also available)\s*:?$",
    re.IGNORECASE,
)


def other_film_sentences(doc: Document, title: str | None, *, mentions: bool = True) -> set[Sentence]:
    """Sentences about other films: related-title blocks and lines, and (with `mentions`)
    sentences naming "Other Title (YEAR)" ("Fincher would reunite with Pitt for Fight Club (1999)")."""
    skipped: set[Sentence] = set()
    related_para = None
    for sentence in doc.sentences:
        line = doc.line_text(sentence.line)
        if _RELATED_HEADING.match(line.strip()):
            related_para = sentence.para
        if sentence.para == related_para or _is_related_line(line, title):
            skipped.add(sentence)
            continue
        for m in _TITLE_YEAR.finditer(sentence.text) if mentions else ():
            if not title or not _same_title(title_before_year(m.group(1)), title):
                skipped.add(sentence)
    return skipped


_RELATED_LINE = re.compile(rf"\s*(?:[»▶•→·-]\s*)?([^()]{{1,80}}?)\s*(?:\[[^\]]*\]\s*)?\({YEAR}\)\s*(?:\S+\s*)?[—–-]")


def _is_related_line(text: str, title: str | None = None) -> bool:
    """A line listing another title: "Vertigo (1958) - James Stewart, Kim Novak"."""
    m = _RELATED_LINE.match(text)
    return bool(m) and not (title and _same_title(m.group(1), title))


# ---------------------------------------------------------------- credit lines

# A director credit in a line under a title: "directed by Joel Coen", "A film by Agnès Varda", "Dir. Céline Sciamma".
_DIRECTOR_CREDIT = re.compile(rf"(?:\b[Dd]irected by|\b[Aa] (?:film|movie) by|(?:^|[|·•] )Dir\.|\bDirector:) (?:{NAME})")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A day's date, whose year dates a screening or a post rather than the film: "14 May 2020", "May 14, 2020".
_DAY_DATE = re.compile(rf"\b(?:\d{{1,2}} {_MONTH},? {YEAR}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? {YEAR})\b")
_LONE_YEAR = re.compile(rf"\b({YEAR})\b")
# How many lines from the top a title and its credit line may be.
_CREDIT_LINE_REACH = 10


def credit_lines(doc: Document) -> Iterator[tuple[int, int]]:
    """(line index, year) for short lines near the top that give a film's director and year
    together: "1996, directed by Joel Coen", "2011 · Directed by Nicolas Winding Refn",
    "A film by Agnès Varda (1962)", "Dir. Céline Sciamma | 2019 | 122 min | France"."""
    for index in range(min(len(doc.lines), _CREDIT_LINE_REACH)):
        line = doc.line_text(index)
        if len(line) > 120 or not _DIRECTOR_CREDIT.search(line):
            continue
        years = {m.group(1) for m in _LONE_YEAR.finditer(_DAY_DATE.sub(" ", line))}
        if len(years) == 1:
            yield index, int(years.pop())


# Cells of a metadata line under a title: "Studio | 1999 | 136 min | Rated R", "Drama • 2008 • 2h 9m".
_META_SEPARATOR = re.compile(r"\s+[|•·]\s+")
_RUNTIME_CELL = re.compile(r"\d\s*h(?:r|rs|ours?)?\.?(?:\s*\d{1,2}\s*m(?:in|ins|inutes)?\.?)?|\d{2,3}\s*(?:min|mins|minutes)\.?", re.IGNORECASE)
_YEAR_CELL = re.compile(YEAR)


def metadata_lines(doc: Document) -> Iterator[tuple[int, list[str]]]:
    """(line index, cells) for separator lines near the top that hold a film's runtime beside
    other facts: "Country, Country | 2019 | 102 min | Spanish, English"."""
    for index in range(min(len(doc.lines), _CREDIT_LINE_REACH)):
        line = doc.line_text(index).strip()
        if len(line) > 160 or _is_related_line(line):
            continue
        parts = _META_SEPARATOR.split(line)
        if len(parts) >= 3 and any(_RUNTIME_CELL.fullmatch(p) for p in parts):
            yield index, parts


def _metadata_years(doc: Document) -> list[Claim[int]]:
    """The one lone year cell of a metadata line: the film's year. A date cell ("Released
    May 20, 2008") is a disc's street date or a screening's day, never a claim."""
    claims = []
    for index, parts in metadata_lines(doc):
        years = {p for p in parts if _YEAR_CELL.fullmatch(p)}
        if len(years) == 1:
            claims.append(Claim(int(years.pop()), doc.span_at(doc.lines[index][0]), 2.0, "header"))
    return claims


def _previous_line(doc: Document, index: int) -> int | None:
    """The nearest non-blank line above line `index`."""
    for above in range(index - 1, -1, -1):
        if doc.line_text(above).strip():
            return above
    return None


# ---------------------------------------------------------------- titles


def title_claims(doc: Document, fields: list[Field]) -> list[Claim[str]]:
    """Candidate titles, best first, scored by where they are stated and how often prose repeats them.

    Header lines count more the nearer they are to the top; breadcrumb and site-name lines
    hardly count; a candidate's mentions outside its own line add support. Candidates
    scoring too little are dropped: no title is better than a site name.
    """
    ballot = _TitleBallot()
    for candidate, sentence, weight, strict in _title_candidates(doc, fields):
        ballot.add(candidate, sentence, weight, strict=strict)
    return ballot.ranked(doc)


class _TitleBallot:
    """Title candidates with their summed weights, first sentence and best spelling."""

    def __init__(self) -> None:
        self.scores: Counter[str] = Counter()
        self.where: dict[str, Sentence] = {}
        self.spelled: dict[str, str] = {}

    def add(self, candidate: str, sentence: Sentence | None, weight: float, *, strict: bool) -> None:
        candidate = _clean_title(candidate)
        if not candidate or sentence is None or not _plausible_title(candidate):
            return
        if strict and not _title_cased(candidate):
            return
        key = candidate.lower()
        self.scores[key] += weight
        self.where.setdefault(key, sentence)
        if key not in self.spelled or (self.spelled[key].isupper() and not candidate.isupper()):
            self.spelled[key] = candidate

    def ranked(self, doc: Document) -> list[Claim[str]]:
        lowered = doc.text.lower()
        scores = Counter(self.scores)
        for key, own in self.where.items():
            scores[key] += min(_count_mentions(lowered, key, own.start, own.end), 6) * 0.5
        keep = [k for k in scores if scores[k] >= 1.5]
        keep.sort(key=lambda k: (-scores[k], self.where[k].start, -len(k)))
        return [Claim(_display(self.spelled[k], doc), self.where[k].span, scores[k], _kind(self.where[k])) for k in keep]


def _title_candidates(doc: Document, fields: list[Field]) -> Iterator[tuple[str, Sentence | None, float, bool]]:
    """(candidate, sentence, weight, must be title-cased) from fields, header lines and prose."""
    for f in fields_by_key(fields, "title"):
        yield re.split(r"\s*[\[/]", f.value)[0], doc.sentence_at(f.start), 4.0, False
    yield from _header_candidates(doc)
    yield from _capsule_headlines(doc)
    for index, _year in credit_lines(doc):
        above = _previous_line(doc, index)
        if above is not None:
            yield doc.line_text(above), doc.sentence_at(doc.lines[above][0]), 2.0, True
    for sentence in doc.sentences:
        if _PROSE_TITLE_GATE.search(sentence.text):
            for candidate, weight in _prose_titles(sentence.text):
                yield candidate, sentence, weight, True


def _header_candidates(doc: Document) -> Iterator[tuple[str, Sentence, float, bool]]:
    """Title candidates from the page's first lines, weighted by rank and page furniture."""
    for rank, sentence in enumerate(_header_sentences(doc)):
        if _is_label_line(sentence.text) or CAPSULE_CREDITS.match(sentence.text):
            continue
        weight = (3.0, 2.5, 2.0)[rank] if rank < 3 else 1.5
        quoted = _QUOTED_HEADLINE.match(sentence.text)
        if quoted:
            yield quoted.group(1), sentence, weight, True
        if _is_breadcrumb(sentence.text):
            weight *= 0.2
        for fragment, factor in _header_fragments(sentence.text):
            factor = 0.3 if _SITE_WORDS.search(fragment) else factor
            yield fragment, sentence, weight * factor, True
        for m in _TITLE_YEAR.finditer(sentence.text):
            yield title_before_year(m.group(1)), sentence, 2.0, True
        m = _CAPSULE_HEADING.match(sentence.text)
        if m:
            yield m.group(1), sentence, 3.0, True


def _capsule_headlines(doc: Document) -> Iterator[tuple[str, Sentence | None, float, bool]]:
    """The capitals headline above a capsule's credit line ("THE TITLE ★★★½" over "(R, 1:40) ...")."""
    previous = None
    for index, (start, end) in enumerate(doc.lines):
        line = doc.text[start:end]
        if not line.strip():
            continue
        if previous is not None and CAPSULE_CREDITS.match(line):
            headline = _TRAILING_STARS.sub("", _STAR_RATING.sub("", doc.line_text(previous).strip()))
            if headline.isupper():
                yield headline, doc.sentence_at(doc.lines[previous][0]), 4.0, False
        previous = index


# A headline naming the film in quotes before what it says of it: "'Paddington 2' is a confection".
_QUOTED_HEADLINE = re.compile(r"^(?:[A-Z][\w ]{0,20}: )?['\"]([A-Z0-9][^'\"]{0,60}?)['\"],? (?=[a-z])")
# A capsule heading: "AMADEUS (R, 160 minutes)".
_CAPSULE_HEADING = re.compile(r"(.{2,60}?)\s*\((?:[^()]*\b\d{2,3} (?:min|minutes|mins)\b[^()]*)\)\s*$")


def _count_mentions(lowered: str, key: str, skip_start: int, skip_end: int) -> int:
    """Whole-word occurrences of `key` in the lower-cased text, outside [skip_start, skip_end)."""
    count, at = 0, lowered.find(key)
    while at != -1:
        end = at + len(key)
        bounded = (at == 0 or not lowered[at - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum())
        if bounded and not skip_start <= at < skip_end:
            count += 1
        at = lowered.find(key, at + 1)
    return count


def _is_label_line(line: str) -> bool:
    """A spec line such as "Picture: VC-1, 1080p" (its label is no title)."""
    m = re.match(r"\s*([A-Za-z][\w .'/&-]{0,25}):\s", line)
    return bool(m) and m.group(1).lower() in LABELS


def _is_breadcrumb(line: str) -> bool:
    """Navigation: "Home > Reviews > Blu-ray", "THE DISC DEN :: DVD Reviews :: C"."""
    return bool(re.search(r"\s[›>»]\s|::|\s/\s", line)) or len(re.split(r"\s[|·]\s|\s{3,}", line.strip())) >= 3


def _title_cased(candidate: str) -> bool:
    words = re.findall(r"\w[\w'-]*", candidate)
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words[1:]) and bool(words)


_CAPTION_NAMES = re.compile(rf"(?:{NAME})(?:,? (?:and )?(?:{NAME}))* in (.+)$")


# A post subject's lead-in before the title: "Just watched Oldboy (2003) ...", "Finally saw ...".
_WATCHED_LEAD_IN = re.compile(
    r"^(?:(?:I )?(?:[Jj]ust|[Ff]inally|[Rr]ecently|[Aa]lso) )?(?:[Ww]atched|[Rr]e-?watched|[Ss]aw|[Ff]inished|[Cc]aught) (?=[A-Z0-9])"
)


# Labels of posts and pages that a colon ends before a title: "Tags: Paddington 2 (2017)".
_POST_LABELS = frozenset(
    "tags tagged subject topic category categories re fwd discussion spoilers question poll watched".split()
) | {"filed under", "now playing", "currently watching"}


# A listing's time before its title: "Film4, 9pm: RoboCop (1987)".
_CLOCK_TIME = re.compile(r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)", re.IGNORECASE)


def title_before_year(candidate: str) -> str:
    """The title in the text before a "(YEAR)": caption names, a post subject's lead-in and a
    page label before a colon ("Review: Heat") are not part of it; "Mad Max: Fury Road" is whole."""
    candidate = _WATCHED_LEAD_IN.sub("", _after_caption_names(candidate))
    head, colon, tail = candidate.partition(": ")
    if colon and (head.lower() in _POST_LABELS or _CLOCK_TIME.fullmatch(head) or _all_site_words(head) or not is_film_name(head)):
        return tail
    return candidate


def _after_caption_names(candidate: str) -> str:
    """"J.K. Simmons and Miles Teller in Whiplash" -> "Whiplash"."""
    m = _CAPTION_NAMES.match(candidate)
    return m.group(1) if m else candidate


def _kind(sentence: Sentence) -> ClaimKind:
    """Where a claim was stated: a line near the top of the page, or prose."""
    return "header" if sentence.line < 6 and sentence.first_in_line else "prose"


def _header_sentences(doc: Document) -> list[Sentence]:
    """The first few lines of the page, where titles are stated (an address line is skipped)."""
    first_lines = sorted({s.line for s in doc.sentences if not re.match(r"\S+\.\w{2,4}/\S*$", doc.line_text(s.line).strip())})[:6]
    return [s for s in doc.sentences if s.line in first_lines and s.first_in_line]


def _header_fragments(line: str) -> list[tuple[str, float]]:
    """Parts of a header line that may be the title, each with a weight factor.

    The line is split at separators; the first part counts most, since site names and
    edition labels follow the title ("Heat | Screen Ledger", "Heat [Blu-ray] - Special
    Edition"). Format and site words end a part ("Robin Hood 4K Ultra HD review: ...");
    an edition label after a colon is dropped ("Heat: Criterion Collection Blu-ray Review");
    a part with another colon also yields what precedes it ("Hugo 3D: Scorsese's love
    letter" -> "Hugo"), since headlines append a tagline after a colon.
    """
    line = _TRAILING_STARS.sub("", _STAR_RATING.sub("", line.strip()))
    line = re.sub(r"^(?:watch|re:|thread:|review:|(?:episode|ep\.?) ?#?\d+\s*[:|–—-])\s+", "", line, flags=re.IGNORECASE)
    fragments = []
    parts = re.split(r"\s+[|–—»›>·]\s+|\s+-\s+|\s*::\s*|\s+/\s+|\s{3,}", line)
    for index, part in enumerate(parts):
        rank = 1.0 if index == 0 else 0.8
        # A title in parentheses is another name of the film: "El laberinto del fauno (Pan's Labyrinth)".
        for inner in re.findall(r"\(([^()\d]{2,60})\)", part):
            if not _SITE_WORDS.search(inner) and not is_edition_label(inner):
                fragments.append((inner.strip(), rank))
        part = re.sub(r"\s*[\[(][^\])]*[\])]\s*", " ", part).strip()
        part = re.split(r"(?i:\s+(?:review|revisited|4k|uhd|3d|blu-ray|dvd|full cast)\b)|:\s+(?=[a-z])", part)[0]
        part = re.sub(rf"\s+{PAST_YEAR}$", "", part)  # "THE GODFATHER 1972" (but "Blade Runner 2049")
        head, colon, tail = part.partition(": ")
        if colon and is_edition_label(tail):
            part = head
        if not part or _all_site_words(part) or not is_film_name(part):
            continue
        fragments.append((part, rank))
        if ": " in part:
            fragments.append((part.split(": ")[0], 0.5 * rank))
    return fragments


# A rating before a title: "★★★★☆  Moonlight", "★★★½ Heat", "4/5 stars".
_STAR_RATING = re.compile(r"^(?:[★☆✩✭✮½*]+|\d(?:\.\d)?\s*/\s*(?:5|10)(?:\s*stars?)?)\s+")
# A rating after a title: "PADDINGTON 2 ★★★★", "Heat ★★★½".
_TRAILING_STARS = re.compile(r"\s+[★☆✩✭✮½]+$")
_EDITION_LABEL = re.compile(
    r"(?:the )?(?:criterion(?: collection)?|steelbook|[\w' .-]{0,40}?\b(?:edition|collection|series|version|cut|"
    r"remaster(?:ed)?|restoration|box set|collector's set|spine #?\d+))",
    re.IGNORECASE,
)


# Page sections that head a line or join a title in a heading ("Cast - Heat", "Heat: Audio").
_SECTIONS = frozenset(LABELS) | {
    "overview", "details", "trailer", "trailers", "cast & crew", "cast and crew", "full credits", "photos",
    "trivia", "plot", "story", "storyline", "user reviews", "critic reviews", "quotes", "soundtracks", "gallery",
}
_RATING_OR_LENGTH = re.compile(
    r"(?:rated )?(?:G|PG|PG-13|R|NC-17|NR|TV-MA|TV-14|TV-PG|U|12A?|15|18)|[\d\s:./-]+|"
    r"\d\s*(?:h|hr|hrs|hours?)\.?(?:\s*\d{1,2}\s*(?:m|min|mins|minutes)\.?)?|\d{2,3}\s*(?:m|min|mins|minutes)\.?|[★☆✩✭½*]+",
    re.IGNORECASE,
)


def is_film_name(text: str) -> bool:
    """False for what shares a heading with a film's name but is not one: a page section
    ("Audio", "Credits"), an edition or format label, a rating, a running time or a site word."""
    text = text.strip(" []()")
    return not (text.lower() in _SECTIONS or is_edition_label(text) or _RATING_OR_LENGTH.fullmatch(text))


def is_edition_label(text: str) -> bool:
    """True for the name of an edition or a format ("Special Edition", "The Criterion Collection",
    "25th Anniversary Edition"), which labels a release, never a film."""
    text = text.strip(" []()")
    return bool(_EDITION_LABEL.fullmatch(text) or _SITE_WORDS.fullmatch(text))


def _all_site_words(part: str) -> bool:
    rest = _SITE_WORDS.sub(" ", part.lower())
    return not [w for w in re.findall(r"[\w']+", rest) if w not in _SMALL_WORDS]


_PROSE_TITLE_GATE = re.compile(r" is an? | (?:was|is) [A-Z]|'s? \d{4}|revisiting|Tags:")
_PROSE_TITLE_PATTERNS = (
    (re.compile(rf"^(?:[\w.' ]+ - )?([A-Z][\w'&:,.\- ]{{0,60}}?) is an? (?:{YEAR} )"), 3.0),
    (re.compile(r"\b(?:[Tt]he film|[Tt]hat film|[Tt]he movie) (?:is|was) ([A-Z][\w'&:\- ]{0,50}?)(?:,| and\b|\.)"), 3.0),
    (re.compile(rf"((?:[A-Z0-9][\w'&:-]*)(?: (?:of|the|a|an|and|in|on|at|to|for|with|from|[A-Z0-9][\w'&:-]*))*), (?:{NAME})'s? {YEAR} \w+"), 3.0),
    (re.compile(r"\brevisiting ([A-Z][\w'&:\- ]{0,50})$"), 1.5),
    (re.compile(r"\bTags: ([A-Z][\w'&:\- ]{0,50}?) \(\d{4}\)"), 2.0),
)


def _prose_titles(text: str) -> list[tuple[str, float]]:
    """Titles stated in prose; a capitalised run may start before the title ("on Friday with
    Lost in Translation, ..."), so its shorter tails are candidates too (mentions decide)."""
    found = []
    for pattern, weight in _PROSE_TITLE_PATTERNS:
        for m in pattern.finditer(text):
            run = m.group(1)
            found.append((run, weight))
            for tail in re.finditer(r"(?<= )(?:of|the|a|an|and|in|on|at|to|for|with|from) ([A-Z0-9].*)$", run):
                found.append((tail.group(1), weight * 0.9))
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
    if re.match(r"(?:posted|published|reviewed|by|home|filed|rated)\b", candidate, re.IGNORECASE):
        return False
    return candidate[0].isupper() or candidate[0].isdigit()


def _display(title: str, doc: Document) -> str:
    """A title in the spelling the page uses in prose, capitalised, if the page has one."""
    if not (title.isupper() or title.islower()):
        return title
    variants = [m.group(0) for m in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", doc.text, re.IGNORECASE)]
    cased = [v for v in variants if not v.isupper() and not v.islower() and _title_cased(v)]
    return cased[0] if cased else title.title() if title.isupper() else title[0].upper() + title[1:]


def alias_claims(doc: Document, titles: list[Claim[str]]) -> list[Claim[str]]:
    """Other names of the best title stated in the header: a prefixed form ("The Killers -
    Leaving Las Vegas"), a subtitled form ("Clerks: Collector's Series"), a translation in
    parentheses ("El laberinto del fauno (Pan's Labyrinth)")."""
    if not titles:
        return []
    best = titles[0].value
    aliases: list[Claim[str]] = []
    for sentence in _header_sentences(doc):
        text = re.sub(r"^(?:watch|re:|thread:)\s+", "", sentence.text.strip(), flags=re.IGNORECASE)
        text = re.split(r"\s+[|–—»›]\s+|\s*::\s*", text)[0]
        m = re.fullmatch(rf"(?:(.{{2,40}}?) - {re.escape(best)}|{re.escape(best)}: ([^|()]{{2,40}}))", text.strip(), re.IGNORECASE)
        if m and _title_cased(m.group(0)) and not _SITE_WORDS.search(m.group(0)) and is_film_name(m.group(1) or m.group(2)):
            aliases.append(Claim(m.group(0), sentence.span, 1.0, "header"))
        for pattern in (rf"{re.escape(best)}\s*\(([^()\d]{{3,60}})\)", rf"([^()]{{3,60}}?)\s*\({re.escape(best)}\)"):
            m = re.search(pattern, sentence.text, re.IGNORECASE)
            if m and m.group(1)[0].isupper() and is_film_name(m.group(1)) and not re.search(r"collector|blu-ray|4k|uhd", m.group(1), re.IGNORECASE):
                aliases.append(Claim(_clean_title(m.group(1)), sentence.span, 1.0, "header"))
    return [a for a in aliases if a.value.lower() != best.lower()]


# ---------------------------------------------------------------- years


_YEAR_PATTERNS: tuple[tuple[re.Pattern[str], float, str], ...] = (
    # "a 1995 romantic drama film", "Jonathan Demme's 1991 thriller"
    (re.compile(rf"(?:\b(?:a|an|the|his|her|its|their)|'s?) ({YEAR})(?! {NOT_FILM_AFTER_YEAR})(?: [\w-]+){{0,3}}? (?:{FILM_NOUNS})\b", re.IGNORECASE), 3.0, "prose"),
    # "Agnès Varda's 1962 portrait of a singer": a person's dated portrait, tale or study
    (re.compile(rf"(?P<who>{NAME})'s? ({YEAR}) (?:[\w-]+ ){{0,2}}?(?:{DATED_FILM_NOUNS})\b"), 3.0, "prose"),
    # "(Robert Zemeckis, 1985)"
    (re.compile(rf"\((?P<who>{NAME}), ({YEAR})\)"), 3.0, "header"),
    # "released in June 1974", "Originally released as a motion picture in 2013", "premiered ... in May 2006"
    (re.compile(rf"\b(?:[Rr]eleased|[Pp]remiered|[Oo]pened)\b[^.;]{{0,50}}?\bin (?:[A-Z][a-z]+ )?({YEAR})\b"), 2.5, "prose"),
    # "UK, 2004 ·", "France/Germany · 2001 · 122 min"
    (re.compile(rf"(?:^|· )[A-Z][A-Za-z/ ]+(?:,| ·) ({YEAR}) · "), 2.0, "header"),
    # Search and streaming cards: "2014 · Drama/Music · 1h 47m", "2019 | 2h 12m | PG-13", "Movie · 2016 · 1 h 51 min"
    (re.compile(rf"^(?:(?:TV )?(?:Movie|Film) [·|] )?({YEAR}) [·|] (?=.*(?:\d ?h\b|\d ?h \d|\bmin\b|\d+m\b|\b(?:G|PG|PG-13|R|NC-17|TV-MA|TV-14|U|12A?|15|18)$))"), 2.0, "header"),
    # "from the year 1974"
    (re.compile(rf"\bfrom the year ({YEAR})\b"), 2.0, "prose"),
)


_ANY_YEAR = re.compile(rf"\b{YEAR}\b")
# Encyclopedia hatnotes point at other works: "For the 1986 film, see Heat (1986 film)."
_HATNOTE = re.compile(r"(?:For (?:the|other) .{0,80}\bsee\b|This article is about|Not to be confused with)")


def year_claims(doc: Document, fields: list[Field], title: str | None) -> list[Claim[int]]:
    """Every statement of the film's year, weighted: prose about the film outranks headers."""
    claims: list[Claim[int]] = []
    related = other_film_sentences(doc, title, mentions=False)
    titled = _TitledYears(title) if title else None
    for sentence in doc.sentences:
        text = sentence.text
        if sentence in related or _HATNOTE.match(text) or not _ANY_YEAR.search(text):
            continue
        claims.extend(_pattern_years(sentence))
        if titled:
            claims.extend(titled.claims(sentence))
    claims.extend(_field_years(doc, fields))
    claims.extend(_credit_line_years(doc))
    claims.extend(_metadata_years(doc))
    claims.extend(_opening_today_claims(doc))
    return claims


def _credit_line_years(doc: Document) -> list[Claim[int]]:
    """The year of a credit line under the title ("1996, directed by Joel Coen")."""
    return [Claim(year, doc.span_at(doc.lines[index][0]), 2.5, "header") for index, year in credit_lines(doc)]


def _field_years(doc: Document, fields: list[Field]) -> list[Claim[int]]:
    """Years from labelled fields: "Year: 1987", "Released: 2016", "Premiere: 12 May 2003".

    A release date among a disc's product details is the disc's street date, not the film's,
    so release fields in a paragraph that describes a disc are no claim at all.
    """
    claims = []
    for f in fields:
        if f.key not in ("release", "year"):
            continue
        m = re.search(rf"\b{YEAR}\b", f.value)
        sentence = doc.sentence_at(f.start)
        if not m or sentence is None:
            continue
        if f.kind == "infobox":
            claims.append(Claim(int(m.group(0)), sentence.span, 2.0, "infobox"))
        elif f.key == "year" or not _describes_a_disc(doc, sentence.para):
            claims.append(Claim(int(m.group(0)), sentence.span, 2.0, "header"))
    return claims


_DISC_DETAILS = re.compile(r"\b(?:blu-?ray|dvd|uhd|4k|disc|discs|region|studio|format|aspect ratio|audio|subtitles|upc|asin|sku)\b", re.IGNORECASE)


def _describes_a_disc(doc: Document, para: int) -> bool:
    """True when the paragraph holds a disc's product details (format, region, studio, tracks)."""
    return any(_DISC_DETAILS.search(s.text) for s in doc.sentences if s.para == para)


def _pattern_years(sentence: Sentence) -> list[Claim[int]]:
    """Years stated in forms that date a film whatever its title."""
    claims = []
    for pattern, weight, kind in _YEAR_PATTERNS:
        for m in pattern.finditer(sentence.text):
            if "who" in pattern.groupindex and not is_person_name(m.group("who")):
                continue
            claims.append(Claim(int(m.group(m.lastindex)), sentence.span, weight, kind))
    m = _BARE_YEAR.fullmatch(sentence.text.strip())
    if m:  # a bare year on a header line: weak, often an upload or page year
        claims.append(Claim(int(m.group(1)), sentence.span, 0.5, "header"))
    return claims


class _TitledYears:
    """Years stated next to the film's own title: "Heat is a 1995 ...", "Casablanca (1942)",
    a heading "THE GODFATHER 1972", "how strange Toy Story looked in 1995"."""

    def __init__(self, title: str):
        self.title = title
        escaped = re.escape(title)
        self.subject = re.compile(rf"(?:[\w.' ]+ - )?{escaped}(?: \([^)]*\))? (?:is|was) an? ({YEAR})\b")
        self.looked_in = re.compile(rf"(?<!\w){escaped} (?:[a-z]+ ){{0,3}}in ({YEAR})\b")

    def claims(self, sentence: Sentence) -> list[Claim[int]]:
        text, span = sentence.text, sentence.span
        claims = []
        m = self.subject.match(text)
        if m:
            claims.append(Claim(int(m.group(1)), span, 3.5, "prose"))
        for m in _TITLE_YEAR.finditer(text):
            if _same_title(title_before_year(m.group(1)), self.title):
                claims.append(Claim(int(m.group(2)), span, 2.5, _kind(sentence)))
        m = _HEADING_YEAR.fullmatch(text.strip())
        if m and sentence.first_in_line and _same_title(m.group(1), self.title):
            claims.append(Claim(int(m.group(2)), span, 2.5, "header"))
        claims.extend(Claim(int(m.group(1)), span, 1.5, "prose") for m in self.looked_in.finditer(text))
        return claims


_BARE_YEAR = re.compile(rf"[-•·*]?\s*({YEAR})")
_HEADING_YEAR = re.compile(rf"(.+?)\s+({PAST_YEAR})")


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
    """A feature-length running time stated in prose or a spec run, not the length of an extra."""
    m = re.search(r"(?i:running time|runtime|run time|length)[:\s]+(?:ca\.?\s*)?(\d[\w :.]{1,20})", text)
    if m:
        minutes = parse_runtime(m.group(1), allow_clock=True)
        if minutes:
            return minutes
    m = _HM.search(text)
    if m and m.group(2) and 60 <= parse_runtime(m.group(0)) <= 300:
        return parse_runtime(m.group(0))
    for m in _MINUTES.finditer(text):
        minutes = int(m.group(1))
        if not 60 <= minutes <= 300:
            continue
        before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 25]
        if _NOT_FEATURE_LENGTH.search(before) or re.match(r"\s*(?:of\s+)?(?:bonus|extras?|supplement|featurette|documentary)", after, re.IGNORECASE):
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
    for index, parts in metadata_lines(doc):
        for part in parts:  # a cell of genres only: "Drama", "Crime/Thriller"
            if _GENRE_RE.sub("", part).strip(" ,/&") == "" and _GENRE_RE.search(part):
                claims.extend(_genres_in(part, doc.span_at(doc.lines[index][0]), 1.0, "header"))
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
    for m in _GENRE_RE.finditer(text):
        genre = m.group(0).lower()
        found.append(Claim(_GENRE_CANON.get(genre, genre), span, weight, kind))
    return found
