"""The role-play widget in the built site, in headless Chromium, offline (Pyodide in the
exercise worker): a calm path in Chinese and an angry path in English played to their
endings, the mood meter and path matching CPython's ``roleplay.play``, the transcript kept
across a reload and downloadable, restart, and replies shown as text, never as HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect
from test_browser import axe_serious

from exercises.api import check_json
from exercises.roleplay import Example, get_scenario, play

ENGINE_TIMEOUT = 90_000
expect.set_options(timeout=ENGINE_TIMEOUT)


def example(scenario: str, lang: str, kind: str) -> Example:
    sc = get_scenario(scenario)
    return next(e for e in sc.examples if e.lang == lang and sc.endings[e.path[-1]].kind == kind)


def send(widget: Any, text: str) -> None:
    widget.locator('[data-role="reply"]').fill(text)
    widget.locator('[data-role="send"]').click()
    expect(widget.locator('[data-role="status"]')).to_have_attribute(
        "data-state", re.compile("playing|ended|unavailable|error"), timeout=ENGINE_TIMEOUT
    )
    assert widget.locator('[data-role="status"]').get_attribute("data-state") in ("playing", "ended")


def play_through(widget: Any, scenario: str, lang: str, replies: tuple[str, ...]) -> dict[str, Any]:
    """Send each reply; after each, the mood meter and the path are CPython's."""
    for count in range(1, len(replies) + 1):
        before = widget.locator('[data-speaker="trainee"]').count()
        send(widget, replies[count - 1])
        want = play(scenario, lang, list(replies[:count]))
        expect(widget.locator('[data-speaker="trainee"]')).to_have_count(before + 1)
        mood = widget.locator('[data-role="mood"]')
        expect(mood).to_have_attribute("data-mood", str(want["mood"]))
        assert mood.locator("meter").evaluate("m => m.value") == want["mood"]
        assert widget.get_attribute("data-path") == " ".join(want["path"])
    return play(scenario, lang, list(replies))


def test_calm_path_in_chinese_to_resolved_survives_reload(page: Page, site_url: str, tmp_path: Path) -> None:
    calm = example("sofa", "zh", "resolved")
    page.goto(f"{site_url}roleplay/")
    widget = page.locator('[data-roleplay="sofa"]')
    expect(widget.locator('[data-role="mood"]')).to_have_attribute(
        "data-mood", str(get_scenario("sofa").mood)
    )
    expect(widget.locator('[data-speaker="customer"]').first).to_contain_text("说好昨天送")
    want = play_through(widget, "sofa", "zh", calm.replies)

    ending = widget.locator('[data-role="ending"]')
    expect(ending).to_be_visible()
    expect(ending).to_have_attribute("data-kind", "resolved")
    expect(ending.locator('[data-role="debrief"]')).to_contain_text(want["ending"]["debrief"])
    moods = [want["mood_start"], *(t["mood"] for t in want["turns"])]
    shown = " → ".join(f"{node} ({mood})" for node, mood in zip(want["path"], moods, strict=True))
    expect(ending.locator('[data-role="path"]')).to_contain_text(shown)
    expect(widget.locator('[data-role="answer-box"]')).to_be_hidden()
    feedback = widget.locator('[data-role="turn-feedback"]')
    expect(feedback).to_have_count(len(calm.replies))
    followed = {f["principle"] for f in want["turns"][0]["followed"]}
    assert "acknowledge" in followed
    expect(feedback.first.locator("[data-followed-acknowledge]")).to_have_count(1)
    deltas = [
        int(d)
        for d in widget.locator('[data-role="mood-change"]').evaluate_all(
            "els => els.map(e => e.dataset.delta)"
        )
    ]
    assert deltas == [t["delta"] for t in want["turns"]]

    # the transcript survives a reload (rebuilt from the stored replies)
    page.reload()
    widget = page.locator('[data-roleplay="sofa"]')
    expect(widget).to_have_attribute("data-state", "ended")
    assert widget.get_attribute("data-path") == " ".join(want["path"])
    expect(widget.locator('[data-speaker="trainee"]')).to_have_count(len(calm.replies))
    expect(widget.locator('[data-role="mood"]')).to_have_attribute("data-mood", str(want["mood"]))

    with page.expect_download() as info:
        widget.locator('[data-role="download"]').click()
    saved = tmp_path / "transcript.txt"
    info.value.save_as(saved)
    text = saved.read_text(encoding="utf-8-sig")
    assert calm.replies[0] in text and want["ending"]["debrief"] in text and " → ".join(want["path"]) in text

    widget.locator('[data-role="restart"]').click()
    expect(widget.locator('[data-speaker="trainee"]')).to_have_count(0)
    expect(widget.locator('[data-role="mood"]')).to_have_attribute(
        "data-mood", str(get_scenario("sofa").mood)
    )
    page.reload()
    expect(page.locator('[data-roleplay="sofa"] [data-speaker="trainee"]')).to_have_count(0)


