"""Role-play cards for class: each scenario as three cards for two or three people.

- the customer's card: who they are, what they want, their starting mood with a cue for
  each mood band, and every line they may say, with the branches that lead to the next one;
- the agent's card: the situation and the principles to aim for;
- the observer's checklist: the principles, one box per turn, the endings and their debriefs.

The same HTML is placed after each widget in the role-play chapter (shown only when printed
and in the whole-book editions, hooks/print_edition.py) and gathered into one page per
language, ``print/roleplay-cards/`` (printed to PDF by tools/make_pdf.py). Styles:
docs/assets/roleplay-cards.css.
"""

from __future__ import annotations

from html import escape
from typing import Any

from exercise_html import text_html

WORDS: dict[str, dict[str, Any]] = {
    "zh": {
        "customer": "客户卡",
        "agent": "客服卡",
        "observer": "观察员清单",
        "cards": "角色扮演卡",
        "start_mood": "开始时的心情",
        "cues": "心情和语气",
        "lines": "你的台词",
        "opening": "开场",
        "if": "如果客服",
        "then": "心情",
        "go": "接着说",
        "end": "通话结束",
        "aims": "这一场要练的原则",
        "principle": "原则",
        "turn": "第{n}回合",
        "ending": "结局",
        "debriefs": "结局与复盘（练完再看）",
        "kinds": {"resolved": "问题解决了", "lost": "客户走了", "escalated": "客户要求找上级"},
        "followed": "做到了{p}",
        "broke": "没做到或违反了{p}",
        "error": "明显违反了{p}",
        "failed": "说了不该说的话（推诿、争辩、禁忌语……）",
        "passed": "没有说不该说的话",
        "not": "不是这样：",
        "and": "，并且",
        "or": "或",
        "otherwise": "说了别的",
        "quote": "“{}”",
        "name": "「{}」",
        "colon": "：",
        "paren": "（{}）",
        "comma": "，",
        "agent_note": "客户先开口。每次回答一两句话，像真的打电话一样说出来。",
        "customer_note": "按客服的话选下一句台词；心情变化决定你的语气。",
        "observer_note": "每回合客服做到的打 ✓，违反的打 ✗；练完后一起读结局的复盘。",
        "intro": "三人一组：一人演客户，一人演客服，一人观察；每练完一场就轮换角色。没有第三人时，"
        "客户顺便做观察员。",
        "cues_table": [
            (0, 20, "快挂电话了：话很短，声音冷"),
            (21, 40, "很生气：打断对方，提高声音"),
            (41, 60, "将信将疑：还在听，但不客气"),
            (61, 80, "缓和下来：语气平了，开始配合"),
            (81, 100, "满意：客气，准备结束通话"),
        ],
    },
    "en": {
        "customer": "Customer’s card",
        "agent": "Agent’s card",
        "observer": "Observer’s checklist",
        "cards": "Role-play cards",
        "start_mood": "Starting mood",
        "cues": "Mood and tone",
        "lines": "Your lines",
        "opening": "Opening",
        "if": "If the agent",
        "then": "mood",
        "go": "next say",
        "end": "call ends",
        "aims": "Principles to practise",
        "principle": "Principle",
        "turn": "Turn {n}",
        "ending": "Ending",
        "debriefs": "Endings and debriefs (read after playing)",
        "kinds": {"resolved": "resolved", "lost": "customer lost", "escalated": "escalated"},
        "followed": "does {p}",
        "broke": "misses or breaks {p}",
        "error": "clearly breaks {p}",
        "failed": "says something that must not be said (blame, arguing, forbidden phrases…)",
        "passed": "says nothing that must not be said",
        "not": "not: ",
        "and": ", and ",
        "or": " or ",
        "otherwise": "says anything else",
        "quote": "“{}”",
        "name": "‘{}’",
        "colon": ": ",
        "paren": " ({})",
        "comma": ", ",
        "agent_note": "The customer speaks first. Answer in a sentence or two, out loud, as on a real call.",
        "customer_note": "Pick your next line from what the agent said; let the mood set your tone.",
        "observer_note": "Tick each principle the agent follows in a turn, cross the ones broken;"
        " afterwards, read the debrief of the ending together.",
        "intro": "Work in threes: one plays the customer, one the agent, one observes; swap roles after"
        " each scenario. In a pair, the customer also keeps the checklist.",
        "cues_table": [
            (0, 20, "About to hang up: short answers, cold voice"),
            (21, 40, "Angry: interrupts, raises their voice"),
            (41, 60, "Wary: still listening, but curt"),
            (61, 80, "Calming down: even tone, starting to cooperate"),
            (81, 100, "Satisfied: polite, ready to wrap up"),
        ],
    },
}


def _words(lang: str) -> dict[str, Any]:
    return WORDS.get(lang, WORDS["en"])


def condition_text(token: str, lang: str, names: dict[str, str]) -> str:
    """One ``when`` condition in words (``followed:a,b`` → does ‘A’ or ‘B’)."""
    w = _words(lang)
    if token.startswith("!"):
        return w["not"] + condition_text(token[1:], lang, names)
    if token in ("passed", "failed"):
        return str(w[token])
    kind, _, listed = token.partition(":")
    principles = w["or"].join(w["name"].format(names.get(p.strip(), p.strip())) for p in listed.split(","))
    return str(w[kind]).format(p=principles)


def mood_cue(mood: int, lang: str) -> str:
    return next(cue for low, high, cue in _words(lang)["cues_table"] if low <= mood <= high)


def _order(sc: Any) -> list[str]:
    """Node ids, breadth first from the start (the order a customer meets them)."""
    seen: list[str] = []
    todo = [sc.start]
    while todo:
        node = todo.pop(0)
        if node in seen or node not in sc.nodes:
            continue
        seen.append(node)
        todo += [t.goto for t in sc.nodes[node].on]
    return seen


