"""Wording real agents use, written from the kinds of error named in the issue (before the
rules were changed for them): elements said in other words must count, look-alikes must not,
and violations in new wording must be caught."""

from __future__ import annotations

import pytest
from finding_helpers import flagged, followed

from exercises.api import check

COUNTS_AS = [
    ("en", "I've removed the late fee from your account.", "ownership"),
    ("en", "I've had a look at your account and the refund went out this morning.", "ownership"),
    ("en", "One moment while I check that for you.", "ownership"),
    ("en", "One moment while I check that for you.", "next-step"),
    ("en", "The engineer will be with you at 15:30 today.", "next-step"),
    ("en", "Would you prefer a morning or an afternoon slot?", "offer-options"),
    ("en", "If you'd like, I can refund it, or we can send a replacement.", "offer-options"),
    ("en", "I know that's not what you hoped to hear.", "acknowledge"),
    ("en", "We know how important this trip is to you.", "acknowledge"),
    ("zh", "这笔费用已经帮您撤除了。", "ownership"),
    ("zh", "已撤除该笔扣费，款项三个工作日内退回。", "ownership"),
    ("zh", "请稍等，我帮您查一下。", "ownership"),
    ("zh", "师傅今天15:30前上门。", "next-step"),
    ("zh", "您看是上午方便还是下午方便？", "offer-options"),
    ("zh", "我知道这不是您想听到的答复。", "acknowledge"),
    # written before the rules changed: any plain question about their case; two ways joined by 或/also
    ("en", "Sorry to hear that. Which branch did you visit?", "understand-need"),
    ("en", "Anything in particular that stopped working after the update?", "understand-need"),
    ("en", "Please tell us a bit more so we can look into it.", "understand-need"),
    ("zh", "请问是哪一天办理的？", "understand-need"),
    ("zh", "您方便说一下是哪个页面打不开吗？", "understand-need"),
    ("zh", "您可以在网上退订，也可以到营业厅办理。", "offer-options"),
    ("zh", "建议您设置来电黑名单或者安装拦截软件。", "offer-options"),
    ("zh", "除了网上挂号，您也可以打电话预约。", "offer-options"),
    ("en", "You can pay online, or call us and pay by card.", "offer-options"),
    # written before the rules changed: acting on it said as a wish, a hand-over we do, staff who will call
    ("en", "We'd love to take a look at this with you.", "ownership"),
    ("en", "I'll take this up with the billing team today.", "ownership"),
    ("zh", "请您私信留下电话，方便我们的工作人员和您联系核实。", "ownership"),
    ("zh", "我们会安排专人为您跟进处理。", "ownership"),
    # round 13, written before the rules changed: asking to know more, two fixes offered,
    # the company acting on it said without a subject or in the passive
    ("en", "We'd like to know more about what happened, could you send us the details.", "understand-need"),
    ("en", "If you could update your review with the page that won't load, we'll look.", "understand-need"),
    ("zh", "想了解一下您具体是在哪一步出的问题，方便的话告诉我们。", "understand-need"),
    ("en", "Please try restarting or reinstalling the app.", "offer-options"),
    ("en", "You could clear the cache, or switch to the beta version for now.", "offer-options"),
    ("en", "Your comments have been shared with the store manager, who will reply.", "ownership"),
    ("en", "Which model is your phone ?", "understand-need"),
    ("en", "Will definitely pass this on to the product team.", "ownership"),
    ("zh", "另外，您亦可通过官网自行退订。", "offer-options"),
    ("zh", "请将您的联系方式私信小编，以便工作人员为您核实处理。", "ownership"),
    # round 13: hospital and Taiwanese wording of passing it on ourselves
    ("zh", "感謝您的寶貴意見，我們會轉知相關單位改善。", "ownership"),
    ("zh", "已將您的意見轉達給主治醫師，並請單位主管檢討改進。", "ownership"),
    ("zh", "後續將由社工師主動與您聯絡。", "ownership"),
    ("zh", "本院已派員了解並改善。", "ownership"),
    # round 13: acknowledgement said as "we" or as what we never want for them
    ("en", "We understand your frustration.", "acknowledge"),
    ("en", "We hear you.", "acknowledge"),
    ("en", "That's not the experience we want you to have.", "acknowledge"),
    ("en", "We never want our customers to feel this way.", "acknowledge"),
    ("en", "Yikes, that's not good.", "acknowledge"),
    # round 13: another way offered
    ("en", "You can also reach us by live chat.", "offer-options"),
    ("en", "Flight changes are never fun, so let's sort it out.", "acknowledge"),
    ("en", "To confirm your question: you'd like to know whether the card was linked.", "understand-need"),
    ("en", "Feel free to pop into a store, or give us a ring.", "offer-options"),
    ("zh", "亦可於網路預約。", "offer-options"),
    ("zh", "要是打得不多 加个通话包就行 要是您想改回原来的套餐 我帮您预约下月改回", "offer-options"),
    # a time frame given as a range
    ("en", "The refund shows on your statement in 3-5 working days.", "next-step"),
    ("en", "It usually takes 7–10 business days.", "next-step"),
    ("zh", "退款一般1-5个工作日可以查到。", "next-step"),
]

