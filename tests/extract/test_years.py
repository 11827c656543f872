"""The film's year among the other years of a page (bot.extract.film.year_claims).

Each test names a page form; the texts are made up. `title` is what title choice would have
given, passed in so that these tests read the year rules alone.
"""

import pytest

from bot.extract import extract_document
from bot.extract.facts import best
from bot.extract.film import year_claims
from bot.extract.header import find_fields
from bot.extract.text import build_document

BODY = "\n\nA lighthouse keeper takes in a stranger during a storm and regrets it by morning.\n"


def claims(text: str, title: str | None = "Marrow Creek"):
    doc = build_document(text)
    return year_claims(doc, find_fields(doc), title)


def year(text: str, title: str | None = "Marrow Creek") -> int | None:
    return best(claims(text, title))


# ---------------------------------------------------------------- next to the film's own title


@pytest.mark.parametrize(
    "heading",
    [
        "Marrow Creek (a 4K Ultra HD Review) (1987)",
        "Marrow Creek (Blu-ray) (1987)",
        "MARROW CREEK [1987]",
        "Marrow Creek – 30th Anniversary Edition, Blu-ray (1987/2017)",
        "Review: Marrow Creek (1987)",
    ],
)
def test_a_year_in_brackets_after_the_title_past_notes_and_edition_labels(heading):
    assert year(heading + BODY) == 1987


def test_a_film_of_the_same_name_that_this_one_remakes():
    remark = "Unlike Marrow Creek (1987), this one keeps the lighthouse dark."
    assert year("Marrow Creek (2012)" + BODY + remark) == 2012
    assert year("Marrow Creek" + BODY + remark) is None
    assert year("Marrow Creek" + BODY + "It is a loose remake of Marrow Creek (1987).") is None


def test_a_disc_year_before_the_film_year_is_no_pair():
    assert year("Marrow Creek – Blu-ray (2017/1987)" + BODY) is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ida Berg's Marrow Creek (1987) won three prizes at home.", 1987),
        ("Making its debut on disc, 1987's Marrow Creek looks better than ever.", 1987),
        ("Berg made this one right after 1979's Glass Harbor and it shows.", None),
        ("Nobody remembers Winter Marrow Creek (1990), a cheap knock-off.", None),
        ("The cast of Glass Harbor (1979) returned for this one.", None),
    ],
)
def test_a_year_next_to_another_title_is_that_films(sentence, expected):
    assert year("Marrow Creek" + BODY + sentence) == expected


def test_a_year_in_an_address_slug_beside_the_title():
    text = "reelnotes.example/streaming/2023/05/marrow-creek-1987-ida-berg\n\nTonight's pick" + BODY
    assert year(text) == 1987


def test_the_title_unknown_a_year_named_beside_the_heading_s_name():
    text = "Episode 12. Ida Berg: Marrow Creek\n\nWe talk about her finest hour: Marrow Creek (1987), with Tom Lund." + BODY
    assert year(text, None) == 1987
    text = "Episode 12. Ida Berg\n\nWe talk about her finest hour: Marrow Creek (1987), with Tom Lund." + BODY
    assert year(text, None) is None


# ---------------------------------------------------------------- prose


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Berg's collaborators returned for this tense 1987 chiller.", 1987),
        ("It is a fondly remembered 1987 offering from Ida Berg.", 1987),
        ("The 1987 film Marrow Creek still unsettles.", 1987),
        ("The 1979 film Glass Harbor was Berg's first success.", None),
        ("Like Ida Berg's 1979 thriller, it ends at sea.", None),
        ("It screened at the 1990 film festival in Rimini.", None),
        ("The colours evoke the 1944 setting of the film.", None),
        ("It is sometimes mistakenly called a 1988 film.", None),
        ("Tom Lund, who won an Oscar for a 1979 drama about a sailor, plays the keeper.", None),
        ("Before this, Lund starred in a 1983 thriller set on a ferry.", None),
        ("Lund starred in this 1987 chiller for almost nothing.", 1987),
        ("Berg thanked the jury when the 1988 Best Picture winner was read out.", None),
        ("Nobody expected the 1988 Oscar-winning drama to be remembered.", None),
    ],
)
def test_a_year_before_a_noun_that_names_a_film(sentence, expected):
    assert year("Marrow Creek" + BODY + sentence) == expected


