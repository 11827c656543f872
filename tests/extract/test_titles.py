"""The page's film chosen by evidence, and the candidates refused (bot.extract.titles).

Every text here is written for the test; the forms are those of real pages (datelines,
spec blocks, podcast cards, forum posts, disc reviews), the words are not.
"""

import pytest

from bot.extract import extract_document


def title_of(text: str) -> str | None:
    return extract_document(text).title


# -- refusals: what is never a title ------------------------------------------------------


def test_a_dateline_names_the_paper_not_the_film():
    text = ("- The Riverside Courier - Tuesday, March 4, 2014\n\n"
            "Harbour Lights (Tidewater Home Video, Rated PG, 98 minutes, $19.99) arrives with a fresh transfer.")
    assert title_of(text) == "Harbour Lights"


def test_a_spec_heading_or_field_label_is_never_the_title():
    text = "SPECIFICATIONS\n• 1.85:1 Widescreen\n• English Mono\n\nThe disc looks clean and sounds fine."
    assert title_of(text) is None


@pytest.mark.parametrize("line", ["1080p Widescreen 1.78:1", "Codec: MPEG-4 AVC", "Rated R | 112 min"])
def test_spec_and_rating_strings_are_refused(line):
    assert title_of(f"{line}\n\nThe picture is sharp and the colours are warm throughout.") is None


def test_an_actor_heading_a_cast_list_is_not_the_title():
    text = ("Wendell Marsh\nPriya Okafor\n\n"
            "A lighthouse keeper (Wendell Marsh) takes in a stranger (Priya Okafor) during a storm.")
    assert title_of(text) is None


def test_an_actors_surname_used_alone_is_never_the_title():
    text = "Priya Okafor leads the cast. Okafor is the reason to watch this quiet drama about grief."
    assert title_of(text) is None


def test_a_character_named_before_the_actor_is_not_the_title():
    text = ('"Tamsin," Priya Okafor\n"Ewan," Wendell Marsh\n\n'
            "Tamsin (Priya Okafor) rows out to the rock every morning.")
    assert title_of(text) is None


def test_a_list_of_podcast_hosts_is_not_a_title():
    text = "June 2021\n58m\n\nJonah, Bea, and Otis\nThis week the hosts argue about endings."
    assert title_of(text) is None


def test_a_film_the_review_only_cites_in_passing_is_not_its_title():
    text = ("The sound design is the real star. Its eeriest cue is borrowed from Ida Brandt's "
            "Night Orchard (1981), and the mix keeps it low in the surrounds.")
    assert title_of(text) is None


def test_a_language_or_genre_is_not_a_title():
    assert title_of("Cantonese\n\nThe subtitles are newly translated and read well.") is None
    assert title_of("Shop › Blu-ray › Science Fiction\n\nFree delivery on orders over £20.") is None


# -- evidence: the forms that name the page's film ----------------------------------------


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Blu-ray Review: Harbour Lights [1987]", "Harbour Lights"),
        ("Harbour Lights - DVD Review", "Harbour Lights"),
        ("Blu-ray Review “Harbour Lights: 30th Anniversary Edition”", "Harbour Lights"),
        ("Four-Star Films : 'Harbour Lights'", "Harbour Lights"),
        ("Blu-ray: Harbour Lights (Criterion)", "Harbour Lights"),
        ("Home > Reviews > Blu-ray > Harbour Lights", "Harbour Lights"),
    ],
)
def test_headings_that_name_the_film(heading, title):
    assert title_of(f"{heading}\n\nThe transfer is clean and the mono track is clear.") == title


def test_a_directors_possessive_names_the_film_it_owns():
    text = ("Everyone knows Ida Brandt's Harbour Lights. I first caught Harbour Lights on late-night "
            "television, and it still holds up.")
    assert title_of(text) == "Harbour Lights"


def test_a_title_in_capitals_inside_prose():
    text = ("For me that film is Ida Brandt's masterpiece HARBOUR LIGHTS. I saw HARBOUR LIGHTS far too "
            "young and never forgot the ending.")
    assert title_of(text) == "Harbour Lights"


def test_a_work_verb_after_a_title_in_capitals_of_words():
    text = "The disc is region free. Harbour Lights appears in an aspect ratio of 1.66:1 on this disc."
    assert title_of(text) == "Harbour Lights"


def test_a_person_shaped_title_is_kept_when_only_a_title_gets_its_evidence():
    text = "Mabel Ferris (1964)\n\nJoan Vail plays Mabel Ferris, a seamstress who inherits a failing circus."
    assert title_of(text) == "Mabel Ferris"


def test_the_short_form_a_review_uses_counts_for_the_full_title():
    text = ('Critics\' pick: "The Quiet Hour"\n\nDana Holt and Ravi Sen in "The Quiet Hour of the Long Night."\n\n'
            'Nobody sums up "The Quiet Hour of the Long Night" better than its poster. "The Quiet Hour" is '
            'patient, and "The Quiet Hour" rewards it.')
    assert title_of(text) == "The Quiet Hour of the Long Night"


def test_a_headline_that_runs_on_past_the_title_gives_way_to_the_title():
    text = ("HARBOUR LIGHTS SAILS ONTO 4K ULTRA HD\n\n"
            "Harbour Lights is a 1987 drama. Tidewater brings Harbour Lights to 4K this spring.")
    assert title_of(text) == "Harbour Lights"


def test_a_sequel_number_is_part_of_the_title():
    text = "Harbour Lights 2 [4K Ultra HD + Blu-ray]\n\nHarbour Lights: The Return (1990) [4K] is also in stock."
    assert title_of(text) == "Harbour Lights 2"


def test_explain_titles_tells_why_a_candidate_lost():
    from bot.extract.header import find_fields
    from bot.extract.text import build_document
    from bot.extract.titles import explain_titles

    doc = build_document("SPECIFICATIONS\n• English Mono\n\nOkafor is superb.")
    reasons = {candidate: refusal for candidate, _evidence, refusal in explain_titles(doc, find_fields(doc))}
    assert reasons["SPECIFICATIONS"] == "label"


@pytest.mark.parametrize("heading", [
    "Previously Played", "Now Showing", "Site Admin", "The Harbour Reader", "Tuesday 12 Nov '19",
    "Regional Library Collection Celebrates a Milestone with Its Ten Thousandth Reel",
])
def test_page_furniture_publications_dates_and_headlines_are_refused(heading):
    assert title_of(f"{heading}\n\nA quiet evening of talk about old films and the people who made them.") is None


def test_a_title_quoted_at_the_head_of_a_headline():
    text = "'Harbour Lights' Made Its Young Star a Name Overnight\n\nHarbour Lights opened to full houses."
    assert title_of(text) == "Harbour Lights"


def test_a_guide_line_dates_the_title_with_its_director():
    text = "Harbour Lights (Brandt, 1987): Quayside Cinema, 6.30pm\n\nA ferryman loses his nerve on a winter crossing."
    assert title_of(text) == "Harbour Lights"


def test_a_title_split_by_a_hard_wrap_is_read_across_the_break():
    text = ("I first saw\nHarbour Lights when it came back to cinemas, and Harbour Lights has stayed\n"
            "with me since.")
    assert title_of(text) == "Harbour Lights"
