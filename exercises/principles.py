"""The handbook's principles, read from ``exercises/principles.toml``.

``load_principles()`` returns them in file order; each has ``id``, ``zh``, ``en`` and
``checked`` (``"yes"``, ``"partly"`` or ``"no"``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .sources import LoadError, Problem, display_name, key_line, parse_toml, read_package_text

FILE = ("principles.toml",)
CHECKED_VALUES = ("yes", "partly", "no")
_KEYS = {"id", "zh", "en", "checked"}


@dataclass(frozen=True)
class Principle:
    id: str
    zh: str
    en: str
    checked: str

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


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
        for key in entry:
            if key not in _KEYS:
                problems.append(Problem(name, line, f"principle {pid!r}: unknown key {key!r}"))
        missing = [k for k in ("id", "zh", "en", "checked") if not isinstance(entry.get(k), str)]
        if missing:
            problems.append(Problem(name, line, f"principle {pid!r}: missing {', '.join(missing)}"))
            continue
        if entry["checked"] not in CHECKED_VALUES:
            problems.append(Problem(name, line, f"principle {pid!r}: checked must be yes, partly or no"))
        if pid in seen:
            problems.append(Problem(name, line, f"duplicate principle id {pid!r}"))
        seen.add(pid)
        result.append(Principle(pid, entry["zh"], entry["en"], entry["checked"]))
    return result, problems


def _id_line(source: str, pid: str) -> int:
    for number, line in enumerate(source.splitlines(), start=1):
        if line.strip().startswith("id") and f'"{pid}"' in line:
            return number
    return 1


@cache
def _load() -> tuple[Principle, ...]:
    principles, problems = principle_problems()
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
