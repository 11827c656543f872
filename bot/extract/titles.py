"""The film a page is about: its title, chosen among candidates by named evidence.

A wrong title is the worst extraction error (every fact of the page is filed under a film
that does not exist), so the title is never the first capitalised thing that fits a pattern.
Each rule below reads one page form and adds *evidence* for a candidate: where it stands
(a heading, a labelled field, a credit line), how the page treats it (quoted, in capitals, a
person's possessive, "X is a 1995 film", "X (1995)", "X: Special Edition"), and how often the
page repeats it. A candidate is then *refused* when the page shows it is something else: a
person (a given name, an actor's parenthesis, a surname used alone), a character, a field
label, a spec or rating string, a date, or a generic phrase. Candidates with too little
evidence are dropped: no title is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from bot.extract.facts import Claim
from bot.extract.film import (
    DAY_DATE,
    FILM_NOUNS,
    GENRE_RE,
    PAST_YEAR,
    POST_LABELS,
    SECTIONS,
    SITE_WORDS,
    SMALL_WORDS,
    TITLE_YEAR,
    YEAR,
    all_site_words,
    claim_kind,
    credit_lines,
    header_sentences,
    is_edition_label,
    is_film_name,
    previous_line,
    title_before_year,
)
from bot.extract.header import CAPSULE_CREDITS, LABELS, Field, fields_by_key
from bot.extract.names import NAME, clean_name, is_given_name, is_person_name
from bot.extract.text import Document, Sentence, squash, whole_matches

# ---------------------------------------------------------------- weights of the evidence

FIELD_TITLE = 4.0  # "Title: Heat"
CAPSULE_HEADLINE = 4.0  # "HEAT ★★★" above "(R, 2:50) Al Pacino, Robert De Niro."
HEADER_RANK = (3.0, 2.5, 2.0)  # the first, second and third lines of the page
HEADER_LATER = 1.5  # lines four to six
SITE_FRAGMENT = 0.3  # a header part holding site or format words ("Reviews", "Blu-ray")
BREADCRUMB = 0.2  # navigation: "Home > Reviews > H"
BREADCRUMB_TAIL = 2.5  # the last step of a breadcrumb names the page itself: "Home > Reviews > Heat"
HEADER_TITLE_YEAR = 2.5  # "Heat (1995)" in a heading
CAPSULE_HEADING = 3.0  # "HEAT (R, 170 minutes)"
CAPTION = 2.0  # a photo caption near the top: 'Al Pacino and Robert De Niro in "Heat."' 
CREDIT_LINE_TITLE = 2.0  # the line above "1995, directed by Michael Mann"
PROSE_PATTERN = 3.0  # the older prose rules: "X is a 1995 ...", "the film is X."
FILM_SUBJECT = 3.0  # "X is a gripping crime film", "X is the first film directed by"
APPOSITION = 2.0  # "Michael Mann's crime epic Heat", "the film Heat"
FILM_VERB = 1.5  # "Heat was inspired by", "Heat has been released on Blu-ray": what only a work does
ALSO_CALLED = 2.0  # "Heat, also known as ..."
WATCHED = 1.5  # "I first saw Heat when ...": a post about the film its writer watched
POSSESSIVE = 2.0  # "Michael Mann's Heat"
RELEASE_PARENTHESIS = 2.5  # "Heat (Warner, Rated R, 170 minutes)"
EDITION_OF = 2.0  # "Heat: Director's Definitive Edition", "Heat (Blu-ray)"
PROSE_TITLE_YEAR = 1.0  # "... like Heat (1995)" in running text: reviews date other films this way too
QUOTED = 1.0  # each sentence that quotes it: “Heat”
CAPITALS = 1.0  # each sentence that writes it in capitals inside prose: "HEAT remains ..."
MENTION = 0.5  # each further whole-word, same-case mention
MAX_MENTIONS = 6
# What a candidate needs in all to be stated as the page's title, and of that, how much must
# be evidence other than repetition (a review quoting another film twice is not about it).
MIN_TITLE_SCORE = 1.5
MIN_STATED_EVIDENCE = 1.5

# ---------------------------------------------------------------- refusals

# Phrases that head sections or label cells, never a film's name.
_GENERIC = frozenset(SECTIONS) | {
    "overall", "specifications", "specs", "tech specs", "features", "the film", "the movie", "this film",
    "this movie", "film", "movie", "users", "reviewer", "reviewers", "verdict", "the verdict", "conclusion",
    "introduction", "synopsis", "about", "about this episode", "brand new", "new", "home", "menu", "menus",
    "chapters", "trailers", "trailer", "extras", "bonus", "disc", "discs", "region", "studio", "distributor",
    "english", "french", "german", "italian", "spanish", "japanese", "chinese", "korean", "mono", "stereo",
    "widescreen", "fullscreen", "the bottom line", "bottom line", "final thoughts", "the charge", "the evidence",
    "opening statement", "closing statement", "summary", "rating", "rated", "score", "grade", "movie review",
    "film review", "our review", "editor's note", "update", "advertisement", "share", "comments", "cut",
    "director's cut", "theatrical cut", "extended cut", "final cut", "unrated", "remastered", "restored",
    "codec", "audio codec", "video codec", "languages", "subtitles", "resolution", "standard", "general", "general discussion", "discussion", "movies", "films", "news", "reviews", "blog",
    "forum", "this", "that", "it", "these", "those", "here", "there", "which", "what", "he", "she", "they", "we", "you",
}
# Languages name audio and subtitle tracks ("Cantonese", "English, Spanish and French").
_LANGUAGES = frozenset(
    "english french german italian spanish japanese chinese korean cantonese mandarin russian portuguese swedish "
    "danish norwegian finnish dutch polish czech hungarian greek turkish hindi arabic hebrew thai latin castilian "
    "catalan icelandic persian tagalog vietnamese indonesian malay ukrainian romanian".split()
)
# A label run into its value with no space, as flattened pages do: "DirectorF.W. Murnau", "Directed By X".
_LABEL_PREFIX = re.compile(
    r"^(?:Director|Directed|Starring|Writer|Written|Producer|Produced|Music|Composer|Cast|Screenplay|Editor|Narrator)"
    r"(?:[A-Z]|\s(?:[Bb]y|[A-Z]))"
)
# Words of a release, never of a title: "Limited Edition Dual Format".
_RELEASE_WORDS = re.compile(r"\b(?:Edition|Format|Combo|Steelbook|Boxset|Box Set)\b", re.IGNORECASE)
# An anniversary or a numbered edition is a release, never a film: "50th Anniversary".
_ANNIVERSARY = re.compile(r"\b\d+(?:st|nd|rd|th)\s+Anniversary\b", re.IGNORECASE)
# Spec, rating and price strings: "1080p Widescreen 1.78:1", "Codec: MPEG-4 AVC", "Rated R", "$24.99".
_SPEC = re.compile(
    r"""
    \b\d\.\d\d?\s*:\s*1\b                                   # an aspect ratio
    | \b(?:480|576|720|1080|2160)[pi]\b                     # a resolution
    | \b(?:AVC|HEVC|MPEG|VC-1|H\.26[45]|DTS|Dolby|LPCM|PCM|AC-?3|TrueHD|Atmos|HDR10?)\b
    | \b\d\.\d\b                                            # audio channels
    | \bRegion\s+(?:[A-C]|[0-6]|free)\b
    | \b(?:Rated|Rating)\b | \bNR\b | \bPG-13\b | \bNC-17\b
    | \$\s?\d
    | \b\d{2,3}\s*(?:min|mins|minutes)\b
    | \b\d+\s?mm\b | \b[23]D\b | \b4K\b | \bUltra\sHD\b | \bStereo\b | \bMono\b | \bSurround\b
    | -(?:winning|nominated|starring|directed|inspired|based)$    # an adjective: "Oscar-winning"
    | ^\d{4}s$                                               # a decade: "1950s"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A dateline or a date: "Thursday, September 22, 2016", "Last Updated on August 2", "posted 3/4/2019".
