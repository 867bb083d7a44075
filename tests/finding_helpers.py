"""Small helpers the wording tests share."""

from __future__ import annotations

from exercises.api import check


def flagged(text: str, lang: str, exercise: str | None = None) -> set[str]:
    """Principles named by a finding on a phrase (its own and those in ``also``)."""
    out: set[str] = set()
    for f in check(text, lang, exercise)["findings"]:
        if f["start"] is not None:
            out.add(f["principle"])
            out.update(f["also"])
    return out


def followed(text: str, lang: str) -> set[str]:
    """Principles the reply is praised for."""
    return {f["principle"] for f in check(text, lang)["followed"]}


def any_level(text: str, lang: str, exercise: str | None = None) -> set[str]:
    """Principles named by any finding, any severity, with or without a span (as the
    real-reply figures of ``tools/measure.py`` count them)."""
    from exercises.scoring import flagged as named

    return named(check(text, lang, exercise), ("error", "warning", "info"))


def errors(text: str, lang: str, exercise: str) -> list[str]:
    """The rules that fail ``text`` in ``exercise`` (its error findings)."""
    return sorted({f["rule"] for f in check(text, lang, exercise)["findings"] if f["severity"] == "error"})
