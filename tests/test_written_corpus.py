"""The general packs on the written corpus (``tests/corpus/written/<lang>.csv``): replies
written by people in the style of real ones (simplified and traditional Chinese with
Cantonese and Taiwanese wording, English), each row one principle and a verdict.

Columns: ``split`` (all ``dev``: these were tuned on), ``source`` (the batch a row came
from: ``pack/…`` were the packs' development batches, ``blind/…`` were written without
looking at the packs and measured blind once, then tuned on too), ``variant`` (hans, hant,
en), ``answer``, ``principle``, ``verdict``.

Counting is ``exercises.scoring`` (the same as ``eval`` and ``tools/measure.py``): a
principle is flagged when any finding names it. Targets per family and variant: recall of
violations >= 0.85, false alarms on replies that follow the principle <= 0.10.

``.venv/bin/python tests/test_written_corpus.py`` prints the figures and every disagreement.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from exercises.api import check
from exercises.principles import load_principles
from exercises.scoring import Labelled, Scores, read_labelled, score_rows

CORPUS = Path(__file__).resolve().parent / "corpus" / "written"
LANGS = ("zh", "en")
MIN_RECALL = 0.85
MAX_FALSE_ALARM = 0.10
COLUMNS = ["split", "source", "variant", "answer", "principle", "verdict"]


def groups() -> dict[tuple[str, str], list[Labelled]]:
    """Rows by (source family, variant), e.g. ("blind", "hant")."""
    out: dict[tuple[str, str], list[Labelled]] = defaultdict(list)
    for lang in LANGS:
        path = CORPUS / f"{lang}.csv"
        with path.open(encoding="utf-8-sig", newline="") as handle:
            records = list(csv.DictReader(handle))
        for rec, row in zip(records, read_labelled(path, lang), strict=True):
            out[(rec["source"].split("/")[0], rec["variant"])].append(row)
    return dict(out)


GROUPS = groups()


def test_the_corpus_is_well_formed() -> None:
    assert sorted(GROUPS) == sorted((f, v) for f in ("pack", "blind") for v in ("hans", "hant", "en"))
    for lang in LANGS:
        with (CORPUS / f"{lang}.csv").open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            records = list(reader)
        assert reader.fieldnames == COLUMNS
        assert {r["split"] for r in records} == {"dev"}
        seen: set[tuple[str, str, str]] = set()
        for line, r in enumerate(records, start=2):
            key = (r["source"].split("/")[0], r["answer"], r["principle"])
            assert key not in seen, f"{lang}.csv:{line}: the same label twice"
            seen.add(key)


@pytest.mark.parametrize("group", sorted(GROUPS), ids=lambda g: "-".join(g))
def test_every_principle_is_labelled_both_ways(group: tuple[str, str]) -> None:
    rows = GROUPS[group]
    assert len(rows) >= 100, f"{group}: only {len(rows)} rows"
    assert {r.violated for r in rows} == {True, False}
    if group[0] == "pack":  # a pack that drops a principle is noticed
        assert {r.principle for r in rows} == {p.id for p in load_principles() if p.checked != "no"}


def _report(group: tuple[str, str], scores: Scores) -> str:
    lines = [f"{'-'.join(group)}: recall {scores.total.recall}, false alarms {scores.total.false_alarm_rate}"]
    for pid, t in scores.ordered():
        lines.append(f"    {pid:16} recall {t.tp}/{t.tp + t.fn}  false {t.fp}/{t.fp + t.tn}")
    lines += [f"      {cell.upper()} {row.where} {row.principle}: {row.answer}"
              for cell, row in scores.disagreements]
    return "\n".join(lines)


@pytest.mark.parametrize("group", sorted(GROUPS), ids=lambda g: "-".join(g))
def test_the_packs_meet_their_targets(group: tuple[str, str]) -> None:
    scores = score_rows(GROUPS[group])
    recall, false_alarms = scores.total.recall, scores.total.false_alarm_rate
    assert recall is not None and false_alarms is not None
    assert recall >= MIN_RECALL and false_alarms <= MAX_FALSE_ALARM, _report(group, scores)


def test_traditional_and_simplified_agree() -> None:
    """The same reply in traditional characters gets the same findings as in simplified."""
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


if __name__ == "__main__":
    for group in sorted(GROUPS):
        print(_report(group, score_rows(GROUPS[group])))
