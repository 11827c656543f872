"""Trivia questions generated from stored film facts (pure functions, seeded randomness).

Every question is built from a `FilmRecord`'s best-supported value of one fact and keeps the
`Source` sentence that states it, so the reveal can cite it. Wrong options are the same kind
of fact taken elsewhere (other actors, nearby years, other disc formats), filtered so that no
wrong option could also be read as right: options are compared with the same forgiving matcher
that judges typed answers, and against every value any source claims for the fact.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Literal

from bot.quiz.matching import AnswerType, answer_matches, normalise, same_answer, similar_titles
from bot.quiz.vocabulary import ASPECT_RATIOS, AUDIO_CODECS, SPECIAL_FEATURES, canonical_codec
from bot.store.records import CastMember, Claim, ClaimSet, FilmRecord, Source

QuestionKind = Literal[
    "actor_of_character", "character_of_actor", "director", "novelist", "composer",
    "year", "runtime", "aspect_ratio", "audio", "feature", "blank",
]

OPTION_COUNT = 4
MAX_LABEL = 80  # Discord's button label limit
# A rival claim this close to the best one's weight makes a single-valued fact uncertain.
RIVAL_WEIGHT_RATIO = 0.8
# Sentences outside this length make poor fill-in-the-blank prompts.
BLANK_SENTENCE_CHARS = (30, 300)
# Attempts per requested question before giving up on a corpus with too few facts.
ATTEMPTS_PER_QUESTION = 25


@dataclass(frozen=True, slots=True)
class Question:
    """One trivia question: its prompt, the right answer, four options and the answer's source.

    `options` always holds `answer` once, among wrong options no player could mistake for it.
    `alternatives` are other values that are also true (a co-director, a second audio track):
    accepted when typed, never offered as options.
    """

    kind: QuestionKind
    film_id: int
    film_title: str
    prompt: str
    answer: str
    answer_type: AnswerType
    options: tuple[str, ...]
    source: Source
    alternatives: tuple[str, ...] = ()
    choice_only: bool = False

    @property
    def correct_option(self) -> int:
        return self.options.index(self.answer)

    def accepts(self, response: str) -> bool:
        """Whether a typed response is right."""
        return any(answer_matches(response, value, self.answer_type) for value in (self.answer, *self.alternatives))


Conflicts = Callable[[str, str], bool]


@dataclass(frozen=True, slots=True)
class DistractorPool:
    """Facts of every film in the corpus, by kind, to draw wrong options from."""

    actors: tuple[str, ...]
    characters: tuple[str, ...]
    crew: dict[str, tuple[str, ...]]  # "director" / "novelist" / "composer" -> names
    aspect_ratios: tuple[str, ...]
    codecs: tuple[str, ...]
    features: tuple[str, ...]
    word_counts: Counter[str]  # how often each long lower-case word occurs in plot lines, for rarity

    @classmethod
    def from_films(cls, films: Iterable[FilmRecord]) -> DistractorPool:
        films = list(films)
        return cls(
            actors=_distinct(c.actor for f in films for c in f.cast),
            characters=_distinct(c.character for f in films for c in f.cast if c.character),
            crew={role: _distinct(v for f in films for v in _claim_values(getattr(f, field)))
                  for role, field in _CREW_FIELDS.items()},
            aspect_ratios=_distinct(v for f in films for v in _claim_values(f.disc.aspect_ratios)),
            codecs=_distinct(t.codec for f in films for t in f.disc.audio),
            features=_distinct(v for f in films for v in _claim_values(f.disc.features)),
            word_counts=Counter(w for f in films for line in f.plot for w in _WORD.findall(line.text)),
        )

    @property
    def people(self) -> tuple[str, ...]:
        return _distinct(chain(self.actors, *self.crew.values()))


Builder = Callable[[FilmRecord, DistractorPool, random.Random], "Question | None"]


def generate_questions(
    films: Sequence[FilmRecord],
    count: int,
    rng: random.Random,
    *,
    film_id: int | None = None,
    open_answer: bool = False,
) -> list[Question]:
    """Up to `count` distinct questions, kinds rotated for variety.

    Questions are about `film_id` when given, else about films drawn at random from `films`;
    wrong options come from all of `films`. Fewer than `count` come back when the facts run out.
    """
    pool = DistractorPool.from_films(films)
    targets = [f for f in films if film_id is None or f.id == film_id]
    kinds = [k for k in BUILDERS if not (open_answer and k in CHOICE_ONLY_KINDS)]
    questions: list[Question] = []
    seen: set[str] = set()
    rotation: list[QuestionKind] = []
    for _ in range(count * ATTEMPTS_PER_QUESTION):
        if len(questions) >= count or not targets:
            break
        if not rotation:
            rotation = rng.sample(kinds, len(kinds))
        question = BUILDERS[rotation.pop()](rng.choice(targets), pool, rng)
        if question is not None and question.prompt not in seen:
            seen.add(question.prompt)
            questions.append(question)
    return questions


# --- cast -------------------------------------------------------------------------------


def actor_of_character(film: FilmRecord, pool: DistractorPool, rng: random.Random) -> Question | None:
    """"Who plays <character>?": wrong options are other actors, then other people."""
    credit = _pick_credit(film, rng)
    if credit is None:
        return None
    truths = [c.actor for c in film.cast if c.character and same_answer(c.character, credit.character, "name")]
    return _choice_question(
        "actor_of_character", film, f"Who plays {credit.character} in {film.label}?",
        answer=credit.actor, answer_type="name", source=credit.sources[0], truths=truths,
        candidates=_tiers(rng, [c.actor for c in film.cast], pool.actors, pool.people), rng=rng,
    )


def character_of_actor(film: FilmRecord, pool: DistractorPool, rng: random.Random) -> Question | None:
    """"Which character does <actor> play?": wrong options are other characters."""
    credit = _pick_credit(film, rng)
    if credit is None:
        return None
    truths = [c.character for c in film.cast if c.character and same_answer(c.actor, credit.actor, "name")]
    return _choice_question(
        "character_of_actor", film, f"Which character does {credit.actor} play in {film.label}?",
        answer=credit.character, answer_type="name", source=credit.sources[0], truths=truths,
        candidates=_tiers(rng, [c.character for c in film.cast if c.character], pool.characters), rng=rng,
    )


def _pick_credit(film: FilmRecord, rng: random.Random) -> CastMember | None:
    credits = [c for c in film.cast if c.character and c.sources]
    return rng.choice(credits) if credits else None


# --- crew -------------------------------------------------------------------------------

_CREW_FIELDS = {"director": "directors", "novelist": "novel_authors", "composer": "composers"}
_CREW_PROMPTS = {
    "director": "Who directed {label}?",
    "novelist": "Who wrote the novel behind {label}?",
    "composer": "Who composed the score of {label}?",
}


def _crew_builder(role: QuestionKind) -> Builder:
    def build(film: FilmRecord, pool: DistractorPool, rng: random.Random) -> Question | None:
        claims: ClaimSet[str] = getattr(film, _CREW_FIELDS[role])
        best = claims.best
        if best is None or not best.sources:
            return None
        return _choice_question(
            role, film, _CREW_PROMPTS[role].format(label=film.label),
            answer=best.value, answer_type="name", source=best.sources[0], truths=_claim_values(claims),
            candidates=_tiers(rng, pool.crew[role], pool.people), rng=rng,
        )

    build.__name__ = f"{role}_question"
    build.__doc__ = f"The film's best-supported {role}; wrong options are other people of the corpus."
    return build


# --- numbers ----------------------------------------------------------------------------


def year_question(film: FilmRecord, pool: DistractorPool, rng: random.Random) -> Question | None:
    """The release year; wrong options are years close to it (the title alone, so no label leaks it)."""
    best = _settled_best(film.year)
    if best is None:
        return None
    near = [best.value + d for d in _offsets(rng, range(1, 7))]
    return _choice_question(
        "year", film, f"In what year was {film.title} released?",
        answer=str(best.value), answer_type="number", source=best.sources[0],
        truths=[str(v) for v in _claim_values(film.year)], candidates=[str(y) for y in near], rng=rng,
        also_true=False,
    )


def runtime_question(film: FilmRecord, pool: DistractorPool, rng: random.Random) -> Question | None:
    """The running time; wrong options differ by at least three minutes from any claimed one."""
    best = _settled_best(film.runtime_min)
    if best is None:
        return None
    truths = [f"{v} minutes" for v in _claim_values(film.runtime_min)]
    near = [best.value + d for d in _offsets(rng, range(3, 31))]
    return _choice_question(
        "runtime", film, f"How long does {film.label} run?",
        answer=f"{best.value} minutes", answer_type="number", source=best.sources[0],
        truths=truths, candidates=[f"{m} minutes" for m in near if m > 0], rng=rng,
        conflicts=_within_minutes(2), also_true=False,
    )


def _offsets(rng: random.Random, magnitudes: range) -> list[int]:
    """Signed offsets of the given sizes in random order."""
    signed = [s * m for m in magnitudes for s in (1, -1)]
    return rng.sample(signed, len(signed))


# --- disc -------------------------------------------------------------------------------


def aspect_ratio_question(film: FilmRecord, pool: DistractorPool, rng: random.Random) -> Question | None:
    """The disc's aspect ratio; wrong options are real ratios visibly different from every claimed one."""
    claims = film.disc.aspect_ratios
    best = claims.best
    if best is None or not best.sources:
        return None
    return _choice_question(
        "aspect_ratio", film, f"In what aspect ratio is {film.label} presented on disc?",
        answer=best.value, answer_type="ratio", source=best.sources[0], truths=_claim_values(claims),
        candidates=_tiers(rng, pool.aspect_ratios, ASPECT_RATIOS), rng=rng, conflicts=_ratios_close,
    )


