"""Running a rule's own examples and counterexamples against it, alone."""

from __future__ import annotations

import re

from .normalize import guess_lang, normalize
from .ruletypes import Rule


def example_lang(rule: Rule, text: str) -> str:
    """The language a self-test text is checked in: the rule's, else guessed from the text."""
    return rule.lang or guess_lang(text)


def flags(rule: Rule, text: str) -> bool:
    """True when ``rule`` alone reports a finding on ``text``."""
    return bool(rule.run(normalize(text).text, example_lang(rule, text)).findings)


def selftest(rule: Rule) -> list[str]:
    """Messages for every example the rule misses and every counterexample it flags."""
    messages: list[str] = []
    try:
        for example in rule.examples:
            if not flags(rule, example):
                messages.append(f"rule {rule.id!r}: example not flagged: {example!r}")
        for counter in rule.counterexamples:
            if flags(rule, counter):
                messages.append(f"rule {rule.id!r}: counterexample flagged: {counter!r}")
    except re.error as exc:
        messages.append(f"rule {rule.id!r}: a pattern does not compile: {exc}")
    return messages
