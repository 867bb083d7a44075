"""The two editions stay parallel page by page (issue 13, point 2).

For every page that exists in both docs/zh/ and docs/en/: the same headings (count and
level, in order) and the same tables (count, rows and columns, in order). The principles
page and the quick-reference card also carry the same phrase lists: as many phrases to
avoid per principle, as many lines on the card, and the same callback time on the card
as on the principles page. Only the Markdown sources are read; no build is needed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exercises.api import check

DOCS = Path(__file__).resolve().parents[1] / "docs"
LANGS = ("zh", "en")
FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6}) \S")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
RULE_ROW = re.compile(r"^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$")


def page_pairs() -> list[str]:
    zh = {p.relative_to(DOCS / "zh").as_posix() for p in (DOCS / "zh").rglob("*.md")}
    en = {p.relative_to(DOCS / "en").as_posix() for p in (DOCS / "en").rglob("*.md")}
    return sorted(zh & en)


def prose_lines(text: str) -> list[str]:
    """The page's lines outside fenced code blocks (a `# comment` in code is no heading)."""
    out, fenced = [], False
    for line in text.splitlines():
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            out.append(line)
    return out


def headings(text: str) -> list[int]:
    return [len(m.group(1)) for line in prose_lines(text) if (m := HEADING.match(line))]


def cells(row: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip().strip("|"))]


def tables(text: str) -> list[tuple[int, int]]:
    """(body rows, columns) of every table, in order."""
    found: list[tuple[int, int]] = []
    block: list[str] = []
    for line in [*prose_lines(text), ""]:
        if TABLE_ROW.match(line):
            block.append(line)
            continue
        if len(block) >= 2 and RULE_ROW.match(block[1]):
            found.append((len(block) - 2, len(cells(block[0]))))
        block = []
    return found


def read(lang: str, md: str) -> str:
    return (DOCS / lang / md).read_text(encoding="utf-8")


def test_the_parsers_see_what_they_should() -> None:
    sample = ("# A\n\n## B\n\n```toml\n# not a heading\n| not | a table |\n```\n\n"
              "| x | y |\n|---|---|\n| 1 | 2 |\n")
    assert headings(sample) == [1, 2]
    assert tables(sample) == [(1, 2)]


@pytest.mark.parametrize("md", page_pairs())
def test_same_headings_in_both_languages(md: str) -> None:
    zh, en = headings(read("zh", md)), headings(read("en", md))
    assert zh == en, f"{md}: heading levels differ\n zh {zh}\n en {en}"


@pytest.mark.parametrize("md", page_pairs())
def test_same_tables_in_both_languages(md: str) -> None:
    zh, en = tables(read("zh", md)), tables(read("en", md))
    assert zh == en, f"{md}: tables (rows, columns) differ\n zh {zh}\n en {en}"


# --------------------------------------------------------------------------- phrase lists


def avoid_rows(lang: str) -> dict[str, int]:
    """Principle id -> number of rows in its words-to-avoid table on the principles page."""
    rows: dict[str, int] = {}
    section = ""
    for line in prose_lines(read(lang, "principles.md")):
        if m := re.match(r"## .*\{#([\w-]+)\}", line):
            section = m.group(1)
        elif TABLE_ROW.match(line) and not RULE_ROW.match(line):
            rows[section] = rows.get(section, 0) + 1
    return {s: n - 1 for s, n in rows.items()}  # minus the header row


def card_lines(lang: str) -> list[tuple[str, str]]:
    """(phrase to avoid, what to say instead) for every line of the card's phrase list."""
    pairs = []
    for line in prose_lines(read(lang, "quick-reference.md")):
        if line.startswith("- ") and "→" in line:
            avoid, instead = line[2:].split("→", 1)
            pairs.append((avoid.strip(), instead.strip()))
    return pairs


def test_the_principles_page_lists_as_many_phrases_per_principle() -> None:
    zh, en = avoid_rows("zh"), avoid_rows("en")
    assert len(zh) >= 8
    assert zh == en


def test_the_card_lists_the_same_number_of_phrases() -> None:
    zh, en = card_lines("zh"), card_lines("en")
    assert len(zh) >= 10
    assert len(zh) == len(en), f"zh {len(zh)} lines, en {len(en)} lines"


@pytest.mark.parametrize("lang", LANGS)
def test_every_phrase_on_the_card_is_one_the_checker_flags(lang: str) -> None:
    """The card is the principles page in short: each phrase on it is one the checker marks in
    the text, or one of the principles page's phrases to avoid (tests/test_principles_page.py
    holds those to the checker, a missing next step included)."""
    on_page = {bare(c) for line in prose_lines(read(lang, "principles.md")) if TABLE_ROW.match(line)
               for c in cells(line)[0].split(" / ")}
    missed = []
    for avoid, _ in card_lines(lang):
        for part in avoid.split(" / "):
            phrase = bare(part)
            if phrase not in on_page and not any(
                    f["start"] is not None for f in check(phrase, lang)["findings"]):
                missed.append(phrase)
    assert missed == []


