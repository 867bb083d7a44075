"""Role-play scenarios (exercises/roleplay/): loader errors with file and line, the graph lint,
every shipped scenario and its example paths, deterministic play, the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import cli

from exercises import roleplay
from exercises.api import roleplay_json, to_json
from exercises.sources import LoadError

ROOT = Path(__file__).resolve().parent.parent
SOFA = (ROOT / "exercises" / "roleplay" / "sofa.toml").read_text(encoding="utf-8")

SMALL = """id = "small"
case = "cases/sofa"
principles = ["acknowledge"]
mood = 50
start = "a"

[zh]
title = "t"
persona = "p"
situation = "s"
brief = "b"

[en]
title = "t"
persona = "p"
situation = "s"
brief = "b"

[node.a]
zh = "一"
en = "one"

[[node.a.on]]
when = ["followed:acknowledge"]
mood = 10
goto = "b"

[[node.a.on]]
mood = -10
goto = "b"

[node.b]
zh = "二"
en = "two"

[[node.b.on]]
goto = "c"

[node.c]
zh = "三"
en = "three"

[[node.c.on]]
goto = "done"

[ending.done]
kind = "resolved"
principles = ["acknowledge"]
zh = "好"
en = "fine"
[ending.done.debrief]
zh = "复盘"
en = "debrief"
"""


def parse(source: str) -> list[str]:
    scenario, problems = roleplay.parse_scenario("small.toml", source)
    assert (scenario is None) or problems or scenario.id == "small"
    return [str(p) for p in problems]


def line_of(source: str, needle: str) -> int:
    return next(n for n, line in enumerate(source.splitlines(), start=1) if needle in line)


def test_small_scenario_is_fine() -> None:
    assert parse(SMALL) == []


def test_toml_syntax_error_names_file_and_line() -> None:
    broken = SMALL.replace('zh = "二"', 'zh = "二')
    with pytest.raises(LoadError) as caught:
        roleplay.parse_scenario("small.toml", broken)
    line = line_of(broken, 'zh = "二')
    assert str(caught.value).startswith(f"exercises/roleplay/small.toml:{line}: TOML syntax error")


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ('goto = "c"', 'goto = "nowhere"', 'goto = "nowhere"', "goto 'nowhere' names no node or ending"),
        (
            'when = ["followed:acknowledge"]',
            'when = ["followed:politeness"]',
            "when = [",
            "unknown principle",
        ),
        ('when = ["followed:acknowledge"]', 'when = ["liked:acknowledge"]', "when = [", "use followed:P"),
        ("mood = 10\n", "mood = 500\n", "mood = 500", "mood must be a whole number from -100 to 100"),
        ('kind = "resolved"', 'kind = "happy"', 'kind = "happy"', "kind must be one of"),
        ('zh = "三"\n', "", "[node.c]", "node 'c': zh is missing"),
        ('start = "a"', 'start = "z"', 'start = "z"', "start 'z' names no node"),
        ('title = "t"', 'titel = "t"', 'titel = "t"', "unknown key 'titel'"),
    ],
)
def test_problems_name_file_and_line(old: str, new: str, needle: str, message: str) -> None:
    source = SMALL.replace(old, new, 1)
    problems = parse(source)
    wanted = f"exercises/roleplay/small.toml:{line_of(source, needle)}:"
    assert any(p.startswith(wanted) and message in p for p in problems), problems


def test_last_transition_must_be_the_default() -> None:
    source = SMALL.replace("[[node.a.on]]\nmood = -10", '[[node.a.on]]\nwhen = ["passed"]\nmood = -10')
    problems = parse(source)
    assert any("the last transition must have no 'when'" in p for p in problems), problems


def test_unreachable_node_and_loop_are_found() -> None:
    orphan = SMALL + '\n[node.x]\nzh = "孤"\nen = "alone"\n[[node.x.on]]\ngoto = "done"\n'
    problems = parse(orphan)
    assert (
        f"exercises/roleplay/small.toml:{line_of(orphan, '[node.x]')}: node 'x' cannot be reached from 'a'"
        in problems
    )
    loop = SMALL.replace('[[node.c.on]]\ngoto = "done"', '[[node.c.on]]\ngoto = "a"')
    problems = parse(loop)
    assert any("is on a loop" in p for p in problems), problems


def test_turn_count_is_three_to_six() -> None:
    short = SMALL.replace('[[node.b.on]]\ngoto = "c"', '[[node.b.on]]\ngoto = "done"')
    assert any("the longest path has 2 turns" in p for p in parse(short))


def test_at_least_eight_scenarios_both_languages_with_case_pages() -> None:
    scenarios = roleplay.load_scenarios()
    assert len(scenarios) >= 8
    for sc in scenarios.values():
        for lang in ("zh", "en"):
            assert (ROOT / "docs" / lang / f"{sc.case}.md").is_file(), (sc.id, lang)
            assert sc.text(lang, "title") and sc.nodes[sc.start].say[lang]
        assert {e.kind for e in sc.endings.values()} == {"resolved", "lost", "escalated"}


def test_every_scenario_lints_and_its_examples_take_their_paths() -> None:
    assert [str(p) for p in roleplay.lint_problems()] == []
    for sc in roleplay.load_scenarios().values():
        for example in sc.examples:
            assert roleplay.play(sc.id, example.lang, list(example.replies))["path"] == list(example.path)


def test_a_wrong_example_path_is_reported_with_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    sc = roleplay.get_scenario("sofa")
    first = sc.examples[0]
    wrong = roleplay.Example(first.lang, first.replies, ("opening", "pushing", "lost"), first.line)
    broken = roleplay.Scenario(**{**sc.__dict__, "examples": (wrong, *sc.examples[1:])})
    problems = [str(p) for p in roleplay.example_problems(broken)]
    assert any(
        p.startswith(f"exercises/roleplay/sofa.toml:{first.line}: [zh] example takes") for p in problems
    )


def test_play_is_deterministic_and_the_json_is_the_dict() -> None:
    replies = ["送货是物流公司安排的，我们也不清楚。", "今天下午五点前送到，或者改到周六上午。", "好的"]
    first = roleplay.play("sofa", "zh", replies)
    assert roleplay.play("sofa", "zh", replies) == first
    assert roleplay_json("sofa", "zh", json.dumps(replies)) == to_json(first)
    assert [t["mood"] for t in first["turns"]] == [
        max(0, min(100, t["mood_before"] + t["delta"])) for t in first["turns"]
    ]
    assert first["turns"][0]["mood_before"] == roleplay.get_scenario("sofa").mood


def test_a_blaming_reply_makes_the_customer_angrier_than_an_acknowledging_one() -> None:
    angry = roleplay.play("other-department", "en", ["That's the tech team's fault, not ours."])
    calm = roleplay.play(
        "other-department", "en", ["I'm so sorry, Mr Liu, I understand how frustrating that is."]
    )
    assert angry["turns"][0]["delta"] < 0 < calm["turns"][0]["delta"]
    assert angry["node"]["id"] == "heated" and calm["node"]["id"] == "listening"
    assert angry["turns"][0]["because"] == ["failed"]


def test_replies_after_an_ending_are_ignored() -> None:
    example = next(e for e in roleplay.get_scenario("calm-down").examples if e.lang == "zh")
    result = roleplay.play("calm-down", "zh", [*example.replies, "多出来的一句"])
    assert result["ending"] is not None and result["ignored"] == 1
    assert len(result["turns"]) == len(example.replies)


def test_no_replies_gives_the_opening_line() -> None:
    result = roleplay.play("mr-he", "en", [])
    assert result["path"] == ["opening"] and result["turns"] == [] and result["ending"] is None
    assert result["node"]["customer"].startswith("You’ve overcharged me")


def test_unknown_scenario_and_language() -> None:
    with pytest.raises(KeyError):
        roleplay.play("no-such", "zh", [])
    with pytest.raises(ValueError):
        roleplay.play("sofa", "fr", [])


def test_cli_script_prints_the_path_as_json(tmp_path: Path) -> None:
    example = next(e for e in roleplay.get_scenario("dividend-date").examples if e.lang == "en")
    script = tmp_path / "replies.txt"
    script.write_text("\n\n".join(example.replies) + "\nan extra line after the ending\n", encoding="utf-8")
    proc = cli("roleplay", "dividend-date", "--lang", "en", "--script", str(script))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["path"] == list(example.path) and data["ignored"] == 1
    assert [t["mood"] for t in data["turns"]] == [
        t["mood"] for t in roleplay.play("dividend-date", "en", list(example.replies))["turns"]
    ]
    assert all({"node", "reply", "mood", "findings", "followed"} <= set(t) for t in data["turns"])


def test_cli_plays_from_stdin_in_the_terminal_language() -> None:
    example = next(
        e for e in roleplay.get_scenario("sofa").examples if e.lang == "zh" and "escalated" in e.path
    )
    proc = cli("roleplay", "sofa", "--lang", "zh", stdin="\n".join(example.replies).encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert "马先生：说好昨天送" in proc.stdout and "结局：要求升级" in proc.stdout and "心情：" in proc.stdout


def test_cli_unknown_scenario_is_one_line_exit_2() -> None:
    proc = cli("roleplay", "no-such-scenario", "--script", "/dev/null")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip() == "error: unknown role-play scenario 'no-such-scenario'"


def test_cli_lists_scenarios() -> None:
    proc = cli("roleplay", "--lang", "en")
    assert proc.returncode == 0
    ids = [line.split("\t")[0] for line in proc.stdout.splitlines()]
    assert ids == list(roleplay.load_scenarios())


def test_no_seed_text_in_the_scenarios() -> None:
    from test_originality import copied_runs, seed_grams

    seed_grams()  # skips without the seeds folder
    files = sorted((ROOT / "exercises" / "roleplay").glob("*.toml"))
    copied = [f"{p.name}: {run}" for p in files for run in copied_runs(p.read_text(encoding="utf-8"))]
    assert copied == []
