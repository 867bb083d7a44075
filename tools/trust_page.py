"""Writes the figures of the handbook page "How far to trust the checker" (检查器有多可靠).

    .venv/bin/python tools/trust_page.py          # rewrite the tables in docs/zh|en/trust.md
    .venv/bin/python tools/trust_page.py --check  # exit 1 when the pages' figures are stale

The figures come from ``tools/measure.py`` on the held-back part of the corpora (the part
the rules were never tuned on); only the text between the two markers is rewritten.
"""

from __future__ import annotations

import sys

from measure import ROOT, measure

from exercises.principles import principle_by_id

START, END = "<!-- figures:start -->", "<!-- figures:end -->"

WORDS = {
    "zh": {
        "head": "| 原则 | 精确率 | 召回率 | 标注数（违反 / 做到） |\n|---|---|---|---|",
        "overall": "**全部**",
        "replies": "真实回复 {n} 条（留出部分），精确率 {p}，召回率 {r}。",
        "rewrites": "学员式的好答案 {n} 条（留出部分），{k} 条通过练习（{rate}）。",
        "violations": "新写法的违规回复 {n} 条（留出部分），{k} 条被查出（{rate}）。",
        "none": "—",
    },
    "en": {
        "head": "| Principle | Precision | Recall | Labels (broken / followed) |\n|---|---|---|---|",
        "overall": "**All**",
        "replies": "{n} real replies (held-back part): precision {p}, recall {r}.",
        "rewrites": "{n} good rewrites in trainees' own words (held-back part): "
        "{k} pass their exercise ({rate}).",
        "violations": "{n} rewrites that break a principle in new wording (held-back part): "
        "{k} caught ({rate}).",
        "none": "—",
    },
}


def _pct(value: float | None, none: str) -> str:
    return none if value is None else f"{round(100 * value)} %"


def figures(lang: str, report: dict) -> str:
    w = WORDS[lang]
    names = principle_by_id()
    real, fresh = report["real"], report["fresh"]
    o = real["overall"]
    none = w["none"]
    lines = [w["replies"].format(n=o["replies"], p=_pct(o["precision"], none), r=_pct(o["recall"], none)),
             "", w["head"]]
    for pid, t in real["principles"].items():
        name = names[pid].name(lang) if pid in names else pid
        lines.append(f"| {name} (`{pid}`) | {_pct(t['precision'], none)} | {_pct(t['recall'], none)} "
                     f"| {t['tp'] + t['fn']} / {t['fp'] + t['tn']} |")
    lines.append(f"| {w['overall']} | {_pct(o['precision'], w['none'])} | {_pct(o['recall'], w['none'])} "
                 f"| {o['tp'] + o['fn']} / {o['fp'] + o['tn']} |")
    rw, vi = fresh["rewrites"], fresh["violations"]
    lines += ["", w["rewrites"].format(n=rw["rows"], k=rw["passed"], rate=_pct(rw["pass_rate"], w["none"])),
              "", w["violations"].format(n=vi["rows"], k=vi["caught"], rate=_pct(vi["recall"], w["none"]))]
    return "\n".join(lines)


def render(lang: str, text: str, report: dict) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{figures(lang, report)}\n{END}{tail}"


def main(argv: list[str]) -> int:
    report = measure("held")
    stale = []
    for lang in ("zh", "en"):
        path = ROOT / "docs" / lang / "trust.md"
        text = path.read_text(encoding="utf-8")
        new = render(lang, text, report)
        if new != text:
            stale.append(str(path))
            if "--check" not in argv:
                path.write_text(new, encoding="utf-8")
    if "--check" in argv and stale:
        print("stale figures (run: make trust): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
