r"""Static checks of rule patterns: does it compile, can it backtrack catastrophically?

Python's ``re`` backtracks, so some shapes of pattern take exponential or high-polynomial
time on a near-miss, and nothing can interrupt a running match. ``lint`` and the strict
loading of a trainer's rules reject them (``backtracking_problem``):

- nested quantifiers: a repeated group that itself contains a variable repeat — ``(a+)+``,
  ``(a*)*``, ``(?:x.{0,3})+``, ``(?:a+){2,}``;
- a group repeated a fixed number of times around an unbounded repeat: ``(.*q){12}``;
- ambiguous alternation under a long repeat: ``(a|aa)+``, ``(a|[a-z])*`` — two alternatives
  can begin with the same character (for alternatives of plain literal text: the text can be
  split into alternatives in two ways, Sardinas–Patterson), so ``(ab|ac)+`` is fine;
- overlapping unbounded repeats in a row: ``.*.*``, ``.*=.*``, ``\d+\s*\d+`` — the
  first repeat can also take what lies between them and what the second one takes.

Bounded repeats (``.{0,20}``, ``[^.!?]{0,15}``) are never counted as unbounded. The dynamic
counterpart (attack strings under a time limit) is ``exercises/regexprobe.py``. CPython and
Pyodide both ship ``re._parser``; when it is missing these checks are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

TYPE_CHECKING = False  # typing is not imported at run time: it cost a command-line check 2 ms
if TYPE_CHECKING:
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


_REPEAT_NAMES = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_REPEATS: tuple[Any, ...] = tuple(getattr(_c, n) for n in _REPEAT_NAMES if hasattr(_c, n)) if _c else ()


def _repeats() -> tuple[Any, ...]:
    return _REPEATS


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


FREEZES = "catastrophic backtracking"  # in every message about a pattern that can freeze the checker
_LARGE = 10  # a repeat allowing more than this many turns counts as long
_PROBES = (
    "".join(chr(c) for c in range(32, 127))
    + "\u00e9\u00df\u4e2d\u6587\u3002\uff0c\uff01\uff1f\u2019\u2014\u00a3\u20ac"
)
_CATEGORY_RE: dict[Any, str] = {}
CharTest = Callable[[str], bool]


def _category_test(cat: Any) -> CharTest:
    if not _CATEGORY_RE:
        for name, expr in (
            ("CATEGORY_DIGIT", r"\d"),
            ("CATEGORY_NOT_DIGIT", r"\D"),
            ("CATEGORY_SPACE", r"\s"),
            ("CATEGORY_NOT_SPACE", r"\S"),
            ("CATEGORY_WORD", r"\w"),
            ("CATEGORY_NOT_WORD", r"\W"),
        ):
            if hasattr(_c, name):
                _CATEGORY_RE[getattr(_c, name)] = expr
    expr = _CATEGORY_RE.get(cat)
    if expr is None:
        return lambda ch: True
    compiled = re.compile(expr)
    return lambda ch: compiled.fullmatch(ch) is not None


def char_test(op: Any, av: Any) -> tuple[CharTest, list[str]] | None:
    """For an item that matches exactly one character: a membership test and the characters
    the item names (its literals and range ends); None for any other item."""
    if op is _c.LITERAL:
        return (lambda ch: ord(ch) == av), [chr(av)]
    if op is _c.NOT_LITERAL:
        return (lambda ch: ord(ch) != av), [chr(av)]
    if op is _c.ANY:
        return (lambda ch: ch != "\n"), []
    if op is not _c.IN:
        return None
    negate = False
    tests: list[CharTest] = []
    named: list[str] = []
    for kind, value in av:
        if kind is _c.NEGATE:
            negate = True
        elif kind is _c.LITERAL:
            tests.append(lambda ch, v=value: ord(ch) == v)
            named.append(chr(value))
        elif kind is _c.RANGE:
            lo, hi = value
            tests.append(lambda ch, lo=lo, hi=hi: lo <= ord(ch) <= hi)
            named += [chr(lo), chr(hi), chr(min(lo + 1, hi))]
        elif kind is _c.CATEGORY:
            tests.append(_category_test(value))
        else:  # e.g. a case-insensitive form: be generous
            tests.append(lambda ch: True)
    if negate:
        return (lambda ch: not any(t(ch) for t in tests)), named
    return (lambda ch: any(t(ch) for t in tests)), named


def _chars(items: Any) -> tuple[CharTest, list[str]] | None:
    """Union of every character any item inside ``items`` can take (None: nothing)."""
    found: list[tuple[CharTest, list[str]]] = []

    def visit(seq: Any) -> None:
        for op, av in seq:
            single = char_test(op, av)
            if single is not None:
                found.append(single)
            elif op in _repeats():
                visit(av[2])
            elif op not in (_c.ASSERT, _c.ASSERT_NOT):
                for sub in _nested_items(op, av):
                    visit(sub)

    visit(items)
    if not found:
        return None
    tests = [t for t, _ in found]
    return (lambda ch: any(t(ch) for t in tests)), [n for _, names in found for n in names]


def _intersect(a: tuple[CharTest, list[str]], b: tuple[CharTest, list[str]]) -> bool:
    for ch in (*a[1], *b[1], *_PROBES):
        if a[0](ch) and b[0](ch):
            return True
    return False


class _TwoWays(Exception):
    """One text can be matched in two ways."""


def _expand(items: Any, cap: int = 256) -> set[str] | None:
    """Every text ``items`` can match when that is a small finite set (literals, groups,
    alternations, small classes of literals, short repeats), else None. Raises ``_TwoWays``
    when two alternatives match the same text (``a[ab]|[ab]a`` both match ``aa``)."""
    texts = {""}
    for op, av in items:
        if op is _c.LITERAL:
            options: set[str] | None = {chr(av)}
        elif op is _c.IN and all(kind is _c.LITERAL for kind, _ in av) and len(av) <= 16:
            options = {chr(v) for _, v in av}
        elif op is _c.SUBPATTERN:
            options = _expand(av[-1], cap)
        elif op is _c.BRANCH:
            options = set()
            for branch in av[1]:
                more = _expand(branch, cap)
                if more is None:
                    return None
                if options & more:
                    raise _TwoWays
                options |= more
        elif op in _REPEATS and av[1] != _c.MAXREPEAT and av[1] <= 4:
            body = _expand(av[2], cap)
            if body is None:
                return None
            options, layer = set(), {""}
            for count in range(av[1] + 1):
                if count >= av[0]:
                    options |= layer
                layer = {a + b for a in layer for b in body}
                if len(layer) > cap:
                    return None
        else:
            return None
        if options is None:
            return None
        joined = {a + b for a in texts for b in options}
        if len(joined) < len(texts) * len(options):
            raise _TwoWays
        texts = joined
        if len(texts) > cap:
            return None
    return texts


def _uniquely_decodable(words: set[str]) -> bool:
    """Sardinas–Patterson: can every concatenation of ``words`` be split in one way only?"""
    code = set(words)
    if "" in code:
        return False

    def quotients(a: set[str], b: set[str]) -> set[str]:
        return {y[len(x) :] for x in a for y in b if y.startswith(x) and y != x}

    current = quotients(code, code)
    seen: set[frozenset[str]] = set()
    while current:
        if current & code or "" in current:
            return False
        key = frozenset(current)
        if key in seen:
            return True
        seen.add(key)
        current = quotients(code, current) | quotients(current, code)
    return True


def _ambiguous_body(body: Any) -> bool:
    """True when one turn of a repeat over ``body`` can be split into turns in two ways
    (``(a|aa)+``, which ``re`` parses as ``a(?:|a)``), or an alternation inside ``body`` has
    two alternatives that can begin with the same character (``(?:[a-z]x|a\\d)+``)."""
    try:
        texts = _expand(body)
    except _TwoWays:
        return True
    if texts is not None:
        return not _uniquely_decodable(texts)
    for op, av in _flatten(body):
        if op is _c.BRANCH:
            firsts = [_first_chars(b) for b in av[1] if b]
            for i, a in enumerate(firsts):
                for b in firsts[i + 1 :]:
                    if a is not None and b is not None and _intersect(a, b):
                        return True
    return False


def _first_chars(items: Any) -> tuple[CharTest, list[str]] | None:
    """The characters a match of ``items`` can begin with (None: unknown or empty)."""
    tests: list[tuple[CharTest, list[str]]] = []
    for op, av in items:
        single = char_test(op, av)
        if single is not None:
            tests.append(single)
            break
        if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
            continue
        if op in _repeats():
            inner = _first_chars(av[2])
            if inner is None:
                return None
            tests.append(inner)
            if av[0] > 0:
                break
            continue
        if op is _c.SUBPATTERN:
            inner = _first_chars(av[-1])
            if inner is None:
                return None
            tests.append(inner)
            break
        if op is _c.BRANCH:
            parts = [_first_chars(b) for b in av[1]]
            if any(p is None for p in parts):
                return None
            tests += [p for p in parts if p is not None]
            break
        return None
    if not tests:
        return None
    return (lambda ch: any(t(ch) for t, _ in tests)), [n for _, names in tests for n in names]


def _can_take_from(items: Any, chars: tuple[CharTest, list[str]]) -> bool:
    """True when ``items`` can match some text made only of ``chars`` (or nothing)."""
    for op, av in items:
        single = char_test(op, av)
        if single is not None:
            if not _intersect(single, chars):
                return False
        elif op in _repeats():
            if av[0] > 0 and not _can_take_from(av[2], chars):
                return False
        elif op is _c.SUBPATTERN:
            if not _can_take_from(av[-1], chars):
                return False
        elif op is _c.BRANCH:
            if not any(_can_take_from(b, chars) for b in av[1]):
                return False
        elif op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
            continue
        else:
            return False
    return True


def _flatten(items: Any) -> list[Any]:
    """``items`` with plain (not repeated) groups opened up."""
    out: list[Any] = []
    for op, av in items:
        if op is _c.SUBPATTERN:
            out += _flatten(av[-1])
        else:
            out.append((op, av))
    return out


def _overlapping_repeats(items: Any) -> bool:
    seq = _flatten(items)
    for i, (op, av) in enumerate(seq):
        if op not in _repeats() or av[1] != _c.MAXREPEAT:
            continue
        first = _chars(av[2])
        if first is None:
            continue
        for j in range(i + 1, len(seq)):
            op2, av2 = seq[j]
            if op2 in _repeats() and av2[1] == _c.MAXREPEAT:
                second = _chars(av2[2])
                if second is not None and _intersect(first, second):
                    return True
            if not _can_take_from([seq[j]], first):
                break
    return False


def _find_backtracking(items: Any) -> str | None:
    """What makes ``items`` backtrack catastrophically, or None."""
    for op, av in items:
        if op in _repeats():
            low, high, sub = av
            many = high == _c.MAXREPEAT or high > 1
            if many and high != low and _has_variable_repeat(sub):
                return "nests quantifiers (catastrophic backtracking); rewrite without (x+)+"
            if many and high == low and _has_unbounded_repeat(sub):
                return (
                    "repeats a group that holds an unbounded repeat, as in (.*q){12} "
                    "(catastrophic backtracking); bound the inner repeat or spell the group out"
                )
            if (high == _c.MAXREPEAT or high > _LARGE) and _ambiguous_body(sub):
                return (
                    "repeats an alternation whose alternatives can match the same text, as in "
                    "(a|aa)+ (catastrophic backtracking); make the alternatives exclusive or bound the repeat"
                )
            found = _find_backtracking(sub)
            if found:
                return found
        else:
            for s in _nested_items(op, av):
                found = _find_backtracking(s)
                if found:
                    return found
    if _overlapping_repeats(items):
        return (
            "has unbounded repeats in a row that can take the same text, as in .*.* or .*=.* "
            "(catastrophic backtracking); use bounded repeats such as .{0,20}"
        )
    return None


def _has_unbounded_repeat(items: Any) -> bool:
    for op, av in items:
        if op in _repeats():
            if av[1] == _c.MAXREPEAT or _has_unbounded_repeat(av[2]):
                return True
        elif any(_has_unbounded_repeat(s) for s in _nested_items(op, av)):
            return True
    return False


def backtracking_problem(pattern: str) -> str | None:
    """Why the pattern can backtrack catastrophically (a phrase), or None."""
    if _p is None or _c is None:
        return None
    try:
        parsed = _p.parse(pattern)
    except re.error:
        return None
    return _find_backtracking(list(parsed))


def pattern_problem(pattern: str) -> str | None:
    """One-line description of what is wrong with a pattern, or None."""
    if not isinstance(pattern, str) or not pattern:
        return "a pattern must be a non-empty string"
    error = compile_error(pattern)
    if error:
        return f"pattern {pattern!r} does not compile: {error}"
    if re.search(pattern, "") is not None:
        return f"pattern {pattern!r} matches empty text; it would match everywhere"
    problem = backtracking_problem(pattern)
    if problem:
        return f"pattern {pattern!r} {problem}"
    return None
