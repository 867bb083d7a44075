"""``order``: the ``first`` element must come before the ``then`` element.

A finding when a ``then`` match comes before every ``first`` match, or when ``first``
never matches while ``then`` does (e.g. rules explained before any acknowledgement).
Span = the earliest ``then`` match. Nothing is reported when ``then`` never matches.
"""

from __future__ import annotations

from ..record import field, record
from .base import Outcome, PatternSet, Rule
from .keys import PATTERNS, Key, key_problems

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any

KEYS = {"first": Key(PATTERNS, required=True), "then": Key(PATTERNS, required=True)}


@record
class OrderRule(Rule):
    first: PatternSet = field(default_factory=lambda: PatternSet([]))
    then: PatternSet = field(default_factory=lambda: PatternSet([]))

    type_name = "order"
    finding_key = "then"

    def patterns(self) -> list[PatternSet]:
        return [self.first, self.then]

    def run(self, text: str, lang: str) -> Outcome:
        then_span = self.then.first(text)
        if then_span is None:
            return Outcome()
        first_span = self.first.first(text)
        if first_span is None or then_span[0] < first_span[0]:
            return Outcome(findings=[then_span])
        return Outcome()


def problems(table: dict[str, Any], strict: bool) -> list[str]:
    return key_problems(KEYS, table, strict)


def build(common: dict[str, Any], table: dict[str, Any]) -> OrderRule:
    return OrderRule(**common, first=PatternSet(table["first"]), then=PatternSet(table["then"]))
