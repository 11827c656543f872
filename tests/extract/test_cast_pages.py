"""Cast credits in the layouts and turns of phrase of real pages (bot.extract.cast): credit
blocks printed one cell a line, described roles, actors named with another film, surnames."""

import pytest

from bot.extract import extract_document


def pairs(text: str) -> dict[str, str | None]:
    return {c.actor: c.character for c in extract_document(text).cast}


# ---------------------------------------------------------------- credit blocks


def test_actor_and_character_on_alternate_lines_with_crew_rows_passed_over():
    text = (
        "Harbour Lights (1987)\n\nCast & Crew.\nMarta Quell\nNurse Ilse / Narrator\nJonas Brandt\nHarbour Master\n\n"
        "Paulo Vinter\nThe Stranger (uncredited)\nEdda Lorne\nCinematographer\nSven Ochs\nScreenplay / Director\n\nDetails.\n"
    )
    assert pairs(text) == {
        "Marta Quell": "Nurse Ilse / Narrator",
        "Jonas Brandt": "Harbour Master",
        "Paulo Vinter": "The Stranger",
    }


def test_alternating_block_ends_at_a_credit_line_and_needs_three_rows():
    text = (
        "Harbour Lights\n\nMarta Quell\nCapt. Ilse Dorn / Narrator\nJonas Brandt\nGen. 'Bull' Harker\n"
        "Paulo Vinter\nMiss Pike\nSven Ochs\nScreenplay by Sven Ochs and Edda Lorne\nSven Ochs\nCountry Norway\n"
    )
    assert pairs(text) == {
        "Marta Quell": "Capt. Ilse Dorn / Narrator",
        "Jonas Brandt": "Gen. 'Bull' Harker",
        "Paulo Vinter": "Miss Pike",
    }
    assert pairs("Harbour Lights\n\nMarta Quell\nNurse Ilse\nJonas Brandt\nHarbour Master\n\nA quiet film.") == {}


def test_a_list_of_names_one_a_line_is_no_block_of_pairs():
    text = "Harbour Lights\n\nMarta Quell\nJonas Brandt\nPaulo Vinter\nEdda Lorne\nSven Ochs\nNina Falk\n"
    assert all(character is None for character in pairs(text).values())


def test_character_colon_actor_rows_under_a_cast_heading():
    text = (
        "Episode 12: Harbour Lights\n\nCREW:\nDirector: Sven Ochs\nEditor: Edda Lorne\n\n"
        "CAST:\nIlse Dorn (the widow): Marta Quell\nMr Pike: Jonas Brandt\nTomas: Paulo Vinter\n"
    )
    assert pairs(text) == {"Marta Quell": "Ilse Dorn (the widow)", "Jonas Brandt": "Mr Pike", "Paulo Vinter": "Tomas"}


def test_a_cast_field_of_actor_as_character_items_splits_into_pairs():
    text = "Harbour Lights\n\nCast: Marta Quell as Ilse Dorn, Jonas Brandt as Mr Pike; Paulo Vinter as the stranger\n"
    assert pairs(text) == {"Marta Quell": "Ilse Dorn", "Jonas Brandt": "Mr Pike", "Paulo Vinter": "the stranger"}


def test_a_cast_field_whose_last_name_runs_into_the_next_field():
    text = "Harbour Lights\n\nStarring: Marta Quell, Jonas Brandt, Paulo VinterDrama | 80% |\nComedy | 20% |\n"
    assert set(pairs(text)) == {"Marta Quell", "Jonas Brandt", "Paulo Vinter"}


# ---------------------------------------------------------------- roles described, not named


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The pilot hires a smuggler (Jonas Brandt) and an old sailor (Paulo Vinter).", {"Jonas Brandt": None, "Paulo Vinter": None}),
        ("Her brother (Jonas Brandt) has debts.", {"Jonas Brandt": None}),
        ("A troop of Border Guards (Jonas Brandt and Paulo Vinter, to name a few) follow her.", {"Jonas Brandt": None, "Paulo Vinter": None}),
        ("Marta Quell plays a weary ferry pilot who cannot sleep.", {"Marta Quell": None}),
        ("Marta Quell stars as a homesick Canadian.", {"Marta Quell": None}),
        ("She is chased by a debt collector played by Jonas Brandt.", {"Jonas Brandt": None}),
        ("Marta Quell plays a mean guitar in the opening scene.", {}),
        ("The ferry is run by the director (Sven Ochs) himself.", {}),
    ],
)
def test_a_described_role_credits_the_actor_without_a_character(sentence, expected):
    assert pairs(f"Harbour Lights (1987)\n\n{sentence}") == expected


