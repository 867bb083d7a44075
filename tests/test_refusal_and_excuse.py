"""Wording tests of rounds 21–28 of issue 14, each list written before the rule it tests was
changed (the comment above each says how many items failed before). They cover kinds the labelling
guide names that had no rule (a bare refusal, an excuse instead of help, passing the job to an
outside party or a colleague), questions and restatements in any shape, our own action beside a
referral, times, names, acknowledgements, and good rewrites and violations of every exercise in
other people's registers.
"""

from __future__ import annotations

import pytest
from finding_helpers import flagged, followed

from exercises.api import check
from exercises.scoring import flagged as named

BARE_REFUSAL = [
    ("en", "Unfortunately we're unable to change the delivery address once an order has shipped."),
    ("en", "We cannot extend the warranty beyond twelve months."),
    ("en", "Refunds aren't possible on sale items."),
    ("en", "Sorry, we don't offer price matching."),
    ("en", "Exporting to PDF is not supported in the app at the moment."),
    ("en", "I'm afraid we would not be able to reinstate the old tariff."),
    ("zh", "订单发货后就不能修改地址了。"),
    ("zh", "很抱歉，特价商品不支持退换。"),
    ("zh", "这个功能目前暂不支持。"),
    ("zh", "保修期已过，我们这边无法为您免费维修。"),
    ("zh", "積分不能轉讓給其他會員，敬請見諒。"),
    ("zh", "發票開出後無法更改抬頭。"),
]

LIMIT_AND_WHAT_WE_CAN_DO = [
    ("en", "I can't change the address once it has shipped, but I can ask the courier to hold it at the"
           " depot."),
    ("en", "We're unable to refund sale items; what I can do is exchange it for another size."),
    ("en", "The app can't export to PDF yet. You can print the page to PDF from your browser instead."),
    ("en", "Refunds aren't possible after 30 days, however we can offer you store credit."),
    ("en", "If you still can't log in, reply here and I'll reset it for you."),
    ("zh", "发货后地址改不了，不过我可以帮您联系快递改派到附近的驿站。"),
    ("zh", "特价商品不能退，但可以给您换一个尺码。"),
    ("zh", "这个功能暂时不支持，您可以先用网页版导出。"),
    ("zh", "發票開出後無法更改抬頭，我們可以幫您作廢重開一張。"),
    ("zh", "如果还是无法登录，您直接回复我，我帮您重置。"),
]

EXCUSED_NOT_HELPED = [
    ("en", "Due to high demand, deliveries are taking longer than usual. We appreciate your understanding."),
    ("en", "For your security, large transfers have to be made in branch. Thank you for understanding."),
    ("en", "Because of staff shortages our phone lines are busier than normal, and we ask for your"
           " patience."),
    ("zh", "由于近期订单量较大，发货时间会有所延长，请您耐心等待并谅解。"),
    ("zh", "为保障账户安全，大额转账需要本人到柜台办理，请您理解。"),
    ("zh", "因為系統升級，今天下午暫停線上服務，敬請見諒。"),
    # the reason alone, with no plea and nothing done (a tip is enough)
    ("zh", "根据银行监管要求，境外消费的退款需要由发卡行审核。"),
    ("zh", "由於颱風影響，所有航班的改簽都按航空公司的規定處理。"),
    ("en", "Due to data protection rules, account changes are only made by the account holder."),
    ("en", "In line with our terms, delivery charges are non-refundable."),
]

EXPLAINED_THEN_HELPED = [
    ("en", "Due to high demand, deliveries are taking longer than usual. I've asked the warehouse to send"
           " yours first."),
    ("en", "For your security, large transfers are made in branch, but I can book you a slot at the branch"
           " nearest you."),
    ("zh", "由于近期订单量较大，发货会慢一些，我已经帮您申请优先发货，明天之内发出，请您谅解。"),
    ("zh", "为保障账户安全，大额转账需要本人到柜台办理，我可以先帮您预约离您最近的网点，请您理解。"),
    ("zh", "給您帶來不便，敬請見諒。"),
    ("zh", "根据监管要求，退款要由发卡行审核，我今天就帮您提交申请，三个工作日内给您回复。"),
    ("en", "Due to data protection rules, changes are made by the account holder, so could you ask your"
           " husband to call us?"),
    ("en", "Because of the storm we had to cancel the flight, and I'm very sorry. I've rebooked you on the"
           " 7:20 tomorrow."),
]


@pytest.mark.parametrize(("lang", "text"), BARE_REFUSAL)
def test_a_bare_refusal_is_flagged(lang: str, text: str) -> None:
    assert "expectation" in flagged(text, lang)


@pytest.mark.parametrize(("lang", "text"), LIMIT_AND_WHAT_WE_CAN_DO)
def test_an_honest_limit_with_what_we_can_do_is_not(lang: str, text: str) -> None:
    assert "expectation" not in flagged(text, lang)


@pytest.mark.parametrize(("lang", "text"), EXCUSED_NOT_HELPED)
def test_a_reason_given_instead_of_help_is_arguing(lang: str, text: str) -> None:
    assert "no-arguing" in flagged(text, lang)


@pytest.mark.parametrize(("lang", "text"), EXPLAINED_THEN_HELPED)
def test_a_reason_followed_by_help_is_not(lang: str, text: str) -> None:
    assert "no-arguing" not in flagged(text, lang)


# understand-need (labelling guide: "asks a clarifying question" is the principle followed):
# any question put to the customer about their case counts, however it is shaped; a
# closing courtesy question ("anything else I can help with?") does not. Round 21, written
# before the rule changed.
ASKS = [
    ("en", "Sorry about that - which plan (basic / plus / pro) are you on ?"),
    ("en", "Any error message on the screen when it stops?"),
    ("en", "Roughly what time did the charge appear, e.g. this morning or last night?"),
    ("en", "Still the same error after the restart?"),
    ("en", "Thanks for flagging this. The parcel with tracking no. 4411 - delivered to the front desk or"
           " the door?"),
    ("zh", "扣款大概是几号？"),
    ("zh", "是每次开机都这样，还是偶尔一次？"),
    ("zh", "收到的包裹（外箱/内盒）哪一个有破损？"),
    ("zh", "還是一樣的錯誤訊息嗎？"),
]
COURTESY_QUESTION = [
    ("en", "I've refunded the fee. Is there anything else I can help you with today?"),
    ("en", "Your card is on its way. Anything else we can do for you?"),
    ("zh", "已经为您退款了，请问还有什么可以帮您？"),
    ("zh", "已为您补发，还有其他问题吗？"),
    # asking only for details to look them up
    ("en", "Could I have your order number, please?"),
    ("zh", "能把您的手机号告诉我吗？"),
]


def _asks(text: str, lang: str) -> bool:
    # in an exercise that trains finding the need, where the rule always asks for it (outside one it is
    # asked only of a reply that jumps to a fix, round 59)
    findings = check(text, lang, "bill-layout")["findings"]
    return not any(f["rule"] == "understand-need/clarify" for f in findings)


@pytest.mark.parametrize(("lang", "text"), ASKS)
def test_a_question_about_their_case_counts_as_asking(lang: str, text: str) -> None:
    assert _asks(text, lang)


@pytest.mark.parametrize(("lang", "text"), COURTESY_QUESTION)
def test_a_closing_courtesy_question_or_a_request_for_details_does_not(lang: str, text: str) -> None:
    assert not _asks(text, lang)


# no-blame (labelling guide: the fault or the job put on a partner "as a reason for not
# helping"): sending the customer to an outside party, or saying it is theirs to decide, with
# nothing done ourselves. Round 21, written before the rule was added.
SENT_TO_OUTSIDE = [
    ("en", "Please contact the seller about a refund."),
    ("en", "You'd need to speak with the airline directly about compensation."),
    ("en", "Baggage delays are handled by the operating carrier, so please get in touch with them."),
    ("en", "Refund timings are set by your card issuer."),
    ("zh", "退款到账时间是由发卡银行决定的。"),
    ("zh", "改签规则是航空公司制定的，建议您直接咨询航空公司。"),
    ("zh", "网络问题请您联系当地运营商处理。"),
    ("zh", "配送時效由快遞公司負責，您可以問一下快遞。"),
]
OUTSIDE_BUT_WE_ACT = [
    ("en", "I'll contact the seller for you today and update you by 5 pm."),
    ("en", "Refund timings are set by your card issuer, but I'll chase them myself and call you tomorrow."),
    ("zh", "退款到账时间由发卡银行决定，我这边先帮您催一下，明天上午给您回电。"),
    ("zh", "我已经帮您联系了快递公司，他们今天下午会重新派送。"),
]


