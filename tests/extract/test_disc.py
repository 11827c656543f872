"""Disc video, audio, subtitles, special features and verdicts (bot.extract.disc)."""

from bot.extract import extract_document

SPEC_BLOCK = """Stone Bridge (Blu-ray) Review

Video: 1080p MPEG-4 AVC, 1.85:1
Audio: English DTS-HD Master Audio 5.1, French Dolby Digital 5.1
Subtitles: English SDH, Spanish
Extras:
• Audio commentary by Anna Kowalski
• Building the Bridge (27:17)
• Theatrical trailer

VIDEO: The transfer is a clear step up, with solid black levels.

EXTRAS: Collectors will still miss the old laserdisc commentary, which is not included.
"""


def test_spec_block():
    facts = extract_document(SPEC_BLOCK)
    assert (facts.video.resolution, facts.video.codec, facts.video.aspect_ratios) == ("1080p", "MPEG-4 AVC", ("1.85:1",))
    assert [(a.codec, a.channels, a.language) for a in facts.audio] == [
        ("DTS-HD Master Audio", "5.1", "English"),
        ("Dolby Digital", "5.1", "French"),
    ]
    assert [s.value for s in facts.subtitles] == ["English SDH", "Spanish"]
    assert [f.value for f in facts.special_features] == [
        "Audio commentary by Anna Kowalski",
        "Building the Bridge",
        "Theatrical trailer",
    ]
    assert [v.topic for v in facts.verdicts] == ["video"]


def test_prose_4k_review_with_a_core_track_and_shared_dubs():
    facts = extract_document(
        "The disc offers an HEVC-encoded 2160p presentation with Dolby Vision and HDR10, framed at 2.39:1 "
        "(the film was shot for 2.20:1 theatrical presentation). Sound comes via a Dolby Atmos track "
        "(TrueHD 7.1 core) in English, with French and Spanish dubs in Dolby Digital 5.1. The Atmos mix is superb."
    )
    v = facts.video
    assert (v.resolution, v.codec, v.aspect_ratios, v.hdr) == ("2160p", "HEVC", ("2.39:1",), ("Dolby Vision", "HDR10"))
    assert [(a.codec, a.channels, a.language) for a in facts.audio] == [
        ("Dolby Atmos", "7.1", "English"),
        ("Dolby Digital", "5.1", "French"),
        ("Dolby Digital", "5.1", "Spanish"),
    ]


def test_old_release_line_does_not_describe_the_disc():
    facts = extract_document("OLD: 1080p VC-1, 1.85:1, Dolby TrueHD 5.1.\nNEW: 2160p HEVC, 1.85:1, English Dolby Atmos.")
    assert (facts.video.resolution, facts.video.codec) == ("2160p", "HEVC")
    assert [a.codec for a in facts.audio] == ["Dolby Atmos"]


def test_extras_in_prose():
    facts = extract_document(
        "Extras carried over: a picture-in-picture trivia track, an interview with the editor, and the theatrical trailer.\n"
        "The only special feature on the other disc is the Trailer in HD."
    )
    assert [f.value for f in facts.special_features][:3] == [
        "Picture-in-picture trivia track",
        "Interview with the editor",
        "Theatrical trailer",
    ]


def test_no_disc_no_specs():
    facts = extract_document("Stone Bridge is a 1983 drama. It is streaming in HD | CC now.")
    assert (facts.video, facts.audio, facts.special_features) == (None, [], [])


def test_formats_and_extras_said_to_be_absent_are_not_extracted():
    facts = extract_document(
        "Video: 2160p HEVC, 2.39:1, HDR10. No Dolby Vision on this disc, and there's no HDR10+ either.\n"
        "The disc lacks a DTS-HD Master Audio track; audio is English Dolby Digital 5.1.\n"
        "Extras: no commentary, a making-of featurette, the trailer."
    )
    assert facts.video.hdr == ("HDR10",)
    assert [a.codec for a in facts.audio] == ["Dolby Digital"]
    assert [f.value for f in facts.special_features] == ["Making-of featurette", "Trailer"]


def test_verdicts_inside_a_prose_paragraph_about_the_disc():
    facts = extract_document(
        "The new scan comes from the camera negative, and the disc shows it. Grain is fine and evenly "
        "resolved. Skin tones look natural. Dialogue is clear and the surrounds are lively.\n\n"
        "The colours of the costumes are gorgeous in the ballroom scene."
    )
    assert [(v.topic, v.text[:12]) for v in facts.verdicts] == [
        ("video", "Grain is fin"),
        ("video", "Skin tones l"),
        ("audio", "Dialogue is "),
    ]


