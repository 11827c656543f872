"""Blu-ray / 4K / DVD specifications: video, audio tracks, subtitles, special features and
the reviewer's verdicts on picture and sound.

Reviews also describe discs that are not under review ("OLD: 1080p VC-1" in a 4K
comparison, "the old laserdisc commentary" that is missing), so lines labelled as the old
release, extras said to be absent, and mentions repeating an already listed track are left out.
"""

from __future__ import annotations

import re

from bot.extract.facts import AudioTrack, Claim, Span, Verdict, VideoSpec, unique
from bot.extract.header import LABELS, Field, fields_by_key
from bot.extract.text import Document, Sentence, squash

LANGUAGES = (
    "English", "French", "Spanish", "Castilian Spanish", "Latin American Spanish", "German", "Italian",
    "Japanese", "Portuguese", "Chinese", "Mandarin", "Cantonese", "Korean", "Russian", "Dutch",
    "Swedish", "Danish", "Norwegian", "Finnish", "Polish", "Czech", "Hungarian", "Turkish", "Greek",
    "Hindi", "Thai", "Arabic", "Hebrew",
)
_LANGUAGE = "(?:" + "|".join(sorted(LANGUAGES, key=len, reverse=True)) + ")"
_LANGUAGE_RE = re.compile(rf"\b{_LANGUAGE}\b", re.IGNORECASE)

_AUDIO_CODECS = (
    ("Dolby TrueHD Atmos", "Dolby Atmos"), ("Dolby Atmos", "Dolby Atmos"), ("Atmos", "Dolby Atmos"),
    ("DTS-HD Master Audio", "DTS-HD Master Audio"), ("DTS-HD MA", "DTS-HD Master Audio"),
    ("DTS-HD High Resolution Audio", "DTS-HD High Resolution"), ("DTS-HD High Resolution", "DTS-HD High Resolution"),
    ("DTS-HD", "DTS-HD Master Audio"), ("DTS:X", "DTS:X"), ("DTS-X", "DTS:X"), ("DTS-ES", "DTS-ES"),
    ("DTS", "DTS"), ("Dolby TrueHD", "Dolby TrueHD"), ("TrueHD", "Dolby TrueHD"),
    ("Linear PCM", "LPCM"), ("Uncompressed PCM", "LPCM"), ("LPCM", "LPCM"), ("PCM", "PCM"),
    ("Dolby Digital Plus", "Dolby Digital Plus"), ("Dolby Digital", "Dolby Digital"), ("DD+", "Dolby Digital Plus"),
    ("AC-3", "Dolby Digital"), ("Dolby Surround", "Dolby Digital"), ("Auro-3D", "Auro-3D"),
)
_AUDIO_RE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(raw) for raw, _ in _AUDIO_CODECS) + r")(?![\w-])(?: Audio)?", re.IGNORECASE
)
_AUDIO_CANON = {raw.lower(): canon for raw, canon in _AUDIO_CODECS}
_CHANNELS = re.compile(r"(?<![\d.])(\d{1,2}\.\d)(?!\d|\.\d|:)|\b(mono|stereo)\b", re.IGNORECASE)

_VIDEO_CODECS = (
    ("MPEG-4 AVC", "MPEG-4 AVC"), ("MPEG4 AVC", "MPEG-4 AVC"), ("AVC", "MPEG-4 AVC"), ("H.264", "MPEG-4 AVC"),
    ("HEVC", "HEVC"), ("H.265", "HEVC"), ("VC-1", "VC-1"), ("MPEG-2", "MPEG-2"), ("MVC", "MVC"),
)
_VIDEO_CODEC_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(raw) for raw, _ in _VIDEO_CODECS) + r")(?=-encoded|[^\w-]|$)")
_VIDEO_CANON = dict(_VIDEO_CODECS)
_RESOLUTION_RE = re.compile(r"\b(480[ip]|576[ip]|720p|1080[ip]|2160p)(?![\w])|\((480|576|720|1080|2160)\)")
_UHD_RE = re.compile(r"\b4K(?! (?:restoration|scan|master|remaster|transfer|scanned|upscal))(?: (?:UHD|Ultra HD))?\b")
_RATIO_RE = re.compile(r"(?<![\d.])([12]\.\d{2}|[12]\.\d)\s*:\s*1\b")
_HDR_RE = re.compile(r"\b(HDR10\+|HDR10|Dolby Vision|HDR 10)(?![\w+])")

