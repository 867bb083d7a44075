"""The Python side of the page's Web Worker (exercises/worker.py), run under CPython.

The browser tests run it under Pyodide (cold start, snapshot, restore); here each function
is checked on its own, and the worker's JavaScript is held to calling only what exists."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest

from exercises import worker
from exercises.exercise_bank import load_bank
from exercises.locale import languages
from exercises.sources import LoadError

ROOT = Path(__file__).resolve().parent.parent
WORKER_JS = (ROOT / "docs" / "assets" / "exercise-worker.js").read_text(encoding="utf-8")


def test_boot_keeps_the_wheel_and_restore_puts_it_back(tmp_path: Path) -> None:
    wheel = tmp_path / "handbook-engine.zip"
    data = os.urandom(4096)
    wheel.write_bytes(data)
    worker.boot(str(wheel))
    wheel.unlink()  # a restored snapshot has Python memory, not files
    worker.restore()
    assert wheel.read_bytes() == data
    wheel.write_bytes(b"damaged")
    worker.restore()
    assert wheel.read_bytes() == data


def test_restore_unpacks_the_engine_into_its_folder_again(tmp_path: Path) -> None:
    """The browser imports the engine from a folder (hooks/bundle_runtime.py's engine zip,
    unpacked); a restored snapshot has no files, so restore() unpacks the zip it kept."""
    engine = tmp_path / "handbook-engine.zip"
    folder = tmp_path / "handbook-engine"
    with zipfile.ZipFile(engine, "w") as archive:
        archive.writestr("exercises/__init__.py", "# the engine\n")
        archive.writestr("exercises/rules/en/acknowledge.toml", "[[rule]]\n")
    worker.boot(str(engine), str(folder))
    engine.unlink()
    assert not folder.exists()  # boot leaves the unpacking to the worker's script
    worker.restore()
    assert engine.is_file()
    assert (folder / "exercises" / "__init__.py").read_text(encoding="utf-8") == "# the engine\n"
    rules = folder / "exercises" / "rules" / "en" / "acknowledge.toml"
    assert rules.read_text(encoding="utf-8") == "[[rule]]\n"


def test_finish_drops_the_parsed_toml_copy() -> None:
    """The parsed copy of the TOML files is loaded for the warm-up but kept out of the
    snapshot (a bigger heap is a slower warm start); a later read loads it again."""
    from exercises.sources import _toml_cache

    assert _toml_cache()  # the shipped copy is there and read
    assert _toml_cache.cache_info().currsize == 1
    worker.finish()
    assert _toml_cache.cache_info().currsize == 0
    assert _toml_cache()


def test_the_warm_up_takes_one_step_per_pack_and_per_exercise_language() -> None:
    expected = len(languages()) + sum(len(ex.data) for ex in load_bank().values())
    step = worker.warmer()
    calls = 1
    while not step():
        calls += 1
        assert calls <= expected + 1
    assert calls == expected + 1  # the last call says "done"
    assert step() is True  # and keeps saying it


def test_the_warm_up_runs_the_trainers_extra_rules() -> None:
    step = worker.warmer('[[rule]]\nid = "no-taboo/x"\n')  # broken: no type, no message …
    for _ in languages():
        assert step() is False  # the packs load
    with pytest.raises(LoadError):
        step()  # the first exercise is checked with the extra rules


def test_the_worker_script_holds_no_python_and_calls_what_exists() -> None:
    python = re.findall(r"runPython\((.*?)\);", WORKER_JS, re.S)
    assert len(python) == 1 and "sys.path.insert" in python[0]  # only putting the engine on the path
    assert "def " not in WORKER_JS and "yield" not in WORKER_JS
    called = set(re.findall(r"\bworker\.(\w+)\(", WORKER_JS)) - {"destroy"}
    assert called == {"boot", "restore", "warmer", "finish"}
    assert all(callable(getattr(worker, name, None)) for name in called)
    assert 'pyimport("exercises.worker")' in WORKER_JS
