"""The general rule packs (``exercises/rules/<lang>.toml``) and trainers' extra rule files.

``load_pack(lang)`` is cached; patterns compile on first use. ``parse_extra(source, file)``
reads a trainer's file (optional top-level ``lang``) strictly: every pattern is compiled,
checked for catastrophic backtracking (statically, and against attack texts in a child
process under a time limit), and every example and counterexample is run, so mistakes
surface as one ``LoadError``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .loader import LANGS, parse_rules
from .principles import load_principles
from .regexprobe import slow_patterns
from .ruletypes import Rule
from .selftest import selftest
from .sources import LoadError, Problem, display_name, key_line, parse_toml, read_package_text


def checked_map() -> dict[str, str]:
    return {p.id: p.checked for p in load_principles()}


def pack_problems(lang: str, strict: bool = False) -> tuple[list[Rule], list[Problem]]:
    """Parse one general pack; returns rules and problems (a TOML error raises LoadError)."""
    name = display_name("rules", f"{lang}.toml")
    try:
        source = read_package_text("rules", f"{lang}.toml")
    except (FileNotFoundError, OSError):
        return [], [Problem(name, 1, "rule pack is missing")]
    data = parse_toml(source, name)
    problems = _top_level_problems(data, source, name, lang)
    rules, more = parse_rules(
        data.get("rule", []), file=name, source=source, lang=lang, principles=checked_map(), strict=strict
    )
    return rules, problems + more


def _top_level_problems(data: dict[str, Any], source: str, name: str, lang: str | None) -> list[Problem]:
    problems = []
    for key in data:
        if key not in ("rule", "lang"):
            problems.append(Problem(name, key_line(source, key), f"unknown key {key!r}"))
    declared = data.get("lang")
    if declared is not None and (declared not in LANGS or (lang is not None and declared != lang)):
        problems.append(Problem(name, key_line(source, "lang"), f"lang must be {lang or 'zh or en'!r}"))
    return problems


@cache
def _pack(lang: str) -> tuple[Rule, ...]:
    rules, problems = pack_problems(lang)
    if problems:
        raise LoadError(problems[0])
    return tuple(rules)


def load_pack(lang: str) -> list[Rule]:
    """The general rules of one language, in file order."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (zh or en)")
    return list(_pack(lang))


def extra_problems(source: str, file: str) -> tuple[list[Rule], list[Problem]]:
    """Parse a trainer's rule file strictly, including its rules' self-tests."""
    data = parse_toml(source, file)
    problems = _top_level_problems(data, source, file, None)
    lang = data.get("lang") if data.get("lang") in LANGS else None
    rules, more = parse_rules(
        data.get("rule", []), file=file, source=source, lang=lang, principles=checked_map(), strict=True
    )
    problems += more
    slow = slow_patterns([s for rule in rules for ps in rule.patterns() for s in ps.sources])
    for rule in list(rules):
        messages = [slow[s] for ps in rule.patterns() for s in ps.sources if s in slow]
        if messages:  # never run a rule that can freeze the checker, not even its self-test
            problems.extend(Problem(file, rule.line, f"rule {rule.id!r}: {m}") for m in messages)
            rules.remove(rule)
            continue
        problems.extend(Problem(file, rule.line, message) for message in selftest(rule))
    return rules, problems


_EXTRA_CACHE: dict[tuple[str, str], tuple[Rule, ...]] = {}


def parse_extra(source: str, file: str = "extra rules") -> list[Rule]:
    """A trainer's extra rules (cached by text); raises LoadError on the first problem."""
    key = (file, source)
    if key not in _EXTRA_CACHE:
        rules, problems = extra_problems(source, file)
        if problems:
            raise LoadError(problems[0])
        if len(_EXTRA_CACHE) > 16:
            _EXTRA_CACHE.clear()
        _EXTRA_CACHE[key] = tuple(rules)
    return list(_EXTRA_CACHE[key])
