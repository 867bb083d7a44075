"""Normalising a reply before rules see it, keeping a way back to the original text.

Steps, per code point of the original text:

1. NFKC (full-width → half-width, ``ﬁ`` → ``fi``, ``㈠`` → ``(一)``), with a circled number
   read as a numbered item (``①`` → ``1.``, where NFKC alone gives ``1``); a base character and the
   combining marks after it are normalised together so ``e`` + U+0301 becomes ``é`` (at most
   ``MAX_MARKS`` marks per base, as in Unicode's stream-safe format, so that a flood of
   marks stays linear; further marks start a new segment);
2. case folding (``Calm`` → ``calm``, ``ß`` → ``ss``), and Latin letters lose their accents
   (``Zoë`` → ``zoe``, ``José`` → ``jose``: write patterns without them); ``cased`` keeps both;
3. traditional → simplified Chinese through ``exercises/data/t2s.txt`` (1:1 characters);
   curly apostrophes (``’`` ``‘`` ``ʼ``) become ``'``;
4. format and control characters (zero-width space, BOM, RTL marks, NUL …) are dropped;
   any run of white space (including newlines and U+3000) becomes one space;
5. a single half-width full stop right after a Chinese character becomes ``。`` (NFKC turns
   ``，！？`` into ``,!?`` but leaves ``。`` alone, so ``您好.`` and ``您好。`` would differ);
   an ellipsis ``...`` and a decimal point ``3.5`` stay as they are;
6. the placeholders of anonymised transcripts (JD.com's JDDC: ``[数字x]``, ``[金额x]``,
   ``[日期x]``, ``[时间x]``) read as the number, date or time they hide (``9``, ``9日``,
   ``9:00``), so "[数字x]小时内" is a time as "24小时内" is; a finding quotes the placeholder.
7. the shorthand of a reply typed on a phone reads as the words it stands for, whole words only
   (``u`` → ``you``, ``ur`` → ``your``, ``tmrw`` → ``tomorrow``, ``dont`` → ``don't``; see
   ``SHORTHAND``), so "ill call u tmrw" meets the same rules as "I'll call you tomorrow"; a
   finding quotes what the trainee typed. Not inside a word of any script (``小U`` stays).

``Normalized.starts[i]``/``ends[i]`` give, for normalised code point ``i``, the span of
original code points it came from, so a match ``[a, b)`` in the normalised text maps to
``original[starts[a]:ends[b - 1]]``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property

from .record import record
from .sources import read_package_text

_T2S: dict[int, str] | None = None
_CACHE: dict[str, tuple[str, bool]] = {}
MAX_MARKS = 30
_HAN = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))  # Chinese characters (code points)


# step 6: what an anonymised number, amount, date or time reads as
_PLACEHOLDERS = {"[数字x]": "9", "[金额x]": "9", "[日期x]": "9日", "[时间x]": "9:00"}


Mapped = tuple[list[str], list[int], list[int]]


def _placeholders(out: list[str], starts: list[int], ends: list[int]) -> Mapped:
    """``out`` with each placeholder replaced; every replacing character maps to the whole
    placeholder in the original."""
    text = "".join(out)
    if "x]" not in text:
        return out, starts, ends
    new_out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    index = 0
    while index < len(out):
        key = None
        if out[index] == "[":
            key = next((k for k in _PLACEHOLDERS if text.startswith(k, index)), None)
        if key is None:
            new_out.append(out[index])
            new_starts.append(starts[index])
            new_ends.append(ends[index])
            index += 1
            continue
        start, end = starts[index], ends[index + len(key) - 1]
        for c in _PLACEHOLDERS[key]:
            new_out.append(c)
            new_starts.append(start)
            new_ends.append(end)
        index += len(key)
    return new_out, new_starts, new_ends


# step 7: chat shorthand, whole words only (a word is not next to a letter or digit of any
# script, nor to an apostrophe, slash, ampersand or a full stop that goes on: "u.s.", "n/a")
SHORTHAND = {
    "u": "you", "ur": "your", "r": "are", "n": "and", "pls": "please", "plz": "please",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "2moro": "tomorrow", "2mrw": "tomorrow",
    # round 169: the usual misspellings ("I will try to update my band tommorrow")
    "tommorrow": "tomorrow", "tommorow": "tomorrow", "tomorow": "tomorrow", "tomarrow": "tomorrow",
    "thru": "through", "im": "i'm", "ive": "i've", "dont": "don't", "cant": "can't", "wont": "won't",
    "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't",
    "couldnt": "couldn't", "shouldnt": "shouldn't", "thats": "that's", "youre": "you're",
    "theyre": "they're", "whats": "what's", "intl": "international", "b4": "before", "coz": "because",
    "cos": "because", "cuz": "because", "bc": "because", "thx": "thanks", "thnx": "thanks",
    "tks": "thanks", "abt": "about", "msg": "message", "acct": "account", "appt": "appointment",
    "ppl": "people",
}
_SHORTHAND = re.compile(r"(?<![\w'/&.-])(" + "|".join(sorted(SHORTHAND, key=len, reverse=True))
                        + r")(?![\w'/&-])(?!\.\w)")


def _shorthand(out: list[str], starts: list[int], ends: list[int]) -> Mapped:
    """``out`` with each shorthand word spelt out; every character of the long form maps to the
    whole short word in the original."""
    text = "".join(out)
    found = list(_SHORTHAND.finditer(text))
    if not found:
        return out, starts, ends
    new_out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    index = 0
    for match in found:
        a, b = match.span()
        new_out.extend(out[index:a])
        new_starts.extend(starts[index:a])
        new_ends.extend(ends[index:a])
        start, end = starts[a], ends[b - 1]
        for c in SHORTHAND[match.group(1)]:
            new_out.append(c)
            new_starts.append(start)
            new_ends.append(end)
        index = b
    new_out.extend(out[index:])
    new_starts.extend(starts[index:])
    new_ends.extend(ends[index:])
    return new_out, new_starts, new_ends


def _cjk_full_stops(text: str) -> str:
    """``text`` with each single ``.`` right after a Chinese character made ``。`` (step 5).

    A loop over the full stops, not a pattern: a character class of these ranges took 1 ms
    to compile, at every start."""
    chars: list[str] | None = None
    at = text.find(".")
    while at >= 0:
        if at > 0 and text[at + 1 : at + 2] != "." and any(lo <= ord(text[at - 1]) <= hi for lo, hi in _HAN):
            chars = chars if chars is not None else list(text)
            chars[at] = "。"
        at = text.find(".", at + 1)
    return "".join(chars) if chars is not None else text


def t2s_table() -> dict[int, str]:
    """The traditional → simplified table as a ``str.translate`` mapping."""
    global _T2S
    if _T2S is None:
        table: dict[int, str] = {}
        for line in read_package_text("data", "t2s.txt").splitlines():
            if len(line) == 2 and not line.startswith("#"):
                table[ord(line[0])] = line[1]
        _T2S = table
    return _T2S


def guess_lang(text: str) -> str:
    """The language ``text`` is written in, from the locales' ``detect`` patterns."""
    from .locale import guess_lang as guess

    return guess(text)