@pytest.mark.parametrize(("lang", "text"), SENT_TO_OUTSIDE)
def test_sending_them_to_an_outside_party_is_passing_the_blame(lang: str, text: str) -> None:
    assert "no-blame" in flagged(text, lang)


@pytest.mark.parametrize(("lang", "text"), OUTSIDE_BUT_WE_ACT)
def test_an_outside_party_named_while_we_act_is_not(lang: str, text: str) -> None:
    assert "no-blame" not in flagged(text, lang)


# Anonymised transcripts (JD.com's JDDC and others) print numbers, amounts, dates and times as
# placeholders: "[数字x]小时内" is a time as much as "24小时内". Round 21, written before the change.
PLACEHOLDER_TIMES = [
    "师傅会在[数字x]小时内联系您上门。",
    "退款[数字x]-[数字x]个工作日原路退回。",
    "我们[日期x]前再次与您联系。",
    "明天[时间x]前给您回电。",
    # a span of time said without 内/后 before what happens in it
    "我这边两小时给您回电。",
    "解除大概需要一个工作日。",
    "商家会在48h内处理。",
    "[数字x]小时短信告知您结果。",
]


@pytest.mark.parametrize("text", PLACEHOLDER_TIMES)
def test_an_anonymised_number_or_date_still_counts_as_a_time(text: str) -> None:
    assert "next-step" in followed(text, "zh")


def test_the_placeholder_is_quoted_as_written() -> None:
    result = check("师傅会在[数字x]小时内联系您上门。", "zh")
    quotes = [f["excerpt"] for f in result["followed"] if f["principle"] == "next-step"]
    assert quotes and all("[数字x]" in q for q in quotes)


# introduce: more shapes of a signature and of a form of address (round 21, written before
# the change; the labelling guide counts any agent name or form of address).
SIGNED_OR_ADDRESSED = [
    ("en", "Sorry for the delay. Your refund is on its way. -Mike from Support"),
    ("en", "Sorry for the delay. Your refund is on its way. Regards, Ananya (Customer Care)"),
    ("zh", "客服专员张敏：退款已经发出，请留意。"),
    ("zh", "退款已经发出，请留意。【客服 小京】"),
    ("zh", "退款已经发出，请留意。（客服：小周）"),
    ("zh", "這位大德您好，退款已經發出，請留意。"),
]
NOT_SIGNED = [
    ("zh", "退款已经发出，请留意。（客服电话：95555）"),
    ("zh", "客服中心：退款已经发出，请留意。"),
    ("en", "Sorry for the delay. Your refund is on its way. -Support from Acme"),
]


@pytest.mark.parametrize(("lang", "text"), SIGNED_OR_ADDRESSED)
def test_more_signatures_and_forms_of_address_count(lang: str, text: str) -> None:
    assert "introduce" in followed(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_SIGNED)
def test_a_team_or_a_phone_number_is_not_a_name(lang: str, text: str) -> None:
    assert "introduce" not in followed(text, lang)


# acknowledge: more ways of naming the trouble (round 21, written before the change)
ACKNOWLEDGED = [
    ("en", "We owe you an apology here. I'll check it now."),
    ("en", "Not the news you wanted, I know. I'll check it now."),
    ("en", "This isn't the level of service we aim for. I'll check it now."),
    ("en", "Sry about that!! I'll check it now."),
    ("zh", "这个体验确实很不好，我马上帮您查。"),
    ("zh", "委屈您了，我马上帮您查。"),
    ("zh", "耽误您时间了，我马上帮您查。"),
]


@pytest.mark.parametrize(("lang", "text"), ACKNOWLEDGED)
def test_more_ways_of_naming_the_trouble_count(lang: str, text: str) -> None:
    assert "acknowledge" in followed(text, lang)


# ownership: more ways of sending the customer elsewhere (round 21, written before the change)
SENT_ELSEWHERE = [
    ("en", "Please raise this through the Help Centre form."),
    ("en", "This would need to go through your employer's HR team."),
    ("en", "Your nearest branch can help with that."),
    ("en", "Try our community forum, someone there will know."),
    ("zh", "这种情况您直接找物业就行。"),
    ("zh", "請您洽詢原購買通路。"),
]


@pytest.mark.parametrize(("lang", "text"), SENT_ELSEWHERE)
def test_more_ways_of_sending_them_elsewhere_ask_who_handles_it(lang: str, text: str) -> None:
    assert any(f["principle"] == "ownership" for f in check(text, lang)["findings"])


# no-arguing: more ways of defending the company against the complaint (round 21, written
# before the change), and the same facts followed by help
DEFENDED = [
    ("en", "Our records show the engineer attended at 10:02."),
    ("en", "The system shows the parcel was delivered, so it must have arrived."),
    ("en", "The price you saw was for members only."),
    ("en", "We did send you a reminder email on the 3rd."),
    ("en", "I can assure you our staff followed the correct procedure."),
    ("en", "Just to clarify, we never promised next-day delivery."),
    ("en", "The app works fine for the vast majority of our users."),
    ("en", "That feature has always worked this way."),
    ("zh", "系统显示已经签收了。"),
    ("zh", "我们的记录显示师傅10点02分到过。"),
    ("zh", "我们3号已经给您发过提醒短信了。"),
    ("zh", "我们的工作人员都是按流程操作的。"),
    ("zh", "您当时是同意了条款的。"),
    ("zh", "这个价格是会员价，非会员本来就不享受。"),
    ("zh", "这个功能一直都是这样设计的。"),
    ("zh", "扣费是没有错的。"),
    ("zh", "绝大部分用户使用都是正常的。"),
]
DEFENDED_THEN_HELPED = [
    ("en", "Our records show the engineer attended at 10:02, but I'll send someone again tomorrow morning."),
    ("en", "The price you saw was for members only; I can sign you up now so you get it today."),
    ("zh", "系统显示已经签收了，我马上帮您联系快递核实，半小时内回复您。"),
    ("zh", "这个功能一直都是这样设计的，不过我可以帮您把意见转给产品团队，下周一前给您答复。"),
]


@pytest.mark.parametrize(("lang", "text"), DEFENDED)
def test_more_ways_of_defending_the_company_are_arguing(lang: str, text: str) -> None:
    assert "no-arguing" in flagged(text, lang)


@pytest.mark.parametrize(("lang", "text"), DEFENDED_THEN_HELPED)
def test_the_same_facts_followed_by_help_are_not(lang: str, text: str) -> None:
    assert "no-arguing" not in flagged(text, lang)


# Kinds from fresh batch 7's dev rows (industry register), in my own wording
BATCH7_KINDS_FOLLOWED = [
    ("zh", "我这就给您改，五分钟弄好。", "next-step"),
    ("zh", "看到扣款短信心里咯噔一下吧，我先帮您查。", "acknowledge"),
    ("zh", "遇到这种事是挺着急的，我帮您看看。", "acknowledge"),
    ("zh", "退不了钱这份失望我明白，我先帮您联系厂家检测。", "acknowledge"),
    ("zh", "两个都可以办，您定了我马上弄。", "offer-options"),
    ("zh", "是今天补发划算，还是直接退款划算，我帮您算一下。", "offer-options"),
    ("en", "We have three slots free tomorrow: 9 am, noon and 4 pm.", "offer-options"),
]
BATCH7_KINDS_CAUGHT = [
    ("zh", "是前台忘了登记，所以没排上。", "no-blame"),
    ("zh", "物流那边老拖着不发，我们也没办法催。", "no-blame"),
    ("en", "Honestly, refunds are a real pain for us to process.", "no-taboo"),
    ("en", "If you shout again I'll ask security to walk you out.", "boundaries"),
]


@pytest.mark.parametrize(("lang", "text", "principle"), BATCH7_KINDS_FOLLOWED)
def test_batch7_kinds_count(lang: str, text: str, principle: str) -> None:
    assert principle in followed(text, lang)


@pytest.mark.parametrize(("lang", "text", "principle"), BATCH7_KINDS_CAUGHT)
def test_batch7_kinds_are_caught(lang: str, text: str, principle: str) -> None:
    assert principle in flagged(text, lang)


