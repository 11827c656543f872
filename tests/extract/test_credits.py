"""Director, source novel and composers (bot.extract.credits)."""

import pytest

from bot.extract import credits, extract_document
from bot.extract.header import find_fields
from bot.extract.text import build_document


@pytest.mark.parametrize(
    "text",
    [
        "Stone Bridge is a 1983 drama film directed by Anna Kowalski.",
        "Director: Anna Kowalski\nStarring: Tom Hale, Ann Lee",
        "Director ............ Anna Kowalski",
        "Directed by\nAnna Kowalski\n\nCast",
        "Anna Kowalski's 1983 war drama still stings.",
        "Stone Bridge [Blu-ray]\n\n(Anna Kowalski, 1983)",
        "Writer-director Anna Kowalski shot it in winter.",
        "Credits: Director, Anna Kowalski ; music, Piotr Nowak.",
    ],
)
def test_director_forms(text):
    assert extract_document(text).directors[0].value == "Anna Kowalski"


def test_a_surname_resolves_to_the_full_name_stated_elsewhere():
    facts = extract_document("The cast includes Greta Holm and Ivo Sand.\n\nHolm directs herself as the widow Ada.")
    assert [c.value for c in facts.directors] == ["Greta Holm"]
    assert {c.actor: c.character for c in facts.cast} == {"Greta Holm": "Ada", "Ivo Sand": None}
    facts = extract_document("Greta Holm stars.\n\nHolm directed on a tiny budget.")
    assert facts.directors[0].value == "Greta Holm"


def test_composer_forms_and_the_director_scoring_their_own_film():
    assert [c.value for c in extract_document("Music by Piotr Nowak").composers] == ["Piotr Nowak"]
    facts = extract_document("Stone Bridge is a 1983 drama directed by Anna Kowalski. The score, composed by Kowalski herself, is sparse.")
    assert {c.value for c in facts.composers} == {"Anna Kowalski"}
    facts = extract_document("The score by Lena Ortiz and Sam Reyes hums along.")
    assert {c.value for c in facts.composers} == {"Lena Ortiz", "Sam Reyes"}
    facts = extract_document("Maria Vogel's brooding score carries the finale.")
    assert [c.value for c in facts.composers] == ["Maria Vogel"]
    facts = extract_document("Maria Vogel's march has never sounded bigger.")
    assert [c.value for c in facts.composers] == ["Maria Vogel"]


def test_a_screenplay_composed_by_someone_is_not_music():
    facts = extract_document("Much of the credit belongs to the screenplay, composed by Dale Price with his usual rhythm.")
    assert facts.composers == []


@pytest.mark.parametrize(
    "text, title, author",
    [
        ("Based on a novel by John O\u2019Brien, the film is grim.", None, "John O'Brien"),
        ("It was adapted from Mia Lund's bestselling novel The Salt Road, with changes.", "The Salt Road", "Mia Lund"),
        ("The film is based on the 1921 memoir A Year at Sea by Oskar Berg.", "A Year at Sea", "Oskar Berg"),
        ('The screenplay is based on the short story "Cold Stars" by Ruth Adler.', "Cold Stars", "Ruth Adler"),
        ("Based on The Salt Road by Mia Lund Produced by Tom Hale Starring Ann Lee Music by Piotr Nowak", "The Salt Road", "Mia Lund"),
    ],
)
def test_source_novel_forms(text, title, author):
    novel = extract_document(text).novels[0].value
    assert (novel.title, novel.author) == (title, author)


def test_two_composers_sharing_a_possessive():
    facts = extract_document("Stone Bridge is a 1983 drama. Ada Brandt and Karl Holm's score is sparse and cold.")
    assert [c.value for c in facts.composers] == ["Ada Brandt", "Karl Holm"]


def test_possessive_before_music_names_a_composer_never_a_director():
    for text in (
        "Ada Brandt's original score is lovely.",
        "Ada Brandt's music carries the drama.",
        "Ada Brandt's score for the picture is lush.",
    ):
        facts = extract_document(text)
        assert [c.value for c in facts.directors] == [], text
        assert [c.value for c in facts.composers] == ["Ada Brandt"], text
    assert [c.value for c in extract_document("Ada Brandt's thriller is tense.").directors] == ["Ada Brandt"]
    assert extract_document("Ada Brandt's earlier thriller was better.").directors == []


