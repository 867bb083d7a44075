"""On a long reply a pattern is searched only in windows near its required literals, each search
cut off where a match starting there stops looking (``exercises/reach.py``,
``ruletypes.base.windows``). The matches, and so the findings, must be exactly those of a
search of the whole reply."""

from __future__ import annotations

import random
import re

import pytest
from test_split_alternation import _texts, pattern_sets

from exercises.api import check
from exercises.normalize import fold_pattern
from exercises.reach import reach
from exercises.ruletypes import base
from exercises.ruletypes.base import PatternSet, windows


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("abc", (3, 3)),
        (r"\bab\b", (2, 3)),  # the last \b looks at the character after the match
        ("a(?=bcd)", (1, 4)),  # a look-ahead looks past the match
        ("(?<=xy)a", (1, 1)),  # a look-behind looks back, not on
        ("a{0,5}b", (6, 6)),
        ("(a|bcd)e", (4, 4)),
        ("x(?!.{0,3}y)", (1, 5)),
        ("(?:a|b)?c$", (2, 3)),
        ("a+b", None),  # no bound
        (r"[^。]*的错", None),
        (r"(a)b\1", None),  # a back-reference: not read
        ("a{0,500}", None),  # longer than LONGEST
    ],
)
def test_reach_of_a_pattern(pattern: str, expected: tuple[int, int] | None) -> None:
    assert reach(pattern) == expected


def test_windows_lie_around_the_rarest_required_literal() -> None:
    text = "x" * 3000 + " our fault " + "y" * 3000 + " fault " + "z" * 3000
    # a match of at most 12 characters holding "our" and "fault": near the one "our"
    assert windows(text, (("our",), ("fault",)), 12) == [(3001 + 3 - 12, 3001)]
    assert windows(text, (("nothere",),), 12) == []
    assert windows("ab" * 3000, (("ab",),), 12) is None  # everywhere: searched whole


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bour (fault|mistake)\b",
        r"(?<!not )\bon us\b(?= today)",
        r"\b(the|your) (bank|courier)( company)?\b(?! said)",
        r"(是|属于)?(我们|我)的(问题|错)(?!吗)",
        r"fault$",
        r"(?:ab|cd)e{0,3}",
    ],
)
def test_windowed_search_finds_exactly_what_re_finds(pattern: str) -> None:
    rng = random.Random(11)
    words = ["our", "fault", "mistake", "not", "on", "us", "today", "the", "your", "bank", "courier",
             "company", "said", "是", "属于", "我们", "我", "的", "问题", "错", "吗", "ab", "cd", "e", "x"]
    compiled = re.compile(pattern)
    for size in (2500, 12000):
        text = ""
        while len(text) < size:
            text += rng.choice(words) + rng.choice([" ", "", ". ", "，"])
        for piece in (text, text + "fault"):
            assert len(piece) > base.WINDOWED_TEXT
            expected = [m.span() for m in compiled.finditer(piece) if m.end() > m.start()]
            patterns = PatternSet([pattern])
            assert patterns.compiled[0]._windows(piece) is not None or not patterns.compiled[0].literals
            assert patterns.spans(piece) == expected, pattern


def _compiled(lang: str) -> list[base._Compiled]:
    out: dict[str, base._Compiled] = {}
    for c in (c for s in pattern_sets(lang) for c in s.compiled):
        parts = c.parts()
        for one in parts if parts else (c,):
            out.setdefault(one.source, one)
    return list(out.values())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_pattern_of_the_packs_finds_on_a_long_reply_what_re_finds(lang: str) -> None:
    texts = _texts(lang, 400)
    joiner = "。" if lang == "zh" else ". "
    long_texts = [" ".join(texts[:150]), joiner.join(texts[150:400])]
    assert all(len(t) > base.WINDOWED_TEXT for t in long_texts)
    windowed = 0
    for compiled in _compiled(lang):
        if compiled.flags:
            continue
        pattern = re.compile(fold_pattern(compiled.source))
        for text in long_texts:
            windowed += compiled._windows(text) is not None
            whole = [m.span() for m in pattern.finditer(text)
                     if m.end() > m.start() and not compiled._excluded(m)]
            assert [m.span() for m in compiled._scan(text)] == whole, (compiled.source[:80], text[:40])
    assert windowed > 200, "most patterns should be searched in windows on a long reply"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_findings_on_a_long_reply_are_the_same_with_and_without_windows(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(lang, 300)
    replies = [" ".join(texts[i : i + 60]) for i in range(0, 300, 60)]
    assert all(len(r) > base.WINDOWED_TEXT for r in replies)
    with_windows = [check(r, lang) for r in replies]
    monkeypatch.setattr(base, "WINDOWED_TEXT", 10**9)
    base._TEXTS.clear()
    base._LAST_SPANS.clear()
    base._LAST_FIRST.clear()
    without = [check(r, lang) for r in replies]
    assert with_windows == without
    assert any(result["findings"] for result in without)
