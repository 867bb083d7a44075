"""The handbook's principles, read from ``exercises/principles.toml``.

``load_principles()`` returns them in file order; each has ``id``, ``checked`` (``"yes"``,
``"partly"`` or ``"no"``) and a name in every language of the handbook (``locale.py``):
``p.name("zh")``. A missing name is reported by lint as untranslated; until it is written,
the name in the locale's ``texts_from`` language or the default language stands in.
"""

from __future__ import annotations

from functools import cache

from .locale import default_language, get_locale, languages, untranslated
from .record import field, record
from .sources import LoadError, Problem, display_name, key_line, parse_toml, read_package_text

FILE = ("principles.toml",)
CHECKED_VALUES = ("yes", "partly", "no")


@record(frozen=True)
class Principle:
    id: str
    checked: str
    names: dict[str, str] = field(default_factory=dict, compare=False)

    def name(self, lang: str) -> str:
        """The principle's name in ``lang`` (see the module docstring when it has none)."""
        seen: set[str] = set()
        while lang not in self.names and lang not in seen:
            seen.add(lang)
            lang = get_locale(lang).texts_from or default_language()
        return self.names.get(lang, self.id)


def principle_problems() -> tuple[list[Principle], list[Problem]]:
    """Parse principles.toml, returning what could be read and every problem found."""
    name = display_name(*FILE)
    source = read_package_text(*FILE)
    data = parse_toml(source, name)
    problems: list[Problem] = []
    result: list[Principle] = []
    seen: set[str] = set()
    for key in data:
        if key != "principle":
            problems.append(Problem(name, key_line(source, key), f"unknown key {key!r}"))
    for entry in data.get("principle", []):
        pid = str(entry.get("id", ""))
        line = _id_line(source, pid)
        langs = languages()
        for key in entry:
            if key not in ("id", "checked", *langs):
                problems.append(Problem(name, line, f"principle {pid!r}: unknown key {key!r}"))
        missing = [k for k in ("id", "checked", langs[0]) if not isinstance(entry.get(k), str)]
        if missing:
            problems.append(Problem(name, line, f"principle {pid!r}: missing {', '.join(missing)}"))
            continue
        if entry["checked"] not in CHECKED_VALUES:
            problems.append(Problem(name, line, f"principle {pid!r}: checked must be yes, partly or no"))
        if pid in seen:
            problems.append(Problem(name, line, f"duplicate principle id {pid!r}"))
        seen.add(pid)
        names = {lang: entry[lang] for lang in langs if isinstance(entry.get(lang), str)}
        for lang in langs:
            if lang not in names and not get_locale(lang).texts_from:
                message = untranslated(lang, f"principle {pid!r} has no {lang} name")
                problems.append(Problem(name, line, message, kind="untranslated"))
        result.append(Principle(pid, entry["checked"], names))
    return result, problems


def _id_line(source: str, pid: str) -> int:
    for number, line in enumerate(source.splitlines(), start=1):
        if line.strip().startswith("id") and f'"{pid}"' in line:
            return number
    return 1


@cache
def _load() -> tuple[Principle, ...]:
    principles, problems = principle_problems()
    problems = [p for p in problems if p.kind != "untranslated"]
    if problems:
        raise LoadError(problems[0])
    return tuple(principles)


def load_principles() -> list[Principle]:
    """The principles in file order (a new list each call)."""
    return list(_load())


def principle_ids() -> tuple[str, ...]:
    return tuple(p.id for p in _load())


def principle_by_id() -> dict[str, Principle]:
    return {p.id: p for p in _load()}
