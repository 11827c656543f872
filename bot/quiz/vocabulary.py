"""Real disc formats and common extras, for wrong options when the corpus has too few.

These are general home-video vocabulary, not facts about any film: a question's right answer
always comes from the stored facts, and any entry here that matches one of the film's own
facts is filtered out before it is offered as a wrong option.
"""

from __future__ import annotations

from bot.quiz.matching import normalise

# Aspect ratios used for theatrical and television releases.
ASPECT_RATIOS: tuple[str, ...] = (
    "1.33:1", "1.37:1", "1.43:1", "1.66:1", "1.78:1", "1.85:1", "1.90:1",
    "2.00:1", "2.20:1", "2.35:1", "2.39:1", "2.55:1", "2.76:1",
)

# Audio codecs found on DVD, Blu-ray and UHD discs.
AUDIO_CODECS: tuple[str, ...] = (
    "DTS-HD Master Audio", "DTS-HD High Resolution Audio", "DTS:X", "DTS",
    "Dolby TrueHD", "Dolby Atmos", "Dolby Digital", "Dolby Digital Plus",
    "LPCM", "Dolby Digital Surround",
)

# Other names of a codec, and the base track an object-audio layer rides on (an Atmos disc
# carries TrueHD, a DTS:X disc DTS-HD MA): keys and values are `normalise`d names.
_CODEC_BASES = {
    "lpcm": "pcm", "linear pcm": "pcm", "uncompressed pcm": "pcm",
    "dts hd ma": "dts hd master audio", "dts x": "dts hd master audio",
    "dolby atmos": "dolby truehd", "truehd": "dolby truehd", "atmos": "dolby truehd",
    "dd": "dolby digital", "ac 3": "dolby digital", "ac3": "dolby digital",
    "e ac 3": "dolby digital plus", "eac3": "dolby digital plus", "ddp": "dolby digital plus",
}


def canonical_codec(name: str) -> str:
    """The codec's usual name, so that two spellings of one format are never both options."""
    key = normalise(name)
    return _CODEC_BASES.get(key, key)


# Extras as disc menus commonly name them.
SPECIAL_FEATURES: tuple[str, ...] = (
    "Audio commentary with the director", "Deleted scenes", "Theatrical trailer",
    "Making-of featurette", "Isolated score track", "Storyboard comparisons",
    "Photo gallery", "Gag reel", "Alternate ending", "Behind-the-scenes featurette",
    "Cast and crew interviews", "TV spots", "Screen tests", "Trivia track",
)