# no-blame: the cause put on a partner, a store, an engineer, or the customer's own entry,
# without owning it (round 22, written before the rule was added), and the same cause owned
CAUSE_PUT_ON_THEM = [
    ("en", "The courier left it at the wrong address."),
    ("en", "Looks like the store didn't process your return."),
    ("en", "That was a mistake by our partner airline."),
    ("en", "The delay came from the manufacturer's side."),
    ("en", "You entered the wrong card number, which is why it failed."),
    ("en", "The technician should have called ahead."),
    ("zh", "门店那边没有给您办退货。"),
    ("zh", "是厂家那边延误了。"),
    ("zh", "您填的卡号不对，所以扣款失败了。"),
    ("zh", "您下单时没有选次日达。"),
    ("zh", "师傅那边没有提前打电话。"),
]
CAUSE_OWNED = [
    ("en", "The courier left it at the wrong address - that's on us, and I'm sending a new one today."),
    ("en", "If you entered the wrong number, I can fix that for you now."),
    ("en", "You didn't do anything wrong; I've reset the card."),
    ("zh", "门店那边没有给您办退货，这是我们的问题，我现在就帮您办。"),
    ("zh", "如果是您填的卡号不对，我帮您改一下就好。"),
]


@pytest.mark.parametrize(("lang", "text"), CAUSE_PUT_ON_THEM)
def test_a_cause_put_on_a_partner_or_the_customer_is_blame(lang: str, text: str) -> None:
    assert "no-blame" in flagged(text, lang)


@pytest.mark.parametrize(("lang", "text"), CAUSE_OWNED)
def test_the_same_cause_owned_or_supposed_is_not(lang: str, text: str) -> None:
    assert "no-blame" not in flagged(text, lang)


# understand-need: restating the problem in more shapes (round 23, written before the change);
# a feeling or a message with no problem named is not a restatement
RESTATED_MORE = [
    ("en", "I understand you were charged twice for the same order. I've refunded one charge."),
    ("en", "I see your parcel still hasn't arrived after two weeks. I've reordered it."),
    ("en", "Regarding your refund request for order 5512, it went out today."),
    ("en", "About the missing parcel: I've opened a trace with the courier."),
    ("en", "Sorry that the app keeps logging you out after the update. A fix is coming Friday."),
    ("en", "So the card works in shops but not online. I've lifted the online block."),
    ("en", "Sounds like the router keeps dropping the connection at night. I've booked an engineer."),
    ("en", "Thanks for letting us know the checkout page won't load on Safari. We're fixing it."),
    ("en", "Sorry to hear your flight was cancelled and you were stuck overnight. I've refunded the hotel."),
    ("zh", "您的包裹两周了还没到，我已经给您补发。"),
    ("zh", "您说的APP更新后总是自动退出的情况，周五会修复。"),
    ("zh", "收到您反映的网页打不开的问题，我们正在处理。"),
    ("zh", "就您反馈的夜间断网问题，已安排师傅明天上门。"),
    ("zh", "很抱歉航班取消让您在机场滞留了一晚，酒店费用已经给您退了。"),
    ("zh", "對於您反映的掛號等候過久一事，已請門診單位改善。"),
]
NOT_RESTATED_MORE = [
    ("en", "I understand your frustration. I've refunded one charge."),
    ("en", "Regarding your message, thanks for getting in touch."),
    ("en", "Sorry to hear that. I've refunded one charge."),
    ("zh", "就您反馈的问题，我们已经记录。"),
    ("zh", "很抱歉让您久等了，已经给您退款。"),
]


@pytest.mark.parametrize(("lang", "text"), RESTATED_MORE)
def test_more_restatements_count(lang: str, text: str) -> None:
    assert _asks(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_RESTATED_MORE)
def test_a_feeling_or_a_bare_mention_is_not_a_restatement(lang: str, text: str) -> None:
    assert not _asks(text, lang)


def test_cant_is_not_read_as_can() -> None:
    """"we can't bring it back" is a refusal, not "we can" (round 23, seen failing)."""
    assert "expectation" in flagged("Sorry, we can't bring your old save back.", "en")


# ownership: a reply that sends the customer somewhere AND acts itself owns the problem
# (labelling guide); round 23, written before the change
REFERRED_AND_ACTED = [
    ("en", "Please contact the store on 020 7946 0000; I've also emailed them your details so they expect"
           " your call."),
    ("en", "Our specialists will review your case. Please keep your receipt and visit the store."),
    ("zh", "小编这边帮您反馈，也建议您联系一下快递。"),
    ("zh", "这边马上给您升级处理，您也可以去官网查看进度。"),
]


@pytest.mark.parametrize(("lang", "text"), REFERRED_AND_ACTED)
def test_sending_them_on_while_acting_ourselves_is_ownership(lang: str, text: str) -> None:
    assert not any(f["principle"] == "ownership" for f in check(text, lang)["findings"])


# An honest "no" followed by what we can do, in the trainee's own words, passes the exercise that
# trains it (round 24: 9 of these 11, written before the change, failed mr-zeng-refund)
ZENG_GOOD = [
    ("en",
     "I'm sorry, Mr Zeng - I know how much the calls with your grandson matter. The phone is"
     " past its warranty, so a refund isn't something I'm able to give. I'm able to book it"
     " in for a free manufacturer test today, and you'd hear back within ten days."),
    ("en",
     "Mr Zeng, I'm really sorry it won't connect. A refund isn't possible now the warranty"
     " has ended, but the best I can do is get it tested by the manufacturer this week and"
     " ring you with the result by Friday."),
    ("en",
     "Sorry about this, Mr Zeng. I can't refund a phone that's out of warranty. Here's"
     " what's possible: a free manufacturer check, or a discount if you'd like to trade it"
     " for a newer model. Which would you prefer?"),
    ("en",
     "Mr Zeng, I'm sorry the Wi-Fi won't work. I'm not able to refund it after the warranty,"
     " but let me book it in with the manufacturer for testing today; I'll call you on"
     " Friday with what they find."),
    ("en",
     "I'm so sorry, Mr Zeng. Because it's out of warranty there's no refund, but I'd be glad"
     " to get it tested for you, or to knock 20% off a new handset. I'll phone you tomorrow"
     " to see which you'd like."),
    ("en",
     "Mr Zeng, I understand how upsetting this is. We can't give a refund on an"
     " out-of-warranty phone, though one option is a manufacturer test, free of charge;"
     " another is our trade-in offer. I'll ring you by 5 pm tomorrow."),
    ("zh",
     "曾先生，真抱歉，手机连不上Wi-Fi确实耽误您跟孙子视频。过了保修期全额退款办不了，不过我这边能安排厂家免费检测，三天内给您结果。"),
    ("zh",
     "曾先生，实在不好意思。过保了退不了，我给您想了两个办法：送厂家检测，或者以旧换新补差价，您看哪个合适？我今天下午五点前给您回电话。"),
    ("zh",
     "曾先生，让您着急了。保修期过了没法退款，但我可以马上把手机送去检测，有结果第一时间通知您，最晚周五。"),
    ("zh",
     "曾先生，抱歉让您白跑一趟。退款确实办不了，我能做的是帮您联系厂家检测，周五前回复您检测结果。"),
    ("zh",
     "曾先生，这事给您添麻烦了。过了保修不能退，咱们这儿可以免费帮您送修，也可以以旧换新打八折，您选哪个我马上办，今天就能登记。"),
]


@pytest.mark.parametrize(("lang", "text"), ZENG_GOOD)
def test_an_honest_no_with_what_we_can_do_passes_the_exercise(lang: str, text: str) -> None:
    result = check(text, lang, "mr-zeng-refund")
    assert result["passed"], [f["rule"] for f in result["findings"] if f["severity"] == "error"]


