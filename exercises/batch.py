"""``batch``: check a class's answers from a CSV file and summarise by principle.

Input columns: ``trainee,answer`` plus ``exercise`` (unless ``--exercise`` is given) and
optionally ``lang`` (otherwise guessed from the answer: ``locale.guess_lang``).
Output: one row per answer, then one row per checked principle with how many answers were
flagged for it (error or warning or info; optional tips on principles the exercise does not
train are not counted), then the rows that were skipped, each with the line it starts on: an
unknown exercise id, an empty exercise id (without ``--exercise``), a quote that is never
closed (the rest of the file would be one cell). Every cell written goes through
``safe_cell`` (no spreadsheet formulas).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from .api import check
from .csvinput import InputError, SafeWriter, read_records, safe_cell
from .exercise_bank import load_bank
from .locale import language_choices, languages
from .normalize import guess_lang
from .principles import load_principles

ANSWER_COLUMNS = ["trainee", "exercise", "lang", "passed", "score", "errors", "warnings", "infos", "flagged"]
SKIPPED_COLUMNS = ["skipped_line", "reason"]


def summary_columns() -> list[str]:
    """The summary's columns: the principle, its name in every language, the counts."""
    return ["principle", *languages(), "answers", "flagged", "flagged_percent"]


def run_batch(
    path: str,
    exercise: str | None,
    extra_rules: str | None,
    extra_name: str,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """``progress`` is told ``"<path> line <n>"`` before each answer is checked."""
    required = ("trainee", "answer") if exercise else ("trainee", "answer", "exercise")
    rows, skipped = read_records(path, required)
    known = set(load_bank())
    order = [p.id for p in load_principles()]
    answers: list[dict[str, Any]] = []
    for number, row in rows:
        ex_id = exercise or row.get("exercise", "").strip() or None
        if exercise is None and ex_id is None:
            skipped.append({"line": number, "reason": "exercise is empty"})
            continue
        if exercise is None and ex_id not in known:
            skipped.append({"line": number, "reason": f"unknown exercise {ex_id!r}"})
            continue
        lang = row.get("lang", "").strip().lower() or guess_lang(row.get("answer", ""))
        if lang not in languages():
            raise InputError(f"{path}: line {number}: unknown lang {lang!r} ({language_choices()})")
        if progress is not None:
            progress(f"{path} line {number}")
        try:
            result = check(row.get("answer", ""), lang, ex_id, extra_rules, extra_name=extra_name)
        except KeyError as exc:
            raise InputError(f"{path}: line {number}: {exc.args[0]}") from None
        counts = {
            s: sum(1 for f in result["findings"] if f["severity"] == s) for s in ("error", "warning", "info")
        }
        # optional tips on principles the exercise does not train stay out of the class summary
        flagged = sorted({f["principle"] for f in result["findings"] if not f.get("tip")}, key=order.index)
        answers.append(
            {
                "trainee": row.get("trainee", ""),
                "exercise": ex_id,
                "lang": lang,
                "passed": result["passed"],
                "score": result["score"],
                "errors": counts["error"],
                "warnings": counts["warning"],
                "infos": counts["info"],
                "flagged": flagged,
                "findings": result["findings"],
            }
        )
    summary = []
    for p in load_principles():
        if p.checked == "no":
            continue
        hit = sum(1 for a in answers if p.id in a["flagged"])
        percent = round(100 * hit / len(answers)) if answers else 0
        summary.append(
            {
                "principle": p.id,
                **{lang: p.name(lang) for lang in languages()},
                "answers": len(answers),
                "flagged": hit,
                "flagged_percent": percent,
            }
        )
    passed = sum(1 for a in answers if a["passed"])
    total = {
        "answers": len(answers),
        "passed": passed,
        "average_score": round(sum(a["score"] for a in answers) / len(answers)) if answers else 0,
        "skipped": len(skipped),
    }
    skipped.sort(key=lambda s: s["line"])
    return {"answers": answers, "principles": summary, "total": total, "skipped": skipped}


def to_csv(report: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = SafeWriter(out)
    writer.writerow(ANSWER_COLUMNS)
    for a in report["answers"]:
        row = dict(a, passed="yes" if a["passed"] else "no", flagged=";".join(a["flagged"]))
        writer.writerow([safe_cell(row[c]) for c in ANSWER_COLUMNS])
    writer.writerow([])
    writer.writerow(summary_columns())
    for s in report["principles"]:
        writer.writerow([safe_cell(s[c]) for c in summary_columns()])
    if report.get("skipped"):
        writer.writerow([])
        writer.writerow(SKIPPED_COLUMNS)
        for s in report["skipped"]:
            writer.writerow([safe_cell(s[c]) for c in ("line", "reason")])
    return out.getvalue()
