"""MkDocs hook: the trainer's kit pages, generated from the principles.

- ``<!-- scorecard -->``       the call-observation scorecard: one row per principle the checker
  checks (exercises/principles.toml, ``checked`` yes or partly), what to listen for, boxes for
  observed / partly / not, and room for evidence;
- ``<!-- self-assessment -->``  the self-assessment: one sentence per principle, rated 1 to 5
  before and after the course (docs/assets/trainer-kit.js keeps the ratings);
- ``<!-- class-report -->``    the class report's mount point (docs/assets/trainer-kit.js).

The words come from exercises/trainer_kit.toml; a principle missing there, or an ID there that
is not a principle, stops the build. Runs before print_edition.py, so the print editions and
the scorecard's own PDF (tools/make_pdf.py) show the same rows.
"""

from __future__ import annotations

import re
import tomllib
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

import exercises
from exercises.principles import Principle, load_principles

KIT_FILE = Path(exercises.__file__).resolve().parent / "trainer_kit.toml"
MARKER = re.compile(r"^<!--\s*(scorecard|self-assessment|class-report)\s*-->[ \t]*$", re.M)
RATINGS = (1, 2, 3, 4, 5)

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "agent": "坐席",
        "observer": "观察人",
        "date": "日期",
        "call": "通话（编号、时长）",
        "principle": "原则",
        "listen": "听什么",
        "observed": "做到",
        "partly": "部分做到",
        "not": "没做到",
        "evidence": "证据（客服的原话、时间点）",
        "best": "做得最好的一点：",
        "next": "下次先改的一点：",
        "statement": "说法",
        "before": "课前",
        "after": "课后",
        "scale": "1 = 还做不到，3 = 有时做到，5 = 每次都能做到",
        "rating": "{phase}：{n} 分",
        "not_saved": "这个浏览器没有保存你的自评（可能是隐私模式，或者存储已满、被关闭），"
        "下载的答案文件里也不会有。",
    },
    "en": {
        "agent": "Agent",
        "observer": "Observer",
        "date": "Date",
        "call": "Call (reference, length)",
        "principle": "Principle",
        "listen": "Listen for",
        "observed": "Observed",
        "partly": "Partly",
        "not": "Not",
        "evidence": "Evidence (the agent's words, time in the call)",
        "best": "The best thing in this call:",
        "next": "The one thing to change first:",
        "statement": "Statement",
        "before": "Before",
        "after": "After",
        "scale": "1 = not yet, 3 = sometimes, 5 = every time",
        "rating": "{phase}: {n}",
        "not_saved": "Your ratings are not being saved in this browser (it may be in private mode, or its"
        " storage is full or turned off), so your answers download will not include them.",
    },
}


def _text(text: str, lang: str) -> str:
    """``text`` escaped for HTML; in English with curly quotes, as Markdown's smarty sets the
    pages' own prose (the generated HTML is not Markdown)."""
    if lang == "en":
        text = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)
        text = re.sub(r"(^|[\s(\u201c])'", "\\1\u2018", text).replace("'", "\u2019")
    return escape(text)