_DATELINE = re.compile(
    rf"""
    \b{_WEEKDAY}\b
    | {DAY_DATE.pattern}
    | \b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d
    | \b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b
    | \b(?:updated|posted|published)\b
    | \b\d{{1,2}}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b     # "20 Oct"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A date, or a screening's time ("8.20pm"): never part of a title, though a line may give both.
_DATE = re.compile(rf"{_DATELINE.pattern}|\b\d{{1,2}}[.:]\d\d\s*(?:am|pm)\b|\b\d{{1,2}}\s*(?:am|pm)\b",
                   re.VERBOSE | re.IGNORECASE)
# Words that make a candidate the name of a publication or a programme, not a film.
_PUBLICATION = re.compile(r"\b(?:Times|Post|Tribune|Gazette|Herald|Journal|Magazine|Reviewer|Digest|Podcast|Online|Reader|"
                          r"Weekly|Daily|Monthly|Chronicle|Observer|Courier|Bulletin|Newsletter|Press)$")
# Page furniture of cinemas, shops and forums, never a film's name.
_FURNITURE = re.compile(
    r"""^(?:previously\s(?:played|screened|shown)|now\s(?:playing|showing)|coming\s(?:soon|up)|on\s(?:sale|demand)|
    site\s(?:admin|administrator|moderator)|administrator|moderator|(?:senior\s|junior\s)?member|posts?|joined|location|
    registered(?:\suser)?|quote|reply|article|related\s(?:articles|posts|films)|buy\stickets|tickets|book\snow|
    share\sthis|read\smore|sign\sup|log\sin|subscribe)\b""",
    re.VERBOSE | re.IGNORECASE,
)


# ---------------------------------------------------------------- the ballot


@dataclass(slots=True)
class _Candidate:
    """One possible title: its best spelling, where it was first stated, and its evidence."""

    spelled: str
    first: Sentence
    evidence: dict[str, float] = field(default_factory=dict)  # rule -> summed weight, for reading
    # Where the page states it: a heading's rules add up (a top line that a credit line dates),
    # while a prose sentence counts once, by its strongest rule: "Romero's Dawn of the Dead
    # (1978)" is one passing mention, not a possessive plus a dated title.
    headings: float = 0.0
    prose: dict[int, float] = field(default_factory=dict)  # sentence start -> strongest weight
    mentions: float = 0.0

    def add(self, rule: str, weight: float, sentence: Sentence) -> None:
        self.evidence[rule] = self.evidence.get(rule, 0.0) + weight
        if rule in _PROSE_RULES:
            self.prose[sentence.start] = max(weight, self.prose.get(sentence.start, 0.0))
        else:
            self.headings += weight

    def absorb(self, other: _Candidate) -> None:
        """Take another candidate's evidence as this one's (a short form, a headline's start)."""
        for rule, weight in other.evidence.items():
            self.evidence[rule] = self.evidence.get(rule, 0.0) + weight
        self.headings += other.headings
        for start, weight in other.prose.items():
            self.prose[start] = max(weight, self.prose.get(start, 0.0))

    @property
    def stated(self) -> float:
        return self.headings + sum(self.prose.values())

    @property
    def passing_mention(self) -> bool:
        """Named in one sentence of running text only, never in a heading nor again: how a
        review cites another film ("the score borrows from Romero's Dawn of the Dead")."""
        return not self.headings and len(self.prose) == 1 and not self.mentions and not self.evidence.keys() & _INTRODUCING

    @property
    def score(self) -> float:
        return self.stated + self.mentions


def title_claims(doc: Document, fields: list[Field]) -> list[Claim[str]]:
    """Candidate titles with enough evidence and no refusal, best first."""
    kept = [entry for entry, refusal in _weighed(doc, fields) if refusal is None and _enough(entry)]
    kept.sort(key=lambda e: (-e.score, e.first.start, -len(e.spelled)))
    return [Claim(_display(e.spelled, doc), e.first.span, e.score, claim_kind(e.first)) for e in kept]


def explain_titles(doc: Document, fields: list[Field]) -> list[tuple[str, dict[str, float], str | None]]:
    """(candidate, evidence, refusal or None) for every candidate `title_claims` weighed, for
    finding out why a page got the title it got."""
    return [(e.spelled, e.evidence | {"mentions": e.mentions}, refusal if refusal or _enough(e) else "too little evidence")
            for e, refusal in _weighed(doc, fields)]


def _enough(entry: _Candidate) -> bool:
    return entry.score >= MIN_TITLE_SCORE and entry.stated >= MIN_STATED_EVIDENCE and not entry.passing_mention


def _weighed(doc: Document, fields: list[Field]) -> list[tuple[_Candidate, str | None]]:
    """Every candidate with its evidence (repetition included) and why it is refused, if it is."""
    ballot: dict[str, _Candidate] = {}
    page = _Page(doc)
    for rule, text, sentence, weight, strict in _evidence(doc, fields, page.people):
        candidate = _clean_title(text)
        if not candidate or sentence is None or not _plausible_title(candidate):
            continue
        if strict and not _title_cased(candidate):
            continue
        entry = ballot.setdefault(candidate.lower(), _Candidate(candidate, sentence))
        entry.add(rule, weight, sentence)
        if entry.spelled.isupper() and not candidate.isupper():
            entry.spelled = candidate
    _credit_headline_starts(ballot, page)
    _credit_short_forms(ballot, page)
    weighed = []
    for entry in ballot.values():
        mentions = page.mentions(entry, _longer_forms(entry, ballot))
        if mentions:
            entry.mentions = min(mentions, MAX_MENTIONS) * MENTION
        weighed.append((entry, page.refusal(entry)))
    return weighed


def _credit_short_forms(ballot: dict[str, _Candidate], page: _Page) -> None:
    """A review names its film in full once and in short after ("Eternal Sunshine"): the
    short form's evidence counts for the full title, when the full title is stated on its own
    evidence, is repeated or only a title's evidence supports it, and the short form was never
    dated or labelled as a title itself."""
    for key, short in list(ballot.items()):
        if short.evidence.keys() & {"title year", "title year in prose", "field"}:
            continue
        longer = [e for k, e in ballot.items()
                  if k.startswith(key + " ") and e.stated >= MIN_STATED_EVIDENCE and not e.evidence.keys() & {"title year", "title year in prose"}
                  and (page.mentions(e) or e.evidence.keys() & _ONLY_TITLES)]
        if len(longer) == 1:
            longer[0].absorb(short)
            del ballot[key]


# What a headline adds after a title: two or more words, none a sequel's number or part
# ("ROARS ONTO 4K" is; "2049", "Part II", ": Covenant" are not).
_HEADLINE_RUN_ON = re.compile(r"(?!.*\b(?:\d+|[ivx]+|part|chapter|volume|vol)\b)[a-z'-]+(?:\s[a-z'-]+)+", re.IGNORECASE)


def _credit_headline_starts(ballot: dict[str, _Candidate], page: _Page) -> None:
    """A headline runs on past the title ("HEAT ROARS ONTO 4K"): a heading candidate the page
    never repeats gives its evidence to the one candidate it starts with that the page does
    repeat and states on evidence of its own."""
    for key, long in list(ballot.items()):
        if "header" not in long.evidence or page.mentions(long):
            continue
        starts = [e for k, e in ballot.items()
                  if key.startswith(k + " ") and _HEADLINE_RUN_ON.fullmatch(key[len(k) + 1:])
                  and page.mentions(e) and e.stated >= MIN_STATED_EVIDENCE]
        if len(starts) == 1:
            starts[0].absorb(long)
            del ballot[key]


def _is_headline(entry: _Candidate) -> bool:
    """A long heading the page never repeats, read from its position alone: an article's
    headline ("Library Collection Celebrates a Milestone with …"), not a title."""
    words = entry.spelled.split()
    return len(words) >= _HEADLINE_WORDS and set(entry.evidence) <= {"header"} and not entry.mentions


# A heading this many words long, and nothing else for it, is a headline.
_HEADLINE_WORDS = 6


def _is_list_of_names(candidate: str) -> bool:
    """"Wilson, Ben, and Eli": a list of people (podcast hosts, a cast), never a title
    ("Harold and Maude", with no comma, may be one)."""
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", candidate) if p]
    return "," in candidate and len(parts) >= 2 and all(is_given_name(p.split()[0]) or is_person_name(p) for p in parts)


def _longer_forms(entry: _Candidate, ballot: dict[str, _Candidate]) -> list[str]:
    """Other candidates that contain this one as whole words ("Lost in Translation" for
    "Translation")."""
    key = entry.spelled.lower()
    return [other.spelled for k, other in ballot.items()
            if k != key and len(k) > len(key) and any(whole_matches(k, key, joiners="'"))]


# An actor in parentheses after a character's name: "Chiron (Ashton Sanders)".
_PARENTHESIS = re.compile(r"\s*\(([^()]{3,40})\)")


class _Page:
    """What the whole page says about a candidate: how often it is repeated, and whether it
    is used as a person's or a character's name."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.people = _People(doc)

    def mentions(self, entry: _Candidate, longer: list[str] = ()) -> int:
        """Whole-word mentions in the candidate's own spelling (or in capitals) outside the
        sentence that first states it and outside longer candidates that contain it: "heat"
        in "the heat of the day" is no mention of Heat, nor "Translation" in "Lost in Translation"."""
        covered = [(at, at + len(form)) for form in longer for at in whole_matches(self.text, form, joiners="'")]
        count = 0
        for spelling in {entry.spelled, entry.spelled.upper()}:
            count += sum(1 for at in whole_matches(self.text, spelling, joiners="'")
                         if not entry.first.start <= at < entry.first.end and not any(a <= at < b for a, b in covered))
        return count

    def refusal(self, entry: _Candidate) -> str | None:
        """Why the candidate cannot be the film's title, or None."""
        candidate = entry.spelled
        lowered = candidate.lower().strip(" .")
        words = re.findall(r"[\w'-]+", lowered)
        if lowered in _GENERIC or lowered in LABELS or all(w in SMALL_WORDS for w in words):
            return "label"
        head, colon, _tail = lowered.partition(":")
        if colon and (head in LABELS or head in POST_LABELS or head in _GENERIC):
            return "label"  # "Tags: Heat, Michael Mann", "Genre : Crime"
        if all(w in _LANGUAGES or w in SMALL_WORDS for w in words) or _LABEL_PREFIX.match(candidate):
            return "label"
        if all(w.upper() in _ACRONYMS for w in candidate.split()) or _ANNIVERSARY.search(candidate) or _RELEASE_WORDS.search(candidate):
            return "label"
        if re.search(r"'s?$", candidate) or '"' in candidate:
            return "fragment"
        if _SPEC.search(candidate):
            return "spec"
        if not GENRE_RE.sub("", lowered).strip(" ,/&-"):
            return "genre"  # "Science Fiction", a shop's category
        if _DATE.search(candidate):
            return "date"
        if _PUBLICATION.search(candidate):
            return "publication"
        if _FURNITURE.match(candidate):
            return "furniture"
        if _is_headline(entry):
            return "headline"
        if self._is_person(entry) or _is_list_of_names(candidate):
            return "person"
        if self._is_character(candidate) and not entry.evidence.keys() & _ONLY_TITLES:
            return "character"
        return None

    def _is_person(self, entry: _Candidate) -> bool:
        """A candidate the page uses as a person's name.

        A lone word is a person when it is the surname of someone the page names in full
        ("Frost"), or a given name with no heading or title-like evidence ("Peter").
        A longer candidate must open with a given name; it is a person when the page puts it
        in an actor's parenthesis ("Lovett (Bill Paxton)"), before "as" and a role, or after a
        credit word, or uses its surname alone ("Paxton's performance"), or gives it no
        title-like evidence ("Cary Grant" atop a cast list). Evidence only a title gets (a
        year in parentheses, a labelled field, a quoted headline) outweighs all of that:
        "Annie Hall (1977)" is a film even where Annie Hall is also a character.
        """
        candidate, evidence = entry.spelled, entry.evidence.keys()
        words = candidate.split()
        if len(words) == 1:
            if candidate in self.people.surnames:
                return True
            return is_given_name(candidate) and not (evidence & (_ONLY_TITLES | {"header", "film subject"}))
        if evidence & _ONLY_TITLES or not is_given_name(words[0]) or len(words) > 4 or candidate.isupper():
            return False
        if any(w.lower() in _TITLE_SMALL_WORDS for w in words):  # "Dawn of the Dead", never a person
            return False
        if not all(w[0].isupper() for w in words if w.lower() not in SMALL_WORDS):
            return False
        name = re.escape(candidate)
        if re.search(rf"\(\s*{name}\s*[,)]|{name},? as [A-Z]|(?:[Ss]tarring|[Ww]ith|[Dd]irector|[Dd]irected by|[Aa]ctor|[Aa]ctress|[Ss]tars) {name}\b", self.text):
            return True
        surname = re.escape(words[-1])
        alone = re.search(rf"(?<![\w'-])(?<!{re.escape(words[-2])} ){surname}(?![\w-])", self.text)
        return bool(alone) or not (evidence & _TITLE_SHAPED)

    def _is_character(self, candidate: str) -> bool:
        """A candidate followed by an actor in parentheses: "Chiron (Ashton Sanders)"."""
        for at in whole_matches(self.text, candidate, joiners="'"):
            m = _PARENTHESIS.match(self.text, at + len(candidate))
            if not m:
                continue
            inside = m.group(1).strip().rstrip(",")
            if is_person_name(inside) and not re.search(YEAR, inside):
                return True
        return False


# Small words of English titles that no person's name contains ("de", "van" do).
_TITLE_SMALL_WORDS = frozenset("of the a an and in on at to for with from by or".split())
# Rules that read running text (the rest read headings, fields and the page's top lines).
_PROSE_RULES = frozenset({"prose pattern", "film subject", "film verb", "also called", "possessive", "apposition",
                          "quoted apposition", "watched",
                          "release parenthesis", "edition of", "title year in prose", "quoted", "capitals"})
# Prose forms that introduce the page's own film, not one it cites: "Heat is a 1995 crime
# film", "Heat (Warner, Rated R, 170 minutes)", "Heat appears in an aspect ratio of 2.39:1".
_INTRODUCING = frozenset({"film subject", "prose pattern", "release parenthesis", "film verb", "also called",
                          "quoted apposition", "watched"})
# Evidence that only a work's title gets: a person or character is never written "Name (1995)".
_ONLY_TITLES = frozenset({"field", "title year", "title year in prose", "quoted headline", "capsule headline", "capsule heading",
                          "review heading", "release parenthesis", "edition of", "credit line"})
# Evidence that treats a candidate as a work's title, which a person's name rarely gets.
# (Not a possessive: "Hugh Grant's Phoenix Buchanan" is an actor's character.)
_TITLE_SHAPED = frozenset({"field", "quoted", "quoted headline", "capitals", "title year", "film subject", "film verb", "also called",
                           "quoted apposition", "watched",
                           "apposition", "tags", "release parenthesis", "edition of", "capsule headline",
                           "capsule heading", "prose pattern", "review heading"})


# ---------------------------------------------------------------- evidence rules

Evidence = tuple[str, str, Sentence | None, float, bool]  # rule, candidate, sentence, weight, must be title-cased


def _evidence(doc: Document, fields: list[Field], people: _People) -> Iterator[Evidence]:
    """Every piece of title evidence on the page, rule by rule."""
    for f in fields_by_key(fields, "title"):
        yield "field", re.split(r"\s*[\[/]", f.value)[0], doc.sentence_at(f.start), FIELD_TITLE, False
    yield from _header_evidence(doc)
    yield from _capsule_headlines(doc)
    for index in [i for i, _year in credit_lines(doc)] + list(_director_year_lines(doc)):
        above = previous_line(doc, index)
        if above is not None:
            for fragment, _factor in _header_fragments(doc.line_text(above))[:1]:
                yield "credit line", fragment, doc.sentence_at(doc.lines[above][0]), CREDIT_LINE_TITLE, True
    for sentence in doc.sentences:
        yield from _prose_evidence(sentence, people)
    for joined, at in _wrapped_joins(doc):
        yield from _prose_evidence(joined, people, across=at)


def _wrapped_joins(doc: Document) -> Iterator[tuple[Sentence, int]]:
    """Sentences a hard-wrapped page splits at a line break ("I first saw" / "Heat when ..."):
    the end of one line joined to the start of the next, with the offset of the join. The
    joined sentence keeps the first line's span, since evidence must cite a real sentence."""
    previous = None
    for sentence in doc.sentences:
        if (previous is not None and sentence.first_in_line and sentence.line == previous.line + 1
                and sentence.para == previous.para and not _ENDS_SENTENCE.search(previous.text)):
            text = f"{previous.text} {sentence.text}"
            yield Sentence(previous.start, previous.end, text, previous.line, previous.para, previous.first_in_line), \
                len(previous.text)
        previous = sentence


# A line that ends a sentence (or a heading's colon) is no hard wrap.
_ENDS_SENTENCE = re.compile(r"[.!?:;\"')\]]\s*$")


# A line of its own giving a director and a year: "(Richard Kelly, 2001)".
_DIRECTOR_YEAR_LINE = re.compile(rf"^\s*\((?P<who>{NAME}),\s{YEAR}\)\s*$")


def _director_year_lines(doc: Document) -> Iterator[int]:
    """Lines near the top that date and credit the title above them: "(Richard Kelly, 2001)"."""
    for index in range(min(len(doc.lines), _CREDIT_LINE_REACH)):
        m = _DIRECTOR_YEAR_LINE.match(doc.line_text(index))
        if m and is_person_name(m.group("who")):
            yield index


def _header_evidence(doc: Document) -> Iterator[Evidence]:
    """Title candidates from the page's first lines, weighted by rank and page furniture.
    A dateline ("- The Daily Planet - Thursday, May 2, 2019") names a publication, never a film;
    a first line of prose has no heading in it, but may open with a caption or a dated title."""
    for rank, sentence in enumerate(header_sentences(doc)):
        line = doc.line_text(sentence.line).strip()
        # A heading is read whole: "042. Ann Lee: Title" is split into sentences after "042.".
        text = line if len(line) <= _HEADING_CHARS and not _is_prose(line) else sentence.text
        if _is_label_line(text) or CAPSULE_CREDITS.match(text) or _DATELINE.search(text) and not TITLE_YEAR.search(text):
            continue
        m = _CAPTION.match(text)
        if m:
            yield "caption", m.group("title"), sentence, CAPTION, True
        m = TITLE_YEAR.search(text)
        if m and m.start() <= _LEAD_IN_CHARS and (rank < len(HEADER_RANK) or not _is_prose(text)):  # a dated title opening a line: "Heat (1995)", "Just watched Heat (1995) ..."
            yield "title year", _title_tail(title_before_year(m.group(1))), sentence, HEADER_TITLE_YEAR, True
        if _is_prose(text):
            continue
        weight = HEADER_RANK[rank] if rank < len(HEADER_RANK) else HEADER_LATER
        for rule, m in _named_matches(_HEADLINE_FORMS, text):
            yield rule, m.group("title"), sentence, weight + 1.0, True
        if _is_breadcrumb(text):
            weight *= BREADCRUMB
            crumb = _LAST_CRUMB.search(text)
            if crumb:
                yield "breadcrumb tail", crumb.group("title"), sentence, BREADCRUMB_TAIL, True
        for fragment, factor in _header_fragments(text):
            factor = SITE_FRAGMENT if SITE_WORDS.search(fragment) else factor
            yield "header", fragment, sentence, weight * factor, True
        m = _CAPSULE_HEADING.match(text)
        if m:
            yield "capsule heading", m.group(1), sentence, CAPSULE_HEADING, True


# The last step of a breadcrumb: "Home > Reviews > Blu-ray > Heat".
_LAST_CRUMB = re.compile(r"\s[›>»]\s(?P<title>[^›>»]{1,60})$")
# How many lines from the top a title's credit line may be.
_CREDIT_LINE_REACH = 10
# A line this long is read sentence by sentence, not as one heading.
_HEADING_CHARS = 120
# A dated title is the line's own when at most a short lead-in precedes it ("Film4, 9pm: ").
_LEAD_IN_CHARS = 40
# Headings are short: a first line with more lower-case words than this is prose.
_HEADING_LOWER_WORDS = 8


def _is_prose(line: str) -> bool:
    """A line of running text, not a heading: many lower-case words, and long or ending a sentence."""
    return len(re.findall(r"\b[a-z]{2,}\b", line)) > _HEADING_LOWER_WORDS and (len(line) > 150 or line.rstrip()[-1:] in ".!?")


def _capsule_headlines(doc: Document) -> Iterator[Evidence]:
    """The capitals headline above a capsule's credit line ("THE TITLE ★★★½" over "(R, 1:40) ...")."""
    previous = None
    for index, (start, end) in enumerate(doc.lines):
        line = doc.text[start:end]
        if not line.strip():
            continue
        if previous is not None and CAPSULE_CREDITS.match(line):
            headline = _TRAILING_STARS.sub("", _STAR_RATING.sub("", doc.line_text(previous).strip()))
            if headline.isupper():
                yield "capsule headline", headline, doc.sentence_at(doc.lines[previous][0]), CAPSULE_HEADLINE, False
        previous = index


# A run of title-cased words: capitals, digits, and small words inside ("The Man Who Knew Too Much").
_TOKEN = r"[A-Z0-9](?:[\w'&!?-]|\.(?=\w))*"  # a full stop only inside a word: "E.T", never "Boiled."
_RUN = rf"(?:{_TOKEN}(?:\s(?:(?:{'|'.join(sorted(SMALL_WORDS))})\s)*{_TOKEN})*)"
_RUN_COLON = rf"(?:{_RUN}(?::\s{_RUN})?)"

# Headline forms that name the film outright.
_HEADLINE_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Blu-ray Review: Heat [1995]", "4K UHD review - Heat", "Review: 'Heat'"
    ("review heading", re.compile(
        rf"""^(?:[\w-]+\s){{0,3}}?(?:review|reviewed)\s*[:–—-]\s*['"]?(?P<title>{_RUN_COLON})['"]?
             (?:\s*[\[(](?:{YEAR}|[^\])]*)[\])])?\s*$""",
        re.VERBOSE | re.IGNORECASE)),
    # "Heat - DVD Review", "Heat (1995) Blu-ray Review", "Heat: 4K UHD review"
    ("review heading", re.compile(
        rf"""^(?P<title>{_RUN_COLON})\s*(?:[-–—:|]\s*)?(?:[(\[]?{YEAR}[)\]]?\s*)?(?:(?:4K|UHD|Ultra\sHD|Blu-?ray|DVD|Film|Movie)\s)*Review\b""",
        re.VERBOSE | re.IGNORECASE)),
    # "Blu-ray Review “Heat: 20th Anniversary Edition”", "Four-Star Films: 'Heat'"
    ("quoted headline", re.compile(
        rf"""^[^'"]{{0,40}}?['"](?P<title>{_RUN_COLON}?)['"]\s*$""", re.VERBOSE)),
    # "'Heat' Made Its Star a Legend": a quoted title opening a headline in headline case
    ("quoted headline", re.compile(r"""^['"](?P<title>[A-Z0-9][^'",]{0,60}?)['"]\s(?=[A-Z])""")),
    # "'Heat' is a thriller that ...", "Review: 'Heat' soars"
    ("quoted headline", re.compile(r"""^(?:[A-Z][\w ]{0,20}:\s)?['"](?P<title>[A-Z0-9][^'"]{0,60}?)['"],?\s(?=[a-z])""")),
    # "Heat (Mann, 1995): Regent Street Cinema, 8.20pm": a title dated with its director, as guides list films
    ("title year", re.compile(rf"^(?P<title>{_RUN_COLON})\s\((?:{NAME}|[A-Z][\w'-]+),\s{YEAR}\)")),
    # "Blu-ray: Heat (Criterion)", "DVD: Heat"
    ("review heading", re.compile(rf"^(?:Blu-?ray|DVD|4K(?: UHD)?|UHD|Film|Movie):\s(?P<title>{_RUN_COLON})(?:\s\([^)]*\))?\s*$", re.IGNORECASE)),
    # "Heat 15 rating", "Heat PG-13": a listing's title before its certificate
    ("review heading", re.compile(r"^(?P<title>[A-Z0-9][\w'&:. -]{0,60}?)\s(?:U|PG|12A?|15|18|R|PG-13|NC-17|G)\s(?:rating|certificate)$")),
)


def _named_matches(forms, text: str) -> Iterator[tuple[str, re.Match[str]]]:
    for rule, pattern in forms:
        for m in pattern.finditer(text):
            yield rule, m


# Cheap tests that let a sentence skip the costlier prose rules.
_PROSE_GATE = re.compile(r"[A-Z]")
# An edition's name after a title: "20th Anniversary Edition", "Criterion Collection", "Director's Cut".
_EDITION_LABEL = r"(?:(?:\d+(?:st|nd|rd|th)\s)?(?:[A-Z][\w']*\s){0,3}(?:Edition|Collection|Cut|Version|Restoration|Remaster(?:ed)?))"
# A release format after a title: "Heat Blu-ray", "Heat (4K UHD)".
_FORMAT_WORDS = r"(?:Blu-?ray|4K(?:\sUHD|\sUltra\sHD)?|UHD|DVD|HD\sDVD|Steelbook)"
# Verbs whose subject is a work: it is released, presented, inspired, set, shot, adapted.
# ("X was shot", "X was released" could be a person's fate, so the release needs a format.)
_WORK_VERBS = (r"chronicles|co-stars|stars\s[A-Z]|is\sset\sin|was\sset\sin|premiered|opens\sin|opens\swith|was\sinspired\sby|"
               r"(?:has\sbeen|was)\sreleased\s(?:on|to)\s(?:Blu|4K|DVD|UHD|home\svideo|disc)|arrives\son|"
               r"comes\sto\s(?:Blu|4K|DVD|UHD)|appears\sin\san?\s(?:aspect|[\d.]+:1)|is\spresented\sin|clocks\sin")
# What may follow a title in running text: punctuation, the end, or a verb or joining word
# ("Heat is", "Heat, which", "Heat follows"), never a noun it qualifies ("Oscar-winning opus").
# (Never a title's own small words, "and", "in", "for": the run would stop inside "Harold and Maude".)
_TITLE_END = (r"[.,;:!?)]|\s*$|\s\(|\s(?:is|was|has|had|remains|follows|tells|stars|starred|opens|feels|works|isn't|wasn't|"
              r"as|that|which|who|but|—|-|–)(?:\s|$)")

_PROSE_FORMS: tuple[tuple[str, float, re.Pattern[str]], ...] = (
    # "Heat is a 1995 crime film", "Heat is the first film directed by", "Film festival darling Heat is a movie"
    ("film subject", FILM_SUBJECT, re.compile(
        rf"""(?P<title>{_RUN_COLON})(?:\s\(\d{{4}}\))?(?:,[^.]{{1,160}}?,)?\s(?:is|was)\s(?:a|an|the)\s(?:[\w'-]+\s){{0,5}}?(?:{FILM_NOUNS})\b""",
        re.VERBOSE)),
    # "Heat was inspired by ...", "Heat chronicles ...", "Heat appears in an aspect ratio of ...":
    # verbs of a work, never of a person or a character ("Ben follows" says nothing)
    ("film verb", FILM_VERB, re.compile(
        rf"""(?:^|(?<=[.;:,]\s))(?P<title>{_RUN_COLON})\s(?:{_WORK_VERBS})\b""", re.VERBOSE)),
    # "Nosferatu, also known as ...": a work introduced with its other names
    ("also called", ALSO_CALLED, re.compile(
        rf"""^(?P<title>{_RUN_COLON}),\s(?:also\s)?(?:called|known\sas|titled|released\sas)\b""", re.VERBOSE)),
    # "Michael Mann's Heat", "John Woo's Hard Boiled." — a person's possessive before a title-cased run
    ("possessive", POSSESSIVE, re.compile(
        rf"""(?P<who>{NAME}|[A-Z][\w-]+|{YEAR})'s?\s(?P<title>{_RUN_COLON})(?={_TITLE_END})""", re.VERBOSE)),
    # "Michael Mann's crime epic Heat", "the 1995 film Heat", "that film is X's masterpiece HEAT"
    ("apposition", APPOSITION, re.compile(
        rf"""(?:'s?|\b(?:the|a|his|her|their)(?:\s{YEAR})?)\s(?:[a-z][\w-]*,?\s){{0,4}}?
             (?:{FILM_NOUNS}|flick|masterpiece|opus|gem),?\s(?P<title>{_RUN_COLON})(?={_TITLE_END})""",
        re.VERBOSE)),
    # 'outdoes herself with "Heat," a gripping crime story': a quoted title and what it is
    ("quoted apposition", APPOSITION, re.compile(
        rf"""['"](?P<title>[A-Z0-9][^'"]{{0,60}}?)[,.]?['"],?\s(?:an?|the)\s(?:[\w-]+,?\s){{0,5}}?(?:{FILM_NOUNS}|story|tale|study)\b""",
        re.VERBOSE)),
    # "I first saw Heat when ...", "Just rewatched Heat": a viewer's own film
    ("watched", WATCHED, re.compile(
        rf"""\b(?:I|we)\s(?:first\s|finally\s|just\s|recently\s)?(?:saw|watched|rewatched|re-watched)\s(?P<title>{_RUN_COLON})(?=\s(?:when|for|at|on|in|with|last|again|yesterday|tonight)\b|[.,;!]|\s*$)""",
        re.VERBOSE)),
    # "Heat (Warner Home Video, Rated R, 170 minutes, $19.99)"
    ("release parenthesis", RELEASE_PARENTHESIS, re.compile(
        rf"""(?P<title>{_RUN_COLON})\s\((?=[^()]*(?:\bRated\b|\b\d{{2,3}}\sminutes\b|\$\d|Home\sEntertainment|Home\sVideo))[^()]{{5,160}}\)""",
        re.VERBOSE)),
    # "Heat: 20th Anniversary Edition", "Heat (Special Edition)", "Heat (Blu-ray)", "Heat 4K UHD Blu-ray"
    ("edition of", EDITION_OF, re.compile(
        rf"""(?P<title>{_RUN})(?:(?::\s|\s[(\[]|\s[-–—]\s)(?:The\s)?{_EDITION_LABEL}|\s[(\[]?{_FORMAT_WORDS})\b""", re.VERBOSE)),
    # "... the way Heat (1995) did": a title and its year in running text
    ("title year in prose", PROSE_TITLE_YEAR, re.compile(rf"(?P<title>{_RUN_COLON})\s\((?:{YEAR})\)")),
    # “Heat”, 'Heat': a quoted title-cased phrase
    ("quoted", QUOTED, re.compile(r"""(?<![\w'(])['"](?P<title>[A-Z0-9][^'"]{0,60}?)[.,]?['"](?![\w'])""")),
    # "HEAT remains a landmark": a title in capitals inside lower-case prose
    ("capitals", CAPITALS, re.compile(r"(?<![\w'])(?P<title>[A-Z0-9][A-Z0-9'&:!.-]*(?:\s(?:[A-Z0-9][A-Z0-9'&:!.-]*))*)(?![\w'])")),
)
# Capital runs that are abbreviations or spec words, not titles written in capitals.
_ACRONYMS = frozenset(
    "DVD BD HD UHD HDR SDR DTS AVC HEVC MPEG PCM LPCM MA HR DD AC TV BBC CNN USA UK US FBI CIA NYPD LAPD CGI DNA VHS "
    "IMAX AMC MGM RKO II III IV VI VII VIII IX XI OK OST PG NC AI NASA KGB WWII WWI JFK MTV HBO ABC NBC CBS EU DC".split()
)
_LEAD_WORD = re.compile(r"^(?:(?:The|A|An|In|On|At|Of|For|With|And|But|So|Then|When|While|After|Before|Now|This|That)\s)(?=[A-Z])")


def _prose_evidence(sentence: Sentence, people: _People, across: int | None = None) -> Iterator[Evidence]:
    """Title evidence in a sentence of running text. With `across`, the text is two lines a
    hard wrap split, joined at that offset, and only forms that span the join count."""
    text = sentence.text
    if not _PROSE_GATE.search(text):
        return
    if _PROSE_TITLE_GATE.search(text) and across is None:
        for rule, candidate, weight in _prose_titles(text):
            yield rule, candidate, sentence, weight, True
    lower_case_prose = len(_LOWER_WORD.findall(text)) >= 4
    for rule, weight, pattern in _PROSE_FORMS:
        gate = _PROSE_FORM_GATES.get(rule)
        if gate is not None and not gate.search(text):
            continue
        for m in pattern.finditer(text):
            if across is not None and not m.start() < across < m.end():
                continue
            title = m.group("title")
            if rule == "capitals":
                if not lower_case_prose or not _is_capitals_title(title):
                    continue
            elif rule == "possessive":
                if not (people.owns_films(m.group("who")) or re.fullmatch(YEAR, m.group("who"))):
                    continue
                title = _title_tail(title)
            elif rule == "quoted" and not (lower_case_prose or sentence.line < 6):
                continue
            elif rule in ("film subject", "title year in prose", "release parenthesis", "edition of"):
                title = _title_tail(title_before_year(title))
                owner = _OWNER.match(title)
                if owner and people.owns_films(owner.group("who")):  # "George Romero's Dawn of the Dead (1978)"
                    yield rule, title[owner.end():], sentence, weight, True
            if rule == "edition of" and is_edition_label(title):
                continue
            yield rule, title, sentence, weight, rule != "capitals"


# Cheap tests that let a sentence skip a costlier form: what each form cannot do without.
_PROSE_FORM_GATES = {
    "film subject": re.compile(r" (?:is|was) (?:a|an|the) "),
    "film verb": re.compile(r"chronicles|stars|co-stars|set in|premiered|opens|released|arrives|comes to|appears in|"
                            r"presented in|clocks in|inspired"),
    "also called": re.compile(r"called|known as|titled|released as"),
    "possessive": re.compile(r"\w'"),
    "apposition": re.compile(rf"\b(?:{FILM_NOUNS}|flick|masterpiece|opus|gem)\b"),
    "release parenthesis": re.compile(r"\((?=[^()]*(?:Rated|minutes|\$|Home))"),
    "edition of": re.compile(r"Edition|Collection|Cut\b|Version|Restoration|Remaster|Blu-?ray|4K|UHD|DVD|Steelbook"),
    "title year in prose": re.compile(r"\(\d{4}\)"),
    "quoted": re.compile(r"['\"][A-Z0-9]"),
    "quoted apposition": re.compile(r"['\"][A-Z0-9]"),
    "watched": re.compile(r"\b(?:saw|watched|rewatched|re-watched)\b"),
    "capitals": re.compile(r"[A-Z0-9][A-Z]{2}"),
}
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
# A person's possessive opening a run: "George Romero's Dawn of the Dead".
_OWNER = re.compile(rf"(?P<who>{NAME})'s?\s(?=[A-Z0-9])")
_RUN_LEAD_IN = re.compile(rf"^{YEAR}'s?\s|^(?:Episode|Ep\.?)\s?#?\d+\s*[:|–—-]\s*")


def _is_capitals_title(run: str) -> bool:
    words = [w.strip(".:!'") for w in run.split()]
    letters = sum(c.isalpha() for c in run)
    return letters >= 4 and not all(w in _ACRONYMS or len(w) <= 1 or w.isdigit() for w in words)


_POSSESSIVE_SPLIT = re.compile(r"(?<=\w)'s?\b")


class _People:
    """The people a page names in full, by full name and by surname: a possessive's owner is
    one of them ("Michael Mann's Heat", "Mann's Heat"), and a lone surname is never a title."""

    def __init__(self, doc: Document) -> None:
        self.full: set[str] = set()
        for span in doc.name_spans:
            # A possessive ends a name: "John Woo's Hard Boiled" names John Woo.
            name = clean_name(_POSSESSIVE_SPLIT.split(span, maxsplit=1)[0])
            if is_person_name(name) and is_given_name(name.split()[0]):
                self.full.add(name)
        self.surnames = {name.split()[-1] for name in self.full}

    def owns_films(self, who: str) -> bool:
        return is_person_name(who) if " " in who else who in self.surnames


def _title_tail(run: str) -> str:
    """A run's title part, without a sentence's opening word or a lead-in phrase: "Then Heat"
    -> "Heat", "Film festival darling The Lighthouse" -> "The Lighthouse"."""
    run = _RUN_LEAD_IN.sub("", run)
    run = _LEAD_WORD.sub("", run) if not re.match(r"(?:The|A|An)\s", run) else run
    words = run.split()
    # The last title-cased stretch of a run that began with lower-case words.
    for i in range(len(words)):
        if all(w[0].isupper() or w[0].isdigit() or w.lower() in SMALL_WORDS for w in words[i:]) and (words[i][0].isupper() or words[i][0].isdigit()):
            return " ".join(words[i:])
    return run


# ---------------------------------------------------------------- older prose and header rules

_PROSE_TITLE_GATE = re.compile(r" is an? | (?:was|is) [A-Z]|'s? \d{4}|revisiting|Tags:")
_PROSE_TITLE_PATTERNS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    # "Heat is a 1995 crime film", "Site - Heat is a 1995 ..."
    ("prose pattern", re.compile(rf"^(?:[\w.' ]+ - )?([A-Z][\w'&:,.\- ]{{0,60}}?) is an? (?:{YEAR} )"), PROSE_PATTERN),
    # "the film is Heat."
    ("prose pattern", re.compile(r"\b(?:[Tt]he film|[Tt]hat film|[Tt]he movie) (?:is|was) ([A-Z][\w'&:\- ]{0,50}?)(?:,| and\b|\.)"), PROSE_PATTERN),
    # "Heat, Michael Mann's 1995 epic"
    ("prose pattern", re.compile(rf"((?:[A-Z0-9][\w'&:-]*)(?: (?:of|the|a|an|and|in|on|at|to|for|with|from|[A-Z0-9][\w'&:-]*))*), (?:{NAME})'s? {YEAR} \w+"), PROSE_PATTERN),
    # a post's subject: "... revisiting Heat"
    ("prose pattern", re.compile(r"\brevisiting ([A-Z][\w'&:\- ]{0,50})$"), PROSE_PATTERN / 2),
    # a post's tags label its film: "Tags: Heat (1995), crime"
    ("tags", re.compile(r"\bTags: ([A-Z][\w'&:\- ]{0,50}?) \(\d{4}\)"), PROSE_PATTERN * 2 / 3),
)


