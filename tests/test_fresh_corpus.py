"""The fresh corpus's development rows (``tests/corpus/fresh/``, ``split == "dev"``) as a
regression guard: every good rewrite passes its exercise, and every violation is flagged for
its principle in its exercise: as an error or a warning when the exercise trains that
principle; a principle it does not train is only ever a tip (info), by design, so there a tip
counts. (``tools/measure.py`` counts errors and warnings only, so such a row shows there as
missed.)

These rows were tuned on, so all of them are expected to hold. The ``held`` rows are never
read here: only ``tools/measure.py --split held`` reads them, to measure.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from exercises.api import check
from exercises.exercise_bank import load_bank
from exercises.scoring import ALL_LEVELS, flagged

FRESH = Path(__file__).resolve().parent / "corpus" / "fresh"


def dev_rows(name: str) -> list[dict[str, str]]:
    with (FRESH / name).open(encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f) if row["split"] == "dev"]


TRAINED = {exercise_id: set(exercise.principles) for exercise_id, exercise in load_bank().items()}
REWRITES = dev_rows("rewrites.csv")
VIOLATIONS = dev_rows("violations.csv")


def test_the_dev_rows_are_there() -> None:
    assert len(REWRITES) >= 200 and len(VIOLATIONS) >= 80


# Dev rows the lead reads differently from their writer, each with the reason. They stay in the corpus
# unchanged (and count as failures in ``tools/measure.py``); here they are expected to fail, strictly, so the
# day the checker passes one, the test says so and the entry has to be looked at again.
DISPUTED = {
    "vi232-other-department-blame-zh-2": (
        "as vi220-other-department-blame-zh-1: written as an ownership slip (the dealing line 95XXX and the "
        "branch handed over), but the reply owns the fault (是我們的系統出了問題) and gives the time it "
        "is back; "
        "the checker cannot tell a line handed over as the only way from one offered beside the agent's own "
        "work, and a pattern for it failed 14 good rewrites that offer the hotline as an extra (round 192)"
    ),
    "vi234-other-department-blame-zh-1": (
        "as vi232-other-department-blame-zh-2: written as an ownership slip "
        "(可以先拨我们热线按3号键转人工委托), "
        "and the writer is right that the agent does nothing herself; but the hotline offered beside the "
        "agent's own work is what good rewrites do too, and the checker cannot tell the two apart (round 192)"
    ),
    "vi220-repairman-no-show-zh-1": (
        "as vi208-repairman-no-show-zh-1: written as a next-step slip (尽快安排, 有了消息我第一时间打电话), "
        "but the reply opens with 我这就去联系师傅, an action now, which the pack counts as a next step "
        "with a time"
    ),
    "vi220-other-department-blame-zh-1": (
        "written as an ownership slip (the phone-dealing line 95888 handed over), but the same reply "
        "owns the fault (这是我们的问题) and offers the line as a way to trade while the system is "
        "down, with the time it is back; the labelling guide counts ownership broken only when the "
        "agent does nothing itself"
    ),
    "vi222-other-department-blame-en-1": (
        "as vi220-other-department-blame-zh-1: the dealing-desk number is a way to trade during the outage, "
        "and the reply keeps its own follow-up (\"I'll send you a text by 12:00 to let you know it's "
        "fixed\"); a judgement call the checker reads as owned"
    ),
    "rw214-missed-rubbish-zh-1": (
        "as rw42-missed-rubbish-zh-1: thanks her (谢谢您一直这么体谅) and owns the missed collection "
        "(是我们这边没收，这事我们来负责), but has no apology and names no feeling, in an exercise that "
        "trains acknowledgement; the lead agrees with the checker that the apology is missing"
    ),
    "vi216-introduce-yourself-zh-2": (
        "written as an introduce slip (我是理赔中心工号3306的客服: a job number, no name), but the "
        "exercise's own rule counts a 工号 as the agent identifying themself; the two readings disagree"
    ),
    "vi211-ms-lin-tariff-zh-2": (
        "written as an understand-need slip (the agent states her need, "
        "我知道您最在意的就是每个月的帐单金额, instead of asking), but naming the need back is what the "
        "pack counts as finding it; whether an assumed need counts is a judgement the rules cannot make"
    ),
    "vi208-repairman-no-show-zh-1": (
        "written as a next-step slip (the call back has no time: 等那边有准信了，我再第一时间打给您), "
        "but the reply opens with 我这就去催配件和师傅, an action now, which the pack counts as a next "
        "step with a time (as it counts 'right away'); the two readings disagree"
    ),
    "vi103-repairman-no-show-en-2": (
        "as vi82-bank-card-registration-en-2: \"I can't see any trace of your job\" is followed at once by "
        "\"I'll take it on myself: I'll set up a new job now and ring you by 1 pm\"; not a brush-off"
    ),
    "vi101-other-department-blame-zh-2": (
        "the agent transfers the urgent order to phone dealing now (我现在就帮您转人工电话委托), a next "
        "step with a time; only the notice of the repair has 尽快. The checker counts the immediate step"
    ),
    "vi101-mr-zeng-refund-en-1": (
        "'we only repeated the policy at you, and that was our mistake' owns the trouble the customer had, "
        "which the handbook counts as acknowledgement since round 107; the writer wanted the feelings "
        "named as well"
    ),
    "vi102-bill-layout-zh-1": (
        "您要找的肯定就是本期应还总额吧？ is a guess put as a check-back question; the checker leaves a "
        "question to the customer, and whether she is given time to answer is a judgement call"
    ),
    "vi99-passed-around-en-2": (
        "written as an introduce slip (no agent name), but the reply names Mrs Novak and speaks as "
        "\"I\" who takes the case on; the labelling guide counts a form of address as introducing, "
        "and this exercise does not train introduce, so a missing own name is not asked for here"
    ),
    "vi94-bank-card-registration-en-2": (
        "as vi82-bank-card-registration-en-2: \"I can't find it\" is followed at once by how the agent "
        "will find it and a call by four; the lead does not count it a brush-off"
    ),
    "vi96-bank-card-registration-en-3": (
        "as vi82-bank-card-registration-en-2: \"I can't find anything for 4417\" is followed by the checks "
        "the agent will make and a call by 4:30"
    ),
    "vi95-sofa-delivery-zh-1": (
        "as vi90-sofa-delivery-zh-1: 尽快 with a choice of slots (工作日白天 or 周末) now, which the "
        "checker reads as a time; a judgement call left to the checker"
    ),
    "vi88-calm-down-zh-1": (
        "written as a half-apology (给您带来的不便，敬请谅解 as the only acknowledgement), but the real dev "
        "rows' labellers read 不便 with 谅解 as acknowledging the trouble (21 such replies labelled ok, "
        "none violated); the lead keeps their reading"
    ),
    "vi90-sofa-delivery-zh-1": (
        "written as a missing next step (尽快重新 arrange 送货…您定了以后，我们再跟您约时间), but it offers "
        "him a choice of slots now (工作日上午 or 周末), which the checker reads as a time; a judgement "
        "call the lead leaves to the checker"
    ),
    "vi86-calm-down-en-2": (
        "written as a missing acknowledgement (\"we're sorry you feel that way; however…\"), but the "
        "real dev rows' labellers read \"sorry you feel this way\" as an acknowledgement (five rows "
        "ok, none violated); the lead keeps their reading"
    ),
    "vi87-repairman-no-show-zh-1": (
        "written as passing her on (配件和上门时间是维修站那边安排的), but the agent passes the case on "
        "herself and says they will call by 5 pm (我把您的情况再给他们转过去，他们今天下午五点前会给您打"
        "电话): passed on with a time, which the labelling guide counts as ownership"
    ),
    "vi82-repairman-no-show-zh-1": (
        "written as passing her on (麻烦您直接拨打维修站电话…跟他们约一下时间), but the agent has "
        "already logged her case (我已经把您的情况登记好了); an earlier design test "
        "(test_refusal_and_excuse) counts acting while sending the customer on as ownership"
    ),
    "vi82-bank-card-registration-en-2": (
        "\"I'm sorry, but I can't find it\" is followed at once by how the agent will find it (the "
        "application requested, every card checked, a call by Thursday 3 pm): as with "
        "vi40-bank-card-registration-zh-1, the lead does not count it a brush-off"
    ),
    "vi84-other-department-blame-zh-2": (
        "as vi81-other-department-blame-zh-2: 系统啥辰光好，等有消息再讲 has no time, but the reply "
        "offers to place his orders by hand right now (我现在就帮侬走人工委托)"
    ),
    "vi81-missed-rubbish-en-2": (
        "written as a missing acknowledgement, but it says 'it's ours to put right', an admission "
        "that the real dev rows' labellers read as acknowledging the trouble (round 130); the lead "
        "keeps that convention"
    ),
    "vi81-other-department-blame-zh-2": (
        "written as a missing next step (修好了会通知您 has no time), but the reply also offers to "
        "place the customer's orders by hand right now (现在就可以告诉我，我帮您走人工委托), a next "
        "step with a time; a judgement call the lead leaves to the checker"
    ),
    "rw42-missed-rubbish-zh-1": (
        "thanks her, restates what went wrong and says 这是我们物业的事，我们来解决, but has no "
        "apology and names no feeling, in an exercise that trains acknowledgement; the lead "
        "agrees with the checker that the apology is missing"
    ),
    "rw45-mr-zeng-refund-zh-2": (
        "您别急 and a restatement of his need, but no apology and no feeling named for an angry "
        "customer, in an exercise that trains acknowledgement; the lead agrees with the checker"
    ),
    "vi40-bank-card-registration-zh-1": (
        "這張卡的紀錄我查不到，不過我會調上週二的申請資料…… says 查不到 and, in the same sentence, how "
        "the agent will find it: the rule's own advice (查不到就说你接下来怎么查); the writer "
        "counts 我查不到 as taboo whatever follows, the lead does not"
    ),
    "vi50-bank-card-registration-zh-1": (
        "说实话我这边大概是查不到，不过我会联系城东支行调上周二的办理记录…… is the same case as "
        "vi40: 查不到 followed, in the same sentence, by how the agent will find it, which the rule "
        "accepts on purpose"
    ),
    "vi54-calm-down-zh-1": (
        "not a dispute but a known blind spot: 对不起对不起，是我接得慢了 apologises only for answering "
        "slowly, not for three days without a connection; the checker sees an apology and cannot tell "
        "what it is for"
    ),
    "rw58-ms-lin-tariff-zh-1": (
        "只是打台湾要另外算，这点同事当时没讲清楚 names the colleague who sold the plan as the one who "
        "failed; the lead agrees with the checker that this passes the blame (我们当时没讲清楚 would not)"
    ),
    "rw59-dividend-date-zh-2": (
        "您别急 is the only answer to an angry Mr Wang's hurry, in an exercise that trains "
        "acknowledgement: it tells him not to feel it rather than accepting it; the same case as "
        "rw45-mr-zeng, where the lead agrees with the checker (理解您着急 would do)"
    ),
    "rw105-mr-zeng-refund-en-2": (
        "'So what you really want is to see your grandson on video at home. Let's work on that' names the "
        "need but neither the trouble nor the feelings, in an exercise that trains acknowledgement; the lead "
        "agrees with the checker (a word such as 'I'm sorry it's let you down' would do)"
    ),
    "rw70-bill-layout-en-1": (
        "'You're not the only one who's been caught out this week' in an outage: the writer means it as "
        "honest context; the lead agrees with the checker that, said to an upset customer, it minimises her "
        "trouble (a condescending phrase the handbook lists), even with an apology before it"
    ),
    "rw78-mr-he-compensation-zh-2": (
        "我先把本月详单打印出来，咱俩一起逐项核对 at the counter, with no time and no 现在/马上: the "
        "checker asks for a time or a 'now', and the lead agrees that one word (我现在就把详单打出来) "
        "would settle it"
    ),
    "vi75-unclear-passenger-zh-2": (
        "旅客您好 with no name of the agent's own, in an exercise that does not train introductions: the "
        "general rule is met by addressing the customer or by giving one's own name, and 旅客 is the only "
        "address possible for a passenger who has given no name; the lead leaves the tip unsaid here"
    ),
    "rw65-mr-he-compensation-zh-1": (
        "a public reply that asks Mr He to come in today or to book a time by private message, then says "
        "the bill will be checked with him: the only time given is his, so the lead agrees with the checker "
        "that there is no next step of ours with a time"
    ),
    "rw110-missed-rubbish-en-2": (
        "thanks Mrs Adeyemi for ringing and for being so patient, then owns the missed collection: a "
        "thank-you for patience names neither her trouble nor how she feels, in an exercise that trains "
        "acknowledgement; the lead agrees with the checker (a few words such as 'a week with a full bin is "
        "grim' would do)"
    ),
    "vi111-bill-layout-zh-1": (
        "written as an understand-need slip (the agent guesses 应该就是应还总额和分期那几笔吧？ and "
        "answers at once without waiting), but the reply does ask her a question about what she cannot "
        "find, which is what the rule can see; that the answer does not wait for hers is beyond it, and the "
        "lead leaves it as a judgement the checker cannot make"
    ),
    "vi114-unclear-passenger-en-1": (
        "written as an understand-need slip (the agent assumes the flight is cancelled and offers a refund), "
        "but the reply ends with a question ('Do you want me to start that for you?') and says 'if so': "
        "the rule sees a question and a condition, not that the guess came first; the lead leaves it as a "
        "judgement the checker cannot make"
    ),
    "vi63-repairman-no-show-en-1": (
        "I've flagged your job as urgent with the service center, and someone there will reach out to you by "
        "5 p.m. today: the writer reads 'someone there' as passing the customer on; the lead reads a case "
        "logged by the agent, with a named team and a firm time, as owned (the customer is not sent anywhere)"
    ),
    "rw118-missed-rubbish-en-2": (
        "the only words for her trouble are a thank-you (\"thank you for ringing and for the kind "
        "words, we'd much rather hear about it than not\"); LABELLING.md counts a thank-you alone as "
        "no acknowledgement"
    ),
    "rw118-mr-zeng-refund-en-2": (
        "\"come and have a seat\" and a restated need, but no apology and no word for his trouble "
        "or feeling in the whole reply; the exercise trains acknowledgement"
    ),
    "vi119-other-department-defensive-zh-1": (
        "the slip is the follow-up (系统一有进展…第一时间通知您, no time), but the reply also offers "
        "马上为您办理人工电话委托 now, which the checker reads as a next step with a time"
    ),
    "vi120-repairman-no-show-en-2": (
        "written as a wrong surname (\"Mrs Harrison\" for Mrs Harris); the checker does not compare the "
        "name used with the exercise's customer, so it sees a title and a name, which is what introduce asks"
    ),
    "vi130-bank-card-registration-zh-1": (
        "written as an understand-need slip (多半是当时绑到了您名下另一张卡上, then the agent moves the link "
        "at once), but the reply first says 您说的情况我听明白了, which the exercise counts as "
        "checking back; "
        "that the restatement is not a question and the guess is acted on is beyond the checker"
    ),
    "vi131-other-department-defensive-en-1": (
        "as vi119-other-department-defensive-zh-1, in English: the slip is the follow-up ('soon-ish… I'll "
        "let you know once it is'), but the reply also gets the dealing desk on the orders 'right now', "
        "which the checker reads as a next step with a time"
    ),
    "vi132-other-department-blame-en-2": (
        "as vi131-other-department-defensive-en-1: 'I'll let you know once order entry is working again' "
        "has no time, but 'I can put any urgent orders through… right now' is read as an immediate next step"
    ),
    "rw133-missed-rubbish-zh-2": (
        "a thank-you and owning (这本来就是物业该管的事，我来整) with airing the stairwell as an "
        "action, but no "
        "word for the smell or the heat she lives with; as rw118-missed-rubbish-en-2, a judgement call on "
        "whether thanks and owning are enough acknowledgement"
    ),
    "vi138-bill-layout-zh-1": (
        "written as an understand-need slip (应该就是改到分期栏里的消费, answered at once), but the reply "
        "also asks 这几天是不是一直担心漏还？; as vi111-bill-layout-zh-1, that the answer does not wait "
        "for hers is beyond the checker"
    ),
    "vi142-other-department-blame-en-2": (
        "as vi131-other-department-defensive-en-1: 'I'll get back to you once the engineers…' has no time, "
        "but passing the orders to the dealing desk 'straight away' is read as an immediate next step"
    ),
    "vi146-sofa-delivery-en-2": (
        "as vi90 and vi140: 'asap' beside a choice of slots offered now (a weekday morning, a weekday "
        "evening or Saturday), which the checker reads as a time; a judgement call left to the checker"
    ),
    "rw161-missed-rubbish-zh-2": (
        "a formal reply whose only acknowledgement is 正因为如此，我们更应该认真对待 after thanking her; "
        "whether taking it seriously is acknowledging her trouble is a judgement the checker cannot make"
    ),
    "vi161-other-department-blame-zh-2": (
        "written as a next-step slip (等有了进一步消息，我们再与您联系), but 今天上午 in the account of "
        "the fault reads as a time; the checker cannot tell when the morning was"
    ),
    "vi161-repairman-no-show-zh-2": (
        "written as an introduce slip (尊敬的客户, signed only 售后服务中心), but the exercise does not "
        "train introduce and the reply opens with a form of address (as vi121)"
    ),
    "vi161-sofa-delivery-en-2": (
        "as vi90, vi140 and vi146: 'at the next available opportunity' beside a choice of evening, morning "
        "or collection slots, which the checker reads as times; a judgement call"
    ),
    "vi150-sofa-delivery-zh-2": (
        "as vi90 and vi140: the next day is left to be arranged with the delivery team, beside a choice of "
        "an evening after work or the weekend, which the checker reads as times; a judgement call"
    ),
    "rw249-ms-lin-tariff-zh-1": (
        "as rw58-ms-lin-tariff-zh-1: 同事當時沒講清楚 names the colleague who sold the plan as the one who "
        "failed, and the lead agrees with the checker that this passes the blame (我們當時沒講清楚 would not)"
    ),
    "rw249-ms-lin-tariff-zh-2": (
        "as rw58-ms-lin-tariff-zh-1: 同事当时没讲清楚 puts the slip on the colleague; "
        "我们当时没讲清楚 would own it"
    ),
    "vi148-sofa-delivery-en-2": (
        "written as an introduce slip (Dear Customer, signed Customer Services), but LABELLING.md counts a "
        "form of address as introduce followed, and the exercise does not train it (as vi121)"
    ),
    "rw149-bank-card-registration-zh-2": (
        "ends 这样说您听明白了吗？, meant as checking back with an older customer; the pack reads 听明白了吗 "
        "as talking down (a classic 禁忌语), and 我说清楚了吗 is the safe form"
    ),
    "vi147-sofa-delivery-zh-2": (
        "星期一早上九点到十一点, or else next month: two ways forward, if a poor second one; the checker "
        "cannot weigh whether a choice is a real one"
    ),
    "vi121-passed-around-zh-1": (
        "written as an introduce slip (no names at all), but the reply opens with 阿姨, a form of address; "
        "LABELLING.md counts a form of address as introduce followed, and the exercise does not train it"
    ),
    "vi165-passed-around-en-1": (
        "written as an introduce slip (no agent name), but the reply opens with Mrs Novak's name and "
        "speaks as \"I\" who reports it herself; LABELLING.md counts a form of address as introduce "
        "followed, and the exercise does not train it (as vi99)"
    ),
    "vi167-bank-card-registration-zh-1": (
        "written as a no-taboo slip (就是找不着这张卡的记录), but the reply goes straight on to what "
        "the agent will do (调出上周二的申请, a call by five); as vi152, 找不到 followed by another way "
        "of looking is not the brush-off the rule asks about"
    ),
    "vi169-introduce-yourself-zh-1": (
        "written as an introduce slip (我是理赔专员，工号3027, no name), but the exercise itself asks "
        "for the agent's name or staff number (报上你的名字（或工号）), as many Chinese hotlines introduce "
        "themselves"
    ),
    "rw172-mr-he-compensation-en-2": (
        "a fair, firm reply that introduces its rules with 'so let me be clear about how this works', which "
        "the pack reads as lecturing (no-arguing/defending); whether the phrase sounds defensive here is a "
        "judgement call"
    ),
    "vi175-mr-zeng-refund-en-2": (
        "written as a missing acknowledgement, but its 'As I understand it, what you need is a phone that "
        "connects…' is the same play-back rw137-mr-zeng-refund-en-2 was written with as its acknowledgement; "
        "the two writers disagree, and the checker keeps the earlier reading"
    ),
    "vi175-sofa-delivery-zh-2": (
        "written as an introduce slip (no agent name), but the reply opens with 馬先生; LABELLING.md counts "
        "a form of address as introduce followed (as vi121 and vi148)"
    ),
    "vi199-missed-rubbish-en-1": (
        "written as an introduce slip (a letter to 'Dear Resident' signed 'Waste Services Team'), but the "
        "pack counts 'Dear valued customer' and 'Dear Resident' as a form of address (round 20, after the "
        "labelling guide's 'neither a name nor a form of address'); the two readings disagree"
    ),
    "vi196-repairman-no-show-en-2": (
        "written as an introduce slip (the agent gives no name), but the reply addresses Mrs Harrison "
        "by name, which the labelling guide counts as introduce followed (a name or a form of address); "
        "repairman-no-show does not ask for the agent's own name"
    ),
    "vi192-mr-zeng-refund-en-2": (
        "written as an offer-options slip (a trade-in as the only way forward), but mr-zeng-refund "
        "does not train offer-options, and an honest no followed by one concrete alternative is "
        "not something the general rules flag; whether one alternative is too few is a judgement call"
    ),
    "vi188-other-department-blame-zh-1": (
        "written as a next-step slip (等系统恢复了，我们再跟您联系, no time), but the same reply "
        "moves the urgent orders to phone dealing at once (我可以马上帮您转人工电话委托); the "
        "checker counts an action done now as a next step with a time, as it does for 'I can "
        "transfer you now'"
    ),
    "rw120-bank-card-registration-zh-1": (
        "ends with 包在我身上, which the pack reads as a guarantee (round 31, from a blind "
        "violation); here it backs a promise to call by 4 pm, a judgement call left to the checker"
    ),
}


def _row_param(row: dict[str, str]) -> object:
    reason = DISPUTED.get(row["id"])
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(row, marks=marks, id=row["id"])


def test_every_disputed_row_is_a_dev_row() -> None:
    assert set(DISPUTED) <= {row["id"] for row in [*REWRITES, *VIOLATIONS]}


@pytest.mark.parametrize("row", [_row_param(row) for row in REWRITES])
def test_a_good_rewrite_passes_its_exercise(row: dict[str, str]) -> None:
    result = check(row["answer"], row["lang"], row["exercise"])
    errors = [f["rule"] for f in result["findings"] if f["severity"] == "error"]
    assert result["passed"], errors


@pytest.mark.parametrize("row", [_row_param(row) for row in VIOLATIONS])
def test_a_violation_is_flagged_for_its_principle(row: dict[str, str]) -> None:
    result = check(row["answer"], row["lang"], row["exercise"])
    trained = row["principle"] in TRAINED[row["exercise"]]
    assert row["principle"] in flagged(result, ("error", "warning") if trained else ALL_LEVELS)