def audio_question(film: FilmRecord, pool: DistractorPool, rng: random.Random) -> Question | None:
    """One audio format of the disc; wrong options are codecs of no track (nor of their family)."""
    tracks = [t for t in film.disc.audio if t.sources]
    if not tracks:
        return None
    track = rng.choice(tracks)
    return _choice_question(
        "audio", film, f"Which audio format is on the disc of {film.label}?",
        answer=track.codec, answer_type="text", source=track.sources[0],
        truths=[t.codec for t in film.disc.audio], candidates=_tiers(rng, pool.codecs, AUDIO_CODECS),
        rng=rng, conflicts=_same_family,
    )


def feature_question(film: FilmRecord, pool: DistractorPool, rng: random.Random) -> Question | None:
    """"Which of these is a special feature?": wrong options resemble none of the disc's extras."""
    claims = [c for c in film.disc.features.claims if c.sources and len(c.value) <= MAX_LABEL]
    if not claims:
        return None
    claim = rng.choice(claims)
    return _choice_question(
        "feature", film, f"Which of these is a special feature on the disc of {film.label}?",
        answer=claim.value, answer_type="text", source=claim.sources[0],
        truths=_claim_values(film.disc.features), candidates=_tiers(rng, pool.features, SPECIAL_FEATURES),
        rng=rng, conflicts=lambda a, b: same_answer(a, b, "text") or similar_titles(a, b),
        choice_only=True,
    )


