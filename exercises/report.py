"""Human-readable ``check`` output, in the reply's language."""

from __future__ import annotations

import unicodedata

from .locale import get_locale
from .messages import text as t
from .principles import principle_by_id

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any


def _safe(value: str) -> str:
    """Replace control and format characters (terminal escapes, RTL marks) with U+FFFD."""
    return "".join(
        c if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf") else "\ufffd" for c in value
    )


def _marked(reply: str, findings: list[dict[str, Any]], lang: str) -> str:
    punct = get_locale(lang).punct
    open_mark, close_mark = punct("mark_open"), punct("mark_close")
    pieces: list[str] = []
    pos = 0
    for f in findings:
        if f["start"] is None or f["start"] < pos or f["end"] <= f["start"]:
            continue
        pieces += [_safe(reply[pos : f["start"]]), open_mark, _safe(reply[f["start"] : f["end"]]), close_mark]
        pos = f["end"]
    pieces.append(_safe(reply[pos:]))
    return "".join(pieces)


def _quote(excerpt: str, lang: str) -> str:
    punct = get_locale(lang).punct
    return f"{punct('quote_open')}{_safe(excerpt)}{punct('quote_close')}"


def render(reply: str, result: dict[str, Any]) -> str:
    lang = result["lang"]
    names = principle_by_id()
    punct = get_locale(lang).punct
    colon, head = punct("colon"), punct("heading_colon")

    def paren(inner: str) -> str:
        return f"{punct('paren_open')}{inner}{punct('paren_close')}"

    def pname(pid: str) -> str:
        p = names.get(pid)
        name = p.name(lang) if p else pid
        return f"{name}{paren(pid)}"

    lines: list[str] = []
    if result["exercise"]:
        from .exercise_bank import get_exercise

        title = get_exercise(result["exercise"]).lang(lang).title
        lines.append(f"{t('exercise', lang)}{colon}{title}{paren(result['exercise'])}")
    else:
        lines.append(t("general", lang))
    verdict = t("passed", lang) if result["passed"] else t("failed", lang)
    lines.append(f"{t('result', lang)}{colon}{verdict} · {t('score', lang)} {result['score']}/100")
    lines += ["", t("reply", lang) + head]
    lines += ["  " + line for line in _marked(reply, result["findings"], lang).splitlines() or [""]]
    lines += ["", t("findings", lang) + head]
    if not result["findings"]:
        lines.append("  " + t("none", lang))
    rank = {"error": 0, "warning": 1, "info": 2}
    # errors first; sorted() is stable, so each severity keeps the findings' own order
    ordered = sorted(result["findings"], key=lambda f: rank.get(f["severity"], 3))
    for number, f in enumerate(ordered, start=1):
        lines.append(f"  {number}. [{t(f['severity'], lang)}] {pname(f['principle'])} — {f['rule']}")
        if f["start"] is not None:
            # counted from 1, as a person counts (the JSON keeps the contract's 0-based offsets)
            where = t("chars", lang, start=f["start"] + 1, end=f["end"])
            lines.append(f"     {_quote(f['excerpt'], lang)}{paren(where)}")
        else:
            lines.append(f"     {t('missing', lang)}")
        lines.append(f"     {f['message']}")
        if f.get("also"):
            lines.append(f"     {t('also', lang)}{colon}{', '.join(pname(p) for p in f['also'])}")
        if "pattern" in f and f["start"] is not None:
            lines.append(f"     {t('pattern', lang)}{colon}{_safe(f['pattern'] or t('phrase', lang))}")
        if f.get("suggest"):
            lines.append(f"     {t('suggest', lang)}{colon}{f['suggest']}")
    if result["followed"]:
        lines += ["", t("followed", lang) + head]
        shown: set[tuple[str, int, int]] = set()
        for f in result["followed"]:
            key = (f["principle"], f["start"], f["end"])
            if key in shown:  # a pack rule and an exercise rule may praise the same words
                continue
            shown.add(key)
            lines.append(f"  ✓ {pname(f['principle'])}{colon}{_quote(f['excerpt'], lang)}")
            if "pattern" in f:
                lines.append(f"     {t('pattern', lang)}{colon}{_safe(f['pattern'] or t('phrase', lang))}")
    return "\n".join(lines) + "\n"
