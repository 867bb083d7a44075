"""The printed editions: `make pdf` writes four handbooks and two one-page cards.

These tests print them from the session's own build of the site (tools/make_pdf.py, the printer
`make pdf` runs at the end of its build), or read the PDFs of a directory named in
HANDBOOK_PDF_DIR (e.g. build/pdf/ after `make pdf`).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import make_pdf  # tools/ (pythonpath in pyproject.toml)
import pytest

from exercises.exercise_bank import load_bank

ROOT = Path(__file__).resolve().parents[1]

BOOKS = [f"handbook-{lang}{suffix}.pdf" for lang in ("zh", "en") for suffix in ("", "-trainer")]
CARDS = ["quick-reference-zh.pdf", "quick-reference-en.pdf"]
SCORECARDS = ["scorecard-zh.pdf", "scorecard-en.pdf"]
# the traditional Chinese edition, generated from zh (hooks/editions.py)
HANT = ["handbook-zh-hant.pdf", "handbook-zh-hant-trainer.pdf", "quick-reference-zh-hant.pdf",
        "roleplay-cards-zh-hant.pdf", "scorecard-zh-hant.pdf"]
BOOK_PAGES = [
    "index.md", "why-service.md", "action-reaction.md", "principles.md", "listening.md", "process.md",
    "cases/index.md", "cases/bank-card.md", "cases/dividend-date.md", "cases/other-department.md",
    "cases/mr-zeng.md", "cases/ms-lin.md", "cases/mr-he.md", "cases/repairman.md", "cases/calm-down.md",
    "cases/passed-around.md", "cases/sofa.md", "cases/rubbish.md", "cases/bill-layout.md",
    "call-centre.md", "customer-side.md", "self-care.md", "trust.md", "glossary.md", "sources.md",
    "roleplay.md",
    "self-assessment.md", "scorecard.md",
]
TRAINER_PAGES = ["trainer-guide.md", "trainer-hosting.md"]  # the trainer editions only


@pytest.fixture(scope="session")
def pdf_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The PDFs of HANDBOOK_PDF_DIR when it is set; else print the session's own build."""
    made = os.environ.get("HANDBOOK_PDF_DIR")
    if made:
        return Path(made)
    built_site = request.getfixturevalue("built_site")
    out = tmp_path_factory.mktemp("pdf")
    assert make_pdf.main(["--site", str(built_site), "--out", str(out)]) == 0
    return out


def text_of(pdf: Path) -> str:
    return "".join(make_pdf.page_texts(pdf))


def squash(text: str) -> str:
    """Compare text without white space and hyphens: pdftotext breaks lines where the page did,
    and joins a word broken at its hyphen ("mis-/selling") without it. Curly quotes count as
    straight ones (the English pages are typeset with curly quotes, their sources are not)."""
    text = text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))
    return re.sub(r"[\s\-\u2010\u00ad]+", "", text)


def chapter_title(md: Path) -> str:
    for line in md.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return re.sub(r"\s*\{[^}]*\}\s*$", "", line[2:]).strip()
    raise AssertionError(f"{md} has no H1")


@pytest.mark.parametrize("name", BOOKS + CARDS + SCORECARDS + HANT)
def test_pdf_opens(pdf_dir: Path, name: str) -> None:
    pdf = pdf_dir / name
    assert pdf.exists(), f"{name} was not written"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) >= 1


@pytest.mark.parametrize("name", BOOKS)
def test_book_has_every_chapter_and_exercise(pdf_dir: Path, name: str) -> None:
    lang = name.split("-")[1].removesuffix(".pdf")
    text = squash(text_of(pdf_dir / name))
    trainer = name.endswith("-trainer.pdf")
    pages = BOOK_PAGES + (TRAINER_PAGES if trainer else [])
    missing = [p for p in pages if squash(chapter_title(ROOT / "docs" / lang / p)) not in text]
    assert not missing, f"{name} lacks the chapters {missing}"
    if not trainer:  # the home page names the trainer guide, but its chapters are not printed
        assert "nginx" not in text and "deploy/nginx.conf" not in text, f"{name} holds the hosting chapter"
    bank = load_bank()
    assert len(bank) >= 14
    absent = [ex.id for ex in bank.values() if squash(ex.lang(lang).customer) not in text]
    assert not absent, f"{name} lacks the customer's words of {absent}"
    assert "\ufffd" not in text, f"{name} has replacement glyphs"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_model_answers_only_in_trainer_edition(pdf_dir: Path, lang: str) -> None:
    trainee = squash(text_of(pdf_dir / f"handbook-{lang}.pdf"))
    trainer = squash(text_of(pdf_dir / f"handbook-{lang}-trainer.pdf"))
    answers = [(ex.id, squash(a)) for ex in load_bank().values() for a in ex.lang(lang).model_answers]
    assert answers
    assert [i for i, a in answers if a not in trainer] == [], "trainer edition lacks model answers"
    assert [i for i, a in answers if a in trainee] == [], "trainee edition shows model answers"


