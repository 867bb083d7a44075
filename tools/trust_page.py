"""Writes the figures of the handbook page "How far to trust the checker" (检查器有多可靠).

    .venv/bin/python tools/trust_page.py          # rewrite the tables in docs/zh|en/trust.md
    .venv/bin/python tools/trust_page.py --check  # exit 1 when the pages' figures are stale

The figures come from ``tools/measure.py`` on the held-back part of the corpora (the part
the rules were never tuned on), and from the figures each blind batch was given when it arrived,
before any rule was changed for it: real parts in ``tests/corpus/real/SOURCES.md`` (the "Merged by the
lead" paragraph), fresh batches in ``tests/corpus/LABELLING.md`` ("Measured alone on arrival"). A
paragraph that says so but whose figures cannot be read stops the page. Only the text between the two
markers is rewritten.
"""

from __future__ import annotations

import re
import sys

from measure import ROOT, measure

from exercises.principles import principle_by_id

START, END = "<!-- figures:start -->", "<!-- figures:end -->"
SOURCES = ROOT / "tests" / "corpus" / "real" / "SOURCES.md"
GUIDE = ROOT / "tests" / "corpus" / "LABELLING.md"
# the sentence each fresh batch's paragraph in LABELLING.md gives once the lead has measured it on arrival
FRESH_ON_ARRIVAL = re.compile(
    r"Measured alone on arrival by the lead, before any rule was changed for it: the good rewrites pass "
    r"(?:only )?(?P<passed>\d+) of (?P<rewrites>\d+) .*?the violations are caught (?P<caught>\d+) of "
    r"(?P<violations>\d+)")
FRESH_BATCH = re.compile(r"Batch (\d+)(?:, part [a-z])? \(ids `rw")
# the sentence every "Merged by the lead" paragraph of a blind part gives, e.g. "held 26 replies, precision
# 0.925, recall 0.86 (tp 37, fp 3, fn 6); dev 43 replies, 1.0 / 0.814 (…); the whole part, 0.969 / 0.832
# (tp 94, fp 3, fn 19)"
ON_ARRIVAL = re.compile(
    r"held (?P<held>\d+) repl(?:y|ies), [^;]*; dev (?P<dev>\d+) repl(?:y|ies), [^;]*; the whole part, "
    r"(?P<p>[\d.]+|None) / (?P<r>[\d.]+|None) \(tp (?P<tp>\d+), fp (?P<fp>\d+), fn (?P<fn>\d+)\)")
BATCH = re.compile(r"^## Batch (\d+)", re.M)

WORDS = {
    "zh": {
        "head": "| 原则 | 精确率 | 召回率 | 标出的问题（对 / 错） | 标注数（违反 / 做到） |\n"
        "|---|---|---|---|---|",
        "overall": "**全部**",
        "replies": "真实回复 {n} 条（留出部分），精确率 {p}，召回率 {r}。",
        "fresh_blind": "最近 {k} 批新写的练习答案（第 {first}–{last} 批，各按一种新的写法写成），"
        "每批到手就单独测：好答案 {n} 条中 {k2} 条通过（{rate}），"
        "违规回复 {m} 条中 {k3} 条被查出（{rate2}）。",
        "blind": "最近 {k} 个盲测批次（第 {first}–{last} 批，共 {n} 条检查器从未见过的回复），"
        "每批到手就单独测一次，那时还没有为它改过任何规则：精确率 {p}，召回率 {r}。",
        "rewrites": "学员式的好答案 {n} 条（留出部分），{k} 条通过练习（{rate}）。",
        "violations": "新写法的违规回复 {n} 条（留出部分），{k} 条被查出（{rate}）。",
        "none": "—",
    },
    "en": {
        "head": "| Principle | Precision | Recall | Flags (right / wrong) | Labels (broken / followed) |\n"
        "|---|---|---|---|---|",
        "overall": "**All**",
        "replies": "{n} real replies (held-back part): precision {p}, recall {r}.",
        "fresh_blind": "The {k} newest batches of fresh answers (batches {first}–{last}, each in a register "
        "the checker had not met), each measured on arrival: {k2} of {n} good rewrites pass ({rate}), "
        "{k3} of {m} rewrites that break a principle are caught ({rate2}).",
        "blind": "The {k} newest blind parts (batches {first}–{last}, {n} replies the checker had never "
        "seen), each measured on arrival, before any rule was changed for it: precision {p}, recall {r}.",
        "rewrites": "{n} good rewrites in trainees' own words (held-back part): "
        "{k} pass their exercise ({rate}).",
        "violations": "{n} rewrites that break a principle in new wording (held-back part): "
        "{k} caught ({rate}).",
        "none": "—",
    },
}


def _pct(value: float | None, none: str) -> str:
    return none if value is None else f"{round(100 * value)} %"


