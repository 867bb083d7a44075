"""Running rules over one reply and turning what they find into the contract's result.

The text is normalised once; every rule runs on the normalised text; spans are mapped
back to the original code points, so ``excerpt == text[start:end]`` always holds.

Then, in this order (FORMAT.md, "How findings are combined"):

1. severities: an exercise's ``[severity]`` table first; otherwise a missing element of a
   principle the exercise trains is an error, and a missing element of a principle it does
   not train is an optional tip (``info``, ``tip: true``, kept out of class summaries);
   when a trained principle is done in the reply in one form (the general rule's, or the
   exercise's own), the other form missing is a warning, not an error;
2. one phrase, one finding: findings whose spans overlap are merged into the most specific
   (exercise rule, then trainer rule, then pack rule), then the most severe; ``also``
   names the other principles the phrase breaks, and the score counts it once;
3. an empty or near-empty reply fails with a score near 0.

Findings are sorted deterministically: those with a span by position, then those without
by principle order and rule id.
"""

from __future__ import annotations

from .locale import get_locale
from .messages import text as ui_text
from .normalize import Normalized, normalize
from .principles import principle_ids
from .record import record, replace
from .ruletypes import Rule
from .ruletypes.base import clause_bounds, first_clause_mark, set_line_breaks

SCORE_COST = {"error": 30, "warning": 15, "info": 5}
RANK = {"error": 0, "warning": 1, "info": 2}
ORIGIN_RANK = {"exercise": 0, "extra": 1, "pack": 2}
EMPTY_RULE = "understand-need/empty"
SHORT_RULE = "understand-need/too-short"
LONG_RULE = "understand-need/too-long"
NEAR_EMPTY_RULE = "understand-need/near-empty"
# a near-empty reply that is one clarifying question ("哪个机型？", "Which card?") does try to find the
# need, and is praised for it: its near-empty error then names the next step it still lacks
NEAR_EMPTY_QUESTION_RULE = "next-step/near-empty"
NO_REPLY_RULES = (EMPTY_RULE, NEAR_EMPTY_RULE, NEAR_EMPTY_QUESTION_RULE)


@record(frozen=True)
class Finding:
    principle: str
    rule: str
    severity: str
    start: int | None
    end: int | None
    excerpt: str | None
    message: str
    suggest: str | None = None
    also: tuple[str, ...] = ()  # other principles the same phrase breaks
    tip: bool = False  # an optional note on a principle the exercise does not train
    pattern: str | None = None  # the pattern (as written) that fired, for --explain
    origin: str = "pack"

    def as_dict(self, explain: bool = False) -> dict[str, object]:
        out: dict[str, object] = {
            "principle": self.principle,
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggest": self.suggest,
            "also": list(self.also),
            "tip": self.tip,
        }
        if explain:
            out["pattern"] = self.pattern
        return out


@record(frozen=True)
class Followed:
    principle: str
    rule: str
    start: int
    end: int
    excerpt: str
    message: str
    pattern: str | None = None

    def as_dict(self, explain: bool = False) -> dict[str, object]:
        out: dict[str, object] = {
            "principle": self.principle,
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
        }
        if explain:
            out["pattern"] = self.pattern
        return out


@record(frozen=True)
class Settings:
    """What an exercise changes: severities by principle, reply length bounds."""

    severity: tuple[tuple[str, str], ...] = ()
    length: tuple[int, int] | None = None
    trained: tuple[str, ...] = ()  # principles the exercise trains (empty: general rules)
    suggest: tuple[tuple[str, str], ...] = ()  # principle → the exercise's own "try saying"
    us: tuple[str, ...] = ()  # names that mean "us" in this exercise (zh): read as 我们 by every rule


def _template(rule: Rule, key: str, index: int | None) -> str | None:
    sources = rule.templates.get(key) or []
    if key == "patterns" and index is not None and index >= len(sources):  # require's cased_patterns
        cased = rule.templates.get("cased_patterns") or []
        plain = len(getattr(getattr(rule, "pattern_set", None), "sources", ()))
        return cased[index - plain] if 0 <= index - plain < len(cased) else None
    if index is None or index >= len(sources):
        # phrases were appended to patterns after the templates as written
        return None
    return sources[index]


def _finding(norm: Normalized, rule: Rule, span: tuple[int, int] | None, source: int | None) -> Finding:
    pattern = _template(rule, rule.finding_key, source)
    if span is None:
        return Finding(rule.principle, rule.id, rule.severity, None, None, None, rule.message, rule.suggest,
                       also=rule.also_breaks, origin=rule.origin)
    start, end = norm.span(*span)
    return Finding(
        rule.principle,
        rule.id,
        rule.severity,
        start,
        end,
        norm.original[start:end],
        rule.message,
        rule.suggest,
        also=rule.also_breaks,
        pattern=pattern,
        origin=rule.origin,
    )


