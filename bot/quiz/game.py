"""One trivia game's state and scoring, with no I/O: the cog drives it, `bot.quiz.store` saves it.

Times are plain floats from one monotonic clock (`time.monotonic()` in the bot, chosen
numbers in tests), so scoring is deterministic and testable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.quiz.questions import Question

Mode = Literal["choice", "open"]
SubmitStatus = Literal["accepted", "already_answered", "too_late", "closed"]

BASE_POINTS = 100
# Up to this much more for an instant answer, falling linearly to nothing at the deadline.
SPEED_BONUS = 50
# Extra points per right answer already in a row, counted up to STREAK_BONUS_CAP answers.
STREAK_BONUS = 10
STREAK_BONUS_CAP = 5


def score_answer(correct: bool, elapsed: float, seconds: float, streak_before: int) -> tuple[int, int]:
    """Points for one answer and the player's streak after it.

    A right answer earns BASE_POINTS, a speed bonus for the share of time left, and a bonus
    for the right answers before it in a row; a wrong one earns nothing and ends the streak.
    """
    if not correct:
        return 0, 0
    time_left = min(max(seconds - elapsed, 0.0), seconds)
    speed = round(SPEED_BONUS * time_left / seconds) if seconds > 0 else 0
    streak_bonus = STREAK_BONUS * min(streak_before, STREAK_BONUS_CAP)
    return BASE_POINTS + speed + streak_bonus, streak_before + 1


@dataclass(slots=True)
class PlayerState:
    """A player's running totals within one game."""

    points: int = 0
    streak: int = 0
    best_streak: int = 0
    correct: int = 0
    answered: int = 0


@dataclass(frozen=True, slots=True)
class Response:
    """One scored answer: what the player gave, whether it was right, what it earned."""

    user_id: int
    response: str
    correct: bool
    points: int
    elapsed: float
    streak: int


@dataclass(frozen=True, slots=True)
class SubmitResult:
    status: SubmitStatus
    response: Response | None = None


@dataclass(frozen=True, slots=True)
class RoundResult:
    """A closed question and its answers, fastest first."""

    position: int
    question: Question
    responses: tuple[Response, ...]

    @property
    def winners(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if r.correct)


@dataclass(slots=True)
class QuizGame:
    """A game in one channel: its questions, the open one, and every player's score."""

    game_id: int
    channel_id: int
    guild_id: int | None
    mode: Mode
    seconds: float
    questions: list[Question]
    reveal: bool = True
    players: dict[int, PlayerState] = field(default_factory=dict)
    position: int = -1
    opened_at: float | None = None
    responses: dict[int, Response] = field(default_factory=dict)

    @property
    def current(self) -> Question | None:
        """The open question, or None between questions."""
        if self.opened_at is None or not 0 <= self.position < len(self.questions):
            return None
        return self.questions[self.position]

    @property
    def has_next(self) -> bool:
        return self.position + 1 < len(self.questions)

    def open_next(self, now: float) -> Question:
        """Open the next question; answers are timed from `now`."""
        if not self.has_next:
            raise IndexError("no questions left")
        self.position += 1
        self.opened_at = now
        self.responses = {}
        return self.questions[self.position]

    def submit(self, user_id: int, response: str, now: float) -> SubmitResult:
        """Score one answer: an option's text (choice mode) or typed text (open mode)."""
        question = self.current
        if question is None or self.opened_at is None:
            return SubmitResult("closed")
        if user_id in self.responses:
            return SubmitResult("already_answered")
        elapsed = now - self.opened_at
        if elapsed > self.seconds:
            return SubmitResult("too_late")
        correct = response == question.answer if self.mode == "choice" else question.accepts(response)
        player = self.players.setdefault(user_id, PlayerState())
        points, player.streak = score_answer(correct, elapsed, self.seconds, player.streak)
        player.points += points
        player.correct += correct
        player.answered += 1
        player.best_streak = max(player.best_streak, player.streak)
        scored = Response(user_id, response, correct, points, round(elapsed, 3), player.streak)
        self.responses[user_id] = scored
        return SubmitResult("accepted", scored)

    def close_current(self) -> RoundResult:
        """Close the open question; players who did not answer lose their streak."""
        question = self.current
        if question is None:
            raise RuntimeError("no question is open")
        for user_id, player in self.players.items():
            if user_id not in self.responses:
                player.streak = 0
        self.opened_at = None
        ordered = sorted(self.responses.values(), key=lambda r: r.elapsed)
        return RoundResult(self.position, question, tuple(ordered))

    def standings(self) -> list[tuple[int, PlayerState]]:
        """Players by points, then by right answers."""
        return sorted(self.players.items(), key=lambda item: (-item[1].points, -item[1].correct, item[0]))
