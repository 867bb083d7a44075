"""The trainer's kit in the built site: the class report page (files dropped on it, checked in
the worker, charts, tables, export, print), the self-assessment page and the scorecard.

The expected counts come from `exercises.api.check` on each answer, one by one; `batch` on the
same files must give the same per-principle counts as the page.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import test_browser
from playwright.sync_api import Page, expect

from exercises.api import check
from exercises.exercise_bank import load_bank
from exercises.principles import load_principles

ENGINE_TIMEOUT = test_browser.ENGINE_TIMEOUT

ROOT = Path(__file__).resolve().parent.parent
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EVIL = '=HYPERLINK("http://evil.example/","click me")'

# Trainee 2's file, as a trainer might get it from a spreadsheet: no BOM, \n line ends, a
# name that a spreadsheet would run as a formula, and an answer that is HTML.
SECOND = [
    ("calm-down", "en", "Calm down, sir. That's not my job, talk to billing."),
    (
        "passed-around",
        "en",
        "<img src=x onerror=\"document.title='pwned'\"> Not my department, call the council.",
    ),
    ("sofa-delivery", "en", load_bank()["sofa-delivery"].lang("en").model_answers[0]),
]
# Trainee 1 does these in the browser, so that the file is the widget's own download (BOM).
FIRST = {
    "calm-down": "您先冷静一下，这不是我们部门的问题。",
    "passed-around": load_bank()["passed-around"].lang("zh").model_answers[0],
    "bill-layout": "你理解有错误，账单一直是这样的。",
}
BEFORE = {"acknowledge": 2, "next-step": 3, "no-taboo": 4}
AFTER = {"acknowledge": 4, "next-step": 5}


def second_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["trainee", "answer", "exercise", "lang"])
    for exercise, lang, answer in SECOND:
        writer.writerow([EVIL, answer, exercise, lang])
    return out.getvalue()


def flagged(answer: str, lang: str, exercise: str) -> set[str]:
    return {f["principle"] for f in check(answer, lang, exercise)["findings"] if not f.get("tip")}


def expected_counts() -> dict[str, int]:
    """Per principle: how many of the class's answers break it, each answer checked on its own."""
    counts = {p.id: 0 for p in load_principles() if p.checked != "no"}
    answers = [(a, "zh", e) for e, a in FIRST.items()] + [(a, lang, e) for e, lang, a in SECOND]
    for answer, lang, exercise in answers:
        for pid in flagged(answer, lang, exercise):
            counts[pid] += 1
    return counts


def first_trainee_file(pg: Page, base: str, tmp_path: Path) -> Path:
    """Trainee 1 rates themselves on the self-assessment page and downloads their answers."""
    pg.goto(f"{base}self-assessment/")
    form = pg.locator("[data-self-assessment]")
    for phase, ratings in (("before", BEFORE), ("after", AFTER)):
        for pid, n in ratings.items():
            form.locator(f'input[name="{phase}:{pid}"][value="{n}"]').check()
    pg.reload()  # the ratings are kept
    for pid, n in BEFORE.items():
        expect(form.locator(f'input[name="before:{pid}"][value="{n}"]')).to_be_checked()
    pg.evaluate(
        "drafts => { for (const [id, text] of Object.entries(drafts))"
        " localStorage.setItem(`cs-handbook:draft:zh:${id}`, text); }",
        FIRST,
    )
    pg.goto(f"{base}exercises/")
    pg.locator('[data-exercise-index] [data-role="trainee"]').fill("张三")
    with pg.expect_download() as info:
        pg.locator('[data-exercise-index] [data-role="download"]').click()
    path = tmp_path / "zhang.csv"
    info.value.save_as(path)
    return path


def drop(pg: Page, paths: list[Path]) -> None:
    """Drop the files on the page's drop zone, as a trainer's mouse would."""
    files = [{"name": p.name, "b64": base64.b64encode(p.read_bytes()).decode()} for p in paths]
    transfer = pg.evaluate_handle(
        "files => { const dt = new DataTransfer(); for (const f of files) {"
        " const bytes = Uint8Array.from(atob(f.b64), c => c.charCodeAt(0));"
        " dt.items.add(new File([bytes], f.name, {type: 'text/csv'})); } return dt; }",
        files,
    )
    pg.dispatch_event('[data-class-report] [data-role="drop"]', "drop", {"dataTransfer": transfer})


