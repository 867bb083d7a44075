"""Rule types, one module each. ``TYPES`` maps a ``type`` value to its module.

Each module owns its keys: ``KEYS`` (key → ``Key``: patterns or a count, required or not),
``problems(table, strict)`` (what is wrong with them, cross-key checks included) and
``build(common, table)``. The loader checks only the keys every rule has.
"""

from __future__ import annotations

from types import ModuleType

from . import forbid, length, order, require
from .base import Outcome, PatternSet, Rule, Span
from .keys import PATTERNS, WORDS, Key

TYPES: dict[str, ModuleType] = {
    "forbid": forbid,
    "require": require,
    "order": order,
    "length": length,
}


def pattern_keys(module: ModuleType) -> list[str]:
    """The keys of a rule type that hold patterns (word classes are expanded in them)."""
    return [key for key, spec in module.KEYS.items() if spec.kind == PATTERNS]


def word_keys(module: ModuleType) -> list[str]:
    """The keys of a rule type that hold word lists (each class becomes its entries)."""
    return [key for key, spec in module.KEYS.items() if spec.kind == WORDS]


__all__ = ["TYPES", "Key", "Outcome", "PatternSet", "Rule", "Span", "pattern_keys", "word_keys"]
