"""Rounds 35 and 37 of issue 14, after real batch 9: in Chinese, the register of public offices
(a new source, government offices answering citizens on a petition board); in English, what the
batch's twcs replies showed. Unlike the other wording lists, these were written AFTER reading the
dev part of that batch, as guards for the patterns those rounds added, not as a measure: the
measure is the batch's held part.
"""

from __future__ import annotations

import pytest
from finding_helpers import any_level

# Passed on, refused without a way forward, defended, or told to calm down.
FLAGGED = [
    ("ownership", "zh", "经核实，该路段不属于我局管辖范围，建议您向市交通局反映。"),
    ("ownership", "zh", "您反映的问题不在本单位职责范围内，请您直接联系所在街道办事处。"),
    ("ownership", "zh", "请您准备好相关材料并联系区住建局处理。"),
    ("expectation", "zh", "根据现行规定，您的情况不符合申请补贴的条件。"),
    ("expectation", "zh", "目前国家尚未出台退还该项费用的政策。"),
    ("no-arguing", "zh", "经调查，该校各项收费均符合规定，并非违规收费。"),
    ("no-arguing", "zh", "经核查，该小区供水一切正常，可能是您家中管道自身的原因，也可能是您看错了水表。"),
    ("no-taboo", "zh", "请您先别生气，我们会尽量处理。"),
    ("no-taboo", "zh", "您先消消气，有话慢慢说。"),
    ("ownership", "en", "Please email the seller about a refund."),
]


@pytest.mark.parametrize(("principle", "lang", "text"), FLAGGED)
def test_the_way_batch_9_breaks_a_principle_is_flagged(principle: str, lang: str, text: str) -> None:
    assert principle in any_level(text, lang)


# The writer addressed by the board's user name, a dated plan, an office acting on it; and the
# English wording the checker misread.
DONE = [
    ("introduce", "zh", "网友“zz20200101”您好！您的留言已收悉，现回复如下：该路灯已于本周修复。"),
    ("next-step", "zh", "您反映的道路积水问题，我局已安排施工队排查，预计今年十月份完成改造。"),
    ("ownership", "zh", "您好，您反映的噪音问题我局已要求施工单位整改，并将持续跟踪。"),
    ("ownership", "zh", "您好，我们正与供电公司积极对接，将尽快恢复小区路灯照明。"),
    # English: "email" as a noun is not sending the customer off, a signature after "=",
    # "troubling to hear" and a bare "We understand." as acknowledgement
    ("ownership", "en", "Hi, happy to help! Please DM us with your email and your order number."),
    ("ownership", "en", "Could you DM us the email on your account, please?"),
    ("introduce", "en", "Sorry about that, please DM your full address so we can take a look. = KT"),
    ("acknowledge", "en", "That's troubling to hear. Please DM us the details."),
    ("acknowledge", "en", "We understand. Could you DM us the order number?"),
]


@pytest.mark.parametrize(("principle", "lang", "text"), DONE)
def test_the_way_batch_9_does_it_counts(principle: str, lang: str, text: str) -> None:
    assert principle not in any_level(text, lang)


def test_a_past_date_is_not_a_next_step() -> None:
    text = "网友您好！乡政府已于2013年5月份向县交通局递交了开通公交线路的报告，正在等待答复。"
    assert "next-step" in any_level(text, "zh")
