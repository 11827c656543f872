"""What the documents say about a film's Blu-ray: video, audio, subtitles, extras, verdicts."""

from __future__ import annotations

from aiosqlite import Connection

from bot.answers.fields import answer_sources, multi_field, no_such_film, present, single_field
from bot.answers.models import Answer, Field
from bot.store import queries
from bot.store.records import AudioTrack, DiscRecord, FilmRecord

VERDICT_NAMES = {"video": "Picture, in review", "audio": "Sound, in review"}


async def disc_answer(db: Connection, film_id: int) -> Answer:
    """The Blu-ray details of the film `film_id`, or a plain statement that there are none."""
    film = await queries.get_film(db, film_id)
    return build_disc(film) if film else no_such_film(film_id)


def build_disc(film: FilmRecord) -> Answer:
    title = f"Blu-ray of {film.label}"
    disc = film.disc
    if not disc:
        return Answer(kind="disc", title=title, film_id=film.id,
                      summary=f"The documents give no disc details for {film.label}.")
    fields = video_fields(disc) + audio_fields(disc) + present(
        multi_field("Subtitles", disc.subtitles, inline=False),
        multi_field("Special features", disc.features, inline=False),
    )
    fields += verdict_fields(disc)
    return Answer(kind="disc", title=title, film_id=film.id, fields=fields, sources=answer_sources(fields))


def video_fields(disc: DiscRecord) -> tuple[Field, ...]:
    """Resolution and codec have one true value; a disc may carry several ratios or HDR formats."""
    return present(
        single_field("Resolution", disc.resolution, resolution_text),
        single_field("Video codec", disc.codec),
        multi_field("Aspect ratio", disc.aspect_ratios),
        multi_field("HDR", disc.hdr),
    )


def resolution_text(resolution: str) -> str:
    """"2160p (4K)": the name people ask by, beside the one discs print."""
    return f"{resolution} (4K)" if resolution.startswith("2160") and "4k" not in resolution.lower() else resolution


def audio_fields(disc: DiscRecord) -> tuple[Field, ...]:
    return tuple(Field("Audio", track_label(t), t.sources, inline=False) for t in disc.audio)


def verdict_fields(disc: DiscRecord, topics: tuple[str, ...] = ("video", "audio")) -> tuple[Field, ...]:
    """The reviewer's own sentences on picture and/or sound, each with its source."""
    return tuple(Field(VERDICT_NAMES[v.topic], v.text, (v.source,), inline=False)
                 for v in disc.verdicts if v.topic in topics)


def track_label(track: AudioTrack) -> str:
    """"DTS-HD Master Audio 5.1 (English)"."""
    label = " ".join(part for part in (track.codec, track.channels) if part)
    return f"{label} ({track.language})" if track.language else label
