"""The handbook on a 360 px phone (issue 13, point 8): no page scrolls sideways, the wide
tables (cases index, glossary) become stacked cards, and the TARP chart's text stays
readable. Needs Chromium (/usr/bin/chromium, see tools/offline_browser.py); skips without it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PHONE = {"width": 360, "height": 740}
PAGES = ["", "cases/", "glossary/", "why-service/", "principles/", "quick-reference/", "process/"]
URLS = PAGES + [f"en/{p}" for p in PAGES]
MIN_CHART_TEXT_PX = 12
MIN_SOURCE_PX = 10


@pytest.fixture(scope="module")
def phone(built_site: Path) -> Iterator[tuple[Any, str]]:
    from offline_browser import block_external, chromium_missing, launch, serve

    missing = chromium_missing()
    if missing:
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with serve(built_site) as base, sync_playwright() as p:
        browser = launch(p)
        context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
        block_external(context)
        yield context.new_page(), base
        browser.close()


@pytest.mark.parametrize("url", URLS)
def test_no_sideways_scrolling_at_360_px(phone: tuple[Any, str], url: str) -> None:
    page, base = phone
    page.goto(base + url, wait_until="load")
    widths = page.evaluate("() => [document.documentElement.scrollWidth,"
                           " document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"{url}: page is {widths[0]} px wide in a {widths[1]} px window"
    scrolling = page.evaluate(
        "() => [...document.querySelectorAll('.md-content *')]"
        ".filter(e => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1"
        " && getComputedStyle(e).overflowX !== 'visible'"
        " && e.closest('pre') === null)"
        ".map(e => e.tagName + '.' + e.className)")
    assert scrolling == [], f"{url}: boxes that scroll sideways: {scrolling}"


@pytest.mark.parametrize("url", ["cases/", "glossary/", "en/cases/", "en/glossary/"])
def test_wide_tables_are_cards_on_a_phone(phone: tuple[Any, str], url: str) -> None:
    page, base = phone
    page.goto(base + url, wait_until="load")
    rows = page.locator(".md-typeset table tbody tr")
    assert rows.count() >= 10
    assert rows.first.evaluate("e => getComputedStyle(e).display") == "block"
    shots = os.environ.get("HANDBOOK_SCREENSHOTS")
    if shots:  # e.g. HANDBOOK_SCREENSHOTS=/tmp/shots to look at the pages
        Path(shots).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(shots) / f"{url.strip('/').replace('/', '-')}.png"), full_page=False)


@pytest.mark.parametrize("url", ["why-service/", "en/why-service/"])
def test_the_chart_text_is_readable_on_a_phone(phone: tuple[Any, str], url: str) -> None:
    """Labels and values at 12 px or more (they were about 7 px); the source line at 10 or more."""
    page, base = phone
    page.goto(base + url, wait_until="load")
    sizes = page.evaluate(
        "() => [...document.querySelectorAll('figure.chart svg text')].map(t =>"
        " [t.classList.contains('chart-source'),"
        " parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a])")
    text = [px for source, px in sizes if not source]
    source = [px for source, px in sizes if source]
    assert len(text) >= 8 and min(text) >= MIN_CHART_TEXT_PX, f"{url}: chart text at {sorted(text)[:3]} px"
    assert source and min(source) >= MIN_SOURCE_PX, f"{url}: source line at {min(source)} px"


TITLE_PAGES = URLS + ["cases/calm-down/", "en/cases/calm-down/", "cases/other-department/",
                      "en/cases/other-department/", "cases/passed-around/", "en/cases/passed-around/"]


@pytest.mark.parametrize("url", TITLE_PAGES)
def test_the_page_title_has_no_empty_line_under_it(phone: tuple[Any, str], url: str) -> None:
    """Material's permalink (¶, shown only on hover, so never on a phone) wrapped onto a line
    of its own under a title that just fills the width: a blank line under the title."""
    page, base = phone
    page.goto(base + url, wait_until="load")
    gap = page.evaluate(
        """() => {
          const h = document.querySelector('.md-content h1');
          const words = [...h.childNodes].filter(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
          const range = document.createRange();
          range.setStartBefore(words[0]);
          range.setEndAfter(words[words.length - 1]);
          const bottom = Math.max(...[...range.getClientRects()].map(r => r.bottom));
          return [h.getBoundingClientRect().bottom - bottom, parseFloat(getComputedStyle(h).lineHeight)];
        }""")
    below, line = gap
    assert below < line / 2, f"{url}: {below:.0f} px of the title box below its last line of text"
