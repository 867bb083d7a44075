"""MkDocs hook: `<!-- roleplay: ID -->` markers → role-play widgets (docs/assets/roleplay.js).

Works like `exercise_markers.py`: the marker becomes a placeholder comment in
`on_page_markdown` (markers inside code blocks stay as they are) and the widget's HTML in
`on_page_content`. An unknown scenario, or one that fails `exercises lint`, stops the build
with the page, the line and the reason. Everything a trainee reads before playing (title,
situation, the customer's first line, the starting mood) is in the page itself; the script
adds the conversation. The widget's data-* hooks are listed in exercises/FORMAT.md.
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from editions import converter, texts_lang
from exercise_html import _button, text_html
from handbook_site import default_lang, page_lang, replace_markers, site_root
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url
from roleplay_cards import cards_page, render_cards

MARKER = re.compile(r"^[ \t]*<!--\s*roleplay:\s*(?P<id>[^\s>]*)\s*-->[ \t]*$")
PLACEHOLDER = re.compile(r"<!-- cs-roleplay-slot: (?P<id>[^ ]+) -->")

LABELS = {
    "zh": {
        "roleplay": "角色扮演",
        "situation": "你的处境",
        "mood": "客户的心情",
        "reply": "你的回复",
        "send": "回复",
        "back": "退回一步",
        "restart": "重新开始",
        "download": "下载对话记录",
        "idle": "写好回复后点“回复”（或按 Ctrl+Enter）。第一次回复要加载检查程序，请稍等几秒。",
        "noscript": "角色扮演需要浏览器运行 JavaScript。你也可以打印本章的角色卡，两三个人对练。",
    },
    "en": {
        "roleplay": "Role-play",
        "situation": "Your situation",
        "mood": "Customer’s mood",
        "reply": "Your reply",
        "send": "Reply",
        "back": "Back one turn",
        "restart": "Start again",
        "download": "Download the transcript",
        "idle": "Write your reply and press Reply (or Ctrl+Enter). The first reply loads the checker; "
        "it takes a few seconds.",
        "noscript": "The role-play needs JavaScript in the browser. You can also print this chapter’s "
        "role-play cards and practise in twos or threes.",
    },
}

_state: dict[str, Any] = {}


def _scenarios() -> dict[str, Any]:
    if "scenarios" not in _state:
        from exercises.roleplay import lint_problems, scenario_problems

        scenarios, problems = scenario_problems()
        if not problems:
            try:
                problems = lint_problems()
            except Exception as exc:  # a broken pack or bank: say so, stop the build
                raise PluginError(f"role-play scenarios cannot be checked: {exc}") from exc
        _state["scenarios"], _state["problems"] = scenarios, [str(p) for p in problems]
    return _state["scenarios"]


def on_config(config: Any) -> None:
    _state.clear()


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if "roleplay" not in markdown:
        return markdown

    def slot(match: re.Match[str], number: int) -> str:
        where = f"{page.file.src_path}:{number}"
        sc_id = match.group("id")
        scenarios = _scenarios()
        bad = [p for p in _state["problems"] if f"/roleplay/{sc_id}.toml:" in p] or _state["problems"]
        if sc_id not in scenarios:
            raise PluginError(
                f"{where}: unknown role-play '{sc_id}' (known: {', '.join(scenarios) or 'none'})"
            )
        if bad:
            raise PluginError(f"{where}: role-play '{sc_id}' fails lint: " + "; ".join(bad))
        return f"\n<!-- cs-roleplay-slot: {sc_id} -->\n"

    return replace_markers(markdown, MARKER, slot)


def principle_names(lang: str) -> dict[str, str]:
    from exercises.principles import load_principles

    # English prose has curly apostrophes ("Don’t pass the blame"), like the rest of the pages
    return {
        p.id: p.name(lang).replace("'", "’") if lang == "en" else p.name(lang)
        for p in load_principles()
    }


def render_roleplay(sc: Any, lang: str, *, names: dict[str, str], principles_href: str) -> str:
    """The widget of one scenario in one language."""
    lab = LABELS.get(lang, LABELS["en"])
    sid = escape(sc.id, quote=True)
    start = sc.nodes[sc.start]
    persona = escape(sc.text(lang, "persona"), quote=True)
    return "\n".join(
        [
            f'<section class="cs-roleplay" data-roleplay="{sid}" lang="{lang}" data-lang="{lang}"'
            f' data-mood-start="{sc.mood}" data-persona="{persona}"'
            f' data-principles-href="{escape(principles_href, quote=True)}"'
            f' data-principle-names="{escape(json.dumps(names, ensure_ascii=False), quote=True)}"'
            f' aria-labelledby="cs-rp-title-{sid}">',
            f'<p class="cs-roleplay__title" id="cs-rp-title-{sid}"><span data-search-exclude>'
            f"{escape(lab['roleplay'])}</span> · {escape(sc.text(lang, 'title'))}</p>",
            '<p class="cs-roleplay__situation">'
            f"<strong data-search-exclude>{escape(lab['situation'])}</strong> "
            f"{text_html(sc.text(lang, 'situation'))}</p>",
            f'<div class="cs-roleplay__mood" data-role="mood" data-mood="{sc.mood}" data-search-exclude>'
            f'<span id="cs-rp-mood-{sid}">{escape(lab["mood"])}</span> '
            f'<meter min="0" max="100" low="35" high="65" optimum="100" value="{sc.mood}"'
            f' aria-labelledby="cs-rp-mood-{sid}"></meter> '
            f'<span data-role="mood-value">{sc.mood}/100</span></div>',
            '<ol class="cs-roleplay__chat" data-role="transcript">',
            '<li class="cs-roleplay__turn" data-speaker="customer"'
            f' data-node="{escape(start.id, quote=True)}">'
            f'<span class="cs-roleplay__who">{persona}</span>'
            f'<p class="cs-roleplay__line">{text_html(start.say[lang])}</p></li>',
            "</ol>",
            '<div class="cs-roleplay__status" data-role="status" data-state="idle" role="status"'
            ' aria-live="polite"'
            f" data-search-exclude><p>{escape(lab['idle'])}</p>"
            f"<noscript><p>{escape(lab['noscript'])}</p></noscript></div>",
            f'<div class="cs-roleplay__answer" data-role="answer-box" data-search-exclude>'
            f'<label class="cs-exercise__label" for="cs-rp-reply-{sid}">{escape(lab["reply"])}</label>',
            f'<textarea id="cs-rp-reply-{sid}" class="cs-exercise__answer" data-role="reply" rows="4"'
            ' spellcheck="false"></textarea>',
            f'<div class="cs-exercise__buttons">{_button("send", lab["send"], primary=True)}</div></div>',
            '<div class="cs-roleplay__ending" data-role="ending" hidden></div>',
            '<div class="cs-exercise__buttons" data-search-exclude>'
            f'{_button("back", lab["back"], disabled=True)}{_button("restart", lab["restart"])}'
            f"{_button('download', lab['download'])}</div>",
            "</section>",
        ]
    )


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    if "cs-roleplay-slot" not in html:
        return html
    lang = page_lang(config)
    text_lang = texts_lang(lang)  # a generated edition shows its source's texts, converted later
    names = principle_names(text_lang)
    prefix = f"{lang}/" if page.url.startswith(f"{lang}/") else ""
    target = next(
        (
            f.url
            for c in (f"{lang}/principles.md", "principles.md")
            if (f := files.get_file_from_path(c)) is not None
        ),
        f"{prefix}principles/",
    )
    href = get_relative_url(target, page.url)
    scenarios = _scenarios()

    def widget(m: re.Match[str]) -> str:
        sc = scenarios[m.group("id")]
        # the cards follow the widget: shown on paper (print media, whole-book editions) only
        return (
            render_roleplay(sc, text_lang, names=names, principles_href=href)
            + "\n"
            + render_cards(sc, text_lang, names)
        )

    return PLACEHOLDER.sub(widget, html)


def on_post_build(config: Any) -> None:
    """Every scenario's cards on one page per language: ``print/roleplay-cards/`` under the
    language's root (printed to PDF by tools/make_pdf.py)."""
    lang = page_lang(config)
    prefix = "" if lang == default_lang(config) else f"{lang}/"
    out = site_root(config) / prefix / "print" / "roleplay-cards" / "index.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    depth = "../" * (prefix.count("/") + 2)
    text_lang = texts_lang(lang)
    page = cards_page(list(_scenarios().values()), text_lang, principle_names(text_lang), depth,
                      html_lang=lang if text_lang != lang else "")
    out.write_text(converter(lang)(page), encoding="utf-8")