def test_full_name_owning_the_title_is_the_director_and_a_surname_is_not():
    facts = extract_document("Stone Bridge is a 1983 drama. Ada Brandt's Stone Bridge opens on a pier.")
    assert [c.value for c in facts.directors if c.weight == 2.0] == ["Ada Brandt"]
    facts = extract_document("Stone Bridge is a 1983 drama. Brandt's Stone Bridge opens on a pier.")
    assert [c.value for c in facts.directors if c.weight == 2.0] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The score is again by Ona Reyes.",
        "The music, once more, by Ona Reyes, swells at every farewell.",
        "The score this time comes from Ona Reyes.",
        "Its soundtrack, as before, is by Ona Reyes.",
    ],
)
def test_composer_credit_with_an_aside(sentence):
    facts = extract_document(f"Salt Marsh\n\nSalt Marsh is a 2001 drama film. {sentence}")
    assert [c.value for c in facts.composers] == ["Ona Reyes"]


def test_director_credit_with_an_aside():
    facts = extract_document("Salt Marsh\n\nDirected, as before, by Ines Baro, the sequel returns to the coast.")
    assert facts.directors[0].value == "Ines Baro"


@pytest.mark.parametrize(
    "sentence",
    ["The music, once more, was inspired by Ona Reyes.", "The score was conducted by Ona Reyes.", "The music comes from Ona Reyes's record shop."],
)
def test_music_shaped_by_someone_else_is_no_composer_credit(sentence):
    assert extract_document(f"Salt Marsh\n\nSalt Marsh is a 2001 drama film. {sentence}").composers == []


def test_director_named_by_their_age_when_they_made_it():
    facts = extract_document("Salt Marsh (2004)\n\nInes Baro was 70 when she made this and it shows.")
    assert [c.value for c in facts.directors] == ["Ines Baro"]


@pytest.mark.parametrize("sentence", ["Ines Baro was 70 when she made her debut.", "Baro was 70 when she made this."])
def test_age_sentences_about_other_things_or_bare_surnames_name_no_director(sentence):
    assert extract_document(f"Salt Marsh (2004)\n\n{sentence}").directors == []


@pytest.mark.parametrize(
    "sentence, author, title",
    [
        ("Based on the Cormac Lyle novel, the film follows a father and son.", "Cormac Lyle", None),
        ("It was adapted from the 1996 Ines Baro novel Low Water.", "Ines Baro", "Low Water"),
        ("Kubrick's adaptation comes from the 1962 novel by Anthony Burch.", "Anthony Burch", None),
    ],
)
def test_source_novel_named_by_author_before_the_noun_or_after_from(sentence, author, title):
    novel = extract_document(f"Salt Marsh (2004)\n\n{sentence}").novels[0].value
    assert (novel.author, novel.title) == (author, title)


def test_two_composers_writing_the_score_together():
    facts = extract_document("Salt Marsh (2004)\n\nNick Marr and Warren Ode wrote the spare score.")
    assert [c.value for c in facts.composers] == ["Nick Marr", "Warren Ode"]


@pytest.mark.parametrize(
    "sentence, director",
    [
        ("Anna del Valle's 2006 dark fairy tale follows a girl in a buried kingdom.", "Anna del Valle"),
        ("This week we revisit Anna Kowalski's heartbreaker, written by Tom Hale.", "Anna Kowalski"),
        ("Anna Kowalski's 1962 portrait of a singer runs in real time.", "Anna Kowalski"),
        ("Anna Kowalski's caper moves fast.", "Anna Kowalski"),
        ("Anna Kowalski's earlier thriller is not discussed here.", None),
        ("Anna Kowalski's portrait of the killer is chilling.", None),
        ("'Stone Bridge' is a quiet heartbreaker about a ferryman.", None),
    ],
)
def test_possessive_before_a_film_noun_names_the_director(sentence, director):
    facts = extract_document(f"Stone Bridge\n\n{sentence}")
    assert (facts.directors[0].value if facts.directors else None) == director


