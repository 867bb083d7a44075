"""How far the checker agrees with people, on the corpora in ``tests/corpus/``.

    .venv/bin/python tools/measure.py                 # every split, human-readable
    .venv/bin/python tools/measure.py --split held    # only the held-back part
    .venv/bin/python tools/measure.py --json          # figures as JSON (the trust page reads them)

Three measurements, each per split (``dev`` = tuned on, ``held`` = measured only):

- **real replies** (``tests/corpus/real/*.csv``): agent replies from public corpora, labelled
  by hand per principle (``tests/corpus/LABELLING.md``). The general rules run on each reply;
  a principle counts as *flagged* when a finding names it (as its principle or in ``also``),
  any severity. Precision = right flags / all flags, recall = caught violations / all
  violations, per principle and overall.
- **fresh rewrites** (``tests/corpus/fresh/rewrites*.csv``): good rewrites of the bank's
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
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("HANDBOOK_CORPUS", ROOT / "tests" / "corpus"))
from exercises.api import check  # noqa: E402


def rows(path: Path) -> Iterator[dict[str, str]]:
    if path.is_file():
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from csv.DictReader(handle)


def flagged(result: dict[str, Any], levels: tuple[str, ...] = ("error", "warning", "info")) -> set[str]:
    out: set[str] = set()
    for f in result["findings"]:
        if f["severity"] in levels:
            out.add(f["principle"])
            out.update(f.get("also", []))
    return out


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def real_replies(split: str | None, show: bool) -> dict[str, Any]:
    tally: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    cache: dict[tuple[str, str], set[str]] = {}
    misses: list[str] = []
    replies: set[str] = set()
    for path in sorted((CORPUS / "real").glob("*.csv")):
        for row in rows(path):
            if split and row["split"] != split:
                continue
            key = (row["lang"], row["answer"])
            if key not in cache:
                cache[key] = flagged(check(row["answer"], row["lang"]))
            replies.add(row["id"])
            said = row["principle"] in cache[key]
            human = row["verdict"] == "violated"
            cell = "tp" if said and human else "fp" if said else "fn" if human else "tn"
            tally[row["principle"]][cell] += 1
            if show and cell in ("fp", "fn"):
                misses.append(f"{cell} {row['principle']}: {row['answer'][:160]}")
    per = {}
    total = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for pid, t in sorted(tally.items()):
        per[pid] = {**t, "precision": ratio(t["tp"], t["tp"] + t["fp"]),
                    "recall": ratio(t["tp"], t["tp"] + t["fn"])}
        for k in total:
            total[k] += t[k]
    overall = {**total, "precision": ratio(total["tp"], total["tp"] + total["fp"]),
               "recall": ratio(total["tp"], total["tp"] + total["fn"]), "replies": len(replies)}
    return {"principles": per, "overall": overall, "misses": misses}


def fresh(split: str | None, show: bool) -> dict[str, Any]:
    good = [r for path in sorted((CORPUS / "fresh").glob("rewrites*.csv")) for r in rows(path)
            if not split or r["split"] == split]
    passed = 0
    misses: list[str] = []
    for r in good:
        result = check(r["answer"], r["lang"], r["exercise"])
        if result["passed"]:
            passed += 1
        elif show:
            errs = sorted({f["rule"] for f in result["findings"] if f["severity"] == "error"})
            misses.append(f"fails {r['exercise']} [{r['lang']}] {errs}: {r['answer'][:160]}")
    bad = [r for r in rows(CORPUS / "fresh" / "violations.csv") if not split or r["split"] == split]
    caught = 0
    by_principle: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in bad:
        hit = r["principle"] in flagged(check(r["answer"], r["lang"], r["exercise"]), ("error", "warning"))
        caught += hit
        by_principle[r["principle"]][0] += hit
        by_principle[r["principle"]][1] += 1
        if show and not hit:
            misses.append(f"missed {r['principle']} in {r['exercise']} [{r['lang']}]: {r['answer'][:160]}")
    return {
        "rewrites": {"rows": len(good), "passed": passed, "pass_rate": ratio(passed, len(good))},
        "violations": {"rows": len(bad), "caught": caught, "recall": ratio(caught, len(bad)),
                       "principles": {p: {"caught": c, "rows": n, "recall": ratio(c, n)}
                                      for p, (c, n) in sorted(by_principle.items())}},
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
