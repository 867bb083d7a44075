"""Reach: how far a pattern can look from where its match begins.

Every match of a pattern holds one of its required literals (``literals.py``), so on a long
reply a match can begin only a little before a place where such a literal stands: no further
back than the longest match the pattern can make. ``reach(folded)`` gives ``(width, far)``:
the longest match, and how many characters from the match's start the pattern may look at
(a look-ahead can look past the match's end; ``\\b`` and ``$`` look at the next character);
``None`` when either has no bound (``+``, ``*``, ``{2,}``, a back-reference) or the pattern
cannot be read.

The engine then searches a long reply only in windows around those literals, each search cut
off (``endpos``) where no match beginning in its window could still look
(``ruletypes/base.py``): the same matches, without scanning the whole reply for every pattern.
"""

from __future__ import annotations

import re
from functools import cache

from .regexcheck import sre_constants as _c
from .regexcheck import sre_parser as _p

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any



def _ops(*names: str) -> tuple[Any, ...]:
    return tuple(getattr(_c, n) for n in names if _c is not None and hasattr(_c, n))


_REPEATS = _ops("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_ONE_CHAR = _ops("LITERAL", "NOT_LITERAL", "ANY", "IN")
LONGEST = 400  # characters: a pattern whose match may be longer is searched whole


class _Unbounded(Exception):
    """The pattern can match or look arbitrarily far."""


def _item(op: Any, av: Any) -> tuple[int, int]:
    """(longest match, furthest character looked at, counted from the item's start)."""
    if op in _ONE_CHAR:
        return 1, 1
    if op is _c.AT:  # \b, $, \Z …: looks at the character here (and the one before)
        return 0, 1
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is _c.BRANCH:
        pairs = [_sequence(branch) for branch in av[1]]
        return max(w for w, _ in pairs), max(r for _, r in pairs)
    if op in _REPEATS:
        _low, high, sub = av
        if high >= _c.MAXREPEAT:
            raise _Unbounded
        if high == 0:
            return 0, 0
        width, far = _sequence(sub)
        return width * high, width * (high - 1) + far
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, sub = av
        width, far = _sequence(sub)
        if direction == 1:  # a look-ahead: looks ahead without moving
            return 0, far
        return 0, max(0, far - width)  # a look-behind starts ``width`` characters back
    if op is getattr(_c, "GROUPREF_EXISTS", None):
        _group, yes, no = av
        pairs = [_sequence(yes)] + ([_sequence(no)] if no else [])
        return max(w for w, _ in pairs), max(r for _, r in pairs)
    raise _Unbounded  # a back-reference, or anything this reading does not know


def _sequence(items: Any) -> tuple[int, int]:
    width = far = 0
    for op, av in items:
        w, r = _item(op, av)
        far = max(far, width + r)
        width += w
        if width > LONGEST or far > LONGEST:
            raise _Unbounded
    return width, max(far, width)


@cache
def reach(folded: str, flags: int = 0) -> tuple[int, int] | None:
    """(longest match, furthest character looked at from the match's start) of ``folded`` (a
    pattern as the engine compiles it), both at most ``LONGEST``; else None."""
    if _p is None:
        return None
    try:
        return _sequence(_p.parse(folded, flags))
    except (_Unbounded, re.error, RecursionError, TypeError, ValueError):
        return None
