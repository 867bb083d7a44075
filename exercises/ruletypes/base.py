"""What every rule type shares: identity, messages, self-test texts, lazily compiled patterns."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from ..literals import required_for
from ..normalize import Normalized, fold_pattern
from ..reach import reach
from ..record import field, record
from ..startchars import re_jumps, starts_for

Span = tuple[int, int]
_ESCAPE = re.compile(r"\\.")
LONG_TEXT = 2000  # characters; above this a pattern's screen is worth making
WINDOWED_TEXT = 2000  # characters; above this a pattern is searched only near its literals (``windows``)


def _flags(pattern: str) -> int:
    """The text is case-folded already; only a pattern with capitals needs IGNORECASE
    (which is much slower), e.g. a trainer's ``ACME``."""
    if pattern == pattern.lower():  # most patterns: no capital at all, not even in an escape
        return 0
    plain = _ESCAPE.sub("", pattern)
    return re.IGNORECASE if plain != plain.lower() else 0


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth before it) of each ``(``, ``)`` and ``|`` of ``source``
    outside character classes and escapes."""
    depth, index, in_class = 0, 0, False
    while index < len(source):
        c = source[index]
        if c == "\\":
            index += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            index += 1
            if source.startswith("^", index):
                index += 1
            if source.startswith("]", index):  # a "]" first in a class is a literal
                index += 1
            continue
        elif c in "()|":
            yield index, c, depth
            depth += 1 if c == "(" else -1 if c == ")" else 0
        index += 1


def top_level_branches(source: str) -> list[str]:
    """``source`` split at the ``|`` that are outside any group or character class; a
    pattern that is one non-capturing group (``(?:a|b)``, as the loader writes a rule's
    phrases) is split inside it."""
    if source.startswith("(?:") and source.endswith(")"):
        closing = next((i for i, c, depth in _structure(source) if c == ")" and depth == 1), None)
        if closing == len(source) - 1:
            source = source[3:-1]
    parts: list[str] = []
    start = 0
    for index, c, depth in _structure(source):
        if c == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
    parts.append(source[start:])
    return parts


SPLIT_MIN = 120  # characters: an alternation this long (a word class of many patterns) is split
_UNSPLITTABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)")  # numbered back-references, global flags


def split_branches(source: str) -> tuple[str, ...]:
    """The top-level branches of a long alternation, matched one by one (``_Compiled.parts``);
    ``()`` for a pattern matched whole. A word class of many patterns (``{own_commit}``) expands
    to one such alternation of thousands of characters: compiled whole it cost a short check
    up to 16 ms, while a reply holds the literals of only a few of its branches."""
    if len(source) < SPLIT_MIN or _UNSPLITTABLE.search(source):
        return ()
    branches = top_level_branches(source)
    if len(branches) < 3 or not all(branches):
        return ()
    return tuple(branches)


_LOOKAROUND = ("(?<!", "(?<=", "(?!", "(?=")


def _drop_leading_assertions(branch: str) -> str:
    """``branch`` without the ``\\b`` and look-arounds it opens with."""
    while True:
        if branch.startswith("\\b"):
            branch = branch[2:]
        elif branch.startswith(_LOOKAROUND):
            end = next((i for i, c, depth in _structure(branch) if c == ")" and depth == 1), None)
            if end is None:
                return branch
            branch = branch[end + 1 :]
        else:
            return branch


def _screen(source: str, flags: int) -> re.Pattern[str] | None:
    """A faster pattern that matches wherever ``source`` does, or None.

    A leading ``\\b`` or look-behind stops ``re`` from jumping to where the pattern's first
    characters occur, so it tries every position (slow on long replies, above all non-ASCII
    ones). Dropping a zero-width assertion only ever adds matches, so ``source`` with the
    assertions that open each top-level branch removed is a screen: the real pattern can only
    match where it does. Used only when the screen begins with literal text (``\\b[a-z]+``
    without its ``\\b`` would be slower, not faster)."""
    from ..regexcheck import sre_parser as _p

    branches = top_level_branches(source)
    screen = "|".join(_drop_leading_assertions(b) for b in branches)
    if _p is None or screen == "|".join(branches):
        return None
    try:
        if not re_jumps(_p.parse(screen, flags)):
            return None
        return re.compile(screen, flags)
    except re.error:
        return None


WORD_GROUP = "(?P<word>"  # the part of a match that ``not_words`` is about
_PLAIN = re.compile(r"(?:[^\\.^$*+?{}\[\]|()]|\\[^A-Za-z0-9])+")  # text a pattern matches as it is


def _plain_words(entry: str) -> list[str] | None:
    """The words of an entry that is a plain word or a group of them (``(?:Mon|Tue)``), else None."""
    parts = top_level_branches(entry)
    if not all(_PLAIN.fullmatch(part) for part in parts):
        return None
    return [_ESCAPE.sub(lambda m: m.group(0)[1], part) for part in parts]


class WordSet:
    """What a match's ``word`` group must not be (``require``'s ``word_not_in``): the entries
    of a word class. An entry that is a word, or a group of words ``(?:Mon|Tue)``, is looked
    up in a set; any other entry (``[A-Z][a-z]+ly``) is a pattern that must not match the
    whole word, compiled (all such entries together) only when a word is not in the set. A
    class of hundreds of words thus costs no regular expression, where the same class as a
    negative lookahead, ``(?!(?:{class})\\b)``, was compiled into every pattern naming it.
    Case-sensitive; folded like patterns (``fold_pattern``)."""

    __slots__ = ("words", "patterns", "_pattern")

    def __init__(self, entries: list[str]) -> None:
        words: set[str] = set()
        self.patterns: tuple[str, ...] = ()
        for entry in map(fold_pattern, entries):
            plain = _plain_words(entry)
            if plain is None:
                self.patterns += (entry,)
            else:
                words.update(plain)
        self.words = frozenset(words)
        self._pattern: re.Pattern[str] | None = None

    def __contains__(self, word: str) -> bool:
        if word in self.words:
            return True
        if not self.patterns:
            return False
        if self._pattern is None:
            self._pattern = re.compile("|".join(f"(?:{p})" for p in self.patterns))
        return self._pattern.fullmatch(word) is not None


# Which required literals a text holds, found once per text for every pattern: the literal
# test of each pattern (``PatternSet.candidates``) is then a set test in C instead of a scan
# of the text per literal. A pattern set's literals are registered the first time it is asked
# (``_register``); literals of up to four characters are looked up among the text's n-grams,
# longer ones are indexed by their first four characters, so the text's 4-grams pick the few
# worth a substring search.
_UNIVERSE: list[str] = []  # every registered literal, in order (append-only)
_KNOWN: set[str] = set()
_SHORT: set[str] = set()  # literals of one to four characters
_BY_HEAD: dict[str, list[str]] = {}  # first four characters -> longer literals


def _register(literals: set[str]) -> None:
    new = literals - _KNOWN
    _KNOWN.update(new)
    _UNIVERSE.extend(new)
    _SHORT.update(lit for lit in new if len(lit) <= 4)
    for lit in new:
        if len(lit) > 4:
            _BY_HEAD.setdefault(lit[:4], []).append(lit)


class _TextLiterals:
    """The registered literals one text holds (``found``), up to ``done`` of ``_UNIVERSE``."""

    __slots__ = ("text", "found", "done", "places", "counts", "windows")

    def __init__(self, text: str) -> None:
        self.text = text
        self.places: dict[str, list[int]] = {}  # literal -> where it stands (long texts only)
        self.counts: dict[str, int] = {}  # literal -> how often (``str.count``)
        self.windows: dict[tuple[tuple[tuple[str, ...], ...], int], list[Span] | None] = {}
        self.done = len(_UNIVERSE)
        found = _SHORT.intersection(text)
        for n in (2, 3):
            found.update(_SHORT.intersection([text[i : i + n] for i in range(len(text) - n + 1)]))
        fours = {text[i : i + 4] for i in range(len(text) - 3)}
        found.update(_SHORT.intersection(fours))
        for head in _BY_HEAD.keys() & fours:  # the last four characters too, before a substring search
            found.update(lit for lit in _BY_HEAD[head] if lit[-4:] in fours and lit in text)
        self.found = found

    def catch_up(self) -> set[str]:
        """``found``, after testing the literals registered since it was made."""
        if self.done < len(_UNIVERSE):
            text = self.text
            self.found.update(lit for lit in _UNIVERSE[self.done :] if lit in text)
            self.done = len(_UNIVERSE)
        return self.found


_TEXTS: dict[int, _TextLiterals] = {}  # by id(text): the few texts of the current check


def _entry(text: str) -> _TextLiterals:
    entry = _TEXTS.get(id(text))
    if entry is None or entry.text is not text:  # keeps a reference, so an id is never reused
        if len(_TEXTS) >= 16:
            _TEXTS.clear()
        entry = _TEXTS[id(text)] = _TextLiterals(text)
    return entry


def literals_in(text: str) -> set[str]:
    """The registered literals that occur in ``text``."""
    return _entry(text).catch_up()


def places_of(text: str, literal: str) -> list[int]:
    """Where ``literal`` begins in ``text`` (overlapping occurrences too), found once per text."""
    places = _entry(text).places
    found = places.get(literal)
    if found is None:
        found = []
        index = text.find(literal)
        while index >= 0:
            found.append(index)
            index = text.find(literal, index + 1)
        places[literal] = found
    return found


def windows(text: str, groups: tuple[tuple[str, ...], ...], width: int) -> list[Span] | None:
    """Where a match of at most ``width`` characters that holds a member of every group of
    ``groups`` can begin: (first, last) start positions, sorted and merged, around the places
    of the group that occurs least. None when those windows would cover much of the text.
    Worked out once per text for each (groups, width): many patterns share a word class."""
    entry = _entry(text)
    key = (groups, width)
    if key in entry.windows:
        return entry.windows[key]
    for group in groups:
        if not _KNOWN.issuperset(group):  # a pattern used on its own, not through a PatternSet
            _register(set(group))
    found = entry.catch_up()
    counts = entry.counts
    best: list[str] = []
    fewest = -1
    for group in groups:
        present = [literal for literal in group if literal in found]
        n = 0
        for literal in present:
            c = counts.get(literal)
            if c is None:
                c = counts[literal] = text.count(literal)
            n += c
        if fewest < 0 or n < fewest:
            best, fewest = present, n
    merged: list[Span] | None = None
    if fewest >= 0 and fewest * (width + 1) <= len(text) // 2:
        spans = sorted((max(0, place + len(literal) - width), place)
                       for literal in best for place in places_of(text, literal))
        merged = []
        for first, last in spans:
            if merged and first <= merged[-1][1] + 1:
                if last > merged[-1][1]:
                    merged[-1] = (merged[-1][0], last)
            else:
                merged.append((first, last))
    entry.windows[key] = merged
    return merged


# per pattern (source, flags, excluded words): the last text it was matched against, and its spans
_LAST_SPANS: dict[tuple[str, int, int], tuple[str, list[Span]]] = {}
# the same, when only the first span was asked for (``first_span_in``)
_LAST_FIRST: dict[tuple[str, int, int], tuple[str, Span | None]] = {}


def _next_match(pattern: re.Pattern[str], finder: re.Pattern[str] | None, text: str,
                pos: int, where: tuple[list[Span], int] | None = None) -> re.Match[str] | None:
    """The first match of ``pattern`` starting at ``pos`` or later, empty or not; with a ``finder``,
    tried only where it finds something (a match can begin nowhere else). With ``where``
    (windows of start positions, and how far a match looks from its start, ``reach``), searched
    only in those windows, each search cut off where a match starting in it stops looking: the
    text past that cannot change what matches there."""
    if where is not None:
        spans, far = where
        for index in range(max(bisect_left(spans, (pos,)) - 1, 0), len(spans)):
            first, last = spans[index]
            if last < pos:
                continue
            m = pattern.search(text, max(first, pos), last + far + 1)
            if m is not None and m.start() <= last:
                return m
        return None
    if finder is None:
        return pattern.search(text, pos)
    while True:
        hit = finder.search(text, pos)
        if hit is None:
            return None
        m = pattern.match(text, hit.start())
        if m is not None:
            return m
        pos = hit.start() + 1


class _Compiled:
    """One pattern, compiled on first use. ``finditer`` gives exactly ``re.finditer``'s
    non-empty matches (less those whose ``word`` group is in ``not_words``: after one, the
    search goes on from the next position, as when a negative lookahead fails there).
    Before compiling, a cheap test: when the pattern has required literal sets
    (``literals.required_all``) and the text holds no member of one, nothing can match.
    On long texts a screen (``starts``, else ``_screen``) skips stretches where the pattern
    cannot match."""

    __slots__ = ("source", "flags", "literals", "not_words", "_pattern", "_screen", "_starts", "_key",
                 "_parts", "_reach", "_where")

    def __init__(self, source: str, cased: bool = False, not_words: WordSet | None = None,
                 flags: int | None = None) -> None:
        self.source = source
        self.flags = flags if flags is not None else 0 if cased else _flags(source)
        self.not_words = not_words if not_words is not None and WORD_GROUP in source else None
        self.literals = required_for(source) if not self.flags else ()
        self._key = (source, self.flags, id(self.not_words))
        self._pattern: re.Pattern[str] | None = None
        self._screen: re.Pattern[str] | None | bool = False  # False: not made yet
        self._starts: re.Pattern[str] | None | bool = False
        self._parts: tuple[_Compiled, ...] | None | bool = False  # False: not looked at yet
        self._reach: tuple[int, int] | None | bool = False  # False: not worked out yet
        self._where: tuple[str, tuple[list[Span], int] | None] | None = None  # the last long text's

    def parts(self) -> tuple[_Compiled, ...] | None:
        """The branches this pattern is matched by, when it is a long alternation
        (``split_branches``), each with its own literal test and compiled only when a text
        passes it; None for a pattern matched whole."""
        if self._parts is False:
            branches = split_branches(self.source)
            self._parts = tuple(_Compiled(b, False, self.not_words, self.flags) for b in branches) or None
            if self._parts and not self.flags:
                every: set[str] = set()
                for part in self._parts:
                    for group in part.literals:
                        every.update(group)
                _register(every)
        return self._parts  # type: ignore[return-value]

    def warm(self) -> None:
        """Compile what matching this pattern will use (its branches, when it is split)."""
        parts = self.parts()
        for c in parts if parts else (self,):
            _ = c.pattern

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(fold_pattern(self.source), self.flags)
        return self._pattern

    def screen(self) -> re.Pattern[str] | None:
        if self._screen is False:
            self._screen = _screen(fold_pattern(self.source), self.flags)
        return self._screen  # type: ignore[return-value]

    def starts(self) -> re.Pattern[str] | None:
        """The start-character screen of a long text, when there is one (``startchars``)."""
        if self._starts is False:
            chars = "" if self.flags else starts_for(self.source, fold_pattern(self.source))
            # a start character where the whole pattern matches: re jumps from one such character
            # to the next and tries the pattern there (the look-ahead inside a one-character
            # look-behind), all in C; a hit's start is where a match starts
            self._starts = None
            if chars:
                first = "[" + "".join(map(re.escape, chars)) + "]"
                try:
                    self._starts = re.compile(first + "(?<=(?=" + fold_pattern(self.source) + ").)")
                except re.error:  # cannot happen for a pattern that compiles; then no screen
                    self._starts = None
        return self._starts  # type: ignore[return-value]

    def may_match(self, text: str) -> bool:
        """False when a required part (a set of literals) has no member in ``text``."""
        return all(any(lit in text for lit in group) for group in self.literals)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.may_match(text):
            yield from self._scan(text)

    def _scan(self, text: str) -> Iterator[re.Match[str]]:
        """``finditer`` without the literal test (done already). On a long text, with a finder
        (the start-character screen, else the look-around-free screen) the pattern is tried only
        where the finder finds something: a match can begin nowhere else."""
        parts = self.parts()
        if parts is not None:
            yield from self._scan_parts(parts, text)
            return
        finder = self._finder(text)
        where = self._windows(text)
        pattern = self.pattern
        pos = 0
        while True:
            m = _next_match(pattern, finder, text, pos, where)
            if m is None:
                return
            if m.end() == m.start():  # rare: let re decide what follows an empty match
                yield from (n for n in pattern.finditer(text, m.start()) if n.end() > n.start()
                            and not self._excluded(n))
                return
            if self._excluded(m):
                pos = m.start() + 1
                continue
            yield m
            pos = m.end()

    def _scan_parts(self, parts: tuple[_Compiled, ...], text: str) -> Iterator[re.Match[str]]:
        """``_scan`` of a split alternation: the matches the whole pattern would give. At each
        step the earliest match of any branch from the current position wins, and of branches
        matching at the same place the first, as ``re`` tries them; a branch whose literals the
        text lacks is never compiled or run."""
        if self.flags:
            live = list(parts)
        else:
            found = literals_in(text)
            live = [p for p in parts if all(not found.isdisjoint(group) for group in p.literals)]
        nexts: list[re.Match[str] | None | bool] = [False] * len(live)  # False: not searched yet
        pos = 0
        while True:
            best: re.Match[str] | None = None
            for index, part in enumerate(live):
                m = nexts[index]
                if m is False or (m is not None and m.start() < pos):  # type: ignore[union-attr]
                    m = nexts[index] = part._first_from(text, pos)
                if m is not None and (best is None or m.start() < best.start()):  # type: ignore[union-attr]
                    best = m  # type: ignore[assignment]
            if best is None:
                return
            if self._excluded(best):
                pos = best.start() + 1
                continue
            yield best
            pos = best.end()

    def _first_from(self, text: str, pos: int) -> re.Match[str] | None:
        """The first non-empty match starting at ``pos`` or later (a branch of ``_scan_parts``)."""
        pattern = self.pattern
        m = _next_match(pattern, self._finder(text), text, pos, self._windows(text))
        if m is not None and m.end() == m.start():
            return next((n for n in pattern.finditer(text, m.start()) if n.end() > n.start()), None)
        return m

    def _windows(self, text: str) -> tuple[list[Span], int] | None:
        """On a long text, where a match can begin (``windows``) and how far it looks from there
        (``reach``), when the pattern's literals and reach are known and the windows are few."""
        if len(text) <= WINDOWED_TEXT or not self.literals:
            return None
        last = self._where
        if last is not None and last[0] is text:
            return last[1]
        if self._reach is False:
            self._reach = reach(fold_pattern(self.source), self.flags)
        bounds = self._reach
        where = None
        if isinstance(bounds, tuple):
            spans = windows(text, self.literals, bounds[0])
            where = None if spans is None else (spans, bounds[1])
        self._where = (text, where)
        return where

    def _finder(self, text: str) -> re.Pattern[str] | None:
        """On a long text, what finds the places where a match can begin (the start-character screen,
        else the look-around-free screen); None on a short one."""
        return (self.starts() or self.screen()) if len(text) > LONG_TEXT else None

    def spans_in(self, text: str, screened: bool = False) -> list[Span]:
        """Every span ``finditer`` gives, remembered for the last text: the same pattern often
        stands in several rules (a word class such as ``{owning}`` in many ``unless_reply``
        keys), and each asks about the same reply. ``screened``: the literal test is passed."""
        key = self._key
        last = _LAST_SPANS.get(key)
        if last is not None and last[0] is text:  # the same reply within one check, not equal text
            return last[1]
        found = [m.span() for m in (self._scan(text) if screened else self.finditer(text))]
        _LAST_SPANS[key] = (text, found)
        return found

    def first_span_in(self, text: str, screened: bool = False) -> Span | None:
        """The first span ``spans_in`` would give, without scanning past it: a reply-level
        condition (``unless_reply``) only asks whether a pattern matches, and a long reply
        that does match usually does so early."""
        key = self._key
        last = _LAST_SPANS.get(key)
        if last is not None and last[0] is text:
            return last[1][0] if last[1] else None
        first = _LAST_FIRST.get(key)
        if first is not None and first[0] is text:
            return first[1]
        hit = next(self._scan(text) if screened else self.finditer(text), None)
        span = hit.span() if hit is not None else None
        _LAST_FIRST[key] = (text, span)
        return span

    def _excluded(self, m: re.Match[str]) -> bool:
        if self.not_words is None or "word" not in m.re.groupindex:
            return False
        word = m.group("word")
        return word is not None and word in self.not_words


