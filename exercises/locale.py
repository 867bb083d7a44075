"""The handbook's languages, read from ``exercises/locales/<lang>.toml`` (one file a language).

The list of languages everywhere (rule packs, exercise bank, principle names, command line,
site hooks, the browser worker) is the list of these files, in their ``order``. A locale
holds the fixed texts of the checker, the widget and the printed book, punctuation, the
``html lang`` and a few defaults (see zh.toml). A locale may say ``texts_from = "<lang>"``:
every text it does not give is then taken from that locale (a generated edition, such as
traditional Chinese from simplified, needs only what differs).

API::

    languages()            # ("zh", "en"), in order
    default_language()     # the first one
    get_locale("en")       # a Locale: .text(section, key), .punct(key), .default(key), .html_lang
    guess_lang(text)       # the language a text is written in (``detect`` patterns)
    locale_problems()      # lint: bad files, untranslated sections and texts
"""

from __future__ import annotations

import re
from functools import cache

from .record import field, record
from .sources import (
    LoadError,
    Problem,
    display_name,
    key_line,
    parse_package_files,
    parse_toml,
)

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any

FOLDER = "locales"
SECTIONS = ("locale", "defaults", "punctuation", "messages", "page", "widget", "print")
LOCALE_KEYS = {"name", "html_lang", "order", "detect", "texts_from"}
DEFAULT_KEYS = {"near_empty": int, "phrase_reach": int, "unless_window": int, "spaced_words": bool}


@record(frozen=True)
class Locale:
    lang: str
    name: str
    html_lang: str
    order: int
    detect: str
    texts_from: str
    data: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    file: str = ""

    def _lookup(self, section: str, key: str) -> Any:
        seen: set[str] = set()
        loc: Locale | None = self
        while loc is not None and loc.lang not in seen:
            seen.add(loc.lang)
            table = loc.data.get(section, {})
            if key in table:
                return table[key]
            loc = _locales().get(loc.texts_from) if loc.texts_from else None
        raise KeyError(f"locale {self.lang!r} has no {section}.{key} (and no locale it takes texts from has)")

    def text(self, section: str, key: str) -> Any:
        """One text (or a small table of texts) of ``[section]``."""
        return self._lookup(section, key)

    def texts(self, section: str) -> dict[str, Any]:
        """Every text of ``[section]``, with those taken from ``texts_from`` filled in."""
        keys: list[str] = []
        seen: set[str] = set()
        loc: Locale | None = self
        while loc is not None and loc.lang not in seen:
            seen.add(loc.lang)
            keys += [k for k in loc.data.get(section, {}) if k not in keys]
            loc = _locales().get(loc.texts_from) if loc.texts_from else None
        return {k: self._lookup(section, k) for k in keys}

    def punct(self, key: str) -> str:
        return str(self._lookup("punctuation", key))

    def default(self, key: str) -> Any:
        return self._lookup("defaults", key)


def _read(file_name: str, source: str) -> tuple[Locale | None, list[Problem]]:
    lang = file_name.removesuffix(".toml")
    name = display_name(FOLDER, file_name)
    data = parse_toml(source, name)
    problems: list[Problem] = []
    for key in data:
        if key not in SECTIONS:
            problems.append(Problem(name, key_line(source, key), f"unknown section [{key}]"))
    head = data.get("locale")
    if not isinstance(head, dict):
        return None, [Problem(name, 1, "[locale] is missing")]
    for key in head:
        if key not in LOCALE_KEYS:
            problems.append(Problem(name, key_line(source, key), f"[locale] unknown key {key!r}"))
    for key in ("name", "html_lang", "detect", "texts_from"):
        if not isinstance(head.get(key, ""), str):
            problems.append(Problem(name, key_line(source, key), f"[locale] {key} must be a text"))
    order = head.get("order")
    if not isinstance(order, int) or isinstance(order, bool):
        problems.append(Problem(name, key_line(source, "order"), "[locale] order must be a whole number"))
        order = 0
    detect = str(head.get("detect", ""))
    try:
        re.compile(detect)
    except re.error as exc:
        problems.append(Problem(name, key_line(source, "detect"), f"[locale] detect does not compile: {exc}"))
    for key, value in data.get("defaults", {}).items():
        kind = DEFAULT_KEYS.get(key)
        if kind is None:
            problems.append(Problem(name, key_line(source, key), f"[defaults] unknown key {key!r}"))
        elif not isinstance(value, kind) or (kind is int and (isinstance(value, bool) or value < 0)):
            message = f"[defaults] {key} must be a {kind.__name__}"
            problems.append(Problem(name, key_line(source, key), message))
    locale = Locale(
        lang=lang,
        name=str(head.get("name") or lang),
        html_lang=str(head.get("html_lang") or lang),
        order=order,
        detect=detect,
        texts_from=str(head.get("texts_from") or ""),
        data=data,
        file=name,
    )
    return locale, problems