def test_a_described_role_keeps_its_description():
    facts = extract_document("Harbour Lights (1987)\n\nThe pilot hires a smuggler (Jonas Brandt) for the crossing.")
    assert [(c.actor, c.character, c.description) for c in facts.cast] == [("Jonas Brandt", None, "a smuggler")]


def test_an_indefinite_article_before_a_name_still_names_the_character():
    assert pairs("Harbour Lights (1987)\n\nJonas Brandt is a gloomy Tomas, and Paulo Vinter plays a man named Otto.") == {
        "Jonas Brandt": "Tomas",
        "Paulo Vinter": "Otto",
    }


# ---------------------------------------------------------------- brackets


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the actor's best-known other film follows the name
        ("It follows Ilse Dorn (Marta Quell, Night Ferry) and her boss Tomas (Jonas Brandt; Salt Road).",
         {"Marta Quell": "Ilse Dorn", "Jonas Brandt": "Tomas"}),
        # a person and other works of theirs
        ("The actor was Marta Quell (Salt Road).", {}),
        ("It was written by Sven Ochs ('Salt Road', 'Night Ferry').", {}),
        ("Marta Quell (M*A*S*H) plays her with a blank stare.", {"Marta Quell": None}),
        # quoted names, then their actors
        ('She is seen at three ages ("Little," played by Nina Falk), ("Ilse," Marta Quell).', {"Nina Falk": "Little", "Marta Quell": "Ilse"}),
        ("Her son Tomas (played as a boy by Paulo Vinter) runs away.", {"Paulo Vinter": "Tomas"}),
    ],
)
def test_bracketed_forms(sentence, expected):
    assert pairs(f"Harbour Lights (1987)\n\n{sentence}") == expected


def test_a_director_and_his_film_in_brackets_is_no_pair():
    text = "Harbour Lights (1987)\n\nDirected by Sven Ochs (Night Ferry), it follows Ilse Dorn (Marta Quell)."
    assert pairs(text) == {"Marta Quell": "Ilse Dorn"}


def test_a_surname_resolves_to_a_person_named_elsewhere_in_explicit_forms():
    text = (
        "Harbour Lights (1987)\n\nA fishing comedy starring Jonas Brandt as a lonely ferryman.\n\n"
        "The ferryman Tomas Lund (Brandt) hates the summer. His sister (a role written for Marta Quell) is kinder. "
        "The pilot Ilse Dorn, played by Quell, arrives."
    )
    assert pairs(text) == {"Jonas Brandt": "Tomas Lund", "Marta Quell": "Ilse Dorn"}


def test_a_surname_with_a_particle():
    text = "Harbour Lights (1987)\n\nThe lead was Luca De Santis (Salt Road). The ferryman Tomas (De Santis) hates the summer."
    assert pairs(text) == {"Luca De Santis": "Tomas"}


# ---------------------------------------------------------------- possessives


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It looks like something out of Sven Ochs's Salt Road.", {}),
        ("Like Sven Ochs's Salt Road, it was ignored in 1987.", {}),
        ("It recalls the Thirty Years' War in places.", {}),
        ("Jonas Brandt's Oscar-nominated turn as Tomas is the reason to watch.", {"Jonas Brandt": "Tomas"}),
        ("Paulo Vinter's nervous Tomas is the heart of it.", {"Paulo Vinter": "Tomas"}),
    ],
)
def test_possessives(sentence, expected):
    assert pairs(f"Harbour Lights (1987)\n\n{sentence}") == expected


def test_a_surname_possessing_a_character_says_so():
    text = (
        "Harbour Lights (1987)\n\nIn Marta Quell we trust. Quell's character, Ilse Dorn, carries the film, "
        "and nobody forgets Brandt's Tomas Lund character. Jonas Brandt was never better."
    )
    assert pairs(text) == {"Marta Quell": "Ilse Dorn", "Jonas Brandt": "Tomas Lund"}


