"""Every finding of the general rules and of every exercise on every text the repository
has, as one JSON file: run it before and after a refactoring of the packs and compare.

    .venv/bin/python tools/findings_snapshot.py > /tmp/before.json
    ... refactor ...
    .venv/bin/python tools/findings_snapshot.py > /tmp/after.json
    .venv/bin/python tools/findings_snapshot.py --compare /tmp/before.json /tmp/after.json

Texts: the corpora in tests/corpus (all splits are run, but only the engine's answers are
stored, never the texts of held-back rows), every other CSV under tests/, and every text of the bank.
A finding is kept as (principle, rule, severity, start, end); followed as (principle, start, end).
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
from exercises.api import check  # noqa: E402
from exercises.exercise_bank import load_bank  # noqa: E402


def texts() -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    for path in sorted((ROOT / "tests").rglob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                answer = row.get("answer") or row.get("text") or ""
                lang = (row.get("lang") or "").strip() or ("zh" if "zh" in path.name else "en")
                if answer and lang in ("zh", "en"):
                    out.append((answer, lang, (row.get("exercise") or "").strip() or None))
    for ex in load_bank().values():
        for lang in ("zh", "en"):
            data = ex.lang(lang)
            for text in (data.bad_reply, *data.model_answers, *(b.text for b in data.known_bad)):
                out.append((text, lang, ex.id))
    return sorted(set(out), key=lambda t: (t[1], t[2] or "", t[0]))


def snapshot() -> dict[str, object]:
    result: dict[str, object] = {}
    for text, lang, exercise in texts():
        key = hashlib.sha1(f"{lang}|{exercise}|{text}".encode()).hexdigest()[:16]
        for ex in ([None, exercise] if exercise else [None]):
            try:
                r = check(text, lang, ex)
            except KeyError:
                continue
            result[f"{key}:{ex or '-'}"] = {
                "findings": sorted([f["principle"], f["rule"], f["severity"], f["start"], f["end"]]
                                   for f in r["findings"]),
                "followed": sorted([f["principle"], f["start"], f["end"]] for f in r["followed"]),
                "passed": r["passed"],
            }
    return result


def main(argv: list[str]) -> int:
    if argv[:1] == ["--compare"]:
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in argv[1:3])
        diff = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
        print(f"{len(a)} checks before, {len(b)} after, {len(diff)} differ")
        for k in diff[:40]:
            print(k, "\n  before:", a.get(k), "\n  after: ", b.get(k))
        return 1 if diff else 0
    json.dump(snapshot(), sys.stdout, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