# Good rewrites of exercises with strict rules of their own, in my words (round 24, written
# before the change: 2 of these failed: 着急是肯定的, "I'm Sam and I'll…"; "Don't worry" alone is not
# acknowledgement: like "calm down", it tells them how to feel)
GOOD_IN_OWN_WORDS = [
    ("dividend-date", "en",
     "Mr Wang, I can see why that's frustrating when your friend already"
     " has his. Our settlement runs a day after the payment date, so it"
     " will reach your account tomorrow before 10 am. You'll find it under"
     " Account > Dividends, and I'll text you once it lands."),
    ("dividend-date", "en",
     "I'm sorry for the worry, Mr Wang. Here it takes one working day to"
     " settle, so the money shows up tomorrow morning. Have a look in the"
     " app after 9 am tomorrow; if it's not there, ring me on 0207 555"
     " 0101."),
    ("dividend-date", "en",
     "That's annoying, I know, Mr Wang. We settle dividends overnight,"
     " which means it'll be credited by 9:30 tomorrow morning. You can"
     " check in the app under Holdings - I'll also call you at 10 to make"
     " sure it's arrived."),
    ("dividend-date", "zh",
     "王先生，着急是肯定的，别人都到了您这边还没动静。我们这边要先清算一天，红利明天上午十点前到您账户，到时候在APP“资产-分红”里就能看到，我也会短信提醒您。"),
    ("dividend-date", "zh",
     "王先生，让您担心了。我们的清算比到账晚一天，明早九点后您在交易软件的资金明细里就能查到这笔红利，没到的话直接打我电话。"),
    ("dividend-date", "zh",
     "理解您的心情，王先生。红利我们明天上午入账，您九点以后打开APP看“红利入账”一栏就行，我十点再给您打个电话确认。"),
    ("ms-lin-tariff", "en",
     "I'm sorry, Ms Lin - that text must have been a nasty surprise. Can I"
     " ask how often you call your mum? If it's most days, a Taiwan bundle"
     " for £5 a month would cover it; if it's now and then, I can switch"
     " you back to your old plan from next month. Which suits you better?"),
    ("ms-lin-tariff", "en",
     "Ms Lin, I'm sorry this has caused such a headache. Is it mainly the"
     " calls to your mother you're worried about, or would you rather"
     " leave the plan altogether? Either way I can help: add a Taiwan"
     " calling pack, or move you back to your previous plan."),
    ("ms-lin-tariff", "zh",
     "林女士，让您收到额外扣费短信，确实闹心。您主要是想打回台湾不多花钱，对吧？有两个办法：加一个每月20元的港澳台通话包，或者下个月起换回您原来的套餐。您看哪个合适？"),
    ("ms-lin-tariff", "zh",
     "林姐，真不好意思，让您费心了。想先问一下，您每月大概打几次回台湾？次数多的话加个港澳台包更省；不常打的话，我帮您改回原套餐也行，您定。"),
    ("introduce-yourself", "en",
     "Hello Mr Price, I'm Sam and I'll be looking after your claim from"
     " now on. I'm sorry you've heard nothing for a month. I'll check"
     " where it's at this afternoon and call you back by 5."),
    ("introduce-yourself", "en",
     "Mr Price, my apologies for the silence - a month is far too long. My"
     " name is Jo Patel, your claims handler, and I'm now your point of"
     " contact. You'll hear from me by noon tomorrow."),
    ("introduce-yourself", "en",
     "Good morning Mr Price. It's Alex from the claims team here, and I'll"
     " personally see your claim through. Sorry nobody has updated you;"
     " I'll ring you with the status by Thursday."),
    ("introduce-yourself", "zh",
     "邓先生您好，我是理赔专员小林，从今天起您的案子由我负责。一个月没消息，真是对不起。我下午查清进度，五点前给您回电。"),
    ("introduce-yourself", "zh",
     "邓先生，您好，我叫王芳，是您的理赔对接人。让您等了一个月，非常抱歉。这件事我来跟，明天中午前给您进度。"),
    ("introduce-yourself", "zh",
     "您好邓先生，敝姓周，负责您的车险理赔。让您干等一个月，实在抱歉。我今天就去查，下班前给您打电话。"),
    ("unclear-passenger", "en",
     "That sounds worrying - we'll sort this out together. What does the text say"
     " exactly - is it a new departure time or a cancellation?"),
    ("unclear-passenger", "en",
     "That's unsettling, I know. Could you read me the message? And are"
     " you travelling today or later this week?"),
    ("unclear-passenger", "zh",
     "收到这种短信难免着急，我们一起看看。短信上写的是改了起飞时间，还是航班取消了？"),
    ("unclear-passenger", "zh",
     "收到这种短信肯定会慌，我来帮您。您方便把短信内容念给我听一下吗？"),
]


# The other exercises, the same way (round 24, written first: 2 of these 40 failed: 我们过去清运 as
# our own action, 'in the next ten minutes' as a time)
MORE_GOOD_IN_OWN_WORDS = [
    ("bank-card-registration", "en",
     "Ms Zhou, so you'd like to know whether phone banking was never set up, or"
     " whether it went onto another of your cards - is that right? I'll look at"
     " both records myself now and call you back by 4 pm today."),
    ("bank-card-registration", "en",
     "Thanks, Ms Zhou. Just so I'm checking the right thing: is the card ending"
     " 4417 the one you want it on? I'll trace last Tuesday's request on our"
     " side and ring you before 3 this afternoon with the answer."),
    ("bank-card-registration", "zh",
     "周女士，我确认一下：您想知道的是电话银行到底有没有开通，还是开到了别的卡"
     "上，对吗？我这边来查开通记录，今天下午四点前给您回电话。"),
    ("bank-card-registration", "zh",
     "周女士您好，您是想查清尾号4417这张卡为什么用不了，对吧？这事我来负责核实，半小时内给您回复结果。"),
    ("bill-layout", "en",
     "I'm sorry - changing the statement without a word to you has made it"
     " harder to keep track, and that's on us. Which bits can't you find: the"
     " amount due, or particular purchases?"),
    ("bill-layout", "en",
     "You're right to be annoyed; we changed the layout and didn't warn you."
     " Could you tell me which purchases are missing, and I'll show you where"
     " they've moved?"),
    ("bill-layout", "zh",
     "这次改版没提前跟您打招呼，给您核账添了麻烦，真抱歉。您具体是找不到本期应还金额，还是找不到哪几笔消费？"),
    ("bill-layout", "zh",
     "不好意思，账单换了样式也没通知您，确实让人摸不着头脑。您说的找不到的消费，大概是哪几天、在哪家店的？我帮您一起找。"),
    ("calm-down", "en",
     "Three calls and still offline - I'm really sorry, that's not good enough,"
     " especially with your meeting this afternoon. I'm running a line test now"
     " and will have an engineer booked before we hang up."),
    ("calm-down", "en",
     "I completely understand why you're fed up after three calls. Let me check"
     " the fault on your line right now; I'll stay on with you until we have a"
     " fix or a visit booked for this morning."),
    ("calm-down", "zh",
     "打了三次还没修好，换谁都会火大，真对不起。我现在就给您的线路做检测，下午开会前一定安排师傅上门。"),
    ("calm-down", "zh",
     "您都打了三次了，这确实是我们没做好，很抱歉。我马上帮您查故障，十分钟内给您回个准话。"),
    ("missed-rubbish", "en",
     "Thank you for letting us know, Mrs Adeyemi, and I'm sorry we missed you on"
     " Monday - that one's down to us. I've booked a crew to collect it tomorrow"
     " before 10 am."),
    ("missed-rubbish", "en",
     "Mrs Adeyemi, thanks for flagging this and apologies for the smell in this"
     " heat. I'll make sure the bin is emptied by 2 pm today, and I'll call you"
     " once it's done."),
    ("missed-rubbish", "zh",
     "梅女士，谢谢您告诉我们，周一漏收是我们的问题，真对不起。我已经安排今天下午三点前补收，收完给您发短信。"),
    ("missed-rubbish", "zh",
     "梅女士，感谢提醒！这次漏收是我们物业没安排好，给您添麻烦了。明天上午九点前我们过去清运。"),
    ("mr-he-compensation", "en",
     "Mr He, I understand how frustrating a wrong bill would be. I'll go through"
     " this month's charges with you line by line now; anything we've charged in"
     " error will be refunded within 3 working days. If everything is correct,"
     " there won't be a credit or a gift this time."),
    ("mr-he-compensation", "en",
     "Let's get to the bottom of it, Mr He. I'm printing your itemised bill now"
     " and we'll check it together in the next ten minutes. Any mistake gets"
     " refunded in full; if there isn't one, I'm afraid there's no compensation."),
    ("mr-he-compensation", "zh",
     "何先生，我们先把账对清楚。我现在调出本月详单，跟您一笔一笔核对，十分钟内"
     "有结果；真有多扣的，三个工作日内原路退回。没有扣错的话，就不做赔偿了。"),
    ("mr-he-compensation", "zh",
     "何先生，您先别急，我这就帮您查这个月的扣费明细，半小时内给您答复。查出多"
     "扣的按规定全额退；如果没扣错，这次就没有补偿和礼品了，请您理解。"),
    ("other-department-blame", "en",
     "Mr Liu, I'm sorry - twice in a month is not acceptable and I understand"
     " why you want to leave. We're restoring the order system now, and I'll"
     " call you by 3 pm to confirm your order can be cancelled."),
    ("other-department-blame", "en",
     "I hear you, Mr Liu, and I apologise for the outage. I've flagged your"
     " stuck order as urgent and I'll personally update you within the hour."),
    ("other-department-blame", "zh",
     "刘先生，这个月第二次出问题，确实是我们做得不好，真抱歉。我们正在抢修，我会在一小时内给您回电，告诉您委托能不能撤。"),
    ("other-department-blame", "zh",
     "刘先生，实在对不起，系统又给您添堵了。您的单子我已经登记加急处理，今天下午三点前给您准信。"),
    ("other-department-defensive", "en",
     "Mr Liu, you have every right to be angry - the system failing again is our"
     " fault, and I'm sorry. Our engineers are fixing it now; I'll call you by 2"
     " pm with an update on your stuck orders."),
    ("other-department-defensive", "en",
     "I'm really sorry, Mr Liu. I can see how stressful this is with money on"
     " the line. We're working on the fault right now and I'll message you"
     " within 30 minutes to tell you where your orders stand."),
    ("other-department-defensive", "zh",
     "刘先生，系统老出错，您生气完全应该，是我们的问题，对不起。技术人员正在处理，下午两点前我给您打电话说明您的单子情况。"),
    ("other-department-defensive", "zh",
     "刘先生，真对不起让您着急了。您的委托现在正在排查，一个小时内我把结果告诉您。"),
    ("passed-around", "en",
     "Mrs Novak, I'm so sorry you've been passed around all morning. I'll take"
     " this on myself: I've logged the broken light as urgent and I'll ring you"
     " by 5 pm today with the repair date."),
    ("passed-around", "en",
     "You shouldn't have been bounced between desks, Mrs Novak - I'm sorry. From"
     " now on this is mine. I'll chase the repair and call you tomorrow morning"
     " before 11."),
    ("passed-around", "zh",
     "吴阿姨，让您被转来转去一上午，真对不起。这事我来管，我现在就登记报修，今天下班前给您回电话说修理时间。"),
    ("passed-around", "zh",
     "吴阿姨，实在抱歉让您跑了这么多地方。路灯的事我接手了，明天上午十点前告诉您哪天来修。"),
    ("repairman-no-show", "en",
     "Mrs Harris, I'm really sorry - you lost a day's pay and nobody called. I'm"
     " taking this on personally: I've ordered the part and I'll call you by 4"
     " pm today with a visit time."),
    ("repairman-no-show", "en",
     "I'm so sorry about yesterday, Mrs Harris. That shouldn't have happened."
     " I'll chase the part myself and ring you back within two hours to book the"
     " engineer."),
    ("repairman-no-show", "zh",
     "孙女士，让您白请一天假还没人联系，实在对不起。这事我负责到底，零件我已经在催了，今天下午四点前给您打电话约上门时间。"),
    ("repairman-no-show", "zh",
     "孙女士，真抱歉让您干等。我现在就联系师傅，半小时内回您电话，告诉您哪天能修好洗衣机。"),
    ("sofa-delivery", "en",
     "Mr Bell, I'm so sorry you waited in all day for nothing. I can bring it"
     " this Saturday between 9 and 12, or on a weekday evening after 6 pm -"
     " which would suit you?"),
    ("sofa-delivery", "en",
     "Apologies, Mr Bell - you shouldn't have had to waste a day off. We can"
     " deliver tomorrow from 8 to 10 am, or you could choose any evening next"
     " week. I'll confirm whichever you pick within the hour."),
    ("sofa-delivery", "zh",
     "马先生，让您白等一整天，实在抱歉。最快明天能送：可以明天晚上六点到八点，也可以改到周六上午，您看哪个方便？"),
    ("sofa-delivery", "zh",
     "马先生，真对不起让您白请了假。我们这周六或周日上午都能送，您选一个，我半小时内确认。"),
]