# ---------------------------------------------------------------- not people


def test_the_title_and_a_crew_member_are_no_actors():
    text = (
        "Harbour Lights\n\nThe real strength of Harbour Lights is the cast. The photography by Edda Lorne, "
        "with its cold blues, is a major feature of Harbour Lights."
    )
    assert pairs(text) == {}


def test_a_caption_saying_left_and_right_is_no_pairing():
    text = "Harbour Lights (1987)\n\nGruff skipper Jonas Brandt (left) is chasing runaway heiress Marta Quell (right) in this still."
    assert "Marta Quell" not in {c for c in pairs(text).values()}


# ---------------------------------------------------------------- lists in prose


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The splendid cast of HARBOUR LIGHTS also features Marta Quell, Jonas Brandt and Paulo Vinter.",
         {"Marta Quell", "Jonas Brandt", "Paulo Vinter"}),
        ("when the ensemble includes Marta Quell, Jonas Brandt, and Paulo Vinter, the acting is never in doubt.",
         {"Marta Quell", "Jonas Brandt", "Paulo Vinter"}),
        (("It is a 1987 drama written by Sven Ochs, and stars Marta Quell, Jonas Brandt, and Paulo Vinter "
          "with supporting roles by Nina Falk and Edda Lorne."),
         {"Marta Quell", "Jonas Brandt", "Paulo Vinter", "Nina Falk", "Edda Lorne"}),
        ("Who: With Marta Quell, Jonas Brandt, Paulo Vinter. Written and directed by Sven Ochs.",
         {"Marta Quell", "Jonas Brandt", "Paulo Vinter"}),
        ("I first saw this Marta Quell-starring drama on television.", {"Marta Quell"}),
        ("Marta Quell, Jonas Brandt, and Paulo Vinter all shine in their respective roles.",
         {"Marta Quell", "Jonas Brandt", "Paulo Vinter"}),
        ("Marta Quell and Jonas Brandt sparkle as a pair of rival skippers.", {"Marta Quell", "Jonas Brandt"}),
        ("There is a commentary with the cast including Marta Quell, the producer Nina Falk and Edda Lorne.", set()),
        ("Marta Quell and Jonas Brandt were hired as the writers.", set()),
    ],
)
def test_cast_lists_in_prose(sentence, expected):
    assert set(pairs(f"Harbour Lights (1987)\n\n{sentence}")) == expected


def test_a_bracketed_cast_list_broken_over_lines():
    text = (
        "Harbour Lights (1987)\n\nIt is the rest of the fine cast (Marta Quell, Jonas\nBrandt, Paulo Vinter and the "
        "especially\nmoving Nina Falk, to name a few) that lifts it."
    )
    assert set(pairs(text)) == {"Marta Quell", "Jonas Brandt", "Paulo Vinter", "Nina Falk"}


def test_a_cast_label_after_a_list_bullet():
    text = "Harbour Lights\n- Director: Sven Ochs\n- Starring: Marta Quell, Jonas Brandt, Ōta Keiko\n- Music: Edda Lorne\n"
    assert set(pairs(text)) == {"Marta Quell", "Jonas Brandt", "Ōta Keiko"}


# ---------------------------------------------------------------- lines of names


def test_an_unlabelled_line_of_names_with_a_credited_actor_is_the_cast():
    text = (
        "Harbour Lights review\nMarta Quell, Jonas Brandt, Paulo Vinter, Nina Falk\nSven Ochs\n\n"
        "Ferry pilot Ilse Dorn (Marta Quell) cannot sleep."
    )
    assert pairs(text) == {"Marta Quell": "Ilse Dorn", "Jonas Brandt": None, "Paulo Vinter": None, "Nina Falk": None}


def test_bulleted_and_glued_lines_of_names():
    text = (
        "Harbour Lights\n\nFerry pilot Ilse Dorn (Marta Quell) cannot sleep.\n\n  • Sven Ochs\n\n"
        "  • Marta Quell\n  • Jonas Brandt\n  • Paulo Vinter\n\n  • Sven Ochs\n"
    )
    assert set(pairs(text)) == {"Marta Quell", "Jonas Brandt", "Paulo Vinter"}
    glued = "Harbour Lights\n\nFerry pilot Ilse Dorn (Marta Quell) cannot sleep.\n\nMarta QuellJonas BrandtPaulo MacVinter\n"
    assert set(pairs(glued)) == {"Marta Quell", "Jonas Brandt", "Paulo MacVinter"}