NOT_COUNTED_AS = [
    ("en", "Thanks for your feedback.", "acknowledge"),
    ("en", "Thank you for reaching out to us.", "acknowledge"),
    ("zh", "感谢您的反馈。", "acknowledge"),
    ("zh", "如有问题请发邮件至“听您说”信箱。", "acknowledge"),
    ("en", "Sir, your order ships on Monday.", "introduce"),
    ("en", "Can I have your account number?", "understand-need"),
    ("zh", "请提供一下您的账号。", "understand-need"),
    ("en", "I know you have a meeting at 3 pm, so this must be stressful.", "next-step"),
    ("zh", "我知道您下午三点要开会，这事确实急人。", "next-step"),
    ("en", "If you could tell us your account number, please.", "understand-need"),
    ("en", "Your complaint has been forwarded to the seller.", "ownership"),
    ("zh", "方便的话提供一下您的账号。", "understand-need"),
    ("en", "We understand your request and will process it.", "acknowledge"),
    ("en", "We appreciate your business.", "acknowledge"),
    ("en", "You can also see the fee on your bill.", "offer-options"),
    ("en", "You could also have read the terms.", "offer-options"),
]

CAUGHT = [
    ("en", "That's down to the seller, you'll have to take it up with them.", "no-blame"),
    ("en", "The app store handles refunds, so it's their problem, not ours.", "no-blame"),
    ("en", "This issue wasn't caused by us alone.", "no-blame"),
    ("en", "The product side made that change, we just handle support.", "no-blame"),
    ("en", "All charges are shown on our website before you call.", "no-arguing"),
    ("en", "Our meters are the most reliable on the market.", "no-arguing"),
    ("zh", "这是商家那边的问题，您去找商家吧。", "no-blame"),
    ("zh", "这个是产品那边定的，我们客服也改不了。", "no-blame"),
    ("zh", "这个问题也不全是我们造成的。", "no-blame"),
    ("zh", "系统里查询不到您说的订单。", "no-taboo"),
    ("zh", "查不到，您再想想是不是记错了。", "no-taboo"),
    ("zh", "所有资费在官网上都写得清清楚楚。", "no-arguing"),
    ("zh", "我们的设备质量是业内最好的。", "no-arguing"),
    ("zh", "明天才能看到，您明天自己再查就行。", "ownership"),
    ("en", "You'll see it tomorrow. Check again tomorrow.", "ownership"),
    # round 13, written before the rules changed: satisfaction or a fix promised outright
    ("zh", "这个问题我会帮您处理，很快给您一个满意的答复。", "expectation"),
    ("en", "We will definitely fix that problem.", "expectation"),
    # round 14, in my own words, written before the rules for the blind batch 4's dev misses
    ("zh", "其实您点开看一下就知道了。", "no-arguing"),
    ("zh", "其实也不算多，大部分人都觉得合理。", "no-arguing"),
    ("zh", "以前每次查都没错，这次估计也一样。", "no-arguing"),
    ("en", "Most customers find the new layout much clearer.", "no-arguing"),
    ("en", "It's all in the terms if you read them carefully.", "no-arguing"),
    ("en", "The IT team rolled out the update without testing it.", "no-blame"),
    ("en", "The new staff there do get these forms wrong.", "no-blame"),
    ("en", "We'll sort it out in due course.", "next-step"),
    ("zh", "以后绝对不会再出任何问题。", "expectation"),
    ("en", "Chasing that paperwork is a real hassle, but I'll do it.", "no-taboo"),
    # round 13, written before the rules changed: forbidden phrases in other words
    ("zh", "这事儿不归我们这儿管。", "no-taboo"),
    ("zh", "我这边是真的帮不了您。", "no-taboo"),
    ("zh", "这个我们查不出来。", "no-taboo"),
    ("en", "It's a really complicated process, you wouldn't understand.", "no-taboo"),
    ("en", "You do know how to read an email, right?", "no-taboo"),
]

