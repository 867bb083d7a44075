"""The exercise bank: every exercise does what its file promises, in both languages and scripts.

For every exercise and language: each model answer passes (no error finding), each
known-bad rewrite gets an error or warning for every principle in its flags, the bad reply
fails; Chinese texts give the same principles in simplified and traditional characters.
"""

from __future__ import annotations

from functools import cache

import pytest
from zh_variants import converters

from exercises.api import check
from exercises.exercise_bank import Exercise, bank_files, bank_problems
from exercises.lint import lint
from exercises.principles import principle_ids

LANGS = ("zh", "en")
FILES = [name.removesuffix(".toml") for name in bank_files()]
CONVERT = converters()


@cache
def bank() -> dict[str, Exercise]:
    exercises, _ = bank_problems()
    return exercises


def exercise(ex_id: str) -> Exercise:
    if ex_id not in bank():
        problems = [str(p) for p in bank_problems()[1] if ex_id in p.file]
        pytest.fail(f"{ex_id} does not load: {problems[:3]}")
    return bank()[ex_id]


def principles_flagged(result: dict, severities: tuple[str, ...] = ("error", "warning")) -> set[str]:
    return {f["principle"] for f in result["findings"] if f["severity"] in severities}


def signature(result: dict) -> list[tuple[str, str, str]]:
    return sorted((f["principle"], f["rule"], f["severity"]) for f in result["findings"])


def test_bank_has_all_exercises() -> None:
    assert len(FILES) >= 14


def test_bank_loads_without_problems() -> None:
    _, problems = bank_problems(strict=True)
    assert [str(p) for p in problems] == []


def test_lint_is_clean() -> None:
    assert [str(p) for p in lint()] == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("ex_id", FILES)
def test_model_answers_pass(ex_id: str, lang: str) -> None:
    for answer in exercise(ex_id).lang(lang).model_answers:
        result = check(answer, lang, ex_id)
        errors = [f["rule"] for f in result["findings"] if f["severity"] == "error"]
        assert errors == [], answer
        assert result["passed"] is True


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("ex_id", FILES)
def test_known_bad_rewrites_are_flagged(ex_id: str, lang: str) -> None:
    for bad in exercise(ex_id).lang(lang).known_bad:
        flagged = principles_flagged(check(bad.text, lang, ex_id))
        missing = [p for p in bad.flags if p not in flagged]
        assert missing == [], bad.text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("ex_id", FILES)
def test_bad_reply_fails(ex_id: str, lang: str) -> None:
    result = check(exercise(ex_id).lang(lang).bad_reply, lang, ex_id)
    assert result["passed"] is False


@pytest.mark.parametrize("ex_id", FILES)
def test_exercise_metadata(ex_id: str) -> None:
    ex = exercise(ex_id)
    assert ex.id == ex_id
    assert set(ex.principles) <= set(principle_ids())
    for lang in LANGS:
        data = ex.lang(lang)
        assert data.title and data.bad_reply and 2 <= len(data.hints) <= 4
        assert len(data.model_answers) >= 2 and len(data.known_bad) >= 3


@pytest.mark.parametrize("variant", sorted(CONVERT))
@pytest.mark.parametrize("ex_id", FILES)
def test_traditional_chinese_gives_same_findings(ex_id: str, variant: str) -> None:
    convert = CONVERT[variant]
    data = exercise(ex_id).lang("zh")
    texts = [*data.model_answers, *(b.text for b in data.known_bad), data.bad_reply]
    for text in texts:
        traditional = convert(text)
        for exercise_id in (ex_id, None):
            simplified_result = check(text, "zh", exercise_id)
            traditional_result = check(traditional, "zh", exercise_id)
            assert signature(traditional_result) == signature(simplified_result), (variant, traditional)