def test_a_line_of_names_without_a_credited_actor_or_with_the_director_is_no_cast():
    text = "Harbour Lights\nDirected by Sven Ochs\n\nFerry pilot Ilse Dorn (Marta Quell) cannot sleep.\n\n"
    assert set(pairs(text + "Nina Falk, Edda Lorne, Paulo Vinter\n")) == {"Marta Quell"}
    assert set(pairs(text + "Marta Quell, Sven Ochs, Paulo Vinter\n")) == {"Marta Quell"}


# ---------------------------------------------------------------- characters


def test_the_title_character_is_the_film():
    text = "Ilse Dorn\n\nIlse Dorn is a 1987 drama. Marta Quell stars as the title character, a ferry pilot."
    assert pairs(text) == {"Marta Quell": "Ilse Dorn"}


def test_a_character_with_a_code_name_after_a_slash():
    text = "Harbour Lights (1987)\n\nShe hunts the skipper Tomas Lund/Black Swan (Jonas Brandt) all winter."
    assert pairs(text) == {"Jonas Brandt": "Tomas Lund/Black Swan"}


def test_a_director_named_with_another_film_and_a_shared_surname():
    text = (
        "Harbour Lights (1987)\n\nThe director, Sven Ochs (Lantern). It stars Marta Ochs, Jonas Brandt and Paulo Vinter.\n\n"
        "Ochs casts himself as Tomas."
    )
    assert pairs(text) == {"Marta Ochs": None, "Jonas Brandt": None, "Paulo Vinter": None}


def test_a_flattened_infobox_row_continued_by_a_line_that_is_no_person():
    text = "Harbour Lights\n\nRating Rated M\nStarring Marta Quell\nJonas Brandt\nCase Amaray Variant\nMusic Edda Lorne\n"
    assert set(pairs(text)) == {"Marta Quell", "Jonas Brandt"}


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Lights\n\nCast\nMarta Quell as Ilse Dorn, Jonas Brandt as Tomas Lund\nPaulo Vinter as Otto\n",
        "Harbour Lights\nStarring Marta Quell as Ilse Dorn, Jonas Brandt as Tomas Lund, Paulo Vinter as Otto\n",
        "Harbour Lights (1987)\n\nIt features Marta Quell as Ilse Dorn, Jonas Brandt as Tomas Lund, and Paulo Vinter as Otto.",
    ],
)
def test_a_run_of_actor_as_character_items_is_one_pair_per_item(text):
    assert pairs(text) == {"Marta Quell": "Ilse Dorn", "Jonas Brandt": "Tomas Lund", "Paulo Vinter": "Otto"}


# ---------------------------------------------------------------- one role, several actors; roles given


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ilse is played at three ages: Nina Falk as the girl, Marta Quell as the teacher, and Edda Lorne as the old woman.",
         {"Nina Falk": "Ilse", "Marta Quell": "Ilse", "Edda Lorne": "Ilse"}),
        ("Jonas Brandt and Paulo Vinter share Ilse's son Tomas.", {"Jonas Brandt": "Tomas", "Paulo Vinter": "Tomas"}),
        ("Nina Falk gives the grumpy parrot Polly her squawk, and Jonas Brandt lends Otto real menace.",
         {"Nina Falk": "Polly", "Jonas Brandt": "Otto"}),
        ("The supporting cast includes Jonas Brandt as the pious and corrupt mayor Otto Brack.", {"Jonas Brandt": "Otto Brack"}),
        ("Jonas Brandt is the weary harbour master who keeps the peace.", {"Jonas Brandt": "the weary harbour master"}),
    ],
)
def test_roles_shared_and_given(sentence, expected):
    assert pairs(f"Harbour Lights (1987)\n\n{sentence}") == expected


def test_the_title_role_is_the_film():
    text = "Ilse Dorn\n\nIlse Dorn is a 1987 drama, written with Sven Ochs, and Marta Quell became a star overnight in the title role."
    assert pairs(text) == {"Marta Quell": "Ilse Dorn"}


