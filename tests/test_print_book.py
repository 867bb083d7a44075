"""The whole-book print pages (hooks/print_edition.py): the trainer guide, teaching and
hosting, is in the trainer edition only, and no link in a book points at a chapter the
book leaves out (it points at the site's page instead)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TRAINER_PAGES = ("trainer-guide", "trainer-hosting")
BOOKS = {("zh", False): "print", ("zh", True): "print/trainer",
         ("en", False): "en/print", ("en", True): "en/print/trainer"}


def book(site: Path, lang: str, trainer: bool) -> str:
    return (site / BOOKS[(lang, trainer)] / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_trainer_guide_is_in_the_trainer_edition_only(built_site: Path, lang: str) -> None:
    trainee, trainer = book(built_site, lang, False), book(built_site, lang, True)
    for slug in TRAINER_PAGES:
        assert f'id="ch-{slug}"' in trainer, f"{lang}: trainer edition lacks {slug}"
        assert f'id="ch-{slug}"' not in trainee, f"{lang}: trainee edition has {slug}"
    assert "nginx" not in trainee and "nginx" in trainer


@pytest.mark.parametrize(("lang", "trainer"), list(BOOKS))
def test_every_link_inside_a_book_has_its_target(built_site: Path, lang: str, trainer: bool) -> None:
    html = book(built_site, lang, trainer)
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    missing = sorted({h for h in re.findall(r'href="#([^"]+)"', html) if h not in ids})
    assert missing == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_link_to_the_trainer_guide_leads_to_the_site_from_the_trainee_edition(
        built_site: Path, lang: str) -> None:
    path = built_site / BOOKS[(lang, False)] / "index.html"
    links = [h for h in re.findall(r'href="([^"#]*trainer-guide/[^"]*)"', path.read_text(encoding="utf-8"))]
    assert links, f"{lang}: the home page's link to the trainer guide is gone"
    for href in links:
        target = (path.parent / href.split("#")[0]).resolve() / "index.html"
        assert target.is_file(), href
        lang_attr = re.search(r'<html lang="([^"]+)"', target.read_text(encoding="utf-8")).group(1)
        assert lang_attr == lang, f"{href} leads to the {lang_attr} page"
