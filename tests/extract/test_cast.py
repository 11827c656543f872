"""Cast credits in the forms pages use (bot.extract.cast)."""

import pytest

from bot.extract import extract_document


def pairs(text: str) -> dict[str, str | None]:
    return {c.actor: c.character for c in extract_document(text).cast}


@pytest.mark.parametrize(
    "text, actor, character",
    [
        ("The story follows Ada Brandt (Greta Holm), a retired pilot.", "Greta Holm", "Ada Brandt"),
        ("Helen Marr (Aunt Ida), Sam Reyes (Colonel Voss) and Tom Hale round out the cast.", "Helen Marr", "Aunt Ida"),
        ("The crew includes Greta Holm as Ada Brandt, a pilot.", "Greta Holm", "Ada Brandt"),
        ("Greta Holm plays Ada Brandt, a retired pilot.", "Greta Holm", "Ada Brandt"),
        ("Greta Holm stars as Ada Brandt.", "Greta Holm", "Ada Brandt"),
        ("She hides from her pimp Yuri (Ivo Sand) all winter.", "Ivo Sand", "Yuri"),
        ("The robot Bolt is voiced by Sam Reyes.", "Sam Reyes", "Bolt"),
        ("Sam Reyes voices the robot Bolt with deadpan charm.", "Sam Reyes", "Bolt"),
        ("Ada's brother, Karl, played by Ivo Sand, is the comic relief.", "Ivo Sand", "Karl"),
        ('A sailor called Jonas, or "Joe" to the English (played by Ivo Sand), trains her.', "Ivo Sand", "Jonas"),
        ("As Ada Brandt, Greta Holm is flinty and funny.", "Greta Holm", "Ada Brandt"),
        ("Greta Holm turns in a fine performance as the widow Ada Brandt.", "Greta Holm", "Ada Brandt"),
        ("Captain Marek, a drifter whom Ivo Sand plays with menace, arrives.", "Ivo Sand", "Captain Marek"),
        ("Greta Holm's flinty Ada Brandt is the heart of it.", "Greta Holm", "Ada Brandt"),
        ("Tom Hale (Night Train) is the innkeeper Otto.", "Tom Hale", "Otto"),
        ("Ivo Sand narrates.", "Ivo Sand", "the narrator"),
        ("Maureen O\u2019Hara plays Kate Danaher.", "Maureen O'Hara", "Kate Danaher"),
        ("Young pilot Ada Brandt (Greta Holm) is sent north by her boss.", "Greta Holm", "Ada Brandt"),
        ("Her brother Karl (Paul A. Varga), who limps, follows her.", "Paul A. Varga", "Karl"),
        ("Tom Hale is briefly seen as Ada's father and Ivo Sand as Uncle Jan.", "Tom Hale", "Ada's father"),
        ("The supporting cast includes Tom Hale as the brutal captain of the guards Otto Brack.", "Tom Hale", "Otto Brack"),
    ],
)
def test_pairing_forms(text, actor, character):
    assert pairs(text).get(actor) == character


def test_possessed_works_are_not_roles():
    assert pairs("Lena Ortiz's Oscar-winning score and Ruth Adler's Oscar-winning script both help.") == {}


def test_comma_list_of_performers_and_coordinated_pairs():
    found = pairs("Starring: Greta Holm, Ivo Sand, Tom Hale\n\nGreta Holm and Ivo Sand play the sisters Ada and Ilse.")
    assert found == {"Greta Holm": "Ada", "Ivo Sand": "Ilse", "Tom Hale": None}


def test_unseparated_infobox_names_are_cut_using_names_stated_elsewhere():
    found = pairs(
        "Directed by Anna Kowalski Starring Greta Holm Harry Dean Stanton Ivo Sand Music by Piotr Nowak\n\n"
        "Harry Dean Stanton is wonderful."
    )
    assert set(found) == {"Greta Holm", "Harry Dean Stanton", "Ivo Sand"}