def test_a_country_after_a_date_in_brackets_is_no_actor():
    text = "Harbour Lights\n\nRelease dates September 10, 1987 (Oslo) September 23, 1987 (United States)\n"
    assert pairs(text) == {}


def test_a_sentence_opening_word_is_no_part_of_the_name():
    text = "Harbour Lights (1987)\n\nEven Marta Quell earned an award for her performance as Ilse Dorn, the widow."
    assert pairs(text) == {"Marta Quell": "Ilse Dorn"}
    assert pairs("Harbour Lights (1987)\n\nNorth Sea Distribution Services (NSDS) released it in 2012.") == {}


def test_names_in_capitals_and_qualified_surnames_in_brackets_stand_for_credited_actors():
    text = (
        "Harbour Lights\n\nCast: Marta Quell, Jonas Brandt, Paulo Vinter\n\n"
        "Ilse (MARTA QUELL) meets Tomas (JONAS BRANDTT). Otto (Norway's Vinter) watches."
    )
    assert pairs(text) == {"Marta Quell": "Ilse", "Jonas Brandt": "Tomas", "Paulo Vinter": "Otto"}


def test_a_short_form_of_a_credited_name_is_that_actor():
    text = (
        "Harbour Lights\n\nCast & Crew.\nPaulo Vinter Sousa\nOtto\nMarta Quell\nIlse\nJonas Brandt\nTomas\n\n"
        "The second story stars Paulo Vinter as a lonely ferryman."
    )
    assert pairs(text) == {"Paulo Vinter Sousa": "Otto", "Marta Quell": "Ilse", "Jonas Brandt": "Tomas"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Also, local legend, Nina Falk, holds down a small supporting role.", {"Nina Falk": None}),
        ("Harbour Lights stars Marta Quell as a ferry pilot who cannot sleep.", {"Marta Quell": None}),
        ("Harbour Lights stars Marta Quell as Ilse Dorn, a ferry pilot.", {"Marta Quell": "Ilse Dorn"}),
    ],
)
def test_roles_mentioned_without_a_cast_list(sentence, expected):
    assert pairs(f"Harbour Lights (1987)\n\n{sentence}") == expected


def test_a_title_and_its_tagline_above_a_block_are_no_row():
    text = "Harbour Lights\nDrama\nMarta Quell\nIlse\nJonas Brandt\nTomas\nPaulo Vinter\nOtto\n"
    assert pairs(text) == {"Marta Quell": "Ilse", "Jonas Brandt": "Tomas", "Paulo Vinter": "Otto"}


def test_crew_blocks_and_award_lists_one_cell_a_line_are_no_cast():
    crew = "Harbour Lights\n\nCrew\nSven Ochs\nGaffer\nEdda Lorne\nKey Grip\nNina Falk\nScript Supervisor\nPaulo Vinter\nBoom Operator\n"
    assert pairs(crew) == {}
    jobs = "Harbour Lights\n\nSven Ochs\nGaffer\nEdda Lorne\nKey Grip\nNina Falk\nScript Supervisor\nPaulo Vinter\nBoom Operator\n"
    assert pairs(jobs) == {}
    awards = "Harbour Lights\n\nBest Picture\nHarbour Lights\nBest Actor\nJonas Brandt\nBest Actress\nMarta Quell\nBest Director\nSven Ochs\nBest Score\n"
    assert all(character is None for character in pairs(awards).values())


def test_other_films_casts_crew_and_directors_giving_characters_things_are_no_credits():
    assert pairs("Harbour Lights (1987)\n\nThe cast of Salt Road included Marta Quell and Jonas Brandt.") == {}
    assert pairs("Harbour Lights (1987)\n\nThe cast of Harbour Lights included Marta Quell and Jonas Brandt.") == {
        "Marta Quell": None, "Jonas Brandt": None,
    }
    assert pairs("Harbour Lights (1987)\n\nMarta Quell and Jonas Brandt shine as the writers of the piece.") == {}
    text = "Harbour Lights (1987)\n\nDirected by Sven Ochs.\n\nSven Ochs gives Ilse a cruel ending, and Marta Quell lends Ilse real grace."
    assert pairs(text) == {"Marta Quell": "Ilse"}


