"""Question generation on hand-made films: kinds, sources, conflicts, blanks, mixing films."""

import random

from bot.quiz.questions import BUILDERS, DistractorPool, generate_questions
from bot.store.records import AudioTrack, DiscRecord, PlotLine
from tests.quiz.factories import cast, claims, make_film, source


def one_of_kind(kind, film, films=None, seed=0):
    pool = DistractorPool.from_films(films or [film])
    rng = random.Random(seed)
    for _ in range(50):
        if (q := BUILDERS[kind](film, pool, rng)) is not None:
            return q
    return None


def test_a_single_film_corpus_fills_a_game_of_ten():
    questions = generate_questions([make_film()], 10, random.Random(1))
    assert len(questions) == 10
    assert len({q.kind for q in questions}) >= 8
    assert len({q.prompt for q in questions}) == 10


def test_each_question_cites_the_sentence_of_its_answer():
    film = make_film()
    director = one_of_kind("director", film)
    assert director.answer == "Marta Velasquez"
    assert director.source == film.directors.best.sources[0]


def test_the_year_question_does_not_give_the_year_away():
    q = one_of_kind("year", make_film())
    assert q.answer == "1987" and "1987" not in q.prompt
    assert all(abs(int(o) - 1987) <= 6 for o in q.options)


def test_a_nearly_tied_conflict_skips_the_fact():
    film = make_film(year=claims(1987, 2004, weights=[1.0, 0.9]))
    assert one_of_kind("year", film) is None


def test_a_weak_rival_is_never_a_wrong_option_nor_accepted():
    film = make_film(year=claims(1987, 1989, weights=[3.0, 1.0]))
    for seed in range(20):
        q = one_of_kind("year", film, seed=seed)
        assert q.answer == "1987" and "1989" not in q.options
        assert not q.accepts("1989")


def test_runtime_options_stay_clear_of_every_claimed_runtime():
    film = make_film(runtime_min=claims(104, 106, weights=[3.0, 1.0]))
    for seed in range(20):
        q = one_of_kind("runtime", film, seed=seed)
        numbers = [int(o.split()[0]) for o in q.options if o != q.answer]
        assert all(abs(n - 104) > 2 and abs(n - 106) > 2 for n in numbers)


def test_co_credited_values_are_accepted_typed_but_never_offered():
    film = make_film(directors=claims("Marta Velasquez", "Hugo Brandt"))
    q = one_of_kind("director", film)
    assert "Hugo Brandt" not in q.options
    assert q.accepts("hugo brandt") and q.accepts("Velasquez")


def test_a_number_in_a_plot_sentence_is_blanked():
    film = make_film(plot=(PlotLine("Elias agrees to ferry the cargo for $300 a night.", False,
                                    source("Elias agrees to ferry the cargo for $300 a night.")),))
    q = one_of_kind("blank", film)
    assert q.prompt.endswith('"Elias agrees to ferry the cargo for $___ a night."')
    assert q.answer == "300" and q.answer_type == "number"
    assert q.accepts("$300") and not q.accepts("3000")


def test_a_name_or_rare_word_is_blanked_when_there_is_no_number():
    line = "Nell repairs the lighthouse lantern before the autumn storms arrive."
    film = make_film(plot=(PlotLine(line, False, source(line)),))
    q = one_of_kind("blank", film)
    assert q.answer == "Nell" and "___ repairs" in q.prompt
    film_without_names = make_film(cast=(), plot=(PlotLine(line, False, source(line)),))
    pool_films = [film_without_names, make_film(2, "Other", cast=(), plot=(
        PlotLine("The keeper polishes brasswork, whistling, counting gulls.", False, source("x")),))]
    word = one_of_kind("blank", film_without_names, pool_films)
    assert word is not None and word.answer in line and word.answer_type == "text"


def test_spoiler_lines_are_never_blanked():
    line = "Nell repairs the lighthouse lantern before the autumn storms arrive."
    film = make_film(plot=(PlotLine(line, True, source(line)),))
    assert one_of_kind("blank", film) is None


def test_open_answer_games_skip_choice_only_questions():
    questions = generate_questions([make_film()], 30, random.Random(2), open_answer=True)
    assert questions and all(q.kind != "feature" for q in questions)


def test_a_game_over_many_films_mixes_them_and_one_film_games_stay_on_it():
    films = [make_film(i, f"Film number {i}") for i in range(1, 6)]
    mixed = generate_questions(films, 10, random.Random(3))
    assert len({q.film_id for q in mixed}) > 1
    focused = generate_questions(films, 10, random.Random(3), film_id=4)
    assert {q.film_id for q in focused} == {4}


def test_the_same_seed_gives_the_same_game():
    films = [make_film(1), make_film(2, "Second")]
    assert generate_questions(films, 8, random.Random(9)) == generate_questions(films, 8, random.Random(9))


def test_another_name_of_a_tracks_codec_is_never_a_wrong_option():
    track = AudioTrack("LPCM", "2.0", "English", (source("English LPCM 2.0."),))
    film = make_film(disc=DiscRecord(audio=(track,)))
    other = make_film(2, "Other", disc=DiscRecord(audio=(AudioTrack("PCM", "1.0", None, (source("PCM mono."),)),)))
    for seed in range(20):
        q = one_of_kind("audio", film, [film, other], seed=seed)
        assert q.answer == "LPCM" and "PCM" not in q.options


def test_a_blanked_first_name_never_has_the_same_persons_surname_as_an_option():
    line = "After Elias loses the lighthouse, he rows to the mainland alone."
    film = make_film(plot=(PlotLine(line, False, source(line)),),
                     cast=cast(("Tomas Reyes", "Elias Ward"), ("June Okafor", "Nell Ambler"),
                               ("Peter Lindqvist", "Quill Hardy"), ("Ana Lee", "Mora Finch")))
    for seed in range(20):
        q = one_of_kind("blank", film, seed=seed)
        assert q.answer == "Elias" and "Ward" not in q.options


def test_a_value_with_no_words_is_never_an_answer():
    film = make_film(disc=DiscRecord(features=claims("-")))
    assert one_of_kind("feature", film) is None