# Round 14: the same words about ourselves, or about the customer's trouble, are not arguing,
# blame or a forbidden phrase.
NOT_A_VIOLATION = [
    ("en", "To be fair to you, we should have told you sooner. I'll refund it now.", "no-arguing"),
    ("en", "Waiting all week must have been a real hassle for you.", "no-taboo"),
    ("zh", "我帮您点开看一下，马上就知道了。", "no-arguing"),
    ("zh", "我这就帮您弄清楚。", "no-arguing"),
    ("zh", "报案一个月都没人联系，让您连找谁都不知道，真的很抱歉。", "no-taboo"),
    ("zh", "核完我把新版账单讲一遍，以后您自己看就方便了。", "no-taboo"),
    ("zh", "送到厂家检测，看到底是哪里的问题。", "no-blame"),
    ("en", "We sometimes get these forms wrong, and I'm sorry.", "no-blame"),
    ("en", "We'll sort it in due course, and by Friday at the latest.", "next-step"),
]


@pytest.mark.parametrize(("lang", "text", "principle"), NOT_A_VIOLATION)
def test_the_same_words_about_ourselves_are_not_a_violation(lang: str, text: str, principle: str) -> None:
    assert principle not in flagged(text, lang)


# Promising what we do ourselves, by a time we control, is a next step, not an empty promise.
OUR_OWN_ACTION_PROMISED = [
    ("en", "Rest assured, I'll call you back by 5 pm."),
    ("en", "I promise to call you back by 5 pm with what I find."),
    ("zh", "我们会尽力给您一个满意的答复，周五前回电。"),
]


# Summing up the problem in the customer's terms is understanding the need (labelling guide);
# written before the rules changed (round 13).
RESTATED = [
    ("en", "I can see you've been waiting since Monday for the refund."),
    ("en", "It sounds like the app crashes every time you open a video."),
    ("en", "From what you describe, the router keeps dropping the connection at night."),
    ("en", "You mentioned the engineer never turned up on Tuesday."),
    ("zh", "关于您反映的宽带晚上经常断线的问题，我们已经派单。"),
    ("zh", "看到您说快递一直没有送到，真抱歉。"),
    ("zh", "听您的描述，应该是晚上信号特别差。"),
    ("zh", "您提到师傅周二没有上门，我这就去查。"),
    ("zh", "了解到您的订单还没有发货，我帮您催一下。"),
]
NOT_RESTATED = [
    ("en", "I can see why that's frustrating."),
    ("en", "It sounds great, thanks for the feedback!"),
    ("zh", "关于您反映的问题，我们已经收到。"),
    ("zh", "您反映的问题我们已经记录。"),
]


@pytest.mark.parametrize(("lang", "text"), RESTATED)
def test_summing_up_the_problem_counts_as_understanding(lang: str, text: str) -> None:
    assert "understand-need" in followed(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_RESTATED)
def test_naming_no_problem_does_not(lang: str, text: str) -> None:
    assert "understand-need" not in followed(text, lang)


@pytest.mark.parametrize(("lang", "text", "principle"), COUNTS_AS)
def test_other_words_count(lang: str, text: str, principle: str) -> None:
    assert principle in followed(text, lang)


@pytest.mark.parametrize(("lang", "text", "principle"), NOT_COUNTED_AS)
def test_look_alikes_do_not_count(lang: str, text: str, principle: str) -> None:
    assert principle not in followed(text, lang)


@pytest.mark.parametrize(("lang", "text", "principle"), CAUGHT)
def test_new_wording_of_violations_is_caught(lang: str, text: str, principle: str) -> None:
    assert principle in flagged(text, lang)


@pytest.mark.parametrize(("lang", "text"), OUR_OWN_ACTION_PROMISED)
def test_promising_our_own_next_step_is_not_an_empty_promise(lang: str, text: str) -> None:
    assert "expectation" not in flagged(text, lang)


def test_a_short_reply_without_the_trained_element_fails_its_exercise() -> None:
    short = (("zh", "红利明天上午九点前到账。"), ("en", "It'll be in your account by 9 am tomorrow."))
    for lang, text in short:
        result = check(text, lang, "dividend-date")
        assert not result["passed"]
        assert any(f["principle"] == "acknowledge" and f["severity"] == "error" for f in result["findings"])


def test_an_empty_or_near_empty_answer_scores_near_zero() -> None:
    for text, lang in (("", "zh"), ("好的", "zh"), ("OK sure", "en")):
        result = check(text, lang, "dividend-date")
        assert not result["passed"] and result["score"] <= 10


def test_a_near_empty_question_is_not_told_it_misses_the_need_it_asks_about() -> None:
    """"哪张卡？" asks about the need and is praised for it; it still fails as a reply, and the
    error names the next step it lacks, never the principle it is praised for."""
    for lang, text in (("zh", "哪张卡？"), ("zh", "哪天的？"), ("en", "Which card?")):
        result = check(text, lang)
        errors = {f["principle"] for f in result["findings"] if f["rule"].endswith("/near-empty")}
        praised = {f["principle"] for f in result["followed"]}
        assert result["score"] == 0 and not result["passed"], text
        assert errors == {"next-step"} and "understand-need" in praised, (text, errors, praised)
    plain = check("今天吧", "zh")  # no question: the need is what it misses
    named = {f["principle"] for f in plain["findings"] if f["rule"].endswith("/near-empty")}
    assert named == {"understand-need"}


