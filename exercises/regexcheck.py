"""Static checks of rule patterns: does it compile, does it nest quantifiers?

A repeated group that itself contains a variable repeat — ``(a+)+``, ``(a*)*``, ``(a+)*``,
``(?:x.{0,3})+``, ``(?:a+){2,}`` — can take exponential time on a near-miss, so ``lint``
rejects it. Used by ``lint`` and when loading a trainer's extra rules (CPython and Pyodide
both ship ``re._parser``; when it is missing the check is skipped).
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - very old or unusual runtimes
    _p = None
    _c = None
sre_parser, sre_constants = _p, _c  # also used to speed up matching (ruletypes/base.py)


def compile_error(pattern: str) -> str | None:
    """The ``re`` error message for a pattern that does not compile, else None."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    return None


def _repeats() -> tuple[Any, ...]:
    names = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    return tuple(getattr(_c, n) for n in names if hasattr(_c, n))


def _has_variable_repeat(items: Any) -> bool:
    for op, av in items:
        if op in _repeats():
            low, high, sub = av
            if high != low:
                return True
            if _has_variable_repeat(sub):
                return True
        elif _nested_items(op, av) and any(_has_variable_repeat(s) for s in _nested_items(op, av)):
            return True
    return False


def _nested_items(op: Any, av: Any) -> list[Any]:
    if op is _c.SUBPATTERN:
        return [av[-1]]
    if op is _c.BRANCH:
        return list(av[1])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [av[1]]
    if hasattr(_c, "ATOMIC_GROUP") and op is _c.ATOMIC_GROUP:
        return [av]
    return []


def _find_nested(items: Any) -> bool:
    for op, av in items:
        if op in _repeats():
            low, high, sub = av
            if (high == _c.MAXREPEAT or high > 1) and high != low and _has_variable_repeat(sub):
                return True
            if _find_nested(sub):
                return True
        else:
            if any(_find_nested(s) for s in _nested_items(op, av)):
                return True
    return False


def nested_quantifier(pattern: str) -> bool:
    """True when the pattern repeats a group that itself contains a variable repeat."""
    if _p is None or _c is None:
        return False
    try:
        parsed = _p.parse(pattern)
    except re.error:
        return False
    return _find_nested(parsed)


def pattern_problem(pattern: str) -> str | None:
    """One-line description of what is wrong with a pattern, or None."""
    if not isinstance(pattern, str) or not pattern:
        return "a pattern must be a non-empty string"
    error = compile_error(pattern)
    if error:
        return f"pattern {pattern!r} does not compile: {error}"
    if re.search(pattern, "") is not None:
        return f"pattern {pattern!r} matches empty text; it would match everywhere"
    if nested_quantifier(pattern):
        return f"pattern {pattern!r} nests quantifiers (catastrophic backtracking); rewrite without (x+)+"
    return None
