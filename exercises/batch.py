"""``batch``: check a class's answers from CSV files and summarise by principle.

One file or several (each trainee's download, in any order; a file given twice counts once).

Input columns: ``trainee,answer`` plus ``exercise`` (unless ``--exercise`` is given) and
optionally ``lang`` (otherwise guessed from the answer: ``locale.guess_lang``).
Output: one row per answer, then one row per checked principle with how many answers were
flagged for it (error or warning or info; optional tips on principles the exercise does not
train are not counted), then the rows that were skipped, each with the line it starts on: an
unknown exercise id, an empty exercise id (without ``--exercise``), a quote that is never
closed (the rest of the file would be one cell) — with several files, as ``file:line``; then
the trainees' self-ratings (rows whose exercise is ``self-assessment:before`` or ``:after``),
one row per principle. Every cell written goes through ``safe_cell`` (no spreadsheet formulas).
The class report page runs the same checks in the browser (``classreport.py``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from .api import check
from .csvinput import InputError, SafeWriter, parse_records, read_text, safe_cell
from .exercise_bank import load_bank
from .locale import language_choices, languages
from .normalize import guess_lang
from .principles import load_principles

ANSWER_COLUMNS = ["trainee", "exercise", "lang", "passed", "score", "errors", "warnings", "infos", "flagged"]
SKIPPED_COLUMNS = ["skipped_line", "reason"]


def summary_columns() -> list[str]:
    """The summary's columns: the principle, its name in every language, the counts."""
    return ["principle", *languages(), "answers", "flagged", "flagged_percent"]


SELF_COLUMNS = ["trainee", "self_assessment", "principle", "rating"]
SELF_PREFIX = "self-assessment:"  # the exercise column of a self-rating row
RATING_MAX = 5


def run_batch(
    path: str | Sequence[str],
    exercise: str | None,
    extra_rules: str | None,
    extra_name: str,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """``path``: one file or several (a class's answer files, in any order); ``progress`` is
    told ``"<path> line <n>"`` before each answer is checked."""
    paths = [path] if isinstance(path, str) else list(path)
    return check_texts([(p, read_text(p)) for p in paths], exercise, extra_rules, extra_name, progress)


def check_texts(
    files: Sequence[tuple[str, str]],
    exercise: str | None,
    extra_rules: str | None,
    extra_name: str,
    progress: Callable[[str], None] | None = None,
    step: Callable[[int, int], None] | None = None,
    keep_text: bool = False,
    tolerant: bool = False,
) -> dict[str, Any]:
    """``run_batch`` on ``(name, text)`` pairs (what the class report page has); ``step`` is
    told ``(done, total)`` after each answer. A file whose text is the same as an earlier one's
    (the same download dropped twice) is skipped as a whole. Rows whose exercise starts with
    ``self-assessment:`` are a trainee's self-ratings: collected, not checked. ``tolerant``: a
    file that is not a class's answers (or a row in an unknown language) is skipped with the
    reason instead of stopping everything (``InputError``)."""
    required = ("trainee", "answer") if exercise else ("trainee", "answer", "exercise")
    known = set(load_bank())
    order = [p.id for p in load_principles()]
    several = len(files) > 1
    todo: list[tuple[str, int, dict[str, str], str]] = []
    skipped: list[dict[str, Any]] = []
    ratings: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    for name, text in files:
        body = text.removeprefix("\ufeff")
        if body in seen:
            skipped.append({"file": name, "line": 1, "reason": f"the same file as {seen[body]}"})
            continue
        seen[body] = name
        try:
            rows, bad = parse_records(body, name, required)
        except InputError as exc:
            if not tolerant:
                raise
            skipped.append({"file": name, "line": 1, "reason": str(exc)})
            continue
        skipped.extend(dict(s, file=name) for s in bad)
        for number, row in rows:
            named = row.get("exercise", "").strip()
            if named.startswith(SELF_PREFIX):
                ratings.append(self_rating(row, named, name, number))
                continue
            ex_id = exercise or named or None
            if exercise is None and ex_id is None:
                skipped.append({"file": name, "line": number, "reason": "exercise is empty"})
                continue
            if exercise is None and ex_id not in known:
                skipped.append({"file": name, "line": number, "reason": f"unknown exercise {ex_id!r}"})
                continue
            todo.append((name, number, row, str(ex_id)))
    answers: list[dict[str, Any]] = []
    for done, (path, number, row, ex_id) in enumerate(todo, start=1):
        lang = row.get("lang", "").strip().lower() or guess_lang(row.get("answer", ""))
        if lang not in languages() and tolerant:
            reason = f"unknown lang {lang!r} ({language_choices()})"
            skipped.append({"file": path, "line": number, "reason": reason})
            continue
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
                **({"file": path} if several else {}),
                **({"answer": row.get("answer", "")} if keep_text else {}),
            }
        )
        if step is not None:
            step(done, len(todo))
    if step is not None and not todo:
        step(0, 0)
    if not several:
        for s in skipped:
            s.pop("file", None)
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
    skipped.sort(key=lambda s: (s.get("file", ""), s["line"]))
    report: dict[str, Any] = {"answers": answers, "principles": summary, "total": total, "skipped": skipped}
    if ratings:
        report["self_assessment"] = ratings
    return report


def self_rating(row: dict[str, str], named: str, path: str, line: int) -> dict[str, Any]:
    """One self-assessment row: ``exercise`` is ``self-assessment:before`` (or ``:after``),
    ``answer`` is ``principle=rating`` pairs separated by ``;`` (ratings 1 to 5; anything else
    is left out)."""
    known = set(p.id for p in load_principles())
    ratings: dict[str, int] = {}
    for pair in row.get("answer", "").split(";"):
        pid, _, value = pair.partition("=")
        pid, value = pid.strip(), value.strip()
        if pid in known and value.isdigit() and 1 <= int(value) <= RATING_MAX:
            ratings[pid] = int(value)
    return {"trainee": row.get("trainee", ""), "phase": named[len(SELF_PREFIX):].strip(),
            "ratings": ratings, "file": path, "line": line}


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
            line = f"{s['file']}:{s['line']}" if "file" in s else s["line"]
            writer.writerow([line, s["reason"]])
    if report.get("self_assessment"):
        writer.writerow([])
        writer.writerow(SELF_COLUMNS)
        for r in report["self_assessment"]:
            for pid, rating in r["ratings"].items():
                writer.writerow([r["trainee"], r["phase"], pid, rating])
    return out.getvalue()
