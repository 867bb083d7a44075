"""How far the checker agrees with people, on the corpora in ``tests/corpus/``.

    .venv/bin/python tools/measure.py                 # every split, human-readable
    .venv/bin/python tools/measure.py --split held    # only the held-back part
    .venv/bin/python tools/measure.py --json          # figures as JSON (the trust page reads them)

Three measurements, each per split (``dev`` = tuned on, ``held`` = measured only):

- **real replies** (``tests/corpus/real/<lang>.csv``): agent replies from public corpora, labelled
  by hand per principle (``tests/corpus/LABELLING.md``). The general rules run on each reply;
  a principle counts as *flagged* when a finding names it (as its principle or in ``also``),
  any severity. Precision = right flags / all flags, recall = caught violations / all
  violations, per principle and overall.
- **fresh rewrites** (``tests/corpus/fresh/rewrites.csv``): good rewrites of the bank's
  exercises written by people, not the model answers. Share that pass their exercise.
- **fresh violations** (``tests/corpus/fresh/violations.csv``): rewrites that break one named
  principle in new wording. Share flagged for that principle (error or warning).

Only this script reads the held-back rows; whoever tunes the rules looks at the figures,
never at the rows.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("HANDBOOK_CORPUS", ROOT / "tests" / "corpus"))
from exercises.api import check  # noqa: E402
from exercises.scoring import (  # noqa: E402
    ALL_LEVELS,
    Labelled,
    Tally,
    flagged,
    ratio,
    read_labelled,
    score_rows,
)

Key = tuple[str, str, str | None]  # (answer, lang, exercise): a reply is checked once


def _check_key(key: Key) -> dict[str, Any]:
    return check(*key)


def check_all(keys: list[Key], jobs: int) -> dict[Key, dict[str, Any]]:
    """The check result of every key, worked out in ``jobs`` processes (spawned, so each loads the
    engine afresh; one job: in this process). Each reply's result is the same either way."""
    unique = list(dict.fromkeys(keys))
    if jobs < 2 or len(unique) < 200:
        return {key: check(*key) for key in unique}
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        return dict(zip(unique, pool.map(_check_key, unique, chunksize=64), strict=True))


def _key(row: Labelled) -> Key:
    return (row.answer, row.lang, row.exercise)


def _good_key(rec: dict[str, str]) -> Key:
    return (rec["answer"], rec["lang"], rec["exercise"])


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def rows(path: Path) -> Iterator[dict[str, str]]:
    if path.is_file():
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from csv.DictReader(handle)


def _cells(t: Tally) -> dict[str, Any]:
    return {"tp": t.tp, "fp": t.fp, "fn": t.fn, "tn": t.tn, "precision": t.precision, "recall": t.recall}


def _real_labelled(split: str | None) -> list[Labelled]:
    files = sorted((CORPUS / "real").glob("*.csv"))
    return [row for path in files for row in read_labelled(path, split=split)]


def _fresh_rows(split: str | None) -> tuple[list[dict[str, str]], list[Labelled]]:
    good = [r for r in rows(CORPUS / "fresh" / "rewrites.csv") if not split or r["split"] == split]
    bad = [Labelled(r["answer"], r["lang"], r["principle"], True, r["exercise"])
           for r in rows(CORPUS / "fresh" / "violations.csv") if not split or r["split"] == split]
    return good, bad


def real_replies(split: str | None, show: bool, results: dict[Key, dict[str, Any]]) -> dict[str, Any]:
    files = sorted((CORPUS / "real").glob("*.csv"))
    labelled = _real_labelled(split)
    scores = score_rows(labelled, lambda row: flagged(results[_key(row)], ALL_LEVELS))
    replies = {rec["id"] for path in files for rec in rows(path) if not split or rec["split"] == split}
    overall = {**_cells(scores.total), "replies": len(replies)}
    misses = [f"{cell} {row.principle}: {row.answer[:160]}" for cell, row in scores.disagreements if show]
    return {"principles": {pid: _cells(t) for pid, t in sorted(scores.principles.items())},
            "overall": overall, "misses": misses}


def fresh(split: str | None, show: bool, results: dict[Key, dict[str, Any]]) -> dict[str, Any]:
    good, bad = _fresh_rows(split)
    passed = 0
    misses: list[str] = []
    for r in good:
        result = results[_good_key(r)]
        if result["passed"]:
            passed += 1
        elif show:
            errs = sorted({f["rule"] for f in result["findings"] if f["severity"] == "error"})
            misses.append(f"fails {r['exercise']} [{r['lang']}] {errs}: {r['answer'][:160]}")
    # every row is a violation of its principle: recall only, errors and warnings count
    scores = score_rows(bad, lambda row: flagged(results[_key(row)], ("error", "warning")))
    if show:
        misses += [f"missed {row.principle} in {row.exercise} [{row.lang}]: {row.answer[:160]}"
                   for _, row in scores.disagreements]
    return {
        "rewrites": {"rows": len(good), "passed": passed, "pass_rate": ratio(passed, len(good))},
        "violations": {"rows": scores.total.rows, "caught": scores.total.tp, "recall": scores.total.recall,
                       "principles": {p: {"caught": t.tp, "rows": t.rows, "recall": t.recall}
                                      for p, t in sorted(scores.principles.items())}},
        "misses": misses,
    }


def measure(split: str | None, show: bool = False, jobs: int | None = None) -> dict[str, Any]:
    """Every figure for ``split`` (None: all rows); the replies are checked in ``jobs`` processes
    (default: one per CPU, at most four)."""
    labelled = _real_labelled(split)
    good, bad = _fresh_rows(split)
    keys = [_key(r) for r in labelled] + [_good_key(r) for r in good] + [_key(r) for r in bad]
    results = check_all(keys, default_jobs() if jobs is None else jobs)
    return {"split": split or "all", "real": real_replies(split, show, results),
            "fresh": fresh(split, show, results)}


def render(report: dict[str, Any]) -> str:
    real, fr = report["real"], report["fresh"]
    o = real["overall"]
    lines = [f"split: {report['split']}",
             f"real replies: {o['replies']} replies, precision {o['precision']}, recall {o['recall']} "
             f"(tp {o['tp']} fp {o['fp']} fn {o['fn']} tn {o['tn']})"]
    for pid, t in real["principles"].items():
        lines.append(f"  {pid:16} precision {t['precision']!s:6} recall {t['recall']!s:6} "
                     f"tp {t['tp']:3} fp {t['fp']:3} fn {t['fn']:3} tn {t['tn']:3}")
    rw, vi = fr["rewrites"], fr["violations"]
    lines.append(f"fresh rewrites: {rw['passed']}/{rw['rows']} pass ({rw['pass_rate']})")
    lines.append(f"fresh violations: {vi['caught']}/{vi['rows']} caught ({vi['recall']})")
    for pid, t in vi["principles"].items():
        lines.append(f"  {pid:16} {t['caught']}/{t['rows']}")
    for m in real["misses"] + fr["misses"]:
        lines.append("  - " + m)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "held"])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="list each disagreement (dev split only)")
    ap.add_argument("--jobs", type=int, default=None,
                    help="processes to check in (default: one per CPU, at most 4)")
    args = ap.parse_args(argv)
    if args.show and args.split != "dev":
        ap.error("--show lists rows: use it with --split dev only (held rows are for measuring)")
    report = measure(args.split, args.show, args.jobs)
    sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n" if args.json else render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
