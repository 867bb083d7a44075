"""The exercise widget in the built site, in headless Chromium (Pyodide in a Web Worker, offline).

Compares what the page shows with CPython's `exercises.api.check` on the same text.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from offline_browser import block_external
from playwright.sync_api import Page, expect

from exercises.api import check
from exercises.exercise_bank import load_bank

ROOT = Path(__file__).resolve().parent.parent
EXERCISE = "calm-down"          # its page's footer "next" link leads to NEXT_EXERCISE
NEXT_EXERCISE = "passed-around"
LANGS = ("zh", "en")
ENGINE_TIMEOUT = 90_000
DONE = "passed|failed|unavailable"
expect.set_options(timeout=ENGINE_TIMEOUT)  # the first check waits for Pyodide to load


def page_url(base: str, lang: str, exercise: str) -> str:
    case = load_bank()[exercise].case
    return f"{base}{'' if lang == 'zh' else 'en/'}{case}/"


def widget(page: Page, exercise: str = EXERCISE) -> Any:
    return page.locator(f'[data-exercise="{exercise}"]')


def run_check(page: Page, exercise: str = EXERCISE) -> str:
    w = widget(page, exercise)
    w.locator('[data-role="check"]').click()
    feedback = w.locator('[data-role="feedback"]')
    expect(feedback).to_have_attribute("data-state", _re(DONE), timeout=ENGINE_TIMEOUT)
    return feedback.get_attribute("data-state") or ""


def _re(pattern: str) -> Any:
    return re.compile(f"^({pattern})$")


def set_answer(page: Page, text: str, exercise: str = EXERCISE) -> None:
    box = widget(page, exercise).locator('textarea[data-role="answer"]')
    box.fill(text)
    box.press("End")  # fill() with Chinese sends no key events


def shown_marks(page: Page, exercise: str = EXERCISE) -> list[tuple[str, str]]:
    marks = widget(page, exercise).locator('[data-role="feedback"] mark[data-principle]')
    return [(m.get_attribute("data-principle") or "", m.text_content() or "") for m in marks.all()]


def expected_spans(text: str, lang: str, exercise: str = EXERCISE) -> list[tuple[str, str]]:
    result = check(text, lang, exercise)
    spans = sorted(
        (f for f in result["findings"] if f["start"] is not None), key=lambda f: (f["start"], -f["end"])
    )
    out, cursor = [], 0
    for f in spans:  # the widget marks non-overlapping spans, the first one wins
        if f["start"] >= cursor:
            out.append((f["principle"], f["excerpt"]))
            cursor = f["end"]
    return out


# ---------------------------------------------------------------- checking


@pytest.mark.parametrize("lang", LANGS)
def test_bad_reply_fails_with_marks_equal_to_cpython_excerpts(page: Page, site_url: str, lang: str) -> None:
    page.goto(page_url(site_url, lang, EXERCISE))
    bad = load_bank()[EXERCISE].lang(lang).bad_reply.strip()
    box = widget(page).locator('textarea[data-role="answer"]')
    assert box.input_value() == bad  # prefilled with the bad reply (mkdocs.yml default)
    assert run_check(page) == "failed"
    result = check(bad, lang, EXERCISE)
    findings = widget(page).locator('[data-role="feedback"] li[data-principle][data-severity]')
    assert findings.count() == len(result["findings"])
    shown = [(f.get_attribute("data-principle"), f.get_attribute("data-severity")) for f in findings.all()]
    assert sorted(shown) == sorted((f["principle"], f["severity"]) for f in result["findings"])
    assert shown_marks(page) == expected_spans(bad, lang)
    assert shown_marks(page), "the bad reply should have at least one marked phrase"
    expect(widget(page).locator('[data-role="feedback"]')).to_contain_text(str(result["score"]))


@pytest.mark.parametrize("lang", LANGS)
def test_model_answer_passes(page: Page, site_url: str, lang: str) -> None:
    page.goto(page_url(site_url, lang, EXERCISE))
    answer = load_bank()[EXERCISE].lang(lang).model_answers[0]
    set_answer(page, answer)
    assert run_check(page) == "passed"
    result = check(answer, lang, EXERCISE)
    assert result["passed"]
    feedback = widget(page).locator('[data-role="feedback"]')
    expect(feedback.locator(".cs-feedback__banner")).to_contain_text(f"{result['score']}/100")
    assert feedback.locator("li[data-followed]").count() == len(result["followed"])
    assert feedback.locator('li[data-severity="error"]').count() == 0


def test_the_traditional_edition_checks_offline_in_traditional_characters(page: Page, site_url: str) -> None:
    """zh-Hant is generated from zh (hooks/editions.py): the widget shows the bad reply, the
    checker's messages and suggestions, the hints and the model answers converted, and the
    checker (in zh, which folds traditional input) gives the findings CPython gives."""
    from editions import converter
    from test_hant_edition import allowed, simplified_in

    conv = converter("zh-Hant")
    texts = load_bank()[EXERCISE].lang("zh")
    page.goto(f"{site_url}zh-Hant/{load_bank()[EXERCISE].case}/")
    assert page.locator("html").get_attribute("lang") == "zh-Hant"
    bad = conv(texts.bad_reply.strip())
    assert widget(page).locator('textarea[data-role="answer"]').input_value() == bad
    assert run_check(page) == "failed"
    result = check(bad, "zh", EXERCISE)
    feedback = widget(page).locator('[data-role="feedback"]')
    findings = feedback.locator("li[data-principle][data-severity]")
    assert findings.count() == len(result["findings"]) > 0
    shown = feedback.inner_text()
    first = result["findings"][0]
    assert conv(first["message"]) in shown and first["message"] not in shown
    assert any(f["suggest"] and conv(f["suggest"]) in shown for f in result["findings"])
    assert simplified_in(shown, allowed()) == []
    w = widget(page)
    w.locator('[data-role="hint"]').click()
    assert w.locator('[data-role="hint-text"]').first.inner_text().strip() == conv(texts.hints[0]).strip()
    w.locator('[data-role="show-answer"]').click()
    model = w.locator('[data-role="model-answer"]').first.inner_text().strip()
    assert model == conv(texts.model_answers[0]).strip()
    set_answer(page, model)
    assert run_check(page) == "passed"
    assert simplified_in(feedback.inner_text(), allowed()) == []


def test_ctrl_enter_checks(page: Page, site_url: str) -> None:
    page.goto(page_url(site_url, "en", EXERCISE))
    box = widget(page).locator('textarea[data-role="answer"]')
    box.focus()
    box.press("Control+Enter")
    expect(widget(page).locator('[data-role="feedback"]')).to_have_attribute("data-state", "failed")


def test_principle_links_point_to_the_principles_page(page: Page, site_url: str) -> None:
    page.goto(page_url(site_url, "en", EXERCISE))
    run_check(page)
    link = widget(page).locator('[data-role="feedback"] li[data-principle] a').first
    principle = widget(page).locator('[data-role="feedback"] li[data-principle]').first.get_attribute(
        "data-principle"
    )
    link.click()
    page.wait_for_url(f"{site_url}en/principles/#{principle}")
    assert page.locator(f'[id="{principle}"]').count() == 1


# ---------------------------------------------------------------- hints, answers, reset, drafts


@pytest.mark.parametrize("lang", LANGS)
def test_hints_one_at_a_time_and_model_answer_after_first_check(page: Page, site_url: str, lang: str) -> None:
    page.goto(page_url(site_url, lang, EXERCISE))
    w = widget(page)
    hints = w.locator('[data-role="hint-text"]')
    total = len(load_bank()[EXERCISE].lang(lang).hints)
    assert hints.count() == total >= 2
    for shown in range(1, total + 1):
        w.locator('[data-role="hint"]').click()
        assert [h.is_visible() for h in hints.all()] == [i < shown for i in range(total)]
    expect(w.locator('[data-role="hint"]')).to_be_disabled()

    show = w.locator('[data-role="show-answer"]')
    expect(show).to_be_disabled()
    expect(w.locator('[data-role="model-answer"]').first).to_be_hidden()
    run_check(page)
    expect(show).to_be_enabled()
    show.click()
    first = w.locator('[data-role="model-answer"]').first
    expect(first).to_be_visible()
    assert first.inner_text().strip() == load_bank()[EXERCISE].lang(lang).model_answers[0].strip()


def test_start_again_restores_the_bad_reply(page: Page, site_url: str) -> None:
    page.goto(page_url(site_url, "zh", EXERCISE))
    set_answer(page, "随便写点什么")
    widget(page).locator('[data-role="reset"]').click()
    box = widget(page).locator('textarea[data-role="answer"]')
    assert box.input_value() == load_bank()[EXERCISE].lang("zh").bad_reply.strip()
    page.reload()
    assert box.input_value() == load_bank()[EXERCISE].lang("zh").bad_reply.strip()


@pytest.mark.parametrize("lang", LANGS)
def test_draft_survives_reload(page: Page, site_url: str, lang: str) -> None:
    page.goto(page_url(site_url, lang, EXERCISE))
    draft = "您好，我是客服小李。草稿 draft 😀" if lang == "zh" else "Hello, this is Sam. Draft 😀"
    set_answer(page, draft)
    page.reload()
    assert widget(page).locator('textarea[data-role="answer"]').input_value() == draft
    other = "en" if lang == "zh" else "zh"  # drafts are per language
    page.goto(page_url(site_url, other, EXERCISE))
    assert widget(page).locator('textarea[data-role="answer"]').input_value() != draft


# ---------------------------------------------------------------- navigation, fallback, safety


def test_both_exercise_pages_work_through_site_navigation(page: Page, site_url: str) -> None:
    page.goto(page_url(site_url, "zh", EXERCISE))
    assert run_check(page) == "failed"
    page.locator("a.md-footer__link--next").click()
    page.wait_for_url(page_url(site_url, "zh", NEXT_EXERCISE))
    answer = load_bank()[NEXT_EXERCISE].lang("zh").model_answers[0]
    set_answer(page, answer, NEXT_EXERCISE)
    assert run_check(page, NEXT_EXERCISE) == "passed"


def test_fallback_when_the_engine_cannot_load(page: Page, site_url: str) -> None:
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page.goto(page_url(site_url, "en", EXERCISE))
    w = widget(page)
    w.locator('textarea[data-role="answer"]').focus()
    feedback = w.locator('[data-role="feedback"]')
    expect(feedback).to_have_attribute("data-state", "unavailable", timeout=ENGINE_TIMEOUT)
    expect(feedback).to_contain_text("cannot run the automatic check")
    show = w.locator('[data-role="show-answer"]')
    expect(show).to_be_enabled()
    show.click()
    expect(w.locator('[data-role="model-answer"]').first).to_be_visible()
    w.locator('[data-role="hint"]').click()
    expect(w.locator('[data-role="hint-text"]').first).to_be_visible()
    expect(w.locator('[data-role="checklist"] a').first).to_be_visible()


def test_fallback_without_webassembly(page: Page, site_url: str) -> None:
    page.add_init_script("delete globalThis.WebAssembly")
    page.goto(page_url(site_url, "zh", EXERCISE))
    w = widget(page)
    w.locator('[data-role="check"]').click()
    feedback = w.locator('[data-role="feedback"]')
    expect(feedback).to_have_attribute("data-state", "unavailable")
    expect(feedback).to_contain_text("无法运行自动检查")
    w.locator('[data-role="show-answer"]').click()
    expect(w.locator('[data-role="model-answer"]').first).to_be_visible()


def test_the_worker_is_made_ahead_and_pyodide_loads_only_on_focus(page: Page, site_url: str) -> None:
    """The page makes the engine's worker as it wires the widget, so its few small files are
    there when the trainee first checks; Pyodide itself and the engine load only on focus."""
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    with page.expect_request("**/assets/pyodide/pyodide.mjs"), page.expect_request("**/runtime.json"):
        page.goto(page_url(site_url, "en", EXERCISE))
    page.wait_for_timeout(1000)
    heavy = ("pyodide.asm.wasm", "python_stdlib", "handbook-engine.")
    assert not [url for url in asked if any(name in url for name in heavy)], asked
    assert page.evaluate("document.documentElement.dataset.exerciseEngine") is None  # not started
    workers = [wk.url for wk in page.workers if wk.url.endswith("/exercise-worker.js")]
    assert workers == [f"{site_url}assets/exercise-worker.js"]
    set_answer(page, load_bank()[EXERCISE].lang("en").model_answers[0])
    assert run_check(page) == "passed"
    assert [u for u in asked if "pyodide.asm.wasm" in u] and [u for u in asked if "handbook-engine." in u]
    workers = [wk.url for wk in page.workers if wk.url.endswith("/exercise-worker.js")]
    assert len(workers) == 1  # the worker made ahead is the one that checks
    # a cold start, and the worker unzipped the engine itself (engine-unzip.js), not Pyodide
    timings = page.evaluate(TIMINGS)
    assert timings["snapshot"] is False and timings["engineUnzipped"] <= timings["written"], timings


def test_two_exercises_on_one_page_work_independently(page: Page, site_url: str) -> None:
    first, second = "other-department-blame", "other-department-defensive"
    assert load_bank()[first].case == load_bank()[second].case
    page.goto(page_url(site_url, "en", first))
    set_answer(page, load_bank()[second].lang("en").model_answers[0], second)
    assert run_check(page, second) == "passed"
    feedback = widget(page, first).locator('[data-role="feedback"]')
    assert feedback.get_attribute("data-state") in ("idle", "loading")
    assert run_check(page, first) == "failed"
    assert widget(page, second).locator('[data-role="feedback"]').get_attribute("data-state") == "passed"


# ---------------------------------------------------------------- warm start (memory snapshot)

READY = "document.documentElement.dataset.exerciseEngine === 'ready'"
TIMINGS = "JSON.parse(document.documentElement.dataset.exerciseEngineTimings)"
# the worker's own checksum function, so that a test can store garbage with a matching checksum
CHECKSUM_JS = re.search(
    r"^async function checksum\(bytes\) \{.*?^\}$",
    (ROOT / "docs" / "assets" / "exercise-worker.js").read_text(encoding="utf-8"),
    re.S | re.M,
).group(0)
IDB = """async ([action, arg]) => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open("cs-handbook-engine", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("snapshots");
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const run = (mode, body) => new Promise((resolve, reject) => {
    const tx = db.transaction("snapshots", mode);
    const out = body(tx.objectStore("snapshots"));
    tx.oncomplete = () => resolve(out && out.result);
    tx.onerror = () => reject(tx.error);
  });
  const checksum = (0, eval)(`(${arg.checksum})`);
  try {
    if (action === "meta") return (await run("readonly", (s) => s.get("engine-meta"))) ?? null;
    if (action === "flip") {  // damage one byte in the middle; the stored checksum stays
      const bytes = new Uint8Array(await run("readonly", (s) => s.get("engine")));
      bytes[bytes.length >> 1] ^= 0xff;
      await run("readwrite", (s) => s.put(bytes, "engine"));
      return bytes.length;
    }
    if (action === "garbage") {  // consistent checksum, but not a snapshot at all
      const bytes = new Uint8Array(arg.size).fill(7);
      const meta = await run("readonly", (s) => s.get("engine-meta"));
      const damaged = { ...meta, checksum: await checksum(bytes) };
      await run("readwrite", (s) => { s.put(bytes, "engine"); s.put(damaged, "engine-meta"); });
      return meta;
    }
  } finally {
    db.close();
  }
}"""


def first_visit_stores_a_snapshot(page: Page, url: str) -> dict[str, Any]:
    page.goto(url + "?exercise-preload")
    page.wait_for_function(READY)
    assert page.evaluate(TIMINGS)["snapshot"] is False  # a new context: cold start
    page.wait_for_function("document.documentElement.dataset.exerciseSnapshot")
    info = page.evaluate("document.documentElement.dataset.exerciseSnapshotInfo")
    assert page.evaluate("document.documentElement.dataset.exerciseSnapshot") == "saved", info
    meta = page.evaluate(IDB, ["meta", {"checksum": CHECKSUM_JS}])
    assert meta and re.fullmatch(r"sha256:[0-9a-f]{64}", meta["checksum"]), meta  # 127.0.0.1: secure context
    return meta


def reload_and_start(page: Page) -> dict[str, Any]:
    page.reload()
    page.wait_for_function(READY)
    return page.evaluate(TIMINGS)


def checks_like_cpython(page: Page, lang: str = "en") -> None:
    text = "😀 " + load_bank()[EXERCISE].lang(lang).bad_reply.strip()
    set_answer(page, text)
    assert run_check(page) == "failed"
    assert shown_marks(page) == expected_spans(text, lang)
    findings = widget(page).locator('[data-role="feedback"] li[data-principle]')
    assert findings.count() == len(check(text, lang, EXERCISE)["findings"])
    answer = load_bank()[EXERCISE].lang(lang).model_answers[0]
    set_answer(page, answer)
    assert run_check(page) == "passed"


def test_warm_start_from_a_memory_snapshot_checks_the_same(page: Page, site_url: str) -> None:
    url = page_url(site_url, "en", EXERCISE)
    meta = first_visit_stores_a_snapshot(page, url)
    runtime = page.evaluate("async () => (await fetch('/assets/pyodide/runtime.json')).json()")
    assert runtime["sha256"] in meta["key"] and runtime["pyodide"] in meta["key"]
    timings = reload_and_start(page)
    assert timings["snapshot"] is True, timings
    assert "snapshotError" not in timings
    checks_like_cpython(page, "en")
    page.goto(page_url(site_url, "zh", NEXT_EXERCISE))  # another page and language, same snapshot
    set_answer(page, load_bank()[NEXT_EXERCISE].lang("zh").model_answers[0], NEXT_EXERCISE)
    assert run_check(page, NEXT_EXERCISE) == "passed"
    assert page.evaluate(TIMINGS)["snapshot"] is True


def test_a_rebuilt_engine_never_restores_a_stale_snapshot(page: Page, site_url: str) -> None:
    url = page_url(site_url, "en", EXERCISE)
    old = first_visit_stores_a_snapshot(page, url)
    # the same site rebuilt with another engine: runtime.json names another wheel hash
    rebuilt = "f" * 64

    def new_runtime(route: Any) -> None:
        response = route.fetch()
        data = response.json()
        assert data["sha256"] != rebuilt
        route.fulfill(response=response, json={**data, "sha256": rebuilt})

    page.route("**/assets/pyodide/runtime.json", new_runtime)
    page.evaluate("delete document.documentElement.dataset.exerciseSnapshot")
    timings = reload_and_start(page)
    assert timings["snapshot"] is False, timings
    assert "another engine" in timings["snapshotError"]
    checks_like_cpython(page, "en")
    page.wait_for_function("document.documentElement.dataset.exerciseSnapshot === 'saved'")
    new = page.evaluate(IDB, ["meta", {"checksum": CHECKSUM_JS}])
    assert rebuilt in new["key"] and old["key"] != new["key"], new


def bulky_trainer_rules(count: int) -> str:
    """A trainer's extra rule file of ``count`` rules with no literal to screen them out, so
    the warm-up compiles every one of them and the heap grows well past a fresh start's."""
    rules = []
    for n in range(count):
        rules.append(f"""[[rule]]
id = "no-taboo/bulk-{n}"
principle = "no-taboo"
type = "forbid"
severity = "info"
patterns = ['[xq]{{2}}[jk]{{{n + 3}}}[vw]']
message = "Bulk rule {n}."
examples = ["{'x' * 2}{'j' * (n + 3)}v"]
""")
    return "lang = \"en\"\n\n" + "\n".join(rules)


