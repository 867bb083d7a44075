"""How well the general rule packs judge real-style replies.

The corpus in ``tests/fixtures/pack_eval/`` holds replies written independently of the rule
examples (simplified Chinese, traditional Chinese with Cantonese and Taiwanese wording,
English), each labelled with one principle and a verdict:

- ``violated``: a person reading the reply would plainly say it breaks the principle
  (for a "require" principle such as next-step: the element is missing);
- ``ok``: the reply plainly follows the principle.

A violation counts as *reported* when the general pack gives any finding (error, warning or
info) for that principle; an ``ok`` row counts as a *false alarm* when it does.

Targets: recall of violations >= 0.85 and false-alarm rate <= 0.10, per language.

Round 9 batches: ``round9a_*`` was the development set for the structural forbid rules
(second-person fault, third-party fault, contradiction, brush-off imperatives, threats and
bribes); ``round9b_*`` was written at the same time and measured once, blind, after those
rules were in (held-out figures in the commit history); ``round9p_*`` are the extra probe
sentences used while generalising. Later fixes were made with all three in view.

Run ``.venv/bin/python tests/test_pack_quality.py`` for the figures per language and
principle, with every miss and false alarm listed.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from exercises.api import check  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "pack_eval"
# corpus file -> language passed to the engine
CORPORA = {"zh": "zh", "zh_hant": "zh", "en": "en"}
PRINCIPLES = {
    "understand-need", "acknowledge", "no-blame", "no-taboo", "no-arguing", "ownership",
    "next-step", "offer-options", "introduce", "expectation", "boundaries",
}
MIN_RECALL = 0.85
MAX_FALSE_ALARM = 0.10


@dataclass
class Tally:
    violated: int = 0
    reported: int = 0
    ok: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.reported / self.violated if self.violated else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.ok if self.ok else 0.0


def corpus_files(name: str) -> list[Path]:
    """``<name>.csv`` plus later batches named ``<batch>_<name>.csv`` (e.g. ``round2_zh.csv``)."""
    pattern = re.compile(rf"([a-z0-9]+_)?{re.escape(name)}")
    return sorted(p for p in CORPUS.glob("*.csv") if pattern.fullmatch(p.stem))


def read_corpus(name: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in corpus_files(name):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return rows


def test_every_corpus_file_is_read() -> None:
    """A batch file whose name matches no corpus would silently be left out."""
    read = {p for name in CORPORA for p in corpus_files(name)}
    assert read == set(CORPUS.glob("*.csv")), sorted(set(CORPUS.glob("*.csv")) - read)


def evaluate(name: str) -> tuple[Tally, dict[str, Tally]]:
    lang = CORPORA[name]
    total = Tally()
    per: dict[str, Tally] = defaultdict(Tally)
    for row in read_corpus(name):
        result = check(row["answer"], lang)
        reported = any(f["principle"] == row["principle"] for f in result["findings"])
        for tally in (total, per[row["principle"]]):
            if row["verdict"] == "violated":
                tally.violated += 1
                tally.reported += reported
                if not reported:
                    tally.misses.append(row["answer"])
            else:
                tally.ok += 1
                tally.false_alarms += reported
                if reported:
                    tally.false.append(row["answer"])
    return total, dict(per)


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_is_well_formed(name: str) -> None:
    rows = read_corpus(name)
    assert len(rows) >= 80, f"{name}: only {len(rows)} rows"
    for row in rows:
        assert set(row) == {"answer", "principle", "verdict"}, row
        assert row["answer"].strip(), row
        assert row["principle"] in PRINCIPLES, row
        assert row["verdict"] in ("violated", "ok"), row
    verdicts = {row["verdict"] for row in rows}
    assert verdicts == {"violated", "ok"}, f"{name}: needs both verdicts"
    # every checkable principle appears, so a pack that drops one is noticed
    assert {row["principle"] for row in rows} == PRINCIPLES, name


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_violations_are_reported(name: str) -> None:
    total, _ = evaluate(name)
    assert total.recall >= MIN_RECALL, (
        f"{name}: recall {total.recall:.3f} ({total.reported}/{total.violated}); missed: {total.misses}"
    )


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_followed_principles_are_not_flagged(name: str) -> None:
    total, _ = evaluate(name)
    assert total.false_alarm_rate <= MAX_FALSE_ALARM, (
        f"{name}: false alarms {total.false_alarm_rate:.3f} ({total.false_alarms}/{total.ok}); "
        f"flagged: {total.false}"
    )


def test_traditional_and_simplified_agree() -> None:
    """The same reply in traditional characters gets the same principles as in simplified."""
    pairs = [
        ("你冷靜一點，這是規定，我也沒辦法。", "你冷静一点，这是规定，我也没办法。"),
        ("一定是分行做錯了，他們經常錯。", "一定是分行做错了，他们经常错。"),
        (
            "很抱歉讓您久等，我馬上幫您查，今天下午五點前回覆您。",
            "很抱歉让您久等，我马上帮您查，今天下午五点前回复您。",
        ),
    ]
    for hant, hans in pairs:
        a = [(f["principle"], f["rule"]) for f in check(hant, "zh")["findings"]]
        b = [(f["principle"], f["rule"]) for f in check(hans, "zh")["findings"]]
        assert a == b, (hant, a, b)


def main() -> None:
    for name in sorted(CORPORA):
        total, per = evaluate(name)
        print(
            f"{name}: recall {total.recall:.3f} ({total.reported}/{total.violated}), "
            f"false alarms {total.false_alarm_rate:.3f} ({total.false_alarms}/{total.ok})"
        )
        for principle in sorted(per):
            t = per[principle]
            print(f"    {principle:16s} recall {t.reported}/{t.violated}  false {t.false_alarms}/{t.ok}")
            for text in t.misses:
                print(f"        MISS  {text}")
            for text in t.false:
                print(f"        FALSE {text}")


if __name__ == "__main__":
    main()