# Every exercise once more, in other registers (formal, Cantonese, Taiwanese, Indian English);
# round 26, written first: all passed but one that did promise (保证不耽误: an empty promise)
STYLES_IN_OWN_WORDS = [
    ("bank-card-registration", "en",
     "Good afternoon Ms Zhou, Ravi here from the phone banking team. Let me"
     " confirm your query: you want to know if the registration done last"
     " Tuesday failed altogether, or got linked to a different card of yours. I"
     " am checking the branch record personally and will revert by 4:30 pm today"
     " on your registered mobile."),
    ("bank-card-registration", "zh",
     "周小姐你好，我係電話理財熱線嘅阿欣。想確認一下：你想知道上星期二喺城東分"
     "行登記嘅電話理財係冇開通到，定係開咗喺你另一張卡度，係咪？我而家同你查，"
     "今日四點前覆你電話。"),
    ("bill-layout", "en",
     "Hi, thanks for telling us, and sorry the new statement caught you off"
     " guard - we should have let you know before changing it. To help me point"
     " you to the right place: is it the total to pay that's missing, or some of"
     " your card purchases?"),
    ("bill-layout", "zh",
     "您好，帳單改版沒有事先通知您，讓您對帳很不方便，真的很抱歉。想請問一下，"
     "您找不到的是本期應繳總額，還是某幾筆刷卡消費呢？"),
    ("calm-down", "en",
     "Mr Okafor, I'm sorry. Three calls and still no connection is really poor,"
     " and I know your meeting is this afternoon. I'm booking a priority"
     " engineer now and will confirm the time with you before we finish this"
     " call."),
    ("calm-down", "zh",
     "陈先生，打了三次还没解决，搁谁都着急，是我们的问题，对不起。我现在给您开"
     "加急单，十五分钟内回电告诉您师傅几点到，尽量不耽误您下午开会。"),
    ("dividend-date", "en",
     "Mr Wang, I'm sorry, I know waiting when your friend already has his money"
     " is frustrating. With us, dividends are credited the day after the payment"
     " date once settlement finishes, so yours will show by 9 am tomorrow under"
     " 'Cash Activity'. I'll keep an eye on it and text you when it's in."),
    ("dividend-date", "zh",
     "王生，明白你好心急，朋友都收到晒你仲未有。我哋要先做結算，股息會喺聽日朝"
     "早十點前入你戶口，你喺App「資金紀錄」度就睇到，我聽日十點再打俾你確認"
     "。"),
    ("introduce-yourself", "en",
     "Mr Price, good afternoon - my name's Helen and I'm the claims handler now"
     " looking after your file. I'm sorry it's been a month without a word. I'll"
     " review where things stand today and phone you by midday tomorrow."),
    ("introduce-yourself", "zh",
     "鄧先生您好，我是理賠部專員林雅婷，您的案件由我負責。讓您等了一個月都沒消"
     "息，真的很抱歉。我今天會把進度查清楚，明天中午前打電話跟您說明。"),
    ("missed-rubbish", "en",
     "Mrs Adeyemi, thank you for letting us know, and I'm sorry - missing your"
     " collection on Monday was our mistake. I've arranged for the crew to come"
     " back tomorrow before 9 am and I'll text you when it's done."),
    ("missed-rubbish", "zh",
     "梅女士，多謝你提醒，今個星期一漏收係我哋嘅責任，唔好意思。我已經安排今日下晝三點前補收，收完會send短訊俾你。"),
    ("mr-he-compensation", "en",
     "Mr He, thanks for raising it. Let's check this month's bill together right"
     " now, item by item - it'll take about ten minutes. If anything's been"
     " charged wrongly, it'll be refunded to your account within 3 working days."
     " If the bill is right, I'm afraid we can't offer compensation or a gift"
     " this time."),
    ("mr-he-compensation", "zh",
     "何先生，多扣费这事我们认真对待。我这就把本月详单打出来，咱们一项一项核，"
     "二十分钟内出结果；确实扣错的，三个工作日内原路退回。如果账单没有问题，这"
     "次就没有赔偿，也不会再送礼品，请您谅解。"),
    ("mr-zeng-refund", "en",
     "Mr Zeng, I'm sorry, I know those video calls with your grandson are what"
     " this phone was for. I have to be honest: as it's out of warranty, a"
     " refund isn't something we can do. What we can do is send it for a"
     " manufacturer test this week, or give you a trade-in discount on a new"
     " phone. I'll call you on Friday either way."),
    ("mr-zeng-refund", "zh",
     "曾先生，知道您就盼着跟孙子视频，连不上网心里肯定不好受。实话跟您讲，过了"
     "保修期确实退不了款。我这边能帮您的有两样：一是送厂家免费检测，二是以旧换"
     "新给您优惠。您选好了，我今天就给您登记，十个工作日内回复结果。"),
    ("ms-lin-tariff", "en",
     "Ms Lin, I'm sorry - that text must have been a shock when you were only"
     " calling your mum. Can I ask what matters most to you: keeping the calls"
     " to Taiwan cheap, or getting out of this plan? I can add a Taiwan calling"
     " bundle from today, or move you back to your old plan from the 1st. Which"
     " would you prefer?"),
    ("ms-lin-tariff", "zh",
     "林小姐，打回家給媽媽卻收到加收費用的簡訊，換誰都會不開心，真抱歉。想先了"
     "解一下，您比較在意的是打回台灣的費用，還是想直接退掉這個方案？我可以幫您"
     "加購港澳台通話包，或者下個月起改回原本的方案，您看哪一個比較適合？"),
    ("other-department-blame", "en",
     "Mr Liu, I'm very sorry - the system failing twice this month has let you"
     " down badly. We're restoring order placing now, and I've put your stuck"
     " order on a priority list. I'll call you by 2 pm to confirm it's"
     " cancelled."),
    ("other-department-blame", "zh",
     "劉先生，這個月系統出兩次問題，是我們沒做好，真的很抱歉。我們正在搶修，您"
     "那筆卡住的委託我已經列為優先處理，下午兩點前我打給您確認結果。"),
    ("other-department-defensive", "en",
     "Mr Liu, I'm sorry - you're right to be angry, and this is our failure, not"
     " yours. Our technical team is working on the fault right now. I'll update"
     " you by 3 pm on your stuck orders, and we'll look at any losses with you"
     " then."),
    ("other-department-defensive", "zh",
     "劉生，系統成日出事，你嬲係應該嘅，真係對唔住。我哋技術部而家搶修緊，你卡住嘅單我會跟到底，今日三點前打俾你交代進度。"),
    ("passed-around", "en",
     "Mrs Novak, I'm sorry you've been bounced around all morning - that"
     " shouldn't happen. I'm taking this on myself: I've logged the broken"
     " streetlight as a safety issue and I'll call you by 11 am tomorrow with"
     " the repair date."),
    ("passed-around", "zh",
     "吳阿姨，讓您被轉了一上午，真的很對不起。路燈這件事我來負責，已經幫您登記"
     "成安全隱患，明天上午十一點前打電話告訴您哪天來修。"),
    ("repairman-no-show", "en",
     "Mrs Harris, I'm so sorry - losing a day's pay and then hearing nothing is"
     " awful. I'm taking this on personally. The part is being chased today, and"
     " I'll ring you before 5 pm with a confirmed visit slot."),
    ("repairman-no-show", "zh",
     "孫小姐，師傅說好回來卻沒消息，害您白請一天假，真的很抱歉。這件事我親自跟"
     "，零件今天就催到，下午五點前打給您約上門時間。"),
    ("sofa-delivery", "en",
     "Mr Bell, my sincere apologies - you took a day off and nobody came or"
     " called. I can offer you Saturday morning between 8 and 12, or Tuesday"
     " evening from 6 to 9. Let me know which suits and I'll lock it in straight"
     " away."),
    ("sofa-delivery", "zh",
     "馬先生，讓您請假白等一天，連個電話都沒有，實在對不起。最快可以這個星期六"
     "上午送到，或者下星期二晚上六點以後，您看哪個時間方便？我馬上幫您排。"),
    ("unclear-passenger", "en",
     "Oh, that kind of message is unsettling, I'm sorry. So I can help properly"
     " - could you tell me what the text says, and when you're due to fly?"),
    ("unclear-passenger", "zh",
     "收到航班變動的簡訊一定很緊張，我來幫您看看。方便告訴我簡訊上寫的是時間改了，還是航班取消了嗎？您原本是哪一天的航班？"),
]