def fold_pattern(pattern: str) -> str:
    """Fold traditional characters in a rule pattern, so patterns and text agree."""
    return pattern if pattern.isascii() else pattern.translate(t2s_table())  # ASCII: nothing to fold


# Apostrophes as phones and word processors type them ("don’t", "Iʼll"): rules see "'".
_APOSTROPHES = {0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x2032: "'"}


# Circled numbers (①, ❶, ➀, ➊) read as the numbered items they stand for: "1." (NFKC alone makes
# ① a bare "1", which reads as a quantity); ⑴ and ⒈ become "(1)" and "1." by NFKC itself.
_CIRCLED = {cp: f"{cp - first + 1}." for first, last in ((0x2460, 0x2473), (0x2776, 0x277F),
                                                          (0x2780, 0x2789), (0x278A, 0x2793))
            for cp in range(first, last + 1)}


def _latin_base() -> dict[int, str]:
    """Latin letters with accents → their base letter, one code point for one (``é`` → ``e``,
    ``ñ`` → ``n``, ``ŏ`` → ``o``), so "Zoë", "José" and "Siobhán" meet the same ``[a-z]`` as
    "Zoe"; letters that do not decompose (``ø``, ``æ``, ``ß`` after case folding) stay."""
    table: dict[int, str] = {}
    for cp in range(0x00C0, 0x0250):
        parts = unicodedata.normalize("NFD", chr(cp).casefold())
        if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha() and all(
                unicodedata.combining(c) for c in parts[1:]):
            table[cp] = parts[0]
    return table


_LATIN_BASE = _latin_base()


def fold_accents(text: str) -> str:
    """``text`` with Latin letters' accents removed, as replies are read ("Crédit" → "Credit")."""
    return text.translate(_LATIN_BASE)


def _fold(segment: str) -> str:
    text = unicodedata.normalize("NFKC", segment.translate(_CIRCLED)).casefold()
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():
        return text
    return text.translate(t2s_table()).translate(_APOSTROPHES).translate(_LATIN_BASE)


