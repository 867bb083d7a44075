"""Round 35 of issue 14 (after fresh batch 10, "what trainees actually hand in"): a good rewrite of
every exercise in each language, as a trainee types it after reading the chapter, in wording of my
own written before the checker was run on it. 2 of 30 failed before the change: one gave the
Chinese customer the wrong surname (my slip, corrected: the exercise rightly asks for his name), and
one went through Mr He's bill "line by line with you now" (the time was not seen). Every one must
pass its exercise.
"""

from __future__ import annotations

import pytest
from finding_helpers import errors

HANDED_IN = [
    ("bank-card-registration", "en",
     "Hi Ms Zhou, I'm Dev from the phone banking team. Just to check I've got this right - you want to "
     "know if card 4417 was never set up, or if it got linked to another of your cards? I'll look into "
     "the branch record myself today and ring you back before 4pm with an answer."),
    ("bank-card-registration", "zh",
     "周女士您好，我是热线客服小张。我先确认一下：您是想弄清楚4417这张卡是根本没开通，还是开到了您别的卡上"
     "，对吗？这个我来查，今天下午五点前给您回电话说结果。"),
    ("bill-layout", "en",
     "Hi Ms Grant, really sorry - changing the layout with no heads-up has made your monthly check a lot "
     "harder, that's on us. Which purchases can't you find? If you tell me roughly the dates or shops, I "
     "can go through them with you now."),
    ("bill-layout", "zh",
     "真不好意思，账单改版没提前说，害您对账费劲了。您是哪几笔消费找不到？大概是哪几天、在哪家店刷的？我现"
     "在陪您一笔一笔对。"),
    ("calm-down", "en",
     "I'm so sorry, three calls and you're still offline with a meeting this afternoon - I'd be fed up "
     "too. I'm going to book an engineer slot right now and stay on the line while I do it."),
    ("calm-down", "zh",
     "打了三次电话还没修好，下午还要开会，换我也着急，真对不起。我现在就给您加急派单，约最早的师傅，挂电话"
     "前把上门时间告诉您。"),
    ("dividend-date", "en",
     "Sorry Mr Wang, I know you were expecting it this morning. Our payments go in at the end of the pay "
     "date, so it'll be in your account by 6pm today - you can check under Account > Transactions after "
     "that."),
    ("dividend-date", "zh",
     "王先生，让您着急了，抱歉。我们是在派息日当天收盘后入账，今天晚上六点前会到，到时您在App的“资金明细”"
     "里就能看到。"),
    ("introduce-yourself", "en",
     "Hello Mr Price, my name's Leah and I'm sorry you've heard nothing for a month. I'm your claim "
     "handler from today, so any question comes straight to me."),
    ("introduce-yourself", "zh",
     "邓先生您好，我是理赔专员李娜。一个月都没人给您消息，实在抱歉。从今天起您的理赔由我负责，有事直接找我"
     "。"),
    ("missed-rubbish", "en",
     "Thanks for letting us know, Mrs Adeyemi, and sorry we missed you on Monday. I've booked a special "
     "collection for tomorrow morning before 11."),
    ("missed-rubbish", "zh",
     "梅女士，谢谢您告诉我们，周一漏收是我们的错，真抱歉。我已经安排明天上午十一点前专门去给您收。"),
    ("mr-he-compensation", "en",
     "Mr He, I understand you're annoyed. I'll go through this month's bill line by line with you now - "
     "anything we got wrong is refunded in full. If the bill is right, I'm afraid there won't be a credit "
     "or a gift, but I'll show you exactly what each charge is."),
    ("mr-he-compensation", "zh",
     "何先生，我先把这个月的账单调出来，跟您一项一项核对，大概十分钟。真扣错了的全额退给您；如果没扣错，就"
     "没有补偿和礼品了，不过每一项费用我都给您讲清楚。"),
    ("mr-zeng-refund", "en",
     "Mr Zeng, I'm sorry - it's really disappointing when the one thing you bought it for doesn't work. I "
     "can't refund it, but I can arrange a free repair check, or swap it for a model that does video "
     "calls over Wi-Fi and you pay just the difference."),
    ("mr-zeng-refund", "zh",
     "曾先生，买来就是为了跟孙子视频，结果连不上，换谁都窝火，对不起。全额退款这个我确实做不到，不过可以给"
     "您免费检修，或者换一台能用Wi-Fi视频的，只补差价，您看哪个合适？"),
    ("ms-lin-tariff", "en",
     "Ms Lin, sorry for the shock of that text. Is it mainly the calls to your mum you're worried about? "
     "Calls to Taiwan aren't in this plan, but I can add a £5 international bundle from today, or cancel "
     "the plan with no exit fee - which would you prefer?"),
    ("ms-lin-tariff", "zh",
     "林女士，收到收费短信肯定吓一跳，抱歉。您最在意的是给妈妈打电话的费用吧？这个套餐不含打台湾的通话，我"
     "可以帮您加一个国际通话包，或者免违约金取消套餐，您想选哪个？"),
    ("other-department-blame", "en",
     "Mr Liu, I'm really sorry - twice in a month is not good enough. I'm taking this on: I'll cancel the "
     "stuck order for you now and call you back by 3pm with an update on the system."),
    ("other-department-blame", "zh",
     "刘先生，这个月已经第二次了，真的很抱歉。这件事我来跟，我现在先帮您把卡住的订单撤掉，下午三点前给您回"
     "电话说系统的进展。"),
    ("other-department-defensive", "en",
     "Mr Liu, you've every right to be angry - this is our failure and I'm sorry. Our technical team is "
     "fixing it now; I'll check your stuck orders personally and update you within the hour."),
    ("other-department-defensive", "zh",
     "刘先生，您生气完全可以理解，这是我们的问题，对不起。技术人员正在抢修，您卡住的单子我亲自盯着，一个小"
     "时内给您回话。"),
    ("passed-around", "en",
     "Mrs Novak, I'm sorry you've been passed around all morning. I'll own this one: I've logged the "
     "street light as urgent myself and I'll call you by Thursday lunchtime to tell you when it'll be "
     "fixed."),
    ("passed-around", "zh",
     "吴阿姨，让您转了一上午，真对不起。这个路灯我来负责，我已经按紧急报修登记了，周四中午前给您打电话说什"
     "么时候修好。"),
    ("repairman-no-show", "en",
     "Mrs Harris, I'm so sorry - losing a day's pay and still no washing machine is awful. I'll sort this "
     "myself: I've booked the engineer with the part for tomorrow 8-12 and I'll ring you tonight to "
     "confirm."),
    ("repairman-no-show", "zh",
     "何女士，白等一天还扣了工资，洗衣机还用不了，真的对不起。这事我亲自跟，已经约好师傅明天上午八点到十二"
     "点带配件上门，今晚我再打电话跟您确认。"),
    ("sofa-delivery", "en",
     "Mr Bell, I'm really sorry you lost a whole day waiting. The earliest we can bring it is Saturday - "
     "would a morning or an afternoon slot suit you, or would you rather we deliver on a weekday evening "
     "after 6?"),
    ("sofa-delivery", "zh",
     "贝先生，让您白请了一天假，真对不起。最快周六能送，您要上午还是下午？或者工作日晚上六点以后送也行。"),
    ("unclear-passenger", "en",
     "Don't worry, we'll sort this out together. What does the text say exactly - is it a new time or a "
     "different flight? And when were you meant to be flying?"),
    ("unclear-passenger", "zh",
     "别担心，我们一起看看怎么处理。短信上具体说的是改了时间，还是换了航班？您原来是哪天的航班？"),
]


