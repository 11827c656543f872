"""The film itself: title and aliases, year, runtime and genres, each as weighted claims.

Page furniture states a title, a year and a length too (site names, upload years, the
length of a different cut); prose statements ("a 1995 romantic drama film") outrank bare
header values, and dates that belong to something else (a post, a disc, a related title,
an anniversary, the story) are not claims at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.facts import Claim, ClaimKind, Span
from bot.extract.header import LABELS, Field, fields_by_key
from bot.extract.names import NAME, NOT_NAME_WORDS, WORD, is_person_name
from bot.extract.text import Document, Gated, Sentence, folded, is_word_char, squash

YEAR = r"(?:18[89]\d|19\d\d|20[0-4]\d)"
# What a year in brackets, "(YEAR)", opens with: what a pattern holding one needs.
_BRACKETED_YEAR_NEEDS = ("(18", "(19", "(20")
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
TITLE_YEAR = Gated(
    re.compile(rf"((?:[A-Z0-9][\w'&.!-]*(?: (?:[A-Z0-9][\w'&.!-]*|{_TITLE_SMALL})){{0,5}}: (?=[A-Z0-9]))?[A-Z0-9][^()\n|›»>:]{{0,70}}?)\s*\(({YEAR})\)"),
    needs=_BRACKETED_YEAR_NEEDS,
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
    related_lines: dict[int, bool] = {}  # line -> whether it lists another title (read once a line)
    for sentence in doc.sentences:
        if sentence.line not in related_lines:
            line = doc.line_text(sentence.line)
            if _RELATED_HEADING.match(line.strip()):
                related_para = sentence.para
            related_lines[sentence.line] = is_related_line(line, title)
        if sentence.para == related_para or related_lines[sentence.line]:
            skipped.add(sentence)
            continue
        for m in TITLE_YEAR.finditer(sentence.text) if mentions else ():
            if not title or not same_title(title_before_year(m.group(1)), title):
                skipped.add(sentence)
    return skipped


_RELATED_LINE = Gated(
    re.compile(rf"\s*(?:[»▶•→·-]\s*)?([^()]{{1,80}}?)\s*(?:\[[^\]]*\]\s*)?\({YEAR}\)\s*(?:\S+\s*)?[—–-]"),
    needs=_BRACKETED_YEAR_NEEDS,
)


def is_related_line(text: str, title: str | None = None) -> bool:
    """A line listing another title: "Vertigo (1958) - James Stewart, Kim Novak"."""
    m = _RELATED_LINE.match(text)
    return bool(m) and not (title and same_title(m.group(1), title))


# ---------------------------------------------------------------- credit lines

# A director credit in a line under a title: "directed by Joel Coen", "A film by Agnès Varda", "Dir. Céline Sciamma".
_DIRECTOR_CREDIT = re.compile(rf"(?:\b[Dd]irected [Bb]y:?|\b[Aa] (?:film|movie) by|(?:^|[|·•] )Dir\.|\bDirector:) (?:{NAME})")
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
    May 20, 2008") is a disc's street date or a screening's day, never a claim, and the year of
    a line that names a disc ("Blu-ray | 2015 | 104 min") may be the disc's."""
    claims = []
    for index, parts in metadata_lines(doc):
        years = {p for p in parts if _YEAR_CELL.fullmatch(p)}
        if any(_DISC_WORDS.search(p) for p in parts):
            continue
        if len(years) == 1:
            claims.append(Claim(int(years.pop()), _line_span(doc, index), HEADER_CELL, "header"))
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


_ADDRESS_LINE = re.compile(r"\S+\.\w{2,4}/\S*$")


def _is_address_line(line: str) -> bool:
    return "/" in line and bool(_ADDRESS_LINE.match(line.strip()))


def header_sentences(doc: Document) -> list[Sentence]:
    """The first few lines of the page, where titles are stated (an address line is skipped)."""
    first_lines = sorted({s.line for s in doc.sentences if not _is_address_line(doc.line_text(s.line))})[:6]
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

# Weights of the evidence for the film's year. Every statement is kept as a claim (the store
# shows conflicts); the heaviest names the film's year, so a statement that can only be about
# this film outweighs one that may be about another film, a disc or the page.
TITLED_SUBJECT = 3.5  # "Heat is a 1995 crime film"
DATED_FILM_NOUN = 3.0  # "a 1995 crime film", "Michael Mann's 1995 thriller", "(Michael Mann, 1995)"
FILM_RELEASE_LABEL = 2.5  # "Movie Release Year: 1995", "Date of Film Release: 1995", "Year of Production 1995"
TITLE_YEAR_WEIGHT = 2.5  # "Heat (1995)", "Heat [1995]", "Heat (Blu-ray) (1995)", "1995's Heat", "HEAT 1995"
RELEASED = 2.5  # "released in 1995", "premiered on May 1, 1941", "in theaters in 1995", "the 1995 theatrical cut"
CREDIT_LINE_YEAR = 2.5  # "1996, directed by Joel Coen" under the title
YEAR_FIELD = 2.0  # "Year: 1995", "Released: 1995", an infobox's release dates
HEADER_CELL = 2.0  # "1995 - Studio", "USA 1995.", "Drama • 1995 • 2h 9m", an address ".../heat-1995-..."
BEST_OF_YEAR = 2.0  # "Heat is one of the best films of 1995"
HEADER_NAMED = 2.0  # "Heat (1995)" in prose, the title unknown but "Heat" in the page's heading
RELATIONAL_NOUN = 1.5  # "Carpenter's 1978 original": as often the other film of a pair as this one
LOOKED_IN = 1.5  # "how strange Toy Story looked in 1995"
OPENING_TODAY = 1.5  # a review dated the day the film "opens in theaters today"
DISC_BLOCK_YEAR = 1.0  # "Year: 2020" in a disc's details beside its "Release Date: January 7, 2020"
BARE_HEADER_YEAR = 0.5  # a lone "2016" line near the top, often an upload or page year

_ANY_YEAR = re.compile(rf"\b{YEAR}\b")
# How many lines from the top count as the page's heading.
_HEADING_LINES = 6
# Encyclopedia hatnotes point at other works: "For the 1986 film, see Heat (1986 film)."
_HATNOTE = re.compile(r"(?:For (?:the|other) .{0,80}\bsee\b|This article is about|Not to be confused with)")
# A date with its day, in any common spelling: "4th October 2010", "December 4th, 2012",
# "27-Oct-2009", "2010-07-08", "10/19/10". Its year dates a post, a disc or a screening.
_ANY_DAY_DATE = re.compile(
    rf"""\b(?:\d{{1,2}}(?:st|nd|rd|th)?\ {MONTH},?\ {YEAR}
        |{MONTH}\ \d{{1,2}}(?:st|nd|rd|th)?,?\ {YEAR}
        |\d{{1,2}}-{MONTH}-{YEAR}
        |{YEAR}-\d\d-\d\d
        |\d{{1,2}}/\d{{1,2}}/(?:\d\d){{1,2}})(?!\d)""",
    re.VERBOSE,
)
_MONTH_YEAR = re.compile(rf"\b{MONTH},?\ {YEAR}\b")


