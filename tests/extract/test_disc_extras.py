"""Special features in the page forms real disc pages use (bot.extract.disc): headings with
bullets or one extra a line, lists that lost their heading, and extras named in prose."""

from bot.extract import extract_document


def _features(text: str) -> list[str]:
    return [f.value for f in extract_document(text).special_features]


# ---------------------------------------------------------------- headings


def test_heading_without_colon_keeps_long_bullets_whole_and_drops_printed_matter():
    text = (
        "Harbour Lights (1961) - Blu-ray\n\n"
        "SPECIFICATIONS\n  • 1.66:1 Widescreen\n  • English LPCM Mono\n"
        "SPECIAL FEATURES\n"
        "  • New program on the film's night photography, featuring camera operator Lena Bright and gaffer Tom Ash, "
        "as well as excerpts from a 1975 radio interview with cinematographer Paul Reyes\n"
        "  • Interview with actor Ivo Marsh about the sound mix, which he oversaw\n"
        "  • An essay by critic Dana Holt and a reprinted piece from a 1962 trade magazine\n"
    )
    assert _features(text) == [
        (
            "Program on the film's night photography, featuring camera operator Lena Bright and gaffer Tom Ash, "
            "as well as excerpts from a 1975 radio interview with cinematographer Paul Reyes"
        ),
        "Interview with actor Ivo Marsh about the sound mix, which he oversaw",
    ]


def test_bare_features_heading_needs_bullets_naming_kinds_of_extra():
    disc = "Harbour Lights Blu-ray\n\nFEATURES\n• Documentary on the harbour strike\n• Interview with the editor\n• Trailer\n"
    assert _features(disc) == ["Documentary on the harbour strike", "Interview with the editor", "Trailer"]
    menu = "Film Weekly\n\nFeatures\nTrailers\nInterviews\nNews\nBox Office\n\nHarbour Lights review: a tender port drama."
    assert _features(menu) == []


def test_flattened_table_one_extra_a_line_with_a_glued_first_cell():
    text = (
        "Harbour Lights (Blu-ray) (1961)\n\nGeneral Extras\n"
        "Category Drama Audio Commentary-Vera Lund\n"
        "Featurette-Night on the Quay\n"
        "Theatrical Trailer-The Last Ferry\n"
        "Rating Rated PG\nYear Of Production 1961\n"
    )
    assert _features(text) == ["Audio Commentary-Vera Lund", "Featurette-Night on the Quay", "Theatrical Trailer-The Last Ferry"]


def test_plain_lines_under_a_heading_after_an_intro_paragraph_and_sub_headings():
    text = (
        "Harbour Lights DVD review\n\nThe main disc is fine.\n"
        "Disc 2 Bonus Features\n"
        "The second disc digs into the strike and the shoot. It is split into two halves, one on each.\n"
        "Part One\n"
        "Quay Voices a 40 minute study of the dockers who inspired the script.\n"
        "Shooting at Night (12 Mins, HD)\n"
        "Theatrical Trailers\n"
        "Part Two\n"
        "Strike! (A 50 minute documentary on the 1951 walkout)\n"
        "Making the Model Harbour featurette\n"
    )
    assert _features(text) == [
        "Quay Voices", "Shooting at Night", "Theatrical Trailers", "Strike!", "Making the Model Harbour featurette",
    ]


def test_a_bulleted_extras_rating_among_sibling_labels_lists_nothing():
    text = "Harbour Lights Blu-ray\n\n  • Video:\n  • Audio:\n  • Extras:\n  • Violence: Mild\n  • Language: Yes\n"
    assert _features(text) == []
    assert _features("Harbour Lights Blu-ray\n\nFilm: 4 out of 5 stars\nExtras: 3.5 out of 5 stars\n") == []


def test_label_followed_directly_by_the_next_label_lists_nothing():
    text = "Harbour Lights Blu-ray\n\nAspect Ratio(s):\nSpecial Features:\nRelease Date: May 2nd, 2014\n"
    assert _features(text) == []


def test_a_comma_run_paragraph_under_a_heading_is_cut_into_items():
    text = (
        "Harbour Lights Blu-ray\n\nSpecial Features:\n"
        "Audio commentary by director Vera Lund and producer Otto Kern, a making-of featurette, deleted scenes with "
        "optional commentary, a gag reel, the theatrical trailer, TV spots and a photo gallery\n\nVerdict: buy it."
    )
    assert _features(text) == [
        "Audio commentary by director Vera Lund and producer Otto Kern", "Making-of featurette",
        "Deleted scenes with optional commentary", "Gag reel", "Theatrical trailer", "TV spots", "Photo gallery",
    ]


