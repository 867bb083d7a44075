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
from exercises.scoring import Labelled, Tally, checker_judge, ratio, read_labelled, score_rows  # noqa: E402


def rows(path: Path) -> Iterator[dict[str, str]]:
    if path.is_file():
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from csv.DictReader(handle)


def _cells(t: Tally) -> dict[str, Any]:
    return {"tp": t.tp, "fp": t.fp, "fn": t.fn, "tn": t.tn, "precision": t.precision, "recall": t.recall}


def real_replies(split: str | None, show: bool) -> dict[str, Any]:
    files = sorted((CORPUS / "real").glob("*.csv"))
    labelled = [row for path in files for row in read_labelled(path, split=split)]
    scores = score_rows(labelled)
    replies = {rec["id"] for path in files for rec in rows(path) if not split or rec["split"] == split}
    overall = {**_cells(scores.total), "replies": len(replies)}
    misses = [f"{cell} {row.principle}: {row.answer[:160]}" for cell, row in scores.disagreements if show]
    return {"principles": {pid: _cells(t) for pid, t in sorted(scores.principles.items())},
            "overall": overall, "misses": misses}


def fresh(split: str | None, show: bool) -> dict[str, Any]:
    good = [r for r in rows(CORPUS / "fresh" / "rewrites.csv") if not split or r["split"] == split]
    passed = 0
    misses: list[str] = []
    for r in good:
        result = check(r["answer"], r["lang"], r["exercise"])
        if result["passed"]:
            passed += 1
        elif show:
            errs = sorted({f["rule"] for f in result["findings"] if f["severity"] == "error"})
            misses.append(f"fails {r['exercise']} [{r['lang']}] {errs}: {r['answer'][:160]}")
    # every row is a violation of its principle: recall only, errors and warnings count
    bad = [Labelled(r["answer"], r["lang"], r["principle"], True, r["exercise"])
           for r in rows(CORPUS / "fresh" / "violations.csv") if not split or r["split"] == split]
    scores = score_rows(bad, checker_judge(("error", "warning")))
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


def measure(split: str | None, show: bool = False) -> dict[str, Any]:
    return {"split": split or "all", "real": real_replies(split, show), "fresh": fresh(split, show)}


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
    args = ap.parse_args(argv)
    if args.show and args.split != "dev":
        ap.error("--show lists rows: use it with --split dev only (held rows are for measuring)")
    report = measure(args.split, args.show)
    sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n" if args.json else render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