ALL_GOOD_IN_OWN_WORDS = GOOD_IN_OWN_WORDS + MORE_GOOD_IN_OWN_WORDS + STYLES_IN_OWN_WORDS


@pytest.mark.parametrize(("exercise", "lang", "text"), ALL_GOOD_IN_OWN_WORDS)
def test_good_rewrites_in_other_words_pass(exercise: str, lang: str, text: str) -> None:
    result = check(text, lang, exercise)
    assert result["passed"], [f["rule"] for f in result["findings"] if f["severity"] == "error"]


# Violations of one principle in otherwise decent rewrites, in my own words (round 25, written
# first: 7 of these 26 were missed: 一般股民都清楚, 上个月就在APP首页公告过了, "I'd be surprised if",
# 外包那边没测好 / 我们也很被动, 'notoriously slow', 新人多 / 忘了绑卡, "no question")
VIOLATIONS_IN_OWN_WORDS = [
    ("dividend-date", "en", "no-arguing",
     "Mr Wang, I'm sorry for the worry. To be fair, the notice does say payment"
     " date, not arrival date, and most investors know the difference. It'll be"
     " in your account by 10 am tomorrow."),
    ("dividend-date", "zh", "no-arguing",
     "王先生，让您着急了。不过公告上写的是发放日，这个一般股民都清楚。红利明天上午十点前到账。"),
    ("bill-layout", "en", "no-arguing",
     "Sorry for the confusion. We did email everyone about the new layout in"
     " March, so it shouldn't have come as a surprise. Which purchases can't you"
     " find?"),
    ("bill-layout", "zh", "no-arguing",
     "给您添麻烦了。其实新版账单上个月就在APP首页公告过了。您具体找不到哪几笔？"),
    ("mr-he-compensation", "en", "no-arguing",
     "Mr He, we've checked your last three bills and they were all correct, so"
     " I'd be surprised if this one's wrong. I'll still go through it with you"
     " now and refund any error within 3 days."),
    ("other-department-defensive", "zh", "no-arguing",
     "刘先生，您先听我说，系统升级是为了让大家交易更安全，出点小问题在所难免。我们正在处理，下午两点前给您回复。"),
    ("other-department-blame", "en", "no-blame",
     "Mr Liu, I'm sorry. Honestly the trading platform is run by our IT"
     " contractor and they've let us down again. I'll call you by 3 pm with an"
     " update."),
    ("other-department-blame", "zh", "no-blame",
     "刘先生，抱歉。这次是技术外包那边升级没测好，我们也很被动。下午三点前我给您消息。"),
    ("passed-around", "en", "no-blame",
     "Mrs Novak, I'm sorry you've been passed around. Streetlights really belong"
     " to highways, and they're notoriously slow, but I'll log it and call you"
     " by 5 pm."),
    ("passed-around", "zh", "no-blame",
     "吴阿姨，不好意思。路灯本来归市政那边管，他们效率一直不高，不过我先帮您登记，明天上午给您回电话。"),
    ("bank-card-registration", "en", "no-blame",
     "Ms Zhou, sorry about this. The East Road staff are new and they often"
     " forget to link the card. I'll check it now and ring you by 4 pm."),
    ("bank-card-registration", "zh", "no-blame",
     "周女士，抱歉。城东支行那边新人多，经常忘了绑卡，我现在帮您查，四点前回电。"),
    ("repairman-no-show", "en", "ownership",
     "I'm really sorry, Mrs Harris. For parts, you'll need to ring the"
     " manufacturer's spares line directly; they're the ones who can tell you"
     " when it arrives."),
    ("missed-rubbish", "zh", "ownership",
     "梅女士，谢谢提醒，给您添麻烦了。漏收的事您得打环卫所的电话，他们那边安排。"),
    ("passed-around", "en", "ownership",
     "Mrs Novak, I'm sorry. The best thing is to email the highways inbox with a"
     " photo of the light, and they'll pick it up from there."),
    ("calm-down", "en", "no-taboo",
     "Sir, I need you to lower your voice before we continue. I'll check your"
     " line now."),
    ("calm-down", "zh", "no-taboo",
     "您先别激动，好好说。我现在帮您查线路。"),
    ("other-department-defensive", "en", "no-taboo",
     "Mr Liu, shouting at me won't fix the system. Our engineers are on it and"
     " I'll update you by 2 pm."),
    ("mr-he-compensation", "en", "boundaries",
     "Mr He, I'll check the bill now. And look, if you agree not to put in a"
     " complaint, I can add a £20 credit as a thank-you."),
    ("mr-he-compensation", "zh", "boundaries",
     "何先生，账单我现在就查。这样吧，您别投诉了，我再送您一桶油。"),
    ("mr-zeng-refund", "en", "expectation",
     "Mr Zeng, I'm so sorry. I'll make sure the manufacturer fixes it for free,"
     " no question - you'll have it back by Friday."),
    ("mr-zeng-refund", "zh", "expectation",
     "曾先生，您放心，厂家那边我打包票肯定给您免费修好，周五前拿回去。"),
    ("sofa-delivery", "en", "offer-options",
     "Mr Bell, I'm sorry about yesterday. The next slot we have is Thursday 8 to"
     " 6; that's the only day the van is in your area."),
    ("sofa-delivery", "zh", "offer-options",
     "马先生，真抱歉让您白等。只能周四送，那天车才到您那片区，别的时间安排不了。"),
    ("unclear-passenger", "en", "understand-need",
     "Sorry for the stress! Your flight's been cancelled, so the fastest option"
     " is a refund in the app - it takes 7 to 10 days."),
    ("unclear-passenger", "zh", "understand-need",
     "别着急，这种短信一般就是航班取消了，您直接在APP上退票就行，钱七到十天原路退回。"),
]