def test_lines_that_start_like_spec_labels_but_name_extras_stay_in_the_list():
    text = "Harbour Lights Blu-ray\n\nSpecial Features\nDirector's Commentary\nStudio Tour Featurette\nYear in Review Montage\nRating Rated PG\n"
    assert _features(text) == ["Director's Commentary", "Studio Tour Featurette", "Year in Review Montage"]


def test_captions_after_a_paragraph_on_the_extras_and_a_sites_menu_are_no_lists():
    review = (
        "Harbour Lights Blu-ray Review\n\nExtras\nThe extras are thin. There's a short making-of and the trailer.\n"
        "Behind the scenes photo: the crew at the quay\nTrailer still\n\nFinal Thoughts\nRecommended.\n"
    )
    assert _features(review) == []
    menu = "Film Weekly\nHome\nSpecial Features\nTrailers\nInterviews\nNews\nHarbour Lights review: a port drama on Blu-ray.\n"
    assert _features(menu) == []
    ratings = "Harbour Lights Blu-ray\n\nExtras\n• Rating: 3/5\n• Audio: 4/5\n"
    assert _features(ratings) == []


# ---------------------------------------------------------------- lists without a heading


def test_unheaded_bullets_naming_extras_keep_the_extras_only():
    text = (
        "Blu-ray: Harbour Lights\n\nJapanese (1.0 Mono)\n\n"
        "  • Menus (English)\n  • Chapters (18)\n  • Trailer: Harbour Lights\n"
        "  • Audio Commentary by Mei Sato\n  • Documentary on the port, from the studio archive, with crew interviews (35 minutes)\n"
        "  • Booklet essay by Ken Ito\n"
    )
    assert _features(text) == [
        "Trailer: Harbour Lights",
        "Audio Commentary by Mei Sato",
        "Documentary on the port, from the studio archive, with crew interviews (35 minutes)",
    ]


def test_a_review_bullet_list_of_opinions_is_not_a_list_of_extras():
    text = "Harbour Lights Blu-ray\n\nWhat works:\n* The ferry sequence\n* The score\n* Maris Vane's last scene\n"
    assert _features(text) == []


def test_unlabelled_run_inside_a_spec_block():
    text = (
        "Harbour Lights, Blu-ray (1961/2014)\n\n"
        "Director: Vera Lund\nStarring: Maris Vane, Otto Kern\nAudio: English DTS-HD Master Audio 2.0\n"
        "Subtitles: English, Danish\n"
        "The Harbour Lights Story\nDockside: A Portrait of the Crew\nScreen Tests\nTheatrical Trailer\n"
        "Commentary with historian Ida Falk\n"
        "Length: 1 hr. 42 min.\nRating: ****\n"
    )
    assert _features(text) == [
        "The Harbour Lights Story", "Dockside: A Portrait of the Crew", "Screen Tests", "Theatrical Trailer",
        "Commentary with historian Ida Falk",
    ]


def test_unlabelled_cast_lines_in_a_spec_block_are_not_extras():
    text = "Harbour Lights (1961)\n\nDirector: Vera Lund\nStarring: Maris Vane\nOtto Kern\nIda Falk\nLena Bright\nRuntime: 102 min\n"
    assert _features(text) == []


def test_features_label_lists_extras_only_when_they_name_kinds():
    spec = "Harbour Lights 4K\n\nFeatures: Audio Commentaries, Featurettes, Theatrical Trailer\nDigital Copy: Yes\n"
    assert _features(spec) == ["Audio Commentaries", "Featurettes", "Theatrical Trailer"]
    assert _features("Harbour Lights 4K\n\nFeatures: See Review\nLength: 102 minutes\n") == []


def test_quoted_titles_with_who_and_what_after_a_colon_line():
    text = (
        "Harbour Lights on Blu-ray. The label's list of extras:\n\n"
        "Mastered from a new 4K scan\n"
        '"The Long Tide" - editor Sara Holm on the cutting of the storm scene\n'
        '"Quay Street" - with historian Ida Falk and screenwriter Nils Berg\n'
    )
    assert _features(text) == [
        '"The Long Tide" - editor Sara Holm on the cutting of the storm scene',
        '"Quay Street" - with historian Ida Falk and screenwriter Nils Berg',
    ]
    songs = 'Harbour Lights soundtrack LP. Side one:\n\n"Low Water" - sung by Maris Vane\n"Salt Song" - performed by the Quay Band\n'
    assert _features(songs) == []


# ---------------------------------------------------------------- prose


