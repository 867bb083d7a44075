"""Rule types own their keys (exercises/ruletypes): the loader checks only the common ones."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from exercises import engine
from exercises.api import check
from exercises.normalize import normalize
from exercises.packs import extra_problems
from exercises.record import record
from exercises.ruletypes import TYPES, Outcome, Rule
from exercises.ruletypes.keys import COUNT, Key, key_problems

HEAD = '''lang = "en"

[[rule]]
id = "no-taboo/{slug}"
principle = "no-taboo"
severity = "warning"
message = "x"
'''


def problems(body: str, slug: str = "r") -> list[tuple[int, str]]:
    _, found = extra_problems(HEAD.format(slug=slug) + body, "company.toml")
    return [(p.line, p.message) for p in found]


def test_an_unknown_key_is_reported_on_its_own_line() -> None:
    found = problems('type = "forbid"\npatterns = ["\\\\bfoo\\\\b"]\ncolour = "red"\n')
    assert (10, "rule 'no-taboo/r': unknown key 'colour'") in found


def test_a_key_of_another_type_is_unknown_to_this_one() -> None:
    found = dict((m, n) for n, m in problems('type = "forbid"\npatterns = ["\\\\bfoo\\\\b"]\nmin = 3\n'))
    assert found.get("rule 'no-taboo/r': unknown key 'min'") == 10
    order = [m for _, m in problems('type = "order"\nfirst = ["a"]\nthen = ["b"]\nphrases = ["c"]\n')]
    assert "rule 'no-taboo/r': unknown key 'phrases'" in order  # only types with patterns take phrases


def test_each_type_checks_its_own_values() -> None:
    assert "rule 'no-taboo/r': unless_window must be a whole number ≥ 0" in [
        m for _, m in problems('type = "forbid"\npatterns = ["foo"]\nunless_window = -1\n')]
    assert "rule 'no-taboo/r': then is missing" in [m for _, m in problems('type = "order"\nfirst = ["a"]\n')]
    assert "rule 'no-taboo/r': a length rule needs min and/or max" in [
        m for _, m in problems('type = "length"\n')]
    assert "rule 'no-taboo/r': patterns must be a list of strings" in [
        m for _, m in problems('type = "require"\npatterns = []\n')]


def test_unknown_type_lists_the_registered_types() -> None:
    found = [m for _, m in problems('type = "banish"\npatterns = ["foo"]\n')]
    assert f"rule 'no-taboo/r': unknown type 'banish' ({', '.join(TYPES)})" in found
    assert not any("unknown key 'patterns'" in m for m in found)  # some type has patterns


@record
class _EveryRule(Rule):
    """A throwaway type: a missing element whenever the reply is longer than ``beyond``."""

    beyond: int = 0
    type_name = "longer"

    def run(self, text: str, lang: str) -> Outcome:
        return Outcome(findings=[None]) if len(text) > self.beyond else Outcome()


def test_a_new_type_needs_no_change_to_the_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    keys = {"beyond": Key(COUNT, required=True)}
    module: Any = SimpleNamespace(
        KEYS=keys,
        problems=lambda table, strict: key_problems(keys, table, strict),
        build=lambda common, table: _EveryRule(**common, beyond=table["beyond"]),
    )
    monkeypatch.setitem(TYPES, "longer", module)
    assert "rule 'no-taboo/r': beyond is missing" in [m for _, m in problems('type = "longer"\n')]
    source = HEAD.format(slug="r") + 'type = "longer"\nbeyond = 5\n'
    rules, found = extra_problems(source, "company.toml")
    assert found == [] and isinstance(rules[0], _EveryRule)
    findings, _ = engine.run("a reply that is long enough", "en", rules)
    assert [f.rule for f in findings] == ["no-taboo/r"]


NAMED = '''type = "require"
patterns = ["\\\\bmy name is\\\\b"]
cased_patterns = ['(?:Thanks|Bye), (?P<word>[A-Z][a-z]+)[.!]']
word_not_in = ["{not_a_name}", "Acme"]
examples = ["Thanks, Monday.", "Bye, Acme!", "Thanks, Holiday."]
counterexamples = ["Thanks, Priya.", "Bye, Acme. Thanks, Priya."]

[lexicon.not_a_name]
patterns = ['[A-Z][a-z]+day']
'''


def test_word_not_in_looks_the_named_word_up_in_a_class_and_goes_on_searching() -> None:
    rules, found = extra_problems(HEAD.format(slug="r") + NAMED, "company.toml")
    assert found == []  # the examples and counterexamples (self-test) pass too
    (rule,) = rules
    not_words = rule.cased_set.not_words
    # the pack's class (words in groups and a pattern), the trainer's addition, a word of the rule
    assert {"Monday", "Friday", "Sorry", "Acme"} <= not_words.words
    # the pack's -ly adverbs (Finally), but not the names that end so (round 60: Emily), and the trainer's
    patterns = set(not_words.patterns)
    assert "[A-Z][a-z]+day" in patterns and len(patterns) == 2
    (adverbs,) = patterns - {"[A-Z][a-z]+day"}
    assert adverbs.endswith("[A-Z][a-z]+ly") and "Emily" in adverbs
    assert rule.run_on(normalize("Thanks, Emily."), "en").followed == (0, 14)
    outcome = rule.run_on(normalize("Bye, Acme. Thanks, Priya."), "en")
    assert outcome.followed == (11, 25) and outcome.findings == []
    for text in ("Thanks, Monday.", "Bye, Acme!", "Thanks, Holiday.", "Thanks, Friday!", "Bye, Lovely."):
        assert rule.run_on(normalize(text), "en").findings == [None], text


def test_word_not_in_needs_a_word_group_and_known_classes() -> None:
    no_group = NAMED.replace("(?P<word>[A-Z][a-z]+)", "[A-Z][a-z]+")
    assert "rule 'no-taboo/r': word_not_in: no cased_patterns entry has a (?P<word>…) group to check" in [
        m for _, m in problems(no_group)]
    unknown = NAMED.replace('"{not_a_name}"', '"{months}"')
    assert "rule 'no-taboo/r': word_not_in: no lexicon class {months} in '{months}'" in [
        m for _, m in problems(unknown)]
    assert "rule 'no-taboo/r': word_not_in must be a list of word classes ({name}) or words" in [
        m for _, m in problems(NAMED.replace('["{not_a_name}", "Acme"]', "[]"))]


def test_unless_followed_names_known_principles() -> None:
    body = 'type = "forbid"\npatterns = ["foo"]\nunless_followed = ["acknowledge", "tact"]\n'
    found = [m for _, m in problems(body)]
    assert "rule 'no-taboo/r': unless_followed: unknown principle 'tact'" in found
    assert not problems('type = "forbid"\npatterns = ["foo"]\nunless_followed = ["acknowledge"]\n')


def test_unless_followed_drops_the_finding_when_the_reply_does_the_named_principle() -> None:
    # a trainer's rule: "policy" is flagged, unless the reply is praised for acknowledging the customer
    extra = HEAD.format(slug="policy") + (
        'type = "forbid"\npatterns = ["\\\\bpolicy\\\\b"]\nunless_followed = ["acknowledge"]\n')
    bare = check("That is our policy.", "en", extra_rules=extra)
    kind = check("I'm so sorry for the trouble. That is our policy.", "en", extra_rules=extra)
    assert "no-taboo/policy" in {f["rule"] for f in bare["findings"]}
    assert "acknowledge" in {f["principle"] for f in kind["followed"]}
    assert "no-taboo/policy" not in {f["rule"] for f in kind["findings"]}


@pytest.mark.parametrize(("lang", "bare", "kind"), [
    ("en", "Unfortunately the offer ended on Friday, so the old price no longer applies.",
     "I'm sorry, the offer ended on Friday, so the old price no longer applies."),
    ("zh", "由于系统升级，本周暂停办理。",
     "给您添麻烦了，实在抱歉。由于系统升级，本周暂停办理，我先帮您登记。"),
])
def test_a_reply_that_only_explains_is_noted_and_dealing_with_it_lifts_it(lang: str, bare: str,
                                                                        kind: str) -> None:
    # in English an apology alone lifts it; in Chinese (round 134) it takes something done or asked, as the
    # real dev rows' labellers judge an apology followed only by the rules a defence
    assert "no-arguing/explains-only" in {f["rule"] for f in check(bare, lang)["findings"]}
    assert "no-arguing/explains-only" not in {f["rule"] for f in check(kind, lang)["findings"]}


def test_in_chinese_an_apology_alone_does_not_lift_the_explains_only_note() -> None:
    text = "给您添麻烦了，实在抱歉。由于系统升级，本周暂停办理。"
    assert "no-arguing/explains-only" in {f["rule"] for f in check(text, "zh")["findings"]}


def test_a_require_rule_sets_aside_a_match_in_a_clause_its_unless_clause_names() -> None:
    """A time inside a question that offers a choice is not yet promised; one said in the next
    clause still is (zh pack, next-step/time-commitment)."""
    def timed(text: str) -> bool:
        found = check(text, "zh")["findings"]
        return not any(f["rule"] == "next-step/time-commitment" for f in found)

    assert not timed("您看是工作日送还是周末送？定下来以后我们尽快给您送过去。")
    assert timed("您看是明晚还是周六？您挑一个，我一个小时之内给您回电话。")
    assert timed("我们周末给您送过去。")
    assert problems('type = "require"\npatterns = ["sorry"]\nunless_clause = ["never"]\n') == []
