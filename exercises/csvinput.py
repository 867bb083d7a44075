"""Reading trainers' CSV files (UTF-8, with or without BOM) for ``batch`` and ``eval``."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

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


def read_rows(path: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows as dicts with lower-case, trimmed column names; checks the required columns."""
    text = read_text(path)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        fields = [(name or "").strip().lower() for name in (reader.fieldnames or [])]
        missing = [c for c in required if c not in fields]
        if missing:
            raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
        rows = []
        for row in reader:
            clean = {(k or "").strip().lower(): (v if isinstance(v, str) else "") for k, v in row.items()}
            rows.append(clean)
    except csv.Error as exc:
        raise InputError(f"{path}: not a valid CSV file: {exc}") from None
    return rows