def test_ownership_is_asked_for_when_the_reply_sends_the_customer_elsewhere() -> None:
    """only_if: in the general rules, 'I'll take care of it' is missing only from a reply that
    refers the customer to someone else; an exercise that trains ownership always asks."""
    def ownership(text: str, lang: str, exercise: str | None = None) -> list[str]:
        findings = check(text, lang, exercise)["findings"]
        return [f["severity"] for f in findings if f["principle"] == "ownership"]

    assert ownership("Sorry about that. Please contact your bank about the charge.", "en")
    assert ownership("抱歉，这个问题请您联系商家处理。", "zh")
    assert not ownership("Sorry about the wait. Your refund went out this morning and shows in 3 days.", "en")
    assert not ownership("抱歉让您久等了，退款今天上午已经原路退回，三天内到账。", "zh")
    trained = "passed-around"
    text = "I'm sorry about the light. The council repairs street lights within five working days."
    assert "error" in ownership(text, "en", trained)


@pytest.mark.parametrize(
    ("lang", "text", "sent_elsewhere"),
    [
        ("en", "Sorry about that. Please DM us your order number.", False),
        # round 28: another channel of ours, with nothing done meanwhile, is sent elsewhere too, like
        # "go to a branch" in LABELLING.md (a team of ours that will act is not: the line below)
        ("en", "You can contact us via phone or chat here.", True),
        ("en", "Please call our customer care team and they'll sort it out.", False),
        ("en", "Sorry to hear that. Please contact Apple Support for help with this.", True),
        ("zh", "抱歉给您添麻烦了，请您私信我们提供订单号。", False),
        ("zh", "抱歉，这个请您联系苹果售后处理。", True),
        # written before the rules changed: disowning with an adverb, a branch far from the verb
        ("zh", "这个我们确实没办法处理，请您谅解。", True),
        ("zh", "销户需要本人带身份证和服务密码去号码归属地的营业厅办理。", True),
        ("en", "That's really not something we can do anything about.", True),
        # self-service instead of help (written before the rules changed)
        ("en", "Sorry about that. This help page might answer your question.", True),
        ("en", "Have you tried the steps in our help centre?", True),
        ("zh", "您可以通过手机登录网上营业厅自助查询。", True),
        ("zh", "建议您与卖家协商解决。", True),
        # round 13, written first: we contact them; 遇到 is not "go to"
        ("zh", "麻烦您私信留个电话，方便工作人员与您联系。", False),
        ("zh", "您可以把遇到的问题私信发给我们。", False),
        ("zh", "您可以到营业厅办理。", True),
    ],
)
def test_only_a_referral_elsewhere_asks_who_handles_it(lang: str, text: str, sent_elsewhere: bool) -> None:
    flagged = any(f["principle"] == "ownership" for f in check(text, lang)["findings"])
    assert flagged is sent_elsewhere


# "Nothing wrong on our side, go and ask them": the fault is put on a partner without a word of
# blame (LABELLING.md, no-blame). Written before the rule.
OUR_SIDE_IS_FINE = [
    ("zh", "我们这边查了，系统没有异常，建议您去问问银行。"),
    ("zh", "经核实我司扣费正常，请您联系银行处理。"),
    ("en", "Everything looks fine on our end, so you'll need to speak to your bank."),
    ("en", "We've checked and there's no problem on our side. Please contact the seller."),
]
OUR_SIDE_IS_FINE_AND_WE_ACT = [
    ("zh", "我们这边查了，系统没有异常，我已经联系银行帮您查这笔款，下午四点前给您回电。"),
    ("en", "There's no problem on our side, so I've asked the bank to trace it and I'll call you by 4pm."),
]


@pytest.mark.parametrize(("lang", "text"), OUR_SIDE_IS_FINE)
def test_our_side_is_fine_go_ask_them_is_blame(lang: str, text: str) -> None:
    assert "no-blame" in flagged(text, lang)


@pytest.mark.parametrize(("lang", "text"), OUR_SIDE_IS_FINE_AND_WE_ACT)
def test_our_side_is_fine_and_we_follow_it_up_is_not(lang: str, text: str) -> None:
    assert "no-blame" not in flagged(text, lang)


