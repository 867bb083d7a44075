"""Required literals: text that must occur wherever a pattern matches.

``required(source)`` reads a regular expression (without compiling it) and returns a tuple
of strings, one of which appears in every match, or ``()`` when it cannot tell. The engine
compiles and runs a pattern only when the reply contains one of its literals, so a check
compiles a few dozen of the pack's patterns instead of all of them.

The reading is deliberately simple and errs on the safe side: anything it does not
understand (a back-reference, a flag group, a character class, an optional part) gives no
literal for that part, never a wrong one.
"""

from __future__ import annotations

from functools import cache

from .sources import content_key, shipped_table

_QUANT = "?*+{"
_SPECIAL_ESCAPES = set("bBdDsSwWAZ0123456789")
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}


class _Scanner:
    def __init__(self, source: str) -> None:
        self.s = source
        self.i = 0

    def alternation(self) -> list[str] | None:
        """Required literal set of a ``|``-separated list up to ``)`` or the end."""
        branches: list[list[str] | None] = [self.sequence()]
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            branches.append(self.sequence())
        if any(b is None for b in branches):
            return None
        out: list[str] = []
        for b in branches:
            assert b is not None
            out += [x for x in b if x not in out]
        return out

    def sequence(self) -> list[str] | None:
        """The best required literal set of one branch (None: nothing required found)."""
        return self.sequence_sets()[0]

    def sequence_sets(self) -> tuple[list[str] | None, list[list[str]]]:
        """(the best required set of one branch, every required set found in it): a match
        holds a member of each."""
        best: list[str] | None = None
        every: list[list[str]] = []
        run = ""

        def consider(candidate: list[str] | None) -> None:
            nonlocal best
            if candidate and min(map(len, candidate)) >= 1:
                every.append(candidate)
                if best is None or _better(candidate, best):
                    best = candidate

        while self.i < len(self.s):
            c = self.s[self.i]
            if c in "|)":
                break
            atom, literal = self.atom()
            quantified = self._quantifier()
            if literal is not None and not quantified:
                run += literal
                continue
            if literal is not None and quantified in ("+", "{1"):  # one copy at least
                run += literal
            consider([run] if run else None)
            run = ""
            if not quantified or quantified in ("+", "{1"):
                consider(atom)
        consider([run] if run else None)
        return best, every

    def atom(self) -> tuple[list[str] | None, str | None]:
        """(required set of a group, or the literal character), advancing past the atom."""
        s, i = self.s, self.i
        c = s[i]
        if c == "\\":
            nxt = s[i + 1] if i + 1 < len(s) else ""
            self.i = i + 2
            if nxt in _HEX_DIGITS:  # \x27, \u201c, \U0001F600: the character they stand for
                end = i + 2 + _HEX_DIGITS[nxt]
                digits = s[i + 2:end]
                if len(digits) != _HEX_DIGITS[nxt] or not all(d in "0123456789abcdefABCDEF" for d in digits):
                    raise ValueError(f"bad escape at {i}")
                self.i = end
                char = chr(int(digits, 16))
                # outside ASCII the reply's text may hold another form (’ is read as '): no literal
                return None, (char if char.isascii() else None)
            if nxt == "N":  # \N{NAME}: skipped whole, no literal (reading on: an alternative after it
                # must still count, or its literal set would miss that alternative)
                close = s.find("}", i)
                if close < 0:
                    raise ValueError(f"bad escape at {i}")
                self.i = close + 1
                return None, None
            if nxt in _SPECIAL_ESCAPES or nxt in "nrtfv":
                return None, None
            return None, nxt
        if c == "[":
            j = i + 1
            if j < len(s) and s[j] == "^":
                j += 1
            if j < len(s) and s[j] == "]":
                j += 1
            while j < len(s) and s[j] != "]":
                j += 2 if s[j] == "\\" else 1
            self.i = j + 1
            return None, None
        if c == "(":
            self.i = i + 1
            look = False
            if s.startswith("?", self.i):
                if s.startswith("?:", self.i):
                    self.i += 2
                elif s.startswith(("?=", "?!"), self.i):
                    self.i += 2
                    look = True
                elif s.startswith(("?<=", "?<!"), self.i):
                    self.i += 3
                    look = True
                elif s.startswith("?P<", self.i):
                    self.i = s.index(">", self.i) + 1
                else:  # flags, comments, conditionals: give up on the whole pattern
                    self.i = len(s)
                    return None, None
            inner = self.alternation()
            if self.i < len(s) and s[self.i] == ")":
                self.i += 1
            return (None if look else inner), None
        if c in ".^$":
            self.i = i + 1
            return None, None
        self.i = i + 1
        return None, c

    def _quantifier(self) -> str:
        s = self.s
        if self.i >= len(s) or s[self.i] not in _QUANT:
            return ""
        c = s[self.i]
        if c == "{":
            j = s.find("}", self.i)
            if j < 0:
                return ""
            body = s[self.i + 1 : j]
            self.i = j + 1
            if self.i < len(s) and s[self.i] in "?+":
                self.i += 1
            low = body.split(",")[0].strip()
            return "{1" if low.isdigit() and int(low) >= 1 else "{0"
        self.i += 1
        if self.i < len(s) and s[self.i] in "?+":
            self.i += 1
        return c


