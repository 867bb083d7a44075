"""The general rule packs (``exercises/rules/<lang>/*.toml``) and trainers' extra rule files.

A pack is a folder: one file per principle, each with ``[[rule]]`` tables, and word classes
(``[lexicon]``, see ``lexicon.py``) that any rule of the pack may name as ``{class}``.
``load_pack(lang)`` is cached; patterns compile on first use. ``parse_extra(source, file)``
reads a trainer's file (optional top-level ``lang``, ``[lexicon]`` additions, ``[[rule]]``)
strictly: every pattern is compiled, checked for catastrophic backtracking (statically, and
against attack texts in a child process under a time limit), and every example and
counterexample is run, so mistakes surface as one ``LoadError``.
"""

from __future__ import annotations

from functools import cache

from .lexicon import Lexicon, lexicon_problems, merge
from .loader import parse_rules
from .locale import language_choices, languages, untranslated
from .principles import load_principles
from .record import record
from .ruletypes import Rule
from .selftest import selftest
from .sources import (
    LoadError,
    Problem,
    display_name,
    key_line,
    list_package_dir,
    parse_toml,
    read_package_text,
)

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any

TOP_KEYS = ("rule", "lang", "lexicon")


def checked_map() -> dict[str, str]:
    return {p.id: p.checked for p in load_principles()}


@record(frozen=True)
class PackFile:
    name: str
    source: str
    data: dict[str, Any]


def _lex_line(source: str) -> Any:
    def line(name: str) -> int:
        return key_line(source, f"lexicon.{name}" if f"lexicon.{name}" in source else name)

    return line


@cache
def _pack_files(lang: str) -> tuple[tuple[PackFile, ...], tuple[Problem, ...]]:
    files, problems = _read_pack_files(lang)
    return tuple(files), tuple(problems)


def _read_pack_files(lang: str) -> tuple[list[PackFile], list[Problem]]:
    names = list_package_dir("rules", lang, suffix=".toml")
    if not names:
        message = untranslated(lang, "the rule pack is missing (one folder of TOML files)")
        return [], [Problem(display_name("rules", lang), 1, message, kind="untranslated")]
    files = []
    for file_name in names:
        name = display_name("rules", lang, file_name)
        source = read_package_text("rules", lang, file_name)
        files.append(PackFile(name, source, parse_toml(source, name)))
    return files, []


def pack_lexicon(lang: str) -> tuple[Lexicon, list[Problem]]:
    """The word classes of one pack, from every file of its folder."""
    lex, problems = _pack_lexicon(lang)
    return lex.copy(), list(problems)


@cache
def _pack_lexicon(lang: str) -> tuple[Lexicon, tuple[Problem, ...]]:
    files, _ = _pack_files(lang)
    problems: list[Problem] = []
    lex = Lexicon()
    for f in files:
        more, errors = lexicon_problems(f.data.get("lexicon"), lang, f.name, _lex_line(f.source))
        problems += [Problem(f.name, key_line(f.source, "lexicon"), e) for e in errors]
        for name in more.classes:
            if name in lex.classes:
                first = lex.where[name]
                where = f"{first[0]}:{first[1]}"
                problems.append(Problem(f.name, more.where[name][1],
                                        f"lexicon class {name!r} is defined already in {where}"))
        lex = merge(lex, more)
    return lex, tuple(problems)


def pack_problems(
    lang: str, strict: bool = False, extra_lexicon: Lexicon | None = None
) -> tuple[list[Rule], list[Problem]]:
    """Parse one general pack; returns rules and problems (a TOML error raises LoadError)."""
    files, found = _pack_files(lang)
    lex, problems = pack_lexicon(lang)
    problems = list(found) + problems
    if extra_lexicon is not None:
        lex = merge(lex, extra_lexicon)
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for f in files:
        problems += _top_level_problems(f.data, f.source, f.name, lang)
        found, more = parse_rules(
            f.data.get("rule", []), file=f.name, source=f.source, lang=lang, principles=checked_map(),
            strict=strict, lexicon=lex,
        )
        problems += more
        for rule in found:
            if rule.id in seen:
                message = f"duplicate rule id {rule.id!r} (also in {seen[rule.id]})"
                problems.append(Problem(f.name, rule.line, message))
            seen[rule.id] = f.name
        rules += found
    return rules, problems


def _top_level_problems(data: dict[str, Any], source: str, name: str, lang: str | None) -> list[Problem]:
    problems = []
    for key in data:
        if key not in TOP_KEYS:
            problems.append(Problem(name, key_line(source, key), f"unknown key {key!r}"))
    declared = data.get("lang")
    if declared is not None and (declared not in languages() or (lang is not None and declared != lang)):
        wanted = lang or language_choices()
        problems.append(Problem(name, key_line(source, "lang"), f"lang must be {wanted!r}"))
    return problems


