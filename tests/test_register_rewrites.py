"""Rounds 30 and 33 of issue 14: a good rewrite of every exercise in registers the earlier probes
did not use: an English email (salutation, paragraphs, sign-off), a short Chinese chat message
(微信/短信 style), and both languages as spoken on the phone (round 33, below). Written in my
own words before the checker was run on them; each must pass its exercise. In round 30, 5 of
the 30 failed: "your kind words" read as an insult, "our
engineer never came back" as blaming a partner, 您肯定着急…退款 as a promise of a refund across a full
stop, and the two unclear-passenger replies below. Those two I first took the checker's side on
(the exercise's hint asks for a sentence that meets her worry, and "don't worry" tells her how
to feel). Then fresh batch 9, written blind by someone else, brought two more good rewrites of the
same exercise that reassure in just this way, and the task itself says "reassure her briefly".
So the exercise now accepts a brief reassurance as its own form of acknowledging her
(``acknowledge/reassure``); with it, the general form missing is only a warning (round 31).
"""

from __future__ import annotations

import pytest
from finding_helpers import errors

from exercises.api import check
from exercises.scoring import flagged

EMAIL = [
    ("bank-card-registration",
     "Dear Ms Zhou,\n\nThank you for calling, and I'm sorry your card still isn't working after the trip to"
     " the branch. Before I look, can I check what you'd like to know: whether the card ending 4417 was never"
     " set up, or whether the link went onto another of your cards?\n\nI'll look into both myself this"
     " morning and email you by 2 pm today with what I find and what I've done about it.\n\nKind regards,\n"
     "Sam Reid, Phone Banking Team"),
    ("bill-layout",
     "Dear Mrs Song,\n\nI'm sorry the new statement has made things harder. We changed the layout without"
     " telling you first, and that's not how it should have been done.\n\nCould you tell me which"
     " payments you can't find? If you give me the rough dates and amounts, I'll go through them with you."
     " This month's amount due is now in the box at the top right of page one.\n\nBest wishes,\nAnna"),
    ("calm-down",
     "Dear Mr Zheng,\n\nThree calls and you're still offline, with a video meeting this afternoon: I'm"
     " sorry, that is really frustrating. I've booked an engineer as an urgent job and he will ring you"
     " before 12.30 today. In the meantime I'm adding 20 GB of mobile data to your account so you can"
     " tether for the meeting.\n\nYours sincerely,\nTom Price, Broadband Support"),
    ("dividend-date",
     "Dear Mr Wang,\n\nI understand how annoying it is to see your friend paid while you're still waiting."
     " The date in the announcement is when the company pays out; each broker then settles on its own"
     " timetable, and ours credits the day after. Your dividend will be in your account by 9 am tomorrow,"
     " and I'll ring you at 9.30 to make sure it has arrived.\n\nKind regards,\nLi Na, Client Services"),
    ("introduce-yourself",
     "Dear Mr Price,\n\nMy name is Helen Marsh and I'm now handling your car insurance claim. I'm sorry"
     " you've heard nothing for a month; that shouldn't have happened. I'll call you tomorrow morning with"
     " an update, and from now on you can reach me directly on 0161 555 0192.\n\nBest regards,\nHelen Marsh"),
    ("missed-rubbish",
     "Dear Mrs Adeyemi,\n\nThank you for letting us know, and for your kind words. I'm sorry we missed your"
     " bins on Monday, especially in this heat. That was our mistake. I've arranged a special collection"
     " for tomorrow before 10 am, and I'll check with the crew afterwards that it's done.\n\n"
     "Kind regards,\nMark, Waste Services"),
    ("mr-he-compensation",
     "Dear Mr He,\n\nThank you for coming in. Let's check this properly: I'll print this month's itemised"
     " bill now and we'll go through it together line by line. If anything has been charged wrongly, it"
     " will be refunded to your account today. If the bill is correct, there won't be any compensation or"
     " gifts.\n\nKind regards,\nDavid Chen, Duty Supervisor"),
    ("mr-zeng-refund",
     "Dear Mr Zeng,\n\nI'm sorry the phone won't connect to Wi-Fi. I know video calls with your grandson are"
     " what you bought it for. I can't offer a refund, but I can send it for repair under warranty today, or"
     " swap it for a model that works with your router if you prefer. Either way I'll call you on Friday"
     " with the date it will be back with you.\n\nYours sincerely,\nRuth Owen"),
    ("ms-lin-tariff",
     "Dear Ms Lin,\n\nI'm sorry about the surprise charge for calling your mother; I can see why you feel"
     " misled. Can I ask what matters most to you: keeping the calls to Taiwan cheap, or getting out of the"
     " plan? The new plan doesn't include calls to Taiwan. There are two things I can do: add a Taiwan"
     " calls bundle for 25 yuan a month, or move you back to your old plan from the 1st. Which would you"
     " prefer?\n\nKind regards,\nGrace"),
    ("other-department-blame",
     "Dear Mr Liu,\n\nI'm sorry: two outages in a month is not good enough, and I understand you want to"
     " close the account. I'm placing your order by phone for you right now, and I'll call you before 2 pm"
     " today to tell you what went wrong and what we're doing to stop it happening again.\n\nKind regards,"
     "\nJames Wu, Client Services"),
    ("other-department-defensive",
     "Dear Mr Liu,\n\nYou're right to be angry: your orders were stuck because our system failed, and I'm"
     " sorry for that. I've asked our trading desk to review your stuck orders this morning, and I'll call"
     " you by 11 am with the outcome and what we can do about any loss.\n\nKind regards,\nEmma Zhao"),
    ("passed-around",
     "Dear Mrs Novak,\n\nI'm sorry you were passed around all morning. I'm taking this on myself: I've"
     " reported the broken streetlight as a safety issue, and I'll phone you tomorrow by midday with the"
     " repair date.\n\nKind regards,\nOwen Hughes, Customer Services"),
    ("repairman-no-show",
     "Dear Mrs Harris,\n\nI'm sorry: you took a day off for us and our engineer never came back or called."
     " I've taken over your repair myself. The part is at our depot, and I'll ring you by 4 pm today with a"
     " visit time for tomorrow.\n\nKind regards,\nPriya Shah"),
    ("sofa-delivery",
     "Dear Mr Bell,\n\nI'm very sorry you waited in all day and nobody came or called. Your sofa can come"
     " today before 5 pm, or tomorrow evening between 6 and 8 if that suits you better. Which would you"
     " prefer?\n\nKind regards,\nLucy"),
]