@pytest.mark.parametrize("name", ["handbook-zh.pdf", "handbook-zh-trainer.pdf", "quick-reference-zh.pdf"])
def test_chinese_editions_embed_a_cjk_font(pdf_dir: Path, name: str) -> None:
    fonts = subprocess.run(["pdffonts", str(pdf_dir / name)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    cjk = [ln for ln in fonts if re.search(r"CJK|SourceHan|WenQuanYi|Droid", ln)]
    assert cjk, f"no CJK font in {name}: {fonts}"
    assert all(" yes " in ln for ln in cjk), f"CJK font not embedded: {cjk}"


def pdf_fonts(pdf: Path) -> list[list[str]]:
    """pdffonts' table: name, type…, emb, sub, uni, object, generation for each font."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    return [ln.split() for ln in lines if ln.strip()]


@pytest.mark.parametrize("name", BOOKS + CARDS)
def test_fonts_are_embedded_as_truetype_subsets(pdf_dir: Path, name: str) -> None:
    """A font the browser cannot subset (a CFF face such as Noto Sans CJK, or a bold it makes
    up) is printed as Type 3 outlines: unnamed, unsearchable in some readers, and large."""
    fonts = pdf_fonts(pdf_dir / name)
    assert fonts
    type3 = [f for f in fonts if f[1] == "Type" and f[2] == "3"]
    assert not type3, f"{name}: {len(type3)} Type 3 fonts (is fonts-wqy-microhei installed?)"
    for font in fonts:
        assert "+" in font[0] and font[-5:-2] == ["yes", "yes", "yes"], f"{name}: not a subset {font}"


# The Chinese books were 4.3 MB (Type 3 glyphs, then the whole 2.3 MB face embedded); the
# English ones are under 0.9 MB. A book to e-mail to a class stays under 1.5 MB.
MAX_BOOK_BYTES = 1_500_000


@pytest.mark.parametrize("name", BOOKS + CARDS)
def test_pdf_is_small_enough_to_send(pdf_dir: Path, name: str) -> None:
    size = (pdf_dir / name).stat().st_size
    assert size <= MAX_BOOK_BYTES, f"{name} is {size / 1e6:.2f} MB"


def words_on_page(pdf: Path) -> tuple[float, float, list[tuple[float, float, float, float, str]]]:
    """Page width and height and every word's box (x0, y0, x1, y1 in pt from the top left)."""
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", "-l", "1", str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', out)
    assert page, out[:300]
    words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out)]
    return float(page.group(1)), float(page.group(2)), words


def grey_pixels(pdf: Path, dpi: int, tmp: Path) -> tuple[int, int, bytes]:
    """The first page rendered in grey (poppler's pdftoppm, PGM): width, height, one byte per pixel."""
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-singlefile", "-f", "1", "-l", "1",
                    str(pdf), str(tmp / "page")], check=True)
    data = (tmp / "page.pgm").read_bytes()
    head = re.match(rb"P5\s+(\d+)\s+(\d+)\s+\d+\s", data)
    assert head
    return int(head.group(1)), int(head.group(2)), data[head.end():]


def lines_under_words(pdf: Path, tmp: Path, dpi: int = 150, min_pt: float = 20) -> list[tuple[float, float]]:
    """Thin horizontal lines at least `min_pt` long across the lower half of a line of text
    or just below it: underlines. A glyph's stroke is shorter, and glyphs stand above and
    below their strokes; an underline has light pixels 3 px above and below it."""
    _w, _h, words = words_on_page(pdf)
    width, height, px = grey_pixels(pdf, dpi, tmp)
    k = dpi / 72

    def dark(y: int, x: int) -> bool:
        return px[y * width + x] < 160

    rows: set[int] = set()
    for _x0, y0, _x1, y1, _word in words:
        rows.update(range(int((y0 + y1) / 2 * k), min(height - 4, int((y1 + 3) * k))))
    found = []
    for y in sorted(rows):
        x = 0
        while x < width:
            if not dark(y, x):
                x += 1
                continue
            start = x
            while x < width and dark(y, x):
                x += 1
            span = range(start, x)
            if len(span) >= min_pt * k and all(
                sum(dark(y + d, i) for i in span) < len(span) / 2 for d in (-3, 3)
            ):
                found.append((round(y / k, 1), round(start / k, 1)))
    return found