def test_the_original_and_the_sequel_of_a_pair():
    original = "Ida Berg's 1979 original still holds up."
    sequel = "Ida Berg's 1984 sequel is a different beast."
    assert year("Marrow Creek" + BODY + original) == 1979
    assert year("Marrow Creek 2" + BODY + original, "Marrow Creek 2") is None
    assert year("Marrow Creek 2" + BODY + sequel, "Marrow Creek 2") == 1984
    assert year("Marrow Creek" + BODY + sequel) is None
    assert year("Marrow Creek" + BODY + original + " The 2012 remake is best forgotten.") is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The film premiered on June 2, 1987.", 1987),
        ("It was first released in Denmark in March 1987.", 1987),
        ("It came to theaters in 1987 and left quickly.", 1987),
        ("Critics still argue about the changes from the 1987 theatrical cut.", 1987),
        ("Nobody has topped it since its original release in 1987.", 1987),
        ("Long out of print since its DVD release in 2004, it is back.", None),
        ("It was re-released in 1997 with a new score.", None),
        ("A sequel will be released in 2026.", None),
        ("The Blu-ray was released in 2015 by a boutique label.", None),
        ("It returns to theaters in 2017 for its 30th anniversary.", None),
        ("Its story opened in 1944 Lisbon, in a boarding house.", None),
        ("Glass Harbor (1979), released in 1979, was the bigger hit.", None),
    ],
)
def test_a_release_stated_in_prose(sentence, expected):
    assert year("Marrow Creek" + BODY + sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ('"Marrow Creek" is one of the best films of 1987.', 1987),
        ("This movie is easily the best movie from 1987.", 1987),
        ("The best films of 1987 included Glass Harbor and Salt Road.", None),
    ],
)
def test_a_critics_list_of_the_year_names_the_films_year(sentence, expected):
    assert year("Marrow Creek" + BODY + sentence) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Marrow Creek [Blu-ray]\n\n(Ida Berg, 1987)" + BODY, 1987),
        ("Marrow Creek" + BODY + "Few debuts match Marrow Creek (Ida Berg, 1987) for nerve.", 1987),
        ("Marrow Creek" + BODY + "The storm recalls Glass Harbor (Tom Lund, 1979) in its fury.", None),
        # a repertory listing gives the director's surname alone after the title
        ("Daily picks\n\nMarrow Creek (Berg, 1987): Rio Cinema, 6.30pm" + BODY, 1987),
        ("Marrow Creek" + BODY + "It plays after Glass Harbor (Lund, 1979): Rio Cinema, 6.30pm", None),
    ],
)
def test_a_director_and_year_in_brackets(text, expected):
    assert year(text) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It was released in 1987, and was based on a 1979 radio play, itself based on a 1975 television film.", 1987),
        ("Ida Berg wrote this gloomy, tender 1987 melodrama.", 1987),
        ("On May 14, 1987, Harbour Pictures unveiled Marrow Creek, a chilly thriller.", 1987),
        ("In 1987, the studio released Marrow Creek.", 1987),
        ("In 2017, Arrow released Marrow Creek on Blu-ray.", None),
        ("1987's Creek (later retitled Marrow Creek) found a cult.", 1987),
    ],
)
def test_release_and_dated_noun_forms_in_prose(sentence, expected):
    assert year("Marrow Creek" + BODY + sentence) == expected


# ---------------------------------------------------------------- fields and labels


@pytest.mark.parametrize(
    "line",
    ["Release Date: March 3rd, 2015 Movie Release Year: 1987", "DATE OF FILM RELEASE: 1987", "Year Of Production 1987"],
)
def test_labels_that_name_the_films_own_year(line):
    assert year(f"Marrow Creek Blu-ray Review\n\n{line}\nRegion: A" + BODY) == 1987


@pytest.mark.parametrize("line", ["Released: 4th March 2015", "Release Date: March 3, 2015", "RELEASE DATE: 27-Mar-2015"])
def test_a_release_date_on_a_disc_review_is_the_discs(line):
    assert year(f"Marrow Creek Blu-ray Review\n\nTitle: Marrow Creek\n{line}\nRunning time: 104 mins" + BODY) is None


def test_a_release_date_naming_a_country_or_a_premiere_is_the_films():
    text = "Marrow Creek\n\nRelease date: June 2, 1987 (Denmark)\n\nThe DVD is out of print." + BODY
    assert year(text) == 1987


def test_a_remark_in_a_release_label_says_whose_date_it_is():
    text = "Marrow Creek\n\nRelease Date (Streaming): Apr 6, 2017\nRelease Date (Theaters): Jun 2, 1987 Wide\n" + BODY
    assert [(c.value, c.kind) for c in claims(text)] == [(1987, "header")]


def test_a_year_field_beside_the_discs_date_gives_way_to_prose():
    text = (
        "A keeper and a stranger.\n\nStudio: Harbour Films\nYear: 2015\nRelease Date: March 3, 2015\n"
        "Run time: 104 minutes\n\nThis movie is the best film of 1987, and the Blu-ray does it justice."
    )
    assert year(text) == 1987
    assert (2015, "header") in {(c.value, c.kind) for c in claims(text)}


# ---------------------------------------------------------------- header cells and data lines


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1987 - Harbour Films\nDirected By Ida Berg" + BODY, 1987),
        ("Marrow Creek: Special Edition\n1987 (2015) - Harbour Films (Nordisk)" + BODY, 1987),
        ("1979 - Glass Harbor\n1987 - Marrow Creek\n1990 - Salt Road" + BODY, None),
        ("Marrow Creek" + BODY + "\nIda Berg\n\nDenmark 1987.\n104 minutes. Colour.", 1987),
        ("Marrow Creek" + BODY + "\nDenmark 1987. Sweden 1990.", None),
    ],
)
def test_header_cells_of_year_and_studio_or_country(text, expected):
    assert year(text) == expected


@pytest.mark.parametrize(
    "line, expected, minutes",
    [
        ("  • 1987, Color, Rated R, 1 Hr 44 min", 1987, 104),
        ("Thriller 1987 104 mins", 1987, 104),
        ("(Danish 1987 c 104')", 1987, 104),
        ("1987Rating: PG, Mild themes104 minsDenmark", 1987, 104),
        ("1987 | 104 Minutes | Licensor: Harbour Films", 1987, 104),
    ],
)
def test_a_short_data_line_gives_year_and_running_time(line, expected, minutes):
    facts = extract_document(f"Marrow Creek\n\n{line}" + BODY)
    assert (facts.year, facts.runtime_min) == (expected, minutes)


def test_data_lines_that_disagree_or_describe_a_disc_give_no_year():
    assert year("Marrow Creek\n\nThriller 1987 104 mins\nDrama 1990 96 mins" + BODY) is None
    assert year("Marrow Creek\n\nBlu-ray | 2015 | 104 min" + BODY) is None


def test_a_credit_line_with_a_colon_gives_year_and_running_time():
    facts = extract_document("Marrow Creek\n\nDirected by: Ida Berg  1 hour, 44 minutes  1987  DK  B&W" + BODY)
    assert (facts.year, facts.runtime_min) == (1987, 104)
