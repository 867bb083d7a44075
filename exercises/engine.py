"""Running rules over one reply and turning what they find into the contract's result.

The text is normalised once; every rule runs on the normalised text; spans are mapped
back to the original code points, so ``excerpt == text[start:end]`` always holds.
Findings are sorted deterministically: those with a span by position, then those without
by principle order and rule id. Scoring follows FORMAT.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from .messages import text as ui_text
from .normalize import Normalized, normalize
from .principles import principle_ids
from .ruletypes import Rule

SCORE_COST = {"error": 30, "warning": 15, "info": 5}
EMPTY_RULE = "understand-need/empty"
SHORT_RULE = "understand-need/too-short"
LONG_RULE = "understand-need/too-long"


@dataclass(frozen=True)
class Finding:
    principle: str
    rule: str
    severity: str
    start: int | None
    end: int | None
    excerpt: str | None
    message: str
    suggest: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "principle": self.principle,
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggest": self.suggest,
        }


@dataclass(frozen=True)
class Followed:
    principle: str
    rule: str
    start: int
    end: int
    excerpt: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return {
            "principle": self.principle,
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
        }


@dataclass(frozen=True)
class Settings:
    """What an exercise changes: severities by principle, reply length bounds."""

    severity: tuple[tuple[str, str], ...] = ()
    length: tuple[int, int] | None = None


def _finding(norm: Normalized, rule: Rule, span: tuple[int, int] | None) -> Finding:
    if span is None:
        return Finding(rule.principle, rule.id, rule.severity, None, None, None, rule.message, rule.suggest)
    start, end = norm.span(*span)
    return Finding(
        rule.principle,
        rule.id,
        rule.severity,
        start,
        end,
        norm.original[start:end],
        rule.message,
        rule.suggest,
    )


def run(
    text: str, lang: str, rules: list[Rule], settings: Settings = Settings()
) -> tuple[list[Finding], list[Followed]]:
    """Findings and followed rules for ``text`` (sorted)."""
    norm = normalize(text)
    body = norm.text.strip()
    if not body:
        empty = Finding("understand-need", EMPTY_RULE, "error", None, None, None, ui_text("empty", lang))
        return [empty], []
    findings: list[Finding] = []
    followed: list[Followed] = []
    for rule in rules:
        outcome = rule.run(norm.text, lang)
        findings.extend(_finding(norm, rule, span) for span in outcome.findings)
        if outcome.followed_ok and outcome.followed is not None:
            start, end = norm.span(*outcome.followed)
            followed.append(Followed(rule.principle, rule.id, start, end, text[start:end], rule.message))
    overrides = dict(settings.severity)
    if overrides:
        findings = [
            Finding(
                f.principle,
                f.rule,
                overrides.get(f.principle, f.severity),
                f.start,
                f.end,
                f.excerpt,
                f.message,
                f.suggest,
            )
            for f in findings
        ]
    if settings.length is not None:
        low, high = settings.length
        size = len(body)
        if size < low:
            message = ui_text("too-short", lang, size=size, bound=low)
            findings.append(Finding("understand-need", SHORT_RULE, "warning", None, None, None, message))
        elif size > high:
            message = ui_text("too-long", lang, size=size, bound=high)
            findings.append(Finding("understand-need", LONG_RULE, "warning", None, None, None, message))
    return sort_findings(findings), sorted(followed, key=lambda f: (f.start, f.end, f.rule))


def sort_findings(findings: list[Finding]) -> list[Finding]:
    order = {pid: index for index, pid in enumerate(principle_ids())}

    def key(f: Finding) -> tuple[int, int, int, int, str]:
        if f.start is not None and f.end is not None:
            return (0, f.start, f.end, 0, f.rule)
        return (1, 0, 0, order.get(f.principle, len(order)), f.rule)

    return sorted(findings, key=key)


def score(findings: list[Finding]) -> int:
    return max(0, 100 - sum(SCORE_COST.get(f.severity, 0) for f in findings))


def passed(findings: list[Finding]) -> bool:
    return not any(f.severity == "error" for f in findings)