def test_a_snapshot_bigger_than_a_fresh_start_is_restored(page: Page, site_url: str) -> None:
    # Pyodide copies a snapshot into the memory a fresh start has; the worker grows that memory
    # first. A trainer's big rule file makes the warm-up (and so the snapshot) grow past it.
    bulky = bulky_trainer_rules(3000)

    def with_rules(route: Any) -> None:
        response = route.fetch()
        route.fulfill(response=response, json={**response.json(), "rules": "bulky-rules.toml"})

    page.route("**/assets/pyodide/runtime.json", with_rules)
    page.route("**/assets/pyodide/bulky-rules.toml", lambda route: route.fulfill(body=bulky))
    url = page_url(site_url, "en", EXERCISE)
    first_visit_stores_a_snapshot(page, url)
    info = json.loads(page.evaluate("document.documentElement.dataset.exerciseSnapshotInfo"))
    assert info["bytes"] > 40_000_000, info  # a fresh start of this Pyodide has 30 MB
    timings = reload_and_start(page)
    assert timings["snapshot"] is True, timings
    assert "snapshotError" not in timings
    checks_like_cpython(page, "en")


@pytest.mark.parametrize("damage", ["flip", "garbage"])
def test_a_damaged_snapshot_is_deleted_and_the_engine_starts_cold(
    page: Page, site_url: str, damage: str
) -> None:
    url = page_url(site_url, "en", EXERCISE)
    first_visit_stores_a_snapshot(page, url)
    page.evaluate(IDB, [damage, {"checksum": CHECKSUM_JS, "size": 4096}])
    page.evaluate("delete document.documentElement.dataset.exerciseSnapshot")
    timings = reload_and_start(page)
    assert timings["snapshot"] is False, timings
    expected = "damaged snapshot" if damage == "flip" else "invalid magic number"
    assert expected in timings["snapshotError"], timings
    checks_like_cpython(page, "en")
    # a good snapshot replaces the damaged one, and the next visit starts warm again
    page.wait_for_function("document.documentElement.dataset.exerciseSnapshot === 'saved'")
    assert reload_and_start(page)["snapshot"] is True
    checks_like_cpython(page, "en")