# Defending the company instead of dealing with the complaint (LABELLING.md, no-arguing): the
# complaint is called normal, the company's good intentions or rules are put up against it,
# "as I said before". Written before the templates, in words not taken from the corpus.
DEFENDING = [
    ("zh", "这属于正常现象，很多用户都是这样的。"),
    ("zh", "网速和很多因素都有关系，高峰期慢一点很正常。"),
    ("zh", "我们是不会随意给用户开通增值业务的。"),
    ("zh", "系统升级是为了给大家提供更稳定的服务。"),
    ("zh", "办理的时候协议里就已经说明了这一点。"),
    ("en", "That's completely normal behaviour for the app."),
    ("en", "As I mentioned earlier, the fee is listed in your contract."),
    ("en", "We have a strict returns policy, and it applies to every order."),
    ("en", "We changed the layout so the app is easier to use for everyone."),
    # round 13, written before the rules changed
    ("zh", "这个收费在您签约的时候就已经告知过了。"),
    ("zh", "我们的系统是没有问题的，其他用户都用得好好的。"),
    ("zh", "您说的情况我们这边从来没有出现过。"),
    ("zh", "网速慢是高峰期的正常情况，不是故障。"),
    ("zh", "我们的价格已经是全网最低了。"),
    ("zh", "按照合同条款，这笔违约金是必须收的。"),
    ("en", "Our system is working fine; nobody else has reported this."),
    ("en", "Our prices are already the lowest on the market."),
    # round 15: a rule or a defence explained instead of help (own words, written first)
    ("zh", "退订需要本人带身份证到营业厅办理的，请您了解。"),
    ("zh", "套餐变更是次月才生效的哦。"),
    ("zh", "各地政策不一样，因此只能在开户地办理，请见谅。"),
    ("zh", "为了保证账户安全，我们暂时无法在电话里帮您改密码。"),
    ("zh", "价格没有问题的，是按系统标价收取的。"),
    ("zh", "我司对老用户也有很多优惠活动的。"),
    ("en", "Cancellations have to be made in branch with photo ID, I'm afraid."),
    ("en", "Plan changes only take effect from the next billing month."),
    ("en", "For security reasons we're unable to make changes over the phone."),
    ("en", "The price is correct; it's the listed price in our system."),
    ("en", "We already offer plenty of deals for existing customers."),
]
EXPLAINED_AND_HELPED = [
    ("zh", "这个扣费是正常的月租，不过我可以帮您换一个更便宜的套餐。"),
    ("zh", "高峰期网速会慢一些，我这就帮您测一下线路，十分钟后回您电话。"),
    ("en", "It's normal for a first charge to show as pending; I'll keep an eye on it and message you."),
    ("en", "We changed the layout last week, and I can show you where the old menu went right now."),
    ("zh", "这笔违约金是合同里写的，不过我可以帮您申请减免一半，今天下午给您答复。"),
    ("en", "The fee is in the terms, but I can ask for it to be waived and I'll let you know by 5 pm."),
    ("zh", "退订需要本人到营业厅办理，我帮您预约明天上午的号，您直接去就行。"),
    ("zh", "套餐变更是次月生效的，我现在就帮您预约，下月1号自动生效。"),
    ("en", "For security reasons I can't change it over the phone, but I can send you a reset link now."),
    ("en", "Plan changes take effect next month, so I'll book yours in now for the 1st."),
    ("zh", "给您带来不便请见谅，请私信您的号码给我们，我们核实后回复您。"),
    ("zh", "各地权限不同，因此没法异地换卡，请问您的号码实名登记过吗？"),
]


@pytest.mark.parametrize(("lang", "text"), DEFENDING)
def test_defending_the_company_is_arguing(lang: str, text: str) -> None:
    assert "no-arguing" in flagged(text, lang)


@pytest.mark.parametrize(("lang", "text"), EXPLAINED_AND_HELPED)
def test_a_fact_explained_once_with_help_is_not(lang: str, text: str) -> None:
    assert "no-arguing" not in flagged(text, lang)


# The fault put on a partner by association or by naming who decides (LABELLING.md,
# no-blame). Written before the templates, in words not taken from the corpus.
BLAME_BY_ASSOCIATION = [
    ("zh", "这个跟安卓系统的设计有关，我们也没办法。"),
    ("zh", "具体要视乎银行的规定。"),
    ("zh", "资费是由当地运营商制定的。"),
    ("zh", "可能由于快递公司的原因，包裹还没到。"),
    ("zh", "这并非我司的问题，应该是您手机厂家的设置。"),
    ("en", "That's related to how the app store handles refunds."),
    ("en", "Fees like this are set by the card issuer, not by us."),
    # round 15, in my own words for the kinds of blame missed in the dev rows
    ("zh", "这笔运费属于您自身原因产生的，需要您自己承担。"),
    ("zh", "因个人原因导致的退票，手续费由您承担。"),
    ("zh", "这条短信并非我公司行为，请您留意。"),
    ("zh", "经查不是本行的责任，是收款方退回的。"),
    ("zh", "可能由于微信原因，消息没有送达。"),
    ("zh", "行李额是航空公司自己规定的，我们没法改。"),
    ("en", "The courier was supposed to deliver it on Monday, so you'll need to chase them."),
    ("en", "It's probably your router's issue rather than anything we've done."),
    # round 13, written before the rules changed
    ("zh", "因为您当时没有提供完整资料，所以我们没法处理。"),
    ("en", "That's usually an issue with the website itself rather than with us."),
]
CAUSE_NAMED_AND_OWNED = [
    ("zh", "如果是快递公司的原因，我们来负责赔偿。"),
    ("zh", "这跟系统升级有关，是我们没通知到位，我马上帮您恢复。"),
    ("en", "It's related to the courier's delay, and that's on us: I'm sending a new one today."),
    ("zh", "快递弄丢了是我们没跟进好，我今天给您补发一件。"),
    ("zh", "这不是您的问题，而是我们系统的问题，我马上帮您处理。"),
    ("en", "The courier was supposed to deliver on Monday and that's on us: I'm sending a new one today."),
    ("en", "Our engineer should have come back, and I'm sorry; I'm booking him for tomorrow morning."),
    ("zh", "由于天气原因航班延误，我帮您改签到明早七点的航班。"),
]


