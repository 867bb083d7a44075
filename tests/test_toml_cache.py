"""The parsed copy of the package's TOML files (exercises/data/toml.json): current, the same
as parsing the TOML, and never used for a text it was not made from."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from exercises.sources import _toml_cache, content_key, parse_toml

ROOT = Path(__file__).resolve().parent.parent


def test_the_shipped_copy_is_current() -> None:
    out = subprocess.run([sys.executable, "-m", "exercises.tools.make_toml_cache", "--check"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_every_data_file_reads_the_same_from_the_copy() -> None:
    files = sorted((ROOT / "exercises").rglob("*.toml"))
    assert len(files) > 40
    for path in files:
        if "tools" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        assert content_key(source) in _toml_cache(), path
        assert parse_toml(source, path.name) == tomllib.loads(source), path


def test_an_edited_file_is_parsed_as_toml_and_each_caller_gets_its_own_copy() -> None:
    source = (ROOT / "exercises" / "principles.toml").read_text(encoding="utf-8")
    edited = source + '\n# a trainer\'s edit\n[extra]\nnote = "x"\n'
    assert content_key(edited) not in _toml_cache()
    assert parse_toml(edited, "principles.toml")["extra"] == {"note": "x"}
    first = parse_toml(source, "principles.toml")
    first["principle"].clear()
    assert parse_toml(source, "principles.toml")["principle"], "a caller's change must not reach the next"