def year_claims(doc: Document, fields: list[Field], title: str | None) -> list[Claim[int]]:
    """Every statement of the film's year, weighted (see the weights above): statements that
    can only be about this film outrank page furniture, and years that belong to something else
    (another film named in the text, a disc, a post, an anniversary, the story) are no claims."""
    claims: list[Claim[int]] = []
    related = other_film_sentences(doc, title, mentions=False)
    titled = _TitledYears(title) if title else None
    # "the 1984 original" is the other film on a page about a sequel or a remake, "the 2017
    # sequel" this one only when its title is a sequel's
    pair = "sequel" if title and _SEQUEL_TITLE.search(title) else "original" if not _PAIR_WORDS.search(doc.text) else None
    for sentence in doc.sentences:
        text = sentence.text
        if sentence in related or _HATNOTE.match(text) or not _ANY_YEAR.search(text):
            continue
        claims.extend(_dated_noun_years(sentence, titled, pair))
        claims.extend(_pattern_years(sentence))
        claims.extend(_director_year_brackets(sentence, titled))
        claims.extend(_release_years(sentence, titled))
        claims.extend(_best_of_years(sentence, titled))
        if titled:
            claims.extend(titled.claims(sentence))
    claims.extend(_field_years(doc, fields))
    claims.extend(_label_years(doc))
    claims.extend(_credit_line_years(doc))
    claims.extend(_metadata_years(doc))
    claims.extend(_data_line_years(doc, related))
    claims.extend(_year_dash_label_years(doc))
    claims.extend(_country_year_claims(doc, related))
    claims.extend(_opening_today_claims(doc))
    if titled:
        claims.extend(titled.address_claims(doc))
    else:
        claims.extend(_header_named_years(doc, related))
    return claims


# ---------------------------------------------------------------- years: prose forms

# Determiners that make a dated noun phrase the film's: "a 1995 film", "this 1980 biopic", "Mann's 1995 thriller".
_DETERMINER = r"(?:\b(?:[Aa]n?|[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|'s?)"
# Words before the year that point at another film of a series or a career: "the other 1995 thriller".
_NOT_THIS_FILM_ADJ = r"(?:other|another|previous|earlier|later|next|last|first|second|third|latest|prior|former|upcoming|new|forthcoming|original)"
# Nouns that name a film only with a year before them, in prose written about that film.
_YEAR_FILM_NOUNS = r"offering|effort|outing|entry|programmer|spectacle|vehicle"
# Nouns that a film noun qualifies, making the phrase about something else: "the 2019 film festival".
_NOT_FILM_AFTER_NOUN = (
    r"festival|awards?|season|series|industry|critics?|society|school|program(?:me)?|market|list|poll|circle|club|"
    r"magazine|fund|academy|archive|registry|board|score|soundtrack|poster|rights|winners?|nominees?|nominations?|race|"
    r"category|prize|award"
)
# An award between the year and the noun dates the award, a year after the film as often as not:
# "the 1996 Oscar-winning film".
_AWARD_WORDS = re.compile(r"award|oscar|bafta|emmy|golden|palme|winning|nominated|prize", re.IGNORECASE)
# Nouns that name one film of a pair: on a sequel's or a remake's page "the 1984 original" is the other one.
_RELATIONAL_NOUNS = frozenset({"original", "remake", "sequel"})
_SEQUEL_TITLE = re.compile(r"\s(?:\d{1,4}|II|III|IV|V|VI|VII|Part|Chapter)\b|:\s|\b(?:Returns|Reloaded|Strikes Back|Revenge of)\b")
_PAIR_WORDS = Gated(
    re.compile(r"\b(?:remake|remade|sequel|prequel|reboot|re-?imagining|follow-up)\b", re.IGNORECASE),
    needs=("remake", "remade", "sequel", "prequel", "reboot", "imagining", "follow-up"),
)
# Function words do not stand between a year and the noun it dates ("the 1980 setting of the film").
_FUNCTION_WORDS = r"(?:of|the|a|an|in|on|at|for|to|from|and|or|that|which|with|by|as|is|was)"
_FILM_NOUN_ALT = FILM_NOUNS.replace(" ", r"\ ")
_DATED_NOUN = re.compile(
    rf"""(?P<det>{_DETERMINER})
    (?P<adj>(?:\ (?!{_NOT_THIS_FILM_ADJ}\b)[a-z][\w-]*,?){{0,2}})
    \ (?P<year>{YEAR})
    (?!\ (?i:{NOT_FILM_AFTER_YEAR}))
    (?:\ (?!{_FUNCTION_WORDS}\b)[\w-]+){{0,4}}?
    \ (?P<noun>(?i:{_FILM_NOUN_ALT}|{_YEAR_FILM_NOUNS}))\b
    (?!\ (?i:{_NOT_FILM_AFTER_NOUN})\b)""",
    re.VERBOSE,
)
# A comparison or a relation before the dated noun: "like Kubrick's 1980 film", "after his 1995 thriller".
_COMPARED = re.compile(
    r"\b(?:like|unlike|after|before|since|than|following|versus|vs|recalls?|echoe?s|evokes?|resembles?|remake|remade|"
    r"sequel|prequel|follow-up|homage|nod|reminiscent|similar|compared|mistakenly|wrongly|erroneously|incorrectly|"
    r"based|adapted|inspired)\b",
    re.IGNORECASE,
)
# A person's career before the dated noun: "who won an Oscar for a 1979 drama", "she starred in a 1983
# thriller" (unless it is "this 1983 thriller").
_CAREER = re.compile(
    r"\b(?:won|wins|nominated|starred|stars|starring|appeared|appears|played|plays|acted|directed|wrote|oscar|award|career)\b",
    re.IGNORECASE,
)
# A title straight after the noun: "the 1973 film The Exorcist" names the film it dates.
_NAMED_AFTER = re.compile(
    r",?\ [\"']?(?P<name>(?!I\b)[A-Z0-9][\w'.:&!-]*(?:\ (?:(?:of|the|a|an|and|in|on|to|for|with)\ )*[A-Z0-9][\w'.:&!-]*)*)"
)