@cache
def _pack(lang: str, extra_key: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> tuple[Rule, ...]:
    extra = Lexicon({name: list(alts) for name, alts in extra_key}) if extra_key else None
    rules, problems = pack_problems(lang, extra_lexicon=extra)
    if problems:
        raise LoadError(problems[0])
    return tuple(rules)


def load_pack(lang: str, extra_lexicon: Lexicon | None = None) -> list[Rule]:
    """The general rules of one language, in file order (with a trainer's lexicon additions)."""
    if lang not in languages():
        raise ValueError(f"unknown language {lang!r} ({language_choices()})")
    key = tuple(sorted((n, tuple(a)) for n, a in extra_lexicon.classes.items())) if extra_lexicon else ()
    return list(_pack(lang, key))


@record(frozen=True)
class Extra:
    """A trainer's extra file: its rules and its lexicon additions (for ``lang``, or both)."""

    rules: tuple[Rule, ...]
    lexicon: Lexicon
    lang: str | None

    def lexicon_for(self, lang: str) -> Lexicon | None:
        return self.lexicon if self.lexicon.classes and self.lang in (None, lang) else None


def extra_problems(source: str, file: str) -> tuple[list[Rule], list[Problem]]:
    """Parse a trainer's rule file strictly, including its rules' self-tests."""
    extra, problems = _extra(source, file)
    return list(extra.rules), problems


def _extra(source: str, file: str) -> tuple[Extra, list[Problem]]:
    data = parse_toml(source, file)
    problems = _top_level_problems(data, source, file, None)
    lang = data.get("lang") if data.get("lang") in languages() else None
    own, errors = lexicon_problems(data.get("lexicon"), lang, file, _lex_line(source))
    problems += [Problem(file, key_line(source, "lexicon"), e) for e in errors]
    rules: list[Rule] = []
    for rule_lang in ([lang] if lang else list(languages())):
        base, _ = pack_lexicon(rule_lang)
        lex = merge(base, own)
        found, more = parse_rules(
            data.get("rule", []), file=file, source=source, lang=lang, principles=checked_map(), strict=True,
            lexicon=lex, origin="extra",
        )
        for rule in found:
            if lang is None:
                rule.lang = rule_lang if _uses_lexicon(rule) else None
            if not any(r.id == rule.id and r.lang == rule.lang for r in rules):
                rules.append(rule)
        problems += [p for p in more if p not in problems]
    if own.classes:
        for name in own.classes:
            for rule_lang in ([lang] if lang else list(languages())):
                base, _ = pack_lexicon(rule_lang)
                if name not in base.classes:
                    problems.append(Problem(file, own.where[name][1],
                                            f"lexicon class {name!r} is not a class of the {rule_lang} pack"))
    from .regexcheck import pattern_problem
    from .regexprobe import slow_patterns

    entries = [alt for alts in own.classes.values() for alt in alts]
    for name, alts in own.classes.items():  # a class entry runs inside the pack's rules: check it too
        for alt in alts:
            problem = pattern_problem(alt)
            if problem:
                problems.append(Problem(file, own.where[name][1], f"lexicon class {name!r}: {problem}"))
    slow = slow_patterns(entries + [s for rule in rules for ps in rule.patterns() for s in ps.sources])
    for alt in entries:
        if alt in slow:
            problems.append(Problem(file, key_line(source, "lexicon"), f"lexicon entry {alt!r}: {slow[alt]}"))
    for rule in list(rules):
        messages = [slow[s] for ps in rule.patterns() for s in ps.sources if s in slow]
        if messages:  # never run a rule that can freeze the checker, not even its self-test
            problems.extend(Problem(file, rule.line, f"rule {rule.id!r}: {m}") for m in messages)
            rules.remove(rule)
            continue
        problems.extend(Problem(file, rule.line, message) for message in selftest(rule))
    return Extra(tuple(rules), own, lang), problems


def _uses_lexicon(rule: Rule) -> bool:
    return any("{" in t and "}" in t for ts in rule.templates.values() for t in ts)


_EXTRA_CACHE: dict[tuple[str, str], Extra] = {}


def load_extra(source: str, file: str = "extra rules") -> Extra:
    """A trainer's extra file (cached by text); raises LoadError on the first problem."""
    key = (file, source)
    if key not in _EXTRA_CACHE:
        extra, problems = _extra(source, file)
        if problems:
            raise LoadError(problems[0])
        if len(_EXTRA_CACHE) > 16:
            _EXTRA_CACHE.clear()
        _EXTRA_CACHE[key] = extra
    return _EXTRA_CACHE[key]


def parse_extra(source: str, file: str = "extra rules") -> list[Rule]:
    """A trainer's extra rules (cached by text); raises LoadError on the first problem."""
    return list(load_extra(source, file).rules)
