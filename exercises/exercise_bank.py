"""The exercise bank: ``exercises/bank/<id>.toml``, every language in one file (FORMAT.md).

API::

    from exercises.exercise_bank import load_bank
    bank = load_bank()                       # dict id -> Exercise, sorted by (order, id)
    ex = bank["dividend-date"]
    ex.id, ex.case, ex.principles, ex.order  # shared data
    ex.severity, ex.disable, ex.length        # engine settings
    data = ex.lang("zh")                      # LangData
    data.title, data.situation, data.customer, data.bad_reply, data.task
    data.hints, data.model_answers            # tuples of str
    data.known_bad                            # tuple of KnownBad(text, flags)
    data.rules                                # the exercise's own rules for that language

``bank_problems(strict)`` returns the exercises it could read and every problem found
(used by ``lint``); ``load_bank`` raises ``LoadError`` on the first problem.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .loader import SEVERITIES, parse_rules
from .locale import language_choices, languages, untranslated
from .packs import pack_lexicon
from .principles import load_principles
from .record import field, record
from .ruletypes import Rule
from .sources import (
    LoadError,
    Problem,
    display_name,
    find_line,
    key_line,
    list_package_dir,
    parse_package_files,
    parse_toml,
    read_package_text,
    source_lines,
)

SHARED_KEYS = {"id", "case", "principles", "order", "severity", "disable", "length"}  # + one per language
LANG_KEYS = {
    "title",
    "situation",
    "customer",
    "bad_reply",
    "task",
    "hints",
    "model_answers",
    "known_bad",
    "rule",
    "suggest",
    "us",
}
TEXT_KEYS = ("title", "situation", "customer", "bad_reply", "task")


@record(frozen=True)
class KnownBad:
    text: str
    flags: tuple[str, ...]


@record(frozen=True)
class LangData:
    title: str
    situation: str
    customer: str
    bad_reply: str
    task: str
    hints: tuple[str, ...]
    model_answers: tuple[str, ...]
    known_bad: tuple[KnownBad, ...]
    rules: tuple[Rule, ...] = ()
    suggest: tuple[tuple[str, str], ...] = ()  # principle → "try saying" fitted to this exercise
    us: tuple[str, ...] = ()  # names that mean "us" in this exercise (zh only): 物业 for the property desk


@record(frozen=True)
class Exercise:
    id: str
    case: str
    principles: tuple[str, ...]
    order: int
    severity: dict[str, str] = field(default_factory=dict)
    disable: tuple[str, ...] = ()
    length: dict[str, tuple[int, int]] = field(default_factory=dict)
    data: dict[str, LangData] = field(default_factory=dict)
    file: str = ""

    def lang(self, lang: str) -> LangData:
        """The exercise's texts and rules in ``lang`` (a language of ``locale.languages()``)."""
        if lang not in self.data:
            raise KeyError(f"exercise {self.id!r} has no {lang!r} version")
        return self.data[lang]


def _section_line(source: str, lang: str) -> int:
    lines = source_lines(source)
    for wanted in (f"[{lang}]", f"[[{lang}."):
        for number, line in enumerate(lines, start=1):
            if line.strip().startswith(wanted):
                return number
    return 1


