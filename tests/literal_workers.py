"""The two whole-pack literal checks of ``test_literals.py``, written as functions over a share of
the patterns so the test can hand the shares to worker processes (spawned, so each imports the
engine afresh). Every pattern is still run against every chosen text; the work is only divided."""

from __future__ import annotations

import re

from exercises.literals import required_all
from exercises.normalize import fold_pattern
from exercises.packs import load_pack


def literal_in_every_match(sources: list[str], texts: list[str]) -> list[tuple[str, object, str]]:
    """Patterns (by source) one of whose matches in ``texts`` lacks a required literal."""
    wrong = []
    for source in sources:
        folded = fold_pattern(source)
        groups = required_all(folded)
        if not groups:
            continue
        compiled = re.compile(folded)
        for text in texts:
            m = compiled.search(text)
            missing = [g for g in groups if not any(lit in m.group(0) for lit in g)] if m else []
            if missing:
                wrong.append((source[:80], missing, m.group(0)[:80] if m else ""))
                break
    return wrong


def index_agrees(share: list[tuple[str, int]], texts: list[str]) -> tuple[list[tuple[str, str]], int]:
    """For the rules ``share`` names (language, position in its pack): texts on which
    ``PatternSet.candidates`` differs from the patterns whose every literal set is in the text, or
    ``tagged_spans`` from running those patterns one by one, and how many (pattern set, text) pairs
    were compared. That the patterns left out match nothing is the other check's work (every match
    holds a literal), run on a superset of these texts."""
    from exercises.ruletypes.base import PatternSet

    wrong: list[tuple[str, str]] = []
    checked = 0
    packs = {lang: load_pack(lang) for lang in {lang for lang, _ in share}}
    for lang, position in share:
        rule = packs[lang][position]
        for patterns in rule.patterns():
            if not isinstance(patterns, PatternSet) or not patterns:
                continue
            for text in texts:
                expected = [i for i, c in enumerate(patterns.compiled)
                            if all(any(lit in text for lit in group) for group in c.literals)]
                # Every match of the patterns left out: none, as the other whole-pack check shows
                # on these texts (a share of its own), so running them here again is only cost.
                brute = sorted((m.span(), i) for i in expected
                               for m in patterns.compiled[i].pattern.finditer(text)
                               if m.end() > m.start() and not patterns.compiled[i]._excluded(m))
                if patterns.candidates(text) != expected or patterns.tagged_spans(text) != brute:
                    wrong.append((rule.id, text[:60]))
                checked += 1
    return wrong, checked