# Round 36: a second set of hand-ins, in the shorthand trainees type on a phone (po, ah, u, tmrw,
# emoji, Cantonese, no full stop), written before the checker was run on it: 4 of 30 failed. Fixed:
# 邓生 and 我系理赔部嘅阿欣 (Cantonese name and title), "That's on us. A crew will come tomorrow" as
# ownership, "退款我这边办不了，但可以……帮您检测" (a no with help after it is not a brush-off). Left
# out, still failing: 今晚七点前一定到 in the dividend exercise (一定 reads as a guarantee).
HANDED_IN_SHORTHAND = [
    ("bank-card-registration", "en",
     "Hi Ms Zhou, Anna here from phone banking po. Just to confirm, you want to know if 4417 was never "
     "registered or if it went to another card of yours? I'll check it myself and call u back by 3pm today"),
    ("bank-card-registration", "zh",
     "周女士您好，我是客服阿敏。您是想知道4417没开通成功，还是绑到别的卡上了对吧？我这边来查，今天四点前回"
     "您电话～"),
    ("bill-layout", "en",
     "Sorry ah Ms Grant, we changed the layout without telling anyone, my bad. Which purchases are "
     "missing for you? Tell me the dates and I'll find them with you now 🙏"),
    ("bill-layout", "zh",
     "不好意思哈，版面改了也没通知，害您找半天。您说找不到的是哪几笔呀？跟我说下日期或商户，我马上帮您找出"
     "来"),
    ("calm-down", "en",
     "Really sorry sir, 3rd call and still no internet, and your meeting is this afternoon - totally get "
     "why you're fed up. Let me book the earliest engineer now, stay on the line pls."),
    ("calm-down", "zh",
     "先生真的对不起，第三次打来还没修好，下午还要开会，换我也急。我现在就给您约最快的师傅，您稍等我一下"),
    ("dividend-date", "en",
     "So sorry for the stress Mr Wang. The dividend is credited after market close on the payment date, "
     "so you'll see it by 7pm tonight under Transactions in the app."),
    ("introduce-yourself", "en",
     "Hi Mr Price! I'm Joy, your claims handler from today. Sorry no one updated you for a whole month po "
     "- from now on you can reach me directly."),
    ("introduce-yourself", "zh",
     "邓生你好，我係理赔部嘅阿欣。一個月都冇人覆你，真係唔好意思。由今日開始你嘅個案由我跟，有咩直接搵我。"),
    ("missed-rubbish", "en",
     "Thank you Mrs Adeyemi and so sorry we missed you Monday! That's on us. A crew will come tomorrow "
     "before 10am to empty it."),
    ("missed-rubbish", "zh",
     "梅女士谢谢您来电，周一没收是我们的问题，抱歉。我安排明早十点前专门过去收，收完给您发个短信"),
    ("mr-he-compensation", "en",
     "Mr He, let me pull up your bill now and we'll go through each charge together, takes about 10 mins. "
     "If we overcharged you, you get it all back. If not, no credit or gift, sorry - but I'll explain "
     "every line."),
    ("mr-he-compensation", "zh",
     "何先生，我现在把账单调出来跟您一起对，十分钟左右。确实多扣的全部退，没多扣的话就不会有补偿或礼品了，"
     "不过每一项我都给您说清楚"),
    ("mr-zeng-refund", "en",
     "Mr Zeng I'm sorry, you bought it to video call your grandson and it won't connect, that's really "
     "upsetting. I can't refund it but I can get it checked free this week or swap it for a Wi-Fi model, "
     "you just pay the difference. Which works for you?"),
    ("mr-zeng-refund", "zh",
     "曾伯伯，买来就是想跟孙子视频，结果连不上，真是抱歉。退款我这边办不了，但可以这周免费帮您检测，或者换"
     "一台能连Wi-Fi的，您补个差价就行，您看选哪个？"),
    ("ms-lin-tariff", "en",
     "Ms Lin sorry about the surprise text! Is it mostly the calls to your mum in Taiwan you're worried "
     "about? They're not in your plan, but I can add an international pack today or cancel with no fee - "
     "up to you."),
    ("ms-lin-tariff", "zh",
     "林小姐，突然收到扣费短信一定很意外，抱歉。您主要是担心打回台湾给妈妈的费用对吗？这个套餐不含，我可以"
     "今天帮您加国际包，或者免违约金退订，您选哪个都行"),
    ("other-department-blame", "en",
     "Mr Liu so sorry, twice this month is not ok. I'm handling this myself - cancelling your stuck order "
     "now and I'll ring you by 4pm with a system update."),
    ("other-department-blame", "zh",
     "刘先生，这个月第二次了，实在对不起。这事我负责到底，我现在先把卡住的单撤了，下午四点前给您打电话说系"
     "统情况"),
    ("other-department-defensive", "en",
     "Mr Liu you have every right to be angry, this is our failure, sorry. Tech team is on it now and "
     "I'll personally check your stuck orders and update you within 1 hour."),
    ("other-department-defensive", "zh",
     "刘先生，您生气是应该的，这是我们的失误，对不起。技术同事正在修，您的单子我亲自盯，一小时内给您答复"),
    ("passed-around", "en",
     "Mrs Novak I'm so sorry you've been bounced around all morning. I'm taking this on - I've reported "
     "the light as urgent and I'll call you Thursday by 12 with the repair date."),
    ("passed-around", "zh",
     "吴阿姨，让您被推来推去一上午，真对不起。这个路灯我负责，已经帮您按紧急报修了，周四中午前打电话告诉您"
     "哪天修"),
    ("repairman-no-show", "en",
     "Mrs Harris so sorry, you lost a day's pay and still no washer. I'll own this - engineer booked tmrw "
     "8-12 with the part and I'll text you tonight to confirm"),
    ("repairman-no-show", "zh",
     "何女士真的很抱歉，害您白等一天还扣工资，洗衣机也还不能用。这事我亲自跟，师傅明天上午8点到12点带配件"
     "上门，今晚我再给您发短信确认"),
    ("sofa-delivery", "en",
     "Sir Bell, so sorry you wasted a whole day off. Earliest is Saturday - morning or afternoon? Or we "
     "can do a weekday evening after 6 if that's easier."),
    ("sofa-delivery", "zh",
     "贝先生，害您白请一天假，真的对不起。最快周六送，上午还是下午？或者平日晚上六点后也可以"),
    ("unclear-passenger", "en",
     "No worries, we'll figure it out together 😊 What exactly does the text say - new time or new "
     "flight? And which day were you flying?"),
    ("unclear-passenger", "zh",
     "别急，我们一起看一下。短信里说的是时间改了还是航班换了呢？您原本是哪天几点的航班？"),
]