def test_mono_tracks_with_and_without_a_stated_codec():
    facts = extract_document("Salt Marsh [Blu-ray]\n\nAudio: English DTS-HD Master Audio 5.1, English mono (Dolby Digital 1.0), French mono")
    # A bare "French mono" states no codec, and a track's codec is required: it is left out.
    assert [(a.codec, a.channels, a.language) for a in facts.audio] == [
        ("DTS-HD Master Audio", "5.1", "English"),
        ("Dolby Digital", "1.0", "English"),
    ]


def test_bulleted_special_features_are_whole_items_without_edition_markers():
    facts = extract_document(
        "Salt Marsh [Blu-ray]\n\nSpecial features\n* New 4K digital restoration, with uncompressed monaural soundtrack\n"
        "* New interview with critic Ona Reyes\n* Harbour Lights, a 1998 short film by Tomas Lind\n* Trailer\n"
    )
    assert [f.value for f in facts.special_features] == [
        "Interview with critic Ona Reyes",
        "Harbour Lights, a 1998 short film by Tomas Lind",
        "Trailer",
    ]


def test_extras_run_into_a_spec_paragraph_are_items_up_to_the_next_label():
    text = (
        "Salt Marsh (2004) [Blu-ray]\n\nDisc features: 1080p AVC, 2.39:1; English DTS-HD Master Audio 5.1. "
        "Bonus features: Audio commentary by Ines Baro, The Tide documentary, deleted scenes. Runtime: 118 minutes. Region B.\n\n"
        "Customers also bought: Low Water (2009), Dry Dock (2011)\n"
    )
    facts = extract_document(text)
    assert [f.value for f in facts.special_features] == ["Audio commentary by Ines Baro", "The Tide documentary", "Deleted scenes"]
    assert (facts.year, facts.runtime_min) == (2004, 118)


def test_a_clause_after_an_extras_label_is_not_cut_into_items():
    text = "Salt Marsh (2004)\n\nRegion B. Extras: The commentary is rowdy, funny, and long, and Ines Baro gets lost in it."
    assert extract_document(text).special_features == []


def test_boutique_spec_lines_with_channels_and_languages_around_the_codec():
    text = (
        "Salt Marsh (1977) - Limited Edition Blu-ray\n\n"
        "- Original uncompressed mono PCM audio in Italian and English\n"
        "- 5.1 Italian and English DTS-HD Master Audio\n"
    )
    tracks = [(a.codec, a.channels, a.language) for a in extract_document(text).audio]
    assert tracks == [
        ("LPCM", "1.0", "Italian"), ("LPCM", "1.0", "English"),
        ("DTS-HD Master Audio", "5.1", "Italian"), ("DTS-HD Master Audio", "5.1", "English"),
    ]


def _features(text: str) -> list[str]:
    return [f.value for f in extract_document(text).special_features]


def test_prose_extras_closed_by_and_after_a_kind_of_extra():
    text = "Stone Bridge Blu-ray\n\nSpecial features include the Crossing commentary, Building the Bridge featurettes and Ferry Tales."
    assert _features(text) == ["The Crossing commentary", "Building the Bridge featurettes", "Ferry Tales"]


def test_extra_titled_with_and_stays_whole_and_short_indefinite_items_count():
    text = "Stone Bridge (1983)\n\nThe set is generous. Extras: a commentary by Anna Kowalski, Rust and the Ravens, a video comic, and a gallery."
    assert _features(text) == ["Commentary by Anna Kowalski", "Rust and the Ravens", "Video comic", "Gallery"]


def _tracks(text: str) -> list[tuple]:
    return [(a.codec, a.channels, a.language) for a in extract_document(text).audio]


def test_a_bare_dts_hd_stays_the_family_and_a_later_remark_adds_no_track():
    text = "Salt Marsh Blu-ray\n\nThe film sounds better than ever thanks to this 5.1 DTS-HD audio track. The DTS-HD mix is loud."
    assert _tracks(text) == [("DTS-HD", "5.1", None)]
    assert _tracks("Salt Marsh 4K\n\nAudio: Dolby Atmos TrueHD, DTS HD 5.1") == [("Dolby Atmos", None, None), ("DTS-HD", "5.1", None)]


def test_short_and_plus_spellings_of_dolby_digital():
    assert _tracks("Salt Marsh HD DVD\n\nDolby Digital+ 5.1") == [("Dolby Digital Plus", "5.1", None)]
    text = "Salt Marsh Blu-ray\n\nAudio: English DTS-HD Master Audio 5.1 remixed from the mono original, DD 5.1 or mono"
    assert _tracks(text) == [("DTS-HD Master Audio", "5.1", "English"), ("Dolby Digital", "5.1", None)]


