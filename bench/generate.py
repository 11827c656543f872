"""Write a seeded corpus of invented film documents for ingest benchmarks and crash tests.

    .venv/bin/python -m bench.generate OUT_DIR --count 1000 [--seed 7]

Every film, person and sentence is made up from the word lists below. Each film gets one to
three documents in different styles (a prose review, a spec-sheet header, a cast list, a
Blu-ray review), so ingest has merging to do; titles repeat now and then with different
people, as real remakes do.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

FIRST = ("Ada", "Bram", "Cleo", "Dario", "Edda", "Felix", "Greta", "Hollis", "Ines", "Jonah", "Kira",
         "Lars", "Mara", "Nico", "Odile", "Piet", "Quinn", "Rosa", "Silas", "Tilde", "Ugo", "Vera",
         "Wren", "Xavi", "Yara", "Zeno", "Alba", "Bastian", "Cosima", "Dmitri", "Elodie", "Fenna",
         "Gideon", "Hanne", "Ivo", "Juno", "Kasimir", "Liesel", "Matteo", "Nell", "Oskar", "Petra",
         "Rafe", "Saskia", "Teodor", "Una", "Viggo", "Wanda", "Yusuf", "Zelda", "Anouk", "Benedek",
         "Carys", "Desmond", "Eamon", "Florian", "Gwen", "Henrik", "Isolde", "Jasper", "Katrin", "Leopold",
         "Magnus", "Nadia", "Orla", "Pascal", "Rhea", "Stellan", "Thea", "Ulrich", "Valentin", "Wilhelmina")
LAST = ("Alder", "Brandt", "Calder", "Dunmore", "Ellery", "Falk", "Garrow", "Hale", "Ilsley", "Jessup",
        "Kell", "Lund", "Morrow", "Nystrom", "O'Dowd", "Pike", "Quill", "Ruane", "Sterling", "Thorne",
        "Umber", "Voss", "Whitlock", "Yates", "Zorn", "Ashby", "Bellweather", "Corrigan", "Delacroix",
        "Esterhazy", "Fairweather", "Grimaldi", "Hargreave", "Ingram", "Jarrow", "Kovač", "Lindqvist",
        "Marchetti", "Novak", "Oyelaran", "Petrov", "Rasmussen", "Szabó", "Tennant", "Valdés", "Wexler",
        "Abernathy", "Blackwood", "Castellanos", "Drummond", "Eberhardt", "Fitzgerald", "Galloway",
        "Holloway", "Iversen", "Jankowski", "Kowalczyk", "Lachance", "McAllister", "Nakamura", "Okafor",
        "Prendergast", "Quintero", "Rousseau", "Sandoval", "Takahashi", "Underwood", "Vasquez", "Winterbottom")
ADJECTIVES = ("Silent", "Copper", "Broken", "Northern", "Hidden", "Last", "Crimson", "Hollow", "Golden",
              "Quiet", "Burning", "Distant", "Frozen", "Wild", "Paper", "Iron", "Velvet", "Salt", "Glass",
              "Bitter", "Pale", "Restless", "Sunken", "Scarlet", "Lonely", "Secret", "Electric", "Amber",
              "Forgotten", "Savage", "Tender", "Midnight", "Emerald", "Crooked", "Endless", "Painted")
NOUNS = ("Harbour", "Lantern", "Meridian", "Orchard", "Signal", "Frontier", "Garden", "Compass", "River",
         "Tide", "Letter", "Parade", "Summer", "Machine", "Kingdom", "Ballroom", "Highway", "Archive",
         "Carnival", "Station", "Voyage", "Cathedral", "Winter", "Bridge", "Island", "Mirror", "Orchestra",
         "Border", "Circus", "Harvest", "Tower", "Republic", "Lullaby", "Canyon", "Engine", "Empire")
PLACES = ("Lisbon", "the Baltic coast", "a mountain village", "Marseille", "a desert town", "Glasgow",
          "the Yukon", "a river barge", "Naples", "a night train", "Reykjavik", "an island prison")
GENRES = ("drama", "thriller", "comedy", "romance", "mystery", "western", "science fiction", "horror")
JOBS = ("a retired cartographer", "a disgraced surgeon", "a night-shift radio host", "a ferry pilot",
        "a forger of old maps", "a widowed beekeeper", "a small-town sheriff", "a failing magician",
        "an out-of-work pianist", "a customs officer", "a lighthouse keeper", "a teenage runaway")
VERBS = ("discovers", "hides", "steals", "loses", "inherits", "burns", "deciphers", "sells")
OBJECTS = ("a stolen ledger", "her father's letters", "a map of the old mines", "a box of reels",
           "the key to the archive", "a forged passport", "a wartime diary", "a ticket to nowhere")
CODECS = ("DTS-HD Master Audio 5.1", "Dolby TrueHD 7.1", "Dolby Atmos", "LPCM 2.0", "DTS:X")
FEATURES = ("an audio commentary by the director", "a making-of documentary", "deleted scenes",
            "the theatrical trailer", "a booklet essay", "an isolated score track")
VERDICTS = ("The image is crisp, with fine grain intact and deep, stable blacks.",
            "Colours look natural, though some night scenes are a touch murky.",
            "The mix is spacious, with clear dialogue and a forceful low end.",
            "Surround activity is modest but the score is beautifully rendered.")


@dataclass(frozen=True)
class Film:
    title: str
    year: int
    runtime: int
    genres: tuple[str, ...]
    director: str
    composer: str
    author: str
    novel: str
    cast: tuple[tuple[str, str, str], ...]  # (actor, character, description)
    place: str


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.1:  # some credits carry a middle initial
        return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(LAST)}"
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def film_title(rng: random.Random) -> str:
    shapes = (
        lambda: f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}",
        lambda: f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}",
        lambda: f"{rng.choice(NOUNS)} of the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}",
        lambda: f"{rng.choice(FIRST)}'s {rng.choice(NOUNS)}",
        lambda: f"{rng.choice(NOUNS)} {rng.randint(2, 4)}",
    )
    return rng.choice(shapes)()


def make_film(rng: random.Random) -> Film:
    characters = [rng.choice(FIRST) + " " + rng.choice(LAST) for _ in range(rng.randint(3, 6))]
    return Film(
        title=film_title(rng),
        year=rng.randint(1931, 2024),
        runtime=rng.randint(78, 172),
        genres=tuple(rng.sample(GENRES, rng.randint(1, 2))),
        director=person_name(rng),
        composer=person_name(rng),
        author=person_name(rng),
        novel=film_title(rng),
        cast=tuple((person_name(rng), character, rng.choice(JOBS)) for character in characters),
        place=rng.choice(PLACES),
    )


def _plot(rng: random.Random, film: Film) -> list[str]:
    (lead, hero, _), (_, other, _) = film.cast[0], film.cast[1]
    first_name, other_name = hero.split()[0], other.split()[0]
    return [
        f"In {film.place}, {first_name} {rng.choice(VERBS)} {rng.choice(OBJECTS)}.",
        f"{other_name} arrives with news that changes everything.",
        f"Together they follow the trail to {rng.choice(PLACES)}, where {rng.choice(OBJECTS)} waits.",
        f"In the final act, {first_name} {rng.choice(VERBS)} {rng.choice(OBJECTS)} and leaves {film.place} for good.",
    ]


def review(rng: random.Random, film: Film) -> str:
    (lead, hero, hero_job), (second, other, other_job) = film.cast[0], film.cast[1]
    supporting = ", ".join(actor for actor, _, _ in film.cast[2:])
    return "\n".join([
        f"{film.title} is a {film.year} {' and '.join(film.genres)} film directed by {film.director}. "
        f"Based on the novel {film.novel} by {film.author}, the film stars {lead} and {second}"
        + (f", with {supporting} in supporting roles." if supporting else "."),
        f"The story follows {hero} ({lead}), {hero_job}, and {other} ({second}), {other_job}. "
        + " ".join(_plot(rng, film)),
        f"{lead.split()[-1]} gives the performance of a career, and the score by {film.composer} "
        f"is spare and haunting. At {film.runtime} minutes it never drags.",
        f"Overall, {film.title} is a {rng.choice(('quietly devastating', 'handsome', 'uneven but rewarding'))} "
        f"film that rewards patience.",
    ])


def spec_sheet(rng: random.Random, film: Film) -> str:
    return "\n".join([
        f"{film.title} ({film.year})",
        f"Director: {film.director}",
        f"Runtime: {film.runtime} min",
        f"Genre: {', '.join(g.title() for g in film.genres)}",
        f"Starring: {', '.join(actor for actor, _, _ in film.cast[:3])}",
        f"Music: {film.composer}",
        "",
        "Synopsis",
        " ".join(_plot(rng, film)),
    ])


def cast_list(rng: random.Random, film: Film) -> str:
    lines = [f"{film.title} ({film.year}) - Full Cast & Crew", "", f"Directed by {film.director}",
             f"Screenplay based on the novel by {film.author}", "", "Cast"]
    lines += [f"{actor} as {character}" for actor, character, _ in film.cast]
    return "\n".join(lines)


def bluray_review(rng: random.Random, film: Film) -> str:
    ratio = rng.choice(("1.85:1", "2.39:1", "1.33:1", "2.20:1"))
    resolution, hdr = rng.choice((("2160p", "Dolby Vision and HDR10"), ("1080p", None)))
    return "\n".join([
        f"{film.title} - {'4K Ultra HD' if resolution == '2160p' else 'Blu-ray'} Review",
        f"{film.director}'s {film.year} {film.genres[0]} arrives on disc with a fresh master.",
        f"The disc offers an HEVC-encoded {resolution} presentation"
        + (f" with {hdr}" if hdr else "") + f", framed at {ratio}. {rng.choice(VERDICTS[:2])}",
        f"The English {rng.choice(CODECS)} track is the main event. {rng.choice(VERDICTS[2:])}",
        f"Subtitles: English SDH, {rng.choice(('French', 'Spanish', 'German', 'Italian'))}.",
        f"Special features include {rng.choice(FEATURES)} and {rng.choice(FEATURES)}.",
    ])


STYLES = (review, spec_sheet, cast_list, bluray_review)


def generate_corpus(folder: Path, count: int, *, seed: int = 7) -> list[Path]:
    """Write `count` documents into `folder` (created if needed) and return their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    while len(paths) < count:
        film = make_film(rng)
        for style in rng.sample(STYLES, rng.randint(1, 3))[: count - len(paths)]:
            path = folder / f"{len(paths):06d}_{style.__name__}.txt"
            path.write_text(style(rng, film) + "\n", encoding="utf-8")
            paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    paths = generate_corpus(args.folder, args.count, seed=args.seed)
    print(f"wrote {len(paths)} documents to {args.folder}")


if __name__ == "__main__":
    main()