def _severity(f: Finding, settings: Settings) -> Finding:
    overrides = dict(settings.severity)
    severity, tip = f.severity, False
    if f.principle in overrides:
        severity = overrides[f.principle]
    elif settings.trained and f.start is None and f.rule not in NO_REPLY_RULES:
        if f.principle in settings.trained:
            severity = "error"
        else:
            severity, tip = "info", True
    elif settings.trained and f.principle not in settings.trained and severity == "info":
        tip = True
    suggest = dict(settings.suggest).get(f.principle, f.suggest)
    return replace(f, severity=severity, tip=tip, suggest=suggest)


def _done_in_another_form(
    findings: list[Finding], followed: list[Followed], settings: Settings, own: frozenset[str] = frozenset()
) -> list[Finding]:
    """A principle the exercise trains may be done in two forms: the general rule's and the
    exercise's own (``own``: the ids of the exercise's rules). When one rule finds the principle
    done, the other form missing is a warning, not a failing error (unless the exercise's
    ``[severity]`` says otherwise): the exercise's sharper form missing beside a general
    apology, or the general form missing beside the exercise's own form ("Don't worry, we'll
    sort this out together" where the task asks to reassure her)."""
    done = {f.principle for f in followed}
    done_here = {f.principle for f in followed if f.rule in own}
    overrides = dict(settings.severity)
    return [replace(f, severity="warning")
            if f.start is None and f.severity == "error" and f.principle not in overrides
            and (f.principle in done if f.origin == "exercise" else f.principle in done_here) else f
            for f in findings]


def merge_overlaps(findings: list[Finding]) -> list[Finding]:
    """One finding per phrase: overlapping spans merge into the most severe, most specific."""
    spanned = sorted((f for f in findings if f.start is not None), key=lambda f: (f.start, f.end, f.rule))
    groups: list[list[Finding]] = []
    group_end = -1
    for f in spanned:
        assert f.start is not None and f.end is not None
        if groups and f.start < group_end:
            groups[-1].append(f)
            group_end = max(group_end, f.end)
        else:
            groups.append([f])
            group_end = f.end
    merged: list[Finding] = []
    for group in groups:
        best = min(group, key=lambda f: (ORIGIN_RANK.get(f.origin, 3), RANK.get(f.severity, 3),
                                         -((f.end or 0) - (f.start or 0)), f.rule))
        also = tuple(sorted({p for f in group for p in (f.principle, *f.also)} - {best.principle}))
        merged.append(replace(best, also=also))
    return merged + [f for f in findings if f.start is None]


def whole_phrase(text: str, span: tuple[int, int], lang: str) -> tuple[int, int]:
    """``span`` widened so praise quotes whole words and, when near, the rest of the clause."""
    start, end = span
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum() and text[start].isascii():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum() and text[end].isascii():
        end += 1
    mark = first_clause_mark(text, start, end)
    if mark is not None:  # the match runs past its clause ("先生，您…"): quote its own clause only
        end = mark
    else:
        _, clause_end = clause_bounds(text, (start, end))
        if clause_end - end <= get_locale(lang).default("phrase_reach"):
            end = clause_end
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


def _line_breaks(norm: Normalized) -> list[int]:
    """Offsets in ``norm.text`` of the spaces that stand for a line break of the reply."""
    if "\n" not in norm.original and "\r" not in norm.original:
        return []
    return [index for index, char in enumerate(norm.text)
            if char == " " and any(c in "\n\r" for c in norm.original[norm.starts[index]:norm.ends[index]])]


def as_us(text: str, names: tuple[str, ...]) -> str:
    """``text`` with each name that means "us" in this exercise written as 我们, in place (the
    same length, so every span still points at the reply): 物业 → 我们, 物业公司 → 我们公司, and
    我们物业 → 我们这边, so that "是物业的责任" reads as owning the miss, not as blaming a third
    party. Longer names first."""
    for name in sorted({normalize(n).text for n in names}, key=len, reverse=True):
        if len(name) < 2:
            continue
        after_we = "这边" + name[2:]
        text = text.replace("我们" + name, "我们" + after_we).replace("咱们" + name, "咱们" + after_we)
        text = text.replace(name, "我们" + name[2:])
    return text


NO_SETTINGS = Settings()  # the general rules as they are


