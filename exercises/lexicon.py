"""Named word classes (lexicons) and the templates that use them.

A pack folder (``exercises/rules/<lang>/``) may define word classes in any of its files::

    [lexicon.party]                      # a class: plain phrases and/or regex fragments
    phrases = ["the courier", "the seller", "head office"]
    patterns = ['(delivery|shipping) (company|firm)']

    [lexicon]
    negator = ["not", "never", "won't"]  # shorthand: a list is a list of phrases

A rule's ``patterns`` (and ``unless``, ``first``, ``then``) name a class as ``{party}``; the
loader replaces it with ``(?:…)`` of every entry, longest first. A class may use other
classes. ``phrases`` (in a class or on a rule) are plain text: the loader escapes them,
adds word edges in English and accepts straight and curly apostrophes, so a trainer never
writes a regular expression to add "ACME Logistics".

A trainer's extra rule file may add entries to a class (``[lexicon.party] phrases =
["ACME Logistics"]``); every rule of the pack that names the class then knows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .record import field, record

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any

NAME = re.compile(r"(?<!\\)\{([a-z_][a-z0-9_-]*)\}")
_WORD = re.compile(r"[A-Za-z0-9_]")
_LEX_KEYS = {"phrases", "patterns", "note"}


def phrase_regex(phrase: str, lang: str | None) -> str:
    """A plain phrase as a regular expression (``{class}`` names kept)."""
    from .normalize import fold_accents

    # replies are read without accents ("Crédit" as "credit"), so a phrase is too
    text = fold_accents(" ".join(phrase.strip().split()))
    spaced = _spaced_words(lang)
    if spaced:
        text = text.casefold()
    pieces: list[str] = []
    pos = 0
    for m in NAME.finditer(text):
        pieces.append(_escape(text[pos : m.start()]))
        pieces.append(m.group(0))
        pos = m.end()
    pieces.append(_escape(text[pos:]))
    body = "".join(pieces)
    if not spaced or not text:
        return body
    # word edges in Latin script only: a Chinese character next to "ACME" is an edge too
    start = r"(?<![a-z0-9_])" if _WORD.match(text[0]) else ""
    end = r"(?![a-z0-9_])" if _WORD.match(text[-1]) else ""
    return f"{start}{body}{end}"


_START, _END = r"(?<![a-z0-9_])", r"(?![a-z0-9_])"


def _join(alts: list[str]) -> str:
    """``alts`` as one alternation. A run of neighbours that all start with the word-edge
    look-behind shares one, put in front of them (``(?<!…)(?:a|b)`` matches as ``(?<!…)a|(?<!…)b``,
    in the same order): a branch that starts with a letter is skipped at once where the
    letter isn't, one that starts with a look-behind is tried in full at every position."""
    out: list[str] = []
    index = 0
    while index < len(alts):
        run = index
        while run < len(alts) and alts[run].startswith(_START):
            run += 1
        if run - index < 2:
            out.append(alts[index])
            index += 1
            continue
        out.append(_START + "(?:" + "|".join(a[len(_START) :] for a in alts[index:run]) + ")")
        index = run
    return "|".join(out)


def _spaced_words(lang: str | None) -> bool:
    """Words separated by spaces (case folded, whole words); a rule of no language: yes."""
    if lang is None:
        return True
    from .locale import get_locale

    return bool(get_locale(lang).default("spaced_words"))


def _escape(text: str) -> str:
    out = re.escape(text).replace("\\ ", " ")
    return out.replace("'", "['’]").replace("’", "['’]").replace("['['’]]", "['’]")


