"""The exercise hooks on their own: markers → widgets, build errors, runtime bundle."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import bundle_runtime  # hooks/ (pythonpath in pyproject.toml)
import exercise_markers
import handbook_site
import pytest
from mkdocs.exceptions import PluginError

from exercises.exercise_bank import load_bank
from exercises.sources import Problem

ROOT = Path(__file__).resolve().parent.parent

EXERCISE = "calm-down"


class FakeI18n:
    """What the hooks read from mkdocs-static-i18n: the languages and the one being built."""

    def __init__(self, current: str = "zh") -> None:
        self.config = SimpleNamespace(languages=[SimpleNamespace(locale="zh"), SimpleNamespace(locale="en")])
        self.default_language = "zh"
        self.current_language = current
        self.build_languages = ["zh", "en"]


class FakeConfig(dict):
    """Just what the hooks read from MkDocs' config."""

    def __init__(self, extra: dict[str, Any] | None = None, site_dir: str = "", lang: str = "zh") -> None:
        super().__init__(extra={"exercises": extra or {}}, theme={"language": "zh"})
        self.config_file_path = str(ROOT / "mkdocs.yml")
        self.plugins: dict[str, Any] = {"i18n": FakeI18n(lang)}
        self.site_dir = site_dir


def fake_page(src_uri: str, url: str) -> Any:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri, src_path=src_uri), url=url)


def render(markdown: str, src_uri: str = "en/cases/calm-down.md", url: str = "en/cases/calm-down/",
           **extra: Any) -> str:
    config = FakeConfig(extra, lang=src_uri.split("/", 1)[0])
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


def _page_with_lint(problems: list[Problem]) -> str:
    config = FakeConfig()
    exercise_markers.on_config(config)
    exercise_markers._state["lint"] = problems
    page = fake_page("zh/cases/calm-down.md", "cases/calm-down/")
    return exercise_markers.on_page_markdown(f"<!-- exercise: {EXERCISE} -->\n", page, config, None)


def test_lint_problem_stops_the_build() -> None:
    own = load_bank()[EXERCISE].file
    with pytest.raises(PluginError, match=rf"zh/cases/calm-down\.md:1: exercise '{EXERCISE}' fails lint"):
        _page_with_lint([Problem(own, 12, "model answer 1 does not pass")])


def test_lint_problems_are_matched_by_their_file() -> None:
    other = next(ex for ex in load_bank().values() if ex.id != EXERCISE)
    # another exercise's problem, even one that names this exercise, leaves this page alone
    naming_this = Problem(other.file, 3, f"case as in exercises/bank/{EXERCISE}.toml")
    assert "cs-exercise-slot" in _page_with_lint([naming_this])
    # a problem outside the bank (a general pack) stops every page with an exercise
    with pytest.raises(PluginError, match=r"exercises/rules/en/no-blame\.toml:7: broken"):
        _page_with_lint([Problem("exercises/rules/en/no-blame.toml", 7, "broken")])


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
    # what the worker loads: the package with the bytecode of the site's own Pyodide (its Python)
    major, minor = npm_info["python"].split(".")[:2]
    assert len(list(dest.glob("handbook-engine.*.zip"))) == 1
    engine = zipfile.ZipFile(dest / runtime["engine"]).namelist()
    modules = [n for n in engine if n.endswith(".py")]
    assert "exercises/api.py" in modules and "exercises/worker.py" in modules
    for module in modules:
        folder, _, name = module.rpartition("/")
        assert f"{folder}/__pycache__/{name[:-3]}.cpython-{major}{minor}.pyc" in engine, module
    assert "exercises/data/toml.json" in engine  # a first check need not parse TOML
    assert not [n for n in engine if ".dist-info/" in n]
    # Pyodide's standard library, compiled the same way: bytecode where the source was
    stdlib = set(zipfile.ZipFile(dest / runtime["stdlib"]).namelist())
    npm_stdlib = set(zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip").namelist())
    assert {"json/decoder.pyc", "dataclasses.pyc", "re/__init__.pyc"} <= stdlib
    assert "json/decoder.py" in npm_stdlib and "json/decoder.py" not in stdlib
    compiled = [n for n in stdlib if n.endswith(".pyc")]
    assert len(compiled) > 0.9 * len([n for n in npm_stdlib if n.endswith(".py")])


BROKEN_RULES = """lang = "en"

[[rule]]
id = "no-taboo/acme"
principle = "no-taboo"
type = "forbid"
severity = "error"
patterns = ['acme']
colour = "red"
message = "Say the company's name in full."
"""


def test_a_broken_trainer_rule_file_stops_the_strict_build(tmp_path: Path) -> None:
    """mkdocs.yml names a trainer's file with a misspelt key: the build fails with file and line
    (before, it built, and every check in the browser failed)."""
    (tmp_path / "company.toml").write_text(BROKEN_RULES, encoding="utf-8")
    hooks = "\n".join(f"  - {ROOT / 'hooks' / name}" for name in
                      ("exercise_markers.py", "bundle_runtime.py", "print_edition.py", "csp.py"))
    (tmp_path / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {ROOT / 'docs'}\n"
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\nhooks:\n{hooks}\n"
        "extra:\n  exercises:\n    rules: company.toml\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(tmp_path / "mkdocs.yml"),
         "-d", str(tmp_path / "site")], capture_output=True, text=True, timeout=600)
    assert result.returncode != 0
    assert "company.toml:9: rule 'no-taboo/acme': unknown key 'colour'" in result.stdout + result.stderr
    assert not (tmp_path / "site" / "assets" / "pyodide" / "runtime.json").exists()