# Round 36: a third set in the formal register of experienced agents (书面语, numbered points, Indian
# English, choices with time slots), written before the checker was run on it: 0 of 30 failed; kept
# so that later rounds cannot break them.
HANDED_IN_FORMAL = [
    ("bank-card-registration", "en",
     "Good afternoon Ms Zhou, this is Kavya from the customer care hotline. May I confirm - is your "
     "concern whether card 4417 was registered at all, or whether the registration went against a "
     "different card? I will personally verify this with the East Road branch records and revert to you "
     "by 5 pm today."),
    ("bank-card-registration", "zh",
     "周女士，您好！我是电话银行客服专员王丽。为准确处理，想先跟您确认：您需要了解的是尾号4417的卡是否成功"
     "开通，还是误开通在其他卡上？此事由我负责核查，今日17:00前致电告知结果。"),
    ("bill-layout", "en",
     "1) Sorry Ms Grant - the new layout went out with no notice and that's made your monthly check "
     "harder. 2) Which transactions can't you see? Give me a date or a shop and I'll locate them with you "
     "right now."),
    ("bill-layout", "zh",
     "王女士，新版账单没提前告知，给您对账添了麻烦，非常抱歉。请问具体是哪几笔消费没找到？您说个大概日期或"
     "者商户名称，我马上陪您查。"),
    ("calm-down", "en",
     "Mr Patel, I completely understand your frustration - three calls and still no connection before an "
     "important meeting. I am booking the earliest engineer visit right now and will confirm the slot "
     "before we end this call."),
    ("calm-down", "zh",
     "陈先生，三次来电问题还没解决，下午又要开会，您着急我完全理解，非常抱歉。我现在就为您加急派单，通话结"
     "束前把师傅上门时间确认给您。"),
    ("dividend-date", "en",
     "Mr Wang, I understand the frustration, especially when your friend already has his. Dividends are "
     "credited after the market closes on the payment date, so it will reach your account by 7 pm today; "
     "you can check it under Transactions."),
    ("dividend-date", "zh",
     "王先生，理解您的心情，朋友那边早上就到了您这边还没到，确实着急。按规定股息在派息日收盘后入账，今天晚"
     "上七点前会到您的账户，届时可在“交易明细”里查看。"),
    ("introduce-yourself", "en",
     "Good morning Mr Price, my name is Rohan Mehta and I am the claims officer now handling your case. I "
     "apologise that you have not received any update for a month. You may contact me directly on this "
     "number for anything regarding the claim."),
    ("introduce-yourself", "zh",
     "邓先生您好，我是负责您案件的理赔专员周敏。一个月没有给您任何进展，是我们的疏忽，十分抱歉。今后有关理"
     "赔的任何问题，您都可以直接联系我。"),
    ("missed-rubbish", "en",
     "Mrs Adeyemi, thank you so much for letting us know, and I'm really sorry the bin was missed on "
     "Monday - that was our slip. I've arranged a special collection for tomorrow, Wednesday, before 11 "
     "am."),
    ("missed-rubbish", "zh",
     "梅女士，感谢您及时告知。周一漏收是我们工作的疏漏，给您添麻烦了。已为您安排明天（周三）上午十一点前专"
     "程上门清运。"),
    ("mr-he-compensation", "en",
     "Mr He, I hear you. Here's what I'll do: pull this month's itemised bill now and go through it with "
     "you line by line (about 10 minutes). Any genuine overcharge will be refunded in full. If the "
     "charges are correct, there won't be a credit or a gift, but you'll know exactly what you paid for."),
    ("mr-he-compensation", "zh",
     "何先生，您的意见我记下了。接下来我先调出本月详单，和您逐项核对，大约十分钟。确有多收的，全额退还；如"
     "果收费无误，就不能再给补偿或礼品，但每一笔费用我都会给您解释清楚。"),
    ("mr-zeng-refund", "en",
     "Mr Zeng, I'm really sorry - not being able to video call your grandson is exactly what you bought "
     "it for. I have to be honest, a full refund isn't possible, but the most I can do is a free repair "
     "check this week, or an exchange for a Wi-Fi model where you only pay the price difference. Which "
     "would you prefer?"),
    ("mr-zeng-refund", "zh",
     "曾先生，您买这台机就是为了跟孙子视频，现在用不了，我非常理解您的失望。实话跟您说，全额退款做不到；我"
     "能做的是本周免费上门检测，或者给您换一台支持Wi-Fi视频的机型，只补差价。您更倾向哪一种？"),
    ("ms-lin-tariff", "en",
     "Ms Lin, I'm sorry - that text must have been a shock. Can I ask what matters most to you: keeping "
     "the calls to your mother affordable, or leaving the plan? Calls to Taiwan aren't included, but I "
     "can either add an international bundle from today or cancel the plan with no early exit fee."),
    ("ms-lin-tariff", "zh",
     "林女士，收到那条短信一定很意外，抱歉。想先问问您：您最在意的是给妈妈打电话的费用，还是想直接退掉套餐"
     "？这个套餐确实不含打台湾，我可以从今天起帮您加国际通话包，也可以免违约金帮您退订。"),
    ("other-department-blame", "en",
     "Mr Liu, I'm very sorry - twice in one month is simply not acceptable. I'll take full ownership: I'm "
     "cancelling the stuck order for you right now, and I will call you back by 4 pm with an update on "
     "when ordering is working again."),
    ("other-department-blame", "zh",
     "刘先生，一个月出两次问题，确实是我们做得不好，非常抱歉。这件事由我负责：我现在就帮您撤销卡住的订单，"
     "下午四点前给您回电，告诉您什么时候能恢复下单。"),
    ("other-department-defensive", "en",
     "Mr Liu, your anger is completely justified and I apologise on behalf of the company. Our engineers "
     "are restoring the system now. I will personally track your stuck orders and call you within the "
     "hour with their status."),
    ("other-department-defensive", "zh",
     "刘先生，您的不满完全合理，我代表公司向您道歉。技术团队正在全力恢复系统，您卡住的订单我会亲自跟进，一"
     "小时内给您回电告知情况。"),
    ("passed-around", "en",
     "Mrs Novak, I'm so sorry you've been passed around all morning - that stops with me. I've logged the "
     "broken street light as an urgent safety job myself, and I'll phone you by noon on Thursday with the "
     "repair date."),
    ("passed-around", "zh",
     "吴阿姨，您被转了一上午，真是对不起，这件事到我这里为止。我已经亲自把路灯按紧急安全隐患报修，周四中午"
     "前给您打电话，告诉您哪天修好。"),
    ("repairman-no-show", "en",
     "Mrs Harris, I'm truly sorry - losing a day's pay and still having no washing machine is not okay. "
     "I'm taking this on myself: the engineer is booked for tomorrow between 8 and 12 with the part, and "
     "I'll call you this evening to confirm."),
    ("repairman-no-show", "zh",
     "何女士，让您白等一天、误了工资，洗衣机还用不上，真的非常抱歉。这件事我亲自负责：已约好工程师明天上午"
     "8点至12点带配件上门，今晚我再给您打电话确认。"),
    ("sofa-delivery", "en",
     "Mr Bell, I'm sorry you took a day off and nobody turned up - that's not good enough. The earliest "
     "we can deliver is this Saturday. Would you like a morning slot (8-12) or an afternoon one (12-5), "
     "or would a weekday evening after 6 suit you better?"),
    ("sofa-delivery", "zh",
     "贝先生，您专门请了一天假却没等到，十分抱歉。最早本周六可以送到，您看是上午（8点到12点）还是下午（12"
     "点到5点）？如果平日晚上6点以后更方便，也可以安排。"),
    ("unclear-passenger", "en",
     "Please don't worry, we'll get this sorted. Could you tell me what the text says - has the departure "
     "time changed, or has the flight itself been changed? And what date were you due to travel?"),
    ("unclear-passenger", "zh",
     "您先别担心，我来帮您看看。能告诉我短信里具体写的是什么吗？是起飞时间变了，还是换了航班？您原来是哪天"
     "出发？"),
]


