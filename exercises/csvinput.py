"""Reading trainers' CSV files (UTF-8, with or without BOM) for ``batch`` and ``eval``, and
making the cells the command line writes safe to open in a spreadsheet.

Formula injection (OWASP): a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is written with a ``'`` in front (``safe_cell``), so a spreadsheet shows it
as text instead of running it; reading drops that one ``'`` again (``restore_cell``), so a
file the command line or the page wrote reads back unchanged in meaning.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

TYPE_CHECKING = False  # typing is not imported at run time: importing it cost a check 3 ms
if TYPE_CHECKING:
    from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_FIELD = 1 << 24  # characters in one cell; the csv module's default (131 072) is too small


class InputError(ValueError):
    """Bad input file; the message is one line for the command line."""


def read_text(path: str | None) -> str:
    """A UTF-8 file (with or without BOM), or standard input for ``None`` or ``-``."""
    name = path if path and path != "-" else "standard input"
    try:
        raw = Path(path).read_bytes() if path and path != "-" else sys.stdin.buffer.read()
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8") from None


def safe_cell(value: object) -> str:
    """``value`` as a CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


class SafeWriter:
    """Writes CSV rows (``\\n`` line ends) with every cell through ``safe_cell``; a cell holding
    a comma, a quote, ``\\n`` or ``\\r`` is quoted (the csv module leaves a lone ``\\r`` bare
    when the line end is ``\\n``, which splits the row when read back)."""

    def __init__(self, out: io.StringIO) -> None:
        self.out = out

    def writerow(self, cells: Any) -> None:
        self.out.write(",".join(_quote(safe_cell(cell)) for cell in cells) + "\n")


def _quote(cell: str) -> str:
    if any(ch in cell for ch in ',"\n\r'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def restore_cell(text: str) -> str:
    """The cell ``safe_cell`` was given: one leading ``'`` before a formula start is dropped."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def read_records(
    path: str, required: tuple[str, ...]
) -> tuple[list[tuple[int, dict[str, str]]], list[dict[str, Any]]]:
    """``(rows, skipped)``: each row with the line it starts on (as an editor counts lines),
    as a dict with lower-case, trimmed column names and restored cells; ``skipped`` lists
    ``{"line", "reason"}`` for text that is not a row — a quote that is never closed swallows
    the rest of the file into one cell, so that record is skipped, not checked."""
    return parse_records(read_text(path), path, required)


def parse_records(
    text: str, path: str, required: tuple[str, ...]
) -> tuple[list[tuple[int, dict[str, str]]], list[dict[str, Any]]]:
    """``read_records`` on a file's text (a leading BOM is dropped); ``path`` names it in errors."""
    text = text.removeprefix("\ufeff")
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))
    lines = list(io.StringIO(text, newline=""))
    reader = csv.reader(iter(lines))
    rows: list[tuple[int, dict[str, str]]] = []
    skipped: list[dict[str, Any]] = []
    try:
        header = next(reader, None)
        fields = [restore_cell(name).strip().lower() for name in (header or [])]
        missing = [c for c in required if c not in fields]
        if missing:
            raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
        while True:
            start = reader.line_num + 1
            record = next(reader, None)
            if record is None:
                break
            if not record:
                continue
            if reader.line_num == len(lines) and _unterminated("".join(lines[start - 1 :])):
                last = reader.line_num
                skipped.append(
                    {
                        "line": start,
                        "reason": f"a quote opened here is never closed (lines {start}-{last} skipped)",
                    }
                )
                break
            row = {name: "" for name in fields}
            for name, value in zip(fields, record, strict=False):
                row[name] = restore_cell(value)
            rows.append((start, row))
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}: not a valid CSV file: {exc}") from None
    return rows, skipped


def _unterminated(record_text: str) -> bool:
    try:
        for _ in csv.reader(io.StringIO(record_text, newline=""), strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def read_rows(path: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows as dicts with lower-case, trimmed column names; checks the required columns."""
    rows, _ = read_records(path, required)
    return [row for _, row in rows]
