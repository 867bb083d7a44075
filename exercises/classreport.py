"""The class report: a class's answer files checked and summarised for a trainer.

The page "Trainer: class report" hands the files a trainer dropped on it to the exercise
worker, which calls ``class_report_json`` in Pyodide; the answers are checked by
``batch.check_texts``, exactly as ``python -m exercises batch`` checks them, so both give the
same per-principle counts. On top of batch's figures the report has, in the page's language:

- per exercise: answers, passes, pass rate and the most common flagged phrases (excerpts, counted);
- per trainee: answers, passes, average score, the principles to work on, their answers with
  findings (for the page's highlighting), and their self-assessment before and after the course;
- per principle: the class's average self-rating before and after;
- ``csv``: the whole report as a CSV file, every cell through ``safe_cell`` (no formulas).

A trainee with an empty name is named after their file.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import PurePath
from typing import Any

from .batch import check_texts
from .csvinput import SafeWriter
from .exercise_bank import load_bank
from .principles import load_principles

TOP_PHRASES = 5
WORK_ON = 3

HEADERS: dict[str, dict[str, list[str]]] = {
    "zh": {
        "principles": [
            "原则",
            "原则编号",
            "答案数",
            "违反次数",
            "违反比例(%)",
            "课前自评均分",
            "课后自评均分",
        ],
        "exercises": ["练习", "练习编号", "答案数", "通过数", "通过率(%)", "常见问题说法"],
        "trainees": ["学员", "答案数", "通过数", "平均分", "需要加强的原则", "课前自评", "课后自评"],
        "answers": ["学员", "练习编号", "语言", "是否通过", "得分", "违反的原则"],
        "skipped": ["跳过的行", "原因"],
        "yes": ["是"],
        "no": ["否"],
    },
    "en": {
        "principles": [
            "principle",
            "principle_id",
            "answers",
            "flagged",
            "flagged_percent",
            "self_rating_before",
            "self_rating_after",
        ],
        "exercises": [
            "exercise",
            "exercise_id",
            "answers",
            "passed",
            "pass_percent",
            "common_flagged_phrases",
        ],
        "trainees": [
            "trainee",
            "answers",
            "passed",
            "average_score",
            "principles_to_work_on",
            "self_rating_before",
            "self_rating_after",
        ],
        "answers": ["trainee", "exercise_id", "lang", "passed", "score", "flagged"],
        "skipped": ["skipped_line", "reason"],
        "yes": ["yes"],
        "no": ["no"],
    },
}


def _average(values: Sequence[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def class_report(
    files: Sequence[tuple[str, str]],
    lang: str = "zh",
    extra_rules: str | None = None,
    extra_name: str = "extra rules",
    step: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """The report on ``(file name, text)`` pairs; names and titles in ``lang``."""
    lang = lang if lang in HEADERS else "en"
    batch = check_texts(files, None, extra_rules, extra_name, step=step, keep_text=True, tolerant=True)
    several = len(files) > 1
    names = {p.id: p.name(lang) for p in load_principles()}
    bank = load_bank()

    def trainee_of(entry: dict[str, Any], path: str) -> str:
        return entry["trainee"].strip() or PurePath(path).stem

    answers = []
    for a in batch["answers"]:
        path = a.pop("file", files[0][0] if files else "")
        answers.append(dict(a, trainee=trainee_of(a, path), file=path))

    exercises = []
    for ex_id in dict.fromkeys(a["exercise"] for a in answers):
        mine = [a for a in answers if a["exercise"] == ex_id]
        phrases: Counter[tuple[str, str]] = Counter(
            (f["excerpt"], f["principle"])
            for a in mine
            for f in a["findings"]
            if f.get("excerpt") and not f.get("tip")
        )
        passed = sum(1 for a in mine if a["passed"])
        ex = bank.get(ex_id)
        exercises.append(
            {
                "exercise": ex_id,
                "title": ex.lang(lang).title if ex else ex_id,
                "order": (ex.order, ex_id) if ex else (10**6, ex_id),
                "answers": len(mine),
                "passed": passed,
                "pass_percent": round(100 * passed / len(mine)),
                "phrases": [
                    {"excerpt": e, "principle": p, "count": n}
                    for (e, p), n in phrases.most_common(TOP_PHRASES)
                ],
            }
        )
    exercises.sort(key=lambda e: e["order"])
    for e in exercises:
        del e["order"]

    ratings: dict[str, dict[str, dict[str, int]]] = {}
    for r in batch.get("self_assessment", []):
        if r["phase"] in (
            "before",
            "after",
        ):  # a later row of the same phase adds to (or corrects) an earlier one
            ratings.setdefault(trainee_of(r, r["file"]), {}).setdefault(r["phase"], {}).update(r["ratings"])

    trainees = []
    for name in dict.fromkeys([*(a["trainee"] for a in answers), *ratings]):
        mine = [a for a in answers if a["trainee"] == name]
        counts = Counter(p for a in mine for p in a["flagged"])
        own = ratings.get(name, {})
        trainees.append(
            {
                "trainee": name,
                "answers": len(mine),
                "passed": sum(1 for a in mine if a["passed"]),
                "score": round(sum(a["score"] for a in mine) / len(mine)) if mine else 0,
                "work_on": [
                    p for p, _ in sorted(counts.items(), key=lambda kv: (-kv[1], list(names).index(kv[0])))
                ][:WORK_ON],
                "before": own.get("before", {}),
                "after": own.get("after", {}),
                "items": [
                    {
                        k: a[k]
                        for k in ("exercise", "lang", "passed", "score", "flagged", "findings", "answer")
                    }
                    for a in mine
                ],
            }
        )

    principles = []
    rated = [p.id for p in load_principles()]
    checked = {s["principle"]: s for s in batch["principles"]}
    for pid in rated:
        s = checked.get(pid)
        principles.append(
            {
                "principle": pid,
                "name": names[pid],
                "checked": s is not None,
                "answers": s["answers"] if s else 0,
                "flagged": s["flagged"] if s else 0,
                "flagged_percent": s["flagged_percent"] if s else 0,
                "before": _average([t["before"][pid] for t in trainees if pid in t["before"]]),
                "after": _average([t["after"][pid] for t in trainees if pid in t["after"]]),
            }
        )

    report = {
        "lang": lang,
        "files": len(files),
        "total": dict(batch["total"], trainees=len(trainees)),
        "principles": principles,
        "exercises": exercises,
        "trainees": trainees,
        "skipped": [
            dict(s, file=s.get("file", files[0][0] if files and not several else ""))
            for s in batch["skipped"]
        ],
    }
    report["csv"] = to_csv(report)
    return report


def _ratings_text(ratings: dict[str, int]) -> str:
    return "; ".join(f"{pid}={n}" for pid, n in ratings.items())


def to_csv(report: dict[str, Any]) -> str:
    """The report as one CSV file in sections (principles, exercises, trainees, answers, skipped)."""
    h = HEADERS[report["lang"]]
    out = io.StringIO()
    writer = SafeWriter(out)

    def blank(value: float | None) -> object:
        return "" if value is None else value

    writer.writerow(h["principles"])
    for p in report["principles"]:
        writer.writerow(
            [
                p["name"],
                p["principle"],
                p["answers"] if p["checked"] else "",
                p["flagged"] if p["checked"] else "",
                p["flagged_percent"] if p["checked"] else "",
                blank(p["before"]),
                blank(p["after"]),
            ]
        )
    writer.writerow([])
    writer.writerow(h["exercises"])
    for e in report["exercises"]:
        phrases = "; ".join(f"{x['excerpt']} ×{x['count']}" for x in e["phrases"])
        writer.writerow([e["title"], e["exercise"], e["answers"], e["passed"], e["pass_percent"], phrases])
    writer.writerow([])
    writer.writerow(h["trainees"])
    for t in report["trainees"]:
        writer.writerow(
            [
                t["trainee"],
                t["answers"],
                t["passed"],
                t["score"],
                "; ".join(t["work_on"]),
                _ratings_text(t["before"]),
                _ratings_text(t["after"]),
            ]
        )
    writer.writerow([])
    writer.writerow(h["answers"])
    for t in report["trainees"]:
        for a in t["items"]:
            writer.writerow(
                [
                    t["trainee"],
                    a["exercise"],
                    a["lang"],
                    (h["yes"] if a["passed"] else h["no"])[0],
                    a["score"],
                    "; ".join(a["flagged"]),
                ]
            )
    if report["skipped"]:
        writer.writerow([])
        writer.writerow(h["skipped"])
        for s in report["skipped"]:
            writer.writerow([f"{s['file']}:{s['line']}" if s.get("file") else s["line"], s["reason"]])
    return out.getvalue()


def class_report_json(
    files_json: str,
    lang: str = "zh",
    extra_rules: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """For the worker: ``files_json`` is ``[{"name", "text"}, ...]``; returns the report as JSON,
    or ``{"error": message}`` for a file that cannot be read as a class's answers."""
    from .csvinput import InputError

    files = [(str(f.get("name", "")), str(f.get("text", ""))) for f in json.loads(files_json)]
    try:
        report = class_report(files, lang, extra_rules, step=progress)
    except InputError as exc:
        return json.dumps({"error": str(exc)})
    return json.dumps(report)  # ASCII: a lone surrogate in a trainee's text cannot break the transfer
