"""Every rule's examples and counterexamples, in both general packs and in every exercise,
in simplified and in traditional characters."""

from __future__ import annotations

import pytest
from zh_variants import converters

from exercises.exercise_bank import bank_problems
from exercises.packs import extra_problems, pack_problems
from exercises.ruletypes import Rule
from exercises.selftest import flags, marked, selftest

CONVERT = converters()


def _rules() -> list[tuple[str, Rule]]:
    found: list[tuple[str, Rule]] = []
    for lang in ("zh", "en"):
        rules, _ = pack_problems(lang)
        found += [(f"{lang}.toml:{r.id}", r) for r in rules]
    exercises, _ = bank_problems()
    for ex in exercises.values():
        for lang in ("zh", "en"):
            found += [(f"{ex.id}:{lang}:{r.id}", r) for r in ex.lang(lang).rules]
    return found


RULES = _rules()


def test_packs_parse_without_problems() -> None:
    for lang in ("zh", "en"):
        rules, problems = pack_problems(lang, strict=True)
        assert [str(p) for p in problems] == []
        assert rules, f"the {lang} pack has no rules"


def test_every_pack_rule_has_examples() -> None:
    missing = [name for name, rule in RULES if not rule.examples]
    assert missing == []


@pytest.mark.parametrize(("name", "rule"), RULES, ids=[name for name, _ in RULES])
def test_examples_and_counterexamples(name: str, rule: Rule) -> None:
    for example in rule.examples:
        assert flags(rule, marked(example)[0]), f"example not flagged: {example}"
    for counter in rule.counterexamples:
        assert not flags(rule, counter), f"counterexample flagged: {counter}"
    assert selftest(rule) == []  # and a marked example is flagged on the marked words


ZH_RULES = [(name, rule) for name, rule in RULES if rule.lang == "zh"]


@pytest.mark.parametrize(("name", "rule"), ZH_RULES, ids=[name for name, _ in ZH_RULES])
def test_examples_in_traditional_characters(name: str, rule: Rule) -> None:
    for convert in CONVERT.values():
        for example in rule.examples:
            text = marked(example)[0]
            assert flags(rule, convert(text)), f"traditional example not flagged: {convert(text)}"
        for counter in rule.counterexamples:
            assert not flags(rule, convert(counter)), (
                f"traditional counterexample flagged: {convert(counter)}"
            )


def test_a_marked_example_must_be_flagged_on_the_marked_words() -> None:
    extra = "\n".join([
        'lang = "en"', "[[rule]]", 'id = "no-taboo/x"', 'principle = "no-taboo"', 'type = "forbid"',
        'severity = "error"', "patterns = ['calm down']", 'message = "m"',
        'examples = ["Please [relax], calm down."]',
    ])
    _, problems = extra_problems(extra, "x.toml")
    assert any("flagged on other words" in p.message for p in problems)


def test_chinese_messages_speak_to_the_trainee_as_ni() -> None:
    """One voice for the trainee, as in the widget: 你 in every message (您 only inside quoted
    words meant for the customer, and in suggestions, which are said to the customer)."""
    import re

    from exercises.locale import get_locale

    messages = get_locale("zh").texts("messages").values()
    texts = [r.message for _, r in RULES if r.lang == "zh"] + list(messages)
    outside = [t for t in texts if "您" in re.sub(r"“[^”]*”", "", t)]
    assert outside == []
