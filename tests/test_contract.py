"""Contract checks across the whole bank and the command line (CONTRACT.md, exercises/principles.toml).

- Chinese replies with full-width or half-width punctuation get the same findings.
- The command line prints the same bytes under different ``PYTHONHASHSEED`` values.
- Pathological replies of 100 000 characters are checked quickly, with valid spans.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exercises.api import check
from exercises.exercise_bank import load_bank

ROOT = Path(__file__).resolve().parent.parent
BANK = load_bank()

# Half-width → full-width, as a trainee on another keyboard might type it, and back.
TO_FULL = {ord(","): "，", ord("."): "。", ord("!"): "！", ord("?"): "？", ord(":"): "：", ord(";"): "；"}
TO_HALF = {ord(v): chr(k) for k, v in TO_FULL.items()}


def signature(result: dict) -> list[tuple[str, str, str]]:
    return sorted((f["principle"], f["rule"], f["severity"]) for f in result["findings"])


@pytest.mark.parametrize("ex_id", list(BANK))
def test_full_and_half_width_punctuation_give_same_findings(ex_id: str) -> None:
    data = BANK[ex_id].lang("zh")
    for text in [data.bad_reply, *data.model_answers, *(b.text for b in data.known_bad)]:
        expected = signature(check(text, "zh", ex_id))
        for variant in (text.translate(TO_HALF), text.translate(TO_FULL)):
            assert signature(check(variant, "zh", ex_id)) == expected, variant


def _cli(args: list[str], seed: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONIOENCODING="", LC_ALL="C")
    proc = subprocess.run([sys.executable, "-m", "exercises", *args], cwd=ROOT, capture_output=True, env=env)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--lang", "zh", "--exercise", "dividend-date", "--json", "--text", "冷静点，是他们的事"],
        ["check", "--lang", "en", "--text", "Calm down, that's billing's fault. We'll see."],
        ["batch", "--json", str(ROOT / "tests" / "fixtures" / "answers_bom.csv")],
        ["eval", str(ROOT / "tests" / "fixtures" / "marked.csv")],
        ["list", "--json"],
    ],
)
def test_same_bytes_under_different_hash_seeds(args: list[str]) -> None:
    assert _cli(args, "1") == _cli(args, "4242")


PATHOLOGICAL = {
    "one repeated character": "的" * 100_000,
    "one repeated letter": "a" * 100_000,
    "alternating CJK and latin": "中a" * 50_000,
    "emoji": "😀" * 100_000,
    "ZWJ family": "👨\u200d👩\u200d👧" * 20_000,
    "spaces": " " * 100_000,
    "zero-width": "\u200b" * 100_000,
    "combining marks": "e" + "\u0301" * 99_999,
    "repeated taboo zh": "您冷静一点，这是他们部门的事。" * 6_700,
    "repeated taboo en": "Calm down, that's not my job. " * 3_400,
    "html": "<script>alert('冷静一点')</script>" * 3_400,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pathological_100k_replies(name: str, lang: str) -> None:
    text = PATHOLOGICAL[name][:100_000]
    check("warm up", lang)  # compile the packs' patterns first
    # CPU time of this process, not the wall clock: a busy machine (the suite runs one process per CPU,
    # and browsers beside them) must not fail it, while a pattern that backtracks still would.
    started = time.process_time()
    result = check(text, lang)
    elapsed = time.process_time() - started
    for f in result["findings"]:
        if f["start"] is not None:
            assert 0 <= f["start"] < f["end"] <= len(text) and f["excerpt"] == text[f["start"] : f["end"]]
    # About 0.3–0.8 s of CPU; catastrophic backtracking takes minutes.
    assert elapsed < 3.0, f"{name} ({lang}): {elapsed:.2f} s of CPU"


def _leading_unbounded_repeat(items: object) -> bool:
    """True when a match may begin with an unbounded repeat (``\\d+…``, ``[a-z]*…``): re then
    rescans a long run of such characters from every position in it (quadratic time)."""
    from exercises.regexcheck import sre_constants as c

    if not items:
        return False
    op, av = items[0]  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        return av[1] == c.MAXREPEAT
    if op is c.SUBPATTERN:
        return _leading_unbounded_repeat(av[-1])
    if op is c.BRANCH:
        return any(_leading_unbounded_repeat(branch) for branch in av[1])
    return False


def test_no_pattern_begins_with_an_unbounded_repeat() -> None:
    from exercises.api import rules_for
    from exercises.regexcheck import sre_parser

    offenders = set()
    seen: set[str] = set()  # the pack's rules come back with every exercise: parse each source once
    for lang in ("zh", "en"):
        for ex_id in [None, *BANK]:
            for rule in rules_for(lang, ex_id)[0]:
                for pattern_set in rule.patterns():
                    for source in pattern_set.sources:
                        if source in seen:
                            continue
                        seen.add(source)
                        if _leading_unbounded_repeat(sre_parser.parse(source)):
                            offenders.add(f"{rule.id}: {source[:60]}")
    assert len(seen) > 1000
    assert sorted(offenders) == []


def test_a_trainer_rule_with_a_pack_rule_id_replaces_it() -> None:
    """A trainer retunes a pack rule by reusing its id: the pack's version no longer runs."""
    text = "Please calm down."
    rule = "no-taboo/calm-down"
    before = [f for f in check(text, "en")["findings"] if f["rule"] == rule]
    assert [f["severity"] for f in before] == ["error"]
    extra = "\n".join([
        'lang = "en"', "[[rule]]", f'id = "{rule}"', 'principle = "no-taboo"', 'type = "forbid"',
        'severity = "info"', "patterns = ['calm down']", 'message = "House style: name the feeling."',
        'examples = ["please calm down"]', 'counterexamples = ["I hear you"]',
    ])
    after = [f for f in check(text, "en", extra_rules=extra)["findings"] if f["rule"] == rule]
    assert [(f["severity"], f["message"]) for f in after] == [("info", "House style: name the feeling.")]
