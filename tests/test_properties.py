"""Property tests: any text gives valid, stable output with spans inside the text."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from exercises.api import check, check_json
from exercises.exercise_bank import load_bank
from exercises.normalize import normalize

SPECIAL = (
    "冷静一点你知道吧查不到他們部門的事,，。！ calm down CALM DOWN not my job "
    "\u200b\u200c\u200d\u2060\ufeff\u202e\u202d\u2066\u2069\u00ad\x00\x1b\x7f\t\n\r\u3000"
    "ﬁ㈠①Ａ\u0301\u0308e😀👍🏽🇨🇳<script>&amp;</b>"
)
texts = st.one_of(
    st.text(),
    st.text(st.characters(codec=None, categories=["Cs", "Lo", "Zs", "Mn", "So"])),  # lone surrogates too
    st.text(alphabet=st.sampled_from(SPECIAL)),
    st.lists(
        st.sampled_from(["冷静一点", "我今天回电话", "calm down", " ", "\u200b", "抱歉", "按照规定"])
    ).map("".join),
)
exercise_ids = [None, *list(load_bank())[:4]]


def _valid(text: str, result: dict) -> None:
    assert 0 <= result["score"] <= 100 and isinstance(result["score"], int)
    assert result["passed"] == (not any(f["severity"] == "error" for f in result["findings"]))
    for item in result["findings"] + result["followed"]:
        if item["start"] is None:
            assert item["end"] is None and item["excerpt"] is None
            continue
        assert 0 <= item["start"] <= item["end"] <= len(text)
        assert item["excerpt"] == text[item["start"] : item["end"]]
        assert item["end"] > item["start"]


@settings(max_examples=150, deadline=None)
@given(text=texts, lang=st.sampled_from(["zh", "en"]), exercise=st.sampled_from(exercise_ids))
def test_any_text_gives_valid_stable_output(text: str, lang: str, exercise: str | None) -> None:
    result = check(text, lang, exercise)
    _valid(text, result)
    first = check_json(text, lang, exercise)
    assert first == check_json(text, lang, exercise)
    assert json.loads(first.encode("utf-8")) == result


@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_normalisation_map_is_monotonic_and_inside(text: str) -> None:
    norm = normalize(text)
    assert len(norm.starts) == len(norm.text) == len(norm.ends)
    previous = 0
    for start, end in zip(norm.starts, norm.ends, strict=True):
        assert previous <= start < end <= len(text)
        previous = start


EXTRA = """
[[rule]]
id = "no-taboo/qa-phrase"
principle = "no-taboo"
type = "forbid"
severity = "warning"
patterns = ['zorp blat']
message = "m"
"""


def test_lone_surrogates_give_valid_utf8_json() -> None:
    text = "\ud83d zorp\udfff blat \udc80 冷静\udfff一点"
    for lang in ("zh", "en"):
        result = check(text, lang, None, EXTRA)
        out = check_json(text, lang, None, EXTRA)
        assert json.loads(out.encode("utf-8")) == result  # escaped as \\udfff, loads back equal
        _valid(text, result)
        excerpts = [f["excerpt"] for f in result["findings"] if f["rule"] == "no-taboo/qa-phrase"]
        assert excerpts == ["zorp\udfff blat"]
        assert '"zorp\\udfff blat"' in out
