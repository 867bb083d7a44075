"""The printed editions: `make pdf` writes four handbooks and two one-page cards.

`make test` runs `make pdf` before pytest, so the PDFs in build/pdf/ are fresh; run alone,
these tests make them first (build the site, then print it).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from exercises.bank import load_bank

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import make_pdf  # noqa: E402

BOOKS = [f"handbook-{lang}{suffix}.pdf" for lang in ("zh", "en") for suffix in ("", "-trainer")]
CARDS = ["quick-reference-zh.pdf", "quick-reference-en.pdf"]
SCORECARDS = ["scorecard-zh.pdf", "scorecard-en.pdf"]
BOOK_PAGES = [
    "index.md", "why-service.md", "action-reaction.md", "principles.md", "listening.md", "process.md",
    "cases/index.md", "cases/bank-card.md", "cases/dividend-date.md", "cases/other-department.md",
    "cases/mr-zeng.md", "cases/ms-lin.md", "cases/mr-he.md", "cases/repairman.md", "cases/calm-down.md",
    "cases/passed-around.md", "cases/sofa.md", "cases/rubbish.md", "cases/bill-layout.md",
    "call-centre.md", "customer-side.md", "self-care.md", "trust.md", "glossary.md", "sources.md",
    "self-assessment.md", "scorecard.md",
]
TRAINER_PAGES = ["trainer-guide.md", "trainer-hosting.md"]  # the trainer editions only


@pytest.fixture(scope="session")
def pdf_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make test` has just run `make pdf` and names its output in HANDBOOK_PDF_DIR; without
    it, print the session's own build."""
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


@pytest.mark.parametrize("name", BOOKS + CARDS + SCORECARDS)
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