def test_the_checker_starts_when_indexeddb_cannot_be_used(page: Page, site_url: str) -> None:
    page.goto(site_url)
    # the database at a newer version: the worker's open(…, 1) fails with a VersionError
    page.evaluate("""() => new Promise((resolve) => {
      const request = indexedDB.open("cs-handbook-engine", 5);
      request.onsuccess = () => { request.result.close(); resolve(); };
    })""")
    page.goto(page_url(site_url, "en", EXERCISE) + "?exercise-preload")
    page.wait_for_function(READY)
    checks_like_cpython(page, "en")
    page.wait_for_function("document.documentElement.dataset.exerciseSnapshot")
    assert page.evaluate("document.documentElement.dataset.exerciseSnapshot") == "failed"
    assert reload_and_start(page)["snapshot"] is False
    checks_like_cpython(page, "en")


def test_html_in_the_reply_is_shown_as_text(page: Page, site_url: str) -> None:
    page.goto(page_url(site_url, "zh", EXERCISE))
    text = "<img src=x onerror=alert(1)> 您先冷静一点。<script>alert(2)</script>"
    set_answer(page, text)
    run_check(page)
    feedback = widget(page).locator('[data-role="feedback"]')
    assert feedback.locator("img, script").count() == 0
    assert feedback.locator(".cs-feedback__text").text_content() == text
    page.wait_for_timeout(300)  # a dialog would be caught by the fixture


