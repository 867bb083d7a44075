"""Role-play on paper and in the built site: the cards (hooks/roleplay_cards.py) carry every
line and branch, escape what they show, and print in the cards page and both whole-book
editions; the widget hook stops the build on an unknown scenario."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from exercises.record import replace
from exercises.roleplay import get_scenario, load_scenarios

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

import roleplay_cards  # noqa: E402
import roleplay_markers  # noqa: E402

CARDS = {"zh": "print/roleplay-cards/index.html", "en": "en/print/roleplay-cards/index.html"}
BOOKS = {"zh": ("print", "print/trainer"), "en": ("en/print", "en/print/trainer")}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_cards_carry_every_line_branch_and_ending(lang: str) -> None:
    names = roleplay_markers.principle_names(lang)
    for sc in load_scenarios().values():
        html = roleplay_cards.render_cards(sc, lang, names)
        assert [c for c in ("customer", "agent", "observer") if f'data-card="{c}"' in html] == [
            "customer",
            "agent",
            "observer",
        ]
        for node in sc.nodes.values():
            assert f'data-card-node="{node.id}"' in html
            assert node.say[lang] in html
            assert html.count("→") >= sum(len(n.on) for n in sc.nodes.values())
        for ending in sc.endings.values():
            assert ending.say[lang] in html and ending.debrief[lang] in html
        assert sc.text(lang, "brief") in html and sc.text(lang, "situation") in html
        assert roleplay_cards.mood_cue(sc.mood, lang) in html


def test_conditions_read_as_words() -> None:
    names = roleplay_markers.principle_names("en")
    assert roleplay_cards.condition_text("followed:acknowledge,next-step", "en", names) == (
        "does ‘Acknowledge feelings first’ or ‘Give a clear next step and time’"
    )
    assert (
        roleplay_cards.condition_text("!error:no-blame", "en", names)
        == "not: clearly breaks ‘Don’t pass the blame’"
    )
    zh = roleplay_markers.principle_names("zh")
    assert roleplay_cards.condition_text("followed:acknowledge", "zh", zh) == "做到了「先回应情绪」"


def test_cards_and_widget_escape_what_they_show() -> None:
    sc = get_scenario("sofa")
    texts = {**sc.texts, "en": {**sc.texts["en"], "persona": "<b>Bell</b>", "brief": "<script>x()</script>"}}
    bad = replace(sc, texts=texts)
    names = roleplay_markers.principle_names("en")
    for html in (
        roleplay_cards.render_cards(bad, "en", names),
        roleplay_markers.render_roleplay(bad, "en", names=names, principles_href="../principles/"),
    ):
        assert "<b>Bell" not in html and "<script>" not in html
        assert "&lt;b&gt;Bell&lt;/b&gt;" in html


def test_unknown_scenario_marker_stops_the_build_with_page_and_line() -> None:
    page = SimpleNamespace(file=SimpleNamespace(src_path="zh/roleplay.md"))
    with pytest.raises(PluginError, match=r"zh/roleplay.md:3: unknown role-play 'nope'"):
        roleplay_markers.on_page_markdown("# t\n\n<!-- roleplay: nope -->\n", page, {}, None)
    shown = "```\n<!-- roleplay: nope -->\n```\n"
    assert roleplay_markers.on_page_markdown(shown, page, {}, None) == shown  # in a code block: left alone


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_cards_page_and_both_books_print_every_scenario(built_site: Path, lang: str) -> None:
    page = (built_site / CARDS[lang]).read_text(encoding="utf-8")
    ids = list(load_scenarios())
    assert re.findall(r'data-roleplay-cards="([^"]+)"', page) == ids
    assert page.count('data-card="observer"') == len(ids)
    assert f'<html lang="{"zh-Hans" if lang == "zh" else "en"}"' in page
    depth = "../../" if lang == "zh" else "../../../"
    assert (
        f'href="{depth}assets/roleplay-cards.css"' in page
        and (built_site / "assets" / "roleplay-cards.css").is_file()
    )
    for book in BOOKS[lang]:
        html = (built_site / book / "index.html").read_text(encoding="utf-8")
        assert sorted(set(re.findall(r'data-roleplay-cards="([^"]+)"', html))) == sorted(ids), book
        assert "assets/roleplay-cards.css" in html


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_chapter_has_a_widget_per_scenario_and_case_pages_link_to_it(built_site: Path, lang: str) -> None:
    root = built_site if lang == "zh" else built_site / "en"
    chapter = (root / "roleplay" / "index.html").read_text(encoding="utf-8")
    scenarios = load_scenarios()
    assert sorted(re.findall(r'<section class="cs-roleplay" data-roleplay="([^"]+)"', chapter)) == sorted(
        scenarios
    )
    assert "assets/roleplay.js" in chapter
    for sc in scenarios.values():
        case = (root / sc.case / "index.html").read_text(encoding="utf-8")
        assert f'roleplay/#{sc.id}"' in case, sc.case
        assert f'id="{sc.id}"' in chapter
