"""Dynamic check of rule patterns: run each one against attack texts under a time limit.

The static checks of ``regexcheck`` catch the known shapes of catastrophic backtracking;
this catches the rest by trying. For every repeat in a pattern, the attack texts are: what
the pattern needs before the repeat, then the repeat's own body (each alternative, each
character its classes accept) pumped to ``ATTACK_LENGTH`` characters, then a tail that fails
(a group repeated a fixed number of times gets one turn too few, with pumped filler). A
pattern that needs more than ``BUDGET`` seconds of CPU for all its attack texts is reported;
a long pattern (a big word class expanded in place) gets a budget in proportion to its length
(``BUDGET`` per ``BUDGET_CHARS`` characters): its honest cost grows with its size, while a
catastrophic one blows up by orders of magnitude whatever its length.
CPU time, not the clock: on a loaded machine (a CI runner, tests in parallel) the clock runs
on while the child waits for a core, and an ordinary pattern must not fail there.

Python's ``re`` holds the GIL and cannot be interrupted, so the texts run in a child
process (``python -m exercises.regexprobe``) that reports each pattern when done; the parent
kills it when a pattern overruns and goes on in a fresh child with the next pattern. Under
Pyodide (``sys.platform == "emscripten"``) there are no processes: the dynamic check is
skipped and the static one still runs.
"""

from __future__ import annotations

import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from .regexcheck import FREEZES, char_test, compile_error
from .regexcheck import sre_constants as _c
from .regexcheck import sre_parser as _p

ATTACK_LENGTH = 1500  # characters: a long reply
BUDGET = 0.5  # CPU seconds per pattern for all its attack texts (ordinary patterns take < 5 ms)
BUDGET_CHARS = 1500  # a pattern longer than this gets BUDGET per BUDGET_CHARS characters
WALL = 4.0  # a busy machine gives the child less CPU: stopped after budget_for(…) × WALL seconds
STARTUP = 30.0  # seconds for the child to start
TAILS = ("\x00", "a")
MAX_ATTACKS = 24
_PREFERRED = "a 0中.,é"
_CACHE: dict[str, str | None] = {}


_CHAR_CACHE: dict[tuple[Any, str], str] = {}


def _char(op: Any, av: Any) -> str:
    if op is _c.LITERAL:
        return chr(av)
    if op not in _SINGLE:
        return ""
    key = (op, repr(av))
    if key not in _CHAR_CACHE:
        _CHAR_CACHE[key] = _pick(op, av)
    return _CHAR_CACHE[key]


def _pick(op: Any, av: Any) -> str:
    test = char_test(op, av)
    if test is None:
        return ""
    accepts, named = test
    for ch in (*named, *_PREFERRED, *(chr(c) for c in range(33, 127))):
        if accepts(ch):
            return ch
    return "a"


def _chars_in(items: Any) -> list[str]:
    """One accepted character for every single-character item inside ``items``."""
    out: list[str] = []
    for op, av in items:
        ch = _char(op, av)
        if ch:
            out.append(ch)
        elif op in _REPEATS:
            out += _chars_in(av[2])
        elif op is _c.SUBPATTERN:
            out += _chars_in(av[-1])
        elif op is _c.BRANCH:
            for branch in av[1]:
                out += _chars_in(branch)
    return out


def _sample(items: Any, choice: int = 0, rich: bool = False) -> str:
    """A short text ``items`` matches (lookarounds and back-references aside): alternative
    ``choice`` of each alternation, each repeat at its minimum (``rich``: at least once)."""
    out: list[str] = []
    for op, av in items:
        ch = _char(op, av)
        if ch:
            out.append(ch)
        elif op in _REPEATS:
            low, high, body = av
            turns = max(low, 1) if rich and high > 0 else low
            out.append(_sample(body, choice, rich) * min(turns, 50))
        elif op is _c.SUBPATTERN:
            out.append(_sample(av[-1], choice, rich))
        elif op is _c.BRANCH:
            branches = av[1]
            out.append(_sample(branches[choice % len(branches)], choice, rich))
    return "".join(out)


def _units(body: Any) -> list[str]:
    found = [_sample(body, choice, rich) for rich in (False, True) for choice in range(4)]
    found += _chars_in(body)
    return [u for u in dict.fromkeys(found) if u]


def _repeats_with_prefix(items: Any, prefix: str, found: list[tuple[str, Any]]) -> None:
    for op, av in items:
        if op in _REPEATS:
            low, high, body = av
            if high > 1 and (high != low or low >= 2):
                found.append((prefix, av))
            _repeats_with_prefix(body, prefix, found)
        elif op is _c.SUBPATTERN:
            _repeats_with_prefix(av[-1], prefix, found)
        elif op is _c.BRANCH:
            for branch in av[1]:
                _repeats_with_prefix(branch, prefix, found)
        prefix += _sample([(op, av)])


