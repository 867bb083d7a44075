"""The engine wheel under Pyodide (in Node) gives byte-identical check_json output to CPython."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from bundle_runtime import (  # hooks/ (pythonpath in pyproject.toml)
    build_engine_zip,
    build_stdlib_zip,
    build_wheel,
)

from exercises.exercise_bank import load_bank

ROOT = Path(__file__).resolve().parent.parent

EDGE_TEXTS = {
    "zh": ["", "   ", "😀😀 这是他们部门的事 😀", "<img src=x onerror=alert(1)> 您好",
           "這是他們部門的事，不是我們的問題。", "您好" * 2000],
    "en": ["", "\n\t", "😀 That's not our department's problem 😀", "<script>alert(1)</script> Hello",
           "CALM DOWN, sir.", "thanks " * 1500],
}


def fixtures() -> list[dict[str, object]]:
    cases: list[dict[str, object]] = []
    for ex in sorted(load_bank().values(), key=lambda e: e.id):
        for lang in ("zh", "en"):
            t = ex.lang(lang)
            texts = [t.bad_reply, *t.model_answers, *(kb.text for kb in t.known_bad)]
            cases += [{"text": text, "lang": lang, "exercise": ex.id} for text in texts]
    for lang, texts in EDGE_TEXTS.items():
        for text in texts:
            cases.append({"text": text, "lang": lang, "exercise": None})
            cases.append({"text": text, "lang": lang, "exercise": "dividend-date"})
    return cases


CPYTHON_RUNNER = """
import json, sys
from exercises.api import check_json
fixtures = json.load(open(sys.argv[1], encoding="utf-8"))
rules = fixtures.get("rules")
from exercises.api import roleplay_json
out = [roleplay_json(c["roleplay"], c["lang"], json.dumps(c["replies"])) if "roleplay" in c
       else check_json(c["text"], c["lang"], c.get("exercise"), rules) for c in fixtures["cases"]]
sys.stdout.write(json.dumps(out))
"""


@pytest.fixture(scope="module")
def wheel() -> Path:
    return build_wheel(ROOT)


def cpython_outputs(wheel: Path, fixtures: Path, tmp_path: Path) -> list[str]:
    """check_json under CPython from the very same wheel (the tree may change while tests run)."""
    unpacked = tmp_path / "wheel"
    zipfile.ZipFile(wheel).extractall(unpacked)
    run = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(unpacked)!r})\n"
                          + CPYTHON_RUNNER, str(fixtures)],
                         capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def pyodide_outputs(payload: dict[str, object], tmp_path: Path) -> tuple[list[str], Path]:
    """What tests/parity.mjs (the wheel in Pyodide, under Node) prints for `payload`, and the
    fixtures file it read (for `cpython_outputs`)."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: the parity test needs Node to run Pyodide")
    if not (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").is_file():
        pytest.fail("node_modules/pyodide is missing: run `make setup` (npm ci)")
    path = tmp_path / "fixtures.json"
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([node, str(ROOT / "tests" / "parity.mjs"), str(path)],
                         capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout), path


def test_the_compiled_engine_the_site_loads_gives_the_same_output(wheel: Path, tmp_path: Path) -> None:
    """The browser loads the engine zip (the wheel's package with bytecode compiled by this
    Pyodide, hooks/compile_engine.mjs), not the wheel, and a compiled standard library: it
    must answer exactly as CPython does."""
    engine = build_engine_zip(wheel, ROOT / "node_modules" / "pyodide")
    stdlib = build_stdlib_zip(ROOT / "node_modules" / "pyodide")  # and its standard library
    assert any(name.endswith(".pyc") for name in zipfile.ZipFile(engine).namelist())
    cases = fixtures()[::4]
    outputs, path = pyodide_outputs({"wheel": str(engine), "stdlib": str(stdlib), "cases": cases}, tmp_path)
    assert outputs == cpython_outputs(wheel, path, tmp_path)


def test_wheel_is_pure_python_and_carries_the_data(wheel: Path) -> None:
    assert wheel.name.endswith("-py3-none-any.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "exercises/api.py" in names
    assert "exercises/principles.toml" in names
    assert any(n.startswith("exercises/rules/") and n.endswith(".toml") for n in names)
    bank_files = [n for n in names if n.startswith("exercises/bank/") and n.endswith(".toml")]
    assert len(bank_files) == len(load_bank())


def test_pyodide_output_is_byte_identical(wheel: Path, tmp_path: Path) -> None:
    cases = fixtures()
    assert len(cases) > 100
    outputs, path = pyodide_outputs({"wheel": str(wheel), "cases": cases}, tmp_path)
    assert len(outputs) == len(cases)
    wanted = cpython_outputs(wheel, path, tmp_path)
    mismatches = []
    for case, got, want in zip(cases, outputs, wanted, strict=True):
        if got != want:
            mismatches.append((case, got, want))
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ; first: {mismatches[0]}"


EXTRA_RULES = """
[[rule]]
id = "no-taboo/company-policy"
principle = "no-taboo"
type = "forbid"
severity = "error"
patterns = ['公司规定', 'company policy']
message = "Don't hide behind policy. / 不要拿公司规定挡客户。"
examples = ["这是公司规定。", "It's company policy."]
counterexamples = ["我来帮您看看有什么办法。"]
"""


def test_pyodide_output_with_extra_rules_is_byte_identical(wheel: Path, tmp_path: Path) -> None:
    cases = [
        {"text": "这是公司规定，我也没办法。", "lang": "zh", "exercise": "dividend-date"},
        {"text": "Sorry, it's company policy.", "lang": "en", "exercise": None},
        {"text": "我来帮您看看。", "lang": "zh", "exercise": None},
    ]
    outputs, path = pyodide_outputs({"wheel": str(wheel), "rules": EXTRA_RULES, "cases": cases}, tmp_path)
    assert outputs == cpython_outputs(wheel, path, tmp_path)
    flagged = '"rule": "no-taboo/company-policy"'
    assert flagged in outputs[0] and flagged in outputs[1] and flagged not in outputs[2]


def test_pyodide_roleplay_paths_are_byte_identical(wheel: Path, tmp_path: Path) -> None:
    """Every scenario's example replies, and each one cut short, take the same path in both."""
    from exercises.roleplay import load_scenarios

    cases: list[dict[str, object]] = []
    for sc in load_scenarios().values():
        for example in sc.examples:
            replies = list(example.replies)
            cases.append({"roleplay": sc.id, "lang": example.lang, "replies": replies})
            cases.append({"roleplay": sc.id, "lang": example.lang, "replies": replies[:1]})
    outputs, path = pyodide_outputs({"wheel": str(wheel), "cases": cases}, tmp_path)
    assert all(isinstance(o, str) for o in outputs), outputs[:1]
    assert outputs == cpython_outputs(wheel, path, tmp_path)
    endings = {json.loads(o)["ending"]["kind"] for o in outputs if json.loads(o)["ending"]}
    assert {"resolved", "escalated"} <= endings