CHAT = [
    ("bank-card-registration",
     "周女士您好，我是电话银行的小王。您是想确认4417这张卡是没开通，还是开到别"
     "的卡上了，对吧？我现在就帮您查，十分钟内回您。"),
    ("bill-layout",
     "宋女士，账单改版没提前通知您，害您找半天，实在抱歉！您是哪几笔对不上？发我大"
     "概日期和金额，我陪您一笔笔找。"),
    ("calm-down",
     "郑先生，打了三次还没修好，换谁都窝火，真对不起。我现在给您加急派单，师傅十二"
     "点前联系您。"),
    ("dividend-date",
     "王先生，让您等着急了，抱歉。公告那天是公司发放日，各家券商到账时间不一样，我"
     "们是第二天到。明早九点前一定到您账户，九点半我再打电话跟您确认。"),
    ("introduce-yourself",
     "邓先生您好，我是理赔专员李婷，您的案子现在由我负责。一个月没人联系您，真的很"
     "抱歉。明天上午我给您打电话说进展。"),
    ("missed-rubbish",
     "阿姨您好，谢谢您告诉我们！周一漏收是我们的错，天这么热真不好意思。明早十点前"
     "专门派车去收，收完我给您发短信。"),
    ("mr-he-compensation",
     "何先生，我现在把本月详单打出来，咱们一项项对。真有多扣的，今天就退回您账户；"
     "没多扣的话，就没有补偿也不送礼了。"),
    ("mr-zeng-refund",
     "曾叔叔，连不上Wi-Fi跟孙子视频，您肯定着急，对不起。退款确实办不了，不过"
     "我今天就给您送修，或者给您换一台能连您家路由器的，周五前给您回话。"),
    ("ms-lin-tariff",
     "林女士，打给妈妈还被额外收费，难怪您生气，抱歉。您最在意的是打台湾的费用，还"
     "是想退掉套餐？可以加25元的台湾通话包，也可以下月1号改回原套餐，您选哪个？"),
    ("other-department-blame",
     "刘先生，这个月第二次出问题，真对不起。您的单我现在就帮您电话委托挂上，下午两"
     "点前我给您回电话说原因和处理结果。"),
    ("other-department-defensive",
     "刘先生，您生气是应该的，单子卡住是我们系统的问题，对不起。我已经让交易部查您"
     "的委托，十一点前给您回电话，损失怎么处理也一并告诉您。"),
    ("passed-around",
     "诺婆婆，让您被转来转去，真对不起。这事我来管，我已经把路灯按安全隐患报修了，"
     "明天中午前给您打电话说修的时间。"),
    ("repairman-no-show",
     "哈太太，您专门请了假，师傅却一去不回，实在对不起。这单我亲自跟，零件已经到仓"
     "库了，今天下午四点前给您回电约明天上门时间。"),
    ("sofa-delivery",
     "马先生，让您白等一整天，太对不起了！今天下午五点前能送，或者明晚六点到八点送"
     "，您看哪个方便？"),
]