def _prose_titles(text: str) -> list[tuple[str, str, float]]:
    """(rule, title, weight) stated in prose; a capitalised run may start before the title
    ("on Friday with Lost in Translation, ..."), so its shorter tails are candidates too
    (mentions decide)."""
    found = []
    for rule, pattern, weight in _PROSE_TITLE_PATTERNS:
        for m in pattern.finditer(text):
            run = m.group(1)
            found.append((rule, run, weight))
            for tail in re.finditer(r"(?<= )(?:of|the|a|an|and|in|on|at|to|for|with|from) ([A-Z0-9].*)$", run):
                found.append((rule, tail.group(1), weight * 0.9))
    return found


# A photo caption: 'Al Pacino and Robert De Niro in "Heat."', "Al Pacino in Heat (1995)".
_CAPTION = re.compile(rf"""^(?:{NAME})(?:,\s(?:{NAME}))*(?:,?\sand\s(?:{NAME}))?\sin\s"?(?P<title>[A-Z0-9][^"()]{{1,60}}?)[.,]?"?(?:\s\(\d{{4}}\))?(?:\.?$|(?<=\))(?=[A-Z]))""")
# A capsule heading: "AMADEUS (R, 160 minutes)".
_CAPSULE_HEADING = re.compile(r"(.{2,60}?)\s*\((?:[^()]*\b\d{2,3} (?:min|minutes|mins)\b[^()]*)\)\s*$")
# A rating before a title: "★★★★☆  Moonlight", "★★★½ Heat", "4/5 stars".
_STAR_RATING = re.compile(r"^(?:[★☆✩✭✮½*]+|\d(?:\.\d)?\s*/\s*(?:5|10)(?:\s*stars?)?)\s+")
# A rating after a title: "PADDINGTON 2 ★★★★", "Heat ★★★½".
_TRAILING_STARS = re.compile(r"\s+[★☆✩✭✮½]+$")


