"""Simplified → traditional conversion for tests (OpenCC from the build extra; else our table reversed)."""

from __future__ import annotations

from collections.abc import Callable

from exercises.normalize import t2s_table


def _reverse_table() -> Callable[[str], str]:
    reverse: dict[int, str] = {}
    for trad, simp in sorted(t2s_table().items()):
        reverse.setdefault(ord(simp), chr(trad))
    return lambda text: text.translate(reverse)


def converters() -> dict[str, Callable[[str], str]]:
    """Named converters simplified → traditional (Taiwan and Hong Kong forms when available)."""
    try:
        from opencc import OpenCC  # type: ignore[import-untyped]
    except ImportError:
        return {"reverse-table": _reverse_table()}
    return {name: OpenCC(name).convert for name in ("s2t", "s2tw", "s2hk")}