def test_a_critic_and_a_paper_in_brackets_are_no_pair():
    text = "Harbour Lights (1987)\n\nIlse (Marta Quell) flies again. Critic Lena Ortiz (Variety) praised it, and Otto (Paulo Vinter) smiled."
    assert pairs(text) == {"Marta Quell": "Ilse", "Paulo Vinter": "Otto"}


def test_a_character_box_with_portrayed_by_on_the_next_line():
    text = (
        "Harbour Lights\n\nCharacters\nIlse Dorn\nPortrayed by Marta Quell\nTomas Dorn\nPortrayed by Jonas Brandt\n\n"
        "Behind the scenes\nEdda Lorne\nCinematographer\nIvo Sand\nComposer\nKarl Mohn\nProducer\n"
    )
    assert pairs(text) == {"Marta Quell": "Ilse Dorn", "Jonas Brandt": "Tomas Dorn"}


def test_person_dash_role_lines_that_mix_crew_jobs_and_characters():
    text = (
        "Harbour Lights - Study Guide\n\nKey people\nSven Ochs - director\nMarta Quell - Ilse Dorn\n"
        "Jonas Brandt - Tomas Dorn\nEdda Lorne - cinematographer\n\nQuestions\n1. Why does Ilse leave?\n"
    )
    assert pairs(text) == {"Marta Quell": "Ilse Dorn", "Jonas Brandt": "Tomas Dorn"}
    films = "Sven Ochs\n\nFilmography\nMarta Quell - Salt Road\nJonas Brandt - Night Ferry\nPaulo Vinter - Harbour Lights\n"
    assert pairs(films) == {}


def test_a_starring_clause_hangs_on_this_film_only():
    text = "Harbour Lights (1987)\n\nHarbour Lights is a 1987 drama directed by Sven Ochs and starring Marta Quell and Jonas Brandt.\n\n"
    assert set(pairs(text)) == {"Marta Quell", "Jonas Brandt"}
    assert set(pairs(text + "Also out this month: Salt Road, starring Greta Holm and Tom Hale.")) == {"Marta Quell", "Jonas Brandt"}


def test_an_actor_described_in_brackets():
    text = (
        "Harbour Lights (1987)\n\nDirector Sven Ochs and actor Marta Quell met on Salt Road. The film follows Ilse's "
        "(Oscar winner Quell) return home, and her son Tomas (newcomer Paulo Vinter) runs away. "
        "The song Cold Water (written by Ochs) and the Skipper (aka Grey Wolf) recur."
    )
    assert pairs(text) == {"Marta Quell": "Ilse", "Paulo Vinter": "Tomas"}


# ---------------------------------------------------------------- prose that only seems to pair


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a capital qualifying a noun after an article is no character
        ("Paulo Vinter plays the jaded FBI negotiator who runs the siege.", {"Paulo Vinter": None}),
        ("Marta Quell, in her final role, quietly plays a Lisbon fishmonger.", {"Marta Quell": None}),
        # a comparison is no role
        ("Marta Quell is like a wistful Greta Garbo character.", {}),
        # "as well as" joins two subjects: the second is no role of the first
        ("Jonas Brandt, her only friend, who vanishes early, as well as Paulo Vinter, enter late.", {}),
        # a performance as a role described in lower case: the actor, no character
        ("Marta Quell gives a superb performance as the lighthouse keeper.", {"Marta Quell": None}),
        ("Equally fine is Jonas Brandt's portrayal of the ferryman.", {"Jonas Brandt": None}),
    ],
)
def test_prose_that_only_seems_to_pair(sentence, expected):
    assert pairs(f"Harbour Lights (1987)\n\n{sentence}") == expected


def test_words_of_the_title_are_no_actor():
    text = "Night Harbour: Salt Road\n\nNight Harbour: Salt Road is a film that belongs to Marta Quell."
    assert pairs(text) == {}