# --- fill in the blank ------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?(?![\w,])")
_WORD = re.compile(r"(?<![\w'\u2019-])[a-z]{7,}(?![\w'\u2019-])")
# Long words too common to be worth blanking.
_PLAIN_WORDS = frozenset(
    "another because between himself herself without through however something nothing "
    "everything everyone someone becomes together against already whether although".split()
)
_SUFFIXES = ("ing", "ed", "ly", "s")


def blank_question(film: FilmRecord, pool: DistractorPool, rng: random.Random) -> Question | None:
    """A plot sentence of the documents with a number, a name or a rare word blanked out."""
    lo, hi = BLANK_SENTENCE_CHARS
    lines = [p for p in film.plot if not p.spoiler and lo <= len(p.text.strip()) <= hi]
    if not lines:
        return None
    line = rng.choice(lines)
    sentence = " ".join(line.text.split())
    for blanker in (_blank_number, _blank_name, _blank_word):
        made = blanker(sentence, film, pool, rng)
        if made is None:
            continue
        blanked, answer, answer_type, candidates = made
        question = _choice_question(
            "blank", film, f'Fill in the blank ({film.label}): "{blanked}"',
            answer=answer, answer_type=answer_type, source=line.source, truths=[answer],
            candidates=[c for c in candidates if not _mentions(sentence, c)], rng=rng, also_true=False,
        )
        if question is not None:
            return question
    return None