def _is_label_line(line: str) -> bool:
    """A spec line such as "Picture: VC-1, 1080p" (its label is no title)."""
    m = re.match(r"\s*([A-Za-z][\w .'/&-]{0,25}):\s", line)
    return bool(m) and m.group(1).lower() in LABELS


def _is_breadcrumb(line: str) -> bool:
    """Navigation: "Home > Reviews > Blu-ray", "THE DISC DEN :: DVD Reviews :: C"."""
    return bool(re.search(r"\s[›>»]\s|::|\s/\s", line)) or len(re.split(r"\s[|·]\s|\s{3,}", line.strip())) >= 3


def _title_cased(candidate: str) -> bool:
    words = re.findall(r"\w[\w'-]*", candidate)
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in SMALL_WORDS for w in words[1:]) and bool(words)


_TRAILING_YEAR = re.compile(rf"\s+{PAST_YEAR}$")
# A thread's subject kept as a list item: "• Heat".
_LEADING_BULLET = re.compile(r"^[•·▪►*]\s*")
_TRAILING_EDITION = re.compile(rf"(?::|\s[-–—])\s(?:The\s)?{_EDITION_LABEL}$")


def _header_fragments(line: str) -> list[tuple[str, float]]:
    """Parts of a header line that may be the title, each with a weight factor.

    The line is split at separators; the first part counts most, since site names and
    edition labels follow the title ("Heat | Screen Ledger", "Heat [Blu-ray] - Special
    Edition"). Format and site words end a part ("Robin Hood 4K Ultra HD review: ...");
    an edition label after a colon is dropped ("Heat: Criterion Collection Blu-ray Review");
    a part with another colon also yields what precedes it ("Hugo 3D: Scorsese's love
    letter" -> "Hugo"), since headlines append a tagline after a colon.
    """
    line = _TRAILING_STARS.sub("", _STAR_RATING.sub("", _LEADING_BULLET.sub("", line.strip())))
    line = re.sub(r"^(?:watch|re:|thread:|review:|(?:episode|ep\.?) ?#?\d+\s*[:|–—-])\s+", "", line, flags=re.IGNORECASE)
    fragments = []
    parts = re.split(r"\s+[|–—»›>·:]\s+|\s+-\s+|\s*::\s*|\s+/\s+|\s{3,}", line)
    for index, part in enumerate(parts):
        rank = 1.0 if index == 0 else 0.8
        # A title in parentheses is another name of the film: "El laberinto del fauno (Pan's Labyrinth)".
        for inner in re.findall(r"\(([^()\d]{2,60})\)", part):
            if not SITE_WORDS.search(inner) and not is_edition_label(inner):
                fragments.append((inner.strip(), rank))
        part = re.sub(r"\s*[\[(][^\])]*[\])]\s*", " ", part).strip()
        part = re.split(r"(?i:\s+(?:review|revisited|4k|uhd|3d|blu-ray|dvd|full cast)\b)|:\s+(?=[a-z])", part)[0]
        part = _TRAILING_YEAR.sub("", part)  # "THE GODFATHER 1972" (but "Blade Runner 2049")
        part = re.sub(r"^\d{1,4}\.\s+", "", part)  # an episode's number: "042. Title"
        head, colon, tail = part.partition(": ")
        if colon and is_edition_label(tail):
            part = head
        elif colon and is_person_name(head) and is_given_name(head.split()[0]):
            part = tail  # a director before the title: "Agnès Varda: Cléo from 5 to 7"
        if not part or all_site_words(part) or not is_film_name(part):
            continue
        fragments.append((part, rank))
        if ": " in part:  # "Hugo 3D: Scorsese's love letter" -> "Hugo"; "042. Ann Lee: Title" -> "Title"
            head, _colon, tail = part.partition(": ")
            fragments.append((head, 0.5 * rank))
            if is_person_name(head):  # a director before the title: the title is after the colon
                fragments.append((tail, 0.5 * rank))
    return fragments


