"""What every rule type shares: identity, messages, self-test texts, lazily compiled patterns."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..normalize import fold_pattern

Span = tuple[int, int]
_ESCAPE = re.compile(r"\\.")


def _flags(pattern: str) -> int:
    """The text is case-folded already; only a pattern with capitals needs IGNORECASE
    (which is much slower), e.g. a trainer's ``ACME``."""
    return re.IGNORECASE if any(c.isupper() for c in _ESCAPE.sub("", pattern)) else 0


class PatternSet:
    """A rule's regular expressions, compiled on first use (keeps loading fast)."""

    __slots__ = ("sources", "_compiled")

    def __init__(self, sources: list[str]) -> None:
        self.sources = tuple(sources)
        self._compiled: tuple[re.Pattern[str], ...] | None = None

    @property
    def compiled(self) -> tuple[re.Pattern[str], ...]:
        if self._compiled is None:
            self._compiled = tuple(re.compile(fold_pattern(p), _flags(p)) for p in self.sources)
        return self._compiled

    def __bool__(self) -> bool:
        return bool(self.sources)

    def spans(self, text: str) -> list[Span]:
        """Every non-empty match of every pattern, sorted, overlaps of one pattern kept apart."""
        found: list[Span] = []
        for pattern in self.compiled:
            found.extend(m.span() for m in pattern.finditer(text) if m.end() > m.start())
        found.sort()
        return found

    def first(self, text: str) -> Span | None:
        best: Span | None = None
        for pattern in self.compiled:
            m = pattern.search(text)
            while m is not None and m.end() == m.start():  # skip empty matches
                m = pattern.search(text, m.end() + 1) if m.end() < len(text) else None
            if m and (best is None or m.start() < best[0]):
                best = m.span()
        return best


def overlaps_window(spans: list[Span], span: Span, window: int) -> bool:
    """True when one of ``spans`` (sorted) overlaps ``window`` characters around ``span``."""
    lo, hi = span[0] - window, span[1] + window
    index = bisect_left(spans, (hi,))  # spans starting before hi
    return any(end > lo for _, end in spans[max(0, index - 64) : index])


@dataclass
class Outcome:
    """What one rule found: finding spans (None = a missing element) and a followed span."""

    findings: list[Span | None] = field(default_factory=list)
    followed: Span | None = None
    followed_ok: bool = False


@dataclass
class Rule:
    id: str
    principle: str
    severity: str
    message: str
    suggest: str | None = None
    lang: str | None = None  # None: both languages
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    file: str = ""
    line: int = 1

    type_name = "rule"

    def applies_to(self, lang: str) -> bool:
        return self.lang is None or self.lang == lang

    def patterns(self) -> list[PatternSet]:
        """All pattern sets (for compiling and linting)."""
        return []

    def run(self, text: str, lang: str) -> Outcome:  # pragma: no cover - overridden
        raise NotImplementedError


def unless_window(rule_window: int | None, lang: str) -> int:
    if rule_window is not None:
        return rule_window
    return 8 if lang == "zh" else 20
