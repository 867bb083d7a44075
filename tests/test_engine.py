"""The engine on fixture rule packs and a fixture exercise (independent of the real packs)."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from exercises import engine
from exercises.api import assemble, check, check_json
from exercises.exercise_bank import Exercise, parse_exercise
from exercises.loader import parse_rules
from exercises.packs import checked_map, extra_problems, parse_extra
from exercises.regexcheck import nested_quantifier
from exercises.ruletypes import PatternSet, Rule
from exercises.ruletypes.base import LONG_TEXT, top_level_branches
from exercises.selftest import selftest
from exercises.sources import LoadError
from exercises.startchars import start_chars

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture_pack(lang: str) -> list[Rule]:
    path = FIXTURES / f"pack_{lang}.toml"
    source = path.read_text(encoding="utf-8")
    rules, problems = parse_rules(
        tomllib.loads(source)["rule"],
        file=str(path),
        source=source,
        lang=lang,
        principles=checked_map(),
        strict=True,
    )
    assert problems == []
    return rules


def demo_exercise() -> Exercise:
    source = (FIXTURES / "bank" / "demo-exercise.toml").read_text(encoding="utf-8")
    exercise, problems = parse_exercise("demo-exercise.toml", source, strict=True)
    assert problems == [] and exercise is not None
    return exercise


def run(text: str, lang: str, exercise: Exercise | None = None, extra: list[Rule] | None = None) -> dict:
    rules, settings = assemble(lang, exercise, extra or [], pack=fixture_pack(lang))
    findings, followed = engine.run(text, lang, rules, settings)
    return {
        "passed": engine.passed(findings),
        "score": engine.score(findings),
        "findings": [f.as_dict() for f in findings],
        "followed": [f.as_dict() for f in followed],
    }


def rule_ids(result: dict) -> list[str]:
    return [f["rule"] for f in result["findings"]]


def test_fixture_packs_pass_their_own_self_tests() -> None:
    for lang in ("zh", "en"):
        for rule in fixture_pack(lang):
            assert selftest(rule) == [], rule.id


def test_forbid_gives_span_into_original_text() -> None:
    text = "王先生，您冷靜一點，我們今天處理。"
    result = run(text, "zh")
    calm = [f for f in result["findings"] if f["rule"] == "no-taboo/calm"]
    assert len(calm) == 1
    assert calm[0]["excerpt"] == text[calm[0]["start"] : calm[0]["end"]] == "冷靜一點"
    assert calm[0]["severity"] == "error" and calm[0]["suggest"] == "换作是我也会着急。"
    assert result["passed"] is False


def test_forbid_reports_every_match() -> None:
    result = run("Calm down. I said CALM DOWN! I'll call you today.", "en")
    spans = [(f["start"], f["end"]) for f in result["findings"] if f["rule"] == "no-taboo/calm"]
    assert spans == [(0, 9), (18, 27)]
    assert result["score"] == 40


def test_unless_window_handles_negation() -> None:
    assert "no-taboo/calm" not in rule_ids(run("我不会让您冷静，您着急是应该的，今天处理。", "zh"))
    assert "no-taboo/calm" not in rule_ids(run("I'm not going to ask you to calm down. Today.", "en"))
    far = "I'm not going to ask you to wait. " + "x" * 40 + " Calm down. Today."
    assert "no-taboo/calm" in rule_ids(run(far, "en"))


def test_require_missing_and_followed() -> None:
    missing = run("我们会尽快处理。", "zh")
    step = [f for f in missing["findings"] if f["rule"] == "next-step/time"]
    assert step and step[0]["start"] is None and step[0]["excerpt"] is None
    text = "我們明天上午給您回電話。"
    done = run(text, "zh")
    assert "next-step/time" not in rule_ids(done)
    followed = [f for f in done["followed"] if f["rule"] == "next-step/time"]
    assert followed[0]["excerpt"] == text[followed[0]["start"] : followed[0]["end"]] == "明天上午給您回電話"


def test_require_unless_discounts_a_negated_match() -> None:
    assert "next-step/time" in rule_ids(run("这个不是今天能办的。", "zh"))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("按照规定不能退。", True),
        ("按照规定不能退，抱歉。", True),
        ("抱歉让您着急了，按照规定需要本人办理。", False),
        ("我来办，明天给您回电话。", False),
    ],
)
def test_order_rule(text: str, flagged: bool) -> None:
    result = run(text, "zh")
    order = [f for f in result["findings"] if f["rule"] == "acknowledge/before-rules"]
    assert bool(order) is flagged
    if flagged:
        assert order[0]["excerpt"] == "按照"


def test_length_rule_counts_normalised_characters() -> None:
    assert "understand-need/min-length" in rule_ids(run("好的\u200b\u200b\u200b", "zh"))
    assert "understand-need/min-length" not in rule_ids(run("好的，我来查。", "zh"))


@pytest.mark.parametrize("text", ["", "   ", "\n\t\u3000", "\u200b\u200d"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_empty_reply_is_one_error(text: str, lang: str) -> None:
    result = run(text, lang)
    assert result["findings"] == [
        {
            "principle": "understand-need",
            "rule": "understand-need/empty",
            "severity": "error",
            "start": None,
            "end": None,
            "excerpt": None,
            "message": result["findings"][0]["message"],
            "suggest": None,
            "also": [],
            "tip": False,
        }
    ]
    assert result["passed"] is False and result["score"] == 0


def test_score_formula_and_floor() -> None:
    # errors: 3 × calm (90) + missing next step warning (15) → floor at 0.
    result = run("冷静点。冷静点。冷静点。", "zh")
    counts = [f["severity"] for f in result["findings"]]
    expected = max(
        0, 100 - 30 * counts.count("error") - 15 * counts.count("warning") - 5 * counts.count("info")
    )
    assert result["score"] == expected == 0


def test_exercise_severity_disable_own_rules_and_length() -> None:
    ex = demo_exercise()
    plain = run("我们会处理的。", "zh")
    assert "no-taboo/placeholder-off" in rule_ids(plain)
    assert [f["severity"] for f in plain["findings"] if f["rule"] == "next-step/time"] == ["warning"]
    result = run("我们会处理的。", "zh", ex)
    assert "no-taboo/placeholder-off" not in rule_ids(result)  # disabled
    assert [f["severity"] for f in result["findings"] if f["rule"] == "next-step/time"] == ["error"]
    assert "no-taboo/wait" in rule_ids(run("您等着吧，今天处理。", "zh", ex))  # exercise's own rule
    short = run("今天下午处理好", "zh", ex)
    assert "understand-need/too-short" in rule_ids(short)
    near_empty = run("今天", "zh", ex)
    assert "understand-need/near-empty" in rule_ids(near_empty) and near_empty["score"] == 0
    long = run("今天下午处理。" * 20, "zh", ex)
    assert "understand-need/too-long" in rule_ids(long)


def test_demo_exercise_behaves_as_its_file_says() -> None:
    ex = demo_exercise()
    for lang in ("zh", "en"):
        data = ex.lang(lang)
        for answer in data.model_answers:
            assert run(answer, lang, ex)["passed"], answer
        for bad in data.known_bad:
            result = run(bad.text, lang, ex)
            flagged = {f["principle"] for f in result["findings"] if f["severity"] in ("error", "warning")}
            assert set(bad.flags) <= flagged, bad.text
        assert not run(data.bad_reply, lang, ex)["passed"]


def test_extra_rules_text_with_and_without_lang() -> None:
    both = parse_extra((FIXTURES / "extra_rules.toml").read_text(encoding="utf-8"))
    assert {r.lang for r in both} == {None}
    result = run("No worries, today.", "en", extra=both)
    assert "no-taboo/no-worries" in rule_ids(result)
    assert "no-taboo/no-worries" in rule_ids(run("亲，今天处理。", "zh", extra=both))
    zh_only = parse_extra((FIXTURES / "extra_rules_zh_only.toml").read_text(encoding="utf-8"))
    rules, _ = assemble("en", None, zh_only, pack=fixture_pack("en"))
    assert "no-taboo/dear" not in {r.id for r in rules}
    assert "no-taboo/dear" in rule_ids(run("親愛的，今天處理。", "zh", extra=zh_only))


def test_broken_extra_rules_name_file_and_line() -> None:
    source = (FIXTURES / "broken_syntax.toml").read_text(encoding="utf-8")
    with pytest.raises(LoadError) as info:
        parse_extra(source, "broken_syntax.toml")
    assert info.value.problem.file == "broken_syntax.toml"
    assert info.value.problem.line == 5
    assert str(info.value).startswith("broken_syntax.toml:5: ")


def test_bad_rules_are_all_reported() -> None:
    source = (FIXTURES / "bad_rules.toml").read_text(encoding="utf-8")
    _, problems = extra_problems(source, "bad_rules.toml")
    text = "\n".join(str(p) for p in problems)
    assert "bad_rules.toml:2: " in text and "nests quantifiers" in text
    assert "unknown principle 'made-up'" in text
    assert "unknown type 'banish'" in text
    assert "unknown severity 'fatal'" in text
    assert "unknown key 'colour'" in text
    assert "duplicate rule id 'no-taboo/nested'" in text
    assert "bad_rules.toml:19: rule 'next-step/bad-example': example not flagged" in text
    dup_lines = {p.line for p in problems if "duplicate" in p.message}
    assert dup_lines == {10}


@pytest.mark.parametrize(
    ("pattern", "nested"),
    [
        ("(a+)+", True),
        ("(a*)*", True),
        ("(a+)*", True),
        ("(?:ab+){2,}", True),
        ("(?:x.{0,3})+", True),
        ("这是.{0,6}部门的事", False),
        ("(他们|那边)(经常|总是)?错", False),
        ("(ab){2,5}", False),
        ("(a|b)+", False),
    ],
)
def test_nested_quantifier_check(pattern: str, nested: bool) -> None:
    assert nested_quantifier(pattern) is nested


def test_traditional_and_simplified_give_same_findings() -> None:
    simplified = run("您冷静一点，按照规定我们会处理的。", "zh")
    traditional = run("您冷靜一點，按照規定我們會處理的。", "zh")
    assert simplified["findings"] == [
        dict(f, excerpt=s["excerpt"])
        for f, s in zip(traditional["findings"], simplified["findings"], strict=True)
    ]


def test_full_width_and_half_width_give_same_principles() -> None:
    a = run("Please calm down, I will call you today.", "en")
    b = run("Ｐｌｅａｓｅ　ｃａｌｍ　ｄｏｗｎ，I will call you today.", "en")
    assert rule_ids(a) == rule_ids(b)


def test_findings_sorted_spans_first_then_missing_by_principle() -> None:
    result = run("按照规定。冷静点。", "zh")
    keys = [(f["start"] is None, f["start"]) for f in result["findings"]]
    spanned = [k[1] for k in keys if not k[0]]
    assert spanned == sorted(spanned)
    assert keys.index(next(k for k in keys if k[0])) == len(spanned)


def test_public_check_contract_shape() -> None:
    result = check("Please calm down.", "en")
    assert list(result) == ["exercise", "lang", "passed", "score", "findings", "followed"]
    assert result["exercise"] is None and result["lang"] == "en"
    for f in result["findings"]:
        assert {"principle", "rule", "severity", "start", "end", "excerpt", "message"} <= set(f)
    assert check_json("Please calm down.", "en") == json.dumps(result, ensure_ascii=False, indent=2)


def test_public_check_rejects_unknown_language_and_exercise() -> None:
    with pytest.raises(ValueError):
        check("hi", "fr")
    with pytest.raises(KeyError):
        check("hi", "en", "no-such-exercise")


def test_public_check_with_extra_rules_text() -> None:
    extra = (FIXTURES / "extra_rules.toml").read_text(encoding="utf-8")
    result = check("No worries!", "en", None, extra)
    assert "no-taboo/no-worries" in rule_ids(result)


def test_principles_match_the_shared_table() -> None:
    from exercises.principles import load_principles

    principles = load_principles()
    ids = [p.id for p in principles]
    assert ids[:3] == ["understand-need", "acknowledge", "no-blame"] and len(ids) == len(set(ids)) >= 12
    assert {p.checked for p in principles} <= {"yes", "partly", "no"}
    assert next(p for p in principles if p.id == "self-care").checked == "no"
    shared = Path(__file__).resolve().parents[2] / "shared" / "principles.md"
    if shared.is_file():
        import re

        table_ids = re.findall(r"^\| `([a-z-]+)` \|", shared.read_text(encoding="utf-8"), flags=re.M)
        assert ids == table_ids


def test_exercise_file_problems_have_lines() -> None:
    source = (FIXTURES / "bank" / "demo-exercise.toml").read_text(encoding="utf-8")
    broken = source.replace("order = 1", 'order = 1\ncolour = "red"').replace(
        'flags = ["next-step"]', 'flags = ["next-stop"]'
    )
    broken = broken.replace('hints = ["Acknowledge first.", "Say when."]', 'hints = ["Only one."]')
    _, problems = parse_exercise("demo-exercise.toml", broken)
    messages = {p.message: p.line for p in problems}
    assert messages["unknown key 'colour'"] == 6
    lines = broken.splitlines()
    unknown = next(line for msg, line in messages.items() if "unknown principle 'next-stop'" in msg)
    assert "next-stop" in lines[unknown - 1]
    hint = next(line for msg, line in messages.items() if "[en] hints must be 2 to 4" in msg)
    assert lines[hint - 1].startswith("hints") and hint > 40
    renamed, problems = parse_exercise("other-name.toml", source)
    assert renamed is None and "must equal the file name" in problems[0].message


def test_exercise_toml_syntax_error_names_file_and_line() -> None:
    with pytest.raises(LoadError) as info:
        parse_exercise("demo-exercise.toml", 'id = "demo-exercise"\ncase = \n')
    assert str(info.value).startswith("exercises/bank/demo-exercise.toml:2: TOML syntax error")


def test_pattern_with_capitals_still_matches_folded_text() -> None:
    source = """
