"""Which rules hold up on replies they were never tuned on? The dev rows of each real part, checked
under the rules as they stood just before the part was merged (its "arrival"), per principle and per rule.

    .venv/bin/python tools/on_arrival.py                  # the 40 newest parts of each language
    .venv/bin/python tools/on_arrival.py --parts 80 --rule ownership/i-will-handle

The held figures say how the checker does on replies nobody tuned on, but not which rule is to blame,
and whoever tunes must not look at held rows. This tool answers the question from the dev rows only:
a part's dev rows were new to the rules the day they arrived, so the rules of the commit before the
part's first commit saw them blind. Rules patched since then may pass those rows today; the figure here
is what each rule did on wording it had not met, which is what the next batch will bring.

Round 202 used an earlier form of it (74 parts) to find that "doesn't own the problem"
(``ownership/i-will-handle``) was wrong on arrival more often than right (38 wrong flags, 27 right)
because its gate, the ``{referral}`` word class, fired on requests for a log, paths in the app and
addresses taken out of corpus rows.

Reads git history (``git log``, ``git archive``), so it needs a full clone; it writes only to a
temporary folder. Only dev rows are read.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "corpus" / "real"
PART = re.compile(r"^\+((?:zh|en)\d+)-gh", re.M)

CHECK = r"""
import json, sys
from exercises.api import check
for line in sys.stdin:
    answer, lang = json.loads(line)
    found = check(answer, lang)["findings"]
    print(json.dumps([[f["rule"], f["principle"], f.get("also", [])] for f in found]), flush=True)
"""


def first_commits() -> dict[str, str]:
    """The commit that first added rows of each GitHub part (``zh110``, ``en95``), from one pass of the
    history of the real corpus."""
    log = subprocess.run(["git", "-C", str(ROOT), "log", "--reverse", "--format=commit %H", "-p", "-U0", "--",
                          "tests/corpus/real/zh.csv", "tests/corpus/real/en.csv"],
                         capture_output=True, text=True, check=True).stdout
    first: dict[str, str] = {}
    for chunk in log.split("\ncommit "):
        head, _, body = chunk.partition("\n")
        sha = head.removeprefix("commit ").strip()
        for part in PART.findall(body):
            first.setdefault(part, sha)
    return first


def rules_at(sha: str, cache: Path) -> Path:
    """``exercises/`` as it was just before ``sha``, unpacked once into ``cache``."""
    dest = cache / sha[:12]
    if not (dest / "exercises").is_dir():
        dest.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", f"{sha}^", "exercises"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


def dev_rows(part: str) -> list[dict[str, str]]:
    with (REAL / f"{part[:2]}.csv").open(encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["id"].startswith(part + "-") and r["split"] == "dev"]


def on_arrival(part: str, sha: str, cache: Path) -> list[tuple[dict[str, str], list[list]]]:
    rows = dev_rows(part)
    answers = list(dict.fromkeys((r["answer"], r["lang"]) for r in rows))
    src = rules_at(sha, cache)
    stdin = "\n".join(json.dumps(a) for a in answers)
    out = subprocess.run([sys.executable, "-c", CHECK], cwd=src, input=stdin, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(src)}, check=True)
    found = dict(zip(answers, (json.loads(line) for line in out.stdout.splitlines()), strict=True))
    return [(r, found[(r["answer"], r["lang"])]) for r in rows]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--parts", type=int, default=40, help="the newest N GitHub parts of each language")
    ap.add_argument("--rule", help="list the dev rows this rule flagged on arrival (id, verdict, answer)")
    args = ap.parse_args(argv)
    first = first_commits()
    def newest(lang: str) -> list[str]:
        return sorted((p for p in first if p.startswith(lang)), key=lambda p: int(p[2:]))[-args.parts:]

    chosen = newest("zh") + newest("en")
    cells: dict[str, Counter[str]] = defaultdict(Counter)
    by_rule: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    shown: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for part in chosen:
            for row, findings in on_arrival(part, first[part], Path(tmp)):
                principle, violated = row["principle"], row["verdict"] == "violated"
                rules = {f[0] for f in findings if f[1] == principle or principle in f[2]}
                cell = ("tp" if violated else "fp") if rules else ("fn" if violated else "tn")
                cells[principle][cell] += 1
                for rule in rules:
                    by_rule[(principle, rule)]["tp" if violated else "fp"] += 1
                if args.rule and args.rule in rules:
                    shown.append(f"  {'right' if violated else 'WRONG'} {row['id']}: {row['answer'][:160]!r}")
    print(f"dev rows of {len(chosen)} parts ({chosen[0]}…), each checked under the rules before it arrived")
    for principle, c in sorted(cells.items()):
        flags, broken = c["tp"] + c["fp"], c["tp"] + c["fn"]
        p = f"{c['tp'] / flags:.3f}" if flags else "  -  "
        r = f"{c['tp'] / broken:.3f}" if broken else "  -  "
        print(f"  {principle:16} precision {p} recall {r}  tp {c['tp']:4} fp {c['fp']:4} fn {c['fn']:4}")
    print("rules with wrong flags on arrival (principle, rule, wrong, right):")
    for (principle, rule), c in sorted(by_rule.items(), key=lambda kv: -kv[1]["fp"]):
        if c["fp"]:
            print(f"  {principle:16} {rule:45} wrong {c['fp']:3} right {c['tp']:3}")
    if args.rule:
        print(f"dev rows {args.rule} flagged on arrival:")
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