BlankMade = tuple[str, str, AnswerType, list[str]]  # blanked sentence, answer, type, wrong options


def _blank_number(sentence: str, film: FilmRecord, pool: DistractorPool, rng: random.Random) -> BlankMade | None:
    found = _NUMBER.findall(sentence)
    if not found:
        return None
    answer = rng.choice(found)
    return _blank_out(sentence, answer), answer, "number", _nearby_numbers(answer, rng)


def _blank_name(sentence: str, film: FilmRecord, pool: DistractorPool, rng: random.Random) -> BlankMade | None:
    """A character's full name, else one word of it (a first name), as the sentence writes it.

    Wrong options are other names with as many words, the film's own first.
    """
    characters = [c.character for c in film.cast if c.character]
    for names in (characters, _name_words(characters)):
        present = [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", sentence)]
        if present:
            answer = rng.choice(present)
            width = len(answer.split())
            # Other words of the same person's name would fit the blank too ("Ben" / "Sanderson").
            same_person = {w for c in characters if answer in c.split() for w in c.split()}
            every_name = _tiers(rng, characters, _name_words(characters), pool.characters,
                                _name_words(pool.characters))
            others = [n for n in every_name if len(n.split()) == width and n not in same_person]
            return _blank_out(sentence, answer), answer, "name", others
    return None


def _blank_word(sentence: str, film: FilmRecord, pool: DistractorPool, rng: random.Random) -> BlankMade | None:
    """The corpus's rarest long lower-case word of the sentence; wrong options end alike."""
    words = [w for w in _WORD.findall(sentence) if w not in _PLAIN_WORDS]
    if not words:
        return None
    answer = min(words, key=lambda w: (pool.word_counts[w], -len(w)))
    suffix = next((s for s in _SUFFIXES if answer.endswith(s)), "")
    rare_words = [w for w, n in pool.word_counts.items()
                  if n <= 2 and len(w) >= 7 and w.isalpha() and w not in _PLAIN_WORDS and w.endswith(suffix)]
    return _blank_out(sentence, answer), answer, "text", _tiers(rng, rare_words)


def _blank_out(sentence: str, answer: str) -> str:
    return re.sub(rf"(?<!\w){re.escape(answer)}(?!\w)", "___", sentence)


def _nearby_numbers(text: str, rng: random.Random) -> list[str]:
    """Plausible other values: nearby years for a year, scaled amounts for anything else."""
    value = float(text.replace(",", ""))
    decimals = len(text.split(".")[1]) if "." in text else 0
    if decimals == 0 and 1900 <= value <= 2100:
        candidates = [value + d for d in _offsets(rng, range(1, 7))]
    elif value < 20:
        candidates = [value + d for d in _offsets(rng, range(1, 6))]
    else:
        factors = [0.5, 0.6, 0.75, 0.8, 1.25, 1.5, 2.0, 3.0]
        candidates = [value * f for f in rng.sample(factors, len(factors))]
    return [_format_like(text, c) for c in candidates if c > 0]


def _format_like(example: str, value: float) -> str:
    decimals = len(example.split(".")[1]) if "." in example else 0
    if decimals:
        return f"{value:.{decimals}f}"
    return f"{round(value):,}" if "," in example else str(round(value))


def _name_words(names: Iterable[str]) -> list[str]:
    """Capitalised words of names ("Ben" of "Ben Sanderson"), titles left out."""
    words = (w for n in names for w in n.split())
    return list(_distinct(w for w in words if len(w) >= 3 and w[0].isupper() and w.isalpha()
                          and normalise(w) not in {"mrs", "miss", "sir"}))


def _mentions(sentence: str, candidate: str) -> bool:
    """Whether the sentence already contains the candidate (it would read oddly as a wrong option)."""
    return f" {normalise(candidate)} " in f" {normalise(sentence)} "


# --- shared helpers ---------------------------------------------------------------------


def _choice_question(
    kind: QuestionKind,
    film: FilmRecord,
    prompt: str,
    *,
    answer: str,
    answer_type: AnswerType,
    source: Source,
    truths: Sequence[str],
    candidates: Iterable[str],
    rng: random.Random,
    conflicts: Conflicts | None = None,
    also_true: bool = True,
    choice_only: bool = False,
) -> Question | None:
    """A question with `answer` and three wrong options, shuffled; None if options run short.

    `truths` are every value some source gives for the fact: never wrong options. With
    `also_true` (facts with several values, like co-directors) they are accepted when typed;
    without it (a year, a runtime) only the best-supported `answer` is.
    """
    conflicts = conflicts or (lambda a, b: same_answer(a, b, answer_type))
    if not normalise(answer) or len(answer) > MAX_LABEL:  # no words to show or to match typed text against
        return None
    wrong = pick_distractors(answer, truths, candidates, conflicts)
    if wrong is None:
        return None
    options = [answer, *wrong]
    rng.shuffle(options)
    alternatives = _distinct(t for t in truths if also_true and not same_answer(t, answer, answer_type))
    return Question(kind=kind, film_id=film.id, film_title=film.title, prompt=prompt, answer=answer,
                    answer_type=answer_type, options=tuple(options), source=source,
                    alternatives=alternatives, choice_only=choice_only)


def pick_distractors(
    answer: str, truths: Sequence[str], candidates: Iterable[str], conflicts: Conflicts,
) -> list[str] | None:
    """The first three candidates that conflict with no true value nor with each other."""
    chosen: list[str] = []
    taken = [answer, *truths]
    keys = {normalise(answer)}
    for candidate in candidates:
        key = normalise(candidate)
        if not key or key in keys or len(candidate) > MAX_LABEL:
            continue
        if any(conflicts(candidate, other) for other in chain(taken, chosen)):
            continue
        chosen.append(candidate)
        keys.add(key)
        if len(chosen) == OPTION_COUNT - 1:
            return chosen
    return None


def _settled_best(claims: ClaimSet[int]) -> Claim[int] | None:
    """The best claim of a single-valued fact, unless a differing rival is nearly as well supported."""
    best = claims.best
    if best is None or not best.sources:
        return None
    rivals = [c for c in claims.others if c.value != best.value]
    if any(c.weight >= RIVAL_WEIGHT_RATIO * best.weight for c in rivals):
        return None
    return best


def _within_minutes(window: int) -> Conflicts:
    """Runtimes a header and a review could both state for one cut (111 and 112 minutes)."""
    def close(a: str, b: str) -> bool:
        na, nb = normalise(a).split(), normalise(b).split()
        return abs(int(na[0]) - int(nb[0])) <= window
    return close


def _ratios_close(a: str, b: str) -> bool:
    """Ratios a viewer would call the same (2.39:1 and 2.40:1)."""
    na, nb = normalise(a).split(), normalise(b).split()
    try:
        return abs(float(na[0]) - float(nb[0])) <= 0.02
    except (IndexError, ValueError):
        return same_answer(a, b, "text")


def _same_family(a: str, b: str) -> bool:
    """Codecs that are one another's names or layers ("LPCM" and "PCM", "DTS" and "DTS-HD Master Audio")."""
    wa, wb = set(canonical_codec(a).split()), set(canonical_codec(b).split())
    return bool(wa and wb) and (wa <= wb or wb <= wa or same_answer(a, b, "text"))


def _claim_values(claims: ClaimSet) -> list:
    return [c.value for c in claims.claims]


def _tiers(rng: random.Random, *groups: Iterable[str]) -> list[str]:
    """Candidates group by group (nearest kind first), shuffled within each group, each once."""
    ordered: list[str] = []
    for group in groups:
        members = list(group)
        ordered.extend(rng.sample(members, len(members)))
    return list(_distinct(ordered))


def _distinct(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


BUILDERS: dict[QuestionKind, Builder] = {
    "actor_of_character": actor_of_character,
    "character_of_actor": character_of_actor,
    "director": _crew_builder("director"),
    "novelist": _crew_builder("novelist"),
    "composer": _crew_builder("composer"),
    "year": year_question,
    "runtime": runtime_question,
    "aspect_ratio": aspect_ratio_question,
    "audio": audio_question,
    "feature": feature_question,
    "blank": blank_question,
}
CHOICE_ONLY_KINDS = frozenset({"feature"})
