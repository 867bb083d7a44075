"""Issue 11 (hardening): patterns that can freeze the checker, the command line's time limit,
CSV formula injection, malformed class files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exercises.packs import extra_problems
from exercises.regexcheck import backtracking_problem, pattern_problem
from exercises.regexprobe import BUDGET, attack_strings, budget_for, slow_patterns

ROOT = Path(__file__).resolve().parent.parent

FREEZING = ["(a|aa)+$", ".*.*.*=.*", "(.*q){12}", "(a+)+x", r"\d+\s*\d+x"]
ORDINARY = [
    ".{0,20}",
    "[^.!?]{0,15}",
    "(a|b)c",
    "(a|b)+",
    "(ab|ac)+",
    "(us |again |back )+now",
    r"\b[a-z]+ speaking\b",
    "这是.{0,6}部门的事",
    "(他们|那边)(经常|总是)?错",
    "我(来|会|现在|现在就){1,3}(帮|查)",
]


def cli(*args: str, stdin: bytes | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="", LC_ALL="C")
    proc = subprocess.run(
        [sys.executable, "-m", "exercises", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        env=env,
        timeout=timeout,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def rule_file(path: Path, pattern: str, example: str = "aa") -> Path:
    path.write_text(
        "\n".join(
            [
                'lang = "en"',
                "",
                "[[rule]]",
                'id = "no-taboo/trap"',
                'principle = "no-taboo"',
                'type = "forbid"',
                'severity = "error"',
                f"patterns = ['{pattern}']",
                'message = "x"',
                f'examples = ["{example}"]',
                "",
            ]
        ),
        encoding="utf-8",
    )
    return path


# 1. patterns that can freeze the checker


@pytest.mark.parametrize("pattern", FREEZING)
def test_static_check_rejects_freezing_shapes(pattern: str) -> None:
    problem = pattern_problem(pattern)
    assert problem is not None and "catastrophic backtracking" in problem and repr(pattern) in problem


@pytest.mark.parametrize("pattern", ORDINARY)
def test_static_check_accepts_ordinary_patterns(pattern: str) -> None:
    assert backtracking_problem(pattern) is None


def test_dynamic_check_catches_what_the_static_one_misses() -> None:
    # A capital letter makes the pattern case-insensitive, which the static analysis does
    # not model; the attack texts still find it (and every static shape too).
    assert backtracking_problem("x(?:a[ab]|[ab]a)+y") is not None
    assert backtracking_problem("x(?:ab|Ab|aB)+y") is None
    started = time.perf_counter()
    slow = slow_patterns(["(a|aa)+$", ".*.*.*=.*", "(.*q){12}", "x(?:ab|Ab|aB)+y", *ORDINARY])
    # (.*q){12} is polynomial, not exponential, on a failing text (at most 11 q's): whether it
    # overruns the budget depends on the machine's speed, so only the static check is relied on
    # for it (test above); the other three blow up on any machine.
    assert {"(a|aa)+$", ".*.*.*=.*", "x(?:ab|Ab|aB)+y"} <= set(slow)
    assert set(slow) <= {"(a|aa)+$", ".*.*.*=.*", "(.*q){12}", "x(?:ab|Ab|aB)+y"}
    assert backtracking_problem("(.*q){12}") is not None
    assert all("catastrophic backtracking" in m for m in slow.values())
    assert time.perf_counter() - started < 20


def test_a_long_pattern_gets_a_budget_in_proportion_and_a_freeze_in_it_is_still_caught() -> None:
    # a big word class expanded in place costs in proportion to its size; a freeze blows up anyway
    assert budget_for("x" * 300) == BUDGET
    assert budget_for("x" * 6000) == pytest.approx(BUDGET * 4)
    long_bad = "(?:" + "|".join(f"word{i}" for i in range(600)) + ")|(a|aa)+$"
    assert len(long_bad) > 4000
    assert long_bad in slow_patterns([long_bad])


def test_attack_strings_pump_the_patterns_own_text() -> None:
    texts = attack_strings("x(a|aa)+y")
    assert texts and all(t.startswith("xa") and len(t) > 1000 and not t.endswith("y") for t in texts)


def test_every_shipped_pattern_passes_both_checks() -> None:
    from exercises.exercise_bank import bank_problems
    from exercises.packs import pack_problems

    patterns: list[str] = []
    for lang in ("zh", "en"):
        rules, _ = pack_problems(lang)
        patterns += [s for r in rules for ps in r.patterns() for s in ps.sources]
    exercises, _ = bank_problems()
    for ex in exercises.values():
        for lang in ("zh", "en"):
            patterns += [s for r in ex.lang(lang).rules for ps in r.patterns() for s in ps.sources]
    assert [p for p in patterns if backtracking_problem(p)] == []
    assert slow_patterns(patterns) == {}


@pytest.mark.parametrize("pattern", ["(a|aa)+$", ".*.*.*=.*", "(.*q){12}"])
def test_trainer_file_with_freezing_pattern_is_rejected(tmp_path: Path, pattern: str) -> None:
    path = rule_file(tmp_path / "trap.toml", pattern)
    _, problems = extra_problems(path.read_text(encoding="utf-8"), "trap.toml")
    assert [str(p).split(": ")[0] for p in problems] == ["trap.toml:4"]
    assert repr(pattern) in problems[0].message
    check = ("check", "--lang", "en", "--rules", str(path), "--text", "a" * 41)
    for args in (("lint", "--rules", str(path)), check):
        proc = cli(*args, timeout=60)
        assert proc.returncode in (1, 2) and "trap.toml:4:" in proc.stderr and repr(pattern) in proc.stderr


def test_lint_rejects_a_pattern_only_the_attack_texts_catch_without_hanging(tmp_path: Path) -> None:
    path = rule_file(tmp_path / "trap.toml", "x(?:ab|Ab|aB)+y", "xaby")
    assert backtracking_problem("x(?:ab|Ab|aB)+y") is None
    proc = cli("lint", "--rules", str(path), timeout=60)
    assert proc.returncode == 1
    assert "trap.toml:4: rule 'no-taboo/trap': pattern 'x(?:ab|Ab|aB)+y' takes more than" in proc.stderr


def assert_one_line_error(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


# 1. the command line's time limit


LONG = "please calm down. " * 60000  # 3 to 6 s to check: well over the 1 s limits below


def test_check_stops_after_timeout_with_one_line(tmp_path: Path) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(LONG, encoding="utf-8")
    started = time.perf_counter()
    proc = cli("check", "--lang", "en", "--timeout", "1", "--file", str(reply))
    assert_one_line_error(proc)
    assert "longer than 1 s" in proc.stderr and "--timeout" in proc.stderr
    assert proc.stdout == ""
    assert time.perf_counter() - started < 8  # generous: a loaded machine starts processes slowly


def test_batch_timeout_names_the_answer_line(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(f"trainee,answer,exercise\nAnn,hi,calm-down\nBo,{LONG},calm-down\n", encoding="utf-8")
    proc = cli("batch", "--timeout", "1", str(path))
    assert_one_line_error(proc)
    assert "answers.csv line 3" in proc.stderr


def test_default_timeout_leaves_ordinary_checks_alone() -> None:
    proc = cli("check", "--lang", "en", "--json", "--text", "I'm sorry, I'll call you back by 5 pm.")
    assert proc.returncode in (0, 1) and json.loads(proc.stdout)["lang"] == "en"
    assert_one_line_error(cli("check", "--lang", "en", "--timeout", "soon", "--text", "hi"))


# 2. CSV formula injection


def test_batch_neutralises_formulas_and_reads_them_back(tmp_path: Path) -> None:
    names = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tTab", "\rCR", "Ann"]
    path = tmp_path / "answers.csv"
    out = io.StringIO()
    writer = csv.writer(out)  # \r\n line ends: the csv module then quotes a cell holding \r
    writer.writerow(["trainee", "answer", "exercise"])
    for name in names:
        writer.writerow([name, "Hello, I'm sorry.", "calm-down"])
    path.write_bytes(out.getvalue().encode("utf-8"))
    proc = cli("batch", str(path))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout, newline="")))
    trainees = [r[0] for r in rows[1 : 1 + len(names)]]
    assert trainees == ["'" + n if n[0] in "=+-@\t\r" else n for n in names]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)
    # the neutralised file reads back with the same meaning
    back = tmp_path / "back.csv"
    out = io.StringIO()
    writer = csv.writer(out)  # \r\n line ends: the csv module then quotes a cell holding \r
    writer.writerow(["trainee", "answer", "exercise"])
    writer.writerows([t, "'=1+1", "calm-down"] for t in trainees)
    back.write_bytes(out.getvalue().encode("utf-8"))
    data = json.loads(cli("batch", "--json", str(back)).stdout)
    assert [a["trainee"] for a in data["answers"]] == names


def test_safe_cell_round_trip() -> None:
    from exercises.csvinput import restore_cell, safe_cell

    for text in ["=1+1", "+", "-x", "@a", "\tx", "\rx", "plain", "'quote", "", "a=1"]:
        assert restore_cell(safe_cell(text)) == text
    assert safe_cell("=1") == "'=1" and safe_cell("a=1") == "a=1" and safe_cell(None) == ""


def test_eval_output_is_neutralised() -> None:
    from exercises.evaluate import to_csv

    report = {
        "principles": [
            {
                "principle": "=cmd",
                "rows": 1,
                "agree": 1,
                "agreement": 1.0,
                "tp": 1,
                "fp": 0,
                "fn": 0,
                "tn": 0,
                "precision": 1.0,
                "recall": 1.0,
            }
        ],
        "rules": [],
    }
    assert "\nprinciple,'=cmd," in to_csv(report)


# 5. malformed class files


def test_unterminated_quote_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(
        'trainee,answer,exercise\nAnn,hi,calm-down\nBo,"never closed,calm-down\n'
        "Cy,hello,calm-down\nDi,hey,\n",
        encoding="utf-8",
    )
    proc = cli("batch", "--json", str(path))
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert [a["trainee"] for a in data["answers"]] == ["Ann"]
    assert data["skipped"] == [
        {"line": 3, "reason": "a quote opened here is never closed (lines 3-5 skipped)"}
    ]
    assert data["total"]["skipped"] == 1
    assert "answers.csv:3: row skipped" in proc.stderr


def test_empty_and_unknown_exercise_rows_are_skipped_with_editor_lines(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text(
        'trainee,answer,exercise\nAnn,"two\nlines",\nBo,hi,no-such-exercise\nCy,hello,\n', encoding="utf-8"
    )
    proc = cli("batch", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "answers.csv:2: row skipped: exercise is empty" in proc.stderr
    assert "answers.csv:4: row skipped: unknown exercise 'no-such-exercise'" in proc.stderr
    assert "answers.csv:5: row skipped: exercise is empty" in proc.stderr
    assert "skipped_line,reason" in proc.stdout


def test_a_broken_bank_file_does_not_stop_other_exercises_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A check reads its exercise's own file; a trainer's broken file elsewhere in the bank
    fails the build (and `lint`) with its file and line, but not every trainee's check."""
    from exercises import exercise_bank
    from exercises.sources import LoadError, Problem

    real_read = exercise_bank.read_package_text

    def read(folder: str, name: str) -> str:
        if name == "sofa-delivery.toml":
            raise LoadError(Problem("bank/sofa-delivery.toml", 3, "TOML syntax error"))
        return real_read(folder, name)

    monkeypatch.setattr(exercise_bank, "read_package_text", read)
    monkeypatch.setattr("exercises.sources.read_package_text", read)
    exercise_bank._one.cache_clear()
    exercise_bank._bank.cache_clear()
    try:
        assert exercise_bank.get_exercise("calm-down").id == "calm-down"
        with pytest.raises(LoadError):
            exercise_bank.load_bank()
    finally:
        exercise_bank._one.cache_clear()
        exercise_bank._bank.cache_clear()
