"""An exercise's ``us`` names (FORMAT.md): the words that mean "us" in that exercise only, such as 物业
for the property company's own desk. Every rule reads them as 我们, so "是物业的责任" owns the miss
there instead of blaming another party; elsewhere the same words stay a third party."""

from __future__ import annotations

from pathlib import Path

from exercises.api import check
from exercises.engine import as_us
from exercises.exercise_bank import parse_exercise

DEMO = Path(__file__).resolve().parent / "fixtures" / "bank" / "demo-exercise.toml"

OWNS_IT = "梅女士，多谢您提醒。周一漏收是物业的责任，我来跟进，明天上午十点前补收，收完我给您回电话。"


def test_names_are_read_as_we_in_place() -> None:
    text = "这次是物业的责任，我们物业来补收，物业公司明天派车。"
    out = as_us(text, ("物业",))
    assert len(out) == len(text)
    assert out == "这次是我们的责任，我们这边来补收，我们公司明天派车。"
    assert as_us(text, ()) == text


def test_traditional_names_match_the_simplified_text() -> None:
    assert as_us("这是物业的疏漏。", ("物業",)) == "这是我们的疏漏。"


def test_in_its_exercise_the_name_owns_the_miss() -> None:
    result = check(OWNS_IT, "zh", "missed-rubbish")
    rules = {f["rule"] for f in result["findings"]}
    assert result["passed"], rules
    assert not any(f["principle"] in ("no-blame", "acknowledge") for f in result["findings"])


def test_elsewhere_the_same_words_blame_a_third_party() -> None:
    result = check(OWNS_IT, "zh")
    assert any(f["principle"] == "no-blame" for f in result["findings"])


def test_the_spans_still_point_at_the_reply() -> None:
    text = "梅女士，周一漏收是物业的责任，都是清运公司那个司机老是漏，明天上午十点前补收。"
    result = check(text, "zh", "missed-rubbish")
    blame = [f for f in result["findings"] if f["principle"] == "no-blame"]
    assert blame and all("物业" not in text[f["start"]:f["end"]] for f in blame)
    assert any("司机" in text[f["start"]:f["end"]] for f in blame)


def test_bad_us_lists_are_reported() -> None:
    source = DEMO.read_text(encoding="utf-8")
    one_char = source.replace("[zh]\n", '[zh]\nus = ["我"]\n', 1)
    _, problems = parse_exercise("demo-exercise.toml", one_char)
    assert any("us must be a list of names" in p.message for p in problems)
    in_english = source.replace("[en]\n", '[en]\nus = ["the council"]\n', 1)
    _, problems = parse_exercise("demo-exercise.toml", in_english)
    assert any("Chinese sections only" in p.message for p in problems)
