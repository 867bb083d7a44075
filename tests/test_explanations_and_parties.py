"""Wording tests of round 29 of issue 14 (after fresh batch 8, "honest explanations and third
parties"): each list was written in my own words before the checker was run on it, and the
comment above it says how many items failed before the change. Good replies that explain,
admit a shortfall or name the customer's own time must pass; blame slipped onto a new
colleague or another team, a calm-down in other words, a denial that nobody was handling
it, a complaint sent off to head office, and a promise made for a third party must be caught.
"""

from __future__ import annotations

import pytest
from finding_helpers import any_level, flagged

from exercises.api import check
from exercises.scoring import flagged as named

# Good rewrites of two exercises: a check done with the customer there counts as now, and
# "before you leave" as a time; an admission that we *only* posted a notice is not a defence;
# "the ones we didn't overcharge" is a category, not a contradiction.
# Before the change: 5 of 6 failed.
GOOD_REWRITES = [
    ("en", "mr-he-compensation",
     "Mr He, let's settle this properly. I'll print this month's itemised bill while you wait and we'll"
     " go through every line together. Anything we've charged wrongly goes back on your account before"
     " you leave; if it all adds up, there won't be a credit or a gift this time."),
    ("en", "mr-he-compensation",
     "I'm sorry you've had to come in about this again, Mr He. Take a seat and I'll pull up your bill"
     " while you're here, and we'll check each charge together. Any mistake is refunded to your account"
     " before you go. If the figures are right, that's where we'll leave it: no gifts or credit."),
    ("zh", "mr-he-compensation",
     "何先生，您先坐，我把这个月的详单打出来，咱们当面一笔一笔对。真有多扣的，您走之前就退回您的账户；"
     "核对下来没多扣的，这次就不补偿、也不送礼品了。"),
    ("zh", "mr-he-compensation",
     "何先生，您说多收了，咱们就对账单说话。我现在打印详单，多收的当场退，没多收的照常收，您看这样公平吗？"),
    ("zh", "bill-layout",
     "宋女士，账单改版这件事，我们只发了一条短信，没有跟老客户一一说明，让您对不上账，是我们做得不够。"
     "应还总额现在在第一页右上角。哪几笔您找不到？您告诉我大概日期和金额，我陪您一笔一笔查。"),
    ("zh", "bill-layout",
     "宋女士，实在抱歉，新版账单我们仅在官网发了通知，您没看到很正常。本月应还总额在首页右上角的方框里。"
     "您是哪几笔消费对不上？说个大概时间，我现在就帮您逐笔核对。"),
]


@pytest.mark.parametrize(("lang", "exercise", "text"), GOOD_REWRITES)
def test_a_good_rewrite_that_explains_or_admits_passes(lang: str, exercise: str, text: str) -> None:
    result = check(text, lang, exercise)
    assert result["passed"], sorted({f["rule"] for f in result["findings"] if f["severity"] == "error"})


# Blame slipped onto a new or short-staffed colleague, or "another team should have …".
# Before the change: 7 of 7 failed.
SOFT_BLAME = [
    ("en", "That branch has a lot of trainees on the counter at the moment, so I'd guess one of them put it"
           " on the wrong account. I'll ask them to look and call you by 3 pm."),
    ("en", "The lad who set up your plan was brand new and didn't really know the system, which is why it"
           " went wrong. I'll sort it out today."),
    ("en", "Roadworks should have passed this on the first time instead of sending you to us, but I'll log"
           " it now and ring you by Friday."),
    ("en", "Honestly, the night shift ought to have flagged this before it ever reached you. I'll put it"
           " right this afternoon."),
    ("zh", "给您办业务的那位同事刚来没几天，对套餐还不熟，才给您讲岔了。我今天就帮您改回来。"),
    ("zh", "这事工程部那边第一次就该处理掉的，结果拖到现在。我现在就跟进，下午四点前回您电话。"),
    ("zh", "當天值班的同事是新來的，流程還不熟，才漏掉了您的單子。我馬上幫您補登記。"),
]


@pytest.mark.parametrize(("lang", "text"), SOFT_BLAME)
def test_blame_on_a_new_colleague_or_another_team_is_caught(lang: str, text: str) -> None:
    assert "no-blame" in flagged(text, lang)