def _dated_noun_years(sentence: Sentence, titled: _TitledYears | None, pair: str | None) -> list[Claim[int]]:
    """A year before a noun naming a film: "a 1995 crime film", "Jonathan Demme's 1991 thriller",
    "this gritty 1980 biopic", "the 1952 movie Ikiru". Not the film's when a comparison leads in
    ("like Kubrick's 1980 film"), when another title follows the noun ("Mann's 1995 film Heat" on
    another film's page) or when the noun names the other film of a pair: "the 1984 original"
    on a sequel's page, "the 1986 sequel" on the first film's. `pair` is the relational noun
    that names this film here ("original", "sequel" or None)."""
    claims = []
    text = sentence.text
    for m in _DATED_NOUN.finditer(text):
        # (a comma between adjectives, "this shrill, self-important 1976 satire", ends no clause)
        lead = re.split(r"[,;:()\[\]]", text[: m.start("adj")])[-1] + m.group("adj").replace(",", "")
        lead = " ".join(lead.split()[-6:])
        if _COMPARED.search(lead) or m.group("det").lower() != "this" and _CAREER.search(lead):
            continue
        if _AWARD_WORDS.search(m.group(0)):
            continue
        noun = m.group("noun").lower()
        weight = DATED_FILM_NOUN
        after = _NAMED_AFTER.match(text, m.end())
        if after:
            if not (titled and titled.is_it(after.group("name"))):
                continue
        elif noun in _RELATIONAL_NOUNS:
            if noun != pair:
                continue
            weight = RELATIONAL_NOUN
        claims.append(Claim(int(m.group("year")), sentence.span, weight, "prose"))
    return claims


# A release stated in prose: "released in June 1974", "Originally released as a motion picture in
# 2013", "premiered on May 1, 1941", "since its release in 1995". A re-release is a later event.
_RELEASED = re.compile(
    rf"""(?<![\w-])(?P<verb>(?i:released|premiered|opened|debuted)|[Ii]ts\ (?:(?:original|initial|first|theatrical)\ )?release)\b
    (?P<between>[^.;]{{0,50}}?)
    \b(?:in\ (?:{MONTH}\ (?:\d{{1,2}},?\ )?)?|on\ (?:{MONTH}\ \d{{1,2}}(?:st|nd|rd|th)?,?\ |\d{{1,2}}(?:st|nd|rd|th)?\ {MONTH},?\ ))
    (?P<year>{YEAR})\b(?!\ [A-Z][a-z])""",  # "opened in 1944 Berlin" is the story's time and place
    re.VERBOSE,
)
# "in theaters in 1995", "hit cinemas in May 1995"
_IN_THEATERS = re.compile(rf"\b(?:in|hit|reached|to)\ (?:theaters|theatres|cinemas)\b[^.;]{{0,20}}?\bin\ (?:{MONTH}\ )?(?P<year>{YEAR})\b", re.VERBOSE)
# "the 1979 theatrical cut", "its original 1995 release": the film's first release, not a later edition's.
_THEATRICAL = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\ (?:(?:original\ )?(?P<y1>{YEAR})\ (?:original\ )?theatrical|original\ (?P<y2>{YEAR}))\ (?:release|cut|version|run)\b",
    re.VERBOSE,
)
# What a release in prose may be of, when it is not the film's own first release: a disc, a
# soundtrack, a book, another film of a pair, a return to theaters.
_OTHER_RELEASE = re.compile(
    r"\b(?:blu-?rays?|dvds?|discs?|4k|uhd|vhs|laserdiscs?|video|home|edition|set|soundtrack|album|records?|book|novel|"
    r"sequel|prequel|remake|original|predecessor|follow-up|version|cut|restor\w*|trailer|game|series|season|episode|"
    r"streaming|netflix|digital|back|again|return\w*|anniversary|revival|will|would|slated|scheduled|expected|due|planned)\b",
    re.IGNORECASE,
)


def _pattern_years(sentence: Sentence) -> list[Claim[int]]:
    """Years stated in forms that date a film whatever its title."""
    claims = []
    text = sentence.text
    for pattern, weight, kind in _YEAR_PATTERNS:
        for m in pattern.finditer(text):
            if "who" in pattern.groupindex and not is_person_name(m.group("who")):
                continue
            claims.append(Claim(int(m.group(m.lastindex)), sentence.span, weight, kind))
    m = _BARE_YEAR.fullmatch(text.strip())
    if m:  # a bare year on a header line: weak, often an upload or page year
        claims.append(Claim(int(m.group(1)), sentence.span, BARE_HEADER_YEAR, "header"))
    return claims


_DIRECTOR_YEAR = re.compile(rf"\((?P<who>{NAME}|{WORD}), (?P<year>{YEAR})\)")


def _director_year_brackets(sentence: Sentence, titled: _TitledYears | None) -> list[Claim[int]]:
    """"(Robert Zemeckis, 1985)" on a line of its own or ending a heading, or after the film's
    own title, where a repertory listing gives the surname alone ("Heat (Mann, 1995): ..."). An
    essay cites other films the same way ("as in Heat (Michael Mann, 1995)")."""
    claims = []
    for m in _DIRECTOR_YEAR.finditer(sentence.text):
        before = sentence.text[: m.start()].rstrip(" \"'")
        heading = not before or sentence.line < _HEADING_LINES and not sentence.text[m.end() :].strip()
        own = titled and any(end == len(before) for _start, end in titled.occurrences(before))
        surname = " " not in m.group("who") and m.group("who") not in NOT_NAME_WORDS
        if (heading or own) and is_person_name(m.group("who")) or own and surname:
            claims.append(Claim(int(m.group("year")), sentence.span, DATED_FILM_NOUN, "header"))
    return claims


def _release_years(sentence: Sentence, titled: _TitledYears | None) -> list[Claim[int]]:
    """"released in June 1974", "premiered on May 1, 1941", "in theaters in 1995", "the 1979
    theatrical cut". Not a release of something else (a disc, a soundtrack, a remake, a return
    to theaters) nor, in a sentence that dates another title ("Heat (1995)"), any release."""
    text = sentence.text
    if titled and any(not titled.is_it(title_before_year(m.group(1))) for m in TITLE_YEAR.finditer(text)):
        return []
    claims = []
    for pattern in (_RELEASED, _IN_THEATERS):
        for m in pattern.finditer(text):
            before = re.split(r"[,;:()]", text[: m.start()])[-1]
            rest = m.group(0)[len(m.groupdict().get("verb") or "") :]  # "its original release" is the film's own
            if not _OTHER_RELEASE.search(before + rest):
                claims.append(Claim(int(m.group("year")), sentence.span, RELEASED, "prose"))
    for m in _THEATRICAL.finditer(text):
        claims.append(Claim(int(m.group("y1") or m.group("y2")), sentence.span, RELEASED, "prose"))
    return claims


_YEAR_PATTERNS: tuple[tuple[re.Pattern[str] | Gated, float, str], ...] = (
    # "Agnès Varda's 1962 portrait of a singer": a person's dated portrait, tale or study
    (
        Gated(re.compile(rf"(?P<who>{NAME})'s? ({YEAR}) (?:[\w-]+ ){{0,2}}?(?:{DATED_FILM_NOUNS})\b"), needs=("'s 1", "'s 2", "' 1", "' 2")),
        DATED_FILM_NOUN,
        "prose",
    ),
    # "UK, 2004 ·", "France/Germany · 2001 · 122 min"
    (Gated(re.compile(rf"(?:^|· )[A-Z][A-Za-z/ ]+(?:,| ·) ({YEAR}) · "), needs=("· ",)), HEADER_CELL, "header"),
    # Search and streaming cards: "2014 · Drama/Music · 1h 47m", "2019 | 2h 12m | PG-13", "Movie · 2016 · 1 h 51 min"
    (re.compile(rf"^(?:(?:TV )?(?:Movie|Film) [·|] )?({YEAR}) [·|] (?=.*(?:\d ?h\b|\d ?h \d|\bmin\b|\d+m\b|\b(?:G|PG|PG-13|R|NC-17|TV-MA|TV-14|U|12A?|15|18)$))"), HEADER_CELL, "header"),
    # "from the year 1974"
    (Gated(re.compile(rf"\bfrom the year ({YEAR})\b"), needs=("from the year ",)), HEADER_CELL, "prose"),
)

