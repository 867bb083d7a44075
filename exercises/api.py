"""The engine's Python API, used by the command line, the MkDocs hooks and the browser.

``check(text, lang, exercise=None, extra_rules=None) -> dict``
    Check one reply. ``lang`` is a language of ``locale.languages()`` ("zh", "en");
    ``exercise`` an id from the bank (None: the general rules at default severity);
    ``extra_rules`` the TOML *text* of a trainer's rule file. Returns the contract dict::

        {"exercise": str | None, "lang": str, "passed": bool, "score": int,
         "findings": [{"principle", "rule", "severity", "start", "end", "excerpt",
                       "message", "suggest"}],
         "followed": [{"principle", "rule", "start", "end", "excerpt", "message"}]}

    ``start``/``end`` are code-point offsets into ``text`` (``None`` for something
    missing) and ``excerpt == text[start:end]``. An empty or white-space-only reply gives
    one error finding ``understand-need/empty``.
    Raises ``ValueError`` for an unknown language, ``KeyError`` for an unknown exercise,
    ``exercises.sources.LoadError`` (a ValueError) for broken rule or exercise files.

``check_json(...) -> str``
    Exactly what ``python -m exercises check --json`` prints:
    ``json.dumps(check(...), ensure_ascii=False, indent=2)`` (lone surrogates escaped, so it is
    always valid UTF-8); byte-identical under CPython
    and Pyodide (no sets, no floats, deterministic order).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from . import engine
from .locale import language_choices, languages
from .packs import load_extra, load_pack
from .ruletypes import Rule

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any

    from .exercise_bank import Exercise


def rules_for(
    lang: str, exercise: str | None = None, extra_rules: str | None = None, extra_name: str = "extra rules"
) -> tuple[list[Rule], engine.Settings]:
    """The rules that run for a check, and the exercise's settings."""
    if lang not in languages():
        raise ValueError(f"unknown language {lang!r} ({language_choices()})")
    ex = None
    if exercise is not None:  # the bank is read only for an exercise (a general check starts faster)
        from .exercise_bank import get_exercise

        ex = get_exercise(exercise, lang)
    if extra_rules is None:
        return assemble(lang, ex, [])
    extra = load_extra(extra_rules, extra_name)
    return assemble(lang, ex, list(extra.rules), load_pack(lang, extra.lexicon_for(lang)))


def assemble(
    lang: str, ex: Exercise | None, extra: list[Rule], pack: list[Rule] | None = None
) -> tuple[list[Rule], engine.Settings]:
    """General pack (``pack``, default the shipped one) minus ``disable``, plus the
    exercise's and the extra rules (FORMAT.md). A later rule with the id of an earlier one
    takes its place: that is how a trainer retunes a pack rule without copying the pack."""
    rules = list(pack) if pack is not None else load_pack(lang)
    settings = engine.Settings()
    if ex is not None:
        disabled = set(ex.disable)
        rules = [r for r in rules if r.id not in disabled]
        rules = _layer(rules, ex.lang(lang).rules)
        settings = engine.Settings(
            tuple(sorted(ex.severity.items())),
            ex.length.get(lang),
            tuple(ex.principles),
            ex.lang(lang).suggest,
            ex.lang(lang).us,
        )
    rules = _layer(rules, [r for r in extra if r.applies_to(lang)])
    return rules, settings


def _layer(rules: list[Rule], over: Iterable[Rule]) -> list[Rule]:
    """``rules`` with ``over`` added; a rule of ``over`` replaces the one with the same id in place."""
    merged = {r.id: r for r in rules}
    for r in over:
        merged[r.id] = r  # a dict keeps the first insertion's position, so order stays stable
    return list(merged.values())


def check(
    text: str,
    lang: str,
    exercise: str | None = None,
    extra_rules: str | None = None,
    *,
    extra_name: str = "extra rules",
    explain: bool = False,
) -> dict[str, Any]:
    """Check one reply; see the module docstring."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    rules, settings = rules_for(lang, exercise, extra_rules, extra_name)
    findings, followed = engine.run(text, lang, rules, settings)
    return {
        "exercise": exercise,
        "lang": lang,
        "passed": engine.passed(findings),
        "score": engine.score(findings),
        "findings": [f.as_dict(explain) for f in findings],
        "followed": [f.as_dict(explain) for f in followed],
    }


def check_json(text: str, lang: str, exercise: str | None = None, extra_rules: str | None = None) -> str:
    """``check`` as the JSON text ``check --json`` prints."""
    return to_json(check(text, lang, exercise, extra_rules))


def class_report_json(
    files_json: str, lang: str = "zh", extra_rules: str | None = None, progress: Any = None
) -> str:
    """For the class report page (the worker): see ``classreport.class_report_json``."""
    from .classreport import class_report_json as report

    return report(files_json, lang, extra_rules, progress)


_SURROGATE = re.compile("[\ud800-\udfff]")


def to_json(result: dict[str, Any]) -> str:
    """Indented JSON, non-ASCII kept as is except lone surrogates (a Python ``str`` may hold
    them), which are escaped so the text is always valid UTF-8 and still loads back equal."""
    text = json.dumps(result, ensure_ascii=False, indent=2)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def roleplay_json(scenario: str, lang: str, replies_json: str) -> str:
    """The path a role-play takes for the replies (a JSON array), as JSON (``roleplay.play_json``);
    the browser's worker calls this, so it lives beside ``check_json``."""
    from .roleplay import play_json

    return play_json(scenario, lang, replies_json)
