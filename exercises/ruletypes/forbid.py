"""``forbid``: a finding for every match of any pattern, unless an exception applies.

Exceptions, all optional: ``unless`` matches within ``unless_window`` characters;
``unless_clause`` matches anywhere in the same clause (negation, a condition, reported
speech, an apology frame: "I won't ask you to calm down", 如果是我们的问题, 给您造成的不便);
``unless_reply`` matches anywhere in the reply (naming a cause is no blame when the reply
owns the fault: "this is our mistake"). ``only_if_reply``: the matches count only when one of
these also occurs somewhere in the reply (a plea for understanding is an excuse only where
the reply gives a reason: "due to high demand…"). ``unless_followed``: principle ids; the
engine drops this rule's findings when the reply is praised for one of them (a reply that only
explains reads as defending, unless it also apologises, acts or asks)."""

from __future__ import annotations

from ..record import field, record
from .base import Outcome, PatternSet, Rule, Span, in_clause, overlaps_window, unless_window
from .keys import MATCH_KEYS, PATTERNS, PRINCIPLES, Key, key_problems, match_fields

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any

KEYS = {**MATCH_KEYS, "unless_clause": Key(PATTERNS), "unless_reply": Key(PATTERNS),
        "only_if_reply": Key(PATTERNS), "unless_followed": Key(PRINCIPLES)}


@record
class ForbidRule(Rule):
    pattern_set: PatternSet = field(default_factory=lambda: PatternSet([]))
    unless: PatternSet = field(default_factory=lambda: PatternSet([]))
    window: int | None = None
    unless_clause: PatternSet = field(default_factory=lambda: PatternSet([]))
    unless_reply: PatternSet = field(default_factory=lambda: PatternSet([]))
    only_if_reply: PatternSet = field(default_factory=lambda: PatternSet([]))
    unless_followed: tuple[str, ...] = ()

    type_name = "forbid"

    def patterns(self) -> list[PatternSet]:
        return [self.pattern_set, self.unless, self.unless_clause, self.unless_reply, self.only_if_reply]

    def run(self, text: str, lang: str) -> Outcome:
        outcome = Outcome()
        matches = self.pattern_set.tagged_spans(text)
        if not matches or (self.unless_reply and self.unless_reply.first(text) is not None):
            return outcome
        if self.only_if_reply and self.only_if_reply.first(text) is None:
            return outcome
        window = unless_window(self.window, lang)
        excepted = self.unless.spans(text) if self.unless else []
        in_scope = self.unless_clause.spans(text) if self.unless_clause else []
        last_end = -1
        for span, index in matches:
            if span[0] < last_end:  # overlaps a match already reported
                continue
            if excepted and overlaps_window(excepted, span, window):
                continue
            if in_scope and in_clause(in_scope, text, span):
                continue
            outcome.findings.append(span)
            outcome.sources.append(index)
            last_end = span[1]
        return outcome


def problems(table: dict[str, Any], strict: bool) -> list[str]:
    return key_problems(KEYS, table, strict)


def build(common: dict[str, Any], table: dict[str, Any]) -> ForbidRule:
    return ForbidRule(
        **common,
        **match_fields(table),
        unless_clause=PatternSet(table.get("unless_clause", [])),
        unless_reply=PatternSet(table.get("unless_reply", [])),
        only_if_reply=PatternSet(table.get("only_if_reply", [])),
        unless_followed=tuple(table.get("unless_followed", ())),
    )


__all__ = ["ForbidRule", "build", "problems", "KEYS", "Span"]