def _strs(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _lang_data(
    ex_id: str, lang: str, table: Any, source: str, name: str, principles: dict[str, str], strict: bool
) -> tuple[LangData | None, list[Problem]]:
    start = _section_line(source, lang)
    problems: list[Problem] = []

    def problem(key: str, message: str) -> None:
        problems.append(Problem(name, key_line(source, key, start), f"[{lang}] {message}"))

    if table is None:
        message = untranslated(lang, f"the [{lang}] section is missing")
        return None, [Problem(name, 1, message, kind="untranslated")]
    if not isinstance(table, dict):
        return None, [Problem(name, 1, f"[{lang}] must be a section")]
    for key in table:
        if key not in LANG_KEYS:
            problem(key, f"unknown key {key!r}")
    for key in TEXT_KEYS:
        if not isinstance(table.get(key), str) or not table[key].strip():
            problem(key, f"{key} is missing")
    hints = table.get("hints", [])
    if not _strs(hints) or not 2 <= len(hints) <= 4:
        problem("hints", "hints must be 2 to 4 texts")
    answers = table.get("model_answers", [])
    if not _strs(answers) or len(answers) < 2:
        problem("model_answers", "model_answers must be at least 2 texts")
    known: list[KnownBad] = []
    raw_known = table.get("known_bad", [])
    if not isinstance(raw_known, list) or len(raw_known) < 3:
        problem("known_bad", "known_bad must have at least 3 entries")
        raw_known = raw_known if isinstance(raw_known, list) else []
    for entry in raw_known:
        if not isinstance(entry, dict):
            problem("known_bad", "known_bad entries must be tables")
            continue
        for key in entry:
            if key not in ("text", "flags"):
                problem(key, f"known_bad: unknown key {key!r}")
        text, flags = entry.get("text"), entry.get("flags")
        if not isinstance(text, str) or not text.strip() or not _strs(flags) or not flags:
            problem("known_bad", "known_bad needs text and a non-empty flags list")
            continue
        for flag in flags:
            if flag not in principles:
                line = find_line(source, f'"{flag}"', start_line=start)
                problems.append(Problem(name, line, f"[{lang}] known_bad: unknown principle {flag!r}"))
        known.append(KnownBad(text, tuple(flags)))
    us = table.get("us", [])
    if not _strs(us) or any(len(w.strip()) < 2 for w in us):
        problem("us", "us must be a list of names of two or more characters")
        us = []
    elif us and lang != "zh":
        problem("us", "us is read in Chinese sections only (the names are swapped for 我们 in place)")
        us = []
    suggest = table.get("suggest", {})
    if not isinstance(suggest, dict) or not all(isinstance(v, str) and v.strip() for v in suggest.values()):
        problem("suggest", "suggest must be a table of principle = text")
        suggest = {}
    for pid in suggest:
        if pid not in principles:
            problem("suggest", f"suggest: unknown principle {pid!r}")
    lexicon, _ = pack_lexicon(lang)
    rules, rule_problems = parse_rules(
        table.get("rule", []),
        file=name,
        source=source,
        lang=lang,
        principles=principles,
        start_line=start,
        strict=strict,
        lexicon=lexicon,
        origin="exercise",
    )
    problems += rule_problems
    if problems:
        return None, problems
    data = LangData(
        title=table["title"].strip(),
        situation=table["situation"].strip(),
        customer=table["customer"].strip(),
        bad_reply=table["bad_reply"].strip(),
        task=table["task"].strip(),
        hints=tuple(hints),
        model_answers=tuple(answers),
        known_bad=tuple(known),
        rules=tuple(rules),
        suggest=tuple(sorted((k, v.strip()) for k, v in suggest.items())),
        us=tuple(w.strip() for w in us),
    )
    return data, []


def parse_exercise(
    file_name: str, source: str, strict: bool = False, langs: tuple[str, ...] | None = None
) -> tuple[Exercise | None, list[Problem]]:
    """Parse one bank file (name like ``dividend-date.toml``); with ``langs``, only those
    languages' sections (a check needs one: the others' rules are not compiled)."""
    name = display_name("bank", file_name)
    data = parse_toml(source, name)
    principles = {p.id: p.checked for p in load_principles()}
    problems: list[Problem] = []

    def problem(key: str, message: str) -> None:
        problems.append(Problem(name, key_line(source, key), message))

    for key in data:
        if key not in SHARED_KEYS and key not in languages():
            problem(key, f"unknown key {key!r}")
    ex_id = data.get("id")
    if ex_id != file_name.removesuffix(".toml"):
        problem("id", f"id {ex_id!r} must equal the file name {file_name.removesuffix('.toml')!r}")
    if not isinstance(data.get("case"), str) or not data["case"]:
        problem("case", "case is missing")
    listed = data.get("principles")
    if not _strs(listed) or not listed:
        problem("principles", "principles must be a non-empty list of principle ids")
        listed = []
    for pid in listed:
        if pid not in principles:
            problem("principles", f"unknown principle {pid!r}")
    order = data.get("order", 0)
    if not isinstance(order, int) or isinstance(order, bool):
        problem("order", "order must be a whole number")
        order = 0
    severity = data.get("severity", {})
    if not isinstance(severity, dict):
        problem("severity", "[severity] must be a table of principle = severity")
        severity = {}
    for pid, level in severity.items():
        if pid not in principles:
            problem(pid, f"[severity] unknown principle {pid!r}")
        if level not in SEVERITIES:
            problem(pid, f"[severity] unknown severity {level!r} (error, warning, info)")
    disable = data.get("disable", [])
    if not isinstance(disable, list) or not all(isinstance(d, str) for d in disable):
        problem("disable", "disable must be a list of rule ids")
        disable = []
    length: dict[str, tuple[int, int]] = {}
    raw_length = data.get("length", {})
    if not isinstance(raw_length, dict):
        problem("length", "[length] must be a table")
        raw_length = {}
    for key, bounds in raw_length.items():
        ok = (
            key in languages()
            and isinstance(bounds, list)
            and len(bounds) == 2
            and all(isinstance(b, int) and not isinstance(b, bool) and b >= 0 for b in bounds)
            and bounds[0] <= bounds[1]
        )
        if not ok:
            problem(key, f"[length] {key} must be [min, max] for {language_choices()}")
        else:
            length[key] = (bounds[0], bounds[1])
    per_lang: dict[str, LangData] = {}
    for lang in langs if langs is not None else languages():
        lang_data, more = _lang_data(str(ex_id), lang, data.get(lang), source, name, principles, strict)
        problems += more
        if lang_data is not None:
            per_lang[lang] = lang_data
    if [p for p in problems if p.kind != "untranslated"] or not per_lang:
        return None, problems
    exercise = Exercise(
        id=str(ex_id),
        case=data["case"],
        principles=tuple(listed),
        order=order,
        severity=dict(severity),
        disable=tuple(disable),
        length=length,
        data=per_lang,
        file=name,
    )
    return exercise, problems  # only untranslated sections: the exercise works in the others


def bank_files() -> list[str]:
    return list_package_dir("bank", suffix=".toml")


def bank_problems(strict: bool = False) -> tuple[dict[str, Exercise], list[Problem]]:
    """Every exercise that parses, plus every problem (TOML errors included)."""
    exercises: dict[str, Exercise] = {}
    problems: list[Problem] = []
    parsed = parse_package_files("bank", lambda name, source: parse_exercise(name, source, strict))
    for exercise, more in parsed:
        problems += more
        if exercise is not None:
            exercises[exercise.id] = exercise
    ordered = dict(sorted(exercises.items(), key=lambda item: (item[1].order, item[0])))
    return ordered, problems


@cache
def _bank() -> dict[str, Exercise]:
    exercises, problems = bank_problems()
    problems = [p for p in problems if p.kind != "untranslated"]
    if problems:
        raise LoadError(problems[0])
    return exercises


def load_bank() -> dict[str, Exercise]:
    """All exercises, id → Exercise, sorted by ``order`` then id (a new dict each call)."""
    return dict(_bank())


@cache
def _one(exercise_id: str, lang: str | None = None) -> Exercise | None:
    """The exercise from its own file ``bank/<id>.toml`` alone, when that file parses cleanly
    and holds that id (a check then reads one file, not the whole bank: in the browser this
    was most of the first check's time); with ``lang``, only that language's section is read.
    None sends the caller to the whole bank."""
    file_name = f"{exercise_id}.toml"
    if file_name not in bank_files():
        return None
    try:
        langs = (lang,) if lang is not None else None
        exercise, problems = parse_exercise(file_name, read_package_text("bank", file_name), langs=langs)
    except (LoadError, UnicodeDecodeError):
        return None
    if exercise is None or exercise.id != exercise_id or any(p.kind != "untranslated" for p in problems):
        return None
    return exercise


def get_exercise(exercise_id: str, lang: str | None = None) -> Exercise:
    """One exercise; KeyError with a readable message when unknown. With ``lang``, the
    exercise may hold only that language's texts and rules (what a check needs)."""
    one = _one(exercise_id, lang)
    if one is not None:
        return one
    bank = _bank()
    if exercise_id not in bank:
        raise KeyError(f"unknown exercise {exercise_id!r}")
    return bank[exercise_id]
