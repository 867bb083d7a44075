"""Check the form of a part of real replies labelled by hand (never the labels' content).

    python3 tools/blind_batch/validate_real.py PART.csv PART_ID BATCH

``PART_ID`` is like ``zh110`` or ``en95``; ``BATCH`` the batch heading number (94). Checks the
columns of ``tests/corpus/LABELLING.md``, ids ``<part>-gh<owner>-<repo>-<issue>``, the split by
the hash of the id, one row per principle per reply, at most two replies per project, 60-66
replies, and that no thread or answer is already in ``tests/corpus/real/`` (it reads only their
sources and answers, for the collector). Prints OK or the problems, then the counts.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from common import ROOT, checked_principles, split_of

PRINCIPLES = checked_principles()
HEADER = ["id", "split", "lang", "variant", "source", "context", "answer", "principle", "verdict"]
THREAD = re.compile(r"GitHub issue thread (\S+?/\S+?)#(\d+)")



def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)[:80]


def row_problems(rows: list[dict[str, str]], part: str, batch: str) -> list[str]:
    lang = part[:2]
    variants = ("en",) if lang == "en" else ("hans", "hant")
    problems = []
    for line, row in enumerate(rows, 2):
        if None in row or any(v is None for v in row.values()):
            problems.append(f"line {line}: wrong number of fields")
            continue
        if not re.fullmatch(rf"{part}-gh[a-z0-9._-]+-\d+(-\d+)?", row["id"]):
            problems.append(
                f"line {line}: id {row['id']} is not {part}-gh<owner>-<repo>-<issue>[-<n>] in lower case"
            )
        if row["lang"] != lang or row["variant"] not in variants:
            problems.append(f"line {line}: lang {row['lang']} with variant {row['variant']}")
        if row["split"] != split_of(row["id"]):
            problems.append(f"line {line}: split must be {split_of(row['id'])}")
        if row["principle"] not in PRINCIPLES or row["verdict"] not in ("ok", "violated"):
            problems.append(f"line {line}: principle {row['principle']} / verdict {row['verdict']}")
        if not row["answer"].strip():
            problems.append(f"line {line}: empty answer")
        if not THREAD.search(row["source"]):
            problems.append(f"line {line}: source must contain 'GitHub issue thread owner/repo#N'")
        if f"batch {batch} part {part}" not in row["source"]:
            problems.append(f"line {line}: source must end with '; batch {batch} part {part}'")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    path, part, batch = Path(argv[0]), argv[1], argv[2]
    problems = ["use LF line ends"] if b"\r\n" in path.read_bytes() else []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != HEADER:
            problems.append("header must be " + ",".join(HEADER))
        rows = list(reader)
    problems += row_problems(rows, part, batch)
    replies: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        replies[row["id"]].append(row)
    threads: dict[str, tuple[str, str]] = {}
    for reply_id, reply_rows in replies.items():
        for column in ("split", "variant", "source", "context", "answer"):
            if len({r[column] for r in reply_rows}) > 1:
                problems.append(f"{reply_id}: its rows differ in {column}")
        for principle, count in Counter(r["principle"] for r in reply_rows).items():
            if count > 1:
                problems.append(f"{reply_id}: principle {principle} labelled {count} times")
        found = THREAD.search(reply_rows[0]["source"] or "")
        if found:
            threads[reply_id] = (found.group(1).lower(), found.group(2))
    for project, count in Counter(project for project, _ in threads.values()).items():
        if count > 2:
            problems.append(f"project {project}: {count} replies, at most 2")
    if not 60 <= len(replies) <= 66:
        problems.append(f"{len(replies)} replies, want 60-66")
    old_threads, old_answers = set(), set()
    for corpus in (ROOT / "tests" / "corpus" / "real").glob("*.csv"):
        with corpus.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                found = THREAD.search(row["source"])
                if found:
                    old_threads.add((found.group(1).lower(), found.group(2)))
                old_answers.add(_squeeze(row["answer"]))
    for reply_id, reply_rows in replies.items():
        if threads.get(reply_id) in old_threads:
            problems.append(f"{reply_id}: thread already in the corpus; pick another")
        if _squeeze(reply_rows[0]["answer"]) in old_answers:
            problems.append(f"{reply_id}: answer already in the corpus")
    print("\n".join(problems) if problems else "OK")
    splits = Counter(r[0]["split"] for r in replies.values())
    variants = Counter(r[0]["variant"] for r in replies.values())
    print(len(replies), "replies", len(rows), "rows", dict(splits), "variants", dict(variants))
    per: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for row in rows:
        per[row["principle"]][(row["verdict"], row["split"])] += 1
    for principle in sorted(per):
        c = per[principle]
        print(
            f"  {principle}: ok {c[('ok', 'dev')] + c[('ok', 'held')]} ({c[('ok', 'held')]}) / "
            f"violated {c[('violated', 'dev')] + c[('violated', 'held')]} ({c[('violated', 'held')]})"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
