"""The widget's JavaScript: its feedback rendering under Node, its labels from the locale files."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from exercises.locale import get_locale, languages

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "docs" / "assets"


def test_feedback_rendering_and_states_under_node() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: the widget's unit tests need it")
    tests = sorted(str(p) for p in (ROOT / "tests" / "js").glob("*.test.mjs"))
    assert {Path(t).name for t in tests} >= {"feedback.test.mjs", "states.test.mjs"}
    result = subprocess.run([node, "--test", *tests], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert re.search(r"^# fail 0$", result.stdout, re.M)


@pytest.mark.parametrize("lang", languages())
def test_every_label_the_widget_reads_is_in_the_locale(lang: str) -> None:
    """exercise.js and exercise-feedback.js read L.<key> / labels.<key> from data-labels."""
    names = ("exercise.js", "exercise-feedback.js")
    code = "".join((ASSETS / name).read_text(encoding="utf-8") for name in names)
    used = set(re.findall(r"\b(?:L|labels)\.([A-Za-z]+)", code))
    loc = get_locale(lang)
    have = {*loc.texts("widget"), "colon", "comma"}
    assert used and used <= have, used - have
    assert set(loc.text("widget", "severity")) == {"error", "warning", "info"}
    assert set(loc.text("widget", "status")) == {"not-tried", "tried", "passed"}


def test_the_widget_has_no_label_table_of_its_own() -> None:
    js = (ASSETS / "exercise.js").read_text(encoding="utf-8")
    assert "LABELS" not in js and '"zh"' not in js and '"en"' not in js
    assert 'from "./exercise-feedback.js"' in js
