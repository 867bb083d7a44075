"""``length``: ``min`` and/or ``max`` characters of the trimmed, normalised reply (no span).

Characters are counted after normalisation (white-space runs count as one, zero-width and
control characters not at all), so invisible padding cannot satisfy a minimum.
"""

from __future__ import annotations

from dataclasses import dataclass

from .base import Outcome, Rule

KEYS = {"min", "max"}
REQUIRED: set[str] = set()


@dataclass
class LengthRule(Rule):
    min: int | None = None
    max: int | None = None

    type_name = "length"

    def run(self, text: str, lang: str) -> Outcome:
        size = len(text.strip())
        if (self.min is not None and size < self.min) or (self.max is not None and size > self.max):
            return Outcome(findings=[None])
        return Outcome()


def build(common: dict, table: dict) -> LengthRule:
    if "min" not in table and "max" not in table:
        raise ValueError("a length rule needs min and/or max")
    return LengthRule(**common, min=table.get("min"), max=table.get("max"))