@pytest.mark.parametrize(("block", "message"), [
    ({"prefil": "empty"}, "unknown setting 'prefil'"),
    ({"prefetch": "always"}, "prefetch must be off or idle, not 'always'"),
    ({"snapshot": "no"}, "snapshot must be true or false"),
    ({"rules": "no-such-file.toml"}, "rules: no such file"),
    ("prefill", "must be a table of settings"),
])
def test_every_setting_is_checked(block: Any, message: str) -> None:
    with pytest.raises(PluginError, match=re.escape(message)):
        handbook_site.read_settings(block, ROOT)


def test_settings_defaults_and_yaml_off() -> None:
    assert handbook_site.read_settings({}, ROOT) == handbook_site.Settings()
    conf = handbook_site.read_settings({"prefetch": False, "prefill": "empty", "snapshot": False}, ROOT)
    assert (conf.prefetch, conf.prefill, conf.snapshot, conf.rules_text) == ("off", "empty", False, None)


def test_a_trainer_rule_file_with_a_toml_error_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "company.toml").write_text('lang = "en"\n[[rule]\nid = 1\n', encoding="utf-8")
    with pytest.raises(PluginError, match=r"company\.toml:2: TOML syntax error"):
        handbook_site.read_settings({"rules": "company.toml"}, tmp_path)


def test_page_language_and_site_root(tmp_path: Path) -> None:
    config = FakeConfig(site_dir=str(tmp_path / "site"), lang="en")
    assert handbook_site.page_lang(config) == "en" and handbook_site.default_lang(config) == "zh"
    assert handbook_site.languages(config) == ["zh", "en"]
    assert handbook_site.src_path(fake_page("en/cases/sofa.md", "en/cases/sofa/"), config) == "cases/sofa.md"
    assert handbook_site.site_root(config) == tmp_path / "site"
    inside = FakeConfig(site_dir=str(tmp_path / "site" / "en"), lang="en")
    assert handbook_site.site_root(inside) == tmp_path / "site"
    bare = FakeConfig()
    bare.plugins = {}
    assert handbook_site.page_lang(bare) == "zh" and handbook_site.languages(bare) == ["zh"]


def test_the_pdfs_have_one_owner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """make pdf is one build: the trainer guide lists every PDF because this build prints them;
    a plain build lists and copies those an earlier make pdf left in build/pdf/."""
    import print_edition

    config = FakeConfig(site_dir=str(tmp_path / "site"), lang="en")
    config.config_file_path = str(tmp_path / "mkdocs.yml")
    monkeypatch.delenv(print_edition.PRINT_ENV, raising=False)
    assert print_edition.pdf_files(config) == []
    made = tmp_path / "build" / "pdf"
    made.mkdir(parents=True)
    (made / "handbook-en.pdf").write_bytes(b"%PDF-1.7 stand-in")
    assert print_edition.pdf_files(config) == ["handbook-en.pdf"]
    print_edition.offer_pdfs(made, tmp_path / "site" / "pdf")
    assert (tmp_path / "site" / "pdf" / "handbook-en.pdf").read_bytes() == b"%PDF-1.7 stand-in"
    monkeypatch.setenv(print_edition.PRINT_ENV, "1")
    assert len(print_edition.pdf_files(config)) == len(print_edition.PDF_ORDER) * 2  # both languages
    assert print_edition._last_language(config) and not print_edition._last_language(FakeConfig(lang="zh"))
