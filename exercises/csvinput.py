"""Reading trainers' CSV files (UTF-8, with or without BOM) for ``batch`` and ``eval``."""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class InputError(ValueError):
    """Bad input file; the message is one line for the command line."""


def read_rows(path: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows as dicts with lower-case, trimmed column names; checks the required columns."""
    try:
        raw = Path(path).read_bytes() if path != "-" else sys.stdin.buffer.read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8") from None
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


def guess_lang(text: str) -> str:
    """ "zh" when the text contains Chinese characters, else "en"."""
    return "zh" if _CJK.search(text) else "en"