def test_writer_of_a_show_notes_film_is_neither_director_nor_cast():
    facts = extract_document("Episode 12\n\nWe revisit Anna Kowalski's heartbreaker, written by Tom Hale.")
    assert [c.value for c in facts.directors] == ["Anna Kowalski"]
    assert facts.cast == []


def test_music_is_by_names_the_composer():
    facts = extract_document("Stone Bridge\n\nThe music is by Piotr Nowak.")
    assert [c.value for c in facts.composers] == ["Piotr Nowak"]


# ---------------------------------------------------------------- credit lines and blocks


def _directors(text: str, title: str | None = None) -> list[str]:
    """Director claims for `text`, with the film's title given (not chosen by the extractor)."""
    doc = build_document(text)
    return [c.value for c in credits.director_claims(doc, find_fields(doc), credits.People(doc), title)]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Lights (1981)\nDirected By Ines Baro\nA ferryman falls for a smuggler.",
        "Harbour Lights\n\nDirectorInes Baro\nWriterTom Hale",
        "Harbour Lights\n\n- Director: Ines Baro\n- Producer: Tom Hale",
        "Harbour Lights\nRegie\nInes Baro\nDrehbuch\nTom Hale",
        "Details\nKeep Case Region 2 Directed By Ines Baro\nRuntime 96 min",
        "Details\nSubtitles English Director Ines Baro\nRuntime 96 min",
    ],
)
def test_director_in_a_credits_block_or_a_flattened_row(text):
    assert set(_directors(text)) == {"Ines Baro"}


def test_a_job_before_the_director_label_is_someone_elses_credit():
    assert _directors("Details\nSets and Art Director Ines Baro\nRuntime 96 min") == []


def test_a_label_without_colon_needs_a_given_name_and_the_line_end():
    assert _directors("Notes\nSubtitles English Director Harbour Lights\n") == []
    assert credits._line_credits(build_document("Notes\nSubtitles Director Ines Baro shot it in winter.\n"), "director") == []


def test_crew_list_of_name_lines_over_job_lines():
    text = "Cast & Crew\nTom Hale\nProducer\nInes Baro\nScreenplay / Director\nOna Reyes\nOriginal Music Composer\nIvo Sand\nEditor"
    facts = extract_document(text)
    assert [c.value for c in facts.directors] == ["Ines Baro"]
    assert [c.value for c in facts.composers] == ["Ona Reyes"]


def test_a_cast_list_character_called_director_is_no_credit():
    assert _directors("Cast\nTom Hale\nThe Director\nAnn Lee\nDirector\nIvo Sand\nThe Nurse") == []


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Lights\n\nMusic byOna Reyes[3]\nCinematographyIvo Sand",
        "Harbour Lights\n\n- Music: Ona Reyes\n- Editing: Ivo Sand",
        "Details\nKeep Case Sleeve Music Ona Reyes\nRuntime 96 min",
        "Crew\nOriginal Music Composer\nOna Reyes\n\nCast",
    ],
)
def test_composer_in_a_credits_block_or_a_flattened_row(text):
    assert [c.value for c in extract_document(text).composers] == ["Ona Reyes"]


def test_family_credited_by_its_plural_surname_in_a_label_only():
    assert set(_directors("Harbour Lights\n\nDirected by: The Vargas\nWriter(s): The Vargas")) == {"The Vargas"}
    assert _directors("Harbour Lights\n\nThe Vargas wrote a song for it.") == []


# ---------------------------------------------------------------- authorship in prose


@pytest.mark.parametrize(
    "sentence, director",
    [
        ("Director Ines Baro's Academy Award-winning opus returns to disc.", "Ines Baro"),
        ("Explaining Ines Baro's magnum opus to a newcomer takes an evening.", "Ines Baro"),
        ("This bleak little tale by Ines Baro still haunts me.", "Ines Baro"),
        ("This sprawling satire by director Ines Baro skewers the press.", "Ines Baro"),
        ("It stands as this fondly remembered 1991 offering from Ines Baro.", "Ines Baro"),
        ("From Ines Baro, director of Low Water.", "Ines Baro"),
        ("From director Ines Baro comes a tale of two sisters.", "Ines Baro"),
        ("The director, Ines Baro(Low Water) .", "Ines Baro"),
        ("Its director, Ines Baro, grew up on the coast.", "Ines Baro"),
        ("We open with a commentary from writer/director Ines Baro and her editor.", "Ines Baro"),
        ("The Varga brothers' masterful adaptation of the memoir comes to life.", "Varga brothers"),
        ("Fans of this Varga Brothers classic will want it.", "Varga Brothers"),
    ],
)
def test_director_named_by_authorship_wording(sentence, director):
    assert extract_document(f"Harbour Lights\n\n{sentence}").directors[0].value == director