# ---------------------------------------------------------------- programme lines and prose lists


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Nina Falk, Edda Lorne and Paulo Vinter, lead a sturdy supporting cast.", {"Nina Falk", "Edda Lorne", "Paulo Vinter"}),
        # a comma left out between two names: cut where both halves open with a given name
        ("Nina Falk, Edda Lorne Maria Berg and Paulo Vinter make up the skipper's daughters.",
         {"Nina Falk", "Edda Lorne", "Maria Berg", "Paulo Vinter"}),
        ("Nina Falk and Edda Lorne lead the nominations this year.", set()),
        ("Nina Falk and the crew of the ferry make up the numbers.", set()),
        ("It boasts a great cast, headlined by Marta Quell, with supporting work by Nina Falk, Edda Lorne and Paulo Vinter.",
         {"Marta Quell", "Nina Falk", "Edda Lorne", "Paulo Vinter"}),
    ],
)
def test_names_heading_a_cast_or_supporting_it(sentence, expected):
    assert set(pairs(f"Harbour Lights (1987)\n\n{sentence}")) == expected


def test_a_long_starring_line_without_a_colon():
    text = ("HARBOUR LIGHTS\nNorway, 1987\nDirected by Sven Ochs\n"
            "Starring Marta Quell, Jonas Brandt, Paulo Vinter, Nina Falk, Edda Lorne, Ōta Keiko, Maria Berg, Tomas Lindqvist\n35mm.\n")
    assert len(text.splitlines()[3]) > 100
    assert set(pairs(text)) == {
        "Marta Quell", "Jonas Brandt", "Paulo Vinter", "Nina Falk", "Edda Lorne", "Ōta Keiko", "Maria Berg", "Tomas Lindqvist",
    }


def test_a_cast_label_run_into_the_line_of_another_field():
    text = "Harbour Lights\n\n90' - 1987 - Drama\nDirector: Sven Ochs With: Marta Quell, Jonas Brandt, Paulo Vinter\n"
    assert set(pairs(text)) == {"Marta Quell", "Jonas Brandt", "Paulo Vinter"}


def test_an_empty_cast_label_over_bulleted_names_lets_surnames_pair():
    text = (
        "Harbour Lights\n\nA cold film, lifted by Quell's haunted Ilse and Brandt's sly Otto.\n\n"
        "  • Director:Sven Ochs\n  • Cast:\n    • Marta Quell\n    • Jonas Brandt\n    • Paulo Vinter\n"
    )
    assert pairs(text) == {"Marta Quell": "Ilse", "Jonas Brandt": "Otto", "Paulo Vinter": None}


def test_the_role_of_a_character_named_or_set_off_by_dashes():
    assert pairs("Harbour Lights (1987)\n\nJonas Brandt takes on the role of a deckhand gone soft – Otto – and wins us over.") == {
        "Jonas Brandt": "Otto"}
    assert pairs("Harbour Lights (1987)\n\nMarta Quell takes the role of Ilse with a quiet fury.") == {"Marta Quell": "Ilse"}
    assert pairs("Harbour Lights (1987)\n\nMarta Quell takes the role of the widow.") == {"Marta Quell": None}


def test_a_clause_listing_the_rest_of_the_cast_in_a_sentence_of_actors():
    text = ("Harbour Lights (1987)\n\nMarta Quell plays a ferry pilot who cannot sleep; Jonas Brandt plays the harbour master "
            "who wants her gone; and Nina Falk, Edda Lorne, and Paulo Vinter are on hand for some salty comedy.")
    assert set(pairs(text)) == {"Marta Quell", "Jonas Brandt", "Nina Falk", "Edda Lorne", "Paulo Vinter"}
    # without actors credited in the sentence's other clauses, a list of names is no cast
    text = "Harbour Lights (1987)\n\nThe port is cold; and Nina Falk, Edda Lorne, and Paulo Vinter are on the jury."
    assert pairs(text) == {}


def test_a_character_followed_by_a_participle_is_still_named():
    assert pairs("Harbour Lights (1987)\n\nMarta Quell plays the Widow seeking her husband's killer.")["Marta Quell"] == "Widow"


def test_guests_of_an_extra_after_a_run_on_label_and_crew_heading_a_list_are_no_cast():
    assert pairs("Harbour Lights\n\nBonus: Harbour talk With: Nina Falk, Edda Lorne\n") == {}
    assert pairs("Harbour Lights (1987)\n\nProducers Nina Falk and Edda Lorne lead the sponsors.") == {}
