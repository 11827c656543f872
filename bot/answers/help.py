"""What the bot can do, with example questions."""

from __future__ import annotations

from bot.answers.models import Answer, Field

COMMANDS: tuple[tuple[str, str], ...] = (
    ("/film <film>", "the overview: year, director, novel, composer, runtime, genres, leads"),
    ("/cast <film>", "every credited actor and the character they play"),
    ("/plot <film> [full] [reveal_ending]", "the story in the documents' own words; the ending only on request"),
    ("/bluray <film>", "the Blu-ray: video, audio, subtitles, extras and the reviewer's verdict"),
    ("/who <person or character>", "a person's roles, or who plays a character"),
    ("/sources <film>", "the documents behind a film and where they disagree"),
    ("/ask <question>", "any question in plain words"),
    ("/help", "this list"),
)

EXAMPLE_QUESTIONS: tuple[str, ...] = (
    "who directed <film>?",
    "who plays <character> in <film>?",
    "who wrote the novel <film> is based on?",
    "what aspect ratio does the Blu-ray of <film> have?",
    "what is <film> about?",
)


def help_answer() -> Answer:
    """The commands and example questions; every answer names the sentences it rests on."""
    fields = tuple(Field(usage, purpose, inline=False) for usage, purpose in COMMANDS)
    fields += (Field("Example questions", "\n".join(EXAMPLE_QUESTIONS), inline=False),)
    return Answer(kind="help", title="Film trivia: commands", fields=fields,
                  summary="Answers come from the ingested film documents, each with its sources.")