# Round 36: a fourth set, typed the way trainees chat (u, ur, n, tmrw, im, no capitals or apostrophes,
# Cantonese 口语, Taiwanese), written before the checker was run on it: 6 of 30 failed. Fixed: chat
# shorthand read as the words it stands for (normalize.py step 7: 'im jess', 'ur choice'), 'earliest
# is sat' as a day, 唔使担心/一齐睇下 as reassurance, 你想点？ after two options (which one?), and
# 马上告诉您 no longer read as 'don't complain' (告 of 告诉).
HANDED_IN_CHAT = [
    ("bank-card-registration", "en",
     "hi ms zhou, this is raj from hotline. so u want to know if 4417 never got set up or its on another "
     "card right? i'll check the branch records myself n call u back before 5 today"),
    ("bank-card-registration", "zh",
     "周女士你好 我是热线小林 想确认下 您是想知道4417是没开通 还是开到别的卡上了 对吧 我来查 今天下班前给"
     "您回电"),
    ("bill-layout", "en",
     "sorry ms grant!! we changed the layout n didnt tell anyone, thats on us. which purchases r u "
     "missing? give me the dates n ill find them with u now"),
    ("bill-layout", "zh",
     "真系唔好意思，改咗版面都冇通知你，搞到你对唔到数。你搵唔到嘅係边几笔？讲个日子或者商户，我而家同你一"
     "齐搵"),
    ("calm-down", "en",
     "so sorry sir, third call n still offline with ur meeting this arvo, i'd be fuming too. booking the "
     "earliest engineer for u right now, hang on"),
    ("calm-down", "zh",
     "大哥真不好意思，打了三回还没好，下午还开会，搁谁都上火。我这就给您加急约师傅，您别挂，马上告诉您几点"
     "到"),
    ("dividend-date", "en",
     "sorry for the worry mr wang! dividends go in after market close on pay date so itll be in ur "
     "account by 7pm tonight, check under transactions"),
    ("dividend-date", "zh",
     "王生，唔好意思令你担心。股息系派息日收市后先入账，今晚七点前会到你户口，到时喺App交易记录睇到"),
    ("introduce-yourself", "en",
     "hi mr price, im jess, ur claims handler from now on. so sorry nobody updated u for a month - u can "
     "call me direct on this number anytime"),
    ("introduce-yourself", "zh",
     "邓先生好，我是理赔这边的小陈，以后您这个案子我来跟。一个月都没人跟您说进度，实在抱歉，有事直接找我就"
     "行"),
    ("missed-rubbish", "en",
     "thanks for telling us mrs adeyemi, so sorry we missed monday!! our bad. crew coming tmrw morning "
     "before 11 to empty it"),
    ("missed-rubbish", "zh",
     "梅姐谢谢你讲，周一漏收系我哋嘅错，唔好意思。我已经安排听日朝早十一点前专登过嚟收"),
    ("mr-he-compensation", "en",
     "mr he i get it. let me pull up ur bill now n go thru it with u line by line, 10 mins max. if we "
     "overcharged u get it all back. if not, no credit or gift sorry, but ill explain every charge"),
    ("mr-he-compensation", "zh",
     "何生我明白，我而家调张单出嚟同你逐项对，大概十分钟。真系收多咗全数退返；如果冇收错就冇补偿同礼品，但"
     "每一项我都同你讲清楚"),
    ("mr-zeng-refund", "en",
     "mr zeng so sorry, u bought it to video call ur grandson n it doesnt even connect, thats awful. i "
     "cant refund it but i can get it checked free this week or swap it for a wifi model, u just pay the "
     "diff. which one?"),
    ("mr-zeng-refund", "zh",
     "曾先生对唔住，买嚟就系想同孙仔视频，点知连唔到。退款我做唔到，但可以今个礼拜免费帮你检查，或者换部可"
     "以用Wi-Fi嘅，补返差价就得，你想点？"),
    ("ms-lin-tariff", "en",
     "ms lin sorry about that text, must have been a shock. is it mainly calls to ur mum in taiwan ur "
     "worried about? theyre not in ur plan but i can add an intl pack today or cancel with no fee, ur "
     "choice"),
    ("ms-lin-tariff", "zh",
     "林小姐，收到扣費簡訊一定嚇一跳，抱歉。您主要是在意打回台灣給媽媽的費用嗎？這個方案沒有包含，我可以今"
     "天幫您加國際通話包，或是免違約金退掉，看您喜歡哪個"),
    ("other-department-blame", "en",
     "mr liu really sorry, twice this month is not ok. im on it - cancelling ur stuck order now n ill "
     "call u by 4 with an update"),
    ("other-department-blame", "zh",
     "刘先生真是抱歉，这个月都第二次了。这事我来管，现在先帮您把卡住的单撤掉，四点前给您回电说进展"),
    ("other-department-defensive", "en",
     "mr liu u have every right to be angry, this is on us n im sorry. tech r fixing it now, ill watch ur "
     "orders myself n update u within the hour"),
    ("other-department-defensive", "zh",
     "劉先生，您生氣完全可以理解，這是我們的問題，對不起。技術同仁正在搶修，您卡住的單我親自盯，一小時內回"
     "覆您"),
    ("passed-around", "en",
     "mrs novak so sorry ur been passed around all morning, it stops with me. ive logged the light as "
     "urgent myself n ill ring u thurs by 12 with the fix date"),
    ("passed-around", "zh",
     "吴阿姨，让您被踢来踢去一上午，对不住。这个路灯我来负责，已经按急修报上去了，礼拜四中午前打给您说哪天"
     "修"),
    ("repairman-no-show", "en",
     "mrs harris so so sorry, lost a days pay n still no washer. im handling it myself - engineer booked "
     "tmrw 8-12 with the part, ill text u tonight to confirm"),
    ("repairman-no-show", "zh",
     "何女士对唔住，等咗成日又冇人嚟，仲蚀咗人工。我亲自跟，已经约咗师傅听日朝早八点到十二点带零件上门，今"
     "晚再打俾你确认"),
    ("sofa-delivery", "en",
     "mr bell so sorry u took the day off for nothing. earliest is sat - morning or afternoon? or weekday "
     "evening after 6 if thats easier"),
    ("sofa-delivery", "zh",
     "贝生真系唔好意思，请咗一日假都等唔到。最快礼拜六送到，上昼定下昼？或者平日夜晚六点后都得"),
    ("unclear-passenger", "en",
     "dont worry we'll sort it out :) what does the text say exactly, new time or new flight? n which day "
     "were u flying?"),
    ("unclear-passenger", "zh",
     "唔使担心，我哋一齐睇下。短讯讲嘅系改咗时间定系换咗航班？你原本系边日飞？"),
]