def _better(a: list[str], b: list[str]) -> bool:
    """Prefer the set whose shortest literal is longer (rarer in text), then the smaller set."""
    return (min(map(len, a)), -len(a)) > (min(map(len, b)), -len(b))


def required(source: str) -> tuple[str, ...]:
    """Strings one of which occurs in every match of ``source`` (``()``: unknown)."""
    try:
        scanner = _Scanner(source)
        found = scanner.alternation()
        if scanner.i < len(source) or not found:
            return ()
    except (IndexError, ValueError):
        return ()
    literals = tuple(found)
    if any(len(x) < 2 and not ("\u3400" <= x <= "\u9fff") for x in literals):
        return ()  # a single ASCII letter occurs in nearly every reply: no use as a filter
    return literals


def _useful(literals: tuple[str, ...]) -> bool:
    """A single ASCII letter occurs in nearly every reply: no use as a filter."""
    return bool(literals) and all(len(x) >= 2 or "\u3400" <= x <= "\u9fff" for x in literals)


def required_all(source: str) -> tuple[tuple[str, ...], ...]:
    """Sets of strings such that every match of ``source`` holds a member of *each* set: for a
    pattern without a top-level ``|``, one set per required part ("您…没有…仔细" needs all
    three), else ``required``'s one set. ``()``: unknown. Together they filter far better
    than the rarest set alone (a set like {您, 你} is in most Chinese replies)."""
    try:
        scanner = _Scanner(source)
        _, every = scanner.sequence_sets()
        whole = scanner.i >= len(source)
    except (IndexError, ValueError):
        return ()
    if not whole:
        one = required(source)
        return (one,) if one else ()
    out: list[tuple[str, ...]] = []
    for found in every:
        literals = tuple(dict.fromkeys(found))
        if _useful(literals) and literals not in out:
            out.append(literals)
    return tuple(out)


CACHE_FILE = ("data", "literals.json")
# In the file a pattern's literal sets are one text: sets one a line, literals tab-separated
# (reading 18 000 short strings in nested lists took twice as long). The normalised text has
# no tab or line break, so a literal holding one can never be found: its set is left out.
_SET, _MEMBER = "\n", "\t"


def encode(groups: tuple[tuple[str, ...], ...]) -> str:
    """``required_all`` as one text for the shipped file (see ``decode``)."""
    kept = [g for g in groups if not any(_SET in lit or _MEMBER in lit for lit in g)]
    return _SET.join(_MEMBER.join(g) for g in kept)


def decode(value: str) -> tuple[tuple[str, ...], ...]:
    return tuple([tuple(g.split(_MEMBER)) for g in value.split(_SET)]) if value else ()


@cache
def shipped() -> dict[str, str]:
    """The literals of the shipped packs' patterns, worked out ahead (``exercises/tools/
    make_literals.py``): reading 1 800 patterns at every start-up costs more than the check.
    A pattern that is not in the file (a trainer's rule, an edited pack) is read on the spot."""
    return shipped_table(CACHE_FILE, "literals")


def required_for(source: str, folded: str | None = None) -> tuple[tuple[str, ...], ...]:
    """``required_all`` of a pattern as written (before folding), from the shipped table if there."""
    known = shipped().get(content_key(source))
    if isinstance(known, str):
        return decode(known)
    from .normalize import fold_pattern

    return required_all(folded if folded is not None else fold_pattern(source))