def attack_strings(pattern: str, length: int = ATTACK_LENGTH) -> list[str]:
    """Near-miss texts that make a backtracking pattern work hard (see the module docstring)."""
    if _p is None or _c is None:
        return []
    try:
        parsed = _p.parse(pattern)
    except re.error:
        return []
    repeats: list[tuple[str, Any]] = []
    _repeats_with_prefix(list(parsed), "", repeats)
    attacks: list[str] = []
    for prefix, (low, high, body) in repeats:
        units = _units(body)
        filler = "".join(_chars_in(body)[:1]) or "a"
        for unit in units:
            if high != low:
                pumped = unit * (length // len(unit) + 1)
            else:  # a fixed count: one turn too few, the turns padded with pumped filler
                pad = filler * (length // low)
                pumped = (pad + unit) * (low - 1) + pad
            attacks += [prefix + pumped[: max(length, len(unit))] + tail for tail in TAILS]
    return list(dict.fromkeys(attacks))[:MAX_ATTACKS]


def _compile(pattern: str) -> re.Pattern[str]:
    from .normalize import fold_pattern
    from .ruletypes.base import _flags  # as the engine compiles it (folding, flags)

    return re.compile(fold_pattern(pattern), _flags(pattern))


def _child() -> None:
    """Read a JSON list of patterns on stdin; print ``ready``, then each index when done with
    the CPU seconds it took."""
    patterns = json.loads(sys.stdin.read())
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    for index, pattern in enumerate(patterns):
        start = time.process_time()
        texts = attack_strings(pattern)
        if texts:
            compiled = _compile(pattern)
            for text in texts:
                compiled.search(text)
        out.write(f"{index} {time.process_time() - start:.4f}\n")
        out.flush()


def _message(pattern: str, budget: float) -> str:
    return (
        f"pattern {pattern!r} takes more than {budget:g} s on a generated near-miss text of "
        f"{ATTACK_LENGTH} characters ({FREEZES}); use bounded repeats such as "
        ".{0,20} and alternatives that cannot match the same text"
    )


def _start(patterns: list[str]) -> tuple[subprocess.Popen[str], queue.Queue[str | None]] | None:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "exercises.regexprobe"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
            encoding="utf-8",
        )
    except OSError:
        return None
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    try:
        assert proc.stdin is not None
        proc.stdin.write(json.dumps(patterns))
        proc.stdin.close()
    except OSError:
        pass
    try:
        ready = lines.get(timeout=STARTUP)
    except queue.Empty:
        ready = None
    if ready != "ready":
        _stop(proc)
        return None
    return proc, lines


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def budget_for(pattern: str, budget: float = BUDGET) -> float:
    """The CPU budget of one pattern: ``budget``, or more for a long one, in proportion to its length."""
    return max(budget, budget * len(pattern) / BUDGET_CHARS)


def slow_patterns(patterns: list[str], budget: float = BUDGET) -> dict[str, str]:
    """``{pattern: message}`` for every pattern that overruns ``budget`` on its attack texts.
    Patterns that do not compile are left to the static checks. Results are cached."""
    if sys.platform == "emscripten":
        return {}
    todo = []
    for p in dict.fromkeys(patterns):
        if p in _CACHE or compile_error(p):
            continue
        if not any(ch in p for ch in "*+{"):  # no repeat of more than one turn: nothing to pump
            _CACHE[p] = None
            continue
        todo.append(p)
    while todo:
        started = _start(todo)
        if started is None:  # no child process here: only the static checks apply
            break
        proc, lines = started
        done = 0
        try:
            for pattern in todo:
                allowed = budget_for(pattern, budget)
                try:
                    line = lines.get(timeout=allowed * WALL)
                except queue.Empty:
                    line = None
                index, _, cpu = (line or "").partition(" ")
                if index != str(done):  # overran the clock, or the child died on this pattern
                    _CACHE[pattern] = _message(pattern, allowed)
                    done += 1
                    break
                if float(cpu or 0) > allowed:
                    _CACHE[pattern] = _message(pattern, allowed)
                    done += 1
                    continue
                _CACHE[pattern] = None
                done += 1
        finally:
            _stop(proc)
        todo = todo[done:]
    return {p: m for p in patterns if (m := _CACHE.get(p))}


_REPEATS: tuple[Any, ...] = tuple(
    getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if _c and hasattr(_c, n)
)

_SINGLE: tuple[Any, ...] = (_c.NOT_LITERAL, _c.ANY, _c.IN) if _c else ()

if __name__ == "__main__":
    _child()
