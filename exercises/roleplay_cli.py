"""``python -m exercises roleplay [ID] [--lang zh|en] [--script FILE] [--json]``.

Without an id: the scenarios, one a line (id, title). With ``--script FILE``: the replies in
FILE (one a line, blank lines skipped, lines after an ending ignored) are played and the path
is printed as JSON (``roleplay.play``). Otherwise the replies come from standard input, one a
line; in a terminal each turn prints the checker's short feedback and the customer's answer,
and ``--json`` prints the whole path as JSON at the end instead.
"""

from __future__ import annotations

import sys
from typing import Any

from .api import to_json
from .csvinput import read_text
from .principles import principle_by_id
from .report import _safe
from .roleplay import get_scenario, load_scenarios, play

WORDS = {
    "zh": {
        "mood": "心情",
        "you": "你",
        "ending": "结局",
        "kinds": {"resolved": "解决了", "lost": "客户走了", "escalated": "要求升级"},
        "debrief": "复盘",
        "fix": "要改",
        "good": "做到了",
        "colon": "：",
        "prompt": "（输入你的回复，一行一条；Ctrl+D 结束）",
    },
    "en": {
        "mood": "Mood",
        "you": "You",
        "ending": "Ending",
        "kinds": {"resolved": "resolved", "lost": "customer lost", "escalated": "escalated"},
        "debrief": "Debrief",
        "fix": "To fix",
        "good": "Done well",
        "colon": ": ",
        "prompt": "(type your reply, one a line; Ctrl+D to stop)",
    },
}


def _replies(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _turn_lines(turn: dict[str, Any], lang: str) -> list[str]:
    w = WORDS[lang]
    names = principle_by_id()

    def name(pid: str) -> str:
        p = names.get(pid)
        return p.name(lang) if p else pid

    errors = [f for f in turn["findings"] if f["severity"] in ("error", "warning")]
    lines = []
    if errors:
        shown = sorted({name(f["principle"]) for f in errors})
        lines.append(f"  {w['fix']}{w['colon']}{', '.join(shown)}")
    if turn["followed"]:
        lines.append(
            f"  {w['good']}{w['colon']}{', '.join(sorted({name(f['principle']) for f in turn['followed']}))}"
        )
    sign = "+" if turn["delta"] >= 0 else ""
    lines.append(f"  {w['mood']}{w['colon']}{turn['mood']}/100 ({sign}{turn['delta']})")
    return lines


def _customer(persona: str, line: str, lang: str) -> str:
    return f"{persona}{WORDS[lang]['colon']}{_safe(line)}"


def _interactive(scenario_id: str, lang: str) -> int:
    sc = get_scenario(scenario_id)
    w = WORDS[lang]
    persona = sc.text(lang, "persona")
    out = sys.stdout
    out.write(f"{sc.text(lang, 'title')}\n{sc.text(lang, 'situation')}\n{w['prompt']}\n\n")
    out.write(
        f"{w['mood']}{w['colon']}{sc.mood}/100\n{_customer(persona, sc.nodes[sc.start].say[lang], lang)}\n"
    )
    replies: list[str] = []
    result = play(scenario_id, lang, replies)
    for raw in sys.stdin:
        if not raw.strip():
            continue
        replies.append(raw.strip())
        result = play(scenario_id, lang, replies)
        out.write("\n".join(_turn_lines(result["turns"][-1], lang)) + "\n\n")
        if result["ending"]:
            break
        out.write(_customer(persona, result["node"]["customer"], lang) + "\n")
        out.flush()
    ending = result["ending"]
    if ending:
        out.write(f"{_customer(persona, ending['customer'], lang)}\n\n")
        out.write(
            f"{w['ending']}{w['colon']}{w['kinds'][ending['kind']]}\n{w['debrief']}{w['colon']}{ending['debrief']}\n"
        )
    return 0


def run(scenario_id: str | None, lang: str, script: str | None, as_json: bool) -> int:
    if scenario_id is None:
        for sc in load_scenarios().values():
            sys.stdout.write(f"{sc.id}\t{sc.text(lang, 'title')}\n")
        return 0
    get_scenario(scenario_id)  # an unknown id is a usage error before any input is read
    if script is not None or as_json:
        result = play(scenario_id, lang, _replies(read_text(script)))
        sys.stdout.write(to_json(result) + "\n")
        return 0
    return _interactive(scenario_id, lang)