def load_kit() -> dict[str, dict[str, str]]:
    """trainer_kit.toml, checked against the principles (PluginError naming the problem)."""
    try:
        data = tomllib.loads(KIT_FILE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PluginError(f"{KIT_FILE.name}: {exc}") from exc
    principles = load_principles()
    ids = {p.id for p in principles}
    unknown = sorted(set(data) - ids)
    if unknown:
        raise PluginError(f"{KIT_FILE.name}: not principle IDs: {', '.join(unknown)}")
    for p in principles:
        entry = data.get(p.id, {})
        need = ["self_zh", "self_en"] + (["listen_zh", "listen_en"] if p.checked != "no" else [])
        missing = [k for k in need if not str(entry.get(k, "")).strip()]
        if missing:
            raise PluginError(f"{KIT_FILE.name}: [{p.id}] needs {', '.join(missing)}")
    return data


def scorecard_principles() -> list[Principle]:
    """The principles on the scorecard: the ones the checker checks, in principles.toml order."""
    return [p for p in load_principles() if p.checked != "no"]


def scorecard_html(lang: str) -> str:
    kit, lab = load_kit(), LABELS[lang]
    head = "".join(
        f"<tr><th>{_text(lab[k], lang)}</th><td></td></tr>" for k in ("agent", "observer", "date", "call")
    )
    cols = "".join(
        f'<th class="cs-scorecard__box">{_text(lab[k], lang)}</th>' for k in ("observed", "partly", "not")
    )
    rows = []
    for p in scorecard_principles():
        boxes = "".join(
            f'<td class="cs-scorecard__box" data-mark="{k}">☐</td>' for k in ("observed", "partly", "not")
        )
        name = _text(p.name(lang), lang)
        rows.append(
            f'<tr data-principle="{escape(p.id, quote=True)}"><td><strong>{name}</strong>'
            f"<br><code>{escape(p.id)}</code></td><td>{_text(kit[p.id][f'listen_{lang}'], lang)}</td>{boxes}"
            '<td class="cs-scorecard__notes"></td></tr>'
        )
    return (
        '<div class="cs-scorecard" data-scorecard>'
        f'<table class="cs-scorecard__head">{head}</table>'
        '<div class="cs-kit__scroll">'
        f'<table class="cs-scorecard__table"><thead><tr><th>{_text(lab["principle"], lang)}</th>'
        f"<th>{_text(lab['listen'], lang)}</th>{cols}<th>{_text(lab['evidence'], lang)}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
        f'<p class="cs-scorecard__line">{_text(lab["best"], lang)}</p>'
        f'<p class="cs-scorecard__line">{_text(lab["next"], lang)}</p>'
        "</div>"
    )


def self_assessment_html(lang: str) -> str:
    kit, lab = load_kit(), LABELS[lang]
    rows = []
    for p in load_principles():
        cells = []
        for phase in ("before", "after"):
            radios = "".join(
                f'<label><input type="radio" name="{phase}:{escape(p.id, quote=True)}" value="{n}"'
                f' aria-label="{_text(lab["rating"].format(phase=lab[phase], n=n), lang)}">'
                f"<span>{n}</span></label>"
                for n in RATINGS
            )
            cells.append(f'<td class="cs-self__scale" data-phase="{phase}">{radios}</td>')
        name = _text(p.name(lang), lang)
        rows.append(
            f'<tr data-principle="{escape(p.id, quote=True)}"><td><strong>{name}</strong><br>'
            f"{_text(kit[p.id][f'self_{lang}'], lang)}</td>{''.join(cells)}</tr>"
        )
    return (
        f'<form class="cs-self" data-self-assessment data-lang="{lang}">'
        f'<p class="cs-self__scale-note">{_text(lab["scale"], lang)}</p>'
        '<p class="cs-exercise__storage" data-role="storage-note" role="status" hidden>'
        f"{_text(lab['not_saved'], lang)}</p>"
        '<div class="cs-kit__scroll">'
        f'<table class="cs-self__table"><thead><tr><th>{_text(lab["statement"], lang)}</th>'
        f"<th>{_text(lab['before'], lang)}</th><th>{_text(lab['after'], lang)}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div></form>"
    )


def class_report_html(lang: str) -> str:
    return f'<div class="cs-report" data-class-report data-lang="{lang}"></div>'


def _lang(page: Any) -> str:
    return "en" if page.file.src_uri.startswith("en/") else "zh"


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if "<!--" not in markdown:
        return markdown
    makers = {
        "scorecard": scorecard_html,
        "self-assessment": self_assessment_html,
        "class-report": class_report_html,
    }
    return MARKER.sub(lambda m: "\n" + makers[m.group(1)](_lang(page)) + "\n", markdown)
