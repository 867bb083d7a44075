"""Blind evaluation of the general rule packs against hand-labelled agent replies.

The fixtures in ``tests/fixtures/blind_eval/`` were written without looking at the packs,
their examples or the packs' own evaluation corpus, in the manner of the held-out set the
packs will be measured on: replies to an unhappy customer in simplified Chinese, traditional
Chinese (Hong Kong Cantonese, Taiwanese Mandarin, plain) and English, from many settings.

Each row is ``answer,principle,verdict`` with verdict ``violated`` or ``ok``; a reply carries
only the labels whose verdict is plain. A principle counts as *reported* when any finding
(error, warning or info) of the general rule set names it.

- recall: share of ``violated`` rows where the principle is reported (target >= 0.85);
- false alarms: share of ``ok`` rows where the principle is reported (target <= 0.10).

Run with ``pytest -s tests/test_blind_eval.py`` to see the per-principle table and each miss.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from exercises.api import check
from exercises.principles import principle_ids

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "blind_eval"
FILES = {"zh": "zh", "zh_hant": "zh", "en": "en"}  # fixture file -> engine language
RECALL_TARGET = 0.85
FALSE_ALARM_TARGET = 0.10
VERDICTS = ("violated", "ok")


@dataclass(frozen=True)
class Row:
    line: int
    answer: str
    principle: str
    verdict: str


def load_rows(name: str) -> list[Row]:
    path = FIXTURES / f"{name}.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["answer", "principle", "verdict"], path
        rows = [
            Row(number, rec["answer"], rec["principle"], rec["verdict"])
            for number, rec in enumerate(reader, start=2)
        ]
    return rows


@cache
def reported(answer: str, lang: str) -> frozenset[str]:
    """Principles named by any finding (any severity) for this reply."""
    return frozenset(f["principle"] for f in check(answer, lang)["findings"])


@dataclass
class Tally:
    violated: int = 0
    caught: int = 0
    ok: int = 0
    false_alarms: int = 0

    def recall(self) -> float | None:
        return self.caught / self.violated if self.violated else None

    def false_alarm_rate(self) -> float | None:
        return self.false_alarms / self.ok if self.ok else None


def score(name: str) -> tuple[Tally, dict[str, Tally], list[str]]:
    lang = FILES[name]
    total = Tally()
    per: dict[str, Tally] = defaultdict(Tally)
    failures: list[str] = []
    for row in load_rows(name):
        hit = row.principle in reported(row.answer, lang)
        for tally in (total, per[row.principle]):
            if row.verdict == "violated":
                tally.violated += 1
                tally.caught += hit
            else:
                tally.ok += 1
                tally.false_alarms += hit
        if row.verdict == "violated" and not hit:
            failures.append(f"MISS  {name}:{row.line} {row.principle}: {row.answer}")
        elif row.verdict == "ok" and hit:
            failures.append(f"FALSE {name}:{row.line} {row.principle}: {row.answer}")
    return total, dict(per), failures


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def render(name: str, total: Tally, per: dict[str, Tally]) -> str:
    lines = [
        f"\n== blind eval: {name} (engine lang {FILES[name]}) ==",
        f"{'principle':<16} {'viol':>4} {'recall':>7}   {'ok':>3} {'false':>7}",
    ]
    for principle in sorted(per):
        t = per[principle]
        lines.append(
            f"{principle:<16} {t.violated:>4} {_pct(t.recall()):>7}   "
            f"{t.ok:>3} {_pct(t.false_alarm_rate()):>7}"
        )
    lines.append(
        f"{'ALL':<16} {total.violated:>4} {_pct(total.recall()):>7}   {total.ok:>3} "
        f"{_pct(total.false_alarm_rate()):>7}"
    )
    return "\n".join(lines)


@pytest.mark.parametrize("name", sorted(FILES))
def test_fixture_is_well_formed(name: str) -> None:
    ids = set(principle_ids())
    rows = load_rows(name)
    assert len(rows) >= 100, f"{name}: only {len(rows)} labelled rows"
    seen: set[tuple[str, str]] = set()
    for row in rows:
        assert row.answer.strip(), f"{name}:{row.line} empty answer"
        assert row.verdict in VERDICTS, f"{name}:{row.line} bad verdict {row.verdict!r}"
        assert row.principle in ids, f"{name}:{row.line} unknown principle {row.principle!r}"
        key = (row.answer, row.principle)
        assert key not in seen, f"{name}:{row.line} duplicate label {key}"
        seen.add(key)


@pytest.mark.parametrize("name", sorted(FILES))
def test_blind_eval_meets_targets(name: str) -> None:
    total, per, failures = score(name)
    print(render(name, total, per))
    for line in failures:
        print("  " + line)
    recall, false_rate = total.recall(), total.false_alarm_rate()
    assert recall is not None and false_rate is not None
    assert recall >= RECALL_TARGET and false_rate <= FALSE_ALARM_TARGET, (
        f"{name}: recall {recall:.1%} (target >= {RECALL_TARGET:.0%}), "
        f"false alarms {false_rate:.1%} (target <= {FALSE_ALARM_TARGET:.0%}); "
        f"{len(failures)} failing rows, run pytest -s to list them"
    )
