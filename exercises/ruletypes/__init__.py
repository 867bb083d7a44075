"""Rule types, one module each. ``TYPES`` maps a ``type`` value to its module.

Each module defines ``KEYS`` (type-specific keys), ``REQUIRED`` and ``build(common, table)``.
"""

from __future__ import annotations

from types import ModuleType

from . import forbid, length, order, require
from .base import Outcome, PatternSet, Rule, Span

TYPES: dict[str, ModuleType] = {
    "forbid": forbid,
    "require": require,
    "order": order,
    "length": length,
}

__all__ = ["TYPES", "Outcome", "PatternSet", "Rule", "Span"]
