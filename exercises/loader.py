"""Turning ``[[rule]]`` tables (packs, exercises, trainers' files) into rule objects.

``parse_rules`` validates every key and value and returns the rules it could build plus
the problems it found. It checks the keys every rule has (id, principle, type, severity,
message, …); each rule type (``ruletypes``) checks its own. ``strict=True`` (lint, trainers'
extra files) also compiles every pattern and rejects nested quantifiers; packs shipped with
the handbook are checked that way by ``lint`` and the tests, and compiled lazily at check time.
"""

from __future__ import annotations

from types import ModuleType

from .lexicon import Lexicon, phrase_regex
from .ruletypes import TYPES, Rule, pattern_keys, word_keys
from .sources import Problem, key_line, source_lines

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any

COMMON_KEYS = {"id", "principle", "type", "severity", "message", "suggest", "examples", "counterexamples",
               "also_breaks"}
SEVERITIES = ("error", "warning", "info")


def id_line(source: str, rule_id: str, start_line: int = 1) -> int:
    """Best-effort line of ``id = "<rule_id>"`` at or after ``start_line``."""
    lines = source_lines(source)
    quoted = (f'"{rule_id}"', f"'{rule_id}'")
    for number in range(max(start_line, 1), len(lines) + 1):
        text = lines[number - 1].strip()
        if text.startswith("id") and any(q in text for q in quoted):
            return number
    return max(start_line, 1)


def _string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _type(table: dict[str, Any]) -> ModuleType | None:
    rule_type = table.get("type")
    return TYPES.get(rule_type) if isinstance(rule_type, str) else None


def expand_table(
    table: dict[str, Any], lexicon: Lexicon | None, lang: str | None
) -> tuple[dict[str, Any], list[str]]:
    """``table`` with ``phrases`` turned into patterns, every ``{class}`` expanded in the
    pattern keys of its type and turned into its entries in the word keys.

    The templates as written are kept under ``_templates`` (for ``--explain`` and ``lint``)."""
    out = dict(table)
    errors: list[str] = []
    phrases = out.pop("phrases", None)
    if phrases is not None:
        if not _string_list(phrases) or not phrases:
            return out, ["phrases must be a list of strings"]
        out["patterns"] = list(out.get("patterns", [])) + [phrase_regex(p, lang) for p in phrases]
    templates: dict[str, list[str]] = {}
    module = _type(out)
    lex = lexicon or Lexicon()
    words = word_keys(module) if module else []
    for key in (pattern_keys(module) if module else []) + words:
        value = out.get(key)
        if not _string_list(value):
            continue
        templates[key] = list(value)
        expanded: list[str] = []
        for source in value:
            try:
                if key in words:
                    expanded += lex.flat_entries(source)
                else:
                    expanded.append(lex.expand(source))
            except KeyError as exc:
                errors.append(f"{key}: no lexicon class {{{exc.args[0]}}} in {source!r}")
            except ValueError as exc:
                errors.append(f"{key}: {exc}")
        out[key] = expanded
    out["_templates"] = templates
    return out, errors