_BARE_YEAR = re.compile(rf"[-•·*]?\s*({YEAR})")
# Countries a film guide names before the year in its data footer: "USA 2017.", "France, 1962".
_COUNTRIES = (
    r"USA|US|U\.S\.A?\.?|UK|U\.K\.|GB|Britain|France|Italy|West\ Germany|Germany|Spain|Japan|Canada|Australia|"
    r"New\ Zealand|Hong\ Kong|China|Taiwan|South\ Korea|Korea|India|Mexico|Sweden|Denmark|Norway|Finland|Iceland|"
    r"Russia|USSR|Poland|Ireland|Brazil|Argentina|Chile|Iran|Israel|Belgium|Netherlands|Austria|Switzerland|"
    r"Czechoslovakia|Czech\ Republic|Hungary|Greece|Turkey|South\ Africa|Portugal|Romania|Thailand|Egypt"
)
_COUNTRY_YEAR = re.compile(rf"(?:{_COUNTRIES})(?:\ ?[/,-]\ ?(?:{_COUNTRIES}))*,?\ (?P<year>{PAST_YEAR})\.?", re.VERBOSE)


def _country_year_claims(doc: Document, related: set[Sentence]) -> list[Claim[int]]:
    """A film guide's data footer "USA 2017." or "France, 1962": the country and year of the
    film, when every such sentence of the page agrees (a list of films gives several)."""
    found = [(s, int(m.group("year"))) for s in doc.sentences if s not in related and (m := _COUNTRY_YEAR.fullmatch(s.text.strip()))]
    if len({year for _s, year in found}) != 1:
        return []
    return [Claim(year, s.span, HEADER_CELL, "header") for s, year in found]

# "one of the best films of 2013", "probably the best movie from 2019"
_BEST_OF_YEAR = Gated(
    re.compile(
        rf"\bthe\ (?:best|finest|greatest|top)\ (?:[a-z]+\ )?(?:films?|movies?|pictures?)\ (?:of|from|released\ in)\ (?:the\ year\ )?(?P<year>{YEAR})\b",
        re.VERBOSE,
    ),
    needs=("the best ", "the finest ", "the greatest ", "the top "),
)
_THIS_FILM = re.compile(r"\b[Tt]his (?:film|movie|picture)\b")


def _best_of_years(sentence: Sentence, titled: _TitledYears | None) -> list[Claim[int]]:
    """"Her is one of the best films of 2013", "this movie ... is the best movie from 2019": a
    critic's year list places the film in its year, when the sentence names the film itself."""
    text = sentence.text
    m = _BEST_OF_YEAR.search(text)
    if not m or not (_THIS_FILM.search(text) or titled and titled.named_in(text)):
        return []
    return [Claim(int(m.group("year")), sentence.span, BEST_OF_YEAR, "prose")]


# ---------------------------------------------------------------- years: next to the title


# A word before the title that leaves it standing alone: "Review: Heat", "Mann's Heat", "in Heat".
_LEAD_WORDS = frozenset(
    {"the", "a", "an", "re", "review", "reviewed", "reviews", "reviewing", "watched", "watching", "rewatched", "rewatching",
     "re-watched", "saw", "revisiting", "revisited", "tags"}
)
# After the title: bracketed notes, then the year in brackets, perhaps with a disc's later year:
# "Heat (1995)", "Heat [1995]", "Heat (Blu-ray) (1995)", "Heat (a 4K review) (1995)", "Psycho (1960/2010)".
_AFTER_TITLE = re.compile(
    rf"""[.'"]?(?P<notes>(?:\s*[(\[][^()\[\]\n]{{1,60}}[)\]])*?)
    \s*[(\[](?P<year>{YEAR})(?:\s*/\s*(?P<later>{YEAR}))?[)\]]""",
    re.VERBOSE,
)
# A heading's edition and format labels between the title and the year: "Psycho – 50th Anniversary
# Edition, Blu-ray (1960/2010)".
_LABELS_THEN_YEAR = re.compile(
    rf"""(?P<labels>(?:\s*[-–—,:|]\s*[^()\[\]\n,–—|:]{{1,40}}?)+?)
    \s*[(\[](?P<year>{YEAR})(?:\s*/\s*(?P<later>{YEAR}))?[)\]]""",
    re.VERBOSE,
)
# "1980's Raging Bull" (not the decade, "the 1980's").
_YEARS_BEFORE = re.compile(rf"(?<![\w-])(?<![Tt]he )(?P<year>{YEAR})'s\s+(?:[Tt]he\s+)?$")
# Verbs of later events and of the story: "Heat was restored in 2017", "Heat is set in 1969".
_NOT_RELEASE_VERBS = re.compile(
    r"\b(?:restor|remaster|reissu|re-?releas|induct|select|add|remade|remake|reviv|screen|shown|broadcast|air|return|"
    r"review|revisit|preserv|rank|vot|nam|honou?r|award|won|win|nominat|set|takes?|took|begin|began|end|open|close|"
    r"die|born|turn|celebrat|adapt|publish|writ|wrote)",
    re.IGNORECASE,
)


# A dated release just before the title: "On June 27, 2008, the studio unveiled Heat", "In 1995,
# Warner released Heat" (a subject of up to four capitalised words or a short phrase).
_RELEASE_BEFORE_TITLE = re.compile(
    rf"""(?:^|\b[Oo]n\ |\b[Ii]n\ )
    (?:{MONTH}\ \d{{1,2}}(?:st|nd|rd|th)?,?\ |\d{{1,2}}(?:st|nd|rd|th)?\ {MONTH},?\ |{MONTH},?\ )?
    (?P<year>{YEAR}),\ (?:[A-Z][\w&.'-]*(?:\ [A-Z][\w&.'-]*){{0,3}}\ |the\ [a-z]+\ )
    (?<![\w-])(?:released|unveiled|premiered|opened|debuted|launched)\ [\"'“]?\Z""",
    re.VERBOSE,
)
# The year of the film under its other name, the title in brackets after it: "1977's Night
# Train (later retitled Night Train: Part One)", "the 1995 Heat (also known as ...".
_DATED_OTHER_NAME = re.compile(
    rf"""(?<![\w-])(?P<year>{YEAR})'s\ [A-Z][^()\n]{{0,60}}?
    \ \((?:later\ |originally\ |also\ |first\ )?(?:retitled|re-titled|renamed|known\ as|released\ as|aka|a\.k\.a\.)\ [\"'“]?\Z""",
    re.VERBOSE,
)
# What follows the title in "Heat is a 1995 ...", "Heat (film) was a 1995 ...", and what may
# lead in to it: "Review - Heat is a 1995 ...".
_SUBJECT_TAIL = re.compile(rf"(?: \([^)]*\))? (?:is|was) an? ({YEAR})\b")
_SUBJECT_LEAD = re.compile(r"[\w.' ]+ - ")
# What follows the title in "how strange Toy Story looked in 1995".
_LOOKED_IN_TAIL = re.compile(rf" (?P<words>(?:[a-z]+ ){{0,3}})in ({YEAR})\b")