# Round 33: the same, as said on the phone or at the counter, fillers and all ("right, so",
# "okay", 嗯, 那个). Before the change 1 of the 30 failed: "that must be a worry" was not read
# as naming her worry (the word class knew only "must have been a worry").
SPOKEN_EN = [
    ("bank-card-registration",
     "Okay Ms Zhou, sorry about all this. Right, so just so I've got it: you want to know if the 4417 card"
     " was never set up, or if it got put on a different card of yours? Yeah? Okay. I'll dig into that"
     " myself now and give you a ring back before four today."),
    ("bill-layout",
     "Oh no, I'm sorry, Mrs Song, we really should have warned you before changing it. Okay, so which bits"
     " can't you find, is it the total or some of the payments? Tell me roughly when they were and I'll go"
     " through them with you."),
    ("calm-down",
     "Mr Zheng, honestly, three calls and still nothing, I'd be fed up too, I'm sorry. Right, I've put it"
     " through as urgent and an engineer's going to ring you before half twelve, okay?"),
    ("dividend-date",
     "I know, Mr Wang, it's annoying when your mate's already got his, sorry about that. So, the date on"
     " the notice is when the company pays out, and we settle the day after. It'll be in your account by"
     " nine tomorrow morning, and I'll give you a ring at half nine to check."),
    ("introduce-yourself",
     "Hi Mr Price, it's Karen here, I'll be looking after your claim from now on. Really sorry nobody's"
     " been in touch for a month, that's not on. I'll call you tomorrow morning with where it's at, okay?"),
    ("missed-rubbish",
     "Oh thanks for letting us know, Mrs Adeyemi, and sorry, we missed you on Monday, that's our fault."
     " I've got a crew coming back for the bins tomorrow before ten, and I'll check they've done it."),
    ("mr-he-compensation",
     "Okay Mr He, let's have a proper look. I'll print this month's bill now and we'll go down it together."
     " Anything we got wrong goes back on your account today. If it's all right, though, there's no"
     " compensation and no gifts this time, okay?"),
    ("mr-zeng-refund",
     "Mr Zeng, I'm sorry, I know it's the video calls with your grandson you wanted it for. Look, I can't do"
     " a refund, but I can send it off for repair today or swap it for one that works with your router. I'll"
     " ring you Friday to say when it's back."),
    ("ms-lin-tariff",
     "Oh I'm sorry, Ms Lin, that charge must've been a nasty surprise. Can I ask, is it mainly the calls to"
     " your mum you're worried about? Because there's two things I can do: add a Taiwan calls pack for 25"
     " yuan a month, or switch you back to the old plan on the first. Which would you rather?"),
    ("other-department-blame",
     "Mr Liu, I'm really sorry, twice in a month isn't good enough. I'll put your order through for you"
     " right now over the phone, and I'll call you back by two to tell you what went wrong."),
    ("other-department-defensive",
     "Mr Liu, you've every right to be angry, our system let you down and I'm sorry. I've asked the trading"
     " desk to look at your stuck orders this morning and I'll call you by eleven with what we can do."),
    ("passed-around",
     "Oh Mrs Novak, I'm so sorry you've been passed round all morning. Right, I'm dealing with this myself,"
     " I've reported the light as a safety issue and I'll ring you tomorrow by lunchtime with the date."),
    ("repairman-no-show",
     "Mrs Harris, I'm so sorry, you took the day off and he never came back or rang. I'm taking this over"
     " myself. The part's in, and I'll call you by four today with a time for tomorrow, okay?"),
    ("sofa-delivery",
     "Mr Bell, I'm really sorry, you waited in all day and nobody turned up or called. So, we can get it to"
     " you today before five, or tomorrow evening six till eight. Which is better for you?"),
    ("unclear-passenger",
     "Oh dear, that must be a worry when you're about to fly. Can I see the text? Is it saying the time's"
     " changed, or that the flight's been cancelled?"),
]

