"""Extraction on the real pages present on this machine: floors, and no absurd title.

The real pages' texts are third-party writing kept out of git (`.realdev/`, `.realpages/`,
rebuilt with the search tool); where none are present these tests skip and say why. The dev
set beside the project (`../shared/devset`) is scored the same way.
"""

from __future__ import annotations

import re

import pytest

from bench.realpages import PAGE_SETS, Result, score, scorer
from bot.extract.header import LABELS

SHARED_SCORE = scorer()
SETS = {page_set.name: page_set for page_set in PAGE_SETS}
# Floors from the goals of issue 8; the figures themselves are printed by `python -m bench.realpages`.
FLOORS = {"realdev": (0.97, 0.92), "devset": (0.97, 0.95)}

_SPEC = re.compile(r"\d\.\d\d?\s*:\s*1|\b(?:480|720|1080|2160)[pi]\b|\b(?:AVC|HEVC|MPEG|DTS|Dolby|LPCM|Codec)\b", re.I)


def scored(name: str) -> Result:
    if SHARED_SCORE is None:
        pytest.skip("../shared/devset/score.py is not beside the project")
    page_set = SETS[name]
    if not page_set.pages():
        pytest.skip(f"no {name} texts under {page_set.texts}: rebuild them as its README says")
    return score(page_set, SHARED_SCORE)


_RESULTS: dict[str, Result] = {}


def result(name: str) -> Result:
    if name not in _RESULTS:
        _RESULTS[name] = scored(name)
    return _RESULTS[name]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_precision_and_f1_floors(name):
    precision, _recall, f1 = result(name).micro()
    min_precision, min_f1 = FLOORS[name]
    assert precision >= min_precision and f1 >= min_f1, f"{name}: P={precision:.3f} F1={f1:.3f}"


@pytest.mark.parametrize("name", [s.name for s in PAGE_SETS])
def test_no_title_is_a_label_a_spec_or_a_person(name):
    for gold, prediction, path in result(name).predictions:
        title = prediction.get("film")
        if not title:
            continue
        people = {c["actor"].casefold() for c in gold.get("cast") or []} | {
            c["actor"].casefold() for c in prediction.get("cast") or []}
        people |= {p.casefold() for p in (gold.get("director"), prediction.get("director")) if p}
        assert title.casefold().strip(" :") not in LABELS, f"{path.name}: title {title!r} is a field label"
        assert not _SPEC.search(title), f"{path.name}: title {title!r} is a spec string"
        assert title.casefold() not in people, f"{path.name}: title {title!r} is a person named on the page"
