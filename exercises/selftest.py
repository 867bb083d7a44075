"""Running a rule's own examples and counterexamples against it, alone.

An example may mark the words it expects the rule to report with square brackets:
``"Please [calm down], sir."`` passes only when a finding overlaps "calm down" and no finding
lies wholly outside it, so a rule cannot pass its example on the wrong words. (A text with
no brackets, or with more than one pair, is taken as it is.)
"""

from __future__ import annotations

import re

from .normalize import guess_lang, normalize
from .ruletypes import Rule

_MARK = re.compile(r"^([^\[\]]*)\[([^\[\]]+)\]([^\[\]]*)$")


def example_lang(rule: Rule, text: str) -> str:
    """The language a self-test text is checked in: the rule's, else guessed from the text."""
    return rule.lang or guess_lang(text)


def marked(example: str) -> tuple[str, tuple[int, int] | None]:
    """The example without its brackets, and the marked span (code points) if any."""
    m = _MARK.match(example)
    if not m:
        return example, None
    before, inside, after = m.groups()
    return before + inside + after, (len(before), len(before) + len(inside))


def spans(rule: Rule, text: str) -> list[tuple[int, int] | None]:
    """What ``rule`` alone reports on ``text``: spans in ``text`` (None for a missing element)."""
    norm = normalize(text)
    out: list[tuple[int, int] | None] = []
    for span in rule.run_on(norm, example_lang(rule, text)).findings:
        out.append(None if span is None else norm.span(*span))
    return out


def flags(rule: Rule, text: str) -> bool:
    """True when ``rule`` alone reports a finding on ``text``."""
    return bool(spans(rule, text))


def selftest(rule: Rule) -> list[str]:
    """Messages for every example the rule misses and every counterexample it flags."""
    messages: list[str] = []
    try:
        for example in rule.examples:
            text, want = marked(example)
            found = spans(rule, text)
            if not found:
                messages.append(f"rule {rule.id!r}: example not flagged: {example!r}")
            elif want is not None and not _on_target(found, want):
                got = [text[s[0]:s[1]] for s in found if s is not None]
                messages.append(f"rule {rule.id!r}: example flagged on other words {got!r}: {example!r}")
        for counter in rule.counterexamples:
            if flags(rule, counter):
                messages.append(f"rule {rule.id!r}: counterexample flagged: {counter!r}")
    except re.error as exc:
        messages.append(f"rule {rule.id!r}: a pattern does not compile: {exc}")
    return messages


def _on_target(found: list[tuple[int, int] | None], want: tuple[int, int]) -> bool:
    hits = [s for s in found if s is not None]
    if not hits:
        return False
    overlaps = [s for s in hits if s[0] < want[1] and want[0] < s[1]]
    return bool(overlaps) and all(s[0] < want[1] and want[0] < s[1] for s in hits)
