"""The command line, run as a subprocess: exit codes, JSON shape, bad input, batch, eval."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXTRA = FIXTURES / "extra_rules.toml"


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="", LC_ALL="C")
    proc = subprocess.run(
        [sys.executable, "-m", "exercises", *args], cwd=ROOT, input=stdin, capture_output=True, env=env
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert proc.stdout == ""


def test_check_exit_1_and_json_shape() -> None:
    proc = cli("check", "--lang", "en", "--rules", str(EXTRA), "--json", "--text", "No worries, mate.")
    data = json.loads(proc.stdout)
    assert list(data)[:5] == ["exercise", "lang", "passed", "score", "findings"]
    assert data["lang"] == "en" and data["exercise"] is None
    assert isinstance(data["score"], int) and 0 <= data["score"] <= 100
    assert data["passed"] == (not any(f["severity"] == "error" for f in data["findings"]))
    worries = [f for f in data["findings"] if f["rule"] == "no-taboo/no-worries"]
    assert worries and worries[0]["excerpt"] == "No worries" and worries[0]["start"] == 0
    assert proc.returncode == (0 if data["passed"] else 1)


def test_check_exit_codes_follow_passed() -> None:
    extra = FIXTURES / "extra_rules_zh_only.toml"
    failing = cli("check", "--lang", "zh", "--rules", str(extra), "--json", "--text", "亲爱的，您好")
    assert failing.returncode == 1 and json.loads(failing.stdout)["passed"] is False
    empty = cli("check", "--lang", "zh", "--json", "--text", "   ")
    assert empty.returncode == 1
    assert json.loads(empty.stdout)["findings"][0]["rule"] == "understand-need/empty"


def test_check_exit_0_when_passed() -> None:
    from exercises.exercise_bank import load_bank

    bank = load_bank()
    if not bank:
        pytest.skip("the exercise bank is empty")
    exercise = next(iter(bank.values()))
    answer = exercise.lang("en").model_answers[0]
    proc = cli("check", "--lang", "en", "--exercise", exercise.id, "--json", "--text", answer)
    assert json.loads(proc.stdout)["passed"] is True
    assert proc.returncode == 0


def test_check_reads_stdin_and_file(tmp_path: Path) -> None:
    text = "您冷靜一點，我們會處理的。"
    via_stdin = cli("check", "--lang", "zh", "--json", "-", stdin=text.encode("utf-8"))
    reply = tmp_path / "reply.txt"
    reply.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    via_file = cli("check", "--lang", "zh", "--json", "--file", str(reply))
    via_text = cli("check", "--lang", "zh", "--json", "--text", text)
    assert via_stdin.stdout == via_file.stdout == via_text.stdout
    assert via_stdin.returncode == via_text.returncode


def test_human_output_shows_findings_in_chosen_language() -> None:
    proc = cli("check", "--lang", "zh", "--rules", str(EXTRA), "--text", "亲，您好")
    assert "no-taboo/no-worries" in proc.stdout and "结果" in proc.stdout and "【亲，】" in proc.stdout
    en = cli("check", "--lang", "en", "--rules", str(EXTRA), "--text", "No worries")
    assert "Result:" in en.stdout and "[[No worries]]" in en.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--lang", "zh", "--exercise", "no-such-exercise", "--text", "你好"),
        ("check", "--lang", "fr", "--text", "hello"),
        ("check", "--lang", "zh"),
        ("check", "--lang", "zh", "--file", "/nonexistent/reply.txt"),
        ("check", "--lang", "zh", "--rules", str(FIXTURES / "broken_syntax.toml"), "--text", "你好"),
        ("check", "--lang", "zh", "--rules", str(FIXTURES / "bad_rules.toml"), "--text", "你好"),
        ("frobnicate",),
        ("batch", "/nonexistent.csv"),
        ("eval", str(FIXTURES / "extra_rules.toml")),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    assert_one_line_error(cli(*args))


def test_not_utf8_file(tmp_path: Path) -> None:
    bad = tmp_path / "reply.txt"
    bad.write_bytes("您好".encode("gb18030") + b"\xff")
    proc = cli("check", "--lang", "zh", "--file", str(bad))
    assert_one_line_error(proc)
    assert "not UTF-8" in proc.stderr


def test_broken_toml_names_file_and_line() -> None:
    proc = cli("check", "--lang", "zh", "--rules", str(FIXTURES / "broken_syntax.toml"), "--text", "你好")
    assert_one_line_error(proc)
    assert "broken_syntax.toml:5:" in proc.stderr


def test_lint_reports_bad_extra_rules() -> None:
    proc = cli("lint", "--rules", str(FIXTURES / "bad_rules.toml"))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "bad_rules.toml:2: rule 'no-taboo/nested'" in proc.stderr


def test_lint_reports_a_detached_nt() -> None:
    # " (not|n't)" reads "we are not" but never "we aren't": lint says so, naming the file and rule
    proc = cli("lint", "--rules", str(FIXTURES / "detached_nt_rules.toml"))
    assert proc.returncode == 1
    assert "detached_nt_rules.toml:3: rule 'ownership/not-us': \"n't\" after a space" in proc.stderr


def test_list_json() -> None:
    proc = cli("list", "--lang", "en", "--json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert isinstance(data["exercises"], list)
    for entry in data["exercises"]:
        assert {"id", "title", "principles"} <= set(entry)


def test_batch_with_bom_csv_default_and_json() -> None:
    # the fixture's exercise column is empty, so --exercise gives every row its exercise
    bom = ("--exercise", "calm-down", "--rules", str(EXTRA), str(FIXTURES / "answers_bom.csv"))
    csv_out = cli("batch", *bom)
    assert csv_out.returncode == 0, csv_out.stderr
    lines = csv_out.stdout.splitlines()
    assert lines[0] == "trainee,exercise,lang,passed,score,errors,warnings,infos,flagged"
    assert lines[1].startswith("Ann,calm-down,en,") and lines[2].startswith("Bo,calm-down,zh,")
    assert lines[3].startswith("Cy,calm-down,en,")
    assert "principle,zh,en,answers,flagged,flagged_percent" in lines
    js = cli("batch", "--json", *bom)
    data = json.loads(js.stdout)
    assert [a["trainee"] for a in data["answers"]] == ["Ann", "Bo", "Cy"]
    assert data["total"]["answers"] == 3
    taboo = next(p for p in data["principles"] if p["principle"] == "no-taboo")
    assert taboo["flagged"] == sum(1 for a in data["answers"] if "no-taboo" in a["flagged"])


def test_batch_grades_the_class_around_one_unknown_exercise(tmp_path: Path) -> None:
    """One mistyped exercise id costs its own row, not the class: the others are graded."""
    path = tmp_path / "class.csv"
    path.write_text(
        "trainee,answer,exercise\n"
        "Ann,\"您先冷静一点。\",calm-down\n"
        "Bo,\"I understand, let me help.\",calm-dwon\n"
        "Cy,\"Please calm down.\",calm-down\n",
        encoding="utf-8",
    )
    proc = cli("batch", "--json", str(path))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [a["trainee"] for a in data["answers"]] == ["Ann", "Cy"]
    assert all(isinstance(a["score"], int) for a in data["answers"]), data["answers"]
    assert data["skipped"] == [{"line": 3, "reason": "unknown exercise 'calm-dwon'"}]
    assert "class.csv:3: row skipped: unknown exercise 'calm-dwon'" in proc.stderr


def test_batch_needs_exercise_column_or_option(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text("trainee,answer\nAnn,hello\n", encoding="utf-8")
    assert_one_line_error(cli("batch", str(path)))


def test_eval_reports_per_principle_and_rule() -> None:
    proc = cli("eval", "--json", str(FIXTURES / "marked.csv"))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["rows"] == 6
    by_principle = {p["principle"]: p for p in data["principles"]}
    assert set(by_principle) == {"no-taboo", "no-blame", "next-step"}
    for stats in by_principle.values():
        assert stats["rows"] == stats["tp"] + stats["fp"] + stats["fn"] + stats["tn"] == 2
        assert stats["agree"] == stats["tp"] + stats["tn"]
    assert all(r["rule"].split("/")[0] in by_principle for r in data["rules"])
    # a rule is judged on the rows of its own principle only: a row about another principle
    # is neither a hit nor a miss for it (they were counted as misses)
    assert data["rules"] and all(
        r["rows"] == by_principle[r["rule"].split("/")[0]]["rows"] for r in data["rules"]
    ), [(r["rule"], r["rows"]) for r in data["rules"]]
    text = cli("eval", str(FIXTURES / "marked.csv"))
    assert text.stdout.splitlines()[0].startswith("kind,name,rows,agree")


def test_eval_rejects_unknown_verdict(tmp_path: Path) -> None:
    path = tmp_path / "marked.csv"
    path.write_text("lang,answer,principle,verdict\nen,hi,no-taboo,maybe\n", encoding="utf-8")
    proc = cli("eval", str(path))
    assert_one_line_error(proc)
    assert "line 2" in proc.stderr


def test_undecodable_argument_bytes_still_give_utf8_json() -> None:
    # Python turns bytes that are not UTF-8 in argv into lone surrogates.
    env = dict(os.environ, PYTHONIOENCODING="", LC_ALL="C.UTF-8")
    proc = subprocess.run(
        [sys.executable, "-m", "exercises", "check", "--lang", "en", "--json", "--text", b"calm \xff down"],
        cwd=ROOT,
        capture_output=True,
        env=env,
    )
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["lang"] == "en" and isinstance(data["score"], int)


@pytest.mark.parametrize("rules", ["/nonexistent/extra.toml", str(FIXTURES)])
def test_lint_with_unreadable_rules_file_is_a_usage_error(rules: str) -> None:
    assert_one_line_error(cli("lint", "--rules", rules))


def test_bad_input_for_every_subcommand(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("trainee,answer,exercise\nJosé,caf\xe9,calm-down\n".encode("latin-1"))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("trainee,answer,exercise\nAnn,hello,no-such-exercise\n", encoding="utf-8")
    bad_lang = tmp_path / "lang.csv"
    bad_lang.write_text("trainee,answer,exercise,lang\nAnn,hello,calm-down,fr\n", encoding="utf-8")
    for args in [
        ("batch", str(latin1)),
        ("batch", str(empty)),
        ("batch", str(bad_lang)),
        ("batch", str(tmp_path)),
        ("eval", str(latin1)),
        ("eval", str(empty)),
        ("eval", str(tmp_path)),
        ("check", "--lang", "zh", "--file", str(tmp_path)),
        ("check", "--lang", "zh", "--text", "hi", "--file", str(latin1)),
        ("list", "--lang", "xx"),
    ]:
        proc = cli(*args)
        assert_one_line_error(proc)
    skipped = cli("batch", str(unknown))  # an unknown exercise skips its row, not the class
    assert skipped.returncode == 0 and "unknown.csv:2: row skipped: unknown exercise" in skipped.stderr


def test_empty_stdin_is_a_finding_not_an_error() -> None:
    proc = cli("check", "--lang", "en", "--json", "-", stdin=b"")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["findings"][0]["rule"] == "understand-need/empty"


def test_batch_applies_language_limited_extra_rules_to_that_language_only(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    rows = (
        'trainee,answer,exercise,lang\nAnn,"亲爱的，今天处理。",calm-down,zh\n'
        'Bo,"亲爱的 today",calm-down,en\n'
    )
    path.write_text(rows, encoding="utf-8")
    proc = cli("batch", "--json", "--rules", str(FIXTURES / "extra_rules_zh_only.toml"), str(path))
    assert proc.returncode == 0, proc.stderr
    answers = {a["trainee"]: a for a in json.loads(proc.stdout)["answers"]}
    assert [f["rule"] for f in answers["Ann"]["findings"]].count("no-taboo/dear") == 1
    assert "no-taboo/dear" not in [f["rule"] for f in answers["Bo"]["findings"]]


def test_batch_accepts_an_answer_longer_than_the_csv_default_field_limit(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text('trainee,answer,exercise\nAnn,"%s",calm-down\n' % ("您好" * 100_000), encoding="utf-8")
    proc = cli("batch", "--json", str(path))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["answers"][0]["lang"] == "zh"


def test_human_output_speaks_like_the_site() -> None:
    """Severity names as the widget shows them, errors first, positions counted from 1."""
    args = [sys.executable, "-m", "exercises", "check", "--lang", "zh", "--text", "冷静点。我来查。"]
    out = subprocess.run(args, capture_output=True, text=True, cwd=ROOT).stdout
    assert "[必须改]" in out and "第 1–3 字" in out and "[错误]" not in out
    listed = [line for line in out.splitlines() if line.strip()[:2].rstrip(".").isdigit()]
    order = {"必须改": 0, "建议改": 1, "可以考虑": 2}
    ranks = [next(r for name, r in order.items() if f"[{name}]" in line) for line in listed]
    assert ranks == sorted(ranks) and len(ranks) >= 2


# ---------------------------------------------------------------- the README (issue 12)

README = (ROOT / "README.md").read_text(encoding="utf-8")


def makefile_targets() -> set[str]:
    import re

    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", text, re.M))


def test_every_make_command_in_the_readme_exists_and_each_has_a_table_row() -> None:
    import re

    used = set(re.findall(r"`?make ([a-z][a-z-]*)", README))
    assert "setup" in used
    assert used <= makefile_targets(), used - makefile_targets()
    rows = set(re.findall(r"^\| `make ([a-z-]+)` \|", README, re.M))
    assert used - {"serve", "test"} <= rows, used - rows  # serve and test have their own section


def test_readme_says_what_make_pdf_needs_and_that_serve_needs_a_restart() -> None:
    import re

    row = re.search(r"^\| `make pdf` \|(.*)$", README, re.M)
    assert row
    for need in ("Chromium", "CJK fonts", "poppler"):
        assert need in row.group(1)
    assert re.search(r"make serve.{0,200}(again|restart)", README, re.S)
    assert "planning repository" not in README
    assert "Sources" in README and (ROOT / "docs" / "en" / "sources.md").is_file()


def test_readme_lists_every_verdict_value_eval_accepts() -> None:
    from exercises.evaluate import NOT_VIOLATED, VIOLATED

    for value in VIOLATED | NOT_VIOLATED:
        assert f"`{value}`" in README, value


def test_readme_command_examples_run() -> None:
    import re

    for line in re.findall(r"^\.venv/bin/python -m exercises (list .*|check .*)$", README, re.M):
        args = re.findall(r'"[^"]*"|\S+', line.split("#")[0])
        proc = cli(*[a.strip('"') for a in args])
        assert proc.returncode in (0, 1), (line, proc.stderr)
        assert "Traceback" not in proc.stderr