def _char_info(ch: str) -> tuple[str, bool]:
    """(folded form, is a combining mark) for one code point, cached."""
    info = _CACHE.get(ch)
    if info is None:
        category = unicodedata.category(ch)
        if ch.isspace():
            info = (" ", False)
        elif category in ("Cc", "Cf", "Cs", "Co", "Cn") and not ch.isspace():
            info = ("", False)
        else:
            folded = "".join(" " if c.isspace() else c for c in _fold(ch))
            info = (folded, unicodedata.combining(ch) != 0 or category in ("Mn", "Mc", "Me"))
        if len(_CACHE) < 50000:
            _CACHE[ch] = info
    return info


def _same_letter(original: str, folded: str) -> bool:
    """``folded`` is ``original`` in lower case, or without its accent ("É" and "é" give "e")."""
    lower = original.lower()
    return lower == folded or (len(lower) == 1 and _LATIN_BASE.get(ord(lower)) == folded)


@record(frozen=True)
class Normalized:
    """The normalised text and, per normalised code point, its original span."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    aligned: bool = False  # text[i] comes from original[i], for every i

    @cached_property
    def cased(self) -> str:
        """``text`` with the reply's capitals put back where one original character gave one
        folded character ("Priya" stays "Priya"); the same length as ``text``, so spans agree.
        A word spelt out from shorthand keeps its folded case ("N" gives "and", not "aNd")."""
        original, out = self.original, []
        if self.aligned:  # every character at its own index (see ``_one_for_one``)
            pairs = zip(original, self.text, strict=True)
            return "".join([o if o != t and _same_letter(o, t) else t for o, t in pairs])
        starts, last = self.starts, len(self.text) - 1
        for index, ch in enumerate(self.text):
            start = starts[index]
            if (self.ends[index] == start + 1 and ch != original[start] and _same_letter(original[start], ch)
                    and (index == 0 or starts[index - 1] != start)
                    and (index == last or starts[index + 1] != start)):
                ch = original[start]
            out.append(ch)
        return "".join(out)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` for normalised ``[start, end)``."""
        if not self.text:
            return (0, 0)
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return (pos, pos)
        return (self.starts[start], self.ends[end - 1])


def _one_for_one(original: str) -> str | None:
    """The fold of ``original`` when every character folds to exactly one character and no
    two spaces meet (most replies): a ``str.translate``, each character at its own index.
    None otherwise (the general path keeps the map)."""
    table: dict[int, str] = {}
    for ch in set(original):
        piece, combining = _CACHE.get(ch) or _char_info(ch)
        if combining or len(piece) != 1:
            return None
        table[ord(ch)] = piece
    folded = original.translate(table)
    return None if "  " in folded else folded


def normalize(original: str) -> Normalized:
    """Normalise ``original`` (see module docstring)."""
    folded = _one_for_one(original)
    if folded is not None:
        size = len(folded)
        mapped = _shorthand(*_placeholders(list(folded), list(range(size)), list(range(1, size + 1))))
        text = _cjk_full_stops("".join(mapped[0]))
        aligned = len(text) == size == len(original)
        return Normalized(original, text, tuple(mapped[1]), tuple(mapped[2]), aligned)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    add, add_start, add_end = out.append, starts.append, ends.append

    def add_piece(piece: str, start: int, end: int) -> None:
        for c in piece:
            if c == " " and out and out[-1] == " ":
                ends[-1] = end
                continue
            add(c)
            add_start(start)
            add_end(end)

    def refold_segment() -> None:
        """Replace the open segment's output by the fold of the base and all its marks."""
        del out[seg_out:], starts[seg_out:], ends[seg_out:]
        add_piece("".join(" " if c.isspace() else c for c in _fold("".join(seg))), seg_start, seg_end)

    cache_get = _CACHE.get
    seg: list[str] = []  # the open segment: a base character and the combining marks after it
    seg_start = seg_end = 0  # its original span
    seg_out = -1  # index in ``out`` where its output begins
    for index, ch in enumerate(original):
        piece, combining = cache_get(ch) or _char_info(ch)
        if combining and seg and len(seg) <= MAX_MARKS:
            seg.append(ch)  # folded once, when the segment closes
            seg_end = index + 1
            continue
        if not piece:
            continue
        if len(seg) > 1:
            refold_segment()
        if piece == " ":
            seg = []
            if out and out[-1] == " ":
                ends[-1] = index + 1
            else:
                add(" ")
                add_start(index)
                add_end(index + 1)
            continue
        seg, seg_start, seg_end, seg_out = [ch], index, index + 1, len(out)
        if len(piece) == 1:
            add(piece)
            add_start(index)
            add_end(index + 1)
        else:
            add_piece(piece, index, index + 1)
    if len(seg) > 1:
        refold_segment()
    out, starts, ends = _shorthand(*_placeholders(out, starts, ends))
    text = _cjk_full_stops("".join(out))  # one character for one: the map still holds
    return Normalized(original, text, tuple(starts), tuple(ends))