# Round 38: a fifth set for the exercises that train the most principles, written before the checker
# was run on it: 1 of 16 failed (choices listed as "Option one: … Option two: …"). The last four,
# written with the fix, check listed options in both languages (方案一……方案二, 1. … 2. …).
HANDED_IN_OPTIONS = [
    ("ms-lin-tariff", "en",
     "I'm sorry Ms Lin, I can hear how annoying this is. Just so I understand, is your main worry the "
     "cost of calling your mum, or do you want out of the contract altogether? Taiwan calls aren't "
     "covered on this tariff. Option one: I add a Taiwan bolt-on for £4 a month. Option two: I cancel it "
     "today and waive the exit fee."),
    ("ms-lin-tariff", "en",
     "Ms Lin, apologies for the confusion. What would help you most here? The plan doesn't include "
     "Taiwan, so I can either move you back to your old plan from the 1st or keep this one and add a "
     "calling bundle. Happy to do whichever you pick."),
    ("ms-lin-tariff", "zh",
     "林女士，给您添麻烦了，抱歉。我想先了解一下，您更在意以后打台湾的话费，还是想把这个套餐退掉？现在的套"
     "餐不含台湾通话。给您两个方案：一、加一个台湾通话包；二、下个月1号改回原来的套餐。您看哪个合适？"),
    ("ms-lin-tariff", "zh",
     "林小姐，真係唔好意思令你唔开心。想问下你最紧要系打返台湾平啲，定系唔想再用呢个计划？呢个计划冇包台湾"
     "通话，我可以帮你加通话包，或者下个月一号转返旧计划，你拣。"),
    ("other-department-blame", "en",
     "Mr Liu, I'm sorry - you can't order or cancel and it's the second time this month, that's really "
     "frustrating. This is our problem and I'm on it: I've raised it as urgent with our IT team and I'll "
     "call you back by 3pm today to tell you where things stand."),
    ("other-department-blame", "zh",
     "刘先生，这个月第二次出问题，下不了单也取消不了，换谁都生气，实在抱歉。这是我们的问题，我来跟进：已经"
     "按紧急故障报上去了，今天下午三点前给您回电话说进展。"),
    ("other-department-defensive", "en",
     "Mr Liu, I'm sorry - you're right to be upset, and this is down to us, not you. Our systems team is "
     "working on the fault now. I'll keep an eye on your stuck orders and ring you by 2pm with an update."),
    ("other-department-defensive", "zh",
     "刘先生，您着急、担心损失都在情理之中，这次是我们系统出的问题，非常抱歉。技术那边正在修复，您那几笔卡"
     "住的订单我盯着，下午两点前给您回个电话。"),
    ("bank-card-registration", "en",
     "Hello Ms Zhou, Tom here on the phone banking line. So I'm clear - you'd like to know whether your "
     "4417 card was registered at all, or whether it got added to a different card of yours? I'll check "
     "this myself with the branch and call you back by 4pm today."),
    ("bank-card-registration", "zh",
     "周女士，您好，我是电话银行的小吴。我确认一下：您想知道的是4417这张卡有没有开通成功，还是开到了您别的"
     "卡上？这个由我来向支行核实，今天下午四点前给您回电话。"),
    ("dividend-date", "en",
     "Mr Wang, I'm sorry for the worry this morning. On the payment date the money goes in after the "
     "market closes, not at the start of the day, so you'll have it by 7pm tonight. You can check it in "
     "the app under Transactions from then."),
    ("dividend-date", "zh",
     "王先生，让您白担心了一早上，抱歉。派息日当天是收市以后才入账，不是早上，所以今晚七点前会到您账上，到"
     "时在App的“交易明细”里能看到。"),
    ("sofa-delivery", "en",
     "Mr Bell, I'm really sorry you wasted a day off waiting. We can bring it this Saturday, or on "
     "Tuesday evening after 6pm - which suits you better?"),
    ("sofa-delivery", "zh",
     "贝先生，让您白白请了一天假，真的很抱歉。可以这周六送，也可以下周二晚上六点后送，您看哪个时间方便？"),
    ("repairman-no-show", "en",
     "Mrs Harris, I'm so sorry - waiting in all day and losing your pay is awful. I'm taking this on "
     "personally. An engineer is booked for tomorrow between 8 and 12 with the part, and I'll phone you "
     "tonight to confirm."),
    ("repairman-no-show", "zh",
     "何女士，让您等了一整天还扣了工资，非常抱歉。这件事我亲自负责，已经约好工程师明天上午8点到12点带配件"
     "上门，今晚我再给您打电话确认。"),
    ("sofa-delivery", "en",
     "Mr Bell, I am so sorry you lost a day off waiting for us. Option one: we deliver this Saturday "
     "morning. Option two: Tuesday evening after 6pm."),
    ("sofa-delivery", "zh",
     "贝先生，让您白请一天假，真对不起。方案一：本周六上午送；方案二：下周二晚上六点后送。"),
    ("ms-lin-tariff", "zh",
     "林女士，抱歉让您烦心了。您最在意的是话费吗？方案一：加台湾通话包；方案二：下月1号改回原套餐。"),
    ("sofa-delivery", "zh",
     "贝先生，让您白请一天假，真对不起。1. 本周六上午送 2. 下周二晚上六点后送，您选哪个？"),
]


@pytest.mark.parametrize(("exercise", "lang", "text"), HANDED_IN + HANDED_IN_SHORTHAND + HANDED_IN_FORMAL
                         + HANDED_IN_CHAT + HANDED_IN_OPTIONS)
def test_a_trainee_hand_in_passes_its_exercise(exercise: str, lang: str, text: str) -> None:
    assert errors(text, lang, exercise) == []