SPOKEN_ZH = [
    ("bank-card-registration",
     "周女士，哎，真不好意思让您跑了一趟还用不了。我确认一下啊，您是想知道4417"
     "这张卡是压根没开，还是开到别的卡上了，是吧？好，我现在就去查，下午四点前给您"
     "回电话。"),
    ("bill-layout",
     "宋女士，哎呀，账单改版没提前跟您说，让您找半天，真是对不住。您是哪几笔对不上"
     "啊？您说个大概日子和金额，我陪您一笔一笔对。"),
    ("calm-down",
     "郑先生，打了三回还没修好，搁谁都上火，真对不起。我这边已经给您加急了，师傅十"
     "二点半之前给您打电话，您看行吗？"),
    ("dividend-date",
     "王先生，嗯，我知道您着急，您朋友都到了，您这还没到，不好意思啊。公告那个日子"
     "是公司发钱的日子，我们是第二天清算到账，明天早上九点前肯定到您账上，九点半我"
     "再给您打个电话确认一下。"),
    ("introduce-yourself",
     "邓先生您好，我是理赔这边的小林，您这个案子以后就我来跟。一个月了都没人联系您"
     "，实在对不起。明天上午我给您打电话说说进展，好吧？"),
    ("missed-rubbish",
     "阿姨，谢谢您跟我们说啊。周一没去收，是我们的问题，天这么热还让您闻味儿，真对"
     "不住。明天上午十点前我让车专门过去收，收完我再跟您说一声。"),
    ("mr-he-compensation",
     "何先生，咱们这样，我现在就把这个月的详单打出来，咱俩一项一项对。真多扣了的，"
     "今天就给您退回去；要是没扣错，那就不赔钱、也不送东西了，您看行不行？"),
    ("mr-zeng-refund",
     "曾叔叔，连不上Wi-Fi，跟孙子视频不了，换谁都着急，对不起啊。退款这个我确"
     "实办不了，不过今天就能帮您送修，或者给您换一台能连您家路由器的，周五之前我给"
     "您回个话。"),
    ("ms-lin-tariff",
     "林女士，打个电话给妈妈还被另外收钱，这确实让人窝火，不好意思。我问一下啊，您"
     "主要是在意打台湾的电话费，还是想把套餐退了？我这儿有两个办法：加一个25块的"
     "台湾通话包，或者下个月1号改回原来的套餐，您看选哪个？"),
    ("other-department-blame",
     "刘先生，这个月都第二回了，真是对不起您。您的单子我现在就帮您电话委托挂上，下"
     "午两点前我给您回电话，把原因和处理结果都跟您说清楚。"),
    ("other-department-defensive",
     "刘先生，您生气是应该的，是我们系统出了问题，对不起。我已经让交易部那边查您卡"
     "住的单子了，十一点前我给您回电话，损失怎么处理也一块儿跟您说。"),
    ("passed-around",
     "婆婆，让您被转来转去一上午，真对不起。这事我来管，路灯我已经按安全隐患报上去"
     "了，明天中午前我给您打电话告诉您哪天修。"),
    ("repairman-no-show",
     "哈太太，您专门请了一天假，师傅走了就没信儿了，真是对不起。这事我亲自跟，零件"
     "已经到了，今天下午四点前我给您打电话定明天几点上门。"),
    ("sofa-delivery",
     "马先生，让您白等一整天，电话都没一个，太对不起了。今天下午五点前能给您送，或"
     "者明天晚上六点到八点，您看哪个方便？"),
    ("unclear-passenger",
     "收到这种短信肯定着急，我来帮您看看。能把短信给我看一下吗？是时间改了，还是航"
     "班取消了？"),
]