def bare(phrase: str) -> str:
    """A phrase without quotation marks, ellipses and stage directions in brackets."""
    phrase = re.sub(r"[（(][^）)]*[）)]", "", phrase)
    return re.sub(r"[\"“”…]", "", phrase).strip()


ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "十一": 11, "十二": 12}


def callback_hour(lang: str, text: str) -> int | None:
    """The afternoon hour of the 'I'll call you back' line in a phrase list."""
    if lang == "zh":
        m = re.search(r"下午(十[一二]?|[一二两三四五六七八九])点前给您回电", text)
        return ZH_DIGITS[m.group(1)] if m else None
    m = re.search(r"call you back before (\d{1,2}) ?pm", text)
    return int(m.group(1)) if m else None


def test_the_callback_time_is_the_same_on_the_card_and_the_principles_page() -> None:
    hours = {}
    for lang in LANGS:
        card = "\n".join(f"{a} {b}" for a, b in card_lines(lang))
        table = "\n".join(line for line in prose_lines(read(lang, "principles.md")) if TABLE_ROW.match(line))
        hours[lang] = (callback_hour(lang, card), callback_hour(lang, table))
        assert None not in hours[lang], f"{lang}: no callback time found {hours[lang]}"
    assert len({h for pair in hours.values() for h in pair}) == 1, hours


# --------------------------------------------------------------------------- page names

MKDOCS = DOCS.parent / "mkdocs.yml"
CASE_PREFIX = re.compile(r"^(案例：|Case: )")


def nav_titles() -> dict[str, dict[str, str]]:
    """lang -> {page: menu title}, from mkdocs.yml's nav and the English nav_translations."""
    text = MKDOCS.read_text(encoding="utf-8")
    nav = dict((path, title) for title, path in re.findall(r"^\s+- (.+?): (\S+\.md)\s*$", text, re.M))
    block = re.search(r"^\s+nav_translations:\n((?:\s{12}.+\n)+)", text, re.M)
    assert block, "no nav_translations in mkdocs.yml"
    translations = {}
    for line in block.group(1).splitlines():
        key, _, value = line.strip().partition(": ")
        value = value.strip()
        translations[key] = value.strip("'") if value.startswith("'") else value.strip('"')
    return {"zh": nav, "en": {path: translations.get(title, "") for path, title in nav.items()}}


def h1(lang: str, md: str) -> str:
    line = next(line for line in prose_lines(read(lang, md)) if line.startswith("# "))
    return re.sub(r"\s*\{[^}]*\}\s*$", "", line[2:]).strip()


@pytest.mark.parametrize("lang", LANGS)
def test_menu_titles_name_pages_as_their_headings_do(lang: str) -> None:
    """The menu, the page's own title and the links to it use one name (the home page aside)."""
    titles = nav_titles()[lang]
    assert len(titles) >= 25
    differ = []
    for md, title in titles.items():
        if md == "index.md":
            continue
        heading = CASE_PREFIX.sub("", h1(lang, md))
        if straight(title).casefold() != straight(heading).casefold():
            differ.append(f"{md}: menu {title!r}, heading {heading!r}")
    assert differ == []


def straight(text: str) -> str:
    """Curly quotes as the straight ones of the Markdown sources (smarty curls them on the page)."""
    return text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))


def test_english_menu_titles_use_curly_quotes() -> None:
    """Menu titles are not Markdown, so smarty never curls them: they are typed curly."""
    straight_ones = [t for t in nav_titles()["en"].values() if re.search(r"[\"']", t)]
    assert straight_ones == []


@pytest.mark.parametrize("lang", LANGS)
def test_links_to_a_principle_use_its_name(lang: str) -> None:
    names = {m.group(2): m.group(1) for line in prose_lines(read(lang, "principles.md"))
             if (m := re.match(r"## (.+?) \{#([\w-]+)\}", line))}
    wrong = set()
    for page in (DOCS / lang).rglob("*.md"):
        links = re.findall(r"\[([^\]]+)\]\((?:\.\./)*principles\.md#([\w-]+)\)", page.read_text("utf-8"))
        for text, anchor in links:
            # English prose may say "own the problem" in lower case mid-sentence
            named = text[0].isupper() or lang == "zh"
            if anchor in names and named and text.casefold() != names[anchor].casefold():
                wrong.add(f"{page.relative_to(DOCS)}: [{text}] -> {names[anchor]}")
    assert sorted(wrong) == []