@pytest.mark.parametrize(
    "sentence",
    [
        "This tale by Ines Baro first appeared in her third book.",
        "It stands as this fondly remembered 1991 offering from Shout Factory.",
        "Fans of this Warner Brothers classic will want it.",
        "From Ines Baro's score to the final song, the mix is clear.",
    ],
)
def test_wording_that_names_someone_other_than_the_director(sentence):
    assert extract_document(f"Harbour Lights\n\n{sentence}").directors == []


def test_director_surname_before_a_possessive_resolves_to_the_full_name():
    text = "Harbour Lights\n\nInes Baro shot it in 1981.\n\nIt is hard to guess director Baro's intentions in the last reel."
    assert "Ines Baro" in _directors(text)
    # a capital after the possessive starts another film's title
    assert _directors("Harbour Lights\n\nInes Baro shot it.\n\nIt recalls director Baro's Low Water.") == []


@pytest.mark.parametrize(
    "sentence, director",
    [
        ("We have an interview from 1998 with director Ines Baro.", "Ines Baro"),
        ("It arrives to offer director Ines Baro gripping crime drama.", "Ines Baro"),
        ("Tom Hale plays flight director Ivo Sand.", None),
        ("Low Water director Tom Hale makes a cameo.", None),
        ("The second disc has a documentary by director Tom Hale.", None),
        ("The crew films a new movie for director Tom Hale (Ivo Sand).", None),
        ("We hear from director Ines Baro, fellow director Tom Hale and director Ivo Sand.", None),
    ],
)
def test_a_bare_director_mention(sentence, director):
    facts = extract_document(f"Harbour Lights\n\n{sentence}")
    assert (facts.directors[0].value if facts.directors else None) == director


# ---------------------------------------------------------------- the film's title owned


@pytest.mark.parametrize(
    "text, title, owner",
    [
        ("Ines Baro's The Salt Road (1977) won the jury prize.", "Salt Road", "Ines Baro"),
        ("Ines Baro's Salt Road won the jury prize.", "The Salt Road", "Ines Baro"),
        ("A new disc of Ines Baro's\nThe Salt Road arrives this week.", "The Salt Road", "Ines Baro"),
        ('Baro\'s "The Salt Road" is justly loved.', "The Salt Road", "Baro"),
        ('Ines Baro shot it.\n\nBaro\'s "The Salt Road" is justly loved.', "The Salt Road", "Ines Baro"),
        ('The title piece is Tom Hale\'s "The Salt Road", played twice.', "The Salt Road", None),
        ("Ines Baro's The Salt Road 2 is weaker.", "The Salt Road", None),
        ("Baro's Salt Road is unquoted, so the surname may be a role.", "The Salt Road", None),
    ],
)
def test_name_owning_the_films_title(text, title, owner):
    assert _directors(text, title) == ([owner] if owner else [])


# ---------------------------------------------------------------- composers in prose


@pytest.mark.parametrize(
    "sentence, composer",
    [
        ("From Ona Reyes's score to the final song, the mix is clear.", "Ona Reyes"),
        ("Folk singer Ona Reyes provides a spare, haunting soundtrack.", "Ona Reyes"),
        ("The lossless track provides an immersive soundtrack.", None),
    ],
)
def test_composer_prose_forms(sentence, composer):
    facts = extract_document(f"Harbour Lights\n\n{sentence}")
    assert [c.value for c in facts.composers] == ([composer] if composer else [])


# ---------------------------------------------------------------- source books


