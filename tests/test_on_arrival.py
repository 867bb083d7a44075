"""tools/on_arrival.py: the dev rows of the newest real parts, checked under the rules from just
before each part arrived (read from git history), per principle and per rule."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _full_history() -> bool:
    out = subprocess.run(["git", "rev-parse", "--is-shallow-repository"], cwd=ROOT,
                         capture_output=True, text=True)
    return out.returncode == 0 and out.stdout.strip() == "false"


@pytest.mark.skipif(not _full_history(), reason="needs the repository's history (a shallow or missing .git)")
def test_on_arrival_figures_come_from_the_rules_before_each_part() -> None:
    out = subprocess.run([sys.executable, "tools/on_arrival.py", "--parts", "1", "--rule", "introduce/name"],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert re.search(r"dev rows of 2 parts \(zh\d+", text)
    rows = dict(re.findall(r"^  ([a-z-]+) +precision .* tp +(\d+) fp", text, re.M))
    assert {"acknowledge", "introduce", "next-step"} <= rows.keys()
    assert int(rows["introduce"]) > 0
    # every row listed for the rule is a dev row of one of the two newest parts
    listed = re.findall(r"^  (?:right|WRONG) ((?:zh|en)\d+)-gh", text, re.M)
    assert listed and len(set(listed)) <= 2