@pytest.mark.parametrize(("exercise", "lang", "principle", "text"), VIOLATIONS_IN_OWN_WORDS)
def test_violations_in_other_words_are_flagged(exercise: str, lang: str, principle: str, text: str) -> None:
    assert principle in named(check(text, lang, exercise), ("error", "warning"))


# Times in more shapes (round 26, written first: 4 of these 34 were missed: 'at half past two',
# 14号上门, 周末前, 明日下午送達)
TIMES = [
    ("en", "I'll call you back first thing Monday."),
    ("en", "We'll have it fixed by end of day."),
    ("en", "Expect an email from us by COB tomorrow."),
    ("en", "The refund will land in 3-5 business days."),
    ("en", "An engineer will visit on the 14th."),
    ("en", "I'll update you this afternoon."),
    ("en", "We'll get back to you within 48hrs."),
    ("en", "Delivery is scheduled for Thursday, 8am-12pm."),
    ("en", "I'll check and reply in 10 mins."),
    ("en", "You'll hear from me before Friday."),
    ("en", "The fix goes out in tonight's update."),
    ("en", "I'll ring you at half past two."),
    ("en", "It will be credited on 3 March."),
    ("en", "Our team will reach out by next Wednesday."),
    ("en", "I'll follow up in an hour."),
    ("en", "We aim to resolve this by the weekend."),
    ("en", "Give me 5 minutes to look into it."),
    ("en", "It'll be ready for collection from noon tomorrow."),
    ("zh", "我明早九点给您回电。"),
    ("zh", "预计本周五前送达。"),
    ("zh", "退款将在3-5个工作日内原路返回。"),
    ("zh", "师傅14号上门。"),
    ("zh", "今天之内给您答复。"),
    ("zh", "下周三之前会有专员联系您。"),
    ("zh", "两小时后我再跟您确认。"),
    ("zh", "最迟后天中午给您消息。"),
    ("zh", "我这边24h内给您反馈。"),
    ("zh", "周末前一定给您处理完。"),
    ("zh", "今晚十点前短信通知您。"),
    ("zh", "下午三點半前回覆您。"),
    ("zh", "預計明日下午送達。"),
    ("zh", "聽日朝早十點前覆你。"),
    ("zh", "您稍等五分钟，我查一下。"),
    ("zh", "本月底前完成退款。"),
]


@pytest.mark.parametrize(("lang", "text"), TIMES)
def test_more_times_count(lang: str, text: str) -> None:
    assert "next-step" in followed(text, lang)


# Kinds from real batch 6's dev rows (Twitter support, Weibo helpdesks), in my own wording
BATCH6_FOLLOWED = [
    ("en", "That's not what we want to hear, Sam! Which store was it?", "acknowledge"),
    ("en", "We completely understand your concerns. Please restart the router and tell us how it goes.",
     "acknowledge"),
    ("en", "Could you DM us the date of your visit? Thanks - Priya 1/2", "introduce"),
    ("en", "Did you buy it from us or from a marketplace seller: ^AB", "understand-need"),
    ("zh", "京京儿为您核实一下，请稍等。", "introduce"),
    ("zh", "爱吃鱼的猫 您好，订单已经帮您加急了。", "introduce"),
    ("zh", "明天上午师傅上门检修，您留意一下电话。", "next-step"),
    ("zh", "您可以在官网办理或向客服热线咨询。", "offer-options"),
]
BATCH6_FLAGGED = [
    ("en", "Please see one of our staff members in store about this.", "ownership"),
    ("zh", "为了更好地为您处理，建议您到营业厅办理。", "ownership"),
    ("zh", "积分是不能转移到其他账户的。", "expectation"),
]
BATCH6_NOT_FLAGGED = [
    ("en", "We'd really like to look into this. Please call us on the number here:", "ownership"),
]


@pytest.mark.parametrize(("lang", "text", "principle"), BATCH6_FOLLOWED)
def test_batch6_kinds_count(lang: str, text: str, principle: str) -> None:
    assert principle in followed(text, lang)


@pytest.mark.parametrize(("lang", "text", "principle"), BATCH6_FLAGGED)
def test_batch6_kinds_are_flagged(lang: str, text: str, principle: str) -> None:
    assert any(f["principle"] == principle for f in check(text, lang)["findings"])


@pytest.mark.parametrize(("lang", "text", "principle"), BATCH6_NOT_FLAGGED)
def test_batch6_kinds_are_not_flagged(lang: str, text: str, principle: str) -> None:
    assert not any(f["principle"] == principle for f in check(text, lang)["findings"])


# Questions typed without a question mark (round 28, written first: 10 of these 16 were missed),
# and a closing courtesy question without one still does not count
ASKED_WITHOUT_MARK = [
    ("zh", "您是在哪个门店买的呢"),
    ("zh", "是一直打不开还是偶尔打不开呀"),
    ("zh", "您说的是上个月那笔扣费吗。"),
    ("zh", "请问一下具体是什么时间发生的"),
    ("zh", "能说一下手机型号吗~"),
    ("zh", "麻烦您描述一下具体的情况哦"),
    ("zh", "您看一下是不是提示了错误代码呢"),
    ("zh", "具体是哪一步出错了呢亲"),
    ("en", "Which store did you visit."),
    ("en", "Can you tell us a bit more about what happened"),
    ("en", "Are you seeing an error message at all"),
    ("en", "Does this happen on Wi-Fi and mobile data"),
    ("en", "Let us know what device you're using and we'll take a look."),
    ("en", "What version of the app are you on!"),
    ("en", "Send us a DM with more details about what's happening."),
    ("en", "Keen to know more - what happens when you open the app"),
]


@pytest.mark.parametrize(("lang", "text"), ASKED_WITHOUT_MARK)
def test_a_question_without_a_question_mark_counts(lang: str, text: str) -> None:
    assert _asks(text, lang)


def test_a_courtesy_question_without_a_mark_does_not() -> None:
    assert not _asks("I've refunded it. Is there anything else I can help you with today.", "en")


# Sending the customer on while saying what we do ourselves, in more shapes (round 28, written
# first: 8 of these 16 were flagged: 'opened a claim on your behalf', 'we're investigating… too',
# 我们会优先审核, 已经跟网点打好招呼了, 我们也已帮您发起了售后申请 …)
MORE_REFERRED_AND_ACTED = [
    ("en", "Please contact your bank; we've already reversed the charge on our side."),
    ("en", "You can pop into any store, and we'll have the replacement ready for you."),
    ("en", "Please call our billing line - I've left them a note so they know the story."),
    ("en", "Kindly reach out to the seller. We have also opened a claim on your behalf."),
    ("en", "Visit the help centre for the steps, and we're investigating the crash too."),
    ("en", "Please email our returns team; I'm flagging your case to them as well."),
    ("en", "The courier will be in touch. We're keeping an eye on the shipment for you."),
    ("en", "You'll need to visit a branch, but I've booked you a slot for 10 am Monday."),
    ("zh", "请您联系银行，我们这边已经帮您撤销了扣款。"),
    ("zh", "您可以去任意门店，我们会提前把新机给您备好。"),
    ("zh", "建议您拨打售后电话，我已经把您的情况备注好了。"),
    ("zh", "麻烦您联系一下卖家，我们也已帮您发起了售后申请。"),
    ("zh", "您到网点办理时报我的工号就行，我已经跟网点打好招呼了。"),
    ("zh", "请留意快递来电，我们这边会持续跟踪物流。"),
    ("zh", "您可以先在APP上提交，我们会优先审核。"),
    ("zh", "需要您本人到营业厅，不过我已经帮您预约了明天上午十点。"),
]