def blind_parts(text: str) -> list[dict[str, int]]:
    """The blind parts' figures on arrival, in the order of ``SOURCES.md``; a part whose printed
    precision or recall disagrees with its own counts raises ValueError."""
    parts = []
    merged, found = text.count("Merged by the lead"), len(ON_ARRIVAL.findall(text))
    if merged > found:
        raise ValueError(f"SOURCES.md: {merged} parts were merged by the lead, {found} of them give their "
                         "figures on arrival in the expected words")
    for m in ON_ARRIVAL.finditer(text):
        batches = BATCH.findall(text, 0, m.start())
        part = {k: int(m.group(k)) for k in ("held", "dev", "tp", "fp", "fn")}
        part["batch"] = int(batches[-1]) if batches else 0
        for key, den in (("p", part["tp"] + part["fp"]), ("r", part["tp"] + part["fn"])):
            want = None if den == 0 else round(part["tp"] / den, 3)
            said = None if m.group(key) == "None" else float(m.group(key))
            if said != want:
                raise ValueError(f"SOURCES.md, batch {part['batch']}: {m.group(0)!r} gives {said}, "
                                 f"its counts give {want}")
        parts.append(part)
    return parts


def fresh_batches(text: str) -> list[dict[str, int]]:
    """The fresh batches' figures on arrival (LABELLING.md), each with the batch number before it."""
    flat = re.sub(r"\s+", " ", text)
    out = []
    measured = flat.count("Measured alone on arrival by the lead")
    found = len(FRESH_ON_ARRIVAL.findall(flat))
    if measured > found:
        raise ValueError(f"LABELLING.md: {measured} fresh batches say they were measured on arrival, "
                         f"{found} of those sentences could be read")
    for m in FRESH_ON_ARRIVAL.finditer(flat):
        batches = FRESH_BATCH.findall(flat, 0, m.start())
        out.append({"batch": int(batches[-1]) if batches else 0,
                    **{k: int(m.group(k)) for k in ("passed", "rewrites", "caught", "violations")}})
    return out


def fresh_line(lang: str, batches: list[dict[str, int]]) -> str:
    none = WORDS[lang]["none"]
    n, k2, m, k3 = (sum(b[key] for b in batches) for key in ("rewrites", "passed", "violations", "caught"))
    return WORDS[lang]["fresh_blind"].format(
        k=len(batches), first=min(b["batch"] for b in batches), last=max(b["batch"] for b in batches),
        n=n, k2=k2, rate=_pct(k2 / n if n else None, none), m=m, k3=k3,
        rate2=_pct(k3 / m if m else None, none))


def blind_line(lang: str, parts: list[dict[str, int]]) -> str:
    tp, fp, fn = (sum(p[k] for p in parts) for k in ("tp", "fp", "fn"))
    none = WORDS[lang]["none"]
    return WORDS[lang]["blind"].format(
        k=len(parts), first=min(p["batch"] for p in parts), last=max(p["batch"] for p in parts),
        n=sum(p["held"] + p["dev"] for p in parts),
        p=_pct(tp / (tp + fp) if tp + fp else None, none), r=_pct(tp / (tp + fn) if tp + fn else None, none))


def figures(lang: str, report: dict, parts: list[dict[str, int]] | None = None,
            fresh_parts: list[dict[str, int]] | None = None) -> str:
    w = WORDS[lang]
    names = principle_by_id()
    real, fresh = report["real"], report["fresh"]
    o = real["overall"]
    none = w["none"]
    lines = [w["replies"].format(n=o["replies"], p=_pct(o["precision"], none), r=_pct(o["recall"], none))]
    if parts:
        lines += ["", blind_line(lang, parts)]
    lines += ["", w["head"]]
    for pid, t in real["principles"].items():
        name = names[pid].name(lang) if pid in names else pid
        lines.append(f"| {name} (`{pid}`) | {_pct(t['precision'], none)} | {_pct(t['recall'], none)} "
                     f"| {t['tp']} / {t['fp']} | {t['tp'] + t['fn']} / {t['fp'] + t['tn']} |")
    lines.append(f"| {w['overall']} | {_pct(o['precision'], w['none'])} | {_pct(o['recall'], w['none'])} "
                 f"| {o['tp']} / {o['fp']} | {o['tp'] + o['fn']} / {o['fp'] + o['tn']} |")
    rw, vi = fresh["rewrites"], fresh["violations"]
    lines += ["", w["rewrites"].format(n=rw["rows"], k=rw["passed"], rate=_pct(rw["pass_rate"], w["none"])),
              "", w["violations"].format(n=vi["rows"], k=vi["caught"], rate=_pct(vi["recall"], w["none"]))]
    if fresh_parts:
        lines += ["", fresh_line(lang, fresh_parts)]
    return "\n".join(lines)


def render(lang: str, text: str, report: dict, parts: list[dict[str, int]] | None = None,
           fresh: list[dict[str, int]] | None = None) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{figures(lang, report, parts, fresh)}\n{END}{tail}"


def main(argv: list[str]) -> int:
    report = measure("held")
    parts = blind_parts(SOURCES.read_text(encoding="utf-8"))
    fresh = fresh_batches(GUIDE.read_text(encoding="utf-8"))
    stale = []
    for lang in ("zh", "en"):
        path = ROOT / "docs" / lang / "trust.md"
        text = path.read_text(encoding="utf-8")
        new = render(lang, text, report, parts, fresh)
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
