"""MkDocs hook: `<!-- exercise: ID -->` markers → exercise widgets; `<!-- exercise-index -->` → table.

Same shape as Material's shortcodes hook: one regex in `on_page_markdown`, small functions
that return HTML. The marker is first swapped for a placeholder comment (so Markdown never
touches the widget's HTML) and the placeholder becomes the widget in `on_page_content`.
An unknown ID, or an exercise that fails `exercises.lint`, stops the build with the page,
the line and the reason.

Settings: `extra: exercises:` in mkdocs.yml, read and checked by handbook_site.py.
"""

from __future__ import annotations

import re
from typing import Any

from editions import texts_lang
from exercise_html import render_index, render_widget
from handbook_site import page_lang, replace_markers, settings
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from exercises.exercise_bank import load_bank
from exercises.lint import lint
from exercises.principles import load_principles
from exercises.sources import Problem

MARKER = re.compile(r"^[ \t]*<!--\s*exercise(?P<index>-index)?(?::\s*(?P<id>[^\s>]*))?\s*-->[ \t]*$", re.M)
PLACEHOLDER = re.compile(r"<!-- cs-exercise-slot: (?P<what>[^ ]+) -->")

_state: dict[str, Any] = {}


def on_config(config: Any) -> None:
    _state.clear()
    _state["settings"] = settings(config)


def _bank() -> dict[str, Any]:
    if "bank" not in _state:
        try:
            _state["bank"] = load_bank()
        except Exception as exc:  # a broken bank file: say which, stop the build
            raise PluginError(f"exercise bank does not load: {exc}") from exc
    return _state["bank"]


def _lint_problems() -> list[Problem]:
    """Problems reported by `python -m exercises lint` (run once per build)."""
    if "lint" not in _state:
        try:
            _state["lint"] = lint()
        except Exception as exc:
            _state["lint"] = [Problem("exercises", 1, f"lint: {exc}")]
    return _state["lint"]


def _principle_names(lang: str) -> dict[str, str]:
    loaded = load_principles()
    items = loaded.values() if isinstance(loaded, dict) else loaded
    return {p.id: p.name(lang) for p in items}


def _page_url(files: Any, lang: str, path: str, fallback: str) -> str:
    for candidate in (f"{lang}/{path}.md", f"{path}.md", f"{lang}/{path}/index.md", f"{path}/index.md"):
        f = files.get_file_from_path(candidate) if files is not None else None
        if f is not None:
            return f.url
    return fallback


def _check_marker(ex_id: str, page: Any, line: int) -> None:
    where = f"{page.file.src_path}:{line}"
    bank = _bank()
    if ex_id not in bank:
        known = ", ".join(sorted(bank)) or "none"
        raise PluginError(f"{where}: unknown exercise '{ex_id}' (known: {known})")
    bank_files = {ex.file for ex in bank.values()}
    bad = [str(p) for p in _lint_problems() if p.file == bank[ex_id].file]
    general = [str(p) for p in _lint_problems() if p.file not in bank_files]
    if bad or general:
        raise PluginError(f"{where}: exercise '{ex_id}' fails lint: " + "; ".join(bad + general))




def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if "exercise" not in markdown:
        return markdown

    def slot(match: re.Match[str], number: int) -> str:
        if match.group("index"):
            return "\n<!-- cs-exercise-slot: :index -->\n"
        ex_id = match.group("id") or ""
        if not ex_id:
            raise PluginError(f"{page.file.src_path}:{number}: exercise marker without an ID")
        _check_marker(ex_id, page, number)
        return f"\n<!-- cs-exercise-slot: {ex_id} -->\n"

    return replace_markers(markdown, MARKER, slot)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    if "cs-exercise-slot" not in html:
        return html
    lang = page_lang(config)
    text_lang = texts_lang(lang)  # a generated edition shows its source's texts, converted later
    names = _principle_names(text_lang)
    conf = _state.get("settings") or settings(config)
    prefix = f"{lang}/" if page.url.startswith(f"{lang}/") else ""  # /en/… pages; zh is at the root
    principles_url = _page_url(files, lang, "principles", f"{prefix}principles/")

    def principle_href(pid: str) -> str:
        return f"{get_relative_url(principles_url, page.url)}#{pid}"

    def case_href(ex: Any) -> str:
        target = _page_url(files, lang, ex.case, f"{prefix}{ex.case}/")
        return get_relative_url(target, page.url)

    def replace(match: re.Match[str]) -> str:
        what = match.group("what")
        bank = _bank()
        if what == ":index":
            ordered = sorted(bank.values(), key=lambda ex: (ex.order, ex.id))
            return render_index(ordered, text_lang, principle_names=names, case_href=case_href)
        return render_widget(
            bank[what],
            text_lang,
            principle_names=names,
            principle_href=principle_href,
            principles_page=get_relative_url(principles_url, page.url),
            prefill=conf.prefill,
            prefetch=conf.prefetch,
        )

    return PLACEHOLDER.sub(replace, html)
