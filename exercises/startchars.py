"""Start characters: the characters a pattern's every match must begin with.

Python's ``re`` jumps from candidate to candidate only when a pattern plainly opens with a
literal, a class, or alternatives that each open with a literal. A pattern that opens with a
look-behind (``(?<!不)(是|属于)…``), a ``\\b``, an optional part (``(是|都是)?(快递公司|…)``)
or a group of groups is tried at every position of the reply, which is most of the time a long
reply costs. When every match must still begin with one of a few characters, the engine
searches a long reply with ``[chars](?<=(?=pattern).)``: a class ``re`` can jump with, and the
pattern tried only where one of those characters stands, all in C; each hit is where a match
starts (``ruletypes/base.py``). Same matches, found sooner.

``start_chars(source)`` gives those characters as one sorted text, or ``""`` when there is no
such screen: ``re`` jumps already, a match can begin anywhere (``.``, ``\\w``, a negated class,
a back-reference) or with nothing (an empty match), or with more than ``MOST_CHARS`` different
characters. The shipped packs' start characters are worked out ahead
(``exercises/tools/make_literals.py``, ``starts`` table).
"""

from __future__ import annotations

import re
from functools import cache

from .regexcheck import sre_constants as _c
from .regexcheck import sre_parser as _p

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MOST_CHARS = 80  # more start characters than this (most of the alphabet) and a screen gains little
_WIDEST_RANGE = 64  # a class range wider than this (a-z is 26) counts as "anything"


class _Open(Exception):
    """A match may begin with a character this reading cannot list."""


def _item(op: Any, av: Any) -> tuple[set[str], bool]:
    """(characters a match of this item can begin with, whether it can match nothing)."""
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _WIDEST_RANGE:
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY (\d, \w …), a wide range
                raise _Open
        return chars, False
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: the match begins after it
        return set(), True
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:  # a group with its own flags ((?i:…)): its case is not the text's
            raise _Open
        return _sequence(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is _c.BRANCH:
        chars, empty = set(), False
        for branch in av[1]:
            more, can_be_empty = _sequence(branch)
            chars |= more
            empty = empty or can_be_empty
        return chars, empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)):
        low, _high, sub = av
        chars, empty = _sequence(sub)
        return chars, empty or low == 0
    raise _Open  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, a conditional group …


def _sequence(items: Any) -> tuple[set[str], bool]:
    chars: set[str] = set()
    for op, av in items:
        more, can_be_empty = _item(op, av)
        chars |= more
        if not can_be_empty:
            return chars, False
    return chars, True


def re_jumps(items: Any) -> bool:
    """True when ``re`` itself finds the candidates: as ``re._compiler`` decides, after the
    groups a pattern opens with, a literal, a class, or alternatives that each open with a
    literal (``(a|bc)``; not ``((a)|b)`` nor ``([ab]c|d)``, which re tries at every position)."""
    while items:
        op, av = items[0]
        if op is not _c.SUBPATTERN:
            break
        items = av[-1]
    else:
        return False
    if op in (_c.LITERAL, _c.IN):
        return True
    if op is _c.BRANCH:
        return all(branch and branch[0][0] is _c.LITERAL for branch in av[1])
    return False


@cache
def start_chars(folded: str, flags: int = 0) -> str:
    """The characters every match of ``folded`` (a pattern as the engine compiles it) begins
    with, sorted, when a screen on them is worth it; else ``""``."""
    if _p is None or flags:  # IGNORECASE: the listed characters would miss the other case
        return ""
    try:
        parsed = _p.parse(folded, flags)
        chars, can_be_empty = _sequence(parsed)
    except (_Open, re.error, RecursionError):
        return ""
    if can_be_empty or not chars or re_jumps(parsed):
        return ""
    if len(chars) > MOST_CHARS:
        return ""
    return "".join(sorted(chars))


@cache
def _shipped() -> dict[str, str]:
    from .sources import shipped_table

    return shipped_table(CACHE_FILE, "starts")


CACHE_FILE = ("data", "literals.json")  # beside the required literals, by the same keys


def starts_for(source: str, folded: str) -> str:
    """``start_chars`` of a pattern as written (compiled without flags), from the shipped
    table when the pattern is a shipped one (one with no entry there has no useful screen)."""
    from .literals import shipped
    from .sources import content_key

    key = content_key(source)
    if key in shipped():
        return _shipped().get(key, "")
    return start_chars(folded)