def test_surnames_resolve_to_listed_actors():
    found = pairs(
        "The cast includes Greta Holm, Ivo Sand and a young actor named Pia Lind.\n\n"
        "Ada (Holm) hires the Kid (Lind). Sand is the sheriff Brack. Holm's Ada never blinks."
    )
    assert found == {"Greta Holm": "Ada", "Ivo Sand": "Brack", "Pia Lind": "Kid"}


def test_lead_and_supporting_billing_and_descriptions():
    facts = extract_document(
        "The film stars Greta Holm and Ivo Sand in the lead roles, with Tom Hale and Pia Lind in supporting roles. "
        "It follows Ada Brandt (Greta Holm), a retired pilot from Gdansk who cannot sleep."
    )
    billing = {c.actor: c.billing for c in facts.cast}
    assert billing == {"Greta Holm": "lead", "Ivo Sand": "lead", "Tom Hale": "supporting", "Pia Lind": "supporting"}
    holm = next(c for c in facts.cast if c.actor == "Greta Holm")
    assert (holm.character, holm.description) == ("Ada Brandt", "a retired pilot from Gdansk")


def test_people_who_are_not_cast():
    found = pairs(
        "Stone Bridge (Blu-ray) Review\nReviewed by Dana Kessler | Posted 2012\n\n"
        "Greta Holm plays Ada Brandt. Cinematographer Lars Berg shoots it cold, and the screenplay by "
        "Ruth Adler is sharp. The extras include an interview with Paul Mann.\n\n"
        "Kowalski would reunite with Holm for River Road (1990), opposite Tom Hale as the ferryman Jan.\n\n"
        "Customers also bought\nRiver Road (1990) - Tom Hale, Ann Lee"
    )
    assert found == {"Greta Holm": "Ada Brandt"}


def test_credit_block_lines_strip_credited_as_and_uncredited():
    found = pairs(
        "Cast (in credits order)\nGreta Holm ..... Ada Brandt\nIvo Sand ..... Karl (as Ivo Sandberg)\n"
        "Tom Hale ..... Porter (uncredited)\n\nWriting Credits\nRuth Adler ..... screenplay"
    )
    assert found == {"Greta Holm": "Ada Brandt", "Ivo Sand": "Karl", "Tom Hale": "Porter"}


def test_full_credits_block_under_an_annotated_cast_heading():
    facts = extract_document(
        "Stone Bridge (1983) - Full Cast & Crew\n\nDirected by\nIvo Sand ... (directed by)\n\n"
        "Cast (English dub, in credits order)\nGreta Holm ... Ada (voice)\n"
        "Karl Brandt ... The Ferryman / Old Karl (voice)\nLena Voss ... Nurse (voice) (uncredited)\n"
    )
    assert [(c.actor, c.character) for c in facts.cast] == [
        ("Greta Holm", "Ada"),
        ("Karl Brandt", "The Ferryman / Old Karl"),
        ("Lena Voss", "Nurse"),
    ]
    assert facts.directors[0].value == "Ivo Sand"


def test_cast_and_crew_block_with_dashes_separates_roles_from_jobs():
    facts = extract_document(
        "Salt Marsh (2013)\n\nCast & Crew\nOna Reyes — Dr. Ines Baro\nTomas Lind — Harbour Master (voice)\n"
        "Mira Kell — Director\nJon Abel — Original Music\nPia Holm — Cinematographer\n\nMovie Info\nA ferryman loses his nerve."
    )
    assert [(c.actor, c.character) for c in facts.cast] == [("Ona Reyes", "Dr. Ines Baro"), ("Tomas Lind", "Harbour Master")]
    assert (facts.directors[0].value, [c.value for c in facts.composers]) == ("Mira Kell", ["Jon Abel"])