# Telling them to calm down, in other words.
# Before the change: 5 of 7 failed.
CALM_DOWN_AGAIN = [
    ("zh", "您先把情绪稳一稳，我们再慢慢说。"),
    ("zh", "您先把火气压一压，听我跟您讲。"),
    ("zh", "您情绪先缓一缓，不然我们没法往下谈。"),
    ("zh", "您先把心情平復一下，我們再處理。"),
    ("en", "Let's take the heat out of this first, and then I'll look at your account."),
    ("en", "If you could just lower your voice, I'll be able to help."),
    ("en", "Try to settle down a bit and we'll go through it."),
]


@pytest.mark.parametrize(("lang", "text"), CALM_DOWN_AGAIN)
def test_calm_down_in_other_words_is_a_forbidden_phrase(lang: str, text: str) -> None:
    assert "no-taboo" in flagged(text, lang)


# "It's not that nobody was dealing with it": a denial of the complaint, even with help after it.
# Before the change: 5 of 6 failed.
NOBODY_IGNORED_YOU = [
    ("zh", "前两次我们一直都在处理，并不是没人管。我现在帮您催一下。"),
    ("zh", "不是我们不处理，每一步工单里都有记录。我这就帮您查进度。"),
    ("zh", "我们一直在跟进，不存在没人处理的情况，我再帮您问一下师傅。"),
    ("en", "Nobody ignored you: every step is logged on the ticket. I'll chase the engineer now."),
    ("en", "It's not that no one was dealing with it; we've been working on it the whole time."),
    ("en", "We have been looking into this from day one, so it isn't true that nothing was done."),
]


@pytest.mark.parametrize(("lang", "text"), NOBODY_IGNORED_YOU)
def test_denying_that_nobody_dealt_with_it_is_arguing(lang: str, text: str) -> None:
    assert "no-arguing" in flagged(text, lang)


# The complaint sent off to head office or a form, with nothing done by us.
# Before the change: 3 of 5 failed.
SENT_OFF = [
    ("en", "The right route for this is to write to our billing team at head office; they review every claim"
           " and reply within 14 days."),
    ("en", "Complaints like this need to go through our online form, and the billing department will review"
           " it from there."),
    ("en", "You'll need to put that in writing to our customer relations team in Leeds."),
    ("zh", "这类投诉需要您书面寄到总部客服部，他们会在十五个工作日内答复。"),
    ("zh", "这个得您自己到官网填投诉表单，后台会有专人审核。"),
]


@pytest.mark.parametrize(("lang", "text"), SENT_OFF)
def test_sending_the_complaint_to_head_office_is_not_owning_it(lang: str, text: str) -> None:
    found = check(text, lang)
    assert {"ownership", "no-blame"} & named(found, ("error", "warning", "info"))


# A promise made on behalf of someone else (the maker, the airline): not ours to keep.
# Before the change: 3 of 5 failed.
PROMISE_FOR_OTHERS = [
    ("en", "Leave it with me: I'll make sure the manufacturer swaps it for a brand-new handset free of"
           " charge."),
    ("en", "I'll get the airline to refund you in full, you have my word."),
    ("en", "The insurer will definitely cover the whole repair, I'll see to it."),
    ("zh", "您放心，我保证让厂家给您换一台全新的，一分钱不用出。"),
    ("zh", "我一定让航空公司全额退给您。"),
]


@pytest.mark.parametrize(("lang", "text"), PROMISE_FOR_OTHERS)
def test_a_promise_made_for_a_third_party_is_an_empty_promise(lang: str, text: str) -> None:
    assert "expectation" in flagged(text, lang)


# A gift or credit to close the complaint, whatever the check finds.
# Before the change: 2 of 3 failed.
GOODWILL_TO_CLOSE = [
    ("en", "And so we can end on a good note, I'll add a ten-pound goodwill credit to your account whatever"
           " we find."),
    ("en", "As a gesture of goodwill I'll pop £15 on your account either way."),
    ("zh", "不管查出来有没有多扣，我都给您账户充二十元话费，算是一点心意。"),
]


@pytest.mark.parametrize(("lang", "text"), GOODWILL_TO_CLOSE)
def test_goodwill_credit_to_close_the_complaint_crosses_the_line(lang: str, text: str) -> None:
    assert "boundaries" in flagged(text, lang, "mr-he-compensation")


# --- Real batch 7, dev part: the kinds its disagreements showed, in my own words ---



# Asking them to DM us keeps the case with us: that is taking it on, not passing it.
# Before the change: 1 of 3 failed.
DM_US = [
    ("en", "So sorry to hear this. Send us a DM with your order number and we'll get it sorted."),
    ("en", "That's not the experience we want for you. DM us your account email so we can take a closer"
           " look."),
    ("en", "We're sorry about that! Please DM us the booking reference so we can look into what happened."),
]


