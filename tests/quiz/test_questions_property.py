"""Property: whatever the facts, every generated question has exactly one right option among four distinct ones."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bot.quiz.matching import normalise
from bot.quiz.questions import MAX_LABEL, OPTION_COUNT, generate_questions
from bot.quiz.vocabulary import ASPECT_RATIOS, AUDIO_CODECS, SPECIAL_FEATURES
from bot.store.records import (
    AudioTrack, CastMember, Claim, ClaimSet, DiscRecord, FilmRecord, PlotLine, Source,
)

# A small pool of name words, so that generated names share words ("Ana Lee" / "Lee").
WORDS = ["Ana", "Lee", "Bo", "Marek", "Sera", "Ben", "Dr.", "O'Neil", "Zoë", "Zoe", "Kai", "Ruth", "Ben-Ali"]
name = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
long_text = st.text(alphabet=st.characters(categories=("L", "N", "Zs", "Pd")), min_size=1, max_size=120)
SOURCE = Source(document_id=1, document="gen.txt", sentence="A generated sentence.", start=0, end=21)


def claim_sets(values):
    """ClaimSets of 0-3 claims, best first, sometimes nearly tied (conflicting sources)."""
    return st.lists(st.tuples(values, st.floats(0.1, 5)), max_size=3, unique_by=lambda t: t[0]).map(
        lambda pairs: ClaimSet(tuple(Claim(v, (SOURCE,), w) for v, w in sorted(pairs, key=lambda p: -p[1])))
    )


ratios = st.one_of(st.sampled_from(ASPECT_RATIOS), st.floats(1.1, 2.9).map(lambda r: f"{r:.2f}:1"))
codecs = st.one_of(st.sampled_from(AUDIO_CODECS), name)
features = st.one_of(st.sampled_from(SPECIAL_FEATURES), long_text)
plot_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.integers(0, 5000).map(str), st.sampled_from(
        ["offers", "money", "desert", "casino", "lantern", "whispers", "quietly", "bargained"])),
    min_size=6, max_size=30,
).map(" ".join)


@st.composite
def films(draw, film_id: int) -> FilmRecord:
    credits = draw(st.lists(st.tuples(name, st.one_of(st.none(), name)), max_size=8))
    return FilmRecord(
        id=film_id,
        title=draw(long_text),
        aliases=(),
        year=draw(claim_sets(st.integers(1900, 2030))),
        runtime_min=draw(claim_sets(st.integers(1, 300))),
        genres=ClaimSet(),
        directors=draw(claim_sets(name)),
        novel_titles=ClaimSet(),
        novel_authors=draw(claim_sets(name)),
        composers=draw(claim_sets(name)),
        cast=tuple(CastMember(i, actor, character, None, ClaimSet(), (SOURCE,))
                   for i, (actor, character) in enumerate(credits)),
        plot=tuple(PlotLine(t, False, SOURCE) for t in draw(st.lists(plot_text, max_size=4))),
        disc=DiscRecord(
            aspect_ratios=draw(claim_sets(ratios)),
            audio=tuple(AudioTrack(c, "5.1", None, (SOURCE,)) for c in draw(st.lists(codecs, max_size=3))),
            features=draw(claim_sets(features)),
        ),
        documents=(),
    )


corpora = st.integers(1, 3).flatmap(lambda n: st.tuples(*(films(i) for i in range(1, n + 1))))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus=corpora, seed=st.integers(0, 2**32), open_answer=st.booleans())
def test_every_question_has_one_right_option_among_four_distinct(corpus, seed, open_answer):
    questions = generate_questions(list(corpus), 12, random.Random(seed), open_answer=open_answer)
    for q in questions:
        event(q.kind)
        assert len(q.options) == OPTION_COUNT
        assert len({normalise(o) for o in q.options}) == OPTION_COUNT, q.options
        assert all(0 < len(o) <= MAX_LABEL for o in q.options)
        right = [o for o in q.options if q.accepts(o)]
        assert right == [q.answer], (q.prompt, q.options, q.alternatives)
        assert q.options[q.correct_option] == q.answer
        assert q.source is SOURCE
        assert not (open_answer and q.choice_only)
