"""The Python side of the page's Web Worker (docs/assets/exercise-worker.js), under Pyodide.

The worker unpacks the engine (a zip: the package with its bytecode, see
hooks/bundle_runtime.py) into a folder of Pyodide's file system, imports it from there and,
after the first start, keeps a memory snapshot of Pyodide with everything loaded; the next
visit restores the snapshot and skips all of that. A snapshot holds Python memory only, not
files and not JS objects, so:

- ``boot(path, folder)`` (cold start) keeps the zip's bytes in this module;
- ``restore()`` (after a snapshot is restored) writes them back to the same path and unpacks
  them into the same folder again, so that a later import or data file read finds its file;
- ``finish()`` drops what only the warm-up needed (the parsed TOML copy, ``toml.json``: a
  later read loads it again), so the snapshot stays small;
- ``warmer(extra_rules)`` returns a function that does one step of the warm-up per call
  (``True`` once all is done): every language's pack, then each exercise's bad reply and
  model answers checked in every language, so every pattern is compiled before the snapshot.
  One step per call lets a trainee's check run between two steps.

Nothing here creates a JS object that Python keeps; the worker passes plain strings.

Memory: the Pyodide of ``package.json`` copies a snapshot into the memory a fresh start has
(``HEAP8.set``, 30 MB) and does not grow it, so a warm-up that grew the heap (more rules, a
trainer's big rule file) made a snapshot that could not be restored. The worker now grows the
new memory to the snapshot's size before the copy (``withRoomFor`` in exercise-worker.js;
``test_browser`` restores a 40 MB+ snapshot). A bigger snapshot still costs storage and
reading time, so keep caches small.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator

# zip path -> (its bytes, the folder it is unpacked into, or None); one entry
_wheel: dict[str, tuple[bytes, str | None]] = {}


def boot(path: str, folder: str | None = None) -> None:
    """Cold start: remember the engine zip at ``path`` (unpacked into ``folder``, if given)
    and import what a check needs."""
    with open(path, "rb") as f:
        data = f.read()
    _wheel.clear()
    _wheel[path] = (data, folder)
    from . import api  # noqa: F401  (imported here, so it is in the snapshot)


def restore() -> None:
    """After a snapshot is restored: put the engine zip and its folder back on the file system."""
    for path, (data, folder) in _wheel.items():
        with open(path, "wb") as f:
            f.write(data)
        if folder is not None:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                archive.extractall(folder)


def warm_steps(extra_rules: str | None = None) -> Iterator[None]:
    """Load and compile what a first check would (see the module docstring), step by step."""
    from .api import check_json
    from .exercise_bank import load_bank
    from .locale import languages
    from .packs import load_pack

    for lang in languages():
        load_pack(lang)
        yield
    for ex in load_bank().values():
        for lang in languages():
            if lang not in ex.data:
                continue
            texts = ex.lang(lang)
            for text in (texts.bad_reply, *texts.model_answers):
                check_json(text, lang, ex.id, extra_rules)
            yield


def warmer(extra_rules: str | None = None) -> Callable[[], bool]:
    """One warm-up step per call; ``True`` when there is nothing left to do."""
    steps = warm_steps(extra_rules)

    def step() -> bool:
        return next(steps, True) is True

    return step


def finish() -> None:
    """Before the snapshot: drop what the warm-up left behind."""
    import gc

    from .sources import _toml_cache

    _toml_cache.cache_clear()
    gc.collect()