@pytest.mark.parametrize(("lang", "text"), DM_US)
def test_asking_them_to_dm_us_is_taking_it_on(lang: str, text: str) -> None:
    assert "ownership" not in any_level(text, lang)


# Before the change: 1 of 4 failed.
ACK_OTHER_WORDS = [
    ("en", "This sounds really frustrating. Please DM us the details and we'll look into it."),
    ("en", "That sounds worrying, and we want to help. Send us a DM with your account email."),
    ("en", "We're saddened to read this, Priya. DM us your order number and we'll check it."),
    ("en", "What a stressful situation to be in. DM us and we'll sort it."),
]


@pytest.mark.parametrize(("lang", "text"), ACK_OTHER_WORDS)
def test_naming_how_it_feels_in_other_words_acknowledges(lang: str, text: str) -> None:
    assert "acknowledge" not in any_level(text, lang)


# Praising ourselves in answer to a complaint, with nothing done.
# Before the change: 5 of 5 failed.
SELF_PRAISE = [
    ("en", "We place great emphasis on quality control at every stage."),
    ("en", "We pride ourselves on our punctuality."),
    ("en", "Our kitchen team takes hygiene extremely seriously."),
    ("zh", "我们对产品质量的把控一直都非常严格。"),
    ("zh", "本店一向以服务周到著称。"),
]


@pytest.mark.parametrize(("lang", "text"), SELF_PRAISE)
def test_praising_ourselves_instead_of_helping_is_defending(lang: str, text: str) -> None:
    assert "no-arguing" in any_level(text, lang)


# "I'm only pre-sales, I can't do that": the job is not mine.
# Before the change: 2 of 3 failed.
ONLY_MY_DESK = [
    ("zh", "我这边只是售前客服，退款操作不了的哦。"),
    ("zh", "小李只是售后专员，这个处理不了呢。"),
    ("en", "I'm only with pre-sales, so I can't do anything about refunds."),
]


@pytest.mark.parametrize(("lang", "text"), ONLY_MY_DESK)
def test_only_my_desk_is_not_owning_it(lang: str, text: str) -> None:
    assert {"ownership", "no-taboo"} & any_level(text, lang)


# A question typed with 吗 and no question mark is still a question.
# Before the change: 3 of 3 failed.
QUESTIONS_WITHOUT_MARK = [
    ("zh", "您之前有联系过我们客服吗 我帮您查一下记录"),
    ("zh", "是这个订单吗。我帮您看一下物流。"),
    ("zh", "您是在app上下的单吗，我查一下。"),
]


@pytest.mark.parametrize(("lang", "text"), QUESTIONS_WITHOUT_MARK)
def test_a_question_with_ma_and_no_mark_counts_as_asking(lang: str, text: str) -> None:
    assert "understand-need" not in any_level(text, lang)


# Doing it now, or a time in a process ("the seller reviews within 24 hours"), is a next step.
# Before the change: 3 of 4 failed.
NOW_OR_PROCESS_TIME = [
    ("zh", "好的，现在帮您申请补发剩下的两件。"),
    ("zh", "我这就帮您提交退款申请。"),
    ("zh", "商家24小时审核，审核完会短信通知您。"),
    ("zh", "預計明日盤後更新版本，更新後麻煩您再試一次。"),
]


@pytest.mark.parametrize(("lang", "text"), NOW_OR_PROCESS_TIME)
def test_doing_it_now_or_a_process_time_is_a_next_step(lang: str, text: str) -> None:
    assert "next-step" not in any_level(text, lang)


# A refusal that says what is possible is honest; one that doesn't is a bare "no".
# Before the change: 1 of 2 failed.
REFUSAL_WITH_WAY = [
    ("zh", "下单后颜色改不了，要换只能重新下单哦，我帮您把原订单取消。"),
    ("zh", "这款不支持改地址，可以重新下单到新地址，原单我帮您拦截。"),
]
# Before the change: 3 of 3 failed.
BARE_NO = [
    ("zh", "您好，这个是不能换的呢。"),
    ("zh", "商品删除后就加不回来了哦。"),
    ("zh", "看了下您的订单，已经过了售后期了呢。"),
]