def test_commentary_tracks_subtitles_and_repeats_are_no_soundtracks():
    text = (
        "Salt Marsh (Blu-ray)\n\nVideo Audio\nEnglish Dolby TrueHD 5.1\nItalian Dolby Digital 5.1\n"
        "English Audio Commentary Dolby Digital 2.0\n"
    )
    assert _tracks(text) == [("Dolby TrueHD", "5.1", "English"), ("Dolby Digital", "5.1", "Italian")]
    spec = "Salt Marsh Blu-ray\n\nAudio: LPCM 5.1 English; Dolby Digital 5.1 English, Italian\nSubtitles: English, Italian"
    assert _tracks(spec) == [("LPCM", "5.1", "English"), ("Dolby Digital", "5.1", "English"), ("Dolby Digital", "5.1", "Italian")]
    assert _tracks("Salt Marsh Blu-ray\n\nAudio: Dolby Digital 5.1, English and Italian subtitles") == [("Dolby Digital", "5.1", None)]
    comparison = (
        "Salt Marsh: two discs compared\n\nFirst disc audio: DTS-HD Master Audio English 5.1 / 48 kHz\n"
        "Second disc audio: DTS-HD Master Audio English 5.1 / 48 kHz (DTS Core: 5.1 / 48 kHz)\n"
    )
    assert _tracks(comparison) == [("DTS-HD Master Audio", "5.1", "English")]


def test_a_format_named_for_the_release_is_its_sound():
    text = "Salt Marsh still grips, and this new 4K/Dolby Vision/Dolby Atmos release lets the score shine at home."
    assert _tracks(text) == [("Dolby Atmos", None, None)]


def test_loosely_written_resolutions_and_ratios():
    facts = extract_document("Salt Marsh (1977) 4k Blu-ray Review\n\nThe new 4k Blu-ray arrived this week.")
    assert facts.video.resolution == "2160p"
    v = extract_document("Salt Marsh Blu-ray\n\nThe picture is full 1080P, in the 1:85:1 aspect ratio.").video
    assert (v.resolution, v.aspect_ratios) == ("1080p", ("1.85:1",))
    v = extract_document("Salt Marsh 4K\n\nVideo: 2160p/Widescreen 2.40\nAudio: English Dolby Atmos").video
    assert v.aspect_ratios == ("2.40:1",)
    # a running time is not a ratio
    assert extract_document("Salt Marsh Blu-ray\n\nRuntime: 1:45:10. Picture: 1080p.").video.aspect_ratios == ()


def test_a_film_databases_theatrical_ratio_is_no_disc_spec():
    page = (
        "Salt Marsh (1977)\n\nDuration\n1h 45m\nSound\nMono\nColor\nColor (Eastmancolor)\n"
        "Theatrical Aspect Ratio\n1.37 : 1, 1.85 : 1\n"
    )
    assert extract_document(page).video is None
    disc = page + "\nThe Blu-ray: 1080p AVC, English LPCM 1.0.\n"
    assert extract_document(disc).video.aspect_ratios == ("1.37:1", "1.85:1")


def test_a_ratio_on_a_page_that_never_talks_of_a_disc_is_no_disc_spec():
    listing = "Salt Marsh\n\nDirected by: Ines Baro  1 hour, 58 minutes  1977  FR  Color  Blu-ray  1.66:1\nStarring: Ona Reyes\n"
    assert extract_document(listing).video is None
    review = "Salt Marsh (Blu-ray)\n\nThe new edition is framed at 1.66:1 and the grain is intact."
    assert extract_document(review).video.aspect_ratios == ("1.66:1",)


def test_a_film_databases_sound_mix_and_a_cinemas_sound_are_no_disc_tracks():
    specs = "Salt Marsh (1977) - Technical Specifications\n\nSound Mix: Dolby Digital | DTS | SDDS\nAspect Ratio: 2.39 : 1\nCamera: Arri\n"
    facts = extract_document(specs)
    assert (facts.audio, facts.video) == ([], None)
    assert extract_document("Salt Marsh opened in 70mm with six-track sound and a DTS mix in some theaters.").audio == []


def test_the_base_layer_in_brackets_is_the_same_track_and_original_frames_give_way():
    text = "Salt Marsh 4K\n\nAudio Formats: English Dolby Atmos (Dolby TrueHD 7.1 compatible), French DTS 5.1\n"
    assert _tracks(text) == [("Dolby Atmos", "7.1", "English"), ("DTS", "5.1", "French")]
    dvd = extract_document("Salt Marsh DVD\n\nAspect ratio: 1.78:1 anamorphic (original 1.85:1), NTSC 480i\n").video
    assert dvd.aspect_ratios == ("1.78:1",)
    shot = extract_document("Salt Marsh Blu-ray\n\nThe film was shot in 1.37:1 but is shown here at 1.33:1 in 1080p.").video
    assert shot.aspect_ratios == ("1.33:1",)
