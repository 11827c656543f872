"""Whole documents: the two shipped documents against their expected facts, and this
package's own test texts (tests/extract/texts/*.txt with expected facts in *.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.extract import extract_document
from tests.extract.matching import cast_mismatches, person, title

HERE = Path(__file__).parent
REPO = HERE.parents[1]
SHARED_GOLD = REPO / "../shared/devset/gold"
SHIPPED = {
    "seed-000": REPO / "data/documents/000_30ef5a146a95a8ad.txt",
    "seed-001": REPO / "data/documents/001_40daae446cf7a5b8.txt",
}
OWN_TEXTS = sorted((HERE / "texts").glob("*.txt"))


def check(text: str, expected: dict) -> list[str]:
    """Differences between what `text` yields and `expected` (scalars, composers, cast)."""
    got = extract_document(text).to_contract()
    problems = []
    names = [expected.get("film")] + list(expected.get("aliases") or [])
    if expected.get("film") and title(got["film"]) not in {title(n) for n in names}:
        problems.append(f"film {got['film']!r}")
    for key in ("year", "runtime_min"):
        if expected.get(key) != got[key] and not (key == "runtime_min" and got[key] and abs(expected[key] - got[key]) <= 1):
            problems.append(f"{key} {got[key]!r}, expected {expected.get(key)!r}")
    if person(expected.get("director")) != person(got["director"]):
        problems.append(f"director {got['director']!r}")
    if {person(c) for c in _as_list(expected.get("composer"))} != {person(c) for c in _as_list(got["composer"])}:
        problems.append(f"composer {got['composer']!r}")
    novel = expected.get("novel") or {}
    if person(novel.get("author")) != person((got["novel"] or {}).get("author")):
        problems.append(f"novel {got['novel']!r}")
    problems += cast_mismatches(expected.get("cast") or [], got["cast"], exact=expected.get("exact_characters", False))
    return problems + _optional_mismatches(expected, got)


def _optional_mismatches(expected: dict, got: dict) -> list[str]:
    """Checks a text's expected facts ask for when they name them: aliases (none beyond those
    expected), genres, HDR formats, audio codecs, extras present and absent, verdicts, spoilers."""
    problems = []
    extra_aliases = {title(a) for a in got["aliases"]} - {title(a) for a in expected.get("aliases") or []}
    problems += [f"unexpected alias {a!r}" for a in sorted(extra_aliases)]
    hdr = _as_list((got["video"] or {}).get("hdr"))
    for key, values in (("genres", got["genres"]), ("hdr", hdr), ("audio_codecs", [a["codec"] for a in got["audio"]])):
        if key in expected and set(expected[key]) != set(values):
            problems.append(f"{key} {sorted(set(values))!r}, expected {expected[key]!r}")
    features = [f.lower() for f in got["special_features"]]
    if "features" in expected and {title(f) for f in expected["features"]} != {title(f) for f in features}:
        problems.append(f"special features {got['special_features']!r}")
    problems += [f"absent feature {word!r} extracted" for word in expected.get("absent_features", []) if any(word in f for f in features)]
    for topic, words in expected.get("verdicts", []):
        if not any(v["topic"] == topic and words in v["text"] for v in got["verdicts"]):
            problems.append(f"missing {topic} verdict {words!r}")
    spoilers = [p["text"] for p in got["plot"] if p["spoiler"]]
    problems += [f"missing spoiler {words!r}" for words in expected.get("spoilers", []) if not any(words in s for s in spoilers)]
    problems += [f"not a spoiler: {words!r}" for words in expected.get("not_spoilers", []) if any(words in s for s in spoilers)]
    return problems


def _as_list(value) -> list:
    """A field that holds one value or several (composers)."""
    return [] if value is None else value if isinstance(value, list) else [value]


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_shipped_document_matches_own_copy_of_expected_facts(name):
    expected = json.loads((HERE / "expected" / f"{name}.json").read_text())
    assert check(SHIPPED[name].read_text(encoding="utf-8"), expected) == []


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_shipped_document_matches_shared_gold(name):
    gold = SHARED_GOLD / f"{name}.json"
    if not gold.exists():
        pytest.skip(f"shared dev-set gold not present at {gold.resolve()}")
    assert check(SHIPPED[name].read_text(encoding="utf-8"), json.loads(gold.read_text())) == []


def test_shipped_disc_review_specs():
    facts = extract_document(SHIPPED["seed-001"].read_text(encoding="utf-8"))
    assert (facts.video.resolution, facts.video.aspect_ratios) == ("1080p", ("1.85:1",))
    assert [(a.codec, a.channels) for a in facts.audio] == [("DTS-HD Master Audio", "5.1")]
    assert [f.value for f in facts.special_features] == ["Trailer in HD"]


def test_shipped_header_year_is_kept_as_a_weaker_claim():
    facts = extract_document(SHIPPED["seed-000"].read_text(encoding="utf-8"))
    assert facts.year == 1995
    assert (2007, "header") in {(c.value, c.kind) for c in facts.years}
    assert [a.value for a in facts.aliases] == ["The Killers - Leaving Las Vegas"]


@pytest.mark.parametrize("path", OWN_TEXTS, ids=lambda p: p.stem)
def test_own_texts(path):
    expected = json.loads(path.with_suffix(".json").read_text())
    assert check(path.read_text(encoding="utf-8"), expected) == []