@pytest.mark.parametrize(("lang", "text"), REFUSAL_WITH_WAY)
def test_a_refusal_with_what_is_possible_is_not_bare(lang: str, text: str) -> None:
    assert "expectation" not in any_level(text, lang)


@pytest.mark.parametrize(("lang", "text"), BARE_NO)
def test_a_bare_no_in_shop_chat_wording_is_caught(lang: str, text: str) -> None:
    assert "expectation" in any_level(text, lang)


# Fixed already: that is owning it.
# Before the change: 0 of 2, kept as a regression list failed.
ALREADY_FIXED = [
    ("zh", "很抱歉给您带来不便，该功能已修复，麻烦您再试一次。"),
    ("zh", "问题已经修好了，您刷新一下页面就能看到。"),
]


@pytest.mark.parametrize(("lang", "text"), ALREADY_FIXED)
def test_saying_it_is_fixed_is_owning_it(lang: str, text: str) -> None:
    assert "ownership" not in any_level(text, lang)


# Sent to a sales rep, a hotline or a feedback link, with nothing done by us.
# Before the change: 1 of 4 failed.
SENT_TO_CHANNEL = [
    ("zh", "您可以联系您的客户经理，或拨打客服热线咨询。"),
    ("zh", "您可致電營業部洽詢。"),
    ("en", "You can leave your feedback at the following link."),
    ("en", "Please submit your suggestions using the form below."),
]


@pytest.mark.parametrize(("lang", "text"), SENT_TO_CHANNEL)
def test_sending_them_to_a_channel_is_not_owning_it(lang: str, text: str) -> None:
    assert {"ownership", "no-blame"} & any_level(text, lang)


# A persona name before 这里 introduces the agent.
# Before the change: 1 of 2 failed.
PERSONA_HERE = [
    ("zh", "您好，小胡这里帮您查一下订单。"),
    ("zh", "亲，小美这里已经帮您登记了。"),
]


@pytest.mark.parametrize(("lang", "text"), PERSONA_HERE)
def test_a_persona_name_before_zheli_introduces(lang: str, text: str) -> None:
    assert "introduce" not in any_level(text, lang)


# Written after the fixes above, from what the rest of batch 7's dev part showed; each item was
# run on the commit before this round (the comment says how many failed there).

# Asking for their contact info or email address is not sending them elsewhere (2 of 3 failed).
ASKS_FOR_DETAILS = [
    ("en", "So sorry this happened! Please DM us your contact info and the store address."),
    ("en", "Please include your full name and email address in the DM."),
    ("en", "We're so sorry about that! Please DM us your order number so we can further assist."),
]


@pytest.mark.parametrize(("lang", "text"), ASKS_FOR_DETAILS)
def test_asking_for_their_details_is_not_a_referral(lang: str, text: str) -> None:
    assert "ownership" not in any_level(text, lang)


# "This sounds concerning", "that's a crazy situation" acknowledge (2 of 3 failed).
SOUNDS_LIKE = [
    ("en", "This sounds concerning. Please DM us the details so we can look into it."),
    ("en", "That's definitely a frustrating situation, and we want to help. Send us a DM."),
    ("en", "That sounds like a real headache. DM us your booking reference and we'll check."),
]


@pytest.mark.parametrize(("lang", "text"), SOUNDS_LIKE)
def test_it_sounds_concerning_acknowledges(lang: str, text: str) -> None:
    assert "acknowledge" not in any_level(text, lang)


