"""CONTRACT.md, the checker's public contract, says what the code does."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from exercises.api import check
from exercises.cli import _parser

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = (ROOT / "CONTRACT.md").read_text(encoding="utf-8")
TEXT = "I'm sorry this has been so frustrating. Please calm down and I will look into the line fault for you."


def test_every_command_and_option_is_in_the_contract() -> None:
    usage = CONTRACT[CONTRACT.index("## Command line"):CONTRACT.index("## `check --json`")]
    sub = next(a for a in _parser()._actions if a.dest == "command")
    for name, parser in sub.choices.items():  # type: ignore[union-attr]
        line = next((ln for ln in usage.splitlines() if ln.startswith(f"python -m exercises {name} ")), "")
        assert line, name
        for action in parser._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert option in line, (name, option)


def test_every_field_of_the_output_is_in_the_contract() -> None:
    result = check(TEXT, "en", "calm-down", explain=True)
    fields = set(result) | {k for f in result["findings"] + result["followed"] for k in f}
    for field in sorted(fields):
        assert f"`{field}`" in CONTRACT, field


def test_the_example_is_real_output() -> None:
    block = re.search(r"```json\n(.*?)```", CONTRACT, re.S)
    assert block and "--exercise calm-down" in CONTRACT and "line fault for you" in CONTRACT
    example = json.loads(block.group(1))
    real = check(TEXT, "en", "calm-down")
    assert {k: example[k] for k in ("exercise", "lang", "passed", "score")} == {
        k: real[k] for k in ("exercise", "lang", "passed", "score")}

    def same(shown: dict, of: list[dict]) -> bool:  # messages are shortened in the example
        return any(all(v == f[k] for k, v in shown.items() if k != "message") for f in of)

    assert all(same(f, real["findings"]) for f in example["findings"])
    assert all(same(f, real["followed"]) for f in example["followed"])


def test_nothing_cites_the_planning_documents_outside_the_repository() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for name in tracked:
        if name.startswith(("exercises/", "hooks/", "tools/", "docs/assets/")) or name in ("README.md",):
            path = ROOT / name
            if path.suffix in (".py", ".md", ".js", ".toml") and path.is_file():
                text = path.read_text(encoding="utf-8")
                assert "shared/contract.md" not in text and "shared/principles.md" not in text, name
