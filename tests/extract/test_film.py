"""Title, aliases, year claims, runtime and genres (bot.extract.film)."""

import pytest

from bot.extract import extract_document
from bot.extract.film import parse_runtime


def test_prefixed_header_title_is_an_alias_of_the_prose_title():
    facts = extract_document(
        "Watch The Drifters - Cold Harbour\n- 2009\n- 1 hr 4 min\n"
        "The Drifters - Cold Harbour is a 1987 crime drama film directed by Ann Marsh.\n"
        "Cold Harbour follows a dock worker. Cold Harbour ends in the rain."
    )
    assert facts.title == "Cold Harbour"
    assert [a.value for a in facts.aliases] == ["The Drifters - Cold Harbour"]


def test_prose_year_outranks_a_header_year_and_both_are_kept():
    facts = extract_document("Night Train\n- 2016\n\nNight Train is a 1961 thriller film about a conductor.")
    assert facts.year == 1961
    assert {(c.value, c.kind) for c in facts.years} == {(2016, "header"), (1961, "prose")}


@pytest.mark.parametrize(
    "text, year",
    [
        ("Stone Bridge (1983) - Full Cast & Crew\n\nDirected by\nAnna Kowalski", 1983),
        ("Stone Bridge [Blu-ray]\n\n(Anna Kowalski, 1983)\n\nReview by a reader", 1983),
        ("STONE BRIDGE\nPosted March 3, 2011\n\nAnna Kowalski's 1983 war drama still stings.", 1983),
        ("Stone Bridge\n\nThe studio released it in June 1983, and it flopped.", 1983),
        ("Stone Bridge\nPoland/France · 1983 · 104 min", 1983),
    ],
)
def test_year_forms(text, year):
    assert extract_document(text).year == year


def test_dates_that_belong_to_something_else_are_not_the_year():
    facts = extract_document(
        "Stone Bridge (Blu-ray) Review\nPosted 04/05/2012\n\n"
        "The 2009 restoration is lovely and the 2004 DVD is retired. It turns 30 this year.\n\n"
        "More like this\nRiver Road (1990) - Tom Hale, Ann Lee"
    )
    assert facts.year is None


@pytest.mark.parametrize(
    "value, minutes",
    [("1 hr 1 min", 61), ("2 hr 35 min", 155), ("1h 52m", 112), ("111 minutes", 111), ("118 min", 118),
     ("1 hour and 31 minutes", 91), ("1 hour, 31 minutes", 91), ("ca. 84 Min.", 84), ("1:56:05", 116), ("87:45", 87)],
)
def test_runtime_forms(value, minutes):
    assert parse_runtime(value, allow_clock=True) == minutes


def test_runtime_of_an_extra_is_not_the_film_runtime():
    facts = extract_document("Stone Bridge\n\nThe making-of documentary runs 95 minutes. The film runs 104 minutes.")
    assert facts.runtime_min == 104
    assert [c.value for c in facts.runtimes] == [104]


def test_runtime_label_glued_to_its_value():
    assert extract_document("Stone Bridge\n\nDetails\nRunning Time1h 44m\nCountryPoland").runtime_min == 104


def test_the_theatrical_cut_beside_a_longer_cut():
    text = "Stone Bridge Blu-ray\n\nRunning Times:\nTheatrical: 1:44:10.300 / Extended Cut: 2:02:41.120\n"
    assert extract_document(text).runtime_min == 104


def test_lengths_of_a_podcast_episode_and_of_listed_extras_are_not_the_film_runtime():
    assert extract_document("June 2021\n1h 12m\n\nAbout this episode\nWe discuss Stone Bridge.").runtime_min is None
    extras = (
        "Stone Bridge\n\nExtras\nThe Bridge Builders, a 48 minute look at the production.\n"
        "Storyboards (6 Mins, HD)\nA portrait of the real river town (1 hr 42 mins, HD)\nTrailers (4 minutes)\n"
    )
    assert extract_document(extras).runtime_min is None
    bullet = "Stone Bridge\n\n\u2022 Documentary on the director's war years (92 minutes)\n\u2022 Trailer"
    assert extract_document(bullet).runtime_min is None


def test_genres_from_a_header_line_and_prose():
    facts = extract_document("Stone Bridge\n- Action · Drama\n\nStone Bridge is a 1983 romantic war film.")
    assert {g.value for g in facts.genres} >= {"action", "drama", "romance", "war"}