@cache
def _loaded() -> tuple[dict[str, Locale], tuple[Problem, ...]]:
    locales: dict[str, Locale] = {}
    problems: list[Problem] = []
    for locale, more in parse_package_files(FOLDER, _read):
        problems += more
        if locale is not None:
            locales[locale.lang] = locale
    if not locales:
        problems.append(Problem(display_name(FOLDER), 1, "no locale file: the handbook has no language"))
    for loc in locales.values():
        if loc.texts_from and loc.texts_from not in locales:
            problems.append(Problem(loc.file, 1, f"texts_from names no locale: {loc.texts_from!r}"))
    ordered = dict(sorted(locales.items(), key=lambda item: (item[1].order, item[0])))
    return ordered, tuple(problems)


def _locales() -> dict[str, Locale]:
    locales, problems = _loaded()
    if problems:
        raise LoadError(problems[0])
    return locales


def languages() -> tuple[str, ...]:
    """Every language of the handbook, in order (the first is the default)."""
    return tuple(_locales())


def language_choices() -> str:
    """The languages as a message lists them: ``zh or en``."""
    return " or ".join(languages())


def default_language() -> str:
    return languages()[0]


def get_locale(lang: str) -> Locale:
    """The locale of ``lang``; a language without one gets the catch-all locale (see guess_lang)."""
    locales = _locales()
    return locales.get(lang) or locales[_catch_all()]


def _catch_all() -> str:
    """The language of a text no ``detect`` pattern claims: the locale with an empty one."""
    locales = _locales()
    return next((lang for lang, loc in locales.items() if not loc.detect), default_language())


@cache
def _detectors() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((lang, re.compile(loc.detect)) for lang, loc in _locales().items() if loc.detect)


def guess_lang(text: str) -> str:
    """The first language whose ``detect`` pattern occurs in ``text``, else the catch-all one."""
    for lang, pattern in _detectors():
        if pattern.search(text):
            return lang
    return _catch_all()


def names_list(lang: str, items: Any) -> str:
    """Items joined as a list is written in ``lang`` (``、`` or ``, ``)."""
    return get_locale(lang).punct("list").join(items)


def untranslated(lang: str, what: str) -> str:
    """How lint says that ``what`` has no ``lang`` version yet."""
    return f"not translated into {lang} yet: {what}"


def locale_problems() -> list[Problem]:
    """Problems in the locale files: syntax and keys, and every section or text that the
    first (reference) locale has and another one lacks without naming a ``texts_from``."""
    try:
        locales, problems = _loaded()
    except LoadError as exc:
        return [exc.problem]
    out = list(problems)
    if not locales:
        return out
    reference = next(iter(locales.values()))
    for loc in list(locales.values())[1:]:
        if loc.texts_from:
            continue
        for section in SECTIONS:
            want = reference.data.get(section)
            if not isinstance(want, dict):
                continue
            have = loc.data.get(section)
            missing = [f"section [{section}] is missing"] if not isinstance(have, dict) else [
                f"[{section}] {key}" if key not in have else f"[{section}.{key}] {sub}"
                for key, value in want.items()
                for sub in (value if isinstance(value, dict) and isinstance(have.get(key), dict) else [None])
                if key not in have or (sub is not None and sub not in have[key])
            ]
            out += [Problem(loc.file, 1, untranslated(loc.lang, m), kind="untranslated") for m in missing]
    return out
