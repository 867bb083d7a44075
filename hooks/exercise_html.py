"""HTML of the exercise widget and of the exercise index, rendered at build time.

Everything a trainee reads (situation, customer's words, bad reply, task, checklist, hints,
model answers) is in the page itself, so it works without Pyodide and without JavaScript
for reading. `docs/assets/exercise.js` adds the behaviour. The stable hooks are listed in
`CONTRACT.md` (data-exercise, data-role, data-state, data-principle, ...).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from html import escape
from typing import Any


def labels(lang: str) -> dict[str, str]:
    """The texts of the widget and the index as built (``[page]`` of the language's locale file).

    The idle note is idle_start + idle_keys + idle_end + idle_first; the keys are hidden on
    touch screens, the last sentence once the checker is loaded (exercise.js)."""
    from exercises.locale import get_locale

    return get_locale(lang).texts("page")


def widget_labels(lang: str) -> str:
    """What exercise.js says while it runs, as the JSON of the widget's ``data-labels``."""
    from exercises.locale import get_locale

    loc = get_locale(lang)
    texts = {**loc.texts("widget"), "colon": loc.punct("colon"), "comma": loc.punct("list")}
    return escape(json.dumps(texts, ensure_ascii=False, separators=(",", ":")), quote=True)


def text_html(text: str) -> str:
    """Escape plain text; keep line breaks without creating blank lines."""
    return "<br>".join(escape(line) for line in text.strip().split("\n"))


def _label(tag: str, cls: str, text: str, extra: str = "") -> str:
    return f'<{tag} class="{cls}" data-search-exclude{extra}>{escape(text)}</{tag}>'


def _button(role: str, text: str, *, primary: bool = False, disabled: bool = False) -> str:
    cls = "md-button md-button--primary" if primary else "md-button"
    state = " disabled" if disabled else ""
    return f'<button type="button" class="{cls}" data-role="{role}"{state}>{escape(text)}</button>'


def render_widget(
    ex: Any,
    lang: str,
    *,
    principle_names: dict[str, str],
    principle_href: Callable[[str], str],
    principles_page: str,
    prefill: str,
    prefetch: str,
) -> str:
    """The widget of one exercise in one language (one line per element, no blank lines)."""
    t = ex.lang(lang)
    lab = labels(lang)
    eid = escape(ex.id, quote=True)
    answer_id = f"cs-answer-{eid}"
    initial = t.bad_reply.strip() if prefill == "bad_reply" else ""
    checklist = "".join(
        f'<li data-checklist="{escape(p, quote=True)}"><a href="{escape(principle_href(p), quote=True)}">'
        f"{escape(principle_names.get(p, p))}</a></li>"
        for p in ex.principles
    )
    hints = "".join(
        f'<li data-role="hint-text" hidden>{text_html(h)}</li>' for h in t.hints
    )
    answers = "".join(
        f'<blockquote class="cs-exercise__model" data-role="model-answer" hidden>{text_html(a)}</blockquote>'
        for a in t.model_answers
    )
    parts = [
        f'<section class="cs-exercise" data-exercise="{eid}" lang="{lang}" data-lang="{lang}"'
        f' data-prefill="{escape(prefill, quote=True)}" data-prefetch="{escape(prefetch, quote=True)}"'
        f' data-principles-href="{escape(principles_page, quote=True)}"'
        f' data-principle-names="{escape(json.dumps(principle_names, ensure_ascii=False), quote=True)}"'
        f' data-labels="{widget_labels(lang)}" aria-labelledby="cs-title-{eid}">',
        f'<p class="cs-exercise__title" id="cs-title-{eid}">'
        f'<span data-search-exclude>{escape(lab["exercise"])}</span> · {escape(t.title)}</p>',
        '<dl class="cs-exercise__brief">',
        _label("dt", "cs-exercise__label", lab["situation"]),
        f'<dd data-role="situation">{text_html(t.situation)}</dd>',
        _label("dt", "cs-exercise__label", lab["customer"]),
        f'<dd data-role="customer"><q>{text_html(t.customer)}</q></dd>',
        _label("dt", "cs-exercise__label", lab["bad_reply"]),
        f'<dd data-role="bad-reply" class="cs-exercise__bad">{text_html(t.bad_reply)}</dd>',
        _label("dt", "cs-exercise__label", lab["task"]),
        f'<dd data-role="task">{text_html(t.task)}</dd>',
        "</dl>",
        _label("label", "cs-exercise__label", lab["answer"], f' for="{answer_id}"'),
        f'<textarea id="{answer_id}" class="cs-exercise__answer" data-role="answer" rows="6"'
        f' spellcheck="false" data-initial="{escape(initial, quote=True)}">{escape(initial)}</textarea>',
        '<div class="cs-exercise__buttons" data-search-exclude>',
        _button("check", lab["check"], primary=True),
        _button("hint", lab["hint"]),
        _button("show-answer", lab["show_answer"], disabled=True),
        _button("reset", lab["reset"]),
        "</div>",
        '<p class="cs-exercise__undo" data-role="undo-note" hidden data-search-exclude>'
        f'{escape(lab["undo_note"])} '
        f'<button type="button" class="md-button" data-role="undo">{escape(lab["undo"])}</button></p>',
        f'<div class="cs-exercise__feedback" data-role="feedback" data-state="idle"'
        f' data-search-exclude><p>{escape(lab["idle_start"])}'
        f'<span data-role="keys-hint">{escape(lab["idle_keys"])}</span>{escape(lab["idle_end"])}'
        f'<span data-role="first-check-note">{escape(lab["idle_first"])}</span></p></div>',
        '<p class="cs-exercise__announce" data-role="announce" role="status" aria-live="polite"></p>',
        f'<div class="cs-exercise__hints" data-role="hints" hidden data-search-exclude>'
        f'<p class="cs-exercise__label">{escape(lab["hints"])}</p><ol>{hints}</ol></div>',
        f'<div class="cs-exercise__answers" data-role="model-answers" hidden data-search-exclude>'
        f'<p class="cs-exercise__label">{escape(lab["model_answers"])}</p>{answers}</div>',
        '<div class="cs-exercise__checklist" data-role="checklist">'
        f'<p class="cs-exercise__label" data-search-exclude>{escape(lab["checklist"])}</p>'
        f"<ul>{checklist}</ul></div>",
        "</section>",
    ]
    return "\n".join(parts)


def render_index(
    exercises: Iterable[Any],
    lang: str,
    *,
    principle_names: dict[str, str],
    case_href: Callable[[Any], str],
) -> str:
    """The table of every exercise, with a status cell that exercise.js fills."""
    from exercises.locale import names_list

    lab = labels(lang)
    rows = []
    for ex in (ex for ex in exercises if lang in ex.data):  # not yet translated: not listed
        principles = names_list(lang, (escape(principle_names.get(p, p)) for p in ex.principles))
        rows.append(
            f'<tr data-exercise-row="{escape(ex.id, quote=True)}">'
            f'<td><a href="{escape(case_href(ex), quote=True)}">{escape(ex.lang(lang).title)}</a></td>'
            f"<td>{principles}</td>"
            f'<td data-role="status" data-status="not-tried">{escape(lab["not_tried"])}</td></tr>'
        )
    return "\n".join(
        [
            f'<div class="cs-exercise-index" data-exercise-index data-lang="{lang}"'
            f' data-labels="{widget_labels(lang)}">',
            f'<table><thead data-search-exclude><tr><th>{escape(lab["index_title"])}</th>'
            f'<th>{escape(lab["index_principles"])}</th><th>{escape(lab["index_status"])}</th></tr></thead>',
            "<tbody>",
            *rows,
            "</tbody></table>",
            '<div class="cs-exercise-index__download" data-search-exclude>',
            f'<label for="cs-trainee-name">{escape(lab["trainee"])}</label> '
            '<input id="cs-trainee-name" type="text" data-role="trainee" autocomplete="name"> ',
            _button("download", lab["download"]),
            f'<p class="cs-exercise-index__note">{escape(lab["index_note"])}</p>',
            "</div>",
            "</div>",
        ]
    )