# "You remember right" is agreement, and a semicolon ends the thought (2 of 2 failed).
NOT_A_CONTRADICTION = [
    ("zh", "您没记错，上个月确实扣了两次，我现在就帮您退一笔。"),
    ("zh", "多扣的我今天就给您退；没扣错的，就按原账单来，您看行吗？"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_CONTRADICTION)
def test_agreeing_or_a_category_is_not_contradicting(lang: str, text: str) -> None:
    assert "no-arguing" not in any_level(text, lang)


# Sent to their sales rep with 您可 (1 of 2 failed); "only reorder" says what is possible (1 of 2).
MORE_SHOP_AND_BROKER = [
    ("zh", "您可联系您的营业员，或致电客服专线。", "ownership", True),
    ("zh", "您可致电您的客户经理办理。", "ownership", True),
    ("zh", "下单后无法直接更换颜色，要换只能重新下单哦。", "expectation", False),
    ("zh", "目前该功能已修正，麻烦您再试一次。", "ownership", False),
]


# Round 32: the kinds real batch 8's dev part showed, in my own words.
# (lang, text, principle, expected: flagged or not). Before the change: 9 of the first 15 failed;
# of the three added after seeing the rest of the dev part, 2 failed.
REAL_BATCH_8 = [
    # "comparable to other airlines": defending by comparison
    ("en", "Our delivery times are comparable to other retailers.", "no-arguing", True),
    ("zh", "我们的资费和其他运营商都差不多的。", "no-arguing", True),
    # sent back to the store or to the courier themselves
    ("en", "Please take it back to the store with your receipt and my colleagues there will sort it.",
     "ownership", True),
    ("en", "When you get a chance, please ring us on the number below.", "ownership", True),
    ("zh", "您可以后面直接和快递师傅联系改时间的哦。", "ownership", True),
    ("zh", "您也可以直接在订单页面找商家处理一下。", "ownership", True),
    # "by the end of the week" is a time; "check tomorrow" is a next step with a time
    ("en", "The new timetable should be confirmed by the end of the week.", "next-step", False),
    ("zh", "系统还在恢复，麻烦您明天再看看哦。", "next-step", False),
    # a colleague who "may not have been aware"
    ("en", "The previous engineer may not have been aware of the fault.", "no-blame", True),
    # asking for the exact version or issue is asking
    ("en", "Let us know the exact app version and we'll take a look.", "understand-need", False),
    ("en", "Please let us know your exact issue so that we can help.", "understand-need", False),
    ("zh", "地址和电话都不变对吧", "understand-need", False),
    # refusals in shop chat
    ("zh", "换货的话只能换一模一样的哦。", "expectation", True),
    ("zh", "已经过了价保周期了，没法申请了。", "expectation", True),
    # self-praise without 一直
    ("zh", "我公司对服务质量非常重视，正在不断改进。", "no-arguing", True),
    # three more, written after seeing the rest of the dev part
    ("en", "If you get a moment, please call us here: 0800 111 222", "ownership", True),
    ("zh", "收货人和电话都没变吧", "understand-need", False),
    ("zh", "系统在维护，您今天晚上试试哦", "next-step", False),
]


@pytest.mark.parametrize(("lang", "text", "principle", "expected"), MORE_SHOP_AND_BROKER + REAL_BATCH_8)
def test_shop_broker_and_desk_wording(lang: str, text: str, principle: str, expected: bool) -> None:
    assert (principle in any_level(text, lang)) is expected


# Pointing them to search, download or ring a hotline themselves, with nothing done by us.
# Before the change: 3 of 5 failed.
SEARCH_OR_RING_YOURSELF = [
    ("zh", "建议您在淘宝上搜一下卖配件的店铺。", True),
    ("zh", "您可以去应用市场下载一个清理软件试试。", True),
    ("zh", "歡迎來電客服專線洽詢。", True),
    ("zh", "欢迎致电我们的服务热线咨询。", True),
    ("zh", "我帮您在后台搜索一下这笔订单，五分钟后回复您。", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SEARCH_OR_RING_YOURSELF)
def test_search_or_ring_yourself_is_not_owning_it(lang: str, text: str, expected: bool) -> None:
    assert ("ownership" in any_level(text, lang)) is expected


# English: a forum, a bug form or an earlier email instead of us.
# Before the change: 3 of 4 failed.
FORUM_OR_FORM = [
    ("en", "If you think the problem is on our side, you can file a bug report on our tracker.", True),
    ("en", "Perhaps the community forum can help you with this.", True),
    ("en", "Please refer back to the email you received from our billing team.", True),
    ("en", "I've filed a bug report for you and I'll update you here on Friday.", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FORUM_OR_FORM)
def test_a_forum_or_a_form_instead_of_us_is_not_owning_it(lang: str, text: str, expected: bool) -> None:
    assert ("ownership" in any_level(text, lang)) is expected


# The fault put on an outside party's system or server, without owning it.
# Before the change: 0 of 3, kept as a regression list failed.
OUTSIDE_SYSTEM_FAULT = [
    ("zh", "不是我们这边的问题，而是快递公司的系统出了故障。", True),
    ("zh", "应该是银行那边的服务器存在异常，等他们恢复就好了。", True),
    ("zh", "是快递公司的系统出了故障，这是我们选的合作方，责任在我们，我今天就给您补发。", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OUTSIDE_SYSTEM_FAULT)
def test_an_outside_partys_system_blamed(lang: str, text: str, expected: bool) -> None:
    assert ("no-blame" in any_level(text, lang)) is expected