@pytest.mark.parametrize("lang", LANGS)
def test_emoji_before_a_finding_keeps_marks_exact(page: Page, site_url: str, lang: str) -> None:
    page.goto(page_url(site_url, lang, EXERCISE))
    text = "😀👍🏽🇨🇳 " + load_bank()[EXERCISE].lang(lang).bad_reply.strip()
    set_answer(page, text)
    run_check(page)
    expected = expected_spans(text, lang)
    assert expected
    assert shown_marks(page) == expected


def axe_serious(page: Page, context: str) -> list[tuple[str, str, list[Any]]]:
    page.add_script_tag(path=str(ROOT / "node_modules" / "axe-core" / "axe.min.js"))
    result = page.evaluate(
        "async (context) => await axe.run(context, {resultTypes: ['violations']})", context
    )
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def open_widget_fully(page: Page, site_url: str, lang: str) -> None:
    page.goto(page_url(site_url, lang, EXERCISE))
    run_check(page)
    widget(page).locator('[data-role="hint"]').click()
    widget(page).locator('[data-role="show-answer"]').click()


@pytest.mark.parametrize("lang", LANGS)
def test_widget_has_no_serious_accessibility_violations(page: Page, site_url: str, lang: str) -> None:
    open_widget_fully(page, site_url, lang)
    bad = axe_serious(page, f'[data-exercise="{EXERCISE}"]')
    assert not bad, bad