def test_prose_list_after_extras_including():
    text = (
        "Harbour Lights arrives on Blu-ray with the extras from the old two-disc DVD, including two audio commentaries, "
        "a three-part documentary, a restoration comparison of the storm scene, and rare footage of the premiere."
    )
    assert _features(text) == [
        "Two audio commentaries", "Three-part documentary", "Restoration comparison of the storm scene", "Rare footage of the premiere",
    ]


def test_an_extra_twenty_minutes_including_scenes_are_no_extras():
    text = "The Blu-ray carries the longer cut, an extra 20 minutes including a new opening and an alternate ending."
    assert _features(text) == []


def test_a_commentary_and_who_gives_it_in_prose():
    text = "Harbour Lights Blu-ray review.\n\nOn to the extras: we open with an audio commentary from writer/director Vera Lund and editor Sara Holm. It is lively."
    assert _features(text) == ["Audio commentary from writer/director Vera Lund and editor Sara Holm"]
    gone = "Harbour Lights Blu-ray review.\n\nThe audio commentary by Vera Lund from the old DVD is not included."
    assert _features(gone) == []


def test_one_commentary_per_bracketed_group_and_the_missing_ones_left_out():
    text = (
        "Harbour Lights Blu-ray. The set carries over the three audio commentaries from the DVD (the director and writer, "
        "the effects crew, and the cast), but the documentaries are not on these discs."
    )
    assert _features(text) == [
        "Audio commentary by the director and writer", "Audio commentary by the effects crew", "Audio commentary by the cast",
    ]


def test_a_list_offered_by_there_is_whose_items_are_all_extras():
    text = (
        "Harbour Lights Blu-ray. There's the expected commentary with Vera Lund and critic Ida Falk, "
        "a second commentary with the film's producer, trailers, TV and radio spots."
    )
    assert _features(text) == [
        "Expected commentary with Vera Lund and critic Ida Falk", "Second commentary with the film's producer", "Trailers", "TV and radio spots",
    ]
    film = "Harbour Lights Blu-ray. There's a commentary on class, a documentary feel to the docks, and interviews with real dockers."
    assert _features(film) == []


def test_the_only_feature_and_a_quantity_before_the_extra():
    assert _features("Harbour Lights HD DVD.\n\nThe only feature on this disc is the theatrical trailer.") == ["Theatrical trailer"]
    text = "Harbour Lights Blu-ray.\n\nExtras include about 40 minutes of featurettes on the storm scene and interviews with the cast."
    assert _features(text)[0] == "Featurettes on the storm scene"


def test_one_commentary_each_and_a_kind_of_extra_with_its_quoted_title():
    text = (
        "Harbour Lights Blu-ray. There are two commentary tracks, one with Vera Lund and one with the cast including "
        "Maris Vane and Otto Kern. As if that weren't enough, there's yet one more featurette, \"Night on the Quay\"."
    )
    assert _features(text) == [
        "Commentary with Vera Lund", "Commentary with the cast including Maris Vane and Otto Kern", 'Featurette "Night on the Quay"',
    ]
    review = "Harbour Lights review. It recalls the documentary \"Dock Work\" in its patience."
    assert _features(review) == []


def test_short_lists_under_a_heading_long_bullets_and_limited_extras():
    semicolons = "Harbour Lights Blu-ray\n\nExtras:\nAudio commentary by Vera Lund; theatrical trailer\n\nVerdict\nGood."
    assert _features(semicolons) == ["Audio commentary by Vera Lund", "Theatrical trailer"]
    long_bullet = (
        "Harbour Lights Blu-ray\n\nSpecial Features\n* Night on the Quay (HD, 24 min) - A long look at the shoot, in which "
        "the crew and the cast remember the cold nights, the flooded sets, the late script pages and the fights with the "
        "studio over the ending, which was changed twice before release and again for television.\n* Trailer (HD)\n"
    )
    assert _features(long_bullet) == ["Night on the Quay", "Trailer"]
    assert _features("Harbour Lights Blu-ray\n\nThe extras are limited to a trailer and a stills gallery.") == ["Trailer", "Stills gallery"]
    none = "Harbour Lights Blu-ray\n\nExtras\nNo commentary, no featurettes, not even a trailer.\n\nThe film\nA port drama."
    assert _features(none) == []


def test_a_shop_bullet_list_mixing_specs_and_extras_gives_the_extras():
    text = (
        "Harbour Lights [Blu-ray]\n\nProduct features\n• 1080p High Definition\n• 2.35:1 Widescreen\n• English DTS-HD MA 5.1\n"
        "• Audio Commentary with director Vera Lund\n• Deleted Scenes\n• Digital Copy\n"
    )
    assert _features(text) == ["Audio Commentary with director Vera Lund", "Deleted Scenes"]