def _clean_title(candidate: str) -> str:
    """A candidate without surrounding punctuation, a bracketed tag or trailing format words
    ("Heat Blu-ray", "Heat [Region B]")."""
    candidate = squash(candidate).strip(" -–—:|,.\"'")
    candidate = re.sub(r"\s*\[[^\]]*\]$", "", candidate)
    candidate = _TRAILING_EDITION.sub("", candidate)  # "Heat: 20th Anniversary Edition"
    return _TRAILING_FORMATS.sub("", candidate)


_TRAILING_FORMATS = re.compile(r"(?:\s+(?:4K|UHD|Ultra\sHD|Blu-?ray|DVD|HD|3D|Steelbook|Combo))+$", re.IGNORECASE)


def _plausible_title(candidate: str) -> bool:
    words = candidate.split()
    if not words or len(words) > 12 or len(candidate) < 2:
        return False
    if SITE_WORDS.fullmatch(candidate) or re.fullmatch(r"[\d\s:./-]+", candidate):
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


# ---------------------------------------------------------------- aliases


# A line of its own holding another name in parentheses: "(Amélie)".
_ALIAS_LINE = re.compile(r"\(([A-Z\u00c0-\u00de][^()\d]{1,60})\)")


def alias_claims(doc: Document, titles: list[Claim[str]]) -> list[Claim[str]]:
    """Other names of the best title stated in the header: a prefixed form ("The Killers -
    Leaving Las Vegas"), a subtitled form ("Clerks: Collector's Series"), a translation in
    parentheses ("El laberinto del fauno (Pan's Labyrinth)"), or on the line below the title
    ("LE FABULEUX DESTIN D'AMÉLIE POULAIN" over "(Amélie)")."""
    if not titles:
        return []
    best = titles[0].value
    aliases: list[Claim[str]] = []
    title_line = doc.sentence_at(titles[0].span.start).line
    below = next((i for i in range(title_line + 1, min(title_line + 3, len(doc.lines))) if doc.line_text(i).strip()), None)
    if below is not None:
        m = _ALIAS_LINE.fullmatch(doc.line_text(below).strip())
        if m and is_film_name(m.group(1)) and not SITE_WORDS.search(m.group(1)) and not is_edition_label(m.group(1)):
            aliases.append(Claim(_clean_title(m.group(1)), doc.span_at(doc.lines[below][0]), 1.0, "header"))
    for sentence in header_sentences(doc):
        text = re.sub(r"^(?:watch|re:|thread:)\s+", "", sentence.text.strip(), flags=re.IGNORECASE)
        text = re.split(r"\s+[|–—»›]\s+|\s*::\s*", text)[0]
        m = re.fullmatch(rf"(?:(.{{2,40}}?) - {re.escape(best)}|{re.escape(best)}: ([^|()]{{2,40}}))", text.strip(), re.IGNORECASE)
        if m and _title_cased(m.group(0)) and not SITE_WORDS.search(m.group(0)) and is_film_name(m.group(1) or m.group(2)):
            aliases.append(Claim(m.group(0), sentence.span, 1.0, "header"))
        for pattern in (rf"{re.escape(best)}\s*\(([^()\d]{{3,60}})\)", rf"([^()]{{3,60}}?)\s*\({re.escape(best)}\)"):
            m = re.search(pattern, sentence.text, re.IGNORECASE)
            if m and m.group(1)[0].isupper() and is_film_name(m.group(1)) and not re.search(r"collector|blu-ray|4k|uhd", m.group(1), re.IGNORECASE):
                aliases.append(Claim(_clean_title(m.group(1)), sentence.span, 1.0, "header"))
    return [a for a in aliases if a.value.lower() != best.lower()]
