"""The exercise hooks on their own: markers → widgets, build errors, runtime bundle."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.exceptions import PluginError

from exercises.bank import load_bank

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

import bundle_runtime  # noqa: E402
import exercise_markers  # noqa: E402

EXERCISE = "calm-down"


class FakeConfig(dict):
    """Just what the hooks read from MkDocs' config."""

    def __init__(self, extra: dict[str, Any] | None = None, site_dir: str = "") -> None:
        super().__init__(extra={"exercises": extra or {}}, theme={"language": "zh"})
        self.config_file_path = str(ROOT / "mkdocs.yml")
        self.plugins: dict[str, Any] = {}
        self.site_dir = site_dir


def fake_page(src_uri: str, url: str) -> Any:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri, src_path=src_uri), url=url)


def render(markdown: str, src_uri: str = "en/cases/calm-down.md", url: str = "en/cases/calm-down/",
           **extra: Any) -> str:
    config = FakeConfig(extra)
    exercise_markers.on_config(config)
    page = fake_page(src_uri, url)
    md = exercise_markers.on_page_markdown(markdown, page, config, None)
    return exercise_markers.on_page_content(md, page, config, None)  # placeholders survive Markdown as-is


def test_marker_becomes_widget_with_contract_hooks() -> None:
    html = render(f"# Title\n\n<!-- exercise: {EXERCISE} -->\n\nAfter.\n")
    ex = load_bank()[EXERCISE].lang("en")
    assert f'data-exercise="{EXERCISE}"' in html and 'lang="en"' in html
    for role in ("answer", "check", "feedback", "hint", "show-answer", "reset", "model-answer", "hint-text"):
        assert f'data-role="{role}"' in html, role
    assert 'data-state="idle"' in html
    assert html.count('data-role="model-answer"') == len(ex.model_answers)
    assert html.count('data-role="hint-text" hidden') == len(ex.hints)
    assert 'data-role="show-answer" disabled' in html
    for principle in load_bank()[EXERCISE].principles:
        assert f'href="../../principles/#{principle}"' in html


def test_zh_page_links_and_language() -> None:
    html = render(f"<!-- exercise: {EXERCISE} -->\n", "zh/cases/calm-down.md", "cases/calm-down/")
    assert 'lang="zh"' in html and ">检查<" in html
    assert 'href="../../principles/#' in html


def test_prefill_setting() -> None:
    bad = load_bank()[EXERCISE].lang("en").bad_reply.strip()
    assert "</textarea>" in render(f"<!-- exercise: {EXERCISE} -->\n", prefill="empty")
    assert '></textarea>' in render(f"<!-- exercise: {EXERCISE} -->\n", prefill="empty")
    from html import escape

    assert f">{escape(bad)}</textarea>" in render(f"<!-- exercise: {EXERCISE} -->\n")
    with pytest.raises(PluginError):
        render(f"<!-- exercise: {EXERCISE} -->\n", prefill="sometimes")


def test_unknown_exercise_stops_the_build_with_page_and_line() -> None:
    with pytest.raises(PluginError, match=r"en/cases/calm-down\.md:3: unknown exercise 'no-such-thing'"):
        render("# T\n\n<!-- exercise: no-such-thing -->\n")


def test_marker_inside_a_code_block_is_left_alone() -> None:
    text = "```\n<!-- exercise: no-such-thing -->\n```\n"
    assert render(text) == text


def test_lint_problem_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    config = FakeConfig()
    exercise_markers.on_config(config)
    exercise_markers._state["lint"] = [f"exercises/bank/{EXERCISE}.toml:12: model answer 1 does not pass"]
    page = fake_page("zh/cases/calm-down.md", "cases/calm-down/")
    with pytest.raises(PluginError, match=rf"zh/cases/calm-down\.md:1: exercise '{EXERCISE}' fails lint"):
        exercise_markers.on_page_markdown(f"<!-- exercise: {EXERCISE} -->\n", page, config, None)


def test_index_lists_every_exercise() -> None:
    html = render("<!-- exercise-index -->\n", "en/exercises.md", "en/exercises/")
    assert html.count("data-exercise-row=") == len(load_bank())
    assert 'data-role="download"' in html and 'data-role="trainee"' in html
    assert 'href="../cases/calm-down/"' in html


def test_runtime_bundle(tmp_path: Path) -> None:
    rules = tmp_path / "company.toml"
    rules.write_text('lang = "en"\n', encoding="utf-8")
    config = FakeConfig({"rules": str(rules)}, site_dir=str(tmp_path / "site"))
    bundle_runtime.on_post_build(config)
    bundle_runtime.on_post_build(config)  # idempotent: once per language build
    dest = tmp_path / "site" / "assets" / "pyodide"
    runtime = json.loads((dest / "runtime.json").read_text(encoding="utf-8"))
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 runtime["wheel"], runtime["lock"], runtime["rules"]):
        assert (dest / name).is_file(), name
    assert len(list(dest.glob("*.whl"))) == 1 and len(list(dest.glob("pyodide-lock*.json"))) == 1
    assert runtime["wheel"].endswith("-py3-none-any.whl")
    assert (dest / runtime["rules"]).read_text(encoding="utf-8") == rules.read_text(encoding="utf-8")
    lock = json.loads((dest / runtime["lock"]).read_text(encoding="utf-8"))
    npm_info = json.loads((ROOT / "node_modules" / "pyodide" / "pyodide-lock.json").read_text())["info"]
    assert lock["info"] == npm_info
    entry = lock["packages"][runtime["package"]]
    assert entry["file_name"] == runtime["wheel"] and entry["imports"] == ["exercises"]
    import hashlib

    assert entry["sha256"] == hashlib.sha256((dest / runtime["wheel"]).read_bytes()).hexdigest()
    assert "exercises/api.py" in zipfile.ZipFile(dest / runtime["wheel"]).namelist()
