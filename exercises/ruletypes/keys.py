"""The keys a rule type reads from its ``[[rule]]`` table: each type declares its own
(``KEYS``) and checks them with ``key_problems``; the loader knows only the common keys."""

from __future__ import annotations

from ..record import record
from .base import PatternSet

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any


@record(frozen=True)
class Key:
    """One key a rule type reads from its ``[[rule]]`` table.

    ``kind``: ``"patterns"`` (a list of regular expressions; word classes are expanded and,
    in strict loading, each is checked for backtracking), ``"words"`` (a list of entries, each
    a word class ``{name}`` or a word: the loader turns each class into its entries, never
    into one regular expression; see ``base.WordSet``), ``"count"`` (a whole number ≥ 0) or
    ``"principles"`` (a list of principle ids of ``principles.toml``).
    A required pattern list must not be empty; an optional one may be."""

    kind: str
    required: bool = False


PATTERNS, WORDS, COUNT, PRINCIPLES = "patterns", "words", "count", "principles"
# What forbid and require share: the patterns and the exceptions next to a match.
MATCH_KEYS = {"patterns": Key(PATTERNS, required=True), "unless": Key(PATTERNS), "unless_window": Key(COUNT)}


def match_fields(table: dict[str, Any]) -> dict[str, Any]:
    """The fields built from ``MATCH_KEYS``."""
    return {"pattern_set": PatternSet(table["patterns"]), "unless": PatternSet(table.get("unless", [])),
            "window": table.get("unless_window")}


def key_problems(keys: dict[str, Key], table: dict[str, Any], strict: bool) -> list[str]:
    """Messages for the type's own keys of ``table`` (missing, or of the wrong kind)."""
    errors: list[str] = []
    for key, spec in keys.items():
        if key not in table:
            if spec.required:
                errors.append(f"{key} is missing")
            continue
        value = table[key]
        if spec.kind == WORDS:
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
                errors.append(f"{key} must be a list of word classes ({{name}}) or words")
        elif spec.kind == PATTERNS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or (
                    spec.required and not value):
                errors.append(f"{key} must be a list of strings")
            elif strict:
                from ..regexcheck import pattern_problem

                errors.extend(p for p in map(pattern_problem, value) if p)
        elif spec.kind == PRINCIPLES:
            from ..principles import principle_ids

            known = set(principle_ids())
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                errors.append(f"{key} must be a list of principle ids")
            else:
                errors.extend(f"{key}: unknown principle {v!r}" for v in value if v not in known)
        elif not isinstance(value, int) or isinstance(value, bool) or value < 0:
            errors.append(f"{key} must be a whole number ≥ 0")
    return errors
