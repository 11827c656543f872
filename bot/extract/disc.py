"""Blu-ray / 4K / DVD specifications: video, audio tracks, subtitles, special features and
the reviewer's verdicts on picture and sound.

Reviews also describe discs that are not under review ("OLD: 1080p VC-1" in a 4K
comparison, "the old laserdisc commentary" that is missing), so lines labelled as the old
release, extras said to be absent, and mentions repeating an already listed track are left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.facts import AudioTrack, Claim, Span, Verdict, VideoSpec, unique
from bot.extract.header import LABELS, Field, fields_by_key
from bot.extract.text import Document, Gated, Sentence, squash

LANGUAGES = (
    "English", "French", "Spanish", "Castilian Spanish", "Latin American Spanish", "German", "Italian",
    "Japanese", "Portuguese", "Chinese", "Mandarin", "Cantonese", "Korean", "Russian", "Dutch",
    "Swedish", "Danish", "Norwegian", "Finnish", "Polish", "Czech", "Hungarian", "Turkish", "Greek",
    "Hindi", "Thai", "Arabic", "Hebrew",
)
_LANGUAGE = "(?:" + "|".join(sorted(LANGUAGES, key=len, reverse=True)) + ")"
_LANGUAGE_RE = re.compile(rf"\b{_LANGUAGE}\b", re.IGNORECASE)

# (as written, canonical name). A bare "DTS-HD" states no more than the family: it stays "DTS-HD".
_AUDIO_CODECS = (
    ("Dolby TrueHD Atmos", "Dolby Atmos"), ("Dolby Atmos TrueHD", "Dolby Atmos"), ("Atmos TrueHD", "Dolby Atmos"),
    ("Dolby Atmos", "Dolby Atmos"), ("Atmos", "Dolby Atmos"),
    ("DTS-HD Master Audio", "DTS-HD Master Audio"), ("DTS-HD MA", "DTS-HD Master Audio"),
    ("DTS HD Master Audio", "DTS-HD Master Audio"), ("DTS HD MA", "DTS-HD Master Audio"),
    ("DTS-HD High Resolution Audio", "DTS-HD High Resolution"), ("DTS-HD High Resolution", "DTS-HD High Resolution"),
    ("DTS-HD", "DTS-HD"), ("DTS HD", "DTS-HD"), ("DTS:X", "DTS:X"), ("DTS-X", "DTS:X"), ("DTS-ES", "DTS-ES"),
    ("DTS", "DTS"), ("Dolby TrueHD", "Dolby TrueHD"), ("TrueHD", "Dolby TrueHD"),
    ("Linear PCM", "LPCM"), ("Uncompressed PCM", "LPCM"), ("LPCM", "LPCM"), ("PCM", "PCM"),
    ("Dolby Digital Plus", "Dolby Digital Plus"), ("Dolby Digital+", "Dolby Digital Plus"), ("Dolby Digital", "Dolby Digital"),
    ("DD+", "Dolby Digital Plus"), ("AC-3", "Dolby Digital"), ("Dolby Surround", "Dolby Digital"), ("Auro-3D", "Auro-3D"),
)
# "DD 5.1": the short name counts only with a channel layout after it.
_SHORT_DOLBY_DIGITAL = r"DD(?= \d\.\d)"
_AUDIO_RE = Gated(re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(raw) for raw, _ in _AUDIO_CODECS) + "|" + _SHORT_DOLBY_DIGITAL + r")(?![\w-])(?: Audio)?",
    re.IGNORECASE,
), needs=('atmos', 'dts', 'truehd', 'pcm', 'dolby', 'dd', 'ac-3', 'auro-3d'))
_AUDIO_CANON = {raw.lower(): canon for raw, canon in _AUDIO_CODECS} | {"dd": "Dolby Digital"}
_CHANNELS = re.compile(r"(?<![\d.])(\d{1,2}\.\d)(?!\d|\.\d|:)|\b(mono|stereo)\b", re.IGNORECASE)

_VIDEO_CODECS = (
    ("MPEG-4 AVC", "MPEG-4 AVC"), ("MPEG4 AVC", "MPEG-4 AVC"), ("AVC", "MPEG-4 AVC"), ("H.264", "MPEG-4 AVC"),
    ("HEVC", "HEVC"), ("H.265", "HEVC"), ("VC-1", "VC-1"), ("MPEG-2", "MPEG-2"), ("MVC", "MVC"),
)
_VIDEO_CODEC_RE = Gated(re.compile(r"(?<![\w-])(" + "|".join(re.escape(raw) for raw, _ in _VIDEO_CODECS) + r")(?=-encoded|[^\w-]|$)"), needs=('AVC', 'H.26', 'HEVC', 'VC-1', 'MPEG-2', 'MVC'))
_VIDEO_CANON = dict(_VIDEO_CODECS)
_RESOLUTION_RE = Gated(re.compile(r"\b(480[ip]|576[ip]|720[pP]|1080[ipP]|2160[pP])(?![\w])|\((480|576|720|1080|2160)\)"), needs=('480', '576', '720', '1080', '2160'))
_UHD_RE = Gated(re.compile(r"\b4K(?! (?:restoration|scan|master|remaster|transfer|scanned|upscal))(?: (?:UHD|Ultra HD))?\b", re.IGNORECASE), needs=('4k',))
_RATIO_RE = re.compile(r"(?<![\d.])([12]\.\d{2}|[12]\.\d)\s*:\s*1\b")
# Ratios written loosely, read only beside a word that says they are the frame: "the 2:40:1
# aspect ratio" (a colon for the point) and "Widescreen 2.40" (no ":1").
_COLON_TYPO_RATIO = re.compile(r"(?<![\d:.])([12]):(\d{2}):1\b(?=\s*(?:aspect|ratio|widescreen|frame))|(?<=ratio of )([12]):(\d{2}):1\b")
_BARE_WIDESCREEN_RATIO = re.compile(r"\bwidescreen\s+([12]\.\d{2})\b(?!\s*:|\.\d)", re.IGNORECASE)
MIN_RATIO, MAX_RATIO = 1.19, 2.76
# Words of a page about a disc release (a format's name alone may be a screening's or a shop
# menu's): a ratio with no other disc spec counts only on such a page.
_DISC_TALK = Gated(re.compile(
    r"\b(?:disc|discs|transfer|presentation|encode|encoded|edition|region|extras|special features|"
    r"bonus features|supplements|remaster(?:ed)?|restoration|upgrade|subtitles)\b",
    re.IGNORECASE,
), needs=('disc', 'transfer', 'presentation', 'encode', 'edition', 'region', 'extras', 'special features', 'bonus features', 'supplements', 'remaster', 'restoration', 'upgrade', 'subtitles'))
# A disc format's name: with the words above, what makes a page one about a disc.
_DISC_FORMAT = Gated(re.compile(r"\b(?:blu-ray|dvd|uhd|ultra hd|4k|laserdisc|hd dvd|home video)\b", re.IGNORECASE), needs=('blu-ray', 'dvd', 'uhd', 'ultra hd', '4k', 'laserdisc', 'hd dvd', 'home video'))
# An audio codec with a channel layout: a disc's track ("DTS-HD MA 5.1"), not a cinema's sound system.
_CODEC_AND_CHANNELS = Gated(re.compile(_AUDIO_RE.pattern + r"[^.,;|\n]{0,25}?(?<![\d.])\d\.\d(?!\d)", re.IGNORECASE), needs=('atmos', 'dts', 'truehd', 'pcm', 'dolby', 'dd', 'ac-3', 'auro-3d'))


def _about_a_disc(doc: Document) -> bool:
    """Whether the page talks of a disc at all (a film database or a screening listing does not)."""
    return _talks_of_a_disc(doc.text)


@lru_cache(maxsize=16)  # several rules ask it of one page
def _talks_of_a_disc(text: str) -> bool:
    return bool(_DISC_TALK.search(text) or _DISC_FORMAT.search(text))


# Words before a ratio saying it is the film's original frame, not the disc's: "original
# aspect ratio", "(original 1.85:1)", "shot in", "theatrical frame".
_FRAMING_BEFORE = re.compile(
    r"original(?:ly)?\b|\b(?:shot|filmed|composed|projected) (?:in|for|at)\b|theatrical(?:ly)? (?:frame|framing|ratio|release)",
    re.IGNORECASE,
)
# A label saying the ratio is the film's theatrical one, in a database's spec table.
_THEATRICAL_LABEL = re.compile(r"^\W*theatrical aspect ratios?\b", re.IGNORECASE)
_HDR_RE = Gated(re.compile(r"\b(HDR10\+|HDR10|Dolby Vision|HDR 10)(?![\w+])"), needs=('HDR', 'Dolby Vision'))

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
        resolution = (m.group(1) or m.group(2) + "p").lower()
    else:
        uhd = [s for s in sentences if _UHD_RE.search(s.text)]
        if uhd and any(re.search(r"\b(?:disc|blu-ray|uhd|ultra hd|unboxing|format)\b", s.text, re.IGNORECASE) for s in uhd):
            resolution, home = "2160p", uhd[0]
    hdr = unique(
        "HDR10" if m.group(1) == "HDR 10" else m.group(1)
        for s in sentences
        for m in _HDR_RE.finditer(s.text)
        if not _negated(s.text, m.start(), m.end())
    )
    codec = _video_codec(sentences, home)
    ratios, database_only = _aspect_ratios(doc, sentences)
    if not (resolution or codec):  # (else the ratios are a disc's: no need to look for its audio)
        disc_audio = bool(_CODEC_AND_CHANNELS.search(doc.text))
        if database_only and not disc_audio:
            ratios = []  # a film database's theatrical spec, on a page that describes no disc
        if ratios and not (hdr or disc_audio or _DISC_TALK.search(doc.text)):
            ratios = []  # a ratio in a screening listing or a film's data, on a page that never talks of a disc
    if not (resolution or codec or ratios):
        return None
    evidence = home or next(
        (s for s in sentences if _VIDEO_CODEC_RE.search(s.text) or any(_ratio_mentions(s.text))), sentences[0]
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


def _aspect_ratios(doc: Document, sentences: list[Sentence]) -> tuple[list[str], bool]:
    """Ratios of the disc; the theatrical or original frame is dropped when the disc differs.
    Also says whether the ratios come only from a "Theatrical Aspect Ratio" label (a film
    database's spec, no disc's unless the page gives other disc specs)."""
    kept, framing, labelled = [], [], []
    for sentence in sentences:
        label = _label_of(doc, sentence)
        for ratio, start, end in _ratio_mentions(sentence.text):
            before = sentence.text[max(0, start - 30) : start].lower()
            after = sentence.text[end : end + 25].lower()
            if _THEATRICAL_LABEL.match(label) or _THEATRICAL_LABEL.match(sentence.text[:start]):
                labelled.append(ratio)
            elif _FRAMING_BEFORE.search(before) or re.match(r"\s*theatrical", after):
                framing.append(ratio)
            else:
                kept.append(ratio)
    if kept or framing:
        return unique(kept) or unique(framing), False
    return unique(labelled), bool(labelled)


def _ratio_mentions(text: str):
    """(ratio as "N.NN:1", start, end) for each aspect ratio the text states."""
    if ":" not in text and "creen" not in text:
        return
    for m in _RATIO_RE.finditer(text):
        yield f"{float(m.group(1)):.2f}:1", m.start(), m.end()
    for m in _COLON_TYPO_RATIO.finditer(text):
        whole, part = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        value = float(f"{whole}.{part}")
        if MIN_RATIO <= value <= MAX_RATIO:
            yield f"{value:.2f}:1", m.start(), m.end()
    for m in _BARE_WIDESCREEN_RATIO.finditer(text):
        value = float(m.group(1))
        if MIN_RATIO <= value <= MAX_RATIO:
            yield f"{value:.2f}:1", m.start(1), m.end(1)


def _label_of(doc: Document, sentence: Sentence) -> str:
    """The short label line right above a line that holds only a value ("Theatrical Aspect
    Ratio" over "1.37 : 1"), or ""."""
    if not sentence.first_in_line or len(sentence.text.split()) > 6:
        return ""
    for index in range(sentence.line - 1, max(-1, sentence.line - 3), -1):
        line = doc.line_text(index).strip()
        if line:
            return line if len(line.split()) <= 5 else ""
    return ""


# ---------------------------------------------------------------- audio


def audio_tracks(doc: Document) -> list[AudioTrack]:
    """The disc's soundtracks. A bare codec name (no channels, no language) counts only on a
    page about a disc: a film database's "Sound mix: Dolby Digital | DTS" is the cinema's."""
    tracks: list[AudioTrack] = []
    disc_page = _about_a_disc(doc)
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
            is_core = re.match(r"\s*(?:\(?\s*)?core\b|[^,;|/]{0,12}\bcore\b", after, re.IGNORECASE)
            if tracks and (is_core or _base_layer_in_brackets(tracks[-1].codec, codec, text[previous_end : m.start()])):
                _give_channels(tracks, after + " " + text[previous_end : m.start()])
                previous_end = m.end()
                continue
            before = text[previous_end : m.start()]
            if _COMMENTARY.search(before) or _COMMENTARY.search(re.split(r"[,;|]", after, maxsplit=1)[0]):
                previous_end = m.end()
                continue  # "English Audio Commentary Dolby Digital 2.0": a commentary, not a soundtrack
            channels = _channels_after(after) or _channels_before(before)
            languages = _languages_before(before) or _language_after(after)
            previous_end = m.end()
            if not channels and not languages and any(_same_codec(t.codec, codec) for t in tracks):
                continue  # a later remark about a track already listed ("the Atmos mix is ...")
            if not channels and not languages and not (disc_page and _TRACK_CONTEXT.search(text)):
                continue
            for language in languages or [None]:
                track = AudioTrack(codec, channels, language, sentence.span)
                if not any((t.codec, t.channels, t.language) == (codec, channels, language) for t in tracks):
                    tracks.append(track)  # a page comparing two discs or cuts lists one track twice
    return tracks


_COMMENTARY = re.compile(r"\bcommentar(?:y|ies)\b", re.IGNORECASE)
# Words saying a bare codec name is the disc's sound: "the Atmos track", "this 4K/Dolby Atmos release".
_TRACK_CONTEXT = re.compile(r"\b(?:track|mix|audio|sound|soundtrack|release|disc|blu-ray|uhd)\b", re.IGNORECASE)


# The track an object-audio format is carried on: "Dolby Atmos (Dolby TrueHD 7.1 compatible)" is one track.
_BASE_LAYER = {"Dolby Atmos": "Dolby TrueHD", "DTS:X": "DTS-HD Master Audio"}


def _base_layer_in_brackets(previous: str, codec: str, between: str) -> bool:
    """The base layer of the track just named, in brackets right after it."""
    return _BASE_LAYER.get(previous) == codec and bool(re.fullmatch(r"\s*\(\s*", between))


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
_LANGUAGE_NEXT = re.compile(
    rf"\s*(?:\([^)]*\)\s*)?(?:\d{{1,2}}\.\d\s+)?(?:(?:track|mix|audio)\s+)?(?:in\s+)?({_LANGUAGE})\b", re.IGNORECASE
)
_SUBTITLE_WORD = re.compile(r"\s*(?:SDH\b|subtitles?\b|subs\b|captions?\b)", re.IGNORECASE)
_IN_LANGUAGE = re.compile(rf"\s*(?:track|mix)?[^,;|]{{0,30}}?\bin ({_LANGUAGE})\b")
_PROSE_SUBTITLES = Gated(re.compile(rf"(?:with |; )?((?:{_LANGUAGE})(?: SDH)?) subtitles?\b|subtitles?: ((?:{_LANGUAGE})[^.|]*)"), needs=('subtitle',))


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
    if _SUBTITLE_WORD.match(text, at):
        return []  # "Dolby Digital 5.1, English and French subtitles": subtitle languages
    return languages


def _same_codec(a: str, b: str) -> bool:
    """Two names of one track's codec: "LPCM" and "PCM", a bare "DTS-HD" and "DTS-HD Master Audio"."""
    return a == b or {a, b} == {"LPCM", "PCM"} or ("DTS-HD" in {a, b} and a.startswith("DTS-HD") and b.startswith("DTS-HD"))


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
# Items that describe the disc's own transfer, navigation or packaging rather than an extra on it.
_NOT_A_FEATURE = re.compile(
    r"^(?:new |all-new )?(?:\d{4} )?(?:[248]k )?(?:digital |high-definition )?(?:scan|restoration|remaster|transfer)\b"
    r"(?! comparison| demonstration| featurette| documentary)|"
    r"^(?:mastered|remastered|restored|scanned|sourced) (?:from|in)\b|"
    r"^(?:interactive |animated |pop-up )?(?:menus?|chapters?|chapter stops|scene (?:selection|access))\b|"
    r"^(?:an? |new )?(?:illustrated )?(?:essays?|liner notes)\b|"
    r"\b(?:atmos track|dts[:-]x track|digital copy|bonus material|booklet|slipcase|packaging|reversible sleeve|"
    r"collector's cards?|art cards?)\b|^(?:none|n/a)$",
    re.IGNORECASE,
)

# The kinds of extra a disc carries, as the head noun of an item ("Audio commentary by ...",
# "Making-of featurette", "Theatrical trailer"). A list whose items name them lists extras.
_EXTRA_KIND = Gated(re.compile(
    r"""\b(?:
        (?:audio\ )?commentar(?:y|ies) | featurettes? | documentar(?:y|ies) | making[- ]of |
        behind[- ]the[- ]scenes | trailers? | teasers? | (?:tv|radio)\ spots? | deleted\ scenes? |
        extended\ scenes? | alternate\ (?:ending|opening|scenes?) | outtakes? | gag\ reel | bloopers? |
        interviews? | galler(?:y|ies) | storyboards? | screen\ tests? | short\ films? | isolated\ (?:score|music) |
        music\ videos? | newsreels? | lobby\ cards | photographs | visual\ essay | video\ essay |
        picture-in-picture | trivia\ track | retrospective | q&a
    )\b""",
    re.IGNORECASE | re.VERBOSE,
), needs=('commentar', 'featurette', 'documentar', 'making', 'behind', 'trailer', 'teaser', ' spot', 'deleted scene', 'extended scene', 'alternate ', 'outtake', 'gag reel', 'blooper', 'interview', 'galler', 'storyboard', 'screen test', 'short film', 'isolated ', 'music video', 'newsreel', 'lobby cards', 'photographs', 'visual essay', 'video essay', 'picture-in-picture', 'trivia track', 'retrospective', 'q&a'))
# Weaker kinds: Criterion-style "New program about ...", "Footage of ...", only counted beside others.
_MINOR_KIND = re.compile(r"\b(?:programs?|programmes?|piece|footage|excerpts?|archives?|spots|conversation|introduction)\b", re.IGNORECASE)

# Weights: an item standing whole on its own line or label outranks one cut from a run-on list.
LISTED_WEIGHT = 2.0
RUN_ON_WEIGHT = 1.0


def special_features(doc: Document, fields: list[Field]) -> list[Claim[str]]:
    claims: list[Claim[str]] = []
    listed_lines = set()
    for f in fields_by_key(fields, "extras"):
        sentence = doc.sentence_at(f.start)
        line_start = doc.lines[sentence.line][0]
        if f.label.lower() not in doc.text[line_start : f.start].lower():
            continue  # a label alone on its line heads the lines below: read as a heading block
        # A bulleted line under an extras heading is one item, commas and all.
        bulleted = bool(_BULLET_BEFORE.search(doc.text, doc.lines[sentence.line][0], f.start))
        if _is_item_list(f.value, bulleted=bulleted):
            listed_lines.add(sentence.line)
            claims.extend(_feature_items(f.value, sentence.span, inline=not bulleted))
    block_claims, block_lines = _heading_block_features(doc)
    claims.extend(block_claims)
    listed_lines |= block_lines
    if _about_a_disc(doc):  # lists with no extras heading, on a page about a disc
        claims.extend(_features_label_line(doc, listed_lines))
        claims.extend(_unheaded_bullet_features(doc, listed_lines))
        claims.extend(_spec_block_run_features(doc, listed_lines))
        claims.extend(_quoted_title_features(doc, listed_lines))
    claims.extend(_prose_features(doc, listed_lines))
    return _distinct_features(claims)


def _distinct_features(claims: list[Claim[str]]) -> list[Claim[str]]:
    """One claim per extra: exact repeats go, and so does a shorter reading of an item that
    another rule read whole in the same sentence ("Audio commentary" beside "Audio commentary by X")."""
    kept: list[Claim[str]] = []
    for claim in claims:
        if _NOT_A_FEATURE.search(claim.value):
            continue
        words = _words(claim.value)
        if any(c.value.lower() == claim.value.lower() for c in kept):
            continue
        if any(c.span == claim.span and words < _words(c.value) for c in kept):
            continue
        kept = [c for c in kept if not (c.span == claim.span and _words(c.value) < words)]
        kept.append(claim)
    return kept


def _words(value: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", value.lower()))


_BULLET_BEFORE = re.compile(r"^\s*[•*▪–-]\s+$", re.MULTILINE)
_BULLET_LINE = re.compile(r"^(?P<indent>\s*)[•\-*–·▪]\s+(?P<item>\S.*)$")
# A score given to the extras, not a list of them: "3.5 out of 5 stars", "4/5", "B+", "See review".
_RATING = re.compile(
    r"^(?:[\d.]+\s*(?:/\s*\d+|out of \d+)(?: stars?)?|[\d.]+ stars?|[A-F][+-]?|see (?:the )?review|yes|no)\.?$", re.IGNORECASE
)


def _is_item_list(value: str, *, bulleted: bool = False) -> bool:
    """A field value listing extras, not a sentence about them, a rating or "none" (a bulleted
    item may be long: "Title, a 1998 short film by ...")."""
    value = value.strip()
    if not value or re.match(r"(?:none|n/a|no extras)\b", value, re.IGNORECASE) or re.fullmatch(r"[\d/.★☆ ]+", value):
        return False
    if _RATING.match(value):
        return False
    prose = bool(re.search(r"[a-z]{3}\. [A-Z]", value)) or (not bulleted and len(value.split()) > 8 and not re.search(r"[|;•]", value) and value.count(",") < 2)
    return not prose


# ------------------------------------------------ extras listed under a heading

# A line that heads the extras: "Special Features", "FEATURES", "Disc 2 Extra Features",
# "Bonus Material:", "## Supplements", up to three words before the heading words.
_EXTRAS_HEADING = Gated(re.compile(
    r"""^\s*(?P<bullet>[•*▪·–-]\s+)?(?:\#+\s*)?
        (?P<lead>(?:[\w&'./-]+\s+){0,3}?)
        (?P<word>extras|extra\ features|special\ features|bonus\ features|bonus\ material|bonus\ content|
           bonus\ extras|supplements|supplementary\ material|supplemental\ (?:material|features)|disc\ contents|features)
        \s*:?\s*$""",
    re.IGNORECASE | re.VERBOSE,
), needs=('extra', 'feature', 'bonus', 'supplement', 'disc contents'))
_NEGATED_LEAD = re.compile(r"\b(?:no|not|missing|without|lack|where)\b", re.IGNORECASE)
# A line that mentions the extras and introduces a list: "The extras carried over are:".
_INTRO_LINE = Gated(re.compile(rf"\b{_EXTRAS_WORDS}\b.*:\s*$", re.IGNORECASE), needs=('extra', 'special feature', 'bonus feature', 'bonus material', 'supplement'))
# A line that starts another section of a review or spec block, and so ends an extras list.
_SECTION_LINE = re.compile(
    r"""^\W{0,3}(?:the\ )?(?:video|audio|picture|sound|verdict|final\ (?:thoughts|verdict|words)|conclusion|overall|
        summary|the\ bottom\ line|bottom\ line|the\ disc|packaging|rating|ratings|specs|
        specifications|tech(?:nical)?\ specs|details|about\ the\ (?:film|disc)|review|reviewed\ by|related|
        comments?|share|see\ also)\b\s*:?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Labels that open a spec line without a colon in flattened tables ("Rating Rated MA").
_STOP_LABEL = re.compile(
    r"^(?:rating|rated|year of production|year|running time|runtime|region(?: coding)?|studio|subtitles|release date|"
    r"released|directed by|director|starring|length|duration|aspect ratio|price|msrp|upc|distributor)(?=\s+(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)
_LABEL_LINE = re.compile(r"^\s*(?P<label>[A-Za-z][\w .'/&()-]{0,30}?)\s*:\s*(?P<value>\S.*)?$")
# A sub-heading inside an extras list ("Disc Two", "Part 1", "The Film"), not an extra.
_SUB_HEADING = re.compile(r"^(?:(?:disc|disk|part|side|volume)\s+(?:\d+|one|two|three|four|[ivx]+)\b.*|the (?:film|movie|facts))\s*:?$", re.IGNORECASE)
# "Featurette-True Crime", "Theatrical Trailer-Closing In": a template's kind, a dash, a title.
_KIND_DASH_TITLE = re.compile(
    r"(?:(?:audio |isolated |theatrical |tv )?(?:commentary|featurette|documentary|trailer|interview|gallery|teaser|"
    r"spot|short|music video|deleted scenes?|outtakes?))-(?=[A-Z0-9])",
    re.IGNORECASE,
)
MAX_HEADING_WORDS = 6
MAX_ITEM_WORDS = 40  # a whole item on its own line ("New program about ..., featuring ...")
MAX_INLINE_ITEM_WORDS = 24  # one item of a run-on list
MAX_BLANKS_AFTER_HEADING = 4
MAX_INTRO_PROSE_LINES = 2
MIN_ITEMS_AFTER_PROSE = 3


def _heading_block_features(doc: Document) -> tuple[list[Claim[str]], set[int]]:
    """Items under an extras heading: bullets, or one extra a line ("Special Features" then
    "• Audio commentary by ..."; "General Extras" then "Deleted Scenes" / "Featurette-Title").
    A prose paragraph right under the heading is skipped; another section, a spec label or
    prose after the items ends the list. A bare "Features" heading counts only when an item
    names a kind of extra."""
    claims: list[Claim[str]] = []
    used: set[int] = set()
    for index, (start, end) in enumerate(doc.lines):
        line = doc.text[start:end]
        heading = _EXTRAS_HEADING.match(line)
        intro = not heading and _INTRO_LINE.search(line)
        if not (heading or intro) or heading and len(line.split()) > MAX_HEADING_WORDS:
            continue
        if heading and _NEGATED_LEAD.search(heading.group("lead")) or intro and _ABSENT_CLAUSE.search(line):
            continue  # "No extras", "Extras from the old DVD that were dropped:"
        bullet = _BULLET_LINE.match(line)
        items = _block_items(doc, index, bullet_indent=len(bullet.group("indent")) if bullet else None, bullets_only=bool(intro))
        if not items:
            continue
        if not _enough_kinds(heading, [text for _, text, _ in items], plain=any(form == LINE for _, _, form in items)):
            continue
        texts = _cut_to_kind_dash(text for _, text, _ in items)
        for (line_index, _, form), text in zip(items, texts):
            used.add(line_index)
            if form == LINE:
                text = _title_of_plain_line(text)
            claims.extend(_feature_items(text, _line_span(doc, line_index), inline=form == RUN_ON))
    return claims, used


# How an item stands under a heading: a bullet, one extra a line, or a run-on list on one line.
BULLET, LINE, RUN_ON = "bullet", "line", "run-on"


def _is_run_on_list(text: str) -> bool:
    """A line listing several extras ("Audio commentary by A, a making-of featurette, deleted
    scenes and the trailer"): a separator, no finite verb, and two parts naming a kind."""
    if not re.search(r"[,;|]", text) or re.search(r"[.!?]\s+[A-Z]", text):
        return False  # no separator, or several sentences
    return not (_FINITE_VERB.search(text) or _ABSENT_CLAUSE.search(text)) and _kind_parts(text) >= 2


def _kind_parts(text: str) -> int:
    """How many parts of a line (cut at commas, semicolons, bars and "and") name a kind of extra."""
    return sum(1 for part in re.split(r"[,;|]\s*|\s+and\s+", text) if _EXTRA_KIND.search(part))


def _enough_kinds(heading: re.Match[str] | None, items: list[str], *, plain: bool) -> bool:
    """Whether a heading's items are extras rather than a site's menu ("Features", "Trailers",
    "News"): unbulleted lines need two items naming a kind of extra and mostly several words
    each; under a bare "Features" heading only bullets count, half of them naming a kind."""
    kinds = sum(_kind_parts(text) for text in items)
    one_word = sum(1 for text in items if len(text.split()) == 1)
    weak = bool(heading) and heading.group("word").lower() == "features" and not re.search(r"extra|special|bonus", heading.group("lead"), re.IGNORECASE)
    if weak and (plain or 2 * kinds < len(items) or one_word == len(items)):
        return False
    return not plain or (kinds >= MIN_UNHEADED_KIND_ITEMS and 2 * one_word <= len(items))


def _line_span(doc: Document, index: int) -> Span:
    """The span of the sentence a line's text starts with."""
    line = doc.line_text(index)
    return doc.span_at(doc.lines[index][0] + len(line) - len(line.lstrip()))


def _block_items(doc: Document, heading: int, *, bullet_indent: int | None, bullets_only: bool) -> list[tuple[int, str, str]]:
    """(line, text, form) of the items that follow a heading line."""
    items: list[tuple[int, str, str]] = []
    mode, blanks, intro_lines = None, 0, 0
    for index in range(heading + 1, len(doc.lines)):
        line = doc.line_text(index)
        if not line.strip():
            blanks += 1
            if (mode == "plain") or (mode is None and blanks > MAX_BLANKS_AFTER_HEADING):
                break
            continue
        bullet = _BULLET_LINE.match(line)
        if bullet:
            if bullet_indent is not None and len(bullet.group("indent")) <= bullet_indent:
                break  # a sibling of a bulleted "• Extras:" label, not an item under it
            if mode == "plain":
                break
            if _ends_extras_list(bullet.group("item")):
                break  # "• Rating: 3/5": the next spec field, not an extra
            mode = "bullet"
            item = _title_of_long_item(bullet.group("item").strip())
            if len(item.split()) <= MAX_ITEM_WORDS:
                items.append((index, item, BULLET))
            continue
        if mode == "bullet" or bullets_only or bullet_indent is not None:
            break
        text = line.strip()
        if _ends_extras_list(text):
            break
        if _is_run_on_list(text):
            mode = "plain"
            items.append((index, text, RUN_ON))
            continue
        if _is_prose_line(doc, index) or _ABSENT_CLAUSE.search(text):
            intro_lines += 1
            if items or intro_lines > MAX_INTRO_PROSE_LINES:
                break
            continue  # a paragraph introducing the list
        if _SUB_HEADING.match(text):
            continue
        mode = "plain"
        items.append((index, text, LINE))
    if intro_lines and mode == "plain" and len(items) < MIN_ITEMS_AFTER_PROSE:
        return []  # a caption or two after a paragraph about the extras, not a list
    return items


# "Title (HD, 24 min) – A long description of what the extra shows ...": the title, when the
# whole item is too long to be one name.
_TITLE_BEFORE_DESCRIPTION = re.compile(r"^(?P<title>.{3,120}?)(?:\s+\([^()]*\))?\s*(?:\s[–—-]\s|:\s)")


def _title_of_long_item(item: str) -> str:
    if len(item.split()) <= MAX_ITEM_WORDS:
        return item
    m = _TITLE_BEFORE_DESCRIPTION.match(item)
    return m.group("title") if m else item


def _ends_extras_list(text: str) -> bool:
    """A spec label, another section's heading or another extras heading."""
    label = _LABEL_LINE.match(text)
    if label and label.group("label").lower() in LABELS and LABELS[label.group("label").lower()] != "extras":
        return True
    if _EXTRA_KIND.search(text):
        return False  # "Director's Commentary", "Studio Tour Featurette": an extra
    return bool(_SECTION_LINE.match(text) or _STOP_LABEL.match(text) or _EXTRAS_HEADING.match(text))


MAX_PLAIN_LINE_WORDS = 24
MAX_TITLE_LINE_WORDS = 12  # "Strike! (A 50 minute documentary ...)" is one item, though two sentences


def _is_prose_line(doc: Document, index: int) -> bool:
    """A line of running prose (several sentences, or long), not one item of a list."""
    start, end = doc.lines[index]
    line = doc.text[start:end].strip()
    words = len(line.split())
    if words > MAX_PLAIN_LINE_WORDS or _OPENS_A_CLAUSE.match(line):
        return True
    return words > MAX_TITLE_LINE_WORDS and sum(1 for s in doc.sentences if start <= s.start < end) > 1


# A sentence, not a title: a verb within its first few words ("The extras are thin.").
_OPENS_A_CLAUSE = re.compile(r"^(?:[\w'-]+\s+){1,4}(?:is|are|was|were|has|have|had|gets?|offers?|includes?)\b(?!-)")


# A description after an item's title on its own line: "Title a 54 minute study of ...", and a
# running time or format note in brackets: "(15 Mins, HD)", "(About 3 minutes)".
_RUNNING_NOTE = re.compile(
    r"\s*\((?:about |approx\.? |approximately |an? )?\d+(?:\s*(?:hrs?|hours?)\s*\d*)?\s*(?:-\s*)?(?:mins?|minutes?|hrs?|hours?)\b[^)]*\)?\s*\.?$",
    re.IGNORECASE,
)
_TITLE_THEN_DESCRIPTION = re.compile(r"^(?P<title>[A-Z0-9\"'].*?[a-z0-9\"'])\s+(?:an?\s+)\d+[- ]min(?:ute)?s?\b.*$")


def _title_of_plain_line(text: str) -> str:
    text = _RUNNING_NOTE.sub("", text).strip()
    m = _TITLE_THEN_DESCRIPTION.match(text)
    return m.group("title") if m else text.rstrip(".")


def _cut_to_kind_dash(texts) -> list[str]:
    """In a list of "Kind-Title" items, a line that a flattened table glued to another cell
    ("Category Crime Audio Commentary-Name") starts at its kind."""
    texts = list(texts)
    if sum(1 for t in texts if _KIND_DASH_TITLE.match(t)) < 2:
        return texts
    cut = []
    for text in texts:
        m = _KIND_DASH_TITLE.search(text)
        if m and m.start() > 0 and len(text[: m.start()].split()) <= 3:
            text = text[m.start() :]
        cut.append(text)
    return cut


_FEATURES_LABEL = re.compile(r"^\s*features?\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)


def _features_label_line(doc: Document, listed_lines: set[int]) -> list[Claim[str]]:
    """"Features: Audio Commentaries, Featurettes, Theatrical Trailer" in a spec block: a list
    only when one of its items names a kind of extra ("Features: See Review" is none)."""
    claims = []
    for index, (start, end) in enumerate(doc.lines):
        m = _FEATURES_LABEL.match(doc.text[start:end])
        if not m or index in listed_lines or not _is_item_list(m.group("value")):
            continue
        items = _feature_items(m.group("value"), doc.span_at(start + m.start("value")), inline=True)
        if any(_EXTRA_KIND.search(c.value) for c in items):
            listed_lines.add(index)
            claims.extend(items)
    return claims


# ------------------------------------------------ extras listed without a heading

MIN_UNHEADED_KIND_ITEMS = 2


def _unheaded_bullet_features(doc: Document, listed_lines: set[int]) -> list[Claim[str]]:
    """A bulleted list with no extras heading whose items mostly name kinds of extra
    ("• Trailers", "• Audio Commentary by ...", "• Documentary on ..."): those items, while
    menus, chapters, booklets and spec lines ("• 1080p High Definition") beside them are left out."""
    claims: list[Claim[str]] = []
    for run in _bullet_runs(doc):
        if any(index in listed_lines for index, _ in run):
            continue
        kinds = [(i, text) for i, text in run if _names_kind_only(text)]
        counted = [text for _, text in run if not (_NOT_A_FEATURE.search(text) or _names_a_spec(text))]
        if len(kinds) < MIN_UNHEADED_KIND_ITEMS or 2 * len(kinds) < len(counted):
            continue
        for i, text in kinds:
            listed_lines.add(i)
            claims.extend(_feature_items(text, _line_span(doc, i), inline=False))
    return claims


def _names_kind_only(text: str) -> bool:
    """An item naming a kind of extra, not a spec line, an opinion ("The commentary is dull")
    or a missing extra."""
    return bool(_EXTRA_KIND.search(text)) and not (_names_a_spec(text) or _ABSENT_CLAUSE.search(text) or _IS_CLAUSE.search(text))


_IS_CLAUSE = re.compile(r"\b(?:is|are|was|were|isn't|aren't|looks?|sounds?|feels?)\b", re.IGNORECASE)


def _bullet_runs(doc: Document) -> list[list[tuple[int, str]]]:
    """Runs of bulleted lines (blank lines may stand between them)."""
    runs, run = [], []
    for index in range(len(doc.lines)):
        line = doc.line_text(index)
        if not line.strip():
            continue
        m = _BULLET_LINE.match(line)
        if m:
            run.append((index, m.group("item").strip()))
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _names_a_spec(text: str) -> bool:
    """An item naming a codec, a ratio or a resolution is a spec line ("English DD 2.0 commentary")."""
    return bool(_AUDIO_RE.search(text) or _RATIO_RE.search(text) or _RESOLUTION_RE.search(text))


MIN_SPEC_RUN_LINES = 3
MAX_SPEC_RUN_ITEM_WORDS = 16


def _spec_block_run_features(doc: Document, listed_lines: set[int]) -> list[Claim[str]]:
    """A spec block ("Audio: ...", "Subtitles: ...") whose extras lost their label: a run of
    unlabelled short lines between two labelled ones, naming kinds of extra."""
    claims: list[Claim[str]] = []
    run: list[int] = []
    open_run = False  # the last line was labelled, or continued a run after one
    for index in range(len(doc.lines) + 1):
        line = doc.line_text(index).strip() if index < len(doc.lines) else ""
        labelled = bool(line) and _is_spec_label_line(line)
        if line and not labelled and open_run:
            run.append(index)
            continue
        texts = [doc.line_text(i).strip() for i in run]
        if (
            len(run) >= MIN_SPEC_RUN_LINES
            and not any(i in listed_lines for i in run)
            and all(len(t.split()) <= MAX_SPEC_RUN_ITEM_WORDS and not _is_prose_line(doc, i) for i, t in zip(run, texts))
            and sum(1 for t in texts if _names_kind_only(t)) >= MIN_UNHEADED_KIND_ITEMS
        ):
            for i, t in zip(run, texts):
                listed_lines.add(i)
                claims.extend(_feature_items(t, _line_span(doc, i), inline=False))
        run, open_run = [], labelled
    return claims


def _is_spec_label_line(line: str) -> bool:
    m = _LABEL_LINE.match(line)
    return bool(m) and m.group("label").lower() in LABELS


# "“A Ticking Clock” – the editor on the film's pace": a quoted title, a dash, and who or what
# the extra is about.
_QUOTED_TITLE_LINE = re.compile(r'^\s*"(?P<title>[^"]{2,80})"\s*[–—-]\s*(?P<about>\S.*)$')
_EXTRA_DESCRIPTION = re.compile(
    r"\b(?:on|about) the\b|\b(?:discuss(?:es)?|remembers?|recalls?|looks? at)\b|\b(?:historian|critic|scholar|"
    r"biographer|director|producer|editor|screenwriter|writer|actor|actress|author|filmmaker|cinematographer)\b",
    re.IGNORECASE,
)
# A song on a soundtrack listing, not an extra: '"Title" - performed by ...'.
_SONG_CREDIT = re.compile(r"\b(?:performed|sung|written|composed) by\b|\blyrics\b", re.IGNORECASE)
MIN_QUOTED_TITLE_LINES = 2


def _quoted_title_features(doc: Document, listed_lines: set[int]) -> list[Claim[str]]:
    """Consecutive lines of the boutique form '"Title" – Participant on the subject' after a
    line ending with a colon: each line one extra, whole."""
    claims: list[Claim[str]] = []
    index = 0
    while index < len(doc.lines):
        run = []
        while index < len(doc.lines):
            m = _QUOTED_TITLE_LINE.match(doc.line_text(index))
            if not (m and _EXTRA_DESCRIPTION.search(m.group("about")) and not _SONG_CREDIT.search(m.group("about"))):
                break
            run.append(index)
            index += 1
        if len(run) >= MIN_QUOTED_TITLE_LINES and _introduced_by_colon(doc, run[0]) and not any(i in listed_lines for i in run):
            for i in run:
                listed_lines.add(i)
                text = doc.line_text(i).strip()
                claims.extend(_feature_items(text, _line_span(doc, i), inline=False))
        index += 1
    return claims


def _introduced_by_colon(doc: Document, first: int) -> bool:
    """The list follows a line ending with a colon ("From the label:") or an extras heading,
    with at most one other short line ("Mastered from ...") between."""
    seen = 0
    for index in range(first - 1, max(-1, first - 6), -1):
        line = doc.line_text(index).strip()
        if not line:
            continue
        if line.endswith(":") or _EXTRAS_HEADING.match(line):
            return True
        seen += 1
        if seen > 1 or len(line.split()) > MAX_HEADING_WORDS:
            return False
    return False


_LIST_INTRO = re.compile(
    rf"(?i:\b{_EXTRAS_WORDS} (?:include[s]?|consists? of|comprises?|(?:is|are) limited to) )|\b(?:[Yy]ou (?:also )?get|[Aa]lso included (?:is|are)) |\b(?:[a-z]+|DVDs?|Blu-rays?|discs?):\s+(?=\S)"
)
# A list of noun phrases, not a clause: starts with an article or number, has no finite verb.
_NOUN_PHRASES = re.compile(r"(?:an?|the|\d+) (?!.*\b(?:is|are|was|were|has|have|had)\b)")
_SINGLE_INTRO = re.compile(
    r"^(?:[Tt]he (?:main event|big one|highlight|centerpiece|centrepiece|star attraction)) (?:is|are) (?P<item>[^;]+)"
)
_ONLY_FEATURE = Gated(re.compile(
    rf"\b[Tt]he (?:only|sole) (?:{_EXTRAS_WORDS}|feature)(?: [a-z]+){{0,3}} (?:is|are) (?:the |a |an )?(?P<item>[^,;]+)"
), needs=('he only ', 'he sole '))


_OPENS_WITH_EXTRAS = Gated(
    re.compile(rf"\W*(?:the )?{_EXTRAS_WORDS}\b", re.IGNORECASE),
    needs=("extra", "special feature", "bonus feature", "bonus material", "supplement"),
)


def _prose_features(doc: Document, listed_lines: set[int]) -> list[Claim[str]]:
    """Extras named in prose: "Extras carried over: a, b, and c.", "A runs ...; B covers ...",
    "The main event is a group commentary", "The only special feature is the trailer"."""
    claims: list[Claim[str]] = []
    # Each form below needs an extras word, a kind of extra or "the only": a page with none of
    # them (most pages not about a disc) has no sentence to read.
    if not (_EXTRAS_TALK.may_match(doc.text) or _EXTRA_KIND.may_match(doc.text) or _ONLY_FEATURE.may_match(doc.text)):
        return claims
    about_disc = _about_a_disc(doc)
    extras_from: dict[int, int] = {}
    extras_until: dict[int, int] = {}
    for s in doc.sentences:
        if s.line not in extras_from and _OPENS_WITH_EXTRAS.match(s.text):
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
        if sentence.line not in listed_lines:
            claims.extend(_listed_in_prose(sentence, about_disc=about_disc))
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
            item = _clean_feature(item, trim_to_title, whole=not inline)
            if item:
                claims.append(Claim(item, span, RUN_ON_WEIGHT if inline else LISTED_WEIGHT, "header"))
        previous = piece.strip()
    return claims


# "Behind the Matrix featurettes and Take the Red Pill": an "and" after a kind of extra and before a
# capital starts the next item; "Pan and the Fairies" or "commentary by A and B" stay whole.
_KIND_THEN_TITLE = re.compile(
    r"\b(?:featurettes|featurette|documentary|documentaries|commentary|commentaries|interviews|interview|"
    r"trailers|trailer|scenes|gallery|galleries|shorts|short|reel|outtakes|footage|essay|teasers|spots)(\s+and\s+)(?=[A-Z])"
)
# Cuts between the items of a run-on list; an "and" stays on its item, so "..., TV spots and a
# photo gallery" is two items, not a title and its appositive.
_COMMA_ITEMS = re.compile(r",\s+(?=(?:and |plus |along with )?(?:an? |the )?[\w\"'])|\s+(?=and (?:an?|the) [a-z])")


# "featurettes on the storm and interviews with the cast": an "and" between two kinds of extra.
_AND_ANOTHER_KIND = re.compile(
    r"\s+and\s+(?=(?:featurettes|documentaries|interviews|deleted scenes|outtakes|trailers|teasers|galleries|"
    r"storyboards|screen tests|(?:an? |the )?(?:featurette|documentary|interview|commentary|trailer|gallery))\b)"
)


def _split_after_kind(part: str) -> list[str]:
    """A list's last "Kind of extra and Title" cut into its two items, and "kind of extra on
    something and another kind" too."""
    m = _KIND_THEN_TITLE.search(part)
    if m:
        return [part[: m.start(1)], part[m.end(1) :]]
    m = _AND_ANOTHER_KIND.search(part)
    if m and _EXTRA_KIND.search(part, 0, m.start()) and len(part[: m.start()].split()) > 1:
        return [part[: m.start()], part[m.end() :]]
    return [part]


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


# How much of an extra there is, before what it is: "roughly 50 minutes of", "over an hour of".
_QUANTITY_OF = re.compile(
    r"^(?:roughly |about |nearly |over |some |almost |around |more than |close to )?(?:\d+|an?|one|two|three) "
    r"(?:minutes?|mins|hours?)(?: worth)? of\s+",
    re.IGNORECASE,
)


def _clean_feature(item: str, trim_to_title: bool, *, whole: bool = False) -> str | None:
    """The item as a name: edition markers, running times and articles off; a clause after a
    comma ("..., with ...") off too, unless the item stands whole on its own line."""
    item = re.sub(r"^(?:and|plus|then|also)\s+", "", item.strip())
    item = re.sub(r"^(?:New|All-new|Newly recorded)\s+(?=[a-z])", "", item)  # new to this edition, not part of the name
    item = _QUANTITY_OF.sub("", item)  # "roughly 50 minutes of featurettes ..." -> "featurettes ..."
    item = re.sub(r"\s*\((?:\d+:\d\d(?::\d\d)?|\d+)\)\s*$", "", item)  # running time, count
    item = re.sub(r"\s*\((?:HD|SD|1080[pi]|480[pi]|4K|UHD)\b[^()]*\)\s*$", "", item)  # "(HD)", "(HD, 24 min)"
    if not whole:
        item = re.sub(r", (?:with|narrated by|featuring|in which|each|which) .*$", "", item)
    item = re.sub(r",? among others$|^among others$|^and (?:more|others)$|^etc\.?$", "", item)
    if trim_to_title and item[:1].isupper():
        m = re.match(r"(.+?)\s+(?:runs|covers|looks|shows|is|are|features|offers|takes)\b", item)
        item = m.group(1) if m else item
    item = re.sub(r"^(?:an?|the)\s+(?=[a-z])", "", item).strip(" .,:")
    if _ABSENT_ITEM.match(item) or len(item) < 3 or len(item.split()) > (MAX_ITEM_WORDS if whole else MAX_INLINE_ITEM_WORDS):
        return None
    return item[0].upper() + item[1:] if item[0].islower() else item


# ------------------------------------------------ extras named in running prose

# "the extras ..., including A, B, and C": the list after an extras word and "including".
_EXTRAS_INCLUDING = Gated(re.compile(
    r"\b(?:extras|special features|bonus features|bonus material|bonus content|supplements)\b[^.;:]*?,?\s+"
    r"(?:including|such as|among them)\s+(?P<list>[^;]+?)\.?$",
    re.IGNORECASE,
), needs=('including', 'such as', 'among them'))
# "an audio commentary from writer/director A and composer B": the commentary and who gives it,
# up to the end of the clause.
_COMMENTARY_BY = Gated(re.compile(
    r"""\b(?P<item>(?:audio\ commentary|commentary\ track)\s+
        (?:from|by|with|featuring|provided\ by|recorded\ by)\s+(?P<who>[^.;:()]+?))
        (?=\s*(?:[.;:(]|$)|,\s|\s+(?:who|which|that|where|as|but|while)\b)""",
    re.IGNORECASE | re.VERBOSE,
), needs=('commentary',))
_PARTICIPANT = re.compile(
    r"\b(?:[A-Z][a-z]+|director|writer|writers|producer|producers|composer|editor|cast|crew|critic|historian|"
    r"scholar|filmmakers?|team|author|actors?|actress)\b"
)
MAX_PARTICIPANT_WORDS = 16
# "the four audio commentaries (director and writers, the design team, and the cast)": one
# commentary for each group in the brackets.
_COMMENTARY_GROUPS = Gated(re.compile(
    r"\b(?:(?P<count>two|three|four|five|six|[2-9]) )?(?:audio )?commentar(?:ies|y tracks)\b[^().;]{0,60}?\((?P<list>[^()]{5,200})\)",
    re.IGNORECASE,
), needs=('commentar',))
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
MAX_GROUP_WORDS = 8
# "two commentary tracks, one with the director and one with the cast": one commentary each.
_COMMENTARY_EACH = Gated(re.compile(
    r"\b(?:two|three|[23]) (?:audio )?commentar(?:ies|y tracks)\b[,:]?\s+(?P<list>one (?:with|by|from)\b.+?)\.?$",
    re.IGNORECASE,
), needs=('commentar',))
_EACH_ONE = re.compile(r"(?:^|,\s*|\s+and\s+)(?:one|another|the other|a third) (?P<prep>with|by|from) ", re.IGNORECASE)
# "one more featurette, "Title"", "the feature length documentary "Title"": a kind of extra
# and its quoted title (a documentary only where the sentence speaks of extras or the disc).
_KIND_AND_TITLE = Gated(re.compile(
    r'\b(?P<kind>(?:[\w-]+ ){0,3}?(?P<noun>featurettes?|documentary|short film))\s*,?\s*"(?P<title>[^"]{3,60})"',
    re.IGNORECASE,
), needs=('featurette', 'documentary', 'short film'))
_EXTRAS_TALK = Gated(re.compile(rf"\b(?:{_EXTRAS_WORDS}|disc|discs|included|includes)\b", re.IGNORECASE), needs=('extra', 'special feature', 'bonus feature', 'bonus material', 'supplement', 'disc', 'include'))
# "there's the commentary with A, a second commentary with B, trailers, TV spots": a verb that
# offers a list, every item of which names a kind of extra.
_OFFERS_LIST = Gated(re.compile(
    r"\b(?:(?P<there>there's|there is|there are|you get|you also get)|includes?|offers?|boasts?|comes with|come with|"
    r"features|carries|adds?)\s+(?P<list>.+?)\.?$",
    re.IGNORECASE,
), needs=("there's", 'there is', 'there are', 'you get', 'you also get', 'include', 'offer', 'boast', 'comes with', 'come with', 'features', 'carries', 'add'))
# What offers the list, for a verb other than "there's": the disc, the set, the release.
_DISC_SUBJECT = re.compile(r"\b(?:disc|discs|release|set|edition|blu-ray|dvd|package|extras|supplements)\b", re.IGNORECASE)
# The kind of extra as the item's head: at its end or before who or what it is about
# ("commentary with the producer", "TV spots"), not "a documentary feel".
_KIND_AS_HEAD = re.compile(
    rf"(?:{_EXTRA_KIND.pattern}|{_MINOR_KIND.pattern})(?:\s*$|\s+(?:with|by|from|featuring|for|of|on|about)\b|,)",
    re.IGNORECASE | re.VERBOSE,
)
MIN_PROSE_LIST_ITEMS = 3
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|that|which|who|will|would|can|could)\b", re.IGNORECASE)
# A clause saying the thing is not on this disc, or was on an older one.
_ABSENT_CLAUSE = re.compile(
    r"\b(?:no|none|not|never|without|lacks?|lacking|missing|absent|dropped|omitted|gone|excluded|left off|no longer|"
    r"instead of|rather than|unlike)\b|n't\b|\b(?:old|older|previous|earlier|prior|original|out-of-print) (?:dvd|disc|release|edition|blu-ray)s?\b",
    re.IGNORECASE,
)
_CLAUSE_EDGE = re.compile(r"[.;!?]|,? but\b|\bwhile\b|\balthough\b|\bthough\b|\bwhereas\b|\bexcept\b", re.IGNORECASE)


def _clause_absent(text: str, start: int, end: int, *, after_comma: bool = False) -> bool:
    """True when the clause holding text[start:end] says it is absent or from an older disc
    (with `after_comma`, the clause starts after the last comma: "as if that wasn't enough,
    there's one more featurette")."""
    edge = re.compile(_CLAUSE_EDGE.pattern + "|,", re.IGNORECASE) if after_comma else _CLAUSE_EDGE
    before = [m.end() for m in edge.finditer(text, 0, start)]
    after = _CLAUSE_EDGE.search(text, end)
    clause = text[before[-1] if before else 0 : after.start() if after else len(text)]
    return bool(_ABSENT_CLAUSE.search(clause))


def _listed_in_prose(sentence: Sentence, *, about_disc: bool) -> list[Claim[str]]:
    """Extras a prose sentence names: a list after "extras ... including", a commentary and who
    gives it, a commentary per bracketed group, and a list offered by a verb whose every item
    names a kind of extra."""
    text, span = sentence.text, sentence.span
    claims: list[Claim[str]] = []
    if not (_EXTRAS_TALK.search(text) or _EXTRA_KIND.search(text)):
        return claims  # every rule below needs a kind of extra or the word "extras"
    m = _EXTRAS_INCLUDING.search(text)
    if m and not _FINITE_VERB.search(m.group("list")) and not _clause_absent(text, m.start(), m.start("list")):
        claims.extend(_feature_items(m.group("list"), span, inline=True))
    if not about_disc:
        return claims
    for m in _COMMENTARY_BY.finditer(text):
        who = m.group("who")
        if _PARTICIPANT.search(who) and len(who.split()) <= MAX_PARTICIPANT_WORDS and not _clause_absent(text, m.start(), m.end()):
            claims.extend(_feature_items(m.group("item"), span, inline=False))
    for m in _COMMENTARY_GROUPS.finditer(text):
        groups = [g.strip() for g in re.split(r",\s*(?:and\s+)?|;\s*", m.group("list")) if g.strip()]
        count = m.group("count")
        expected = _COUNT_WORDS.get(count.lower(), int(count) if count and count.isdigit() else 0) if count else 0
        if len(groups) < 2 or (expected and expected != len(groups)) or _clause_absent(text, m.start(), m.end()):
            continue
        if all(len(g.split()) <= MAX_GROUP_WORDS and not re.search(r"\d", g) for g in groups):
            claims.extend(Claim(f"Audio commentary by {g}", span, RUN_ON_WEIGHT, "prose") for g in groups)
    m = _COMMENTARY_EACH.search(text)
    if m and not _clause_absent(text, m.start(), m.start("list")):
        claims.extend(_each_commentary(m.group("list"), span))
    for m in _KIND_AND_TITLE.finditer(text):
        about_extras = m.group("noun").lower().startswith("featurette") or _EXTRAS_TALK.search(text)
        if about_extras and not _clause_absent(text, m.start(), m.end(), after_comma=True):
            kind = re.sub(r"^(?:(?:the|a|an|one|more|another|yet|also|new)\s+)+", "", m.group("kind"), flags=re.IGNORECASE)
            claims.append(Claim(_capitalised(f'{kind} "{m.group("title")}"'), span, RUN_ON_WEIGHT, "prose"))
    m = _OFFERS_LIST.search(text)
    if m and not claims and (m.group("there") or _DISC_SUBJECT.search(text, 0, m.start())) and _offered_list(m.group("list")):
        items = _feature_items(m.group("list"), span, inline=True)
        every_item_an_extra = len(items) >= MIN_PROSE_LIST_ITEMS and all(_KIND_AS_HEAD.search(c.value) for c in items)
        if every_item_an_extra and not _clause_absent(text, m.start(), m.end()):
            claims.extend(items)
    return claims


def _each_commentary(text: str, span: Span) -> list[Claim[str]]:
    """"one with A and one with B" -> "Commentary with A", "Commentary with B"."""
    cuts = list(_EACH_ONE.finditer(text))
    claims = []
    for i, cut in enumerate(cuts):
        who = text[cut.end() : cuts[i + 1].start() if i + 1 < len(cuts) else len(text)].strip(" ,")
        if _PARTICIPANT.search(who) and len(who.split()) <= MAX_PARTICIPANT_WORDS:
            claims.append(Claim(f"Commentary {cut.group('prep').lower()} {who}", span, RUN_ON_WEIGHT, "prose"))
    return claims


def _capitalised(text: str) -> str:
    return text[0].upper() + text[1:] if text[:1].islower() else text


def _offered_list(text: str) -> bool:
    """A list of noun phrases: no finite verb and no codec or ratio in it."""
    return not _FINITE_VERB.search(text) and not _names_a_spec(text)


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
        if sentence.para not in disc_paras and _DISC_WORDS.search(sentence.text):
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


_DISC_WORDS = Gated(re.compile(
    r"\b(?:disc|blu-ray|transfer|encode|presentation|4k|uhd|1080p|2160p|scan|hdr|dolby vision|remaster|restoration|"
    r"lossless|dts|atmos|truehd|pcm|codec)\b",
    re.IGNORECASE,
), needs=('disc', 'blu-ray', 'transfer', 'encode', 'presentation', '4k', 'uhd', '1080p', '2160p', 'scan', 'hdr', 'dolby vision', 'remaster', 'restoration', 'lossless', 'dts', 'atmos', 'truehd', 'pcm', 'codec'))
_PICTURE_QUALITIES = Gated(re.compile(
    r"\b(?:grain|sharpness|detail|black levels?|colou?rs?|saturation|skin tones?|flesh tones?|contrast|compression|"
    r"artefacts?|artifacts?|banding|dnr|noise reduction|smoothing|shadow detail|clarity)\b",
    re.IGNORECASE,
), needs=('grain', 'sharpness', 'detail', 'black level', 'colo', 'saturation', 'skin tone', 'flesh tone', 'contrast', 'compression', 'artefact', 'artifact', 'banding', 'dnr', 'noise reduction', 'smoothing', 'clarity'))
_SOUND_QUALITIES = Gated(re.compile(
    r"\b(?:dialogue|fidelity|surrounds?|lfe|low end|bass|soundstage|sound stage|mix|dynamic range|rear channels?|subwoofer)\b",
    re.IGNORECASE,
), needs=('dialogue', 'fidelity', 'surround', 'lfe', 'low end', 'bass', 'soundstage', 'sound stage', 'mix', 'dynamic range', 'rear channel', 'subwoofer'))


_PICTURE_SUBJECT = Gated(re.compile(r"\b(?:transfer|picture|image|encode|grain|black levels|colou?rs?|detail|sharpness)\b", re.IGNORECASE), needs=('transfer', 'picture', 'image', 'encode', 'grain', 'black levels', 'colo', 'detail', 'sharpness'))
_PICTURE_CARRIER = Gated(re.compile(r"\b(?:disc|blu-ray|transfer|encode|presentation|4k|1080p|2160p)\b", re.IGNORECASE), needs=('disc', 'blu-ray', 'transfer', 'encode', 'presentation', '4k', '1080p', '2160p'))
_SOUND_SUBJECT = Gated(re.compile(r"\b(?:mix|soundtrack|audio|track|lossless|surround|dialogue)\b", re.IGNORECASE), needs=('mix', 'soundtrack', 'audio', 'track', 'lossless', 'surround', 'dialogue'))
_SOUND_CARRIER = Gated(re.compile(r"\b(?:mix|track|channel|lossless|dts|dolby|atmos|pcm)\b", re.IGNORECASE), needs=('mix', 'track', 'channel', 'lossless', 'dts', 'dolby', 'atmos', 'pcm'))


@lru_cache(maxsize=512)  # asked twice of a paragraph's first sentence
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