def run(
    text: str, lang: str, rules: list[Rule], settings: Settings = NO_SETTINGS
) -> tuple[list[Finding], list[Followed]]:
    """Findings and followed rules for ``text`` (sorted)."""
    norm = normalize(text)
    if settings.us:
        norm = replace(norm, text=as_us(norm.text, settings.us))
    set_line_breaks(norm.text, _line_breaks(norm))
    body = norm.text.strip()
    if not body:
        empty = Finding("understand-need", EMPTY_RULE, "error", None, None, None, ui_text("empty", lang))
        return [empty], []
    findings: list[Finding] = []
    followed: list[Followed] = []
    for rule in rules:
        outcome = rule.run_on(norm, lang)
        if outcome.findings == [None]:
            trained = bool(settings.trained) and rule.principle in settings.trained
            if not rule.applies(norm.text, trained):
                outcome.findings = []
        for n, span in enumerate(outcome.findings):
            source = outcome.sources[n] if n < len(outcome.sources) else None
            findings.append(_finding(norm, rule, span, source))
        if outcome.followed is not None:
            wide = whole_phrase(norm.text, outcome.followed, lang)
            start, end = norm.span(*wide)
            pattern = _template(rule, "patterns", outcome.followed_source)
            followed.append(
                Followed(rule.principle, rule.id, start, end, text[start:end], rule.message, pattern)
            )
    findings = _unless_followed(findings, followed, rules)
    own = frozenset(rule.id for rule in rules if rule.origin == "exercise")
    findings = _done_in_another_form([_severity(f, settings) for f in findings], followed, settings, own)
    size = len(body)
    if size < get_locale(lang).default("near_empty"):
        message = ui_text("near-empty", lang, size=size)
        asks = any(f.principle == "understand-need" for f in followed)  # praised for asking
        principle = "next-step" if asks else "understand-need"
        rule_id = NEAR_EMPTY_QUESTION_RULE if asks else NEAR_EMPTY_RULE
        findings.append(Finding(principle, rule_id, "error", None, None, None, message))
    elif settings.length is not None:
        low, high = settings.length
        if size < low:
            message = ui_text("too-short", lang, size=size, bound=low)
            findings.append(Finding("understand-need", SHORT_RULE, "warning", None, None, None, message))
        elif size > high:
            message = ui_text("too-long", lang, size=size, bound=high)
            findings.append(Finding("understand-need", LONG_RULE, "warning", None, None, None, message))
    return sort_findings(merge_overlaps(findings)), _dedupe_followed(followed)


def _unless_followed(findings: list[Finding], followed: list[Followed], rules: list[Rule]) -> list[Finding]:
    """Findings without those of a rule whose ``unless_followed`` names a principle the reply is
    praised for (a reply-level condition across rules: "only explains" is no defence when the
    reply also apologises, acts or asks), and without the praised principles in ``also``."""
    done = {f.principle for f in followed}
    # a rule's ``also_breaks`` names a principle the phrase breaks too, unless the reply does it
    # elsewhere ("contact the store directly" disowns nothing when "I've let the manager know")
    findings = [replace(f, also=tuple(p for p in f.also if p not in done)) if done.intersection(f.also) else f
                for f in findings]
    conditions = {rule.id: rule.unless_followed for rule in rules if getattr(rule, "unless_followed", ())}
    if not conditions:
        return findings
    return [f for f in findings if not done.intersection(conditions.get(f.rule, ()))]


def _dedupe_followed(followed: list[Followed]) -> list[Followed]:
    """Praise once per principle and phrase, in text order."""
    out: list[Followed] = []
    seen: set[tuple[str, int, int]] = set()
    for f in sorted(followed, key=lambda f: (f.start, f.end, f.rule)):
        key = (f.principle, f.start, f.end)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def sort_findings(findings: list[Finding]) -> list[Finding]:
    order = {pid: index for index, pid in enumerate(principle_ids())}

    def key(f: Finding) -> tuple[int, int, int, int, str]:
        if f.start is not None and f.end is not None:
            return (0, f.start, f.end, 0, f.rule)
        return (1, 0, 0, order.get(f.principle, len(order)), f.rule)

    return sorted(findings, key=key)


def score(findings: list[Finding]) -> int:
    """100 less the cost of each finding; an empty or near-empty reply scores 0."""
    if any(f.rule in NO_REPLY_RULES for f in findings):
        return 0
    return max(0, 100 - sum(SCORE_COST.get(f.severity, 0) for f in findings))


def passed(findings: list[Finding]) -> bool:
    return not any(f.severity == "error" for f in findings)
