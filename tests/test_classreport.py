"""The class report's Python side (exercises/classreport.py, batch over several files, the
trainees' self-assessment rows) and the trainer's kit pages (hooks/trainer_kit.py)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from exercises.api import check
from exercises.batch import check_texts, run_batch, to_csv
from exercises.classreport import class_report, class_report_json
from exercises.exercise_bank import load_bank
from exercises.principles import load_principles

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

import trainer_kit  # noqa: E402

HEADER = "trainee,answer,exercise,lang\n"
BAD_ZH = load_bank()["calm-down"].lang("zh").bad_reply
GOOD_EN = load_bank()["calm-down"].lang("en").model_answers[0]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def row(*cells: str) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()


ANN = (
    "\ufeff"
    + HEADER
    + row("Ann", BAD_ZH, "calm-down", "zh")
    + row("Ann", "acknowledge=2;next-step=x;listen=4;no-taboo=9;no-blame=3", "self-assessment:before", "")
    + row("Ann", "acknowledge=4", "self-assessment:after", "")
)
EVIL = '=HYPERLINK("http://x","y")'
BOB = HEADER + row(EVIL, GOOD_EN, "calm-down", "en") + row(EVIL, "Not my department.", "passed-around", "en")


def test_several_files_count_as_the_same_rows_put_together(tmp_path: Path) -> None:
    a, b, merged = tmp_path / "ann.csv", tmp_path / "bob.csv", tmp_path / "all.csv"
    a.write_text(ANN, encoding="utf-8")
    b.write_text(BOB, encoding="utf-8")
    merged.write_text(ANN + BOB.split("\n", 1)[1], encoding="utf-8")
    apart, together = run_batch([str(a), str(b)], None, None, "x"), run_batch(str(merged), None, None, "x")
    assert apart["principles"] == together["principles"]
    assert [x["flagged"] for x in apart["answers"]] == [x["flagged"] for x in together["answers"]]
    expected = {p.id: 0 for p in load_principles() if p.checked != "no"}
    for text, lang, ex in (
        (BAD_ZH, "zh", "calm-down"),
        (GOOD_EN, "en", "calm-down"),
        ("Not my department.", "en", "passed-around"),
    ):
        for pid in {f["principle"] for f in check(text, lang, ex)["findings"] if not f.get("tip")}:
            expected[pid] += 1
    assert {p["principle"]: p["flagged"] for p in apart["principles"]} == expected
    assert apart["skipped"] == []  # the self-assessment rows are not skipped


def test_the_same_file_twice_counts_once() -> None:
    report = check_texts([("a.csv", ANN), ("copy.csv", ANN.removeprefix("\ufeff"))], None, None, "x")
    assert report["total"]["answers"] == 1
    assert report["skipped"] == [{"file": "copy.csv", "line": 1, "reason": "the same file as a.csv"}]


def test_self_assessment_rows_keep_only_known_principles_rated_1_to_5() -> None:
    report = check_texts([("a.csv", ANN)], None, None, "x")
    ratings = {r["phase"]: r["ratings"] for r in report["self_assessment"]}
    assert ratings == {"before": {"acknowledge": 2, "no-blame": 3}, "after": {"acknowledge": 4}}
    out = to_csv(report)
    assert "trainee,self_assessment,principle,rating\nAnn,before,acknowledge,2\n" in out


def test_batch_names_the_file_of_a_skipped_row(tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text(ANN, encoding="utf-8")
    b.write_text(HEADER + row("Bob", "hello", "no-such-exercise", "en"), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "exercises", "batch", str(a), str(b)], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert f"{b}:2: row skipped: unknown exercise 'no-such-exercise'" in run.stderr
    assert f"{b}:2,unknown exercise 'no-such-exercise'" in run.stdout


def test_the_class_report_per_exercise_trainee_and_self_assessment() -> None:
    nameless = HEADER + row("", BAD_ZH, "calm-down", "zh")
    report = class_report([("ann.csv", ANN), ("bob.csv", BOB), ("陈.csv", nameless)], "en")
    trainees = {t["trainee"]: t for t in report["trainees"]}
    assert list(trainees) == ["Ann", EVIL, "陈"]  # an empty name: the file's name
    assert trainees["Ann"]["before"] == {"acknowledge": 2, "no-blame": 3}
    assert trainees[EVIL]["answers"] == 2 and trainees[EVIL]["before"] == {}
    assert trainees["Ann"]["items"][0]["answer"] == BAD_ZH
    calm = next(e for e in report["exercises"] if e["exercise"] == "calm-down")
    assert calm["title"] == load_bank()["calm-down"].lang("en").title
    assert (calm["answers"], calm["passed"]) == (
        3,
        sum(
            check(t, lang, "calm-down")["passed"]
            for t, lang in ((BAD_ZH, "zh"), (GOOD_EN, "en"), (BAD_ZH, "zh"))
        ),
    )
    excerpts = {f["excerpt"] for f in check(BAD_ZH, "zh", "calm-down")["findings"] if f.get("excerpt")}
    top = calm["phrases"][0]
    assert top["excerpt"] in excerpts and top["count"] == 2  # two trainees wrote the bad reply
    acknowledge = next(p for p in report["principles"] if p["principle"] == "acknowledge")
    assert (acknowledge["before"], acknowledge["after"]) == (2.0, 4.0)
    worst = trainees["陈"]["work_on"]
    assert worst and set(worst) <= set(trainees["陈"]["items"][0]["flagged"])


def test_the_exported_report_runs_no_formulas() -> None:
    report = class_report([("ann.csv", ANN), ("bob.csv", BOB)], "zh")
    cells = [c for r in csv.reader(io.StringIO(report["csv"])) for c in r]
    assert "'" + EVIL in cells
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    assert "先回应情绪" in cells


def test_a_file_that_is_not_answers_is_skipped_and_the_rest_is_checked() -> None:
    report = class_report([("notes.csv", "name,comment\nx,y\n"), ("ann.csv", ANN)], "zh")
    assert report["total"]["answers"] == 1
    assert report["skipped"][0]["file"] == "notes.csv"
    assert "missing column" in report["skipped"][0]["reason"]


def test_the_worker_entry_reports_progress_and_returns_json() -> None:
    steps: list[tuple[int, int]] = []
    files = json.dumps([{"name": "ann.csv", "text": ANN}, {"name": "bob.csv", "text": BOB}])
    report = json.loads(class_report_json(files, "zh", None, lambda done, total: steps.append((done, total))))
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert report["total"]["answers"] == 3
    bad = json.loads(class_report_json(json.dumps([{"name": "x.csv", "text": 'a,"b\n'}]), "zh"))
    assert bad["total"]["answers"] == 0 and bad["skipped"]


# --------------------------------------------------------------------------- the kit's pages


def test_the_scorecard_lists_the_checked_principles_in_order() -> None:
    for lang in ("zh", "en"):
        html = trainer_kit.scorecard_html(lang)
        ids = [p.id for p in load_principles() if p.checked != "no"]
        found = [part.split('"', 1)[0] for part in html.split('<tr data-principle="')[1:]]
        assert found == ids
        assert html.count('data-mark="') == 3 * len(ids)
        for p in load_principles():
            assert (trainer_kit._text(p.name(lang), lang) in html) == (p.checked != "no")


def test_the_self_assessment_rates_every_principle_before_and_after() -> None:
    html = trainer_kit.self_assessment_html("en")
    principles = load_principles()
    assert html.count('type="radio"') == len(principles) * 2 * 5
    for p in principles:
        assert f'name="before:{p.id}"' in html and f'name="after:{p.id}"' in html


def test_the_kit_file_must_cover_every_principle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = trainer_kit.KIT_FILE.read_text(encoding="utf-8")
    broken = tmp_path / "kit.toml"
    broken.write_text(text.replace('listen_en = "Offers two', 'listen_xx = "Offers two'), encoding="utf-8")
    monkeypatch.setattr(trainer_kit, "KIT_FILE", broken)
    with pytest.raises(PluginError, match=r"\[offer-options\] needs listen_en"):
        trainer_kit.load_kit()
    broken.write_text(text + '\n[no-such-principle]\nself_zh = "x"\n', encoding="utf-8")
    with pytest.raises(PluginError, match="no-such-principle"):
        trainer_kit.load_kit()


def test_the_kit_pages_escape_their_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = trainer_kit.KIT_FILE.read_text(encoding="utf-8")
    changed = tmp_path / "kit.toml"
    changed.write_text(
        text.replace('self_en = "I tell customers my name', 'self_en = "<b>I</b> tell customers my name'),
        encoding="utf-8",
    )
    monkeypatch.setattr(trainer_kit, "KIT_FILE", changed)
    html = trainer_kit.self_assessment_html("en")
    assert "&lt;b&gt;I&lt;/b&gt; tell customers" in html and "<b>I</b>" not in html