@pytest.mark.parametrize(("lang", "text"), BLAME_BY_ASSOCIATION)
def test_blame_by_association_is_flagged(lang: str, text: str) -> None:
    assert "no-blame" in flagged(text, lang)


@pytest.mark.parametrize(("lang", "text"), CAUSE_NAMED_AND_OWNED)
def test_a_cause_named_and_owned_is_not(lang: str, text: str) -> None:
    assert "no-blame" not in flagged(text, lang)


def test_praise_stops_at_the_end_of_its_own_clause() -> None:
    """A match that runs past a comma ("先生，您") quotes its own clause, never the next one
    (here a forbidden phrase)."""
    praise = [f for f in check("先生，您先冷静一点", "zh")["followed"] if f["principle"] == "introduce"]
    assert [f["excerpt"] for f in praise] == ["先生"]


def test_praise_does_not_stop_inside_a_clock_time() -> None:
    """The colon of 15:30 is not a clause mark, for praise as for scope."""
    praise = [f for f in check("我下午15:30给您回电话，告诉您结果。", "zh")["followed"]
              if f["principle"] == "next-step"]
    assert praise and "15:30" in praise[0]["excerpt"]


# An exercise's own require rule asks for a sharper form of a principle (bank-card-registration:
# put her question back to her). A reply that does the principle in another form (it asks which
# card) has done it: the sharper form is then a warning, not a failing error. A reply that does
# not do the principle at all still fails.
GENERAL_FORM = [
    ("en", "Good morning Ms Zhou, I'm Tom. I'm sorry phone banking isn't working. Which of your "
           "cards did the branch set up last Tuesday? I'll check the records myself and call you "
           "back by 3 pm today."),
    ("zh", "周女士您好，我是小陈。电话银行用不了，真抱歉。上周二支行给您办的是哪张卡？我自己去查记录，"
           "今天下午三点前给您回电话。"),
]
NOT_AT_ALL = [
    ("en", "Good morning Ms Zhou, I'm Tom. I'm sorry phone banking isn't working. I'll check the records "
           "myself and call you back by 3 pm today."),
    ("zh", "周女士您好，我是小陈。电话银行用不了，真抱歉。我自己去查记录，今天下午三点前给您回电话。"),
]


@pytest.mark.parametrize(("lang", "text"), GENERAL_FORM)
def test_the_principle_in_another_form_passes_with_a_warning(lang: str, text: str) -> None:
    result = check(text, lang, "bank-card-registration")
    sharper = [f for f in result["findings"] if f["rule"] == "understand-need/confirm-question"]
    assert result["passed"], result["findings"]
    assert [f["severity"] for f in sharper] == ["warning"]


@pytest.mark.parametrize(("lang", "text"), NOT_AT_ALL)
def test_the_principle_not_done_at_all_still_fails(lang: str, text: str) -> None:
    result = check(text, lang, "bank-card-registration")
    assert not result["passed"]
    assert {f["severity"] for f in result["findings"] if f["principle"] == "understand-need"} == {"error"}


# Phones type curly apostrophes, and trainees in a hurry type none: the same good reply passes
# either way (written before the rules changed; both failed).
TYPED = [
    ("missed-rubbish", "Im sorry we missed your bin, Mrs Adeyemi. Ive booked a collection for your "
                       "address today and the crew will come before 6 pm, so please leave the bin out."),
    ("mr-he-compensation", "Mr He, I’m Sam. Sorry the bill’s given you trouble again. I’m printing this "
                           "month’s itemised bill now, give me two minutes, and we’ll go through every "
                           "charge together. Anything wrong I’ll credit today; apart from that we don’t "
                           "offer gifts or credit."),
    ("mr-he-compensation", "Mr He, Im Sam. Sorry the bills given you trouble again. Im printing this "
                           "months itemised bill now, give me two minutes, and well go through every "
                           "charge together. Anything wrong Ill credit today; apart from that we dont "
                           "offer gifts or credit."),
]


