"""Print the handbook to PDF with headless Chromium.

`make pdf` builds the site once; at the end of that build hooks/print_edition.py runs this
tool on it and copies the PDFs into the site (`site/pdf/`). Run alone, it reads a built site
(`--site`, default `site/`) and writes, into `--out` (default `build/pdf/`):

- handbook-zh.pdf, handbook-en.pdf                   trainee editions (worksheets, no answers)
- handbook-zh-trainer.pdf, handbook-en-trainer.pdf   trainer editions (+ answer key appendix)
- quick-reference-zh.pdf, quick-reference-en.pdf     the one-page card to pin up
- roleplay-cards-zh.pdf, roleplay-cards-en.pdf       the role-play cards (hooks/roleplay_cards.py)
- scorecard-zh.pdf, scorecard-en.pdf                 the call-observation scorecard, one page

The whole-book pages are assembled by hooks/print_edition.py during the build. Each book is
printed twice: the first print tells on which page every chapter starts (read back with
poppler's `pdftotext`), the second fills those numbers into the table of contents. The card
is printed at the largest scale that still fits one A4 page, so that it fills it.

Nothing is fetched from another host: the site is served from 127.0.0.1 and every other
request is refused.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from offline_browser import block_external, chromium_missing, launch, serve
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]

LANGS = ("zh", "en", "zh-Hant")  # zh-Hant: generated from zh at build time (hooks/editions.py)
MARGIN = {"top": "16mm", "bottom": "16mm", "left": "15mm", "right": "15mm"}
FONT = "'DejaVu Sans','WenQuanYi Micro Hei','Noto Sans CJK SC','Microsoft YaHei',sans-serif"


def page_texts(pdf: Path) -> list[str]:
    """The text of every page of a PDF (poppler's pdftotext separates pages by form feeds)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.M)
    if not match:
        raise RuntimeError(f"pdfinfo gave no page count for {pdf}")
    return int(match.group(1))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def chapter_pages(pdf: Path, titles: list[tuple[str, str]]) -> dict[str, int]:
    """Where each chapter starts: the first page, after the previous chapter's, whose opening
    lines include one that is exactly the chapter's title (every chapter starts on a new page)."""
    pages = page_texts(pdf)
    found: dict[str, int] = {}
    start = 1  # page 1 is the cover
    for slug, title in titles:
        want = _squash(title)
        for number in range(start, len(pages)):
            head = [_squash(ln) for ln in pages[number].splitlines() if ln.strip()][:5]
            # a long title may wrap: try every run of consecutive opening lines
            if any("".join(head[i:j]) == want for i in range(len(head)) for j in range(i + 1, len(head) + 1)):
                found[slug] = number + 1
                start = number + 1
                break
    return found


def header_footer(title: str) -> dict[str, str]:
    style = f"font-family:{FONT};font-size:7.5pt;color:#666;width:100%;margin:0 15mm;"
    return {
        "header_template": f'<div style="{style}text-align:right;">{title}</div>',
        "footer_template": f'<div style="{style}text-align:center;">'
        '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    }


def _open(page: Page, url: str) -> None:
    page.goto(url, wait_until="load")
    page.emulate_media(media="print")
    page.evaluate("document.fonts.ready.then(() => true)")


def print_book(page: Page, url: str, out: Path) -> None:
    _open(page, url)
    title = page.title()
    titles = page.eval_on_selector_all(
        ".toc .toc-page", "els => els.map(e => [e.dataset.chapter, "
        "document.getElementById(e.dataset.chapter).querySelector('h1')?.textContent || ''])")
    options = {"format": "A4", "margin": MARGIN, "print_background": True,
               "display_header_footer": True, **header_footer(title)}
    # First print: the contents carry stand-ins, so that none of its lines equals a title.
    page.evaluate("for (const e of document.querySelectorAll('.toc .toc-page')) e.textContent = '00';"
                  "for (const e of document.querySelectorAll('.toc .toc-title')) e.prepend('§');")
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "first.pdf"
        page.pdf(path=str(first), **options)
        numbers = chapter_pages(first, [(slug, t.replace("¶", "").strip()) for slug, t in titles])
    missing = [t for slug, t in titles if slug not in numbers]
    if missing:
        raise RuntimeError(f"{out.name}: could not find the start page of {missing}")
    page.evaluate("nums => { for (const e of document.querySelectorAll('.toc .toc-page'))"
                  " e.textContent = nums[e.dataset.chapter] ?? '';"
                  " for (const e of document.querySelectorAll('.toc .toc-title'))"
                  " e.textContent = e.textContent.replace(/^§/, ''); }", numbers)
    page.pdf(path=str(out), **options)


def print_card(page: Page, url: str, out: Path) -> None:
    """A one-page sheet of the site (the quick-reference card, the scorecard): the largest
    scale at which it fits one A4 page, up to 160 % (print.css sizes it to fit at 100 %;
    scaled up, it fills the sheet)."""
    _open(page, url)
    scale = 1.6
    while True:
        page.pdf(path=str(out), format="A4", margin={"top": "10mm", "bottom": "10mm", "left": "10mm",
                                                     "right": "10mm"},
                 print_background=True, scale=scale)
        if page_count(out) == 1:
            return
        if scale <= 0.5:
            raise RuntimeError(f"{out.name}: {url} does not fit one page even at 50 %")
        scale = round(scale - 0.04, 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "pdf", help="where to write the PDFs")
    args = parser.parse_args(argv)

    if not (args.site / "print" / "index.html").exists():
        print(f"make_pdf: no print edition in {args.site}: run `mkdocs build` first", file=sys.stderr)
        return 2
    missing = chromium_missing()
    if missing:
        print(f"make_pdf: {missing}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with serve(args.site) as base, sync_playwright() as pw:
        browser = launch(pw)
        context = browser.new_context()
        block_external(context)
        page = context.new_page()
        for lang in LANGS:
            prefix = "" if lang == "zh" else f"{lang}/"
            code = lang.lower()  # handbook-zh-hant.pdf
            for suffix, path in (("", "print/"), ("-trainer", "print/trainer/")):
                target = args.out / f"handbook-{code}{suffix}.pdf"
                print_book(page, f"{base}{prefix}{path}", target)
                print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}"
                      f" ({page_count(target)} pages)")
            card = args.out / f"quick-reference-{code}.pdf"
            print_card(page, f"{base}{prefix}quick-reference/", card)
            print(f"wrote {card.relative_to(ROOT) if card.is_relative_to(ROOT) else card} (1 page)")
            cards = args.out / f"roleplay-cards-{code}.pdf"
            _open(page, f"{base}{prefix}print/roleplay-cards/")
            page.pdf(path=str(cards), format="A4", margin=MARGIN, print_background=True)
            shown = cards.relative_to(ROOT) if cards.is_relative_to(ROOT) else cards
            print(f"wrote {shown} ({page_count(cards)} pages)")
            sheet = args.out / f"scorecard-{code}.pdf"
            print_card(page, f"{base}{prefix}scorecard/", sheet)
            print(f"wrote {sheet.relative_to(ROOT) if sheet.is_relative_to(ROOT) else sheet} (1 page)")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
