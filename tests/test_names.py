"""Customers' names and agents' sign-offs need the reply's capitals: after case-folding,
"Priya" and "prices" look alike. Written before the rules that read capitals, from the kinds
named in the issue (a customer's first name used in the reply), not from corpus rows."""

from __future__ import annotations

import pytest
from finding_helpers import followed

from exercises.api import check

NAMED = [
    "I'm sorry for the wait, Priya. Your refund went out this morning and reaches your card in three days.",
    "Thanks for flagging this Marcus. We've reset the router remotely and it should be back within the hour.",
    "Oliver, I've checked the order and it left our warehouse yesterday. Tracking will update tonight.",
    "That's really frustrating Aisha. I've asked the courier to call you before 5pm today.",
    "Sorry about the double charge, Tomasz! I've reversed it and you'll see the money back by Friday.",
    "We've extended your trial by a week. Thanks for your patience, Hannah.",
    # round 15 (written before the rules changed): how agents sign a written reply
    "We'll sort it today. KB",
    "We'll sort it today. Phil.",
    "We'll sort it today. -Dan B.",
    "We'll sort it today. Best, Mo",
    "Sorry to hear that. DM us your order number. ^MR 1/2",
    "We'll sort it today. (JD)",
]

NOT_NAMED = [
    "You can clear the cache under Settings in Firefox. Restart the app and it should load faster.",
    "Unfortunately, we can't change the plan this month. It will switch on the first of next month.",
    "Please update to the latest version of Android. Then try again and let us know how it goes.",
    "Currently, all orders ship on Monday. We'll email you the tracking number then.",
    "Sorry for the trouble. Our team in London is looking at it and we'll update you by Friday.",
    "Thanks for reaching out. Please send us a DM with your order number and we'll check it for you.",
    # round 15: closing words and a cut-off word are not a signature
    "We'll sort it today. Enjoy!",
    "We'll sort it today. ok",
    "Thanks for waiting. Regards, Team Tesco",
    "See you soon. Bye!",
    "We keep this under review. Thakyou.",
    "Firefox is one of our top picks for the best int",
]


@pytest.mark.parametrize("text", NAMED)
def test_customer_name_counts_as_addressing_them(text: str) -> None:
    assert "introduce" in followed(text, "en")


@pytest.mark.parametrize("text", NOT_NAMED)
def test_capitalised_words_that_are_not_names_do_not(text: str) -> None:
    assert "introduce" not in followed(text, "en")
    assert any(f["principle"] == "introduce" for f in check(text, "en")["findings"])


def test_praise_quotes_the_name_with_its_capital() -> None:
    praise = [f for f in check(NAMED[0], "en")["followed"] if f["principle"] == "introduce"]
    assert praise and "Priya" in praise[0]["excerpt"]



def test_an_agent_number_counts_in_chinese() -> None:
    assert "introduce" in followed("您好，客服专员6688号为您服务。", "zh")


@pytest.mark.parametrize("text", ["谢谢您的耐心，刚刚已经帮您查过了。", "您慢慢说，我们好好帮您查。"])
def test_a_doubled_word_is_not_an_agents_name(text: str) -> None:
    assert "introduce" not in followed(text, "zh")


# A form of address counts (labelling guide: "neither a name nor a form of address" is what
# breaks the principle): 亲, 亲爱的用户, 尊敬的客户, "Dear valued customer". Written first.
ADDRESSED = [
    ("zh", "亲，订单已经发货了，明天能到。"),
    ("zh", "亲亲，您别着急，我这就帮您查。"),
    ("zh", "亲爱的用户，您好，退款已经原路退回。"),
    ("zh", "尊敬的客户您好，您的工单已受理。"),
    ("en", "Dear valued customer, your refund is on its way."),
]
NOT_ADDRESSED = [("zh", "我亲自帮您查一下，明天答复。"), ("zh", "亲子套餐今天有优惠，明天结束。")]


@pytest.mark.parametrize(("lang", "text"), ADDRESSED)
def test_a_form_of_address_counts(lang: str, text: str) -> None:
    assert "introduce" in followed(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_ADDRESSED)
def test_the_same_characters_in_other_words_do_not(lang: str, text: str) -> None:
    assert "introduce" not in followed(text, lang)
