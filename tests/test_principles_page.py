"""The principles chapter tells trainees which words to avoid and what to say instead.
The checker must agree with the page: every phrase to avoid gets a finding, and no
alternative is flagged for the principle it illustrates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exercises.api import check

DOCS = Path(__file__).resolve().parents[1] / "docs"
HEADERS = {"尽量不说", "Avoid"}


def clean(cell: str) -> str:
    """A table cell as a reply: no stage directions in brackets, no quotation marks."""
    cell = re.sub(r"[（(][^）)]*[）)]", "", cell)
    return re.sub(r"[\"“”]", "", cell).strip()


def table_rows(lang: str) -> list[tuple[str, str, str]]:
    """(principle section, phrase to avoid, alternative) for every row of every table."""
    rows: list[tuple[str, str, str]] = []
    section = ""
    for line in (DOCS / lang / "principles.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## .*\{#([\w-]+)\}", line)
        if heading:
            section = heading.group(1)
        elif line.startswith("| ") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) == 2 and cells[0] not in HEADERS:
                rows.extend((section, clean(part), clean(cells[1])) for part in cells[0].split(" / "))
    return rows


ROWS = [(lang, *row) for lang in ("zh", "en") for row in table_rows(lang)]


def test_every_section_with_words_to_avoid_is_read() -> None:
    for lang in ("zh", "en"):
        sections = {section for section, _, _ in table_rows(lang)}
        assert len(sections) >= 8, f"{lang}: only {sorted(sections)} have a words-to-avoid table"


@pytest.mark.parametrize(("lang", "section", "avoid", "instead"), ROWS)
def test_the_checker_agrees_with_the_table(lang: str, section: str, avoid: str, instead: str) -> None:
    flagged = check(avoid, lang)["findings"]
    assert any(f["principle"] == section or f["start"] is not None for f in flagged), (
        f"{lang} {section}: the page says to avoid {avoid!r}, but the checker does not flag it"
    )
    wrong = [f["rule"] for f in check(instead, lang)["findings"] if f["principle"] == section]
    assert not wrong, f"{lang} {section}: the page's alternative {instead!r} is flagged by {wrong}"