class _TitledYears:
    """Years stated next to the film's own title: "Heat is a 1995 ...", "Casablanca (1942)",
    "Heat (Blu-ray) (1995)", "1995's Heat", a heading "THE GODFATHER 1972", "how strange
    Toy Story looked in 1995". A year next to another title is that film's, never a claim.
    The title is found with str.find and what is around it read with fixed patterns: a
    pattern built from the title would be compiled for every document."""

    def __init__(self, title: str):
        self.title = title
        words = re.findall(r"\w+", title)
        if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        self.words = [w.lower() for w in words]
        # The title's words with any punctuation between: "Kill Bill: Vol. 1" is "Kill Bill, Vol 1".
        self._words_pattern = r"(?<!\w)" + r"\W{1,3}".join(map(re.escape, words)) + r"(?!\w)"
        self.slug = "-".join(self.words)

    def is_it(self, name: str) -> bool:
        """True when `name` is the film's title (an article aside)."""
        return [w.lower() for w in re.findall(r"\w+", name) if w.lower() not in ("the", "a", "an")] == [
            w for w in self.words if w not in ("the", "a", "an")
        ]

    def _word_runs(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of the title's words in `text`, case aside, with one to three other
        characters between them, left to right: what (?<!\\w)Kill\\W{1,3}Bill(?!\\w) finds,
        ignoring case. Found with str.find in `folded(text)` where the words are ASCII."""
        if not self.words or not all(w.isascii() for w in self.words):
            for m in re.finditer(self._words_pattern, text, re.IGNORECASE):
                yield m.span()
            return
        lowered = folded(text)
        at = lowered.find(self.words[0])
        while at != -1:
            end = self._run_end(text, lowered, at)
            if end is None:
                at = lowered.find(self.words[0], at + 1)
            else:
                yield at, end
                at = lowered.find(self.words[0], end)

    def _run_end(self, text: str, lowered: str, at: int) -> int | None:
        """Where the title's words end if they start at `at`, else None."""
        if at > 0 and is_word_char(text[at - 1]):
            return None
        end = at + len(self.words[0])
        for word in self.words[1:]:
            gap = end
            while gap < len(text) and gap - end < 4 and not is_word_char(text[gap]):
                gap += 1
            if not 1 <= gap - end <= 3 or not lowered.startswith(word, gap):
                return None
            end = gap + len(word)
        return None if end < len(text) and is_word_char(text[end]) else end

    def occurrences(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of the title where it stands alone in `text`, capitalised: not inside a longer title."""
        for start, end in self._word_runs(text):
            if (text[start].isupper() or text[start].isdigit()) and _stands_alone(text, start):
                yield start, end

    def named_in(self, text: str) -> bool:
        return next(self.occurrences(text), None) is not None

    def _subject_year(self, text: str) -> int | None:
        """The year of "Heat is a 1995 ...", "Review - Heat (film) was a 1995 ..." opening `text`."""
        lead = _SUBJECT_LEAD.match(text)
        for at in (lead.end(), 0) if lead else (0,):
            if text.startswith(self.title, at):
                m = _SUBJECT_TAIL.match(text, at + len(self.title))
                if m:
                    return int(m.group(1))
        return None

    def _looked_in(self, text: str) -> Iterator[re.Match[str]]:
        """"Toy Story looked in 1995": the words between the title and the year, and the year."""
        at = text.find(self.title)
        while at != -1:
            m = _LOOKED_IN_TAIL.match(text, at + len(self.title)) if at == 0 or not is_word_char(text[at - 1]) else None
            if m:
                yield m
            at = text.find(self.title, m.end() if m else at + 1)

    def claims(self, sentence: Sentence) -> list[Claim[int]]:
        text, span = sentence.text, sentence.span
        claims = []
        year = self._subject_year(text)
        if year:
            claims.append(Claim(year, span, TITLED_SUBJECT, "prose"))
        for start, end in self.occurrences(text):
            if _COMPARED.search(" ".join(re.split(r"[,;:()\[\]]", text[:start])[-1].split()[-4:])):
                continue  # "a remake of Heat (1986)", "unlike Heat (1986)": a film of the same name
            year = self._year_after(text, start, end, sentence)
            if year:
                claims.append(Claim(year, span, TITLE_YEAR_WEIGHT, claim_kind(sentence)))
            released = _RELEASE_BEFORE_TITLE.search(text, max(0, start - 80), start)
            if released and not _OTHER_RELEASE.search(re.split(r"[,;.:(]", text[end : end + 40])[0]):
                claims.append(Claim(int(released.group("year")), span, RELEASED, "prose"))
            renamed = _DATED_OTHER_NAME.search(text, max(0, start - 100), start)
            if renamed:
                claims.append(Claim(int(renamed.group("year")), span, TITLE_YEAR_WEIGHT, claim_kind(sentence)))
            before = _YEARS_BEFORE.search(text, 0, start)
            if before and not re.match(r"\s+[A-Z][a-z]", text[end:]):
                claims.append(Claim(int(before.group("year")), span, TITLE_YEAR_WEIGHT, claim_kind(sentence)))
        m = _HEADING_YEAR.fullmatch(text.strip())
        if m and sentence.first_in_line and same_title(m.group(1), self.title):
            claims.append(Claim(int(m.group(2)), span, TITLE_YEAR_WEIGHT, "header"))
        for m in self._looked_in(text):
            if not _NOT_RELEASE_VERBS.search(m.group("words")):
                claims.append(Claim(int(m.group(2)), span, LOOKED_IN, "prose"))
        return claims

    def _year_after(self, text: str, start: int, end: int, sentence: Sentence) -> int | None:
        """The year in brackets after the title, past bracketed notes ("(Blu-ray)") or, in a heading
        that opens with the title, past edition and format labels; of "(1960/2010)", the first."""
        after = _AFTER_TITLE.match(text, end)
        if after and _ANY_YEAR.search(after.group("notes")):
            after = None
        if not after and sentence.first_in_line and sentence.line < 6 and not text[:start].strip(" \"'"):
            after = _LABELS_THEN_YEAR.match(text, end)
            labels = re.split(r"\s[-–—|]\s|[,:]", after.group("labels")) if after else []
            if not all(not p.strip() or is_edition_label(p.strip()) or all_site_words(p) for p in labels):
                after = None
        if not after:
            return None
        year, later = int(after.group("year")), after.group("later")
        return year if later is None or int(later) >= year else None

    def address_claims(self, doc: Document) -> list[Claim[int]]:
        """An address line near the top whose slug dates the title: ".../arrival-2016-villeneuve-..."."""
        claims = []
        for sentence in _header_sentences_with_address(doc):
            text = sentence.text.strip()
            if not _ADDRESS.fullmatch(text):
                continue
            m = re.search(rf"(?:^|[/_-])(?:the-|a-|an-)?{re.escape(self.slug)}[-_](?P<year>{PAST_YEAR})(?:[-_/.]|$)", text.lower())
            if m:
                claims.append(Claim(int(m.group("year")), sentence.span, HEADER_CELL, "header"))
        return claims


_ADDRESS = re.compile(r"\S+\.[a-z]{2,10}/\S*")


def _header_sentences_with_address(doc: Document) -> list[Sentence]:
    """The first-in-line sentences of the first few non-blank lines, an address line included."""
    first_lines = sorted({s.line for s in doc.sentences})[:6]
    return [s for s in doc.sentences if s.line in first_lines and s.first_in_line]


def _stands_alone(text: str, start: int) -> bool:
    """True when the word before `start` does not make the title part of a longer one: nothing,
    punctuation, a lower-case word, an article, a possessive or a label ("Review:")."""
    m = re.search(r"(\S+)\s*$", text[:start])
    if not m:
        return True
    word = m.group(1)
    return (
        not word[-1].isalnum()
        or word.endswith("'s")
        or not word[0].isupper()
        or word.lower() in _LEAD_WORDS
    )


_HEADING_YEAR = re.compile(rf"(.+?)\s+({PAST_YEAR})")


_HEADING_LENGTH = 100


def _header_named_years(doc: Document, related: set[Sentence]) -> list[Claim[int]]:
    """With no title chosen: "Name (1995)" in the text whose name the page's heading states
    ("Episode 42. Director: Name" above "... film: Name (1995), starring ...")."""
    headings = {s.line: _words(doc.line_text(s.line)) for s in header_sentences(doc) if len(doc.line_text(s.line)) <= _HEADING_LENGTH}
    claims = []
    for sentence in doc.sentences:
        if sentence in related or "(" not in sentence.text:
            continue
        heading = " ".join(words for line, words in headings.items() if line != sentence.line)
        for m in TITLE_YEAR.finditer(sentence.text):
            name = _words(title_before_year(m.group(1)))
            if len(name) >= 5 and len(name.split()) >= 2 and not all_site_words(name) and f" {name} " in f" {heading} ":
                claims.append(Claim(int(m.group(2)), sentence.span, HEADER_NAMED, claim_kind(sentence)))
    return claims


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# ---------------------------------------------------------------- years: fields and header cells


def _field_years(doc: Document, fields: list[Field]) -> list[Claim[int]]:
    """Years from labelled fields: "Year: 1987", "Released: 2016", "Premiere: 12 May 2003".

    A release date among a disc's product details is the disc's street date, not the film's:
    release fields in a paragraph that describes a disc, and release fields giving a day's date
    on a page about a disc ("Release Date: October 17, 2017" on a Blu-ray review), are no claim
    unless they name a premiere or a country. A remark in the label says whose date it is:
    "Release Date (Theaters):" the film's, "Release Date (Streaming):" or "(Blu-ray)" not. A
    "Year:" field beside a disc's date, with its year, is most likely the disc's too: a weak claim.
    """
    claims = []
    disc_page = bool(_DISC_WORDS.search(doc.text))
    disc_dates: dict[int, int] = {}  # line -> year of a disc's dated release field
    for f in fields:
        if f.key != "release":
            continue
        m = _ANY_YEAR.search(f.value)
        sentence = doc.sentence_at(f.start)
        if not m or sentence is None:
            continue
        year = int(m.group(0))
        dated = bool(_ANY_DAY_DATE.match(f.value.strip()) or _MONTH_YEAR.match(f.value.strip()))
        remark = _LABEL_REMARK.search(doc.text, doc.lines[sentence.line][0], f.start)
        if remark and _THEATRICAL_REMARK.search(remark.group(1)):
            claims.append(Claim(year, sentence.span, FILM_RELEASE_LABEL, "header"))
        elif remark:
            continue  # "Release Date (Streaming):", "(DVD)", "(Re-release)": a later release
        elif f.kind == "infobox":
            claims.append(Claim(year, sentence.span, YEAR_FIELD, "infobox"))
        elif _describes_a_disc(doc, sentence.para) or dated and disc_page and not _PREMIERE_REMARK.search(f.value):
            disc_dates[sentence.line] = year  # the disc's street date
        else:
            claims.append(Claim(year, sentence.span, YEAR_FIELD, "header"))
    for f in fields:
        m = _ANY_YEAR.search(f.value)
        sentence = doc.sentence_at(f.start)
        if f.key != "year" or not m or sentence is None:
            continue
        year = int(m.group(0))
        beside_disc_date = any(abs(line - sentence.line) <= 3 and y == year for line, y in disc_dates.items())
        weight = DISC_BLOCK_YEAR if beside_disc_date else YEAR_FIELD
        claims.append(Claim(year, sentence.span, weight, "infobox" if f.kind == "infobox" else "header"))
    return claims


_DISC_WORDS = re.compile(r"\b(?:blu-?ray|dvd|uhd|4k|ultra hd|discs?|steelbook)\b", re.IGNORECASE)
# A remark between a release label and its colon: "Release Date (Theaters):".
_LABEL_REMARK = re.compile(r"\(([^()]{1,20})\)\s*:\s*$")
_THEATRICAL_REMARK = re.compile(r"\b(?:theat(?:er|re)s?|theatrical|cinemas?|original|premiere|world|limited|wide)\b", re.IGNORECASE)
# A release date's remark that makes it the film's: "July 16, 2010 (United States)", "(London premiere)".
_PREMIERE_REMARK = re.compile(rf"\((?:[^()]*\b(?:premiere|festival|theatrical|limited|wide)\b[^()]*|(?:{_COUNTRIES}|United States|United Kingdom))\)", re.IGNORECASE)
_DISC_DETAILS = re.compile(r"\b(?:blu-?ray|dvd|uhd|4k|disc|discs|region|studio|format|aspect ratio|audio|subtitles|upc|asin|sku)\b", re.IGNORECASE)


def _describes_a_disc(doc: Document, para: int) -> bool:
    """True when the paragraph holds a disc's product details (format, region, studio, tracks)."""
    return any(_DISC_DETAILS.search(s.text) for s in doc.sentences if s.para == para)


# Labels that name the film's own year, which spec blocks set beside the disc's release date:
# "Movie Release Year: 1985", "DATE OF FILM RELEASE: 1991", "Year Of Production 1995".
_FILM_YEAR_LABEL = re.compile(
    rf"""\b(?i:(?:movie|film|theatrical|original)\ release(?:\ year|\ date)?
        |(?:date|year)\ of\ (?:the\ )?(?:film|movie|theatrical|original)\ release
        |year\ of\ production|production\ year)
    (?:\s*:\s*|\ +)
    (?:{MONTH}\ (?:\d{{1,2}}(?:st|nd|rd|th)?,?\ )?|\d{{1,2}}(?:st|nd|rd|th)?\ {MONTH},?\ )?
    (?P<year>{YEAR})\b""",
    re.VERBOSE,
)


def _label_years(doc: Document) -> list[Claim[int]]:
    """A year under a label that says it is the film's ("Movie Release Year: 1985"), wherever
    the label stands in a line of run-together fields."""
    claims = []
    for sentence in doc.sentences:
        for m in _FILM_YEAR_LABEL.finditer(sentence.text) if _YEAR_CELL.search(sentence.text) else ():
            claims.append(Claim(int(m.group("year")), sentence.span, FILM_RELEASE_LABEL, "header"))
    return claims


def _credit_line_years(doc: Document) -> list[Claim[int]]:
    """The year of a credit line under the title ("1996, directed by Joel Coen")."""
    return [Claim(year, _line_span(doc, index), CREDIT_LINE_YEAR, "header") for index, year in credit_lines(doc)]


def _line_span(doc: Document, index: int) -> Span:
    """The span of the first sentence of line `index` (an indented line's sentence starts after
    its indent, where the line's own offset would find the sentence above)."""
    in_line = doc.sentences_in_line(index)
    return in_line[0].span if in_line else doc.span_at(doc.lines[index][0])


# A runtime cell of a data line: "1 Hr 49 min", "1 hour, 50 minutes", "184 Minutes", "130 mins", "90'".
_DATA_RUNTIME = re.compile(
    r"(?<![\d:.])(?:(?P<h>\d)\s*(?:hours?|hrs?|h)\.?,?(?:\s*(?P<m>\d{1,2})\s*(?:minutes|mins?|m)\b\.?)?"
    r"|(?P<min>\d{2,3})\s*(?:minutes|mins?)\b\.?|(?P<prime>\d{2,3})')",
    re.IGNORECASE,
)
# Cells glued together by a page's layout: "1993Rating: PG", "language101 minsUSA".
_GLUED = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[A-Z])|(?<=mins)(?=[A-Z])")
# Words of a line about something else than the film: a disc, a post, an extra, an episode.
_NOT_DATA_LINE = re.compile(
    r"\b(?:releas\w*|date|posted|published|updated|reviews?|reviewed|bonus|featurettes?|documentary|extras?|commentary|"
    r"interviews?|discs?|blu-?ray|dvd|region|4k|uhd|editions?|criterion|collection|steelbook|cut|version|restor\w*|"
    r"remaster\w*|episodes?|podcast|season|copyright)\b|©",
    re.IGNORECASE,
)
_UNIT_WORDS = frozenset({"min", "mins", "minutes", "hour", "hours", "hr", "hrs"})
_DATA_LINE_LENGTH = 120
_DATA_LINE_PROSE_WORDS = 4
# How many non-blank lines from the top a data line may stand: lists of other films come later.
_DATA_LINE_REACH = 30


def _data_line_years(doc: Document, related: set[Sentence]) -> list[Claim[int]]:
    """A short line of a film's data, holding one year and a feature's running time among
    short cells: "• 2006, Color, Rated R, 1 Hr 49 min", "Thriller 2019 130 mins",
    "(Italian 1948 b 90')", "1975 | 184 Minutes | Licensor: ..."."""
    return [Claim(year, _line_span(doc, index), HEADER_CELL, "header") for index, year, _minutes in _data_lines(doc, related)]


def _data_lines(doc: Document, related: set[Sentence]) -> list[tuple[int, int, int]]:
    """(line index, year, minutes) of the data lines near the top of the page, only when they
    all agree on the year: a list of films gives several years."""
    found: list[tuple[int, int, int]] = []
    skipped_lines = {s.line for s in related}
    rank = 0
    for index in range(len(doc.lines)):
        line = doc.line_text(index).strip()
        if not line:
            continue
        rank += 1
        if rank > _DATA_LINE_REACH:
            break
        if len(line) > _DATA_LINE_LENGTH or index in skipped_lines or not _YEAR_CELL.search(line):
            continue  # (a data line holds a year)
        data = _data_line(_GLUED.sub(" ", line))
        if data:
            found.append((index, *data))
    if len({year for _index, year, _minutes in found}) != 1:
        return []
    return found


def _data_line(line: str) -> tuple[int, int] | None:
    """(year, minutes) of one data line, or None."""
    if _NOT_DATA_LINE.search(line) or re.search(rf"\w\s*\({YEAR}\)", line) or is_related_line(line):
        return None
    rest = _MONTH_YEAR.sub(" ", _ANY_DAY_DATE.sub(" ", line))
    years = set(re.findall(rf"(?<![\d.,:/-]){YEAR}(?![\d.:/-]|,\d)", rest))
    runtime = _DATA_RUNTIME.search(rest)
    if len(years) != 1 or not runtime:
        return None
    h, mins = runtime.group("h"), runtime.group("min") or runtime.group("prime")
    minutes = int(h) * 60 + int(runtime.group("m") or 0) if h else int(mins)
    prose = [w for w in re.findall(r"\b[a-z]{2,}\b", rest) if w not in _UNIT_WORDS]
    if not 40 <= minutes <= 400 or len(prose) > _DATA_LINE_PROSE_WORDS:
        return None
    return int(years.pop()), minutes


# A header cell of year and studio: "1959 - MGM", "1998 (2008) - Polygram (Universal)" (the
# disc's year in brackets).
_YEAR_DASH_LABEL = re.compile(rf"(?P<year>{PAST_YEAR})(?:\s*\((?P<later>{YEAR})\))?\s+[-–—]\s+(?P<rest>[A-Z][^\n]{{1,80}})")
_YEAR_DASH_REACH = 12


def _year_dash_label_years(doc: Document) -> list[Claim[int]]:
    """"1959 - MGM" near the top of the page: the film's year and studio. A list of such lines
    (a filmography) dates other films."""
    found = []
    for index in range(len(doc.lines)):
        m = _YEAR_DASH_LABEL.fullmatch(doc.line_text(index).strip())
        rest = m and m.group("rest")
        if rest and not _ANY_YEAR.search(rest) and not re.match(r"(?:Present|Today|Now)\b", rest) and not all_site_words(rest):
            found.append((index, int(m.group("year"))))
    if len(found) != 1 or found[0][0] >= _YEAR_DASH_REACH:
        return []
    index, year = found[0]
    return [Claim(year, _line_span(doc, index), HEADER_CELL, "header")]


_OPENS_TODAY = re.compile(r"\bopens (?:in (?:theaters|theatres|cinemas) )?(?:today|this week)\b")


def _opening_today_claims(doc: Document) -> list[Claim[int]]:
    """A review dated the day the film "opens in theaters today" gives the film's year."""
    for sentence in doc.sentences:
        if "opens " in sentence.text and _OPENS_TODAY.search(sentence.text):
            dated = [s for s in doc.sentences[:6] if re.search(rf"\b{YEAR}\b", s.text)]
            if dated:
                year = int(re.search(rf"\b({YEAR})\b", dated[0].text).group(1))
                return [Claim(year, sentence.span, OPENING_TODAY, "prose")]
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

_HM = re.compile(r"\b(\d)\s*(?:hours|hour|hrs|hr|h)\.?,?(?:\s*(?:and\s*)?(\d{1,2})\s*(?:minutes|mins|min|m)\b\.?)?", re.IGNORECASE)
_MINUTES = re.compile(r"\b(\d{2,3})(?:-minute|\s*(?:min|mins|minutes)\b\.?)", re.IGNORECASE)
_CLOCK = re.compile(r"\b(\d):(\d\d)(?::\d\d)?\b|\b(\d{2,3}):\d\d\b")
_NOT_FEATURE_LENGTH = re.compile(r"bonus|extras?\b|supplement|documentary|featurette|commentary|material|interview", re.IGNORECASE)

# Weights of the evidence for the running time.
RUNTIME_FIELD = 2.0  # "Runtime: 118 min", an infobox's running time
RUNTIME_DATA_LINE = 2.0  # "Thriller 2019 130 mins", "(Italian 1948 b 90')"
THEATRICAL_LENGTH = 2.0  # "Theatrical: 1:53:12 / Director's Cut: 2:13:51"
RUNS_FOR = 2.0  # "the film runs 104 minutes", "Running time: 1h 52m" in prose
PROSE_LENGTH = 1.5  # "a 112-minute thriller"
BARE_LENGTH = 1.0  # a lone "1h 52m" line near the top

_DIGIT = re.compile(r"\d")
# Any length, to tell lists of lengths (an extras list) from one running time.
_ANY_LENGTH = re.compile(r"\b\d{1,3}(?:-minute|\s*(?:min|mins|minutes?)\b)|\b\d\s*(?:hours?|hrs?|h)\b", re.IGNORECASE)
# How many other lines with lengths, among the neighbours of a line, make it a list of lengths.
_LENGTH_LIST_NEIGHBOURS = 2
_LENGTH_LIST_REACH = 3
# A page that is an episode of a podcast or a show, whose bare lengths are the episode's.
_EPISODE_PAGE = Gated(re.compile(r"\b(?:this episode|episode \d+|podcast)\b", re.IGNORECASE), needs=("episode", "podcast"))
_BULLET = re.compile(r"\s*[•·*-]\s")
# The length of the theatrical cut beside other cuts': "Theatrical: 1:53:12.202 / Director's Cut: 2:13:51".
_THEATRICAL_LENGTH = re.compile(r"\bTheatrical(?: (?:[Cc]ut|[Vv]ersion))?:\s*(\d):(\d\d):\d\d")


def runtime_claims(doc: Document, fields: list[Field]) -> list[Claim[int]]:
    """Every statement of the film's running time, weighted: labelled fields, data lines and
    "runs N minutes" outrank a length in passing and a lone length line. Lengths of extras (in
    an extras list, beside "featurette" or "documentary") and of a podcast episode are none."""
    claims: list[Claim[int]] = []
    field_starts = set()
    for f in fields_by_key(fields, "runtime"):
        minutes = parse_runtime(f.value, allow_clock=True)
        if minutes:
            sentence = doc.sentence_at(f.start)
            field_starts.add(sentence.start)
            claims.append(Claim(minutes, sentence.span, RUNTIME_FIELD, "infobox" if f.kind == "infobox" else "header"))
    episode = bool(_EPISODE_PAGE.search(doc.text))
    length_lines = {i for i in range(len(doc.lines)) if _DIGIT.search(doc.line_text(i)) and _ANY_LENGTH.search(doc.line_text(i))}
    for sentence in doc.sentences:
        if sentence.start in field_starts or is_related_line(doc.line_text(sentence.line)):
            continue
        text = sentence.text
        if not _DIGIT.search(text):
            continue  # every length has a digit
        m = _THEATRICAL_LENGTH.search(text) if "Theatrical" in text else None
        if m:
            claims.append(Claim(int(m.group(1)) * 60 + int(m.group(2)), sentence.span, THEATRICAL_LENGTH, "header"))
            continue
        bare = re.fullmatch(r"[-•·*]?\s*(.{2,20})", text.strip())
        if bare and re.fullmatch(r"\d\s*h(?:r|rs|ours?)?\.?\s*\d{1,2}\s*m(?:in|ins|inutes)?\.?|\d{2,3}\s*min\.?", bare.group(1).strip(), re.IGNORECASE):
            if not episode:
                claims.append(Claim(parse_runtime(bare.group(1)), sentence.span, BARE_LENGTH, "header"))
            continue
        near = range(sentence.line - _LENGTH_LIST_REACH, sentence.line + _LENGTH_LIST_REACH + 1)
        if len(length_lines.intersection(near) - {sentence.line}) >= _LENGTH_LIST_NEIGHBOURS:
            continue  # a list of lengths: the extras of a disc, the films of a programme
        if _BULLET.match(doc.line_text(sentence.line)) and _NOT_FEATURE_LENGTH.search(text):
            continue  # "• Documentary on the director (81 minutes)": an item of an extras list
        minutes = _prose_runtime(text)
        if minutes:
            runs = re.search(r"\bruns?\b|running|runtime|run time|length", text, re.IGNORECASE)
            claims.append(Claim(minutes, sentence.span, RUNS_FOR if runs else PROSE_LENGTH, "prose"))
    claims.extend(_data_line_runtimes(doc))
    return claims


def _data_line_runtimes(doc: Document) -> list[Claim[int]]:
    """The running time of the page's data lines (see `_data_line_years`): "(Italian 1948 b 90')",
    "1993Rating: PG, Mild themes and coarse language101 minsUSA"."""
    claims = []
    for index, _year, minutes in _data_lines(doc, set()):
        claims.append(Claim(minutes, _line_span(doc, index), RUNTIME_DATA_LINE, "header"))
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
    m = re.search(r"(?i:running time|runtime|run time|length)[:\s]*(?:ca\.?\s*)?(\d[\w :.]{1,20})", text)
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


# "a 1995 crime film": the words between the year and the noun may be genres.
_DATED_GENRE = re.compile(rf"\b(?:a|an) {YEAR} ((?:[\w-]+ ){{0,3}})(?:film|movie|picture)\b")


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
        m = _DATED_GENRE.search(sentence.text) if _YEAR_CELL.search(sentence.text) else None
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
