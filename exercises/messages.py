"""Fixed texts the engine and the command line show, in both languages."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "empty": {
        "zh": "回复是空的。先回应客户，说清你理解的问题和接下来怎么做。",
        "en": "The reply is empty. Answer the customer: say what you understood and what happens next.",
    },
    "too-short": {
        "zh": "回复太短（{size} 字，至少 {bound} 字），说不清客户的问题和下一步。",
        "en": "The reply is too short ({size} characters, at least {bound})"
        " to say what you understood and what happens next.",
    },
    "near-empty": {
        "zh": "回复只有 {size} 个字，还不是一段回复。先回应客户，说清你理解的问题和接下来怎么做。",
        "en": "The reply has only {size} characters; that isn't a reply yet. Answer the customer:"
        " say what you understood and what happens next.",
    },
    "too-long": {
        "zh": "回复太长（{size} 字，最多 {bound} 字），客户要的答案被淹没了。",
        "en": "The reply is too long ({size} characters, at most {bound}); the answer gets buried.",
    },
    "exercise": {"zh": "练习", "en": "Exercise"},
    "general": {"zh": "通用规则", "en": "General rules"},
    "result": {"zh": "结果", "en": "Result"},
    "passed": {"zh": "通过", "en": "passed"},
    "failed": {"zh": "未通过", "en": "not passed"},
    "score": {"zh": "得分", "en": "Score"},
    "reply": {"zh": "回复（【】标出问题所在）", "en": "Reply (problems marked with [[ ]])"},
    "findings": {"zh": "需要改进", "en": "To improve"},
    "none": {"zh": "没有发现问题。", "en": "No problems found."},
    "missing": {"zh": "（缺少的内容）", "en": "(something missing)"},
    "suggest": {"zh": "可以这样说", "en": "Try"},
    "followed": {"zh": "做得好的地方", "en": "What you already do well"},
    "also": {"zh": "同一句话也违反了", "en": "The same words also break"},
    "pattern": {"zh": "触发的模式", "en": "Pattern that fired"},
    "phrase": {"zh": "（规则的 phrases 列表中的一个短语）", "en": "(a phrase from the rule's phrases list)"},
    "error": {"zh": "必须改", "en": "Must fix"},
    "warning": {"zh": "建议改", "en": "Worth fixing"},
    "info": {"zh": "可以考虑", "en": "Consider"},
    "chars": {"zh": "第 {start}–{end} 字", "en": "characters {start}–{end}"},
}


def text(key: str, lang: str, **values: object) -> str:
    template = TEXTS[key]["zh" if lang == "zh" else "en"]
    return template.format(**values) if values else template