def test_exercise_page_has_no_serious_accessibility_violations(page: Page, site_url: str) -> None:
    open_widget_fully(page, site_url, "zh")
    bad = axe_serious(page, "html")
    assert not bad, bad


# ---------------------------------------------------------------- the exercise index and CSV


def test_index_statuses_and_csv_download(page: Page, site_url: str, tmp_path: Path) -> None:
    page.goto(page_url(site_url, "zh", EXERCISE))
    assert run_check(page) == "failed"
    page.goto(page_url(site_url, "zh", NEXT_EXERCISE))
    set_answer(page, load_bank()[NEXT_EXERCISE].lang("zh").model_answers[0], NEXT_EXERCISE)
    assert run_check(page, NEXT_EXERCISE) == "passed"

    page.goto(f"{site_url}exercises/")
    index = page.locator("[data-exercise-index]")
    rows = index.locator("[data-exercise-row]")
    assert rows.count() == len(load_bank())
    status = {
        r.get_attribute("data-exercise-row"): r.locator('[data-role="status"]').get_attribute("data-status")
        for r in rows.all()
    }
    assert status[EXERCISE] == "tried"
    assert status[NEXT_EXERCISE] == "passed"
    assert set(status.values()) <= {"not-tried", "tried", "passed"}
    assert list(status.values()).count("not-tried") == len(status) - 2

    index.locator('[data-role="trainee"]').fill("张三")
    with page.expect_download() as info:
        index.locator('[data-role="download"]').click()
    path = tmp_path / "answers.csv"
    info.value.save_as(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows_csv = list(csv.DictReader(fh))
    assert list(rows_csv[0]) == ["trainee", "answer", "exercise", "lang"]
    assert {r["exercise"] for r in rows_csv} == {NEXT_EXERCISE}  # only edited answers are kept
    assert rows_csv[0]["trainee"] == "张三"
    run = subprocess.run([sys.executable, "-m", "exercises", "batch", str(path)],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    assert "张三" in run.stdout


def test_snapshot_checksum_without_crypto_subtle_catches_one_changed_byte(page: Page, site_url: str) -> None:
    """Over plain http (an intranet) there is no crypto.subtle: the worker's JS checksum is used."""
    page.goto(site_url)
    sums = page.evaluate(
        """async (source) => {
          Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
          const checksum = (0, eval)(`(${source})`);
          const bytes = new Uint8Array(1 << 20).map((_, i) => (i * 7919) & 255);
          const first = await checksum(bytes);
          const again = await checksum(bytes.slice());
          bytes[12345] ^= 1;
          const flipped = await checksum(bytes);
          const odd = await checksum(bytes.subarray(1, 1001));  // not a whole number of words
          return [first, again, flipped, odd];
        }""",
        CHECKSUM_JS,
    )
    first, again, flipped, odd = sums
    assert first.startswith("words:") and first == again
    assert flipped != first and flipped.startswith("words:")
    assert odd.startswith("words:1000:")


@pytest.mark.parametrize("lang", LANGS)
def test_feedback_fits_a_phone(browser: Any, site_url: str, lang: str) -> None:
    """On a 390 px screen a passing reply shows each followed principle as its name and the
    quoted words; the explanation stays folded until asked for."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    block_external(page)
    try:
        page.goto(page_url(site_url, lang, EXERCISE))
        answer = load_bank()[EXERCISE].lang(lang).model_answers[0]
        set_answer(page, answer)
        assert run_check(page) == "passed"
        result = check(answer, lang, EXERCISE)
        items = widget(page).locator('[data-role="feedback"] li[data-followed]')
        assert items.count() == len(result["followed"]) > 0
        for n, f in enumerate(result["followed"]):
            item = items.nth(n)
            expect(item.locator("q")).to_have_text(f["excerpt"])
            why = item.locator("details")
            assert why.get_attribute("open") is None
            expect(why.locator("p")).to_be_hidden()
        why = items.first.locator("details")
        why.locator("summary").click()
        expect(why.locator("p")).to_be_visible()
        # no "problem spots marked" heading when nothing is marked
        assert not any(f["start"] is not None for f in result["findings"])
        expect(widget(page).locator(".cs-feedback__text")).to_have_count(0)
    finally:
        context.close()


# ---------------------------------------------------------------- hardening (issue 11)

HANG = "HANG-THE-CHECKER"
# Served in front of the real worker: a check of a reply containing HANG blocks the worker's
# thread for good, as a catastrophically backtracking rule would; only terminate() stops it.
HANGING_PRELUDE = (
    "self.addEventListener('message', (event) => {\n"
    "  const m = event.data || {};\n"
    f"  if (m.type === 'check' && String(m.text).includes('{HANG}')) for (;;) {{}}\n"
    "});\n"
)
TIMED_OUT = {
    "zh": "这次检查用的时间太长，已经停止。检查程序正在重新启动，下次检查可以正常进行；你写的回复还在。",
    "en": "This check took too long and was stopped.",
}


def serve_hanging_worker(page: Page) -> list[str]:
    served: list[str] = []

    def handle(route: Any) -> None:
        response = route.fetch()
        served.append(route.request.url)
        route.fulfill(response=response, body=HANGING_PRELUDE + response.text())

    page.context.route("**/assets/exercise-worker.js", handle)
    return served


@pytest.mark.parametrize("lang", LANGS)
def test_a_hanging_check_is_stopped_and_the_next_check_works(page: Page, site_url: str, lang: str) -> None:
    served = serve_hanging_worker(page)
    page.goto(page_url(site_url, lang, EXERCISE))
    w = widget(page)
    w.evaluate("root => { root.dataset.checkTimeout = '3'; }")  # seconds; 15 s in real use
    hanging = f"{HANG} " + load_bank()[EXERCISE].lang(lang).bad_reply.strip()
    set_answer(page, hanging)
    w.locator('[data-role="check"]').click()
    feedback = w.locator('[data-role="feedback"]')
    expect(feedback).to_contain_text(TIMED_OUT[lang], timeout=60_000)
    expect(feedback.locator('[data-problem="timeout"]')).to_have_count(1)
    assert feedback.get_attribute("data-state") == "idle"  # no verdict on the reply
    expect(w.locator('[data-role="check"]')).to_be_enabled()
    assert w.locator('textarea[data-role="answer"]').input_value() == hanging  # the draft is kept
    # the hung worker was terminated and a fresh one started
    page.wait_for_function(READY)
    assert len(served) == 2, served
    def engine_workers() -> list[Any]:
        return [wk for wk in page.workers if wk.url.endswith("/exercise-worker.js")]

    for _ in range(50):  # the terminated worker's "close" event may arrive a little later
        if len(engine_workers()) == 1:
            break
        page.wait_for_timeout(100)
    assert len(engine_workers()) == 1, page.workers
    answer = load_bank()[EXERCISE].lang(lang).model_answers[0]
    set_answer(page, answer)
    assert run_check(page) == "passed"


def download_answers(page: Page, tmp_path: Path, name: str = "answers.csv") -> Path:
    with page.expect_download() as info:
        page.locator('[data-exercise-index] [data-role="download"]').click()
    path = tmp_path / name
    info.value.save_as(path)
    return path


def read_answers(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def test_downloaded_answers_cannot_run_as_spreadsheet_formulas(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    page.goto(page_url(site_url, "en", EXERCISE))
    set_answer(page, "-1 for me: I am sorry, Mr Chen. =SUM(A1)")  # typed, saved as a draft
    ids = sorted(set(load_bank()) - {EXERCISE})
    others = {  # one stored draft per dangerous first character, and two harmless ones
        ids[0]: "+86 10 1234 5678 is our hotline.",
        ids[1]: "=1+1",
        ids[2]: "@SUM(1+1)*cmd|' /C calc'!A0",
        ids[3]: "\tHello, tab first.",
        ids[4]: "\rHello, carriage return first.",
        ids[5]: "'=already quoted by the trainee",
        ids[6]: "Hello = fine; - fine too.",
    }
    page.evaluate(
        "drafts => { for (const [id, text] of Object.entries(drafts)) "
        "localStorage.setItem(`cs-handbook:draft:en:${id}`, text); }",
        others,
    )
    page.goto(f"{site_url}en/exercises/")
    trainee = '=HYPERLINK("http://x","y")'
    page.locator('[data-exercise-index] [data-role="trainee"]').fill(trainee)
    path = download_answers(page, tmp_path)
    raw = path.read_text(encoding="utf-8-sig")
    assert '"\'=HYPERLINK(""http://x"",""y"")"' in raw
    rows = read_answers(path)
    answers = {r["exercise"]: r["answer"] for r in rows}
    assert answers[EXERCISE] == "'-1 for me: I am sorry, Mr Chen. =SUM(A1)"
    for exercise, text in others.items():
        expected = f"'{text}" if text.startswith(FORMULA_START) else text
        assert answers[exercise] == expected, exercise
    for row in rows:
        assert row["trainee"] == "'" + trainee
        assert row["lang"] == "en"
        for value in row.values():  # nothing a spreadsheet would evaluate
            assert not value.startswith(FORMULA_START), row
    # batch's reading: one leading ' is dropped when the rest starts with one of those
    def unquote(value: str) -> str:
        return value[1:] if value[:1] == "'" and value[1:].startswith(FORMULA_START) else value

    assert unquote(answers[EXERCISE]) == "-1 for me: I am sorry, Mr Chen. =SUM(A1)"
    for exercise, text in others.items():
        if text.startswith(FORMULA_START):
            assert unquote(answers[exercise]) == text
    assert unquote(trainee) == trainee


def assert_no_download_on_click(page: Page) -> None:
    downloads: list[Any] = []

    def seen(download: Any) -> None:
        downloads.append(download)

    page.on("download", seen)
    page.locator('[data-exercise-index] [data-role="download"]').click()
    page.wait_for_timeout(1000)
    page.remove_listener("download", seen)
    assert not downloads, "an empty file was downloaded without a warning"


EMPTY_EXPORT = {"zh": "没有保存任何回复", "en": "No answers are saved in this browser"}
NOT_SAVED = {"zh": "没有保存你的草稿", "en": "drafts are not being saved in this browser"}


@pytest.mark.parametrize("lang", LANGS)
def test_download_warns_before_an_empty_file(page: Page, site_url: str, tmp_path: Path, lang: str) -> None:
    page.goto(f"{site_url}{'' if lang == 'zh' else 'en/'}exercises/")
    note = page.locator('[data-exercise-index] [data-role="download-note"]')
    assert_no_download_on_click(page)
    expect(note).to_be_visible()
    expect(note).to_contain_text(EMPTY_EXPORT[lang])
    # asked and answered: a second press downloads the (header-only) file anyway
    path = download_answers(page, tmp_path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [["trainee", "answer", "exercise", "lang"]]
    expect(page.locator('[data-exercise-index] [data-role="storage-note"]')).to_be_hidden()


BROKEN_STORAGE = """
for (const name of ["getItem", "setItem", "removeItem", "key"]) {
  Storage.prototype[name] = function () {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  };
}
"""


def test_a_broken_local_storage_is_told_and_checking_still_works(page: Page, site_url: str) -> None:
    page.add_init_script(BROKEN_STORAGE)
    page.goto(page_url(site_url, "en", EXERCISE))
    w = widget(page)
    note = w.locator('[data-role="storage-note"]')
    expect(note).to_be_visible()
    expect(note).to_contain_text(NOT_SAVED["en"])
    set_answer(page, load_bank()[EXERCISE].lang("en").model_answers[0])
    assert run_check(page) == "passed"
    expect(note).to_be_visible()

    page.goto(page_url(site_url, "zh", EXERCISE))
    expect(widget(page).locator('[data-role="storage-note"]')).to_contain_text(NOT_SAVED["zh"])

    page.goto(f"{site_url}exercises/")
    index = page.locator("[data-exercise-index]")
    expect(index.locator('[data-role="storage-note"]')).to_contain_text(NOT_SAVED["zh"])
    assert_no_download_on_click(page)
    expect(index.locator('[data-role="download-note"]')).to_contain_text(EMPTY_EXPORT["zh"])


def test_no_storage_note_when_local_storage_works(page: Page, site_url: str) -> None:
    page.goto(page_url(site_url, "en", EXERCISE))
    set_answer(page, "Hello, this is Sam.")
    expect(widget(page).locator('[data-role="storage-note"]')).to_have_count(1)
    expect(widget(page).locator('[data-role="storage-note"]')).to_be_hidden()


# ---------------------------------------------------------------- issue 12: wording and safety


@pytest.mark.parametrize("lang", LANGS)
def test_start_again_can_be_undone_until_the_trainee_types(page: Page, site_url: str, lang: str) -> None:
    page.goto(page_url(site_url, lang, EXERCISE))
    w = widget(page)
    box = w.locator('textarea[data-role="answer"]')
    bad = load_bank()[EXERCISE].lang(lang).bad_reply.strip()
    undo = w.locator('[data-role="undo"]')
    expect(undo).to_be_hidden()
    set_answer(page, "我写了很久的草稿" if lang == "zh" else "A draft I spent a while on")
    draft = box.input_value()
    w.locator('[data-role="reset"]').click()
    assert box.input_value() == bad
    expect(undo).to_be_visible()
    undo.click()
    assert box.input_value() == draft
    expect(undo).to_be_hidden()
    page.reload()
    assert box.input_value() == draft  # the undone draft is saved again
    # once the trainee types after a reset, the undo offer goes away
    w.locator('[data-role="reset"]').click()
    expect(undo).to_be_visible()
    box.press("End")
    box.type("x")
    expect(undo).to_be_hidden()


def test_start_again_on_the_untouched_reply_offers_no_undo(page: Page, site_url: str) -> None:
    page.goto(page_url(site_url, "en", EXERCISE))
    widget(page).locator('[data-role="reset"]').click()
    expect(widget(page).locator('[data-role="undo"]')).to_be_hidden()


def test_ctrl_enter_is_offered_on_a_computer_but_not_on_a_phone(
    browser: Any, page: Page, site_url: str
) -> None:
    page.goto(page_url(site_url, "zh", EXERCISE))
    expect(widget(page).locator('[data-role="feedback"] [data-role="keys-hint"]')).to_be_visible()
    phone = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    try:
        block_external(phone)
        pg = phone.new_page()
        pg.goto(page_url(site_url, "zh", EXERCISE))
        feedback = widget(pg).locator('[data-role="feedback"]')
        expect(feedback).to_contain_text("检查")
        expect(feedback.locator('[data-role="keys-hint"]')).to_be_hidden()
        assert "Ctrl" not in feedback.inner_text()
    finally:
        phone.close()


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_check_note_goes_once_the_checker_is_ready(page: Page, site_url: str, lang: str) -> None:
    page.goto(page_url(site_url, lang, EXERCISE))
    w = widget(page)
    note = w.locator('[data-role="feedback"] [data-role="first-check-note"]')
    expect(note).to_be_visible()
    run_check(page)
    w.locator('[data-role="reset"]').click()  # brings the idle text back
    expect(w.locator('[data-role="feedback"]')).to_have_attribute("data-state", "idle")
    expect(note).to_have_count(0)
    page.reload()  # a new page loads the checker afresh: the note is true again
    expect(note).to_be_visible()


def test_highlights_in_chinese_have_no_side_padding(page: Page, site_url: str) -> None:
    page.goto(page_url(site_url, "zh", EXERCISE))
    run_check(page)
    mark = widget(page).locator('[data-role="feedback"] mark[data-principle]').first
    pads = mark.evaluate("m => [getComputedStyle(m).paddingLeft, getComputedStyle(m).paddingRight]")
    assert pads == ["0px", "0px"]


def test_the_widget_speaks_to_the_trainee_as_ni() -> None:
    """One voice in Chinese: 你 (the engine's rule messages are the rule packs' business)."""
    from exercises.locale import get_locale

    zh = get_locale("zh")
    texts = [*zh.texts("page").values(), *(v for v in zh.texts("widget").values() if isinstance(v, str))]
    assert not [v for v in texts if "您" in v]
    assert any("你" in v for v in zh.texts("widget").values() if isinstance(v, str))
    js = (ROOT / "docs" / "assets" / "exercise.js").read_text(encoding="utf-8")
    assert not re.search(r"[\u4e00-\u9fff]", js), "the widget's texts belong in the locale files"