@pytest.mark.parametrize(
    "sentence, title, author",
    [
        ("Screenplay by Tom Hale; Based on the Book LOW WATER by Ines Baro", "LOW WATER", "Ines Baro"),
        ('It is an adaptation of the Ines Baro crime novel, "Low Water," and a loose one.', "Low Water", "Ines Baro"),
        ("It is a 1931 silent drama based on the book Low Water.", "Low Water", None),
        ("It is based on the book of the same name.", None, None),
    ],
)
def test_source_book_titled_in_capitals_quotes_or_alone(sentence, title, author):
    novels = extract_document(f"Harbour Lights\n\n{sentence}").novels
    assert ((novels[0].value.title, novels[0].value.author) if novels else (None, None)) == (title, author)


def test_novel_of_the_same_name_by_a_surname_takes_the_films_title():
    doc = build_document("Harbour Lights (1981)\n\nThe script is by Ines Baro.\n\nIt is based on Baro's 1975 novel of the same name.")
    novels = credits.novel_claims(doc, find_fields(doc), credits.People(doc), "Harbour Lights")
    assert [(c.value.title, c.value.author) for c in novels] == [("Harbour Lights", "Ines Baro")]
    novels = credits.novel_claims(doc, find_fields(doc))
    assert [(c.value.title, c.value.author) for c in novels] == [(None, "Ines Baro")]


def test_an_untitled_claim_takes_the_title_another_claim_of_that_author_states():
    text = "Harbour Lights\n\nIt is based on a novel by Ines Baro. The script trims Ines Baro's novel Low Water hard."
    assert {(c.value.title, c.value.author) for c in extract_document(text).novels} == {("Low Water", "Ines Baro")}


@pytest.mark.parametrize(
    "sentence, director",
    [
        ("Ines Baro's assured direction keeps the middle act moving.", "Ines Baro"),
        ("Tom Hale's art direction is lavish.", None),
        ("The picture was helmed by Ines Baro on a tiny budget.", "Ines Baro"),
        ("It is Ines Baro's love letter to the harbour towns of her youth.", "Ines Baro"),
        ("A masterpiece from Ines Baro, it still grips.", "Ines Baro"),
        ("Unlike the original from Tom Hale, it ends happily.", None),
        ("It is the new film from Sony Pictures.", None),
        ("Tom Hale, who directed Low Water, appears in a cameo.", None),
        ("It reunites the writer with French director Ines Baro.", "Ines Baro"),
        ("An interview with filmmaker Ines Baro closes the disc.", "Ines Baro"),
        ("Harbour director Ines Baro has a cameo.", None),
    ],
)
def test_more_authorship_wording(sentence, director):
    facts = extract_document(f"Salt Road\n\n{sentence}")
    assert (facts.directors[0].value if facts.directors else None) == director


def test_a_surname_helming_resolves_to_the_full_name():
    assert extract_document("Salt Road\n\nIt stars Ines Baro and Tom Hale.\n\nBaro helms with care.").directors[0].value == "Ines Baro"


@pytest.mark.parametrize(
    "text, title, director",
    [
        ("Salt Road director Ines Baro has a new film out.", "Salt Road", "Ines Baro"),
        ("Low Water director Tom Hale has a new film out.", "Salt Road", None),
        ("Ines Baro, director of The Salt Road, has a new film out.", "The Salt Road", "Ines Baro"),
        ("Ines Baro directed The Salt Road in one winter.", "The Salt Road", "Ines Baro"),
        ("Ines Baro directed Salt Road 2 in one winter.", "Salt Road", None),
    ],
)
def test_the_director_of_the_films_own_title(text, title, director):
    assert _directors(text, title) == ([director] if director else [])


