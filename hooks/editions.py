"""Editions generated at build time from another language's pages: traditional Chinese.

The traditional Chinese edition (``zh-Hant``, at ``/zh-Hant/``) has no pages, exercise
texts or labels of its own. Every build converts the simplified ones with OpenCC's
``s2twp`` configuration (simplified → traditional characters, Taiwan spelling and Taiwan
phrasing: 打印 becomes 列印, 鼠标 becomes 滑鼠), then applies the reviewed corrections of
``hooks/hant_overrides.toml``. A change to a simplified page is in the traditional edition
on the next build, with no other edit.

The checker itself runs in the source language (``zh``): it folds traditional input to
simplified anyway, so a traditional edition gets exactly the findings of the simplified
one; only what it shows is converted (hooks/hant_edition.py, docs/assets/edition-texts.js).

``opencc`` (the official OpenCC bindings, PyPI) is needed at build time only; the engine
package ``exercises/`` does not know about it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mkdocs.exceptions import PluginError

# language -> (the language it is generated from, OpenCC configuration, Material's language
# for the theme's own strings: its zh-TW ones match s2twp's Taiwan wording)
GENERATED: dict[str, tuple[str, str, str]] = {"zh-Hant": ("zh", "s2twp", "zh-TW")}
OVERRIDES = Path(__file__).resolve().parent / "hant_overrides.toml"


def texts_lang(lang: str) -> str:
    """The language whose texts (locale, exercise bank, principles) a page in ``lang`` shows."""
    return GENERATED[lang][0] if lang in GENERATED else lang


def theme_language(lang: str) -> str:
    return GENERATED[lang][2] if lang in GENERATED else lang


def is_generated(lang: str) -> bool:
    return lang in GENERATED


@dataclass(frozen=True)
class Overrides:
    """hant_overrides.toml: corrections applied after OpenCC, and the simplified-only
    characters the edition may keep."""

    replace: tuple[tuple[str, str], ...]  # (what OpenCC itself writes, what the edition says)
    allow: dict[str, str]  # character -> why it may stay


def load_overrides(path: Path = OVERRIDES) -> Overrides:
    """The override file, checked: every entry needs its reason."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PluginError(f"{path.name}: {exc}") from None
    pairs: list[tuple[str, str]] = []
    for number, entry in enumerate(data.get("replace", []), 1):
        opencc_text, use, reason = (entry.get(k) for k in ("opencc", "use", "reason"))
        if not (isinstance(opencc_text, str) and opencc_text and isinstance(use, str)
                and isinstance(reason, str) and reason.strip()):
            raise PluginError(f"{path.name}: [[replace]] number {number} needs opencc, use and a reason")
        pairs.append((opencc_text, use))
    allow: dict[str, str] = {}
    for number, entry in enumerate(data.get("allow", []), 1):
        char, reason = entry.get("char"), entry.get("reason")
        if not (isinstance(char, str) and len(char) == 1 and isinstance(reason, str) and reason.strip()):
            raise PluginError(f"{path.name}: [[allow]] number {number} needs one char and a reason")
        allow[char] = reason
    return Overrides(tuple(pairs), allow)


@cache
def _opencc(config: str) -> Callable[[str], str]:
    try:
        import opencc
    except ImportError:
        raise PluginError("the traditional Chinese edition needs OpenCC: pip install opencc "
                          "(make setup installs it)") from None
    return opencc.OpenCC(config).convert


@cache
def converter(lang: str) -> Callable[[str], str]:
    """The function that writes a ``texts_lang(lang)`` text in ``lang``; the identity for a
    language that is not generated."""
    if lang not in GENERATED:
        return lambda text: text
    convert = _opencc(GENERATED[lang][1])
    table = dict(load_overrides().replace)
    if not table:
        return convert
    # every correction at once, on OpenCC's own output (longest first where two start together)
    wrong = re.compile("|".join(re.escape(w) for w in sorted(table, key=lambda w: -len(w))))

    def to_edition(text: str) -> str:
        return wrong.sub(lambda m: table[m.group()], convert(text))

    return to_edition