def test_site_names_and_breadcrumbs_are_not_titles():
    facts = extract_document("Home > Reviews > Blu-ray\nTHE DISC DEN :: DVD Reviews :: C\n\nNothing here names a film.")
    assert facts.title is None


BODY = "\n\nThe film follows a cartographer who maps a moving city. Kira Pike plays Una, the cartographer.\n"


def test_search_card_headers_give_year_genres_and_runtime():
    for header, year, genres, minutes in (
        ("Copper Tide\n2014 \u2027 Drama/Music \u2027 1h 47m", 2014, ["drama", "music"], 107),
        ("Copper Tide\n2019 | 2h 12m | PG-13", 2019, [], 132),
        ("Copper Tide\nMovie \u00b7 2016 \u00b7 1 h 51 min", 2016, [], 111),
    ):
        facts = extract_document(header + BODY)
        assert (facts.year, [g.value for g in facts.genres], facts.runtime_min) == (year, genres, minutes), header
    assert extract_document("Copper Tide\n2019 | Sony | Region B" + BODY).year is None


def test_titles_with_edition_format_and_rating_furniture():
    for header in (
        "Hollow Compass: Criterion Collection Blu-ray Review",
        "Hollow Compass (4K UHD) Review",
        "Hollow Compass [Blu-ray] - Special Edition",
        "Review: Hollow Compass (1974)",
        "\u2605\u2605\u2605\u2605\u2606  Hollow Compass",
        "Hollow Compass | Screen Ledger",
        "Hollow Compass (Criterion Collection) [Blu-ray]",
        "Cast - Hollow Compass",
    ):
        facts = extract_document(header + BODY)
        assert (facts.title, [a.value for a in facts.aliases]) == ("Hollow Compass", []), header


def test_aliases_are_names_of_the_film_not_headings_ratings_or_lengths():
    for header in ("Hollow Compass - Credits\nHollow Compass: Audio", "Hollow Compass\nHollow Compass - 1 hr 1 min", "Hollow Compass - PG-13"):
        assert extract_document(header + BODY).aliases == [], header
    facts = extract_document("Hollow Compass (La br\u00fajula hueca)" + BODY)
    assert [a.value for a in facts.aliases] == ["La br\u00fajula hueca"]


@pytest.mark.parametrize(
    "text, year",
    [
        ("Salt Marsh\nReleased: 2016\nDirector: Ona Reyes\n\nA ferryman loses his nerve.", 2016),
        ("Salt Marsh\nRelease year: 1999 | Runtime: 101 min\n\nA ferryman loses his nerve.", 1999),
        ("Title: Salt Marsh\nYear: 1987\n\nCard catalogued 12 March 2019.", 1987),
        ("Salt Marsh\nPremiere: 12 May 2003 (Berlin)\n\nA ferryman loses his nerve.", 2003),
    ],
)
def test_labelled_year_fields_date_the_film(text, year):
    assert extract_document(text).year == year


def test_a_release_date_among_disc_details_is_the_discs_not_the_films():
    details = "Product details\nFormat: Blu-ray\nRegion: B\nRelease date: May 18, 2017\nStudio: Arrow\n\nA ferryman loses his nerve."
    assert extract_document("Salt Marsh [Blu-ray]\n\n" + details).year is None
    assert extract_document("Salt Marsh (1974) [Blu-ray]\n\n" + details).year == 1974


@pytest.mark.parametrize(
    "subtitle, year, director",
    [
        ("1996, directed by Ona Reyes", 1996, "Ona Reyes"),
        ("2011 · Directed by Ona Reyes", 2011, "Ona Reyes"),
        ("A film by Agnès Reyes (1962)", 1962, "Agnès Reyes"),
        ("Dir. Ona Reyes | 2019 | 104 min | France", 2019, "Ona Reyes"),
        ("Portugal, 2018, 121 min. Directed by Ona Reyes.", 2018, "Ona Reyes"),
    ],
)
def test_credit_line_under_the_title_gives_year_and_director(subtitle, year, director):
    facts = extract_document(f"Festival Notes 2024\n\nSalt Marsh\n{subtitle}\n\nA ferryman loses his nerve on a winter crossing.")
    assert (facts.title, facts.year, facts.directors[0].value if facts.directors else None) == ("Salt Marsh", year, director)


