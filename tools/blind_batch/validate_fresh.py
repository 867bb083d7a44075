"""Check the form of a blind batch of fresh rewrites and violations (never its content).

    python3 tools/blind_batch/validate_fresh.py DIR N

``DIR/rewrites.csv`` (60 rows: 2 en and 2 zh per exercise) and ``DIR/violations.csv`` (45 rows:
3 per exercise, each principle at least 3 times, at least 40 on a principle the exercise
trains); ids ``rwN-<exercise>-<lang>-<k>`` / ``viN-…``, split by the hash of the id, answers
within the exercise's length. Prints OK or the problems, then the counts.
"""

from __future__ import annotations

import csv
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

from common import ROOT, checked_principles, split_of

PRINCIPLES = checked_principles()



def load(
    path: Path, header: list[str], prefix: str, n: str, bank: dict[str, Any], problems: list[str]
) -> list[dict[str, str]]:
    if not path.is_file():
        problems.append(f"missing {path}")
        return []
    if b"\r\n" in path.read_bytes():
        problems.append(f"{path.name}: use LF line ends")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != header:
            problems.append(f"{path.name}: header must be {','.join(header)}")
        rows = list(reader)
    for row_id, count in Counter(r["id"] for r in rows).items():
        if count > 1:
            problems.append(f"{path.name}: duplicate id {row_id}")
    for line, row in enumerate(rows, 2):
        where = f"{path.name} line {line}"
        if None in row or any(v is None for v in row.values()):
            problems.append(f"{where}: wrong number of fields")
            continue
        ex, lang, variant = row["exercise"], row["lang"], row["variant"]
        if ex not in bank:
            problems.append(f"{where}: unknown exercise {ex}")
            continue
        if not re.fullmatch(rf"{prefix}{n}-{re.escape(ex)}-{lang}-\d+", row["id"]):
            problems.append(f"{where}: id must be {prefix}{n}-<exercise>-<lang>-<k>, got {row['id']}")
        if (
            lang not in ("zh", "en")
            or variant not in ("en", "hans", "hant")
            or (lang == "en") != (variant == "en")
        ):
            problems.append(f"{where}: lang {lang} with variant {variant}")
        if row["split"] != split_of(row["id"]):
            problems.append(f"{where}: split must be {split_of(row['id'])}")
        answer = row["answer"]
        if not answer or answer != answer.strip():
            problems.append(f"{where}: answer empty or has outer spaces")
        low, high = bank[ex].get("length", {}).get(lang, [1, 10**6])
        if not low <= len(answer) <= high:
            problems.append(f"{where}: answer {len(answer)} characters, allowed {low}-{high}")
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    folder, n = Path(argv[0]), argv[1]
    bank = {}
    for path in (ROOT / "exercises" / "bank").glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        bank[data["id"]] = data
    problems: list[str] = []
    good = load(
        folder / "rewrites.csv",
        ["id", "split", "exercise", "lang", "variant", "answer"],
        "rw",
        n,
        bank,
        problems,
    )
    bad = load(
        folder / "violations.csv",
        ["id", "split", "exercise", "lang", "variant", "answer", "principle"],
        "vi",
        n,
        bank,
        problems,
    )
    if len(good) != 60:
        problems.append(f"rewrites: {len(good)} rows, want 60")
    if len(bad) != 45:
        problems.append(f"violations: {len(bad)} rows, want 45")
    per = Counter((r["exercise"], r["lang"]) for r in good)
    problems += [
        f"rewrites: {per[(ex, lang)]} rows for {ex} {lang}, want 2"
        for ex in bank
        for lang in ("zh", "en")
        if per[(ex, lang)] != 2
    ]
    by_principle = Counter(r["principle"] for r in bad)
    problems += [
        f"violations {r['id']}: unknown principle {r['principle']}"
        for r in bad
        if r["principle"] not in PRINCIPLES
    ]
    problems += [
        f"violations: principle {p} only {by_principle[p]} times, want >= 3"
        for p in PRINCIPLES
        if by_principle[p] < 3
    ]
    by_exercise = Counter(r["exercise"] for r in bad)
    problems += [
        f"violations: {by_exercise[ex]} rows for {ex}, want 3" for ex in bank if by_exercise[ex] != 3
    ]
    trained = sum(r["principle"] in bank[r["exercise"]]["principles"] for r in bad if r["exercise"] in bank)
    if trained < 40:
        problems.append(f"violations: only {trained} break a principle their exercise trains, want >= 40")
    print("\n".join(problems) if problems else "OK")
    print(
        "rewrites",
        dict(Counter(r["variant"] for r in good)),
        "split",
        dict(Counter(r["split"] for r in good)),
    )
    print(
        "violations",
        dict(Counter(r["variant"] for r in bad)),
        "split",
        dict(Counter(r["split"] for r in bad)),
    )
    print("principles", dict(by_principle), "trained", trained)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
