"""``forbid``: a finding for every match of any pattern, unless an exception matches nearby."""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import Outcome, PatternSet, Rule, Span, overlaps_window, unless_window

KEYS = {"patterns", "unless", "unless_window"}
REQUIRED = {"patterns"}


@dataclass
class ForbidRule(Rule):
    pattern_set: PatternSet = field(default_factory=lambda: PatternSet([]))
    unless: PatternSet = field(default_factory=lambda: PatternSet([]))
    window: int | None = None

    type_name = "forbid"

    def patterns(self) -> list[PatternSet]:
        return [self.pattern_set, self.unless]

    def run(self, text: str, lang: str) -> Outcome:
        outcome = Outcome()
        window = unless_window(self.window, lang)
        excepted = self.unless.spans(text) if self.unless else []
        last_end = -1
        for span in self.pattern_set.spans(text):
            if span[0] < last_end:  # overlaps a match already reported
                continue
            if self.unless and overlaps_window(excepted, span, window):
                continue
            outcome.findings.append(span)
            last_end = span[1]
        return outcome


def build(common: dict, table: dict) -> ForbidRule:
    return ForbidRule(
        **common,
        pattern_set=PatternSet(table["patterns"]),
        unless=PatternSet(table.get("unless", [])),
        window=table.get("unless_window"),
    )


__all__ = ["ForbidRule", "build", "KEYS", "REQUIRED", "Span"]
