"""Scope: a phrase inside a negation, a condition, reported speech or an apology for the
customer's trouble is not what the sentence says; and naming a cause is an explanation when
the same reply owns the fault. Written from the kinds of error the issue names, before the
rules were changed for them."""

from __future__ import annotations

import pytest
from finding_helpers import flagged as principles

from exercises.api import check

NOT_FLAGGED = [
    ("zh", "非常抱歉给您造成的不便，这次是我们的问题，我马上帮您重新安排。", "no-blame"),
    ("zh", "如果是快递那边的问题，我们来负责处理，今天下午五点前给您回电话。", "no-blame"),
    ("zh", "非常抱歉對您造成的困擾，我這就幫您處理。", "no-blame"),
    ("zh", "您不用再跑一趟营业厅了，我在电话里帮您办好。", "ownership"),
    ("zh", "我不会叫您冷静，换作是我也会着急。我现在就帮您查。", "no-taboo"),
    ("en", "If it turns out the courier lost it, that's on us and I'll send a new one today.", "no-blame"),
    ("en", "The courier lost your parcel, and that's our mistake, not yours: I'm sending a new one today.",
     "no-blame"),
    ("en", "I'm sorry for all the trouble this has caused you.", "no-blame"),
    ("en", "You won't need to go to the branch; I'll do it from here.", "ownership"),
    ("en", "I won't tell you to calm down; you have every right to be annoyed.", "no-taboo"),
    ("en", "You were told the engineer would come on Monday; I'm sorry that didn't happen.", "no-arguing"),
]

FLAGGED = [
    ("zh", "这是快递的问题，跟我们没关系。", "no-blame"),
    ("zh", "不是我们的问题，是快递弄丢的。", "no-blame"),
    ("zh", "要是您早点来办，就不会这样了。", "no-blame"),
    ("en", "It's the courier's fault, not ours.", "no-blame"),
    ("en", "It's not our fault, the courier lost it.", "no-blame"),
    ("en", "If you had read the terms, this wouldn't have happened.", "no-blame"),
    ("en", "Why don't you just calm down?", "no-taboo"),
]


@pytest.mark.parametrize(("lang", "text", "principle"), NOT_FLAGGED)
def test_scope_keeps_good_wording_clear(lang: str, text: str, principle: str) -> None:
    assert principle not in principles(text, lang)


@pytest.mark.parametrize(("lang", "text", "principle"), FLAGGED)
def test_scope_still_catches_the_real_thing(lang: str, text: str, principle: str) -> None:
    assert principle in principles(text, lang)


def test_one_phrase_is_reported_once_naming_every_principle() -> None:
    result = check("That's not my department, ring billing.", "en")
    spans = [(f["start"], f["end"]) for f in result["findings"] if f["start"] is not None]
    assert len(spans) == len(set(spans))
    starts = sorted(s for s, _ in spans)
    assert all(b >= a for a, b in zip(starts, starts[1:], strict=False))
    for f in result["findings"]:
        assert f["principle"] not in f["also"]


# A reply sent line by line (a chat burst, a short message per line) has no full stops, but each line
# is its own clause: an apology or a condition on one line does not reach the blame on the next, while
# the same words run together on one line (no line break, no full stop) are still read as one clause.
# (Run together means a space in English and nothing at all in Chinese: since round 153 a space typed
# between two Chinese characters is a pause in place of a comma, below.)
LINES_APART = [
    ("en", "Sorry about the wait\nthe new starter put it on the wrong account", "no-blame"),
    ("zh", "如果是快递那边的问题\n跟我们没关系", "no-blame"),
]


@pytest.mark.parametrize(("lang", "text", "principle"), LINES_APART)
def test_a_line_break_ends_a_clause(lang: str, text: str, principle: str) -> None:
    assert principle in principles(text, lang)
    assert principle not in principles(text.replace("\n", " " if lang == "en" else "", 1), lang)


# Round 153: typed fast on a phone, a Chinese reply leaves out its commas and puts spaces instead
# ("宋女士 不好意思给您添堵了 不过说实话 …"). The apology or condition before the space no longer covers
# what comes after it; with a comma in its place nothing changes, and English words are not split by spaces.
SPACE_APART = [
    ("宋女士 不好意思给您添堵了 不过说实话 改版的事官网上个月就挂出来了 也算通知过的", "no-arguing"),
    ("如果是快递那边的问题 跟我们没关系", "no-blame"),
]


@pytest.mark.parametrize(("text", "principle"), SPACE_APART)
def test_a_space_between_chinese_characters_ends_a_clause(text: str, principle: str) -> None:
    assert principle in principles(text, "zh")
    assert principles(text, "zh") == principles(text.replace(" ", "，"), "zh")
    assert principle not in principles(text.replace(" ", ""), "zh")