@pytest.mark.parametrize(
    "text, key, name",
    [
        ("Salt Road\nDirector | Ines Baro\nStudio | North", "director", "Ines Baro"),
        ("Salt Road\nDirector(s): Ines Baro\nWriter(s): Tom Hale", "director", "Ines Baro"),
        ("Salt Road\nComposer(s): Ona Reyes\nEditor(s): Ivo Sand", "music", "Ona Reyes"),
        ("Salt Road\nMusic – Ona Reyes\nEditing – Ivo Sand", "music", "Ona Reyes"),
    ],
)
def test_label_separators_and_plural_labels(text, key, name):
    assert [c.value for c in credits._line_credits(build_document(text), key)] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Like Tom Hale's 1979 thriller, it builds its dread slowly.",
        "It plays as a nod to Tom Hale's thriller about a lighthouse.",
        "It is Tom Hale's favourite film of the decade.",
        "The Varga brothers' film Low Water is a different beast.",
        "Tom Hale's thriller Low Water is a different beast.",
        "A Marx Brothers film it is not.",
        "The disc includes a documentary directed by Tom Hale.",
        "She plays the director Ines Baro, who loses her nerve.",
    ],
)
def test_possessives_and_credits_of_other_films_extras_and_roles(sentence):
    assert extract_document(f"Salt Road\n\nSalt Road is a slow film.\n\n{sentence}").directors == []


def test_a_comparison_later_in_the_sentence_keeps_the_possessive():
    facts = extract_document("Salt Road\n\nInes Baro's 1991 thriller still grips like a vice.")
    assert facts.directors[0].value == "Ines Baro"


def test_a_title_after_the_film_noun_counts_when_it_is_the_films_own():
    assert _directors("Ines Baro's thriller Salt Road grips.", "Salt Road") == ["Ines Baro"]
    # the chosen title unsure, a title the page repeats is the film under review
    text = "Film notes\n\nFor me it is Ines Baro's masterpiece SALT ROAD.\n\nSalt Road opens at dawn. Salt Road ends at dusk."
    assert _directors(text, None) == ["Ines Baro"]
    assert _directors("Film notes\n\nFor me it is Ines Baro's masterpiece SALT ROAD.", None) == []


def test_a_quoted_title_the_page_repeats_is_owned_by_even_a_surname():
    text = 'Page\n\nThe ship sank. Baro\'s "Salt Road" is justly loved.\n\nI saw "Salt Road" twice, and "Salt Road" again.'
    assert _directors(text, "Wrong Title") == ["Baro"]
    assert _directors('Page\n\nBaro\'s "Salt Road" is justly loved.', "Wrong Title") == []


@pytest.mark.parametrize(
    "sentence, title, author",
    [
        ("It is loosely based upon the novel Low Water by Ines Baro.", "Low Water", "Ines Baro"),
        ("Screenplay by Tom Hale, from the novel by Ines Baro.", None, "Ines Baro"),
    ],
)
def test_source_book_after_based_upon_or_a_credit_lines_from(sentence, title, author):
    novel = extract_document(f"Harbour Lights\n\n{sentence}").novels[0].value
    assert (novel.title, novel.author) == (title, author)


def test_a_stage_play_is_no_source_book():
    assert extract_document("Harbour Lights\n\nIt is based upon the play by Ines Baro, a hit in 1979.").novels == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The screenplay, based on Tom Hale's original story, is tight.",
        "It draws on Tom Hale's horror novel of 1974.",
        "It was the peak of Tom Hale's film career.",
        "It marks Tom Hale's film debut, at nineteen.",
    ],
)
def test_a_film_noun_qualifying_another_noun_names_no_director(sentence):
    assert extract_document(f"Salt Road\n\n{sentence}").directors == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It is based on the 1962 novel 'Low Water' by Ines Baro.",
        "It was adapted from Ines Baro's 1962 novel, 'Low Water'.",
        "Tom Hale adapts Ines Baro's novel Low Water with care.",
        "An adaptation of Low Water, the novel by Ines Baro.",
    ],
)
def test_source_book_in_single_quotes_after_adapts_or_before_its_noun(sentence):
    novel = extract_document(f"Salt Road\n\n{sentence}").novels[0].value
    assert (novel.title, novel.author) == ("Low Water", "Ines Baro")


def test_the_title_called_someones_finest_work_unless_they_act_in_it():
    assert _directors('"Salt Road" is Ines Baro\'s finest work to date.', "Salt Road") == ["Ines Baro"]
    assert _directors("Salt Road is easily Tom Hale's best work. Tom Hale plays the ferryman.", "Salt Road") == []