@pytest.mark.parametrize("name", CARDS)
def test_quick_reference_fills_its_page_in_readable_type(pdf_dir: Path, name: str) -> None:
    """The card is pinned up and read at arm's length: its text runs into the lower part of the
    sheet (it filled only the top half), its smallest line is at least 12.5 pt tall (the
    boxes pdftotext gives are about 1.17 times the type size: 10.7 pt type; it was 10 pt)."""
    _width, height, words = words_on_page(pdf_dir / name)
    assert words
    lowest = max(y1 for _x0, _y0, _x1, y1, _w in words)
    assert lowest >= 0.85 * height, f"{name}: the text ends at {lowest / height:.0%} of the page"
    smallest = min(y1 - y0 for _x0, y0, _x1, y1, _w in words)
    assert smallest >= 12.5, f"{name}: a line only {smallest:.1f} pt tall"


@pytest.mark.parametrize("name", CARDS)
def test_quick_reference_has_no_underlined_links(pdf_dir: Path, name: str, tmp_path: Path) -> None:
    lines = lines_under_words(pdf_dir / name, tmp_path)
    assert not lines, f"{name}: {len(lines)} underlines, the first at (y, x) {lines[:3]} pt"


@pytest.mark.parametrize("name", CARDS)
def test_quick_reference_is_one_page(pdf_dir: Path, name: str) -> None:
    assert make_pdf.page_count(pdf_dir / name) == 1
    text = text_of(pdf_dir / name)
    lang = name.removesuffix(".pdf").split("-")[-1]
    assert squash(chapter_title(ROOT / "docs" / lang / "quick-reference.md")) in squash(text)


@pytest.mark.parametrize("name", SCORECARDS)
def test_the_scorecard_is_one_page_with_every_checked_principle(pdf_dir: Path, name: str) -> None:
    from exercises.principles import load_principles

    assert make_pdf.page_count(pdf_dir / name) == 1
    text = squash(text_of(pdf_dir / name))
    lang = name.removesuffix(".pdf").split("-")[-1]
    assert squash(chapter_title(ROOT / "docs" / lang / "scorecard.md")) in text
    for p in load_principles():  # each row shows its ID on one line (the name may wrap)
        assert (squash(p.id) in text) == (p.checked != "no"), p.id


def test_table_of_contents_has_page_numbers(pdf_dir: Path) -> None:
    first_pages = make_pdf.page_texts(pdf_dir / "handbook-en.pdf")[:4]
    toc = "\n".join(first_pages)
    title = chapter_title(ROOT / "docs" / "en" / "principles.md")
    assert re.search(re.escape(title) + r"[\s.]*\d+", toc), "the contents list no page number"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_roleplay_cards_print_on_their_own_and_in_the_book(pdf_dir: Path, lang: str) -> None:
    from exercises.roleplay import load_scenarios

    cards = squash(text_of(pdf_dir / f"roleplay-cards-{lang}.pdf"))
    book = squash(text_of(pdf_dir / f"handbook-{lang}.pdf"))
    for sc in load_scenarios().values():
        for text in (sc.text(lang, "brief"), sc.text(lang, "situation"), sc.nodes[sc.start].say[lang],
                     *(e.debrief[lang] for e in sc.endings.values())):
            assert squash(text) in cards, (sc.id, text)
            assert squash(text) in book, (sc.id, text)
    assert "\ufffd" not in cards


def test_the_traditional_edition_is_printed_whole_in_traditional_characters(pdf_dir: Path) -> None:
    """handbook-zh-hant(-trainer).pdf: every chapter and exercise of the simplified book,
    converted; the model answers in the trainer edition only."""
    from editions import converter  # hooks/ (pythonpath in pyproject.toml)

    conv = converter("zh-Hant")
    trainee = squash(text_of(pdf_dir / "handbook-zh-hant.pdf"))
    trainer = squash(text_of(pdf_dir / "handbook-zh-hant-trainer.pdf"))
    titles = [squash(conv(chapter_title(ROOT / "docs" / "zh" / p))) for p in BOOK_PAGES]
    assert [t for t in titles if t not in trainee] == []
    bank = load_bank().values()
    assert [ex.id for ex in bank if squash(conv(ex.lang("zh").customer)) not in trainee] == []
    answers = [(ex.id, squash(conv(a))) for ex in bank for a in ex.lang("zh").model_answers]
    assert [i for i, a in answers if a not in trainer] == []
    assert [i for i, a in answers if a in trainee] == []
    assert "客户" not in trainee and "客戶" in trainee
