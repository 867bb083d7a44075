"""How far the checker agrees with people: one way of counting for ``eval``, the corpus tests
and ``tools/measure.py``.

A row is one reply, one principle and a person's verdict (violated or not). The checker
*flags* a principle when a finding names it, as its own principle or in ``also`` (one phrase
is reported once, naming every principle it breaks). Which severities count is the caller's
choice: every severity by default.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .api import check
from .principles import principle_ids
from .record import field, record

ALL_LEVELS = ("error", "warning", "info")


def flagged(result: dict[str, Any], levels: tuple[str, ...] = ALL_LEVELS) -> set[str]:
    """Principles a check result names (own principle and ``also``) at these severities."""
    out: set[str] = set()
    for f in result["findings"]:
        if f["severity"] in levels:
            out.add(f["principle"])
            out.update(f.get("also", []))
    return out


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


@record
class Tally:
    """Counts of (checker, person) agreement for one principle, one rule or everything."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, said: bool, human: bool) -> str:
        """Count one row; returns its cell ("tp", "fp", "fn" or "tn")."""
        cell = "tp" if said and human else "fp" if said else "fn" if human else "tn"
        setattr(self, cell, getattr(self, cell) + 1)
        return cell

    @property
    def rows(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def false_alarm_rate(self) -> float | None:
        """Share of the rows a person judged fine that the checker flagged."""
        return ratio(self.fp, self.fp + self.tn)

    @property
    def agreement(self) -> float | None:
        return ratio(self.tp + self.tn, self.rows)

    def as_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "agree": self.tp + self.tn, "agreement": self.agreement,
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": self.precision, "recall": self.recall}


@record(frozen=True)
class Labelled:
    """One person's verdict on one principle of one reply. ``where`` says where the row came
    from (file and line), for messages."""

    answer: str
    lang: str
    principle: str
    violated: bool
    exercise: str | None = None
    where: str = ""


@record
class Scores:
    total: Tally = field(default_factory=Tally)
    principles: dict[str, Tally] = field(default_factory=dict)
    disagreements: list[tuple[str, Labelled]] = field(default_factory=list)  # ("fp" | "fn", row)

    def ordered(self) -> list[tuple[str, Tally]]:
        """Per-principle tallies in the order of ``principles.toml``."""
        order = {pid: n for n, pid in enumerate(principle_ids())}
        return sorted(self.principles.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))


Judge = Callable[[Labelled], set[str]]


def checker_judge(levels: tuple[str, ...] = ALL_LEVELS) -> Judge:
    """The checker's flagged principles for a row (the same reply is checked once)."""
    seen: dict[tuple[str, str, str | None], set[str]] = {}

    def judge(row: Labelled) -> set[str]:
        key = (row.answer, row.lang, row.exercise)
        if key not in seen:
            seen[key] = flagged(check(row.answer, row.lang, row.exercise), levels)
        return seen[key]

    return judge


def score_rows(rows: Iterable[Labelled], judge: Judge | None = None) -> Scores:
    """Precision, recall and the disagreements of ``judge`` (the checker by default) on ``rows``."""
    judge = judge or checker_judge()
    scores = Scores()
    for row in rows:
        said = row.principle in judge(row)
        cell = scores.total.add(said, row.violated)
        scores.principles.setdefault(row.principle, Tally()).add(said, row.violated)
        if cell in ("fp", "fn"):
            scores.disagreements.append((cell, row))
    return scores


def read_labelled(path: Path, lang: str | None = None, split: str | None = None) -> list[Labelled]:
    """The rows of a labelled corpus file (``answer``, ``principle``, ``verdict`` = violated/ok,
    and ``lang`` unless given; optional ``split``, ``exercise``), keeping one ``split`` if asked.
    A file of ours: a malformed row is an error naming its line."""
    out: list[Labelled] = []
    known = set(principle_ids())
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for line, rec in enumerate(csv.DictReader(handle), start=2):
            if split and rec.get("split") != split:
                continue
            where = f"{path.name}:{line}"
            verdict, principle = rec.get("verdict"), rec.get("principle")
            answer = (rec.get("answer") or "").strip()
            if verdict not in ("violated", "ok") or principle not in known or not answer:
                raise ValueError(f"{where}: needs an answer, a known principle and verdict violated/ok")
            out.append(Labelled(rec["answer"], lang or rec["lang"], principle, verdict == "violated",
                                rec.get("exercise") or None, where))
    return out