@pytest.mark.parametrize(("exercise", "text"), TYPED)
def test_curly_or_missing_apostrophes_do_not_fail_a_good_reply(exercise: str, text: str) -> None:
    result = check(text, "en", exercise)
    assert result["passed"], [f["rule"] for f in result["findings"] if f["severity"] == "error"]


# Rounds 16 to 19, in my own words for the kinds in the blind batches 5 and 6's dev failures
# (trainee typing, unusual shapes) and in real batches 4 and 5's dev disagreements (Twitter support
# replies, Weibo helpdesk, Taiwanese hospitals), written before the rules changed. A missing
# element has no span, so these count any finding that names the principle.
MORE_COUNTS = [
    # round 19 (real batch 5: JD shop chat, Taiwanese brokerage apps, GitHub support)
    ("zh", "亲，请您稍等，小妹马上帮您查一下。", "next-step"),
    ("zh", "正在为您核实处理中，请稍等片刻哦~", "next-step"),
    ("zh", "明天小妹给您联系快递核实。", "next-step"),
    ("zh", "预计下午就可以送到您手上。", "next-step"),
    ("en", "Please let me know if you don't see it in the next 2-3 days.", "next-step"),
    ("zh", "請您說明一下登入時的操作步驟，以及是否有出現錯誤訊息。", "understand-need"),
    ("zh", "您要查的是这个订单对吗", "understand-need"),
    ("zh", "订单号是这个吗 我帮您看看", "understand-need"),
    ("zh", "小妹这边帮您催一下物流哦。", "introduce"),
    ("zh", "果果正在为您积极查询，请不要离开哦。", "ownership"),
    ("zh", "我两小时之内再回访您确认。", "ownership"),
    # round 18 (fresh batch 6: unusual shapes)
    ("en", "You asked whether the fee could be waived, and that's what I'll find out.", "understand-need"),
    ("zh", "您问的是这笔费用能不能退，我这就去查。", "understand-need"),
    ("zh", "遇到这种事，心里肯定一慌。", "acknowledge"),
    ("zh", "可以今天送，也可以周六送，您选哪一种？", "offer-options"),
    ("zh", "有三个时间可以选：周五上午、周五下午或周六，您要哪个时间？", "offer-options"),
    ("en", "totally get the frustration, let me sort it", "acknowledge"),
    ("en", "completely understand ur frustation with this", "acknowledge"),
    ("en", "really get why youre annoyed", "acknowledge"),
    ("zh", "我这就去查，大概10分钟给您答复。", "next-step"),
    ("zh", "您一般多久用一次这个功能呀？", "understand-need"),
    ("zh", "大概多长时间了呀？", "understand-need"),
    ("en", "I'll call you at 11 to let you know.", "next-step"),
    ("en", "ill ring u back at 4 either way", "next-step"),
    ("en", "Bummer to hear the app keeps crashing.", "acknowledge"),
    ("en", "I really regret the trouble this has caused you.", "acknowledge"),
    ("en", "That's heartbreaking to hear.", "acknowledge"),
    ("en", "We hate to hear this, Sam.", "acknowledge"),
    ("en", "We don't like hearing that at all.", "acknowledge"),
    ("en", "Let's sort it out.-JC", "introduce"),
    ("en", "DM us and we'll help. *MariaGonzalez", "introduce"),
    ("en", "Could you give us a bit more detail and we'll look into it.", "understand-need"),
    ("en", "DM us which model you have so we can check.", "understand-need"),
    ("zh", "请详细说明一下具体情况，以便我们核实。", "understand-need"),
    ("zh", "是否在晚上才出现的呢.", "understand-need"),
    ("en", "A member of our team will follow up with you by email.", "ownership"),
    ("zh", "小美这边私信您了解一下详情。", "ownership"),
    ("zh", "已将您的意见回馈给相关单位处理。", "ownership"),
]
MORE_CAUGHT = [
    # round 19
    ("zh", "等到货后我们会第一时间给您发货的。", "next-step"),
    # round 18 (fresh batch 6: unusual shapes)
    ("en", "To be fair, we did send you an email about it.", "no-arguing"),
    ("en", "I do have to point out that the contract lists roaming as extra.", "no-arguing"),
    ("en", "Nothing was hidden, it's all in the leaflet.", "no-arguing"),
    ("en", "The council have had it on their list for ages and just haven't got round to it.", "no-blame"),
    ("zh", "我会尽快催，有进展第一时间通知您。", "next-step"),
    ("en", "If you agree to close the complaint, I'll add a £20 voucher.", "boundaries"),
    ("zh", "只要您不再投诉，我们就送您一张50元的券。", "boundaries"),
    ("en", "The new guy at the branch probably keyed it in wrong.", "no-blame"),
    ("zh", "是仓库那边没检查好，他们弄出来的事。", "no-blame"),
    ("zh", "这个归物业管，我把他们的电话给您，您直接打过去就行。", "ownership"),
    ("en", "To get a full refund you would have to cancel within 24 hours.", "no-arguing"),
    ("en", "We have to be fair to all our customers, so the rules apply.", "no-arguing"),
    ("en", "For future reference, please call us first.", "no-arguing"),
    ("en", "All fees are available to view on our website.", "no-arguing"),
    ("zh", "是不是您自己误删了呢？", "no-arguing"),
    ("zh", "欠费了肯定就会停机的。", "no-arguing"),
    ("zh", "我们打过您电话，但是一直打不通。", "no-blame"),
    ("en", "It's the last airline you flew with that handles delayed bags.", "no-blame"),
    ("zh", "提货码是由快递公司查询的，我们这边看不到。", "no-blame"),
    ("zh", "我们和门店不是同一个系统，查不到。", "no-blame"),
    ("en", "Please call our billing team on 0800 123 456.", "ownership"),
    ("en", "Please contact our support folks at 800-222-2377.", "ownership"),
    ("en", "I'd advise taking it back to your nearest store.", "ownership"),
    ("en", "Please return to the branch and fill in a form.", "ownership"),
    ("en", "We don't have access to that here, sorry.", "ownership"),
    ("zh", "这个业务必须本人带证件到营业厅办理的。", "ownership"),
]
MORE_NOT_CAUGHT = [
    # round 18
    ("zh", "本月第二次因系统故障影响您交易，我们深表歉意，技术人员正在抢修，一小时内恢复。", "no-blame"),
    ("en", "To be fair to you, we should have told you sooner. I'll refund it now.", "no-arguing"),
    ("zh", "我第一时间给您回电，今天下午四点前。", "next-step"),
    ("zh", "我把他们的电话给您留一个备用，不过我现在就替您打过去问清楚，半小时内回您。", "ownership"),
    ("en", "I typed the address in wrong, that's on me; I've fixed it now.", "no-blame"),
    ("en", "I've called our billing team for you and they'll ring you on 0800 123 456 by 3 pm.", "ownership"),
    ("zh", "我们打过您电话没打通，是不是号码有变？我再给您发条短信。", "no-blame"),
    ("en", "For future reference, I've added a note so you won't need to explain this again.", "no-arguing"),
]