_OLD_RELEASE = re.compile(r"^\s*(?:old|previous|original release|the old|former)\b\s*:?", re.IGNORECASE)
_NOT_PRESENT = re.compile(r"\b(?:not (?:on|included|present|carried)|missing|miss\b|is absent|are absent|dropped|no longer)", re.IGNORECASE)


# "No Dolby Vision", "there's no HDR10 or Dolby Vision", "lacks a DTS-HD track", "without Atmos":
# a negation a few words before a format in the same clause; "Dolby Vision is absent": one after it.
_NEGATION_BEFORE = re.compile(r"(?:\b(?:no|not|without|lacks?|lacking|nor|neither)|n't)(?: [\w+:.-]+){0,3} ?$", re.IGNORECASE)
_NEGATION_AFTER = re.compile(r"^(?: [\w-]+){0,2} (?:is|are) (?:\w+ )?(?:absent|missing|nowhere|not (?:included|present|supported|available))\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r".*(?:[.;:,(]|\bbut\b|\bwhile\b)", re.IGNORECASE | re.DOTALL)


def _negated(text: str, start: int, end: int) -> bool:
    """True when the format mentioned at text[start:end] is said to be absent."""
    before = text[max(0, start - 80) : start]
    clause = _CLAUSE_BREAK.match(before)
    before = before[clause.end() :] if clause else before
    return bool(_NEGATION_BEFORE.search(before) or _NEGATION_AFTER.match(text[end : end + 60]))


def _disc_sentences(doc: Document) -> list[Sentence]:
    """Sentences that may describe the disc under review (not a line about the old release)."""
    return [s for s in doc.sentences if not _OLD_RELEASE.match(doc.line_text(s.line))]


# ---------------------------------------------------------------- video


def video_spec(doc: Document) -> VideoSpec | None:
    sentences = _disc_sentences(doc)
    resolutions = [(s, m) for s in sentences for m in _RESOLUTION_RE.finditer(s.text)]
    resolution, home = None, None
    if resolutions:
        # A 4K release bundles a Blu-ray: its own 2160p wins over the 1080p of the bundled disc.
        home, m = max(resolutions, key=lambda sm: _resolution_rank(sm[1]))
        resolution = m.group(1) or m.group(2) + "p"
    else:
        uhd = [s for s in sentences if _UHD_RE.search(s.text)]
        if uhd and any(re.search(r"\b(?:disc|blu-ray|uhd|ultra hd|unboxing|format)\b", s.text, re.IGNORECASE) for s in uhd):
            resolution, home = "2160p", uhd[0]
    codec = _video_codec(sentences, home)
    ratios = _aspect_ratios(sentences)
    hdr = unique(
        "HDR10" if m.group(1) == "HDR 10" else m.group(1)
        for s in sentences
        for m in _HDR_RE.finditer(s.text)
        if not _negated(s.text, m.start(), m.end())
    )
    if not (resolution or codec or ratios):
        return None
    evidence = home or next(
        (s for s in sentences if _VIDEO_CODEC_RE.search(s.text) or _RATIO_RE.search(s.text)), sentences[0]
    )
    return VideoSpec(resolution, codec, tuple(ratios), tuple(hdr), evidence.span)


def _resolution_rank(m: re.Match[str]) -> int:
    return int(re.match(r"\d+", m.group(1) or m.group(2)).group(0))


def _video_codec(sentences: list[Sentence], home: Sentence | None) -> str | None:
    ordered = ([home] if home else []) + sentences
    for sentence in ordered:
        m = _VIDEO_CODEC_RE.search(sentence.text)
        if m:
            return _VIDEO_CANON[m.group(1)]
    return None


def _aspect_ratios(sentences: list[Sentence]) -> list[str]:
    """Ratios of the disc; the theatrical or original frame is dropped when the disc differs."""
    kept, framing = [], []
    for sentence in sentences:
        for m in _RATIO_RE.finditer(sentence.text):
            ratio = f"{float(m.group(1)):.2f}:1"
            before = sentence.text[max(0, m.start() - 30) : m.start()].lower()
            after = sentence.text[m.end() : m.end() + 25].lower()
            if re.search(r"original aspect ratio|shot for|theatrical frame|originally", before) or re.match(r"\s*theatrical", after):
                framing.append(ratio)
            else:
                kept.append(ratio)
    return unique(kept) or unique(framing)


# ---------------------------------------------------------------- audio


def audio_tracks(doc: Document) -> list[AudioTrack]:
    tracks: list[AudioTrack] = []
    for sentence in _disc_sentences(doc):
        text = sentence.text
        mentions = list(_AUDIO_RE.finditer(text))
        previous_end = 0
        for i, m in enumerate(mentions):
            next_start = mentions[i + 1].start() if i + 1 < len(mentions) else len(text)
            codec = _AUDIO_CANON[m.group(1).lower()]
            if codec == "PCM" and _UNCOMPRESSED_BEFORE.search(text[max(previous_end, m.start() - 30) : m.start()]):
                codec = "LPCM"  # "uncompressed mono PCM": linear PCM, however far the word is from the codec
            after = text[m.end() : next_start]
            if _negated(text, m.start(), m.end()):
                previous_end = m.end()
                continue
            if re.match(r"\s*(?:\(?\s*)?core\b|[^,;|/]{0,12}\bcore\b", after, re.IGNORECASE) and tracks:
                _give_channels(tracks, after + " " + text[previous_end : m.start()])
                previous_end = m.end()
                continue
            channels = _channels_after(after) or _channels_before(text[previous_end : m.start()])
            languages = _languages_before(text[previous_end : m.start()]) or _language_after(after)
            previous_end = m.end()
            if not channels and not languages and any(_same_codec(t.codec, codec) for t in tracks):
                continue  # a later remark about a track already listed ("the Atmos mix is ...")
            if not channels and not languages and not re.search(r"\b(?:track|mix|audio|sound|soundtrack)\b", text, re.IGNORECASE):
                continue
            for language in languages or [None]:
                tracks.append(AudioTrack(codec, channels, language, sentence.span))
    return tracks


_UNCOMPRESSED_BEFORE = re.compile(r"\b(?:uncompressed|linear)\b(?: [\w.]+){0,2} $", re.IGNORECASE)


def _give_channels(tracks: list[AudioTrack], text: str) -> None:
    """A "(TrueHD 7.1 core) in English" gives its channels and language to the track it is the core of."""
    last = tracks[-1]
    channels = last.channels or _channels_after(text)
    language = last.language
    if language is None:
        m = _AFTER_CORE_LANGUAGE.search(text)
        language = m.group(1) if m else None
    tracks[-1] = AudioTrack(last.codec, channels, language, last.span)


def _channels_after(text: str) -> str | None:
    segment = re.split(r"[,;|/(]|\band\b|\bwith\b", text, maxsplit=1)[0]
    m = _CHANNELS.search(segment)
    return _channel_value(m) if m else None


# Channels before a codec, languages or quality words between: "5.1 Italian and English DTS-HD",
# "uncompressed mono PCM".
_CHANNELS_BEFORE = re.compile(
    rf"(?<![\d.])(?:(\d{{1,2}}\.\d)|\b(mono|stereo))(?:,? (?:and )?(?:{_LANGUAGE}|uncompressed|lossless|linear))*\s*$", re.IGNORECASE
)


def _channels_before(text: str) -> str | None:
    m = _CHANNELS_BEFORE.search(text.rstrip(" ("))
    return _channel_value(m) if m else None


def _channel_value(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1)
    return "1.0" if m.group(2).lower() == "mono" else "2.0"


def _languages_before(text: str) -> list[str]:
    """Languages listed right before a codec: "French and Spanish dubs in", "English (", "English 5.1"."""
    tokens = re.findall(r"Castilian Spanish|Latin American Spanish|[\w.'-]+|[^\w\s]", text)
    languages: list[str] = []
    for token in reversed(tokens):
        if _LANGUAGE_RE.fullmatch(token):
            languages.insert(0, token.title() if token.islower() else token)
        elif token.lower() in _FILLER or re.fullmatch(r"\d{1,2}\.\d", token):
            continue
        else:
            break
    return languages


# Words that may stand between a list of languages and the codec they share.
_FILLER = frozenset(
    ", : and ( in dubs dub tracks track mono stereo as are is get gets a an new original lossless uncompressed".split()
)


_AFTER_CORE_LANGUAGE = re.compile(rf"\bcore\b[^,;(]{{0,40}}?\)?\s*in ({_LANGUAGE})\b")
_LANGUAGE_NEXT = re.compile(rf"\s*(?:\([^)]*\)\s*)?(?:(?:track|mix|audio)\s+)?(?:in\s+)?({_LANGUAGE})\b", re.IGNORECASE)
_IN_LANGUAGE = re.compile(rf"\s*(?:track|mix)?[^,;|]{{0,30}}?\bin ({_LANGUAGE})\b")
_PROSE_SUBTITLES = re.compile(rf"(?:with |; )?((?:{_LANGUAGE})(?: SDH)?) subtitles?\b|subtitles?: ((?:{_LANGUAGE})[^.|]*)")


_MORE_LANGUAGES = re.compile(rf"(?:,\s*|,?\s+and\s+)({_LANGUAGE})\b")


def _language_after(text: str) -> list[str]:
    """The language or languages just after a codec: "(...) in English", "audio in Italian and English"."""
    m = _LANGUAGE_NEXT.match(text) or _IN_LANGUAGE.match(text)
    if not m:
        return []
    languages, at = [m.group(1)], m.end()
    while more := _MORE_LANGUAGES.match(text, at):
        languages.append(more.group(1))
        at = more.end()
    return languages


def _same_codec(a: str, b: str) -> bool:
    return a == b or {a, b} == {"LPCM", "PCM"}


# ---------------------------------------------------------------- subtitles


def subtitle_claims(doc: Document, fields: list[Field]) -> list[Claim[str]]:
    claims: list[Claim[str]] = []
    for f in fields_by_key(fields, "subtitles"):
        span = doc.span_at(f.start)
        for part in re.split(r"\s*[,;|]\s*|\s+and\s+", f.value):
            part = part.strip(" .")
            if _LANGUAGE_RE.match(part):
                claims.append(Claim(part, span, 2.0, "header"))
    for sentence in doc.sentences:
        for m in _PROSE_SUBTITLES.finditer(sentence.text):
            for part in re.split(r"\s*,\s*|\s+and\s+", m.group(1) or m.group(2)):
                if _LANGUAGE_RE.match(part.strip()):
                    claims.append(Claim(part.strip(" ."), sentence.span, 1.5, "prose"))
    return claims


# ---------------------------------------------------------------- special features

_EXTRAS_WORDS = r"(?:extras?|special features?|bonus features?|bonus material|supplements?|supplemental)"
# Items that describe the disc's own transfer or packaging rather than an extra on it.
_NOT_A_FEATURE = re.compile(
    r"^(?:new |all-new )?(?:\d{4} )?(?:[248]k )?(?:digital |high-definition )?(?:scan|restoration|remaster|transfer)\b|"
    r"\b(?:atmos track|dts[:-]x track|digital copy|bonus material|booklet|slipcase|packaging)\b|^(?:none|n/a)$",
    re.IGNORECASE,
)


def special_features(doc: Document, fields: list[Field]) -> list[Claim[str]]:
    claims: list[Claim[str]] = []
    listed_lines = set()
    for f in fields_by_key(fields, "extras"):
        sentence = doc.sentence_at(f.start)
        # A bulleted line under an extras heading is one item, commas and all.
        bulleted = bool(_BULLET_BEFORE.search(doc.text, doc.lines[sentence.line][0], f.start))
        if _is_item_list(f.value, bulleted=bulleted):
            listed_lines.add(sentence.line)
            claims.extend(_feature_items(f.value, sentence.span, inline=not bulleted))
    claims.extend(_bullet_features(doc))
    claims.extend(_prose_features(doc, listed_lines))
    seen, unique = set(), []
    for claim in claims:
        key = claim.value.lower()
        if key not in seen and not _NOT_A_FEATURE.search(claim.value):
            seen.add(key)
            unique.append(claim)
    return unique


_BULLET_BEFORE = re.compile(r"^\s*[•*▪–-]\s+$", re.MULTILINE)


def _is_item_list(value: str, *, bulleted: bool = False) -> bool:
    """A field value listing extras, not a sentence about them, a rating or "none" (a bulleted
    item may be long: "Title, a 1998 short film by ...")."""
    value = value.strip()
    if not value or re.match(r"(?:none|n/a|no extras)\b", value, re.IGNORECASE) or re.fullmatch(r"[\d/.★☆ ]+", value):
        return False
    prose = bool(re.search(r"[a-z]{3}\. [A-Z]", value)) or (not bulleted and len(value.split()) > 8 and not re.search(r"[|;•]", value) and value.count(",") < 2)
    return not prose


def _bullet_features(doc: Document) -> list[Claim[str]]:
    """Bulleted items under a line that introduces the extras ("Extras:", "extras are ...:")."""
    claims: list[Claim[str]] = []
    for index, (start, end) in enumerate(doc.lines):
        heading = doc.text[start:end].strip()
        if not (re.search(_EXTRAS_WORDS, heading, re.IGNORECASE) and heading.endswith(":")):
            continue
        for nxt in range(index + 1, len(doc.lines)):
            line = doc.line_text(nxt)
            m = re.match(r"\s*[•\-*–·▪]\s+(.+)", line)
            if not m:
                break
            sentence = doc.sentence_at(doc.lines[nxt][0] + m.start(1))
            claims.extend(_feature_items(m.group(1), sentence.span, inline=False))
    return claims


_LIST_INTRO = re.compile(
    rf"(?i:\b{_EXTRAS_WORDS} include[s]? )|\b(?:[Yy]ou (?:also )?get|[Aa]lso included (?:is|are)) |\b(?:[a-z]+|DVDs?|Blu-rays?|discs?):\s+(?=\S)"
)
# A list of noun phrases, not a clause: starts with an article or number, has no finite verb.
_NOUN_PHRASES = re.compile(r"(?:an?|the|\d+) (?!.*\b(?:is|are|was|were|has|have|had)\b)")
_SINGLE_INTRO = re.compile(
    r"^(?:[Tt]he (?:main event|big one|highlight|centerpiece|centrepiece|star attraction)) (?:is|are) (?P<item>[^;]+)"
)
_ONLY_FEATURE = re.compile(
    rf"\b[Tt]he (?:only|sole) {_EXTRAS_WORDS}(?: [a-z]+){{0,3}} (?:is|are) (?:the |a |an )?(?P<item>[^,;]+)"
)


def _prose_features(doc: Document, listed_lines: set[int]) -> list[Claim[str]]:
    """Extras named in prose: "Extras carried over: a, b, and c.", "A runs ...; B covers ...",
    "The main event is a group commentary", "The only special feature is the trailer"."""
    claims: list[Claim[str]] = []
    extras_from: dict[int, int] = {}
    extras_until: dict[int, int] = {}
    for s in doc.sentences:
        if s.line not in extras_from and re.match(rf"\W*(?:the )?{_EXTRAS_WORDS}\b", s.text, re.IGNORECASE):
            extras_from[s.line] = s.start
        elif s.line in extras_from and s.line not in extras_until and _starts_other_label(s.text):
            extras_until[s.line] = s.start  # "... deleted scenes. Runtime: 170 minutes."
    for sentence in doc.sentences:
        m = _ONLY_FEATURE.search(sentence.text)
        if m:
            claims.extend(_feature_items(m.group("item"), sentence.span, inline=False))
        in_extras = extras_from.get(sentence.line, len(doc.text)) <= sentence.start < extras_until.get(sentence.line, len(doc.text))
        if in_extras and sentence.line not in listed_lines and not _NOT_PRESENT.search(sentence.text):
            claims.extend(_features_in_sentence(sentence))
    return claims


# Three or more comma-separated items and no clause: no verb, no semicolon.
_BARE_ITEMS = re.compile(r"(?!.*\b(?:is|are|was|were|has|have|had|gets?)\b)[^;|]*,[^;|]*,[^;|]*$")


def _starts_other_label(text: str) -> bool:
    """True for a sentence opened by a spec label other than the extras' ("Runtime: 170 minutes")."""
    m = re.match(r"([A-Za-z][\w .'/&-]{0,25}):\s", text)
    return bool(m) and LABELS.get(m.group(1).lower(), "extras") != "extras"


def _features_in_sentence(sentence: Sentence) -> list[Claim[str]]:
    """The items one sentence of an extras paragraph lists, in whichever form it lists them."""
    text = re.sub(rf"^(?:{_EXTRAS_WORDS}|bonus):\s*", "", sentence.text, flags=re.IGNORECASE)
    if text != sentence.text and _NOUN_PHRASES.match(text):  # "Extras: a making-of documentary and the trailer."
        return _feature_items(text, sentence.span, inline=True)
    if text != sentence.text and _BARE_ITEMS.match(text):  # "Bonus features: A, B, C." inside a spec run
        return _feature_items(text, sentence.span, inline=True)
    m = _LIST_INTRO.search(text)
    if m:
        return _feature_items(text[m.end() :], sentence.span, inline=True)
    m = _SINGLE_INTRO.search(text)
    if m:
        return _feature_items(re.split(r", (?:an?|the) ", m.group("item"))[0], sentence.span, inline=False)
    if text.count(";") >= 2:
        return _feature_items(text, sentence.span, inline=True, trim_to_title=True)
    return []


def _feature_items(value: str, span: Span, *, inline: bool, trim_to_title: bool = False) -> list[Claim[str]]:
    value = value.strip().rstrip(".")
    comma_list = inline and not re.search(r"[|;]", value)
    if not inline:
        parts = [value]
    elif not comma_list:
        parts = re.split(r"\s*[|;]\s*", value)
    else:
        parts = [p for part in _COMMA_ITEMS.split(value) for p in _split_after_kind(part)]
    pieces = [piece for part in parts for piece in re.split(r",? along with |, plus ", part)]
    claims = []
    previous = None
    for index, piece in enumerate(pieces):
        if comma_list and previous and previous[:1].isupper() and _is_appositive(piece, last=index == len(pieces) - 1):
            continue
        piece = re.sub(r"^\s*(?:and|plus|along with|as well as)\s+", "", piece)
        if re.match(r"(?:each|both|all|which|who|including)\b", piece):
            continue  # a clause about the item before, not an item
        for item in _split_lowercase_pair(piece):
            item = _clean_feature(item, trim_to_title)
            if item:
                claims.append(Claim(item, span, 1.0 if inline else 2.0, "header"))
        previous = piece.strip()
    return claims


# "Behind the Matrix featurettes and Take the Red Pill": an "and" after a kind of extra and before a
# capital starts the next item; "Pan and the Fairies" or "commentary by A and B" stay whole.
_KIND_THEN_TITLE = re.compile(
    r"\b(?:featurettes|featurette|documentary|documentaries|commentary|commentaries|interviews|interview|"
    r"trailers|trailer|scenes|gallery|galleries|shorts|short|reel|outtakes|footage|essay|teasers|spots)(\s+and\s+)(?=[A-Z])"
)
_COMMA_ITEMS = re.compile(r",\s+(?=(?:and |plus |along with )?(?:an? |the )?[\w\"'])|\s+and\s+(?=(?:an?|the) [a-z])")


def _split_after_kind(part: str) -> list[str]:
    """A list's last "Kind of extra and Title" cut into its two items."""
    m = _KIND_THEN_TITLE.search(part)
    return [part[: m.start(1)], part[m.end(1) :]] if m else [part]


def _is_appositive(piece: str, *, last: bool) -> bool:
    """"Title, a seven-part documentary on ...": a phrase describing the item before it. A short
    indefinite item inside the list ("..., a video comic, and X") is an item of its own."""
    return bool(re.match(r"\s*(?:an?) [a-z]", piece)) and (last or len(piece.split()) > 3)


# An item saying what the disc does not have: "no commentary", "There is no trailer".
_ABSENT_ITEM = re.compile(r"(?:there (?:is|are) |there's )?(?:no|none|not)\b", re.IGNORECASE)


def _split_lowercase_pair(piece: str) -> list[str]:
    """"deleted scenes and outtakes" -> two items; titles and "commentary with A and B" stay whole."""
    m = re.fullmatch(r"\s*((?:and )?[a-z][\w-]*(?: [a-z][\w-]*){0,2}) and ([a-z][\w-]*(?: [a-z][\w-]*){0,2})\s*", piece)
    return [m.group(1), m.group(2)] if m else [piece]


def _clean_feature(item: str, trim_to_title: bool) -> str | None:
    item = re.sub(r"^(?:and|plus|then|also)\s+", "", item.strip())
    item = re.sub(r"^(?:New|All-new|Newly recorded)\s+(?=[a-z])", "", item)  # new to this edition, not part of the name
    item = re.sub(r"\s*\((?:\d+:\d\d(?::\d\d)?|\d+)\)\s*$", "", item)  # running time, count
    item = re.sub(r", (?:with|narrated by|featuring|in which|each|which) .*$", "", item)
    item = re.sub(r",? among others$|^among others$|^and (?:more|others)$|^etc\.?$", "", item)
    if trim_to_title and item[:1].isupper():
        m = re.match(r"(.+?)\s+(?:runs|covers|looks|shows|is|are|features|offers|takes)\b", item)
        item = m.group(1) if m else item
    item = re.sub(r"^(?:an?|the)\s+(?=[a-z])", "", item).strip(" .,:")
    if _ABSENT_ITEM.match(item) or len(item) < 3 or len(item.split()) > 24:
        return None
    return item[0].upper() + item[1:] if item[0].islower() else item


# ---------------------------------------------------------------- verdicts

_VIDEO_LABEL = re.compile(r"^(?:video|picture|image|pq|transfer|picture quality)\b\s*(?:verdict)?:?", re.IGNORECASE)
_AUDIO_LABEL = re.compile(r"^(?:audio|sound|aq|sound quality)\b\s*(?:verdict)?:?", re.IGNORECASE)
_JUDGEMENT = re.compile(
    r"\b(?:excellent|superb|outstanding|reference|impressive|great|good|fine|solid|strong|weak|poor|"
    r"disappointing|mediocre|clean|clear|upgrade|step up|improvement|best|better|worse|soft|sharp|"
    r"serviceable|tremendous|stunning|gorgeous|muddy|natural|rich|thin|lossless|enveloping|adequate|deep|crisp|"
    r"accurate|faithful|pristine|spotless|punchy|immersive|balanced|intelligible|crushed|crushing|noisy|harsh|"
    r"boomy|dull|vivid|well resolved|evenly resolved)\b",
    re.IGNORECASE,
)


def verdicts(doc: Document) -> list[Verdict]:
    """Judging sentences about picture or sound: in a paragraph under a VIDEO:/AUDIO: label or
    opened by a sentence about the disc, or naming picture or sound qualities (grain, black
    levels, dialogue, LFE) inside a paragraph that talks about the disc."""
    topic_of_line: dict[int, str] = {}
    disc_paras: set[int] = set()
    for sentence in doc.sentences:
        if sentence.first_in_line:
            if _VIDEO_LABEL.match(sentence.text):
                topic_of_line[sentence.line] = "video"
            elif _AUDIO_LABEL.match(sentence.text):
                topic_of_line[sentence.line] = "audio"
            elif topic := _topic_of(sentence.text):  # a paragraph opened by a sentence about the disc
                topic_of_line[sentence.line] = topic
        if _DISC_WORDS.search(sentence.text):
            disc_paras.add(sentence.para)
    found = []
    for sentence in doc.sentences:
        text = sentence.text
        topic = topic_of_line.get(sentence.line) or _topic_of(text)
        if topic is None and sentence.para in disc_paras:
            topic = _quality_topic(text)
        if topic and _JUDGEMENT.search(text) and len(text) > 20:
            found.append(Verdict(topic, squash(doc.original[sentence.start : sentence.end]), sentence.span))
    return found


_DISC_WORDS = re.compile(
    r"\b(?:disc|blu-ray|transfer|encode|presentation|4k|uhd|1080p|2160p|scan|hdr|dolby vision|remaster|restoration|"
    r"lossless|dts|atmos|truehd|pcm|codec)\b",
    re.IGNORECASE,
)
_PICTURE_QUALITIES = re.compile(
    r"\b(?:grain|sharpness|detail|black levels?|colou?rs?|saturation|skin tones?|flesh tones?|contrast|compression|"
    r"artefacts?|artifacts?|banding|dnr|noise reduction|smoothing|shadow detail|clarity)\b",
    re.IGNORECASE,
)
_SOUND_QUALITIES = re.compile(
    r"\b(?:dialogue|fidelity|surrounds?|lfe|low end|bass|soundstage|sound stage|mix|dynamic range|rear channels?|subwoofer)\b",
    re.IGNORECASE,
)


_PICTURE_SUBJECT = re.compile(r"\b(?:transfer|picture|image|encode|grain|black levels|colou?rs?|detail|sharpness)\b", re.IGNORECASE)
_PICTURE_CARRIER = re.compile(r"\b(?:disc|blu-ray|transfer|encode|presentation|4k|1080p|2160p)\b", re.IGNORECASE)
_SOUND_SUBJECT = re.compile(r"\b(?:mix|soundtrack|audio|track|lossless|surround|dialogue)\b", re.IGNORECASE)
_SOUND_CARRIER = re.compile(r"\b(?:mix|track|channel|lossless|dts|dolby|atmos|pcm)\b", re.IGNORECASE)


def _topic_of(text: str) -> str | None:
    """"video" or "audio" for a sentence about the disc's picture or sound as such."""
    if _PICTURE_SUBJECT.search(text) and _PICTURE_CARRIER.search(text):
        return "video"
    if _SOUND_SUBJECT.search(text) and _SOUND_CARRIER.search(text):
        return "audio"
    return None


def _quality_topic(text: str) -> str | None:
    """"video" or "audio" for a sentence naming qualities of only one of them."""
    picture, sound = _PICTURE_QUALITIES.search(text), _SOUND_QUALITIES.search(text)
    if picture and not sound:
        return "video"
    if sound and not picture:
        return "audio"
    return None
