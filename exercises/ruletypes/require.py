"""``require``: a finding (no span) when no pattern matches; otherwise recorded as followed.

A match next to an ``unless`` pattern (``unless_window`` characters) does not count, e.g.
"我不能帮您查" does not satisfy a rule that looks for "帮您查".

``unless_clause`` (optional): a match does not count when one of these patterns starts in
the same clause (as ``forbid``'s): a time inside a question that offers a choice
(您看是工作日送还是周末送？) is not yet a time promised.

``only_if`` (optional): where the principle is not what the exercise trains (and in the
general rules), the element is asked for only when one of these patterns matches — e.g.
"I'll take care of it" is missing only from a reply that sends the customer elsewhere. An
exercise that trains the principle always asks for it.

``cased_patterns`` (optional): more patterns, matched against the reply with its capitals
kept (``Normalized.cased``) and case-sensitively, for what only capitals show: a customer's
first name ("Thanks for waiting, Priya") against a plain word ("prices").

``word_not_in`` (optional, with ``cased_patterns``): word classes (``{name}``) or words that
the part of a cased match named ``(?P<word>…)`` must not be: "Thanks, Monday" is no name.
The class is looked up as a set of words (``base.WordSet``), never compiled into the patterns.
"""

from __future__ import annotations

from ..normalize import Normalized
from ..record import field, record
from .base import WORD_GROUP, Outcome, PatternSet, Rule, WordSet, in_clause, overlaps_window, unless_window
from .keys import MATCH_KEYS, PATTERNS, WORDS, Key, key_problems, match_fields

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any

KEYS = {**MATCH_KEYS, "unless_clause": Key(PATTERNS), "only_if": Key(PATTERNS),
        "cased_patterns": Key(PATTERNS), "word_not_in": Key(WORDS)}


@record
class RequireRule(Rule):
    pattern_set: PatternSet = field(default_factory=lambda: PatternSet([]))
    unless: PatternSet = field(default_factory=lambda: PatternSet([]))
    window: int | None = None
    unless_clause: PatternSet = field(default_factory=lambda: PatternSet([]))
    only_if: PatternSet = field(default_factory=lambda: PatternSet([]))
    cased_set: PatternSet = field(default_factory=lambda: PatternSet([]))

    type_name = "require"

    def patterns(self) -> list[PatternSet]:
        return [self.pattern_set, self.unless, self.unless_clause, self.only_if, self.cased_set]

    def applies(self, text: str, trained: bool) -> bool:
        """Whether a missing element is reported (see ``only_if``)."""
        return trained or not self.only_if or self.only_if.first(text) is not None

    def run_on(self, norm: Normalized, lang: str) -> Outcome:
        return self.run(norm.text, lang, norm.cased if self.cased_set else None)

    def run(self, text: str, lang: str, cased: str | None = None) -> Outcome:
        window = unless_window(self.window, lang)
        excepted = self.unless.spans(text) if self.unless else []
        in_scope = self.unless_clause.spans(text) if self.unless_clause else []
        every = bool(self.unless or self.unless_clause)  # only then can the first match be set aside
        hits = self.pattern_set.tagged_spans(text) if every else []
        if not every:
            hit = self.pattern_set.first_tagged(text)
            hits = [hit] if hit is not None else []
        if self.cased_set and cased is not None:  # tagged after the plain patterns
            offset = len(self.pattern_set.sources)
            hits = sorted(hits + [(span, offset + i) for span, i in self.cased_set.tagged_spans(cased)])
        for span, index in hits:
            if excepted and overlaps_window(excepted, span, window):
                continue
            if in_scope and in_clause(in_scope, text, span):
                continue
            return Outcome(followed=span, followed_source=index)
        return Outcome(findings=[None])


def problems(table: dict[str, Any], strict: bool) -> list[str]:
    errors = key_problems(KEYS, table, strict)
    cased = table.get("cased_patterns")
    if "word_not_in" in table and not (isinstance(cased, list) and any(WORD_GROUP in str(p) for p in cased)):
        errors.append("word_not_in: no cased_patterns entry has a (?P<word>…) group to check")
    return errors


def build(common: dict[str, Any], table: dict[str, Any]) -> RequireRule:
    not_words = WordSet(table["word_not_in"]) if table.get("word_not_in") else None
    return RequireRule(**common, **match_fields(table),
                       unless_clause=PatternSet(table.get("unless_clause", [])),
                       only_if=PatternSet(table.get("only_if", [])),
                       cased_set=PatternSet(table.get("cased_patterns", []), cased=True, not_words=not_words))