@pytest.mark.parametrize(("lang", "text"), MORE_REFERRED_AND_ACTED)
def test_more_ways_of_acting_while_sending_them_on_are_ownership(lang: str, text: str) -> None:
    assert not any(f["principle"] == "ownership" for f in check(text, lang)["findings"])


# Acknowledgement in the short shapes of public replies (round 28, written first: 7 of these 30
# were missed: 'that doesn't sound right', 'not cool', 'make it right', 看到…我们也很难过, 害您白跑一趟 …)
ACKNOWLEDGED_SHORT = [
    ("en", "Oh no! Let's get this sorted. DM us your order number."),
    ("en", "Hmm, that doesn't sound right. DM us your order number."),
    ("en", "That's not cool at all. DM us your order number."),
    ("en", "Not good! DM us your order number."),
    ("en", "We hear you. DM us your order number."),
    ("en", "Ugh, that's annoying. DM us your order number."),
    ("en", "Dang, that's no fun. DM us your order number."),
    ("en", "We regret any inconvenience this has caused. DM us your order number."),
    ("en", "Apologies for any inconvenience caused. DM us your order number."),
    ("en", "We're sorry to see this. DM us your order number."),
    ("en", "That's definitely not the experience we want you to have. DM us your order number."),
    ("en", "Sorry for the hassle! DM us your order number."),
    ("en", "Yikes, that sounds frustrating. DM us your order number."),
    ("en", "That's a bummer. DM us your order number."),
    ("en", "We can imagine how inconvenient this must be. DM us your order number."),
    ("en", "This is not okay and we want to make it right. DM us your order number."),
    ("zh", "非常抱歉，请私信我们订单号。"),
    ("zh", "不好意思哈，请私信我们订单号。"),
    ("zh", "很理解您的感受，请私信我们订单号。"),
    ("zh", "让您受累了，请私信我们订单号。"),
    ("zh", "这确实不应该，请私信我们订单号。"),
    ("zh", "看到您的遭遇我们也很难过，请私信我们订单号。"),
    ("zh", "给您带来困扰了，请私信我们订单号。"),
    ("zh", "您的心情我们非常理解，请私信我们订单号。"),
    ("zh", "确实让人头疼，请私信我们订单号。"),
    ("zh", "这体验太糟了，请私信我们订单号。"),
    ("zh", "小编先替同事跟您说声对不起，请私信我们订单号。"),
    ("zh", "害您白跑一趟，请私信我们订单号。"),
    ("zh", "真係唔好意思，請私訊我們訂單號。"),
    ("zh", "抱歉造成您的不便，請私訊我們訂單號。"),
]


@pytest.mark.parametrize(("lang", "text"), ACKNOWLEDGED_SHORT)
def test_short_acknowledgements_count(lang: str, text: str) -> None:
    assert "acknowledge" in followed(text, lang)


def test_that_s_not_right_said_against_the_customer_is_no_acknowledgement() -> None:
    assert "acknowledge" not in followed("That's not right, the fee was correct.", "en")


# Self-service pointers and other channels, with nothing done ourselves (round 28, written first:
# 15 of these 24 were not flagged)
SENT_TO_SELF_SERVICE = [
    ("en", "You can find more info on this here:"),
    ("en", "Check out our help page for the steps:"),
    ("en", "Please refer to our returns policy here:"),
    ("en", "Head over to our support site and they'll help."),
    ("en", "Drop the seller a line and they should sort it."),
    ("en", "Give Apple a shout, they're best placed to help."),
    ("en", "Your best bet is our live chat team, available 24/7."),
    ("en", "Details on refunds can be found at the link below."),
    ("en", "Please follow the steps in this article:"),
    ("en", "Have a look at our FAQs for more on this."),
    ("en", "Reach out to the hotel directly for that."),
    ("en", "This is one for your network provider, I'm afraid."),
    ("zh", "详情可咨询10086。"),
    ("zh", "请您登录网上营业厅自助查询。"),
    ("zh", "可关注我们的微信公众号进行办理。"),
    ("zh", "具体以当地营业厅的答复为准。"),
    ("zh", "您可以自行在APP上操作退订。"),
    ("zh", "此类问题请咨询厂家售后。"),
    ("zh", "建议您向当地派出所报案。"),
    ("zh", "您可以拨打12315进行投诉。"),
    ("zh", "具体的办理流程请参考官网说明。"),
    ("zh", "請洽各分公司營業櫃檯。"),
    ("zh", "請您撥打客服專線詢問。"),
    ("zh", "这种情况您得找平台客服。"),
]


@pytest.mark.parametrize(("lang", "text"), SENT_TO_SELF_SERVICE)
def test_self_service_pointers_ask_who_handles_it(lang: str, text: str) -> None:
    assert any(f["principle"] == "ownership" for f in check(text, lang)["findings"])


# Defending the company in the flat register of written helpdesk replies (round 28, written
# first: 12 of these 18 were missed); followed by help they are not (EXPLAINED_THEN_HELPED above)
DEFENDED_FLAT = [
    ("zh", "您好，您的套餐是按月收取月租的，即使当月没有使用也会正常扣费。"),
    ("zh", "您好，流量超出套餐部分是按标准资费收取的，这在套餐说明中有写。"),
    ("zh", "您好，营业厅的排队情况受客流影响，高峰期等待时间较长是正常的。"),
    ("zh", "您好，我司所有收费项目均已在官网公示，不存在乱收费的情况。"),
    ("zh", "您好，信号强弱与所处位置、建筑遮挡等因素有关，并非网络故障。"),
    ("zh", "亲，这个价格是活动价，活动结束后恢复原价是很正常的哦。"),
    ("zh", "您好，系统显示您的宽带线路一切正常，可能是您家里路由器的问题。"),
    ("zh", "您好，我们的客服热线是24小时服务的，不存在打不通的情况。"),
    ("zh", "您好，该业务是您本人在营业厅签字办理的，我们有您的签名记录。"),
    ("zh", "亲，快递已经显示签收了，您可以问问家人或者物业是不是代收了。"),
    ("en", "Hi, our prices are clearly displayed at checkout before payment."),
    ("en", "The delay is caused by the high volume of orders during the sale period."),
    ("en", "Our network is working normally in your area according to our checks."),
    ("en", "The subscription renews automatically, as stated when you signed up."),
    ("en", "This charge is a standard fee that applies to all accounts."),
    ("en", "Our records show you accepted the terms on 3 May."),
    ("en", "Tracking shows it was delivered and signed for, so please check with neighbours."),
    ("en", "Hold times are longer on Mondays, which is normal for us."),
]


@pytest.mark.parametrize(("lang", "text"), DEFENDED_FLAT)
def test_flat_defences_of_the_company_are_arguing(lang: str, text: str) -> None:
    assert "no-arguing" in flagged(text, lang)


def test_a_flat_fact_followed_by_help_is_not_arguing() -> None:
    text = "您好，流量超出套餐部分是按标准资费收取的，我可以帮您换一个流量更多的套餐，今天就能生效。"
    assert "no-arguing" not in flagged(text, "zh")


def test_lint_reports_an_exercise_rule_that_narrows_the_general_rule_it_replaces() -> None:
    """An exercise rule with a general rule's id replaces it in that exercise; lint says so when
    the replacement lets the general rule's examples through (the mr-zeng-refund bug: its own
    promise rule let "I promise…" pass), and not when it keeps them."""
    from exercises.lint import narrows
    from exercises.packs import load_pack
    from exercises.record import replace
    from exercises.ruletypes.base import PatternSet

    general = {r.id: r for r in load_pack("en")}["expectation/empty-promise"]
    narrow = replace(general, pattern_set=PatternSet([r"\b(i|we) promise.{0,25}refund"]))
    assert any("I promise this will never happen again" in m for m in narrows(narrow, general))
    assert narrows(general, general) == []
    assert narrows(narrow, None) == []