def _named(text: str, lang: str, levels: tuple[str, ...]) -> set[str]:
    return {f["principle"] for f in check(text, lang)["findings"] if f["severity"] in levels}


@pytest.mark.parametrize(("lang", "text", "principle"), MORE_COUNTS)
def test_more_wording_counts(lang: str, text: str, principle: str) -> None:
    assert principle in followed(text, lang)


@pytest.mark.parametrize(("lang", "text", "principle"), MORE_CAUGHT)
def test_more_violations_are_caught(lang: str, text: str, principle: str) -> None:
    assert principle in _named(text, lang, ("error", "warning", "info"))


@pytest.mark.parametrize(("lang", "text", "principle"), MORE_NOT_CAUGHT)
def test_the_same_words_with_our_own_action_are_not_caught(lang: str, text: str, principle: str) -> None:
    assert principle not in _named(text, lang, ("error", "warning"))


# Offering choices (labelling guide): the note "offer two ways" belongs where the reply narrows
# to a single path ("only", "have to", 只能, 无法); one way forward said neutrally needs no note.
# An exercise that trains offer-options always asks. Written before the rule changed.
ONE_WAY_NEUTRAL = [("en", "Please restart the app and try again."), ("zh", "您重启一下应用再试试。")]
NARROWED = [("en", "You can only get a refund in store."), ("zh", "退款只能到门店办理。")]


def _choices_note(text: str, lang: str, exercise: str | None = None) -> bool:
    return any(f["rule"] == "offer-options/choices" for f in check(text, lang, exercise)["findings"])


@pytest.mark.parametrize(("lang", "text"), ONE_WAY_NEUTRAL)
def test_one_way_said_neutrally_gets_no_choices_note(lang: str, text: str) -> None:
    assert not _choices_note(text, lang)


@pytest.mark.parametrize(("lang", "text"), NARROWED)
def test_a_single_path_gets_the_choices_note(lang: str, text: str) -> None:
    assert _choices_note(text, lang)


def test_an_exercise_that_trains_choices_always_asks() -> None:
    """sofa-delivery trains offer-options with the pack's own rule only: the gate is lifted."""
    findings = check("Please restart the app and try again.", "en", "sofa-delivery")["findings"]
    assert ("offer-options/choices", "error") in {(f["rule"], f["severity"]) for f in findings}
