"""Round 31 of issue 14 (after fresh batch 9, "how real agents slip"): wording of my own for the
kinds its dev part showed, written before the checker was run on it. The comment above each
list says how many items failed before the change.
"""

from __future__ import annotations

import pytest
from finding_helpers import any_level

# Playing it down: "it's only a day", "this is no big deal" (a dismissive remark).
# Before the change: 6 of 6 failed.
PLAYED_DOWN = [
    ("zh", "其实也不是什么大问题，晚一天而已。"),
    ("zh", "這點小事，晚個一兩天也還好啦。"),
    ("zh", "多等一天其实也没什么影响。"),
    ("en", "To be fair it's only a day's delay, it's not the end of the world."),
    ("en", "Honestly, it's not a big deal, the bins will be done tomorrow."),
    ("en", "It's only a couple of pounds, so nothing to worry about really."),
]


@pytest.mark.parametrize(("lang", "text"), PLAYED_DOWN)
def test_playing_the_problem_down_is_dismissive(lang: str, text: str) -> None:
    assert "no-taboo" in any_level(text, lang)


# A hassle for us, said to the customer: "a right faff", 麻烦得很.
# Before the change: 0 of 3, kept as a regression list failed.
OUR_HASSLE = [
    ("en", "Getting the form back from the branch is a real pain, but I'll do it."),
    ("en", "Chasing the courier is such a faff, to be honest."),
    ("zh", "去支行调单子挺麻烦的，不过我会去调。"),
]


@pytest.mark.parametrize(("lang", "text"), OUR_HASSLE)
def test_complaining_about_our_own_hassle_is_a_forbidden_phrase(lang: str, text: str) -> None:
    assert "no-taboo" in any_level(text, lang)


# "Just to clarify, we did tell you": correcting the customer about the notice or the terms.
# Before the change: 3 of 5 failed.
WE_DID_TELL_YOU = [
    ("en", "Just to clarify, the change was announced on our website a month before, so it wasn't"
           " done without warning."),
    ("en", "To be clear, the terms you signed do say calls abroad are extra."),
    ("zh", "不过我得说明一下，公告上写的是发放日，并没有说当天到账。"),
    ("zh", "套餐說明第三條就有寫國際通話另計，同事其實沒有講錯。"),
    ("zh", "其实办理的时候合同里写得很清楚，这个不包含在套餐里。"),
]


@pytest.mark.parametrize(("lang", "text"), WE_DID_TELL_YOU)
def test_correcting_them_about_what_they_were_told_is_arguing(lang: str, text: str) -> None:
    assert "no-arguing" in any_level(text, lang)


# The cause put on one of our own teams "and not on the customer side", said to excuse it.
# Before the change: 2 of 3 failed.
OUR_TEAM_DID_IT = [
    ("en", "For what it's worth, it was the operations team's upgrade that caused it, not anything at"
           " our end of the phone."),
    ("en", "To be fair to us on the helpline, it was IT's change last night that broke it."),
    ("zh", "说实话，这是运维部那边升级搞出来的，跟我们客服没关系。"),
]


@pytest.mark.parametrize(("lang", "text"), OUR_TEAM_DID_IT)
def test_putting_it_on_another_team_is_passing_the_blame(lang: str, text: str) -> None:
    assert "no-blame" in any_level(text, lang)


# "I'll let you know as soon as it's arranged": no time at all.
# Before the change: 1 of 3 failed.
NO_TIME = [
    ("zh", "我这就催物流重新排车，排好了马上通知您。"),
    ("zh", "等有结果了我第一时间告诉您。"),
    ("en", "I'll chase the depot and let you know as soon as it's booked."),
]


@pytest.mark.parametrize(("lang", "text"), NO_TIME)
def test_as_soon_as_it_is_arranged_is_no_time(lang: str, text: str) -> None:
    assert "next-step" in any_level(text, lang)


# A promise dressed as reassurance: 肯定/包在我身上 about something not in our hands.
# Before the change: 3 of 3 failed.
REASSURING_PROMISE = [
    ("zh", "您放心，今天下午三点前肯定打到您账户里。"),
    ("zh", "利息的事包在我身上。"),
    ("en", "Rest easy, it'll be in your account by 3 pm for sure."),
]


@pytest.mark.parametrize(("lang", "text"), REASSURING_PROMISE)
def test_a_promise_dressed_as_reassurance_is_an_empty_promise(lang: str, text: str) -> None:
    assert "expectation" in any_level(text, lang)


# A voucher to "call it settled" in mr-zeng.
# Before the change: 2 of 3 failed.
VOUCHER_TO_SETTLE = [
    ("en", "And to make up for the trips in, here's a £20 voucher - let's call it settled, shall we?"),
    ("en", "I'll throw in a £15 gift card so we can put this behind us."),
    ("zh", "再送您一张五十元购物卡，这事咱们就算了结了，好吗？"),
]


@pytest.mark.parametrize(("lang", "text"), VOUCHER_TO_SETTLE)
def test_a_voucher_to_settle_it_crosses_the_line(lang: str, text: str) -> None:
    assert "boundaries" in any_level(text, lang, "mr-zeng-refund")


# Written after the fixes above, from the last three misses of batch 9's dev part, and run on
# the commit before this round: 3 of 3 failed there. (As first written, two of them were caught
# there for another reason, "not anything we did" and a missing question; they were narrowed to
# the kind they test.)
LAST_MISSES = [
    ("en", None, "Sorting out a refund from here is a right old faff, to be honest.", "no-taboo"),
    ("en", None, "It was the customer operations team's change that broke it.", "no-blame"),
    ("en", "unclear-passenger", "It'll be the 09:40 to Beijing, I've had a few passengers from that one."
     " Shall I rebook you?", "understand-need"),
]


@pytest.mark.parametrize(("lang", "exercise", "text", "principle"), LAST_MISSES)
def test_the_last_misses_of_batch_9(lang: str, exercise: str | None, text: str, principle: str) -> None:
    assert principle in any_level(text, lang, exercise)