[[rule]]
id = "introduce/company"
principle = "introduce"
type = "require"
severity = "info"
patterns = ['ACME\\s+Bank']
message = "Say the company name."
examples = ["Hello."]
counterexamples = ["Hello, this is ACME   bank.", "hello, acme bank here"]
"""
    rules = parse_extra(source, "inline.toml")
    assert "introduce/company" not in rule_ids(run("Welcome to Acme Bank, today.", "en", extra=rules))
    assert "introduce/company" in rule_ids(run("Welcome, today.", "en", extra=rules))


def test_pattern_matching_empty_text_is_rejected() -> None:
    source = """
[[rule]]
id = "no-taboo/optional"
principle = "no-taboo"
type = "forbid"
severity = "error"
patterns = ['(calm down)?']
message = "x"
"""
    with pytest.raises(LoadError, match="matches empty text"):
        parse_extra(source, "inline.toml")


@pytest.mark.parametrize(
    ("source", "branches"),
    [
        (r"\bfoo|\bbar", [r"\bfoo", r"\bbar"]),
        (r"\b(a|b)c|d", [r"\b(a|b)c", "d"]),
        (r"[|]|x", ["[|]", "x"]),
        (r"[]|]a|b", ["[]|]a", "b"]),
        (r"[^]|]a|b", ["[^]|]a", "b"]),
        (r"\|a|b", [r"\|a", "b"]),
        (r"(?:\bfoo|bar)", [r"\bfoo", "bar"]),  # one group around it all: split inside
        (r"(?:a)|(?:b)", ["(?:a)", "(?:b)"]),
        (r"(?:a|b)c", ["(?:a|b)c"]),
    ],
)
def test_top_level_branches(source: str, branches: list[str]) -> None:
    assert top_level_branches(source) == branches


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(calm|settle) (yourself )?down\b",
        r"\bno can do\b|\bnot my job\b",
        r"\b[a-z]+,? or [a-z]+\?",
        r"\b(an|\d+) hours?\b",
        r"\bfoo|bar",
        r"(?<!not )\bon us\b",
        # one group around every branch (as the loader writes phrases), look-arounds first
        r"(?:\b(that|it)s? (on us|our fault)\b|(?<!not )(?<!never )\bour (mistake|fault)\b)",
        r"(?=o)(?<!x)(?!on usa)on us",
        # start characters (exercises/startchars.py): a look-behind or an optional part first
        r"(?<![不非没])(是|属于)(我们|我)(的)?(问题|错)",
        r"(是|都是)?(快递公司|物流)(的)?(问题|原因)",
        r"(?:(?<!别)(都怪|全怪)[^。]{1,4}|你们?(?=说))",
        r"[.!?] (?!thanks)[a-z]+",
    ],
)
def test_screened_patterns_find_exactly_what_re_finds(pattern: str) -> None:
    texts = [
        "Calm down, no can do. calm  down! xcalm down, it's not my job, foo or bar? on us, not on us",
        "an hour, 3 hours, 12hours, foobar barfoo " + "😀" * 50 + " settle yourself down",
        "é" * 30 + "calm down" + "\u0301" * 10,
        "that's on us. it our fault, not our fault, never our mistake; our mistake! xon us, on usa",
        "是我们的问题，不是我的错，非我们问题，属于我错。都是快递公司的问题，物流原因，别都怪他们，都怪小王啊。你说",
    ]
    compiled = re.compile(pattern)
    for text in texts + ["。".join(texts) * 40]:  # the last one is long: a screen is used
        assert len(text) < LONG_TEXT or text == "。".join(texts) * 40
        expected = sorted(m.span() for m in compiled.finditer(text) if m.end() > m.start())
        assert PatternSet([pattern]).spans(text) == expected


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"(?<![不非没])(是|属于)(我们|我)", "属是"),
        (r"(是|都是)?(快递公司|物流)", "快是物都"),
        (r"(?<!别)(都怪|全怪)|你们?(?=说)", "你全都"),
        (r"(是|属于)(我们|我)", ""),  # re jumps to 是 and 属 by itself
        (r"(?<!x)\bour fault|\bwe erred", "ow"),
        (r"(?<!x)[a-z]+ly\b", "abcdefghijklmnopqrstuvwxyz"),
        (r"(?<!x)(?:[^\W\d_])+ly\b", ""),  # any letter at all: not listed
        (r"(?<!x)[^，]{0,4}的错", ""),  # a negated class: anything can begin a match
        (r"(?<!x)(是)?", ""),  # can match nothing
        (r"(?<!x)(是)?\1", ""),  # a back-reference first: not read
        (r"(?<!x)(?i:our) fault", ""),  # a group with its own flags: capitals would be missed
    ],
)
def test_start_characters_of_a_pattern(pattern: str, chars: str) -> None:
    assert start_chars(pattern) == "".join(sorted(chars))


def test_leading_word_boundary_or_look_behind_gets_a_screen() -> None:
    # \b or a look-behind first made re try all 100 000 positions of a non-ASCII reply (about
    # 30 ms a pattern): on a long text such a pattern runs behind a screen that re can jump with
    # (speed itself is measured in benchmarks/engine.py, not here).
    sources = [r"\b(calm|settle) (yourself )?down\b", r"(?<!not )\bon us\b", r"(?:\bfoo|(?<!x)bar)"]
    for source in sources:
        (compiled,) = PatternSet([source]).compiled
        screen = compiled.screen()
        assert screen is not None and not screen.pattern.startswith(("\\b", "(?<"))
    assert PatternSet(sources).spans("😀" * 100_000) == []


def test_length_rule_with_min_above_max_is_rejected() -> None:
    source = """