@record
class Lexicon:
    """Word classes of one language: name → list of regex alternatives."""

    classes: dict[str, list[str]] = field(default_factory=dict)
    where: dict[str, tuple[str, int]] = field(default_factory=dict)  # name → (file, line)
    # name → the class expanded: a class is named by many rules (loading expanded each
    # one afresh every time); ``add`` empties it
    _expanded: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def copy(self) -> Lexicon:
        return Lexicon({k: list(v) for k, v in self.classes.items()}, dict(self.where))

    def add(self, name: str, alternatives: Iterable[str], file: str = "", line: int = 1) -> None:
        self._expanded.clear()
        self.classes.setdefault(name, [])
        for alt in alternatives:
            if alt not in self.classes[name]:
                self.classes[name].append(alt)
        self.where.setdefault(name, (file, line))

    def names(self, source: str) -> list[str]:
        return [m.group(1) for m in NAME.finditer(source)]

    def expand(self, source: str, _stack: tuple[str, ...] = ()) -> str:
        """``source`` with every ``{class}`` replaced; KeyError/ValueError name the problem."""

        def one(m: re.Match[str]) -> str:
            name = m.group(1)
            known = self._expanded.get(name)
            if known is not None:
                return known
            if name not in self.classes:
                raise KeyError(name)
            if name in _stack:
                raise ValueError(f"lexicon class {{{name}}} uses itself")
            alts = [self.expand(a, (*_stack, name)) for a in self.classes[name]]
            alts.sort(key=lambda a: (-len(a), a))
            self._expanded[name] = "(?:" + _join(alts) + ")"
            return self._expanded[name]

        return NAME.sub(one, source)

    def flat_entries(self, item: str, _stack: tuple[str, ...] = ()) -> list[str]:
        """``item`` as a list of entries: a class named alone (``{name}``) gives its entries (an
        entry that is a class named alone, that class's entries in turn); anything else is one
        entry, its classes expanded. KeyError/ValueError as ``expand``."""
        m = NAME.fullmatch(item)
        if m is None:
            return [self.expand(item)]
        name = m.group(1)
        if name not in self.classes:
            raise KeyError(name)
        if name in _stack:
            raise ValueError(f"lexicon class {{{name}}} uses itself")
        return [e for alt in self.classes[name] for e in self.flat_entries(alt, (*_stack, name))]

    def entries(self, name: str) -> list[str]:
        return list(self.classes.get(name, []))


# \1…\9 (not an escaped backslash before a digit)
_NUMBERED_BACKREF = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]")


def lexicon_problems(data: Any, lang: str | None, file: str, line_of: Any) -> tuple[Lexicon, list[str]]:
    """Read a ``[lexicon]`` table. Returns the classes and messages for what is wrong.

    ``line_of(name)`` gives the line of a class in the file (for messages and ``where``)."""
    lex = Lexicon()
    errors: list[str] = []
    if data is None:
        return lex, errors
    if not isinstance(data, Mapping):
        return lex, ["lexicon must be a table of word classes"]
    for name, value in data.items():
        if not re.fullmatch(r"[a-z_][a-z0-9_-]*", name):
            errors.append(f"lexicon class {name!r}: names are lower-case letters, digits, - and _")
            continue
        phrases: Any
        patterns: Any = []
        if isinstance(value, list):
            phrases = value
        elif isinstance(value, Mapping):
            unknown = sorted(set(value) - _LEX_KEYS)
            if unknown:
                errors.append(f"lexicon class {name!r}: unknown key {unknown[0]!r} (phrases, patterns, note)")
            phrases = value.get("phrases", [])
            patterns = value.get("patterns", [])
        else:
            errors.append(f"lexicon class {name!r} must be a list of phrases or a table")
            continue
        texts = [*phrases, *patterns]
        if not texts or not all(isinstance(p, str) and p.strip() for p in texts):
            errors.append(f"lexicon class {name!r}: phrases and patterns must be non-empty lists of text")
            continue
        backref = next((p for p in patterns if _NUMBERED_BACKREF.search(p)), None)
        if backref is not None:
            errors.append(f"lexicon class {name!r}: pattern {backref!r} uses a numbered backreference "
                          "(\\1…\\9); once the class is expanded inside a rule the number points at "
                          "another group")
            continue
        alts = [phrase_regex(p, lang) for p in phrases] + list(patterns)
        lex.add(name, alts, file, line_of(name))
    return lex, errors


def merge(base: Lexicon, more: Lexicon) -> Lexicon:
    out = base.copy()
    for name, alts in more.classes.items():
        file, line = more.where.get(name, ("", 1))
        out.add(name, alts, file, line)
    return out