def _check_table(table: dict[str, Any], where: str, principles: dict[str, str], strict: bool) -> list[str]:
    """Messages for everything wrong with one rule table (empty when it is fine)."""
    errors: list[str] = []
    module = _type(table)
    if module is None:
        errors.append(f"{where}: unknown type {table.get('type')!r} ({', '.join(TYPES)})")
    rule_id = table.get("id")
    principle = table.get("principle")
    if not isinstance(principle, str) or principle not in principles:
        errors.append(f"{where}: unknown principle {principle!r}")
    elif principles[principle] == "no":
        errors.append(f"{where}: principle {principle!r} is not checked in replies")
    if isinstance(rule_id, str) and isinstance(principle, str) and not rule_id.startswith(principle + "/"):
        errors.append(f"{where}: id must be '<principle>/<slug>' starting with {principle + '/'!r}")
    if table.get("severity") not in SEVERITIES:
        errors.append(f"{where}: unknown severity {table.get('severity')!r} (error, warning, info)")
    if not isinstance(table.get("message"), str) or not table["message"].strip():
        errors.append(f"{where}: message is missing")
    if "suggest" in table and not isinstance(table["suggest"], str):
        errors.append(f"{where}: suggest must be a string")
    for key in ("examples", "counterexamples"):
        if key in table and not _string_list(table[key]):
            errors.append(f"{where}: {key} must be a list of strings")
    also = table.get("also_breaks", [])
    if not _string_list(also):
        errors.append(f"{where}: also_breaks must be a list of principle ids")
    else:
        for pid in also:
            if pid not in principles or principles[pid] == "no":
                errors.append(f"{where}: also_breaks: unknown or unchecked principle {pid!r}")
            elif pid == principle:
                errors.append(f"{where}: also_breaks repeats the rule's own principle {pid!r}")
    if module is not None:
        errors.extend(f"{where}: {message}" for message in module.problems(table, strict))
    return errors


def unknown_keys(table: dict[str, Any]) -> list[str]:
    """Keys of ``table`` that neither every rule nor its type has (of an unknown type: that no
    type has). ``phrases`` belongs to the types that have ``patterns``."""
    module = _type(table)
    modules = [module] if module is not None else list(TYPES.values())
    known = COMMON_KEYS.union(*(m.KEYS for m in modules))
    if "patterns" in known:
        known.add("phrases")
    return [key for key in table if key not in known]


def _table_start(source: str, line: int) -> int:
    """The line of the ``[[…rule]]`` header of the table whose id is on ``line``."""
    lines = source_lines(source)
    for number in range(min(line, len(lines)), 0, -1):
        if lines[number - 1].lstrip().startswith("[["):
            return number
    return 1


def parse_rules(
    tables: Any,
    *,
    file: str,
    source: str,
    lang: str | None,
    principles: dict[str, str],
    start_line: int = 1,
    strict: bool = False,
    lexicon: Lexicon | None = None,
    origin: str = "pack",
) -> tuple[list[Rule], list[Problem]]:
    """Build rules from a list of tables. ``principles`` maps principle id → ``checked``."""
    rules: list[Rule] = []
    problems: list[Problem] = []
    if not isinstance(tables, list):
        return rules, [Problem(file, start_line, "rules must be a list of [[rule]] tables")]
    seen: set[str] = set()
    search_from = start_line
    for index, table in enumerate(tables, start=1):
        if not isinstance(table, dict):
            problems.append(Problem(file, start_line, f"rule #{index} is not a table"))
            continue
        rule_id = table.get("id")
        if not isinstance(rule_id, str) or not rule_id:
            problems.append(Problem(file, search_from, f"rule #{index}: id is missing"))
            continue
        line = id_line(source, rule_id, search_from)
        search_from = line + 1
        where = f"rule {rule_id!r}"
        start = _table_start(source, line)
        unknown = [Problem(file, key_line(source, key, start), f"{where}: unknown key {key!r}")
                   for key in unknown_keys(table)]
        table, errors = expand_table(table, lexicon, lang)
        errors = [f"{where}: {e}" for e in errors]
        errors += _check_table(table, where, principles, strict)
        if rule_id in seen:
            errors.append(f"duplicate rule id {rule_id!r}")
        seen.add(rule_id)
        if errors or unknown:
            problems.extend(unknown)
            problems.extend(Problem(file, line, message) for message in errors)
            continue
        common = {
            "id": rule_id,
            "principle": table["principle"],
            "severity": table["severity"],
            "message": table["message"].strip(),
            "suggest": table.get("suggest"),
            "lang": lang,
            "examples": tuple(table.get("examples", ())),
            "counterexamples": tuple(table.get("counterexamples", ())),
            "also_breaks": tuple(table.get("also_breaks", ())),
            "file": file,
            "line": line,
            "origin": origin,
            "templates": table.get("_templates", {}),
        }
        rules.append(TYPES[table["type"]].build(common, table))
    return rules, problems
