"""Answer builders over hand-made records: content, conflicts, spoilers, sources, None-safety."""

from __future__ import annotations

import dataclasses

from bot.answers import (build_cast, build_character, build_disc, build_film, build_person, build_plot,
                         build_sources, help_answer)
from bot.answers.models import Answer
from bot.store.records import ClaimSet
from tests.answers.factories import (S_A_VERDICT, S_CAST2, S_HEADER, S_INTRO, S_PLOT, S_V_VERDICT, bare_film,
                                     claims, lantern, person, src)


def field(answer: Answer, name: str):
    return next(f for f in answer.fields if f.name == name)


def all_cited(answer: Answer) -> bool:
    """Every source a field, conflict or passage cites is listed in answer.sources."""
    listed = {(s.document_id, s.start) for s in answer.sources}
    cited = [s for f in answer.fields for s in (*f.sources, *(x for c in f.conflicts for x in c.sources))]
    cited += [p.source for p in answer.passages if p.source]
    return all((s.document_id, s.start) in listed for s in cited)


# -- film overview ------------------------------------------------------------------------


def test_film_overview_fields():
    answer = build_film(lantern())
    assert answer.kind == "film" and answer.film_id == 7
    assert answer.title == "The Lantern Keeper (2003)"
    assert answer.summary == "A 2003 film directed by Ada Marlow."
    assert field(answer, "Directed by").value == "Ada Marlow"
    assert field(answer, "Based on").value == "the novel Harbour Lights by Tomas Ekberg"
    assert field(answer, "Music by").value == "Rui Lenz"
    assert field(answer, "Runtime").value == "104 min (1 h 44 min)"
    assert field(answer, "Genres").value == "mystery, drama"
    assert field(answer, "Starring").value == "Jonah Pike (Eli Ward) and Mara Quill (Nell)"
    assert field(answer, "Sources").value == "two documents"
    assert all_cited(answer)


def test_film_year_conflict_is_kept_with_its_source():
    year = field(build_film(lantern()), "Year")
    assert year.value == "2003"
    assert year.sources == (S_INTRO,)
    assert [(c.value, c.sources) for c in year.conflicts] == [("2009", (S_HEADER,))]


def test_co_directors_from_one_document_are_not_conflicts():
    other = src(2, "Ben Ortiz directed it too, says the disc booklet.")
    film = lantern(directors=claims(("Ada Marlow", S_INTRO), ("Lee Ray", S_INTRO), ("Ben Ortiz", other)))
    director = field(build_film(film), "Directed by")
    assert director.value == "Ada Marlow, Lee Ray"
    assert [c.value for c in director.conflicts] == ["Ben Ortiz"]


def test_novel_author_only_and_rival_author():
    other = src(2, "The source book is by T. Eckberg.")
    film = lantern(novel_titles=ClaimSet(), novel_authors=claims(("Tomas Ekberg", S_INTRO), ("T. Eckberg", other)))
    based_on = field(build_film(film), "Based on")
    assert based_on.value == "a novel by Tomas Ekberg"
    assert [c.value for c in based_on.conflicts] == ["a novel by T. Eckberg"]


def test_leads_fall_back_to_first_credits_without_billing():
    film = lantern()
    unbilled = tuple(dataclasses.replace(m, billing=None) for m in film.cast)
    starring = field(build_film(lantern(cast=unbilled)), "Starring")
    assert "Otto Brandt (Sheriff Kale)" in starring.value


def test_bare_film_overview_is_none_safe():
    answer = build_film(bare_film())
    assert answer.title == "Untitled Reel"
    assert answer.summary is None
    assert [f.name for f in answer.fields] == ["Sources"]
    assert answer.sources == ()


# -- cast ---------------------------------------------------------------------------------


def test_cast_lists_every_actor_lead_first_with_descriptions():
    film = lantern()
    supporting_first = lantern(cast=(film.cast[2], film.cast[0], film.cast[1]))
    answer = build_cast(supporting_first)
    assert [f.name for f in answer.fields] == ["Jonah Pike (lead)", "Mara Quill (lead)", "Otto Brandt"]
    assert answer.fields[0].value == "as Eli Ward — a lighthouse keeper"
    assert answer.fields[1].value == "as Nell"
    assert answer.summary.endswith("three credited actors.")
    assert all_cited(answer)


def test_cast_shows_conflicting_character_descriptions():
    eli = build_cast(lantern()).fields[0]
    assert [(c.value, c.sources) for c in eli.conflicts] == [("a retired sailor", (S_CAST2,))]


def test_cast_of_film_without_cast():
    answer = build_cast(bare_film())
    assert answer.fields == ()
    assert "do not say who is in the cast" in answer.summary


def test_cast_member_without_character():
    film = lantern()
    nameless = dataclasses.replace(film.cast[2], character=None)
    answer = build_cast(lantern(cast=(nameless,)))
    assert answer.fields[0].value == "role not stated"


# -- plot ---------------------------------------------------------------------------------


def test_short_plot_holds_back_the_ending_and_says_so():
    answer = build_plot(lantern())
    assert [p.text for p in answer.passages] == [s.sentence for s in S_PLOT[:4]]
    assert not answer.has_spoilers
    assert "ending is held back" in answer.summary
    assert "lantern-review.txt" in answer.summary
    assert all_cited(answer)


def test_plot_reveals_ending_only_on_request():
    answer = build_plot(lantern(), reveal_ending=True)
    assert answer.passages[-1].text == S_PLOT[-1].sentence
    assert answer.passages[-1].spoiler and answer.has_spoilers
    assert "held back" not in answer.summary