def test_angry_path_in_english_escalates_and_shows_replies_as_text(page: Page, site_url: str) -> None:
    angry = example("other-department", "en", "escalated")
    page.goto(f"{site_url}en/roleplay/")
    widget = page.locator('[data-roleplay="other-department"]')
    markup = "<img src=x onerror=\"document.title='pwned'\"> <b>bold</b>"
    want = play_through(
        widget, "other-department", "en", (angry.replies[0] + " " + markup, *angry.replies[1:])
    )
    assert want["path"] == list(angry.path)
    expect(widget.locator('[data-role="ending"]')).to_have_attribute("data-kind", "escalated")
    first = widget.locator('[data-speaker="trainee"]').first
    expect(first).to_contain_text("<b>bold</b>")
    assert first.locator("img, b").count() == 0
    assert page.title() != "pwned"
    excerpts = {
        f["excerpt"] for f in want["turns"][0]["findings"] if f["principle"] == "no-blame" and f["excerpt"]
    }
    marked = first.locator('mark[data-principle="no-blame"]').all_text_contents()
    assert marked and set(marked) <= excerpts
    errors = [
        f for f in want["turns"][0]["findings"] if f["principle"] == "no-blame" and f["severity"] == "error"
    ]
    assert errors
    listed = first.locator('[data-role="turn-feedback"] li[data-principle="no-blame"][data-severity="error"]')
    expect(listed).to_have_count(len(errors))
    deltas = widget.locator('[data-role="mood-change"]').evaluate_all(
        "els => els.map(e => Number(e.dataset.delta))"
    )
    assert all(d < 0 for d in deltas)
    assert axe_serious(page, '[data-roleplay="other-department"]') == []


ONE_ENGINE = """async (text) => {
  // the module the page's scripts share (a module is evaluated once per URL in a page)
  const src = document.querySelector('script[src$="roleplay.js"]').src;
  const client = await import(src.replace(/roleplay\\.js$/, "engine-client.js"));
  const engine = client.currentEngine();
  const state = engine && engine.state;
  const json = await client.startEngine().request({ type: "check", text, lang: "en", exercise: null });
  return { state, same: client.startEngine() === engine, json };
}"""


def test_an_exercise_check_on_a_roleplay_page_uses_the_same_worker(page: Page, site_url: str) -> None:
    angry = example("other-department", "en", "escalated")
    page.goto(f"{site_url}en/roleplay/")
    send(page.locator('[data-roleplay="other-department"]'), angry.replies[0])
    text = "Calm down, that's not my job, call billing."
    got = page.evaluate(ONE_ENGINE, text)
    assert got["state"] == "ready" and got["same"]
    assert json.loads(got["json"]) == json.loads(check_json(text, "en"))
    engines = [w.url for w in page.workers if w.url.endswith("/exercise-worker.js")]
    assert engines == [f"{site_url}assets/exercise-worker.js"]  # one engine worker (search has its own)
    assert page.evaluate("document.documentElement.dataset.exerciseEngine") == "ready"


def test_says_plainly_when_the_engine_cannot_run_and_keeps_the_reply(page: Page, site_url: str) -> None:
    page.add_init_script("delete globalThis.WebAssembly")
    page.goto(f"{site_url}roleplay/")
    widget = page.locator('[data-roleplay="calm-down"]')
    reply = widget.locator('[data-role="reply"]')
    reply.fill("郑先生，真对不起，断网三天太耽误您了。")
    status = widget.locator('[data-role="status"]')
    expect(status).to_have_attribute("data-state", "unavailable")
    expect(status).to_contain_text("无法运行检查程序")
    widget.locator('[data-role="send"]').click(force=True)
    expect(reply).to_have_value("郑先生，真对不起，断网三天太耽误您了。")
    expect(widget.locator('[data-speaker="customer"]').first).to_contain_text("三天了")
    page.reload()
    expect(page.locator('[data-roleplay="calm-down"] [data-role="reply"]')).to_have_value(
        "郑先生，真对不起，断网三天太耽误您了。"
    )


def test_back_one_turn_takes_the_last_reply_back_to_try_another_branch(page: Page, site_url: str) -> None:
    angry = example("sofa", "en", "escalated")
    calm = example("sofa", "en", "resolved")
    page.goto(f"{site_url}en/roleplay/")
    widget = page.locator('[data-roleplay="sofa"]')
    back = widget.locator('[data-role="back"]')
    expect(back).to_be_disabled()
    play_through(widget, "sofa", "en", angry.replies)
    expect(widget.locator('[data-role="ending"]')).to_have_attribute("data-kind", "escalated")
    back.click()
    expect(widget.locator('[data-speaker="trainee"]')).to_have_count(len(angry.replies) - 1)
    expect(widget.locator('[data-role="ending"]')).to_be_hidden()
    expect(widget.locator('[data-role="reply"]')).to_have_value(angry.replies[-1])
    shorter = play("sofa", "en", list(angry.replies[:-1]))
    expect(widget.locator('[data-role="mood"]')).to_have_attribute("data-mood", str(shorter["mood"]))
    # from the start, a calm reply takes another branch
    while widget.locator('[data-speaker="trainee"]').count():
        back.click()
        expect(widget.locator('[data-speaker="trainee"]')).to_have_count(0)
    expect(back).to_be_disabled()
    play_through(widget, "sofa", "en", calm.replies)
    expect(widget.locator('[data-role="ending"]')).to_have_attribute("data-kind", "resolved")


def test_the_traditional_edition_plays_in_traditional_characters(page: Page, site_url: str) -> None:
    """zh-Hant (generated from zh): the customer's answers, the debrief and the labels come
    converted; the path is the simplified edition's."""
    from editions import converter
    from test_hant_edition import allowed, simplified_in

    conv = converter("zh-Hant")
    calm = example("sofa", "zh", "resolved")
    page.goto(f"{site_url}zh-Hant/roleplay/")
    widget = page.locator('[data-roleplay="sofa"]')
    want = play_through(widget, "sofa", "zh", tuple(conv(r) for r in calm.replies))
    assert " ".join(want["path"]) == " ".join(play("sofa", "zh", list(calm.replies))["path"])
    expect(widget.locator('[data-role="ending"]')).to_be_visible()
    expect(widget.locator('[data-role="debrief"]')).to_contain_text(conv(want["ending"]["debrief"]))
    second = widget.locator('[data-speaker="customer"]').nth(1)
    expect(second).to_contain_text(conv(want["turns"][1]["customer"]))
    assert simplified_in(widget.inner_text(), allowed()) == []
