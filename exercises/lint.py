"""Validating every data file: ``lint(extra_rules_path=None) -> list[Problem]``.

Checks the locale files (``locale.py``: a section or text one language lacks is reported as
*not translated*), principles.toml, every general pack, every bank file and (optionally) a trainer's
extra rule file: TOML syntax (file and line), unknown keys, unknown principle ids, types
and severities, duplicate ids, patterns that do not compile or can backtrack catastrophically
(static shapes, then attack texts under a time limit; when one is found nothing is run), every
rule's examples and counterexamples, ``disable`` ids that name no general rule, and for
every exercise and language: each model answer passes, each known-bad rewrite is flagged
(error or warning) for every principle in its ``flags``, and the bad reply fails; and every
role-play scenario (``roleplay.lint_problems``: graph, files, example paths).
``str(problem)`` is ``"path:line: message"``; an empty list means all is well.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import engine
from .api import assemble
from .exercise_bank import Exercise, bank_problems
from .locale import languages, locale_problems
from .packs import extra_problems, pack_lexicon, pack_problems
from .principles import principle_problems
from .regexcheck import FREEZES
from .regexprobe import slow_patterns
from .ruletypes import Rule
from .selftest import flags, marked, selftest
from .sources import LoadError, Problem, find_line, key_line, read_package_text


def _pack_checks() -> tuple[dict[str, list[Rule]], list[Problem]]:
    packs: dict[str, list[Rule]] = {}
    problems: list[Problem] = []
    for lang in languages():
        try:
            rules, more = pack_problems(lang, strict=True)
        except LoadError as exc:
            problems.append(exc.problem)
            continue
        problems += more
        packs[lang] = rules
    return packs, problems


def _slow_pattern_problems(rules: list[Rule]) -> list[Problem]:
    """Rules with a pattern that overruns its attack texts (``regexprobe``), before any runs."""
    slow = slow_patterns([s for rule in rules for ps in rule.patterns() for s in ps.sources])
    return [
        Problem(rule.file, rule.line, f"rule {rule.id!r}: {slow[s]}")
        for rule in rules
        for ps in rule.patterns()
        for s in ps.sources
        if s in slow
    ]


# "n't" is written against its verb ("isn't", "aren't"), so an alternative "n't" that can only follow a
# space or a word edge never matches: " (not|n't)" reads "is not" but not "isn't" (round 118 found three
# rules that missed every contracted form this way). Write "( not|n't)" or "(\\bnot|n't)" instead.
_DETACHED_NT = re.compile(r"(?:\\b| )\((?:not\|)?n(?:\(\?:)?(?:\[['’]+\]|['’])\)?\??t\)")


def _contraction_problems(rules: list[Rule]) -> list[Problem]:
    """Patterns whose "n't" can only follow a space or a word edge, so contractions never match."""
    return [
        Problem(rule.file, rule.line, f"rule {rule.id!r}: \"n't\" after a space or \\b never matches "
                f"a contraction (write \"( not|n't)\" or \"(\\bnot|n't)\"): {s[:80]}")
        for rule in rules
        for ps in rule.patterns()
        for s in ps.sources
        if _DETACHED_NT.search(s)
    ]


def _read_extra(path: str) -> tuple[list[Rule], list[Problem]]:
    try:
        source = Path(path).read_bytes().decode("utf-8")
    except OSError as exc:
        return [], [Problem(path, 1, f"cannot read: {exc.strerror or exc}")]
    except UnicodeDecodeError:
        return [], [Problem(path, 1, "not UTF-8")]
    try:
        return extra_problems(source, path)
    except LoadError as exc:
        return [], [exc.problem]


def _read_source(ex: Exercise) -> str:
    return read_package_text("bank", ex.file.rsplit("/", 1)[-1])


def exercise_checks(ex: Exercise, packs: dict[str, list[Rule]], extra: list[Rule]) -> list[Problem]:
    """Behaviour checks of one exercise: answers pass, known-bads flagged, bad reply fails."""
    problems: list[Problem] = []
    source = _read_source(ex)
    known_ids = {r.id for rules in packs.values() for r in rules}
    for rule_id in ex.disable:
        if known_ids and rule_id not in known_ids:
            problems.append(
                Problem(ex.file, key_line(source, "disable"), f"disable: no general rule {rule_id!r}")
            )
    docs = Path(__file__).resolve().parent.parent / "docs"
    for lang in languages():
        if docs.is_dir() and not (docs / lang / f"{ex.case}.md").is_file():
            problems.append(
                Problem(ex.file, key_line(source, "case"), f"case page docs/{lang}/{ex.case}.md not found")
            )
        if lang not in ex.data:
            continue  # untranslated: bank_problems said so
        data = ex.lang(lang)
        general = {r.id: r for r in packs.get(lang, [])}
        for rule in data.rules:
            problems.extend(Problem(ex.file, rule.line, m) for m in selftest(rule))
            problems.extend(Problem(ex.file, rule.line, m) for m in narrows(rule, general.get(rule.id)))
        if lang not in packs:
            continue
        rules, settings = assemble(lang, ex, extra)
        for number, answer in enumerate(data.model_answers, start=1):
            findings, _ = engine.run(answer, lang, rules, settings)
            errors = sorted({f.rule for f in findings if f.severity == "error"})
            if errors:
                line = find_line(source, answer[:30], start_line=1)
                problems.append(
                    Problem(ex.file, line, f"[{lang}] model answer {number} fails: {', '.join(errors)}")
                )
        for bad in data.known_bad:
            findings, _ = engine.run(bad.text, lang, rules, settings)
            flagged = {f.principle for f in findings if f.severity in ("error", "warning")}
            missing = [p for p in bad.flags if p not in flagged]
            if missing:
                line = find_line(source, bad.text[:30])
                problems.append(
                    Problem(
                        ex.file,
                        line,
                        f"[{lang}] known_bad not flagged for {', '.join(missing)}: {bad.text[:40]!r}",
                    )
                )
        findings, _ = engine.run(data.bad_reply, lang, rules, settings)
        if engine.passed(findings):
            problems.append(
                Problem(ex.file, find_line(source, data.bad_reply[:30]), f"[{lang}] bad_reply passes")
            )
    return problems


def narrows(rule: Rule, replaced: Rule | None) -> list[str]:
    """An exercise rule with a general rule's id takes its place in that exercise; one that no
    longer flags the general rule's examples quietly lets those through (mr-zeng-refund's own
    promise rule let "I promise this will never happen again" pass)."""
    if replaced is None:
        return []
    missed = [marked(example)[0] for example in replaced.examples if not flags(rule, marked(example)[0])]
    return [f"rule {rule.id!r} replaces the general rule of that id here but misses its example "
            f"{text!r}: give it an id of its own to add to the general rule, or keep what it catches"
            for text in missed]


def describe(rule_id: str) -> str:
    """How a pack rule reads: its templates as written and every word class they name, with
    the entries each class expands to (``lint --show RULE``). KeyError when no rule has the id."""
    lines: list[str] = []
    for lang in languages():
        rules, _ = pack_problems(lang)
        lexicon, _ = pack_lexicon(lang)
        for rule in rules:
            if rule.id != rule_id:
                continue
            lines.append(f"{rule.id} [{lang}] {rule.type_name}, {rule.severity} — {rule.file}:{rule.line}")
            used: list[str] = []
            for key, templates in rule.templates.items():
                lines.append(f"  {key}:")
                for template in templates:
                    lines.append(f"    {template}")
                    used += [n for n in lexicon.names(template) if n not in used]
            for name in used:
                file, line = lexicon.where.get(name, ("", 1))
                entries = lexicon.entries(name)
                lines.append(f"  {{{name}}} ({len(entries)} entries, {file}:{line}):")
                lines += [f"    {entry}" for entry in entries]
    if not lines:
        raise KeyError(f"no rule {rule_id!r} in the general packs")
    return "\n".join(lines) + "\n"


def lint(extra_rules_path: str | None = None) -> list[Problem]:
    """Every problem in the data files (see the module docstring)."""
    problems = locale_problems()
    if [p for p in problems if p.kind != "untranslated"]:
        return problems  # without its languages nothing else can be read
    try:
        _, more = principle_problems()
    except LoadError as exc:
        return [*problems, exc.problem]
    problems += more
    if [p for p in more if p.kind != "untranslated"]:
        return problems
    packs, more = _pack_checks()
    problems += more
    extra: list[Rule] = []
    if extra_rules_path is not None:
        extra, more = _read_extra(extra_rules_path)
        problems += more
    exercises, more = bank_problems(strict=True)
    problems += more
    bank_rules = [r for ex in exercises.values() for data in ex.data.values() for r in data.rules]
    problems += _slow_pattern_problems([r for rules in packs.values() for r in rules] + bank_rules)
    problems += _contraction_problems([r for rules in packs.values() for r in rules] + bank_rules + extra)
    if any(FREEZES in p.message for p in problems):
        return problems  # running any self-test or answer could now freeze lint itself
    for rules in packs.values():
        for rule in rules:
            problems.extend(Problem(rule.file, rule.line, m) for m in selftest(rule))
    for ex in exercises.values():
        problems += exercise_checks(ex, packs, extra)
    from .roleplay import lint_problems  # role-play examples run only on sound packs and bank

    problems += lint_problems(run_examples=not problems)
    return problems
