"""The page "How far to trust the checker" shows the figures of the rules as they are: a
change to the rules or the corpora without `make trust` fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_trust_page_figures_are_current() -> None:
    out = subprocess.run([sys.executable, "tools/trust_page.py", "--check"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr


def test_the_trust_page_has_figures_in_both_languages() -> None:
    for lang, word in (("zh", "精确率"), ("en", "precision")):
        text = (ROOT / "docs" / lang / "trust.md").read_text(encoding="utf-8")
        figures = text.split("<!-- figures:start -->")[1].split("<!-- figures:end -->")[0]
        assert word in figures and "| " in figures


def _trust_page():
    sys.path.insert(0, str(ROOT / "tools"))
    import trust_page

    return trust_page


def test_the_blind_parts_are_read_from_sources_with_their_counts() -> None:
    trust_page = _trust_page()
    parts = trust_page.blind_parts((ROOT / "tests/corpus/real/SOURCES.md").read_text(encoding="utf-8"))
    assert len(parts) >= 8
    assert all(p["batch"] >= 17 and p["held"] > 0 and p["dev"] > 0 for p in parts)
    line = trust_page.blind_line("en", parts)
    assert f"The {len(parts)} newest blind parts" in line
    assert f"{sum(p['held'] + p['dev'] for p in parts)} replies" in line
    text = (ROOT / "docs/en/trust.md").read_text(encoding="utf-8")
    assert line in text and trust_page.blind_line("zh", parts) in (ROOT / "docs/zh/trust.md").read_text(
        encoding="utf-8")


def test_a_blind_part_whose_figures_disagree_with_its_counts_is_refused() -> None:
    trust_page = _trust_page()
    good = ("## Batch 30, part xx\n\nheld 2 replies, precision 1.0, recall 0.5 (tp 1, fp 0, fn 1); "
            "dev 3 replies, 1.0 / 1.0 (tp 2, fp 0, fn 0); the whole part, 1.0 / 0.75 (tp 3, fp 0, fn 1). "
            "No rule was changed.")
    (part,) = trust_page.blind_parts(good)
    assert part == {"held": 2, "dev": 3, "tp": 3, "fp": 0, "fn": 1, "batch": 30}
    assert "precision 100 %, recall 75 %" in trust_page.blind_line("en", [part])
    with pytest.raises(ValueError, match="batch 30"):
        trust_page.blind_parts(good.replace("1.0 / 0.75 (tp 3", "1.0 / 0.8 (tp 3"))


def test_the_fresh_batches_on_arrival_are_read_from_the_labelling_guide() -> None:
    trust_page = _trust_page()
    batches = trust_page.fresh_batches((ROOT / "tests/corpus/LABELLING.md").read_text(encoding="utf-8"))
    assert len(batches) >= 3 and all(b["batch"] >= 17 for b in batches)
    assert all(0 < b["passed"] <= b["rewrites"] and 0 < b["caught"] <= b["violations"] for b in batches)
    one = trust_page.fresh_batches(
        "  Batch 40 (ids `rw40-`, `vi40-`: 10 rewrites, 4 violations) was written blind. Measured alone on\n"
        "  arrival by the lead, before any rule was changed for it: the good rewrites pass 9 of 10\n"
        "  (held 3 of 4) and the violations are caught 3 of 4 (held 1 of 2).")
    assert one == [{"batch": 40, "passed": 9, "rewrites": 10, "caught": 3, "violations": 4}]
    line = trust_page.fresh_line("en", one)
    assert "9 of 10 good rewrites pass (90 %)" in line and "3 of 4 rewrites that break" in line
    assert trust_page.fresh_line("en", batches) in (ROOT / "docs/en/trust.md").read_text(encoding="utf-8")


def test_a_figure_sentence_that_cannot_be_read_is_refused_not_skipped() -> None:
    trust_page = _trust_page()
    with pytest.raises(ValueError, match="LABELLING.md"):
        trust_page.fresh_batches(
            "Batch 41 (ids `rw41-`, `vi41-`). Measured alone on arrival by the lead, before any rule was "
            "changed for it: the good rewrites passed about nine in ten.")
    with pytest.raises(ValueError, match="SOURCES.md"):
        trust_page.blind_parts("## Batch 42, part xx\n\n**Merged by the lead** into `en.csv`; figures later.")


def test_checking_in_several_processes_gives_each_reply_the_same_result() -> None:
    """``tools/measure.py`` checks the corpora in one process per CPU; a reply's result must be the
    one a single process gives (dev rows only: the held-back rows are read by measuring alone)."""
    import measure

    good, bad = measure._fresh_rows("dev")
    keys = [measure._good_key(r) for r in good[:150]] + [measure._key(r) for r in bad[:150]]
    keys += [("", "zh", None), ("<b>不好意思</b> 😀", "zh", None), ("Sorry! " * 50, "en", None)]
    assert len(set(keys)) >= 200  # enough to use the processes
    assert measure.check_all(keys, 2) == measure.check_all(keys, 1)
