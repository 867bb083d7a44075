"""Reading the package's data files and reporting problems in them.

Package data is read only through ``importlib.resources`` (works from a wheel, a zip and
Pyodide's virtual file system). Problems carry a file name and a best-effort 1-based line.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from .record import field, record

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")


PACKAGE = "exercises"
_HERE = Path(__file__).resolve().parent


@record(frozen=True)
class Problem:
    """One thing wrong in a data file; ``str(problem)`` is ``"path:line: message"``."""

    file: str
    line: int
    message: str
    # "untranslated": a text, section or file that one language does not have yet (lint
    # reports it; loading goes on with the languages that are there)
    kind: str = field(default="", compare=False)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class LoadError(ValueError):
    """A data file cannot be used. ``problem`` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def package_file(*parts: str) -> Any:
    """The file ``exercises/<parts>``: a plain path when the package lies in a folder (fast),
    else an ``importlib.resources`` Traversable (a zip, as in the browser)."""
    if (_HERE / "__init__.py").is_file():
        return _HERE.joinpath(*parts)
    from importlib import resources

    node = resources.files(PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    return node


def display_name(*parts: str) -> str:
    """How a package file is named in messages: ``exercises/rules/zh.toml``."""
    return "/".join((PACKAGE, *parts))


def read_package_text(*parts: str) -> str:
    """A package file as text (UTF-8; ``\\r\\n`` and ``\\r`` read as ``\\n``, as in text mode).
    Read as bytes and decoded at once: reading in text mode took twice as long."""
    text = package_file(*parts).read_bytes().decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def list_package_dir(*parts: str, suffix: str = "") -> list[str]:
    """Sorted file names in a package folder (empty when the folder is missing)."""
    folder = package_file(*parts)
    try:
        names = [entry.name for entry in folder.iterdir() if entry.is_file()]
    except (FileNotFoundError, NotADirectoryError, OSError):
        return []
    return sorted(name for name in names if name.endswith(suffix))


_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


TOML_CACHE = ("data", "toml.json")


def content_key(source: str) -> str:
    """A short key for a text (its length and two checksums): how the generated tables of
    ``exercises/data/`` find a pattern or a file they were made from."""
    data = source.encode("utf-8", "surrogatepass")
    return f"{len(data):x}-{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def shipped_table(parts: tuple[str, ...], key: str) -> dict[str, Any]:
    """The table ``key`` of a generated JSON file of the package (``exercises/data/``), or
    ``{}`` when the file is missing or broken (the engine then works it out on the spot)."""
    try:
        data = json.loads(package_file(*parts).read_bytes())
    except (OSError, ValueError):
        return {}
    table = data.get(key, {}) if isinstance(data, dict) else {}
    return table if isinstance(table, dict) else {}


@cache
def _toml_cache() -> dict[str, str]:
    """The shipped data files already parsed, as JSON text by the hash of their TOML text
    (``exercises/tools/make_toml_cache.py``): Python's TOML reader is slow enough that parsing
    the packs cost a third of a command-line check. A file that is not in it (a trainer's, an
    edited one) is parsed as TOML."""
    return shipped_table(TOML_CACHE, "toml")


def parse_toml(source: str, file: str) -> dict[str, Any]:
    """Parse TOML text; a syntax error becomes a LoadError with the file and line."""
    known = _toml_cache().get(content_key(source))
    if isinstance(known, str):
        return json.loads(known)  # a new object each time: callers may change what they get
    import tomllib  # only for a file the cache does not hold (importing it costs a check 5 ms)

    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        text = str(exc)
        found = _TOML_LINE.search(text)
        line = int(found.group(1)) if found else 1
        message = _TOML_LINE.sub("", text).strip() or "invalid TOML"
        raise LoadError(Problem(file, line, f"TOML syntax error: {message}")) from None


@lru_cache(maxsize=32)
def source_lines(source: str) -> tuple[str, ...]:
    """``source.splitlines()``, kept: a rule's line is looked up once per rule at every load, and
    splitting a 50 KB pack file afresh each time cost more than the lookups."""
    return tuple(source.splitlines())


def find_line(source: str, *needles: str, start_line: int = 1) -> int:
    """1-based line of the first needle found (searching from ``start_line``), else ``start_line``."""
    lines = source_lines(source)
    for needle in needles:
        if not needle:
            continue
        for number in range(max(start_line, 1), len(lines) + 1):
            if needle in lines[number - 1]:
                return number
    return max(start_line, 1)


_KEY_BEFORE = re.compile(r'[ \t]*(?:\[+[ \t]*)?("?)')  # what may stand before a key on its line
_KEY_AFTER = re.compile(r'("?)[ \t]*[=\].]')  # and after it


def key_line(source: str, key: str, start_line: int = 1) -> int:
    """Line of ``key = …`` (or ``[key]`` / ``"key" =``) at or after ``start_line``.

    Runs at every load, once per word class: each place the key occurs is checked with two
    patterns compiled once, not with a pattern made (and compiled) for each key."""
    offset = 0
    for _ in range(max(start_line, 1) - 1):  # the start of line ``start_line``
        offset = source.find("\n", offset) + 1
        if offset == 0:
            return find_line(source, key, start_line=start_line)
    at = source.find(key, offset) if key else -1
    while at >= 0:
        line_start = source.rfind("\n", 0, at) + 1
        before = _KEY_BEFORE.fullmatch(source, line_start, at)
        after = _KEY_AFTER.match(source, at + len(key))
        if before and after and before.group(1) == after.group(1):
            return source.count("\n", 0, line_start) + 1
        at = source.find(key, at + 1)
    return find_line(source, key, start_line=start_line)


def parse_package_files(
    folder: str, parse: Callable[[str, str], tuple[T | None, list[Problem]]]
) -> list[tuple[T | None, list[Problem]]]:
    """Each TOML file of a package folder, in name order, through ``parse(file_name, source)``:
    what it made (or None) and its problems. A file that is not valid TOML or not UTF-8 gives
    (None, [that problem]); the other files are still read."""
    out: list[tuple[T | None, list[Problem]]] = []
    for file_name in list_package_dir(folder, suffix=".toml"):
        try:
            out.append(parse(file_name, read_package_text(folder, file_name)))
        except LoadError as exc:
            out.append((None, [exc.problem]))
        except UnicodeDecodeError:
            out.append((None, [Problem(display_name(folder, file_name), 1, "not UTF-8")]))
    return out