def render_cards(sc: Any, lang: str, names: dict[str, str]) -> str:
    """The three cards of one scenario (HTML, everything escaped)."""
    w = _words(lang)
    colon = escape(w["colon"])

    def paren(text: str) -> str:
        return escape(w["paren"].format(text))

    title = escape(sc.text(lang, "title"))
    nodes = _order(sc)
    label = {node: (w["opening"] if i == 0 else chr(ord("A") + i - 1)) for i, node in enumerate(nodes)}
    sid = escape(sc.id, quote=True)

    lines = []
    for node in nodes:
        n = sc.nodes[node]
        branches = []
        for t in n.on:
            cond = w["and"].join(condition_text(c, lang, names) for c in t.when) or w["otherwise"]
            sign = f"+{t.mood}" if t.mood > 0 else str(t.mood)
            if t.goto in sc.endings:
                end = sc.endings[t.goto]
                target = (
                    f"{escape(w['end'])}{paren(w['kinds'][end.kind])}{colon}"
                    f"{escape(w['quote'].format(end.say[lang]))}"
                )
            else:
                target = f"{escape(w['go'])} <strong>{escape(label[t.goto])}</strong>"
            gap = "" if lang == "zh" else " "
            branches.append(
                f"<li>{escape(w['if'])}{gap}{escape(cond)} → "
                f"{escape(w['then'])} {sign}{escape(w['comma'])}{target}</li>"
            )
        lines.append(
            f'<li data-card-node="{escape(node, quote=True)}"><strong>{escape(label[node])}</strong> '
            f"{escape(w['quote'].format(n.say[lang]))}<ul>{''.join(branches)}</ul></li>"
        )
    cues = "".join(f"<li>{low}–{high}{colon}{escape(cue)}</li>" for low, high, cue in w["cues_table"])
    customer = (
        f'<div class="rp-card rp-card--customer" data-card="customer">'
        f"<h3>{escape(w['customer'])} · {title}</h3>"
        f"<p><strong>{escape(sc.text(lang, 'persona'))}</strong>{colon}"
        f"{text_html(sc.text(lang, 'brief'))}</p>"
        f"<p>{escape(w['start_mood'])}{colon}{sc.mood}/100{paren(mood_cue(sc.mood, lang))}</p>"
        f'<p class="rp-card__label">{escape(w["cues"])}</p><ul class="rp-card__cues">{cues}</ul>'
        f'<p class="rp-card__label">{escape(w["lines"])}</p><ol class="rp-card__lines">{"".join(lines)}</ol>'
        f'<p class="rp-card__note">{escape(w["customer_note"])}</p></div>'
    )
    aims = "".join(f"<li>{escape(names.get(p, p))}</li>" for p in sc.principles)
    agent = (
        f'<div class="rp-card rp-card--agent" data-card="agent"><h3>{escape(w["agent"])} · {title}</h3>'
        f"<p>{text_html(sc.text(lang, 'situation'))}</p>"
        f'<p class="rp-card__label">{escape(w["aims"])}</p><ul>{aims}</ul>'
        f'<p class="rp-card__note">{escape(w["agent_note"])}</p></div>'
    )
    turns = _depth(sc, sc.start)
    head = "".join(f"<th>{escape(w['turn'].format(n=i))}</th>" for i in range(1, turns + 1))
    rows = "".join(
        f"<tr><td>{escape(names.get(p, p))}</td>{'<td>☐</td>' * turns}</tr>" for p in sc.principles
    )
    endings = "".join(
        f"<li><strong>{escape(w['kinds'][e.kind])}</strong>{colon}{escape(e.debrief[lang])}</li>"
        for e in sc.endings.values()
    )
    observer = (
        '<div class="rp-card rp-card--observer" data-card="observer">'
        f"<h3>{escape(w['observer'])} · {title}</h3>"
        f'<table class="rp-card__checklist"><thead><tr><th>{escape(w["principle"])}</th>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        f"<p>{escape(w['ending'])}{colon}" + " ".join(f"☐ {escape(k)}" for k in w["kinds"].values()) + "</p>"
        f'<p class="rp-card__label">{escape(w["debriefs"])}</p><ul>{endings}</ul>'
        f'<p class="rp-card__note">{escape(w["observer_note"])}</p></div>'
    )
    return (
        f'<div class="rp-cards" data-roleplay-cards="{sid}" data-search-exclude>'
        f"{customer}{agent}{observer}</div>"
    )


def _depth(sc: Any, node: str) -> int:
    if node in sc.endings:
        return 0
    return 1 + max(_depth(sc, t.goto) for t in sc.nodes[node].on)


def cards_page(scenarios: list[Any], lang: str, names: dict[str, str], depth: str,
               html_lang: str = "") -> str:
    """One printable page with every scenario's cards (``print/roleplay-cards/``); ``html_lang``
    for an edition generated from ``lang`` (hooks/editions.py)."""
    w = _words(lang)
    html_lang = html_lang or ("zh-Hans" if lang == "zh" else lang)
    body = "".join(
        f'<section class="rp-scenario"><h2>{escape(sc.text(lang, "title"))}</h2>'
        f"{render_cards(sc, lang, names)}"
        "</section>"
        for sc in scenarios
    )
    return "\n".join(
        [
            "<!doctype html>",
            f'<html lang="{html_lang}"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(w['cards'])}</title>",
            f'<link rel="stylesheet" href="{depth}assets/roleplay-cards.css">',
            "</head>",
            f'<body class="rp-cards-page" data-lang="{lang}">',
            f"<h1>{escape(w['cards'])}</h1><p>{escape(w['intro'])}</p>",
            body,
            "</body></html>",
        ]
    )