def test_bulleted_cast_line_with_a_description_and_a_name_suffix():
    facts = extract_document(
        "Salt Marsh\n\nSalt Marsh is a 2007 drama film.\n\nCast\n* Ona Reyes as Ines Baro, a ferry pilot\n* Tomas Lind Jr. as Harbour Master Kell\n"
    )
    assert [(c.actor, c.character, c.description) for c in facts.cast] == [
        ("Ona Reyes", "Ines Baro", "a ferry pilot"),
        ("Tomas Lind Jr", "Harbour Master Kell", None),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Tomas Lind plays Ada, and Zendra plays Chani.", {"Tomas Lind": "Ada", "Zendra": "Chani"}),
        ("Supporting cast: Ida Brenner as Stilgar, Rufo as the desert guide.", {"Ida Brenner": "Stilgar", "Rufo": "the desert guide"}),
        ("Marta plays the piano.", {}),
        ("Ida Brenner plays Paul Atreides. Later, Paul plays Chani a song.", {"Ida Brenner": "Paul Atreides"}),
        ("Rufo as the desert guide is fine.", {}),
    ],
)
def test_single_word_stage_names_only_in_explicit_cast_constructions(sentence, expected):
    assert pairs(f"Salt Marsh (2004)\n\n{sentence}") == expected


def test_a_label_word_that_is_also_a_given_name_starts_a_name_but_never_an_award_phrase():
    assert pairs("Salt Marsh (2004)\n\nOscar Ilves plays Standard, and Oscar Winner Ada Roth plays Irene.") == {"Oscar Ilves": "Standard"}


def test_a_listing_with_its_year_credits_the_names_after_with_but_not_the_next_listing():
    text = (
        "Film4, 9pm: Salt Marsh (2004) ★★★★ Bleak drama with Ida Brenner, Tomas Wirth. Dir. Ana Ruiz. 102 mins\n\n"
        "BBC Two, 11pm: Low Water (2009) ★★★ Gentle comedy with Paul Okafor, Nora Vidal. Dir. Leo Park. 95 mins\n"
    )
    facts = extract_document(text)
    assert (facts.title, [c.actor for c in facts.cast]) == ("Salt Marsh", ["Ida Brenner", "Tomas Wirth"])


def test_with_names_in_a_sentence_without_a_listing_year_credit_nobody():
    assert pairs("Salt Marsh (2004)\n\nHer earlier comedy with Paul Okafor and Nora Vidal was better.") == {}


def test_actors_playing_a_group_have_no_character():
    text = "Greta Holm, Sam Reyes and Ivo Sand play the staff of the clinic, who work all night."
    assert pairs(text) == {"Greta Holm": None, "Sam Reyes": None, "Ivo Sand": None}


def test_actors_playing_named_members_of_a_group_pair_in_order_when_counts_match():
    assert pairs("Greta Holm, Sam Reyes and Ivo Sand play the siblings Ann, Bea and Cal.") == {
        "Greta Holm": "Ann", "Sam Reyes": "Bea", "Ivo Sand": "Cal",
    }
    assert pairs("Greta Holm, Sam Reyes and Ivo Sand play the siblings Ann and Bea.") == {
        "Greta Holm": None, "Sam Reyes": None, "Ivo Sand": None,
    }


def test_actor_playing_a_relation_has_no_character_and_music_is_no_role():
    assert pairs("Ann is lonely, and Paul Hardy plays her father.") == {"Paul Hardy": None}
    assert pairs("Greta Holm and Sam Reyes play the piano on the soundtrack.") == {}


def test_offscreen_relation_between_critics_is_no_cast_credit():
    assert pairs("Stone Bridge\n\nAnna Kowalski's colleague Tom Hale gave it three stars.") == {}


def test_starring_clause_joined_to_a_credit_names_cast():
    text = "We discuss Anna Kowalski's 1987 thriller Stone Bridge, written by Tom Hale and starring Greta Holm."
    assert pairs(text) == {"Greta Holm": None}
