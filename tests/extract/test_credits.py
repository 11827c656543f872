"""Director, source novel and composers (bot.extract.credits)."""

import pytest

from bot.extract import extract_document


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
