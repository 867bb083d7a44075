"""The traditional Chinese edition (zh-Hant), generated at build time from the simplified one.

It must be a whole edition (every page, anchor and exercise of the simplified one), written
in traditional characters only (no simplified-only character outside the allowlist of
hooks/hant_overrides.toml), and really generated: a change to a simplified page shows up in
it on the next build with no other edit.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
HANT = "zh-Hant"
ID = re.compile(r'\bid="([^"]+)"')
WIDGET = re.compile(r'data-exercise="([a-z0-9-]+)"')

opencc = pytest.importorskip("opencc")


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest) -> Path:
    given = os.environ.get("HANDBOOK_SITE")
    if given:
        return (ROOT / given).resolve()
    return request.getfixturevalue("built_site")


@cache
def _traditional_chars() -> frozenset[str]:
    """The traditional characters of the repository's table (the checker's t2s.txt)."""
    lines = (ROOT / "exercises" / "data" / "t2s.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line[0] for line in lines if len(line) == 2 and not line.startswith("#"))


_s2t = opencc.OpenCC("s2t").convert


@cache
def simplified_only(ch: str) -> bool:
    """A Han character that OpenCC's table writes differently in traditional Chinese and
    that is no traditional character itself (发, 后, 里 … but not 了, 面, 才)."""
    return "\u3400" <= ch <= "\u9fff" and ch not in _traditional_chars() and _s2t(ch) != ch


def allowed() -> dict[str, str]:
    from editions import load_overrides  # hooks/ (pythonpath in pyproject.toml)

    return load_overrides().allow


def simplified_in(text: str, allow: dict[str, str]) -> list[str]:
    return [text[max(0, i - 8) : i + 8] for i, ch in enumerate(text)
            if simplified_only(ch) and ch not in allow]


def test_the_check_itself_tells_simplified_from_traditional() -> None:
    assert [simplified_only(c) for c in "发后里这说"] == [True] * 5
    assert [simplified_only(c) for c in "發後裡這說了面才"] == [False] * 8
    assert simplified_in("客户说", {}) and not simplified_in("客戶說", {})


def test_no_page_of_the_edition_has_a_simplified_only_character(site: Path) -> None:
    allow = allowed()
    pages = sorted((site / HANT).rglob("*.html"))
    assert len(pages) > 30
    found = {str(p.relative_to(site)): hits[:3] for p in pages
             if (hits := simplified_in(p.read_text(encoding="utf-8"), allow))}
    assert found == {}


def test_the_checker_texts_shown_in_the_edition_are_traditional(site: Path) -> None:
    texts = json.loads((site / "assets" / "edition-texts" / f"{HANT}.json").read_text(encoding="utf-8"))
    allow = allowed()
    assert len(texts["exact"]) > 300
    shown = [*texts["exact"].values(), *(piece[1] for piece in texts["pieces"])]
    wrong = [text for text in shown if simplified_in(text, allow)]
    assert wrong == []
    # the checker's fixed messages, a rule's message and suggestion, a role-play line
    assert texts["exact"]["通过"] == "通過"
    assert any("推諉" in v for v in texts["exact"].values())
    assert any(k.startswith("三天了！宽带") for k in texts["exact"])


def _zh_pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("index.html")
            if p.relative_to(site).parts[0] not in ("en", HANT, "assets", "search", "pdf")]


def test_every_page_anchor_and_exercise_is_in_the_edition(site: Path) -> None:
    pages = _zh_pages(site)
    assert len(pages) > 30
    for zh in pages:
        rel = zh.relative_to(site)
        hant = site / HANT / rel
        assert hant.is_file(), f"{rel} has no zh-Hant page"
        zh_html, hant_html = zh.read_text(encoding="utf-8"), hant.read_text(encoding="utf-8")
        assert WIDGET.findall(hant_html) == WIDGET.findall(zh_html), rel
        assert len(ID.findall(hant_html)) == len(ID.findall(zh_html)), rel
        # every in-page link has its anchor on the page
        ids = set(ID.findall(hant_html))
        missing = {h for h in re.findall(r'href="#([^"]+)"', hant_html) if h not in ids}
        assert missing == set(), (rel, sorted(missing)[:5])


def test_pages_are_traditional_and_say_so(site: Path) -> None:
    html = (site / HANT / "principles" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hant"' in html
    assert "<title>服務原則 - 客戶服務訓練手冊</title>" in html
    assert "推諉" in html and "推诿" not in html
    sofa = (site / HANT / "cases" / "sofa" / "index.html").read_text(encoding="utf-8")
    # the widget: its labels, hints and model answers, converted in the page
    assert "看參考答案" in sofa and "看参考答案" not in sofa
    assert 'data-lang="zh"' in sofa  # the checker runs in the source language


def test_the_print_editions_and_cards_are_traditional(site: Path) -> None:
    for rel in ("print/index.html", "print/trainer/index.html", "print/roleplay-cards/index.html"):
        html = (site / HANT / rel).read_text(encoding="utf-8")
        assert re.search(r'<html lang="zh-Hant"', html), rel
        assert simplified_in(html, allowed()) == [], rel
    trainer = (site / HANT / "print" / "trainer" / "index.html").read_text(encoding="utf-8")
    assert "參考答案" in trainer


def test_a_change_to_a_simplified_page_is_in_the_next_build(tmp_path: Path) -> None:
    """No other edit: write a sentence into docs/zh/, build, read it in traditional characters."""
    work = tmp_path / "repo"
    shutil.copytree(ROOT, work, symlinks=True, ignore=shutil.ignore_patterns(
        ".git", ".venv", "node_modules", "site", "build", "__pycache__", ".pytest_cache", "*.deb"))
    (work / "node_modules").symlink_to(ROOT / "node_modules")
    glossary = work / "docs" / "zh" / "glossary.md"
    glossary.write_text(glossary.read_text(encoding="utf-8")
                        + "\n\n这是一条新加的说明：请打印这份资料。\n", encoding="utf-8")
    out = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
                            cwd=work, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    html = (out / HANT / "glossary" / "index.html").read_text(encoding="utf-8")
    assert "這是一條新加的說明：請列印這份資料。" in html  # s2twp: 打印 → 列印 (Taiwan)


def test_the_checker_judges_the_converted_exercises_as_the_simplified_ones() -> None:
    """The edition shows each exercise's bad reply and model answers converted (s2twp: Taiwan
    words too, 信息 → 資訊); the checker folds traditional characters one by one, so this
    proves that every converted text still gets the verdict and findings of its source."""
    from editions import converter

    from exercises.api import check
    from exercises.exercise_bank import load_bank

    conv = converter(HANT)
    differ = []
    for ex in load_bank().values():
        if "zh" not in ex.data:
            continue
        texts = ex.lang("zh")
        for text in (texts.bad_reply, *texts.model_answers):
            simplified, traditional = check(text, "zh", ex.id), check(conv(text), "zh", ex.id)
            verdict = lambda r: (r["passed"], sorted(f["rule"] for f in r["findings"]))  # noqa: E731
            if verdict(simplified) != verdict(traditional):
                differ.append((ex.id, conv(text), verdict(simplified), verdict(traditional)))
    assert differ == []


def test_the_class_report_of_the_edition_is_traditional(page: Any, site_url: str) -> None:
    """The trainer's class report in zh-Hant: its labels and the checker's findings converted,
    the trainees' answers and names as they wrote them."""
    import base64

    from playwright.sync_api import expect

    # a trainee in Taipei types traditional characters (the checker folds them)
    csv = "trainee,answer,exercise,lang\n王小明,你冷靜一點，這不是我們的問題。,calm-down,zh\n"
    page.goto(f"{site_url}{HANT}/class-report/")
    transfer = page.evaluate_handle(
        "b64 => { const dt = new DataTransfer();"
        " const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));"
        " dt.items.add(new File([bytes], 'class.csv', {type: 'text/csv'})); return dt; }",
        base64.b64encode(csv.encode()).decode(),
    )
    page.dispatch_event('[data-class-report] [data-role="drop"]', "drop", {"dataTransfer": transfer})
    report = page.locator("[data-class-report]")
    expect(report).to_have_attribute("data-state", "done", timeout=90_000)
    text = report.inner_text()
    assert "王小明" in text and "不是我們的問題" in text  # the trainee's words as written
    assert simplified_in(text, allowed()) == [], text[:500]
