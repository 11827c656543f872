"""Extraction scored on every real-page set present, field by field, in one run.

    .venv/bin/python -m bench.realpages [-v]

Sets (each skipped when its texts are not on this machine):
- realdev:   ../shared/realdev/gold with texts rebuilt into .realdev/ (see its README)
- realpages: tests/extract/realpages/gold with texts rebuilt into .realpages/
- devset:    ../shared/devset/gold with its docs

Scores with the shared scorer's own rules (../shared/devset/score.py, imported, so the figures
are the ones `score.py` prints) but extracts in-process, and prints the extraction time per
page: the goal is under 10 ms for a typical 4 KB page.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from bot.extract import extract_document

ROOT = Path(__file__).resolve().parent.parent
GOAL_MS_PER_4KB = 10.0
SHARED = ROOT.parent / "shared"


@dataclass(frozen=True)
class PageSet:
    name: str
    gold: Path
    texts: Path

    def pages(self) -> list[tuple[dict, Path]]:
        """(gold, text path) for every gold file whose text is present."""
        found = []
        for gold_path in sorted(self.gold.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = self.texts / (gold_path.stem + ".txt")
            if gold.get("doc"):
                text = self.texts.parent / gold["doc"]
            if text.exists():
                found.append((gold, text))
        return found


PAGE_SETS = (
    PageSet("realdev", SHARED / "realdev" / "gold", ROOT / ".realdev"),
    PageSet("realpages", ROOT / "tests" / "extract" / "realpages" / "gold", ROOT / ".realpages"),
    PageSet("devset", SHARED / "devset" / "gold", SHARED / "devset" / "docs"),
)


def scorer() -> ModuleType | None:
    """The shared scorer, or None where ../shared is not beside the project."""
    path = SHARED / "devset" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Result:
    fields: dict[str, tuple[int, int, int]]  # field -> (tp, fp, fn)
    pages: int
    ms_per_page: list[float]
    predictions: list[tuple[dict, dict, Path]]  # (gold, prediction, text)

    def micro(self) -> tuple[float, float, float]:
        tp, fp, fn = (sum(v[i] for v in self.fields.values()) for i in range(3))
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def field_f1(self, name: str) -> float:
        tp, fp, fn = self.fields.get(name, (0, 0, 0))
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def score(page_set: PageSet, shared_score: ModuleType) -> Result:
    tally = shared_score.Tally()
    timings, predictions = [], []
    for gold, path in page_set.pages():
        text = path.read_text(encoding="utf-8")
        started = time.perf_counter()
        prediction = extract_document(text).to_contract()
        timings.append((time.perf_counter() - started) * 1000)
        shared_score.score_doc(tally, gold, prediction)
        predictions.append((gold, prediction, path))
    fields = {name: tuple(counts) for name, counts in tally.c.items()}
    return Result(fields, len(predictions), timings, predictions)


def report(name: str, result: Result, verbose: bool) -> None:
    print(f"\n{name}: {result.pages} pages")
    for field_name in sorted(result.fields):
        tp, fp, fn = result.fields[field_name]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"  {field_name:20s} tp={tp:3d} fp={fp:3d} fn={fn:3d}  P={p:.2f} R={r:.2f} F1={result.field_f1(field_name):.2f}")
    p, r, f1 = result.micro()
    times = sorted(result.ms_per_page)
    print(f"  micro P={p:.3f} R={r:.3f} F1={f1:.3f}   extraction {statistics.median(times):.1f} ms/page median, "
          f"{times[int(0.95 * (len(times) - 1))]:.1f} ms p95")
    if verbose:
        for gold, prediction, path in result.predictions:
            if (prediction.get("film") or "") != (gold.get("film") or ""):
                print(f"    {path.name}: title {prediction.get('film')!r} (gold {gold.get('film')!r})")


def time_typical_page(repeats: int = 20) -> tuple[str, int, float]:
    """(name, bytes, median ms) of extracting the bundled document nearest 4 KB."""
    documents = sorted((ROOT / "data" / "documents").glob("*.txt"),
                       key=lambda p: abs(len(p.read_bytes()) - 4096))
    text = documents[0].read_text(encoding="utf-8")
    extract_document(text)
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        extract_document(text)
        timings.append((time.perf_counter() - started) * 1000)
    return documents[0].name, len(text.encode()), statistics.median(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every page whose title differs")
    args = parser.parse_args(argv)
    shared_score = scorer()
    if shared_score is None:
        print("../shared/devset/score.py is not beside the project: nothing to score against.")
        return 1
    for page_set in PAGE_SETS:
        if not page_set.pages():
            print(f"\n{page_set.name}: no texts present under {page_set.texts} (see its README to rebuild them)")
            continue
        report(page_set.name, score(page_set, shared_score), args.verbose)
    name, size, ms = time_typical_page()
    print(f"\ntypical page: {name} ({size:,} bytes) extracts in {ms:.1f} ms median of 20 "
          f"(goal under {GOAL_MS_PER_4KB:.0f} ms for 4 KB: {'met' if ms < GOAL_MS_PER_4KB else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
