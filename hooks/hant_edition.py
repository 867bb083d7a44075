"""MkDocs hook: build the generated editions (traditional Chinese) from the simplified pages.

mkdocs-static-i18n builds ``zh-Hant`` like any language; it has no folder under docs/, so the
plugin falls back to the default language's pages (``fallback_to_default``). In that build
this hook converts, with hooks/editions.py (OpenCC ``s2twp`` + hooks/hant_overrides.toml):

- the site name and description (``on_config``, after the i18n plugin has set them);
- the menu titles (``on_nav``, after the i18n plugin's own ``on_nav``);
- each page once it is rendered and the other hooks have put in their widgets, with its
  title and table of contents (``on_page_content``: this hook is listed after the widget
  hooks and before print_edition, which keeps each page for the printed book). Headings,
  their anchors and the links to them are converted alike, so every anchor still resolves;
  the search plugin indexes the converted page;
- ``assets/edition-texts/<lang>.json`` (``on_post_build``): every text the checker and the
  role-play can send to the browser, with its converted form, for the widget to show
  (docs/assets/edition-texts.js). The engine runs in the source language.

Each page is converted once: OpenCC is not idempotent (a second pass turns 在线上, in
traditional characters, into 线上上).
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

from editions import converter, is_generated, texts_lang, theme_language
from handbook_site import config_dir, page_lang, site_root
from mkdocs.plugins import event_priority

TEXTS_DIR = "assets/edition-texts"
# keys of the engine's TOML files whose texts are matched, never shown
NOT_SHOWN = {"patterns", "phrases", "unless", "unless_reply", "unless_clause", "only_if_reply", "first",
             "then", "examples", "counterexamples", "detect"}
_HAN = re.compile("[\u3400-\u9fff]")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_JS_TEXT = re.compile(r'"([^"\\\n]+)"')


@event_priority(-200)  # after mkdocs-static-i18n (-100) has set this language's site_name
def on_config(config: Any) -> None:
    # the language menu names a generated edition in its own script in every edition, and
    # every edition in the script of a generated one
    lang = page_lang(config)
    i18n = config.plugins.get("i18n")
    for menu in (config.extra.get("alternate"), getattr(i18n, "extra_alternate", None)):
        for entry in menu if isinstance(menu, list) else []:
            if not isinstance(entry, dict):
                continue
            script = str(entry.get("lang")) if is_generated(str(entry.get("lang"))) else lang
            entry["name"] = converter(script)(str(entry.get("name", "")))
    if is_generated(lang):
        conv = converter(lang)
        # Material's Taiwan strings (zh-TW) match s2twp's wording; its zh-Hant ones mix in
        # simplified characters (the footer's 脚, a 个). on_post_page puts back lang="zh-Hant".
        config.theme["language"] = theme_language(lang)
        config.site_name = conv(config.site_name or "")
        if config.site_description:
            config.site_description = conv(config.site_description)


@event_priority(-200)  # after mkdocs-static-i18n has rebuilt the navigation for this language
def on_nav(nav: Any, config: Any, files: Any) -> Any:
    lang = page_lang(config)
    if is_generated(lang):
        conv = converter(lang)
        for item in _walk(nav.items):
            if isinstance(getattr(item, "title", None), str):
                item.title = conv(item.title)
    return nav


def _walk(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        out.append(item)
        out += _walk(getattr(item, "children", None) or [])
    return out


def on_env(env: Any, config: Any, files: Any) -> Any:
    """For the theme's templates (overrides/partials/copyright.html, alternate.html): the
    edition being built (Material's own language is zh-TW in the zh-Hant edition) and a
    filter that writes a source-language text in it."""
    lang = page_lang(config)
    env.globals["edition_lang"] = lang
    env.filters["edition_text"] = converter(lang)
    return env


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    lang = page_lang(config)
    if not is_generated(lang):
        return html
    conv = converter(lang)
    if isinstance(page.title, str):
        page.title = conv(page.title)
    for link in _walk(list(page.toc)):
        link.title = conv(link.title)
        link.id = conv(link.id)
    return conv(html)


def on_post_page(output: str, page: Any, config: Any) -> str:
    lang = page_lang(config)
    if is_generated(lang):
        return output.replace(f'<html lang="{theme_language(lang)}"', f'<html lang="{lang}"', 1)
    return output


def on_post_build(config: Any) -> None:
    lang = page_lang(config)
    if not is_generated(lang):
        return
    texts = edition_texts(config_dir(config), lang)
    out = site_root(config) / TEXTS_DIR / f"{lang}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(texts, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def engine_texts(root: Path, lang: str) -> set[str]:
    """Every text in ``lang`` the engine can send to the browser: its locale, its rule pack,
    its part of each exercise and role-play scenario, the principle names; and the texts
    the page's scripts write in themselves."""
    files = [root / "exercises" / "locales" / f"{lang}.toml", root / "exercises" / "principles.toml"]
    files += sorted((root / "exercises" / "rules" / lang).glob("*.toml"))
    files += sorted((root / "exercises" / "bank").glob("*.toml"))
    files += sorted((root / "exercises" / "roleplay").glob("*.toml"))
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, sub in value.items():
                if key not in NOT_SHOWN:
                    walk(sub)
        elif isinstance(value, list):
            for sub in value:
                walk(sub)
        elif isinstance(value, str) and _HAN.search(value):
            found.add(value)

    for path in files:
        if path.name != "lexicon.toml":  # word lists the rules match, never shown
            walk(tomllib.loads(path.read_text(encoding="utf-8")))
    # the labels some scripts carry themselves (roleplay.js: 客户正在听你说……)
    for script in sorted((root / "docs" / "assets").glob("*.js")):
        found.update(m.group(1) for m in _JS_TEXT.finditer(script.read_text(encoding="utf-8"))
                     if _HAN.search(m.group(1)))
    return found


def edition_texts(root: Path, lang: str) -> dict[str, Any]:
    """``{"exact": {text: converted}, "pieces": [[piece, converted], ...]}``: whole texts,
    and the fixed pieces of the texts that have ``{placeholders}`` (longest first)."""
    conv = converter(lang)
    exact: dict[str, str] = {}
    pieces: dict[str, str] = {}
    for text in engine_texts(root, texts_lang(lang)):
        if _PLACEHOLDER.search(text):
            for piece in _PLACEHOLDER.split(text):
                if _HAN.search(piece):
                    pieces[piece] = conv(piece)
        else:
            converted = conv(text)
            if converted != text:
                exact[text] = converted
    ordered = sorted(((k, v) for k, v in pieces.items() if k != v), key=lambda kv: (-len(kv[0]), kv[0]))
    return {"exact": exact, "pieces": [list(kv) for kv in ordered]}
