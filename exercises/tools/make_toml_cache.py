"""Writes ``exercises/data/toml.json``: every TOML data file of the package (packs, bank,
role-play, locales, principles) already parsed, keyed by the hash of its text, so that a
check need not run Python's slow TOML reader (see ``sources.parse_toml``). A file whose text
is not in it, such as a trainer's own or one edited since, is simply parsed as TOML.

    .venv/bin/python -m exercises.tools.make_toml_cache          # rewrite the file
    .venv/bin/python -m exercises.tools.make_toml_cache --check  # exit 1 when it is out of date
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

from exercises.sources import TOML_CACHE, content_key
from exercises.tools.generated import render, write_or_check

PACKAGE = Path(__file__).resolve().parent.parent
OUT = PACKAGE.joinpath(*TOML_CACHE)


def data_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.toml") if "tools" not in p.relative_to(PACKAGE).parts)


def table() -> dict[str, str]:
    out: dict[str, str] = {}
    for path in data_files():
        source = path.read_text(encoding="utf-8")
        try:
            parsed = tomllib.loads(source)
        except tomllib.TOMLDecodeError:
            continue  # left to parse_toml, which reports the file and line
        out[content_key(source)] = json.dumps(parsed, ensure_ascii=False, separators=(",", ":"))
    return dict(sorted(out.items()))


def main(argv: list[str]) -> int:
    return write_or_check(OUT, render("make_toml_cache", "toml", table()), "make_toml_cache", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