def test_a_stars_possessive_before_a_film_noun_is_a_vehicle_not_a_direction():
    facts = extract_document("Salt Road\n\nStarring: Tom Hale, Ann Lee\n\nTom Hale's latest thriller is a lot of fun.")
    assert facts.directors == []
    facts = extract_document("Salt Road\n\nIt stars Ann Lee.\n\nTom Hale's latest thriller is a lot of fun.")
    assert [c.value for c in facts.directors] == ["Tom Hale"]


@pytest.mark.parametrize(
    "text, director",
    [
        ("Salt Road\n\nDirector: The Varga Brothers\nWriter: Tom Hale", "Varga Brothers"),
        ("Salt Road\n\n- Directed by: the Varga brothers", "Varga brothers"),
        ("Salt Road\n\nDirected by\nThe Vargas\n\nCast", "The Vargas"),
        ("Salt Road\n\nDirector: Warner Brothers", None),
    ],
)
def test_a_pair_or_family_credited_in_a_label(text, director):
    assert _directors(text)[:1] == ([director] if director else [])


def test_sentence_words_after_the_film_noun_are_no_title():
    assert _directors("Salt Road\n\nI loved Ines Baro's thriller In the end it won me over.", None) == ["Ines Baro"]


@pytest.mark.parametrize(
    "sentence, title, author",
    [
        # adjectives set off by a comma between the possessive and the noun
        ("It was adapted from Ines Baro's 1961 semi-autobiographical, prize-winning novel of the same name.", "Salt Road", "Ines Baro"),
        ("Salt Road is a fine film version of Ines Baro's gloomy seafaring novel.", None, "Ines Baro"),
        ('Ines Baro\'s beloved best-seller, "Low Water," has made a gripping film.', "Low Water", "Ines Baro"),
    ],
)
def test_source_book_in_a_film_version_or_a_best_seller_made_into_a_film(sentence, title, author):
    novel = extract_document(f"Salt Road\n\n{sentence}").novels[0].value
    assert (novel.title, novel.author) == (title, author)


def test_a_best_seller_without_a_word_of_the_film_is_no_source():
    assert extract_document("Salt Road\n\nInes Baro's beloved best-seller, 'Low Water', sold millions.").novels == []


@pytest.mark.parametrize(
    "text",
    [
        "Salt Road\n\nNorway 1983. Dir: Anna Kowalski. 95 min. DCP",
        "Salt Road\n\nIn Salt Road, the studio and director-writer Anna Kowalski have made a fable.",
        "Salt Road\n\nThe crowd loved Anna Kowalski's big, loud and strangely tender actioner.",
        "Salt Road\n\nAnna Kowalski spoke first.\n\nThis week we discuss the great Kowalski film Salt Road.",
    ],
)
def test_director_forms_of_programmes_and_trade_papers(text):
    assert extract_document(text).directors[0].value == "Anna Kowalski"


@pytest.mark.parametrize(
    "text",
    [
        "Salt Road\n\nAnna Kowalski spoke first.\n\nIt won a prize at the Kowalski film festival.",
        "Salt Road\n\nAnna Kowalski spoke first.\n\nIt recalls the first Kowalski film I ever saw.",
        "Salt Road\n\nAnna Kowalski spoke first.\n\nThe great Kowalski film Glass Harbor is better.",
        "Salt Road\n\nAnna Kowalski spoke first.\n\nIt feels like a Kowalski film, all frost and silence.",
        "Salt Road\n\nAnna Kowalski spoke first.\n\nIt lacks the Kowalski film's bite.",
    ],
)
def test_a_name_before_film_that_is_an_event_or_another_film(text):
    assert extract_document(text).directors == []


def test_a_semicolon_credit_run_names_the_composer():
    text = ("Salt Road\n\nProduction: Nordlys. Director Anna Kowalski; Producer Tom Hale; Screenplay Anna Kowalski; "
            "Camera Ivo Sand; Editor Ruth Adler, Sam Reyes; Music Piotr Nowak; Art Director Lena Ortiz\n")
    facts = extract_document(text)
    assert [c.value for c in facts.composers] == ["Piotr Nowak"]
    assert {c.value for c in facts.directors} == {"Anna Kowalski"}
    assert [c.value for c in extract_document("Salt Road\n\nWe met Piotr Nowak; music was his life; Tom Hale agreed.").composers] == []