def test_a_dropped_class_gives_the_right_counts_charts_and_a_formula_safe_export(
    page: Page,
    site_url: str,
    tmp_path: Path,
) -> None:
    first = first_trainee_file(page, site_url, tmp_path)
    assert first.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "self-assessment:before" in first.read_text(encoding="utf-8-sig")
    second = tmp_path / "evil.csv"
    second.write_bytes(second_csv().encode("utf-8"))

    page.goto(f"{site_url}en/class-report/")
    report = page.locator("[data-class-report]")
    expect(page.locator("article")).to_contain_text("Nothing is uploaded")
    page.evaluate(  # every text the status line shows, to see the progress
        "() => { window.__statuses = [];"
        " const s = document.querySelector('[data-class-report] [data-role=status]');"
        " new MutationObserver(() => window.__statuses.push(s.textContent)).observe(s, {childList: true,"
        " characterData: true, subtree: true}); }"
    )
    drop(page, [second, first])
    expect(report).to_have_attribute("data-state", "done", timeout=ENGINE_TIMEOUT)
    assert any("Checking: 6 of 6" in s for s in page.evaluate("window.__statuses"))
    expect(report.locator('[data-role="totals"]')).to_contain_text("2 trainees, 6 answers")

    want = expected_counts()
    bars = report.locator('[data-role="principle-chart"] li')
    shown = {
        li.get_attribute("data-principle"): int(li.get_attribute("data-flagged") or -1) for li in bars.all()
    }
    assert shown == want
    assert max(want.values()) >= 2 and min(want.values()) == 0  # the class is not all or nothing
    top = max(want, key=lambda p: want[p])
    width = report.locator(f'[data-role="principle-chart"] li[data-principle="{top}"] .cs-report__bar-fill')
    assert width.get_attribute("style") == f"width: {round(100 * want[top] / 6)}%"

    # batch on the same two files: the same per-principle counts
    run = subprocess.run(
        [sys.executable, "-m", "exercises", "batch", "--json", str(first), str(second)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert {p["principle"]: p["flagged"] for p in json.loads(run.stdout)["principles"]} == want

    # per exercise: pass rate and counted excerpts
    calm = report.locator('[data-role="exercise-table"] tr[data-exercise="calm-down"]')
    expect(calm.locator('[data-role="answers"]')).to_have_text("2")
    expect(calm.locator('[data-role="pass-rate"]')).to_contain_text("0% (0/2)")
    sofa = report.locator('[data-role="exercise-table"] tr[data-exercise="sofa-delivery"]')
    expect(sofa.locator('[data-role="pass-rate"]')).to_contain_text("100% (1/1)")
    expect(calm).to_contain_text("Calm down")

    # per trainee, sortable; the formula-like name is shown as text
    rows = report.locator('[data-role="trainee-table"] tbody tr')
    expect(rows).to_have_count(2)
    names = {r.get_attribute("data-trainee") for r in rows.all()}
    assert names == {"张三", EVIL}
    passed_first = sum(1 for e, a in FIRST.items() if check(a, "zh", e)["passed"])
    zhang = report.locator('[data-role="trainee-table"] tr[data-trainee="张三"]')
    expect(zhang.locator('[data-role="done"]')).to_have_text("3")
    expect(zhang.locator('[data-role="passed"]')).to_have_text(str(passed_first))
    scores = {
        "张三": round(sum(check(a, "zh", e)["score"] for e, a in FIRST.items()) / 3),
        EVIL: round(sum(check(a, lang, e)["score"] for e, lang, a in SECOND) / 3),
    }
    report.locator('[data-sort="score"]').click()  # highest first
    order = [r.get_attribute("data-trainee") for r in rows.all()]
    assert order == sorted(scores, key=lambda n: (scores[n], n), reverse=True)  # a tie goes by name
    report.locator('[data-sort="score"]').click()
    assert [r.get_attribute("data-trainee") for r in rows.all()] == order[::-1]

    # one trainee's answers, highlighted, HTML as text
    rows.filter(has_text="HYPERLINK").locator('[data-role="open-trainee"]').click()
    detail = report.locator('[data-role="trainee-detail"]')
    expect(detail).to_be_visible()
    expect(detail.locator("mark").first).to_be_visible()
    expect(detail).to_contain_text("<img src=x")
    assert detail.locator("img").count() == 0
    assert page.title() != "pwned"

    # before/after from the self-assessment in trainee 1's file
    self_rows = report.locator(
        '.cs-report__summary [data-role="self-assessment"] tr[data-principle="acknowledge"]'
    )
    expect(self_rows.locator('[data-role="before"]')).to_contain_text("2.0")
    expect(self_rows.locator('[data-role="after"]')).to_contain_text("4.0")

    # export: formula-safe, and its principle rows agree with the chart
    with page.expect_download() as info:
        report.locator('[data-role="export"]').click()
    raw = Path(info.value.path()).read_text(encoding="utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(raw)) for c in row]
    assert "'" + EVIL in cells
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    exported = {
        row[1]: int(row[3]) for row in csv.reader(io.StringIO(raw)) if len(row) == 7 and row[1] in want
    }
    assert exported == want

    assert test_browser.axe_serious(page, "[data-class-report]") == []

    # print: the summary, then one page per trainee
    page.emulate_media(media="print")
    expect(report.locator(".cs-report__print-trainee")).to_have_count(2)
    assert (
        report.locator(".cs-report__print-trainee").first.evaluate("e => getComputedStyle(e).breakAfter")
        == "page"
    )
    expect(report.locator('[data-role="drop"]')).to_be_hidden()


def test_the_file_picker_takes_csv_files_and_tells_what_it_left_out(
    page: Page,
    site_url: str,
    tmp_path: Path,
) -> None:
    good = tmp_path / "a.csv"
    good.write_text("trainee,answer,exercise,lang\n李四,您先冷静一下。,calm-down,zh\n", encoding="utf-8")
    latin = tmp_path / "b.csv"
    latin.write_bytes("trainee,answer,exercise,lang\nJosé,Calm down señor,calm-down,en\n".encode("latin-1"))
    page.goto(f"{site_url}class-report/")
    report = page.locator("[data-class-report]")
    assert report.locator('input[type="file"]').get_attribute("accept") == ".csv,text/csv"
    report.locator('input[type="file"]').set_input_files([str(good), str(latin)])
    expect(report).to_have_attribute("data-state", "done", timeout=ENGINE_TIMEOUT)
    expect(report.locator('[data-role="problems"]')).to_contain_text("b.csv")
    expect(report.locator('[data-role="trainee-table"] tbody tr')).to_have_count(1)
    expect(report.locator('[data-role="totals"]')).to_contain_text("1 名学员，1 条答案")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_scorecard_has_one_row_per_checked_principle(page: Page, site_url: str, lang: str) -> None:
    page.goto(f"{site_url}{'' if lang == 'zh' else 'en/'}scorecard/")
    rows = page.locator("[data-scorecard] tbody tr[data-principle]")
    ids = [r.get_attribute("data-principle") for r in rows.all()]
    assert ids == [p.id for p in load_principles() if p.checked != "no"]
    names = {p.id: p.name(lang) for p in load_principles()}
    for row, pid in zip(rows.all(), ids, strict=True):
        expect(row).to_contain_text(names[pid].replace("'", "\u2019"))  # curly in English
        expect(row.locator("[data-mark]")).to_have_count(3)


@pytest.mark.parametrize("url", ["self-assessment/", "en/scorecard/"])
def test_the_kit_pages_have_no_serious_accessibility_violations(page: Page, site_url: str, url: str) -> None:
    page.goto(site_url + url)
    assert test_browser.axe_serious(page, "article") == []
