"""``length``: ``min`` and/or ``max`` characters of the trimmed, normalised reply (no span).

Characters are counted after normalisation (white-space runs count as one, zero-width and
control characters not at all), so invisible padding cannot satisfy a minimum.
"""

from __future__ import annotations

from ..record import record
from .base import Outcome, Rule
from .keys import COUNT, Key, key_problems

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any

KEYS = {"min": Key(COUNT), "max": Key(COUNT)}


@record
class LengthRule(Rule):
    min: int | None = None
    max: int | None = None

    type_name = "length"

    def run(self, text: str, lang: str) -> Outcome:
        size = len(text.strip())
        if (self.min is not None and size < self.min) or (self.max is not None and size > self.max):
            return Outcome(findings=[None])
        return Outcome()


def problems(table: dict[str, Any], strict: bool) -> list[str]:
    errors = key_problems(KEYS, table, strict)
    low, high = table.get("min"), table.get("max")
    if low is None and high is None:
        errors.append("a length rule needs min and/or max")
    elif not errors and low is not None and high is not None and low > high:
        errors.append(f"min {low} is more than max {high}; every reply would be flagged")
    return errors


def build(common: dict[str, Any], table: dict[str, Any]) -> LengthRule:
    return LengthRule(**common, min=table.get("min"), max=table.get("max"))