[[rule]]
id = "understand-need/size"
principle = "understand-need"
type = "length"
severity = "warning"
min = 10
max = 5
message = "x"
"""
    with pytest.raises(LoadError, match="min 10 is more than max 5"):
        parse_extra(source, "inline.toml")


ALSO_BREAKS_RULES = '''
lang = "en"

[[rule]]
id = "no-blame/company-not-our-department"
principle = "no-blame"
type = "forbid"
severity = "warning"
also_breaks = ["ownership"]
patterns = ['not our department']
message = "Blames another team and leaves the problem with nobody."
examples = ["That's not our department."]
'''


def test_a_rule_can_name_another_principle_its_phrase_breaks() -> None:
    """``also_breaks``: the phrase is reported once, naming both principles."""
    rules = parse_extra(ALSO_BREAKS_RULES)
    result = run("Sorry, that's not our department.", "en", extra=rules)
    mine = [f for f in result["findings"] if f["rule"] == "no-blame/company-not-our-department"]
    assert len(mine) == 1 and "ownership" in mine[0]["also"]
    assert not [f for f in result["findings"] if f["rule"] == "no-blame/company-not-our-department"
                and f["principle"] == "ownership"]


@pytest.mark.parametrize(("value", "said"), [
    ('["made-up"]', "also_breaks: unknown or unchecked principle 'made-up'"),
    ('["no-blame"]', "also_breaks repeats the rule's own principle 'no-blame'"),
    ('"ownership"', "also_breaks must be a list of principle ids"),
])
def test_also_breaks_must_name_other_known_principles(value: str, said: str) -> None:
    source = ALSO_BREAKS_RULES.replace('also_breaks = ["ownership"]', f"also_breaks = {value}")
    _, problems = extra_problems(source, "company.toml")
    assert said in "\n".join(str(p) for p in problems)


def test_also_breaks_stands_down_when_the_reply_does_it_elsewhere() -> None:
    from exercises.api import check

    owned = check("That's not our department, but I'll call them myself today.", "en", None,
                  ALSO_BREAKS_RULES)
    mine = [f for f in owned["findings"] if f["rule"] == "no-blame/company-not-our-department"]
    assert mine and "ownership" not in mine[0]["also"]
    bare = check("That's not our department.", "en", None, ALSO_BREAKS_RULES)
    mine = [f for f in bare["findings"] if f["rule"] == "no-blame/company-not-our-department"]
    assert mine and "ownership" in mine[0]["also"]