GOOD = ([("en", *item) for item in EMAIL + SPOKEN_EN]
        + [("zh", *item) for item in CHAT + SPOKEN_ZH])


@pytest.mark.parametrize(("lang", "exercise", "text"), GOOD)
def test_a_good_rewrite_in_another_register_passes(lang: str, exercise: str, text: str) -> None:
    assert errors(text, lang, exercise) == []


DONT_WORRY_ONLY = [
    ("en", "Dear Ms Zhao,\n\nDon't worry, we'll sort this out together. Could you tell me your booking"
           " reference, and what the text says: has the time changed, or has the flight been cancelled?\n\n"
           "Kind regards,\nJon, Customer Care"),
    ("zh", "您别急，我们一起看。短信上是说航班改时间了，还是取消了？您方便告诉我订单号吗？"),
]


@pytest.mark.parametrize(("lang", "text"), DONT_WORRY_ONLY)
def test_a_brief_reassurance_meets_her_worry_in_this_exercise(lang: str, text: str) -> None:
    result = check(text, lang, "unclear-passenger")
    assert errors(text, lang, "unclear-passenger") == []
    # the general form (naming the feeling) missing is still pointed out, as a warning
    assert ("acknowledge/feelings", "warning") in {(f["rule"], f["severity"]) for f in result["findings"]}
    # in the general rules (no exercise) "don't worry" alone is still not an acknowledgement
    assert "acknowledge" in flagged(check(text, lang), ("error", "warning", "info"))


# Sign-offs, team signatures, the customer's name or 这里是…: the reply introduces itself or
# addresses the customer. Written before the change; 3 of 17 failed ("Best, Priya from Support",
# "— Team Northwind", 这里是客服代表张敏).
SIGNED_OR_ADDRESSED = [
    ("en","Sorry about the wait on your order. It's on its way now and should reach you by Friday. – Sam"),
    ("en","We've looked at your account and the charge has been reversed; you'll see it in 3-5 days. ~Jo"),
    ("en","That's not the service we want for you. We've passed this to the store manager today. /AB"),
    ("en","Thanks for flagging this. A replacement is being sent out tomorrow. Cheers, Dan"),
    ("en","Sorry for the trouble! Your refund was issued this morning. Best, Priya from Support"),
    ("en","Apologies for the delay with your parcel, it's now out for delivery today. — Team Northwind"),
    ("en","We're sorry to hear this. The engineer will call you by 5pm today. Regards, Tom (Support)"),
    ("en","Hi Sarah, sorry the app keeps logging you out. An update fixing this goes out on Monday."),
    ("en","Hey Marcus! So sorry about that. Your order has been upgraded to next-day delivery."),
    ("zh","给您带来不便非常抱歉，订单已经帮您加急处理，预计明天送达。——客服小李"),
    ("zh","很抱歉让您久等了，退款已经提交，三个工作日内到账。【客服小美】"),
    ("zh","非常抱歉，您反映的问题已经登记，工程师今天下午会联系您。（工号8821）"),
    ("zh","张女士您好，很抱歉给您添麻烦了，退款今天已经原路退回，请注意查收。"),
    ("zh","亲爱的王先生，非常抱歉，快递明天上午就能送到您手上。"),
    ("zh","笑颜甜甜 您好，给您带来不便很抱歉，您的订单已经帮您改好了地址。"),
    ("zh","您好，这里是客服代表张敏，您的问题我已经记下，今天下午三点前回复您。"),
    ("zh","亲，小二这边已经帮您催了仓库，今天一定发出哦。"),
]


@pytest.mark.parametrize(("lang", "text"), SIGNED_OR_ADDRESSED)
def test_a_signature_or_the_customers_name_introduces(lang: str, text: str) -> None:
    assert "introduce" not in flagged(check(text, lang), ("error", "warning", "info"))