def test_a_screening_date_in_a_credit_line_is_no_film_year():
    facts = extract_document("Salt Marsh\nDirected by Ona Reyes · Screens 14 May 2020\n\nA ferryman loses his nerve.")
    assert facts.year is None


def test_newspaper_capsule_gives_title_runtime_and_cast():
    facts = extract_document(
        "WEEKEND GUIDE\n\nTHE SALT MARSH ★★★½\n(PG-13, 1:52) Ona Reyes, R. Lee Carver, Tomas Lind. "
        "Written and directed by Ines Baro. A ferryman loses his nerve. At area theaters."
    )
    assert (facts.title, facts.runtime_min) == ("The Salt Marsh", 112)
    assert [c.actor for c in facts.cast] == ["Ona Reyes", "R. Lee Carver", "Tomas Lind"]
    assert facts.directors[0].value == "Ines Baro"


def test_capsule_line_without_a_list_of_names_gives_no_cast():
    facts = extract_document("SALT MARSH\n(R, 1:40) A bleak and beautiful tale. Directed by Ines Baro.")
    assert facts.cast == []
    assert facts.runtime_min == 100


def test_quoted_headline_and_capsule_agree_on_one_title():
    facts = extract_document(
        "'Salt Marsh' is a cold and lovely thing\n\nBy A. Writer\n\nSALT MARSH ★★★\n"
        "(R, 1:40) Ona Reyes, Tomas Lind. Directed by Ines Baro. At area theaters."
    )
    assert facts.title == "Salt Marsh"
    assert "★" not in "".join(t.value for t in facts.titles)


@pytest.mark.parametrize(
    "subject, title",
    [
        ("Just watched Salt Marsh: The Return (2004) for the first time", "Salt Marsh: The Return"),
        ("Finally saw Sen to Chihiro no Kamikakushi (2001) with my kids", "Sen to Chihiro no Kamikakushi"),
        ("Posted by Ina Lund · 4 comments · Tags: Salt Marsh (2004), drama", "Salt Marsh"),
    ],
)
def test_title_and_year_of_a_post_subject(subject, title):
    facts = extract_document(f"Film Club › General\n\n{subject}\n\nIt was better than I expected.")
    assert (facts.title, facts.year) == (title, 2004 if "2004" in subject else 2001)


@pytest.mark.parametrize(
    "line, year, runtime",
    [
        ("Harbour Films | 1999 | 136 min | Rated R | Released May 20, 2008", 1999, 136),
        ("Chile, Argentina | 2019 | 102 min | Spanish, English", 2019, 102),
        ("Drama • 2008 • 2h 9m", 2008, 129),
    ],
)
def test_lone_year_cell_beside_a_runtime_cell_is_the_film_year(line, year, runtime):
    facts = extract_document(f"Stone Bridge\n{line}\n\nA ferryman loses his boat.")
    assert (facts.year, facts.runtime_min) == (year, runtime)


def test_metadata_line_without_a_lone_year_cell_states_no_year():
    facts = extract_document("Stone Bridge\nHarbour Films | 136 min | Released May 20, 2008\n\nA ferryman loses his boat.")
    assert facts.year is None


def test_metadata_year_ranks_below_prose_about_the_film():
    facts = extract_document("Stone Bridge\nDrama • 2008 • 2h 9m\n\nStone Bridge is a 1995 drama film about a ferryman.")
    assert facts.year == 1995
    assert (2008, "header") in {(c.value, c.kind) for c in facts.years}


def test_genre_cell_of_a_metadata_line():
    facts = extract_document("Stone Bridge\nCrime/Thriller • 2008 • 2h 9m\n\nA ferryman loses his boat.")
    assert {g.value for g in facts.genres} == {"crime", "thriller"}


@pytest.mark.parametrize(
    "sentence, year",
    [
        ("Anna Kowalski's 1962 portrait of a singer runs in real time.", 1962),
        ("Anna Kowalski's portrait of a singer runs in real time.", None),
    ],
)
def test_dated_portrait_by_a_person_dates_the_film(sentence, year):
    assert extract_document(f"Stone Bridge\n\n{sentence}").year == year


def test_podcast_episode_number_is_no_part_of_the_title():
    facts = extract_document("Episode 48: Stone Bridge (1983)\n\n00:00 Intro\n04:12 The ferry scene")
    assert (facts.title, facts.year, facts.runtime_min) == ("Stone Bridge", 1983, None)