class PatternSet:
    """A rule's regular expressions, each compiled on first use (keeps loading fast)."""

    __slots__ = ("sources", "cased", "not_words", "_compiled", "_registered")

    def __init__(self, sources: list[str], cased: bool = False, not_words: WordSet | None = None) -> None:
        self.sources = tuple(sources)
        self.cased = cased  # matched against the text with its capitals (require's cased_patterns)
        self.not_words = not_words  # what a pattern's ``word`` group must not be
        self._compiled: tuple[_Compiled, ...] | None = None
        self._registered = False  # its literals are in the index of ``literals_in``

    @property
    def compiled(self) -> tuple[_Compiled, ...]:
        if self._compiled is None:
            self._compiled = tuple(_Compiled(p, self.cased, self.not_words) for p in self.sources)
        return self._compiled

    def compile_all(self) -> None:
        """Compile every pattern now (lint, warm-up before a memory snapshot)."""
        for c in self.compiled:
            c.warm()

    def __bool__(self) -> bool:
        return bool(self.sources)

    def spans(self, text: str) -> list[Span]:
        """Every non-empty match of every pattern, sorted, overlaps of one pattern kept apart."""
        return [span for span, _ in self.tagged_spans(text)]

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that may match ``text``, in order: those whose every
        required literal set has a member among the text's literals (``literals_in``, found
        once per text). A set test per pattern, in C; no index is kept, as memory counts
        under Pyodide (a memory snapshot restores only into the memory a fresh start has)."""
        compiled = self.compiled
        if self.cased:  # a few name patterns, matched against the text with its capitals: the
            # literals of the folded text do not apply, and indexing this text's would cost more
            return [index for index, pattern in enumerate(compiled) if pattern.may_match(text)]
        if not self._registered:
            every: set[str] = set()
            for pattern in compiled:
                for group in pattern.literals:
                    every.update(group)
            _register(every)
            self._registered = True
        found = literals_in(text)
        out: list[int] = []
        for index, pattern in enumerate(compiled):
            for group in pattern.literals:
                if found.isdisjoint(group):
                    break
            else:
                out.append(index)
        return out

    def tagged_spans(self, text: str) -> list[tuple[Span, int]]:
        """Like ``spans``, each with the index of the pattern that matched."""
        found: list[tuple[Span, int]] = []
        compiled = self.compiled
        for index in self.candidates(text):
            found.extend((span, index) for span in compiled[index].spans_in(text, True))
        found.sort()
        return found

    def first(self, text: str) -> Span | None:
        """The earliest non-empty match of any pattern."""
        hit = self.first_tagged(text)
        return hit[0] if hit else None

    def first_tagged(self, text: str) -> tuple[Span, int] | None:
        best: tuple[Span, int] | None = None
        compiled = self.compiled
        for index in self.candidates(text):
            span = compiled[index].first_span_in(text, True)
            if span is not None and (best is None or span[0] < best[0][0]):
                best = (span, index)
        return best


def overlaps_window(spans: list[Span], span: Span, window: int) -> bool:
    """True when one of ``spans`` (sorted) overlaps ``window`` characters around ``span``."""
    lo, hi = span[0] - window, span[1] + window
    index = bisect_left(spans, (hi,))  # spans starting before hi
    return any(end > lo for _, end in spans[max(0, index - 64) : index])


@record
class Outcome:
    """What one rule found: finding spans (None = a missing element) and a followed span."""

    findings: list[Span | None] = field(default_factory=list)
    followed: Span | None = None
    sources: list[int] = field(default_factory=list)  # per finding: index of the pattern that fired
    followed_source: int | None = None


@record
class Rule:
    id: str
    principle: str
    severity: str
    message: str
    suggest: str | None = None
    lang: str | None = None  # None: both languages
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    also_breaks: tuple[str, ...] = ()  # other principles every finding of this rule breaks
    file: str = ""
    line: int = 1
    origin: str = "pack"  # pack | exercise | extra: the more specific wins when two report one phrase
    templates: dict[str, list[str]] = field(default_factory=dict)  # patterns as written, by key

    type_name = "rule"
    finding_key = "patterns"  # the key whose patterns a finding's span comes from

    def applies_to(self, lang: str) -> bool:
        return self.lang is None or self.lang == lang

    def applies(self, text: str, trained: bool) -> bool:
        """Whether a missing element is reported on ``text`` (see ``require``'s ``only_if``)."""
        return True

    def patterns(self) -> list[PatternSet]:
        """All pattern sets (for compiling and linting)."""
        return []

    def run(self, text: str, lang: str) -> Outcome:  # pragma: no cover - overridden
        raise NotImplementedError

    def run_on(self, norm: Normalized, lang: str) -> Outcome:
        """``run`` on a normalised reply (a rule that reads capitals overrides this)."""
        return self.run(norm.text, lang)


# a space between two Chinese characters is a pause typed in place of a comma
# ("宋女士 不好意思给您添堵了 不过…")
_CLAUSE_END = re.compile(r"[.!?;。!?;,:\n]|\s[-–—]\s|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


_MARKS: dict[str, tuple[list[int], list[int]]] = {}


def _clause_marks(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of every clause mark in ``text`` (cached for the last texts)."""
    marks = _MARKS.get(text)
    if marks is None:
        marks = _marks_of(text, ())
        if len(_MARKS) > 8:
            _MARKS.clear()
        _MARKS[text] = marks
    return marks


def _marks_of(text: str, breaks: Iterable[int]) -> tuple[list[int], list[int]]:
    found = {(m.start(), m.end()) for m in _CLAUSE_END.finditer(text) if not _decimal(text, m.start())}
    pairs = sorted(found | {(b, b + 1) for b in breaks})
    return [start for start, _ in pairs], [end for _, end in pairs]


def set_line_breaks(text: str, breaks: Iterable[int]) -> None:
    """Make the offsets ``breaks`` of the normalised ``text`` clause marks too: the reply had a line
    break there, which normalising turned into a space. A chat reply sent line by line ("sorry
    about the smell / the new driver skipped your road") is then read clause by clause, so an
    apology or a negation on one line does not reach into the next. Set at every check, so a
    text that comes back without the line breaks gets its own marks."""
    if len(_MARKS) > 8:
        _MARKS.clear()
    _MARKS[text] = _marks_of(text, breaks)


def clause_bounds(text: str, span: Span) -> Span:
    """The clause around ``span``: from after the last clause mark before it to the next one
    after it (full stops, commas, colons, semicolons, dashes, line breaks, a space between two Chinese
    characters; a decimal point such as ``3.5`` does not end a clause)."""
    starts, ends = _clause_marks(text)
    before = bisect_right(ends, span[0]) - 1  # the last mark that ends at or before the span
    while before >= 0 and starts[before] >= span[0]:
        before -= 1
    start = ends[before] if before >= 0 else 0
    after = bisect_left(starts, span[1])
    end = starts[after] if after < len(starts) else len(text)
    return start, end


def first_clause_mark(text: str, start: int, end: int) -> int | None:
    """Where the first clause mark inside ``text[start:end]`` is (not at ``start``), or None."""
    for m in _CLAUSE_END.finditer(text, start + 1, end):
        if not _decimal(text, m.start()):
            return m.start()
    return None


def _decimal(text: str, index: int) -> bool:
    if text[index] not in ".,:" or not 0 < index < len(text) - 1:
        return False
    return text[index - 1].isdigit() and text[index + 1].isdigit()


def in_clause(spans: list[Span], text: str, span: Span) -> bool:
    """True when one of ``spans`` starts inside the clause of ``span``."""
    lo, hi = clause_bounds(text, span)
    return any(lo <= s < hi for s, _ in spans)


def unless_window(rule_window: int | None, lang: str) -> int:
    if rule_window is not None:
        return rule_window
    from ..locale import get_locale

    return int(get_locale(lang).default("unless_window"))
