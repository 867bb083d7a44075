"""The page "How far to trust the checker" shows the figures of the rules as they are: a
change to the rules or the corpora without `make trust` fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_trust_page_figures_are_current() -> None:
    out = subprocess.run([sys.executable, "tools/trust_page.py", "--check"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr


def test_the_trust_page_has_figures_in_both_languages() -> None:
    for lang, word in (("zh", "精确率"), ("en", "precision")):
        text = (ROOT / "docs" / lang / "trust.md").read_text(encoding="utf-8")
        figures = text.split("<!-- figures:start -->")[1].split("<!-- figures:end -->")[0]
        assert word in figures and "| " in figures
