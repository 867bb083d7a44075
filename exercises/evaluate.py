"""``eval``: how far the engine agrees with a trainer's own judgements.

Input columns: ``lang,answer,principle,verdict`` (optional ``exercise``). ``verdict`` is
the human's judgement whether the answer violates the principle: violated / yes / 1 /
true / x / 违反 / 是 / 有 mean violated; ok / no / 0 / false / followed / 遵守 / 否 / 没有
mean not violated. The engine counts a principle as violated when the check has any
finding (any severity) that names it, as its principle or in ``also`` (``scoring.flagged``).

Reported per principle and per rule (rules of that principle that ran for the row):
rows, agreement, true/false positives/negatives, precision (of the engine's flags) and
recall (of the human's violations); ``null`` when undefined.
"""

from __future__ import annotations

import io
from typing import Any

from .api import check, rules_for
from .csvinput import InputError, SafeWriter, read_records, safe_cell
from .locale import language_choices, languages
from .principles import principle_ids
from .scoring import Tally

VIOLATED = {"violated", "violation", "yes", "y", "1", "true", "x", "bad", "违反", "是", "有", "违规"}
NOT_VIOLATED = {"ok", "no", "n", "0", "false", "followed", "good", "fine", "遵守", "否", "没有", "无", "符合"}
COLUMNS = ["kind", "name", "rows", "agree", "agreement", "tp", "fp", "fn", "tn", "precision", "recall"]


def parse_verdict(value: str) -> bool | None:
    v = value.strip().lower()
    if v in VIOLATED:
        return True
    if v in NOT_VIOLATED:
        return False
    return None


def run_eval(path: str) -> dict[str, Any]:
    rows, skipped = read_records(path, ("lang", "answer", "principle", "verdict"))
    if skipped:
        raise InputError(f"{path}: line {skipped[0]['line']}: {skipped[0]['reason']}")
    known = principle_ids()
    by_principle: dict[str, Tally] = {}
    by_rule: dict[str, Tally] = {}
    for number, row in rows:
        lang = row.get("lang", "").strip().lower()
        pid = row.get("principle", "").strip()
        ex_id = row.get("exercise", "").strip() or None
        if lang not in languages():
            raise InputError(f"{path}: line {number}: unknown lang {lang!r} ({language_choices()})")
        if pid not in known:
            raise InputError(f"{path}: line {number}: unknown principle {pid!r}")
        human = parse_verdict(row.get("verdict", ""))
        if human is None:
            raise InputError(f"{path}: line {number}: verdict {row.get('verdict', '')!r} is not violated/ok")
        try:
            result = check(row.get("answer", ""), lang, ex_id)
            rules, _ = rules_for(lang, ex_id)
        except KeyError as exc:
            raise InputError(f"{path}: line {number}: {exc.args[0]}") from None
        fired = {f["rule"] for f in result["findings"] if pid in (f["principle"], *f.get("also", []))}
        by_principle.setdefault(pid, Tally()).add(bool(fired), human)
        for rule in rules:
            if rule.principle == pid:
                by_rule.setdefault(rule.id, Tally()).add(rule.id in fired, human)
    principles = [{"principle": p, **by_principle[p].as_dict()} for p in known if p in by_principle]
    rules_out = [{"rule": r, **by_rule[r].as_dict()} for r in sorted(by_rule)]
    return {"rows": len(rows), "principles": principles, "rules": rules_out}


def to_csv(report: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = SafeWriter(out)
    writer.writerow(COLUMNS)
    for kind, key in (("principle", "principle"), ("rule", "rule")):
        for entry in report[kind + "s"]:
            row = dict(entry, kind=kind, name=entry[key])
            writer.writerow([safe_cell(row[c]) for c in COLUMNS])
    return out.getvalue()