def test_full_plot_tells_every_story_sentence():
    full = build_plot(lantern(), full=True)
    assert len(full.passages) == len(S_PLOT) - 1  # all but the ending
    revealed = build_plot(lantern(), full=True, reveal_ending=True)
    assert [p.text for p in revealed.passages] == [s.sentence for s in S_PLOT]


def test_endings_come_from_every_document():
    film = lantern()
    ending = src(2, "Nell sails away at dawn.")
    plot = (*film.plot[:-1], dataclasses.replace(film.plot[0], text=ending.sentence, source=ending, spoiler=True))
    hidden = build_plot(lantern(plot=plot))
    assert "held back" in hidden.summary and not hidden.has_spoilers
    revealed = build_plot(lantern(plot=plot), reveal_ending=True)
    assert revealed.passages[-1].source == ending and revealed.passages[-1].spoiler


def test_plot_that_is_all_ending():
    film = lantern()
    only_ending = (dataclasses.replace(film.plot[-1]),)
    answer = build_plot(lantern(plot=only_ending))
    assert answer.passages == () and answer.summary.startswith("The ending is held back")


def test_plot_of_film_without_story():
    answer = build_plot(bare_film(), full=True, reveal_ending=True)
    assert answer.passages == () and "no story" in answer.summary


def test_short_plot_comes_from_the_fullest_telling():
    film = lantern()
    other = src(2, "A keeper and a stranger search an island.")
    lines = (dataclasses.replace(film.plot[0], text=other.sentence, source=other), *film.plot)
    answer = build_plot(lantern(plot=lines))
    assert all(p.source.document_id == 1 for p in answer.passages)


# -- disc ---------------------------------------------------------------------------------


def test_disc_video_audio_subtitles_features_and_verdicts():
    answer = build_disc(lantern())
    assert field(answer, "Resolution").value == "1080p"
    assert field(answer, "Video codec").value == "AVC"
    assert field(answer, "Aspect ratio").value == "2.39:1"
    assert field(answer, "Audio").value == "DTS-HD Master Audio 5.1 (English)"
    assert field(answer, "Subtitles").value == "English SDH"
    assert field(answer, "Special features").value == "Audio commentary, Trailer"
    assert field(answer, "Picture, in review").sources == (S_V_VERDICT,)
    assert field(answer, "Sound, in review").value == S_A_VERDICT.sentence
    assert all_cited(answer)


def test_no_disc_details_said_honestly():
    answer = build_disc(bare_film())
    assert answer.fields == () and "no disc details" in answer.summary


# -- who ----------------------------------------------------------------------------------


def test_character_answer_names_actor_and_film():
    film = lantern()
    answer = build_character("Nell", [(film, film.cast[1])])
    assert answer.summary == "Nell is played by Mara Quill in The Lantern Keeper (2003)."
    assert answer.film_id == 7 and all_cited(answer)


def test_character_played_in_two_films():
    film, sequel = lantern(), lantern(id=8, title="The Lantern Keeper Returns", year=claims((2006, S_INTRO)))
    answer = build_character("Nell", [(film, film.cast[1]), (sequel, sequel.cast[1])])
    assert answer.summary == ("Nell is played by Mara Quill in The Lantern Keeper (2003) "
                              "and Mara Quill in The Lantern Keeper Returns (2006).")
    assert answer.film_id is None


def test_character_without_castings_is_not_found():
    assert not build_character("Nobody", []).found


def test_person_answer_lists_roles():
    answer = build_person(person(lantern(), 1), {7: "The Lantern Keeper (2003)"})
    assert answer.summary == "Jonah Pike plays Eli Ward in The Lantern Keeper (2003)."
    assert answer.fields[0].value == "as Eli Ward"
    assert all_cited(answer)


# -- sources and help ---------------------------------------------------------------------


def test_sources_count_facts_per_document_and_show_disagreements():
    answer = build_sources(lantern())
    review, disc = answer.fields[0], answer.fields[1]
    assert review.name == "lantern-review.txt" and "6 plot" in review.value and "2 year" in review.value
    assert disc.name == "lantern-bluray.txt" and "disc" in disc.value
    disagreements = {f.name for f in answer.fields if f.conflicts}
    assert disagreements == {"Year"}  # two descriptions of Eli Ward are alternatives, not a disagreement
    assert "disagree" in answer.summary


def test_sources_of_film_without_documents():
    answer = build_sources(bare_film())
    assert answer.fields == () and "no two claims disagree" in answer.summary


def test_help_lists_commands_and_examples():
    answer = help_answer()
    names = [f.name for f in answer.fields]
    for command in ("/film", "/cast", "/plot", "/bluray", "/who", "/sources", "/ask", "/help"):
        assert any(n.startswith(command) for n in names)
    assert "who directed" in answer.fields[-1].value


def test_person_with_several_jobs_says_each_verb_once():
    from bot.store.records import PersonRecord, PersonRole

    roles = (PersonRole(7, "The Lantern Keeper", "cast", "Eli Ward", (S_INTRO,)),
             PersonRole(8, "Salt and Stone", "cast", "Kip", (S_INTRO,)),
             PersonRole(8, "Salt and Stone", "director", None, (S_INTRO,)),
             PersonRole(9, "Dry Dock", "novelist", None, (S_INTRO,)))
    answer = build_person(PersonRecord(1, "Jonah Pike", roles))
    assert answer.summary == ("Jonah Pike plays Eli Ward in The Lantern Keeper and Kip in Salt and Stone, "
                              "directed Salt and Stone and wrote the novel behind Dry Dock.")
    assert [f.value for f in answer.fields] == ["as Eli Ward", "as Kip", "director", "novelist"]
    assert answer.film_id is None
