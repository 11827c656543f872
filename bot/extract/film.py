"""The film itself: title and aliases, year, runtime and genres, each as weighted claims.

Page furniture states a title, a year and a length too (site names, upload years, the
length of a different cut); prose statements ("a 1995 romantic drama film") outrank bare
header values, and dates that belong to something else (a post, a disc, a related title,
an anniversary, the story) are not claims at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.facts import Claim, ClaimKind
from bot.extract.header import LABELS, Field, fields_by_key
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
SITE_WORDS = re.compile(
    r"\b(?:reviews?|reviewed|blu-?ray|4k|uhd|ultra hd|hd|dvd|3d|stream(?:ing)?|watch|forums?|thread|"
    r"home|shop|store|catalogue|catalog|library|news|press release|unboxing|picture check|entertainment|"
    r"revisited|retrospectives?|full cast|crew|features|journal|magazine|blog|sign in|menu|"
    r"this week|on screen|now showing|what's on|tonight)\b",
    re.IGNORECASE,
)
# Lower-case words of titles, English and others ("Sen to Chihiro no Kamikakushi", "Y tu mamá también").
SMALL_WORDS = frozenset(
    "of the a an and in on at to for with from by or vs de del la le les du des et el los las il lo di da do dos "
    "und der die das von van y e no wa ga".split()
)
_TITLE_SMALL = r"(?:of|the|a|an|and|in|on|at|to|for|with|from|by|or|vs)"
# "Title (1995)"; a colon inside belongs to the title when a capital follows ("Mad Max: Fury Road (2015)").
TITLE_YEAR = re.compile(
    rf"((?:[A-Z0-9][\w'&.!-]*(?: (?:[A-Z0-9][\w'&.!-]*|{_TITLE_SMALL})){{0,5}}: (?=[A-Z0-9]))?[A-Z0-9][^()\n|›»>:]{{0,70}}?)\s*\(({YEAR})\)"
)
_GENRES = (
    "action", "adventure", "animation", "animated", "biography", "comedy", "crime", "documentary",
    "drama", "family", "fantasy", "film noir", "history", "historical", "horror", "musical",
    "music", "mystery", "romance", "romantic", "science fiction", "sci-fi", "sport", "thriller",
    "war", "western", "disaster", "superhero", "teen",
)
GENRE_RE = re.compile(
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
        if sentence.para == related_para or is_related_line(line, title):
            skipped.add(sentence)
            continue
        for m in TITLE_YEAR.finditer(sentence.text) if mentions else ():
            if not title or not same_title(title_before_year(m.group(1)), title):
                skipped.add(sentence)
    return skipped


_RELATED_LINE = re.compile(rf"\s*(?:[»▶•→·-]\s*)?([^()]{{1,80}}?)\s*(?:\[[^\]]*\]\s*)?\({YEAR}\)\s*(?:\S+\s*)?[—–-]")


def is_related_line(text: str, title: str | None = None) -> bool:
    """A line listing another title: "Vertigo (1958) - James Stewart, Kim Novak"."""
    m = _RELATED_LINE.match(text)
    return bool(m) and not (title and same_title(m.group(1), title))


# ---------------------------------------------------------------- credit lines

# A director credit in a line under a title: "directed by Joel Coen", "A film by Agnès Varda", "Dir. Céline Sciamma".
_DIRECTOR_CREDIT = re.compile(rf"(?:\b[Dd]irected by|\b[Aa] (?:film|movie) by|(?:^|[|·•] )Dir\.|\bDirector:) (?:{NAME})")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A day's date, whose year dates a screening or a post rather than the film: "14 May 2020", "May 14, 2020".
DAY_DATE = re.compile(rf"\b(?:\d{{1,2}} {MONTH},? {YEAR}|{MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? {YEAR})\b")
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
        years = {m.group(1) for m in _LONE_YEAR.finditer(DAY_DATE.sub(" ", line))}
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
        if len(line) > 160 or is_related_line(line):
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


def previous_line(doc: Document, index: int) -> int | None:
    """The nearest non-blank line above line `index`."""
    for above in range(index - 1, -1, -1):
        if doc.line_text(above).strip():
            return above
    return None


# ---------------------------------------------------------------- title vocabulary shared with years

_CAPTION_NAMES = re.compile(rf"(?:{NAME})(?:,? (?:and )?(?:{NAME}))* in (.+)$")


# A post subject's lead-in before the title: "Just watched Oldboy (2003) ...", "Finally saw ...".
_WATCHED_LEAD_IN = re.compile(
    r"^(?:(?:I )?(?:[Jj]ust|[Ff]inally|[Rr]ecently|[Aa]lso) )?(?:[Ww]atched|[Rr]e-?watched|[Ss]aw|[Ff]inished|[Cc]aught) (?=[A-Z0-9])"
)


# Labels of posts and pages that a colon ends before a title: "Tags: Paddington 2 (2017)".
POST_LABELS = frozenset(
    "tags tagged subject topic category categories re fwd discussion spoilers question poll watched".split()
) | {"filed under", "now playing", "currently watching"}


# A listing's time before its title: "Film4, 9pm: RoboCop (1987)".
_CLOCK_TIME = re.compile(r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)", re.IGNORECASE)


def title_before_year(candidate: str) -> str:
    """The title in the text before a "(YEAR)": caption names, a post subject's lead-in and a
    page label before a colon ("Review: Heat") are not part of it; "Mad Max: Fury Road" is whole."""
    candidate = _WATCHED_LEAD_IN.sub("", _after_caption_names(candidate))
    head, colon, tail = candidate.partition(": ")
    if colon and (head.lower() in POST_LABELS or _CLOCK_TIME.fullmatch(head) or all_site_words(head) or not is_film_name(head)):
        return tail
    return candidate


def _after_caption_names(candidate: str) -> str:
    """"J.K. Simmons and Miles Teller in Whiplash" -> "Whiplash"."""
    m = _CAPTION_NAMES.match(candidate)
    return m.group(1) if m else candidate


def claim_kind(sentence: Sentence) -> ClaimKind:
    """Where a claim was stated: a line near the top of the page, or prose."""
    return "header" if sentence.line < 6 and sentence.first_in_line else "prose"


def header_sentences(doc: Document) -> list[Sentence]:
    """The first few lines of the page, where titles are stated (an address line is skipped)."""
    first_lines = sorted({s.line for s in doc.sentences if not re.match(r"\S+\.\w{2,4}/\S*$", doc.line_text(s.line).strip())})[:6]
    return [s for s in doc.sentences if s.line in first_lines and s.first_in_line]


_EDITION_LABEL = re.compile(
    r"(?:the )?(?:criterion(?: collection)?|steelbook|[\w' .-]{0,40}?\b(?:edition|collection|series|version|cut|"
    r"remaster(?:ed)?|restoration|box set|collector's set|spine #?\d+))",
    re.IGNORECASE,
)


# Page sections that head a line or join a title in a heading ("Cast - Heat", "Heat: Audio").
SECTIONS = frozenset(LABELS) | {
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
    return not (text.lower() in SECTIONS or is_edition_label(text) or _RATING_OR_LENGTH.fullmatch(text))


def is_edition_label(text: str) -> bool:
    """True for the name of an edition or a format ("Special Edition", "The Criterion Collection",
    "25th Anniversary Edition"), which labels a release, never a film."""
    text = text.strip(" []()")
    return bool(_EDITION_LABEL.fullmatch(text) or SITE_WORDS.fullmatch(text))


def all_site_words(part: str) -> bool:
    rest = SITE_WORDS.sub(" ", part.lower())
    return not [w for w in re.findall(r"[\w']+", rest) if w not in SMALL_WORDS]



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
        for m in TITLE_YEAR.finditer(text):
            if same_title(title_before_year(m.group(1)), self.title):
                claims.append(Claim(int(m.group(2)), span, 2.5, claim_kind(sentence)))
        m = _HEADING_YEAR.fullmatch(text.strip())
        if m and sentence.first_in_line and same_title(m.group(1), self.title):
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


def same_title(candidate: str, title: str) -> bool:
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
        if sentence.start in field_starts or is_related_line(doc.line_text(sentence.line)):
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
            if GENRE_RE.sub("", part).strip(" ,/&") == "" and GENRE_RE.search(part):
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
    for m in GENRE_RE.finditer(text):
        genre = m.group(0).lower()
        found.append(Claim(_GENRE_CANON.get(genre, genre), span, weight, kind))
    return found
