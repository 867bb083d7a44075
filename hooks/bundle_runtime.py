"""MkDocs hook: put the exercise runtime into the built site (no CDN, works offline).

Writes into `<site>/assets/pyodide/`:

- the Pyodide core from `node_modules/pyodide` (installed by `make setup` via `npm ci`):
  pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm, python_stdlib.zip;
- the engine as a pure-Python wheel built from this repository (`pip wheel . --no-deps`),
  built once per content hash and cached in the temp directory;
- `pyodide-lock.<hash>.json` listing only the engine wheel, so the worker can `loadPackage` it;
- `handbook-engine.<hash>.zip`, what the worker actually loads: the wheel's `exercises/`
  package with every module's bytecode, compiled at build time by this same Pyodide under Node
  (`hooks/compile_engine.mjs`; cached like the wheel). The worker unpacks it into a folder of
  Pyodide's file system and imports from there: compiling the modules from source and reading
  package files out of a zip were most of the engine's share of a first visit;
- `python_stdlib.<hash>.zip`: Pyodide's standard library with bytecode instead of source,
  compiled the same way (the npm package ships source only; compiling the modules Python needs
  to start was most of `loadPyodide()`). The worker passes it as `stdLibURL`; the npm file
  `python_stdlib.zip` is still copied (a `runtime.json` without `stdlib` falls back to it);
- `runtime.json`: the package name, the wheel's, the engine zip's, the standard library's and
  the lock's file names and, when
  mkdocs.yml names one (`extra: exercises: rules: company.toml`), the trainer's extra rule
  file, copied next to it (`extra-rules.<hash>.toml`). The worker passes its text to
  `check_json(..., extra_rules=...)`, exactly as `python -m exercises check --rules` does;
  `snapshot` (mkdocs.yml `extra: exercises: snapshot: false` switches it off) lets the
  worker keep a Pyodide memory snapshot in the browser for quicker warm starts; `sha256`
  (the wheel's full content hash) and `pyodide` (the npm package's version) key that
  snapshot, so a rebuilt engine or another Pyodide never restores a stale one.

mkdocs-static-i18n runs one build per language (the English one inside the Chinese one's
`on_post_build`, into `site/en/`), and every language shares `site/assets/`; so this hook
always writes into the root site directory and skips files that are already identical.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from handbook_site import config_dir, settings, site_root
from mkdocs.exceptions import PluginError

PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
RUNTIME_DIR = "assets/pyodide"
ENGINE_PACKAGE = "handbook-exercises"


def _copy_if_changed(src: Path, dest: Path) -> None:
    if dest.exists() and dest.stat().st_size == src.stat().st_size and _sha256(dest) == _sha256(src):
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


# The parsed copy of the TOML files (exercises/data/toml.json) is in the page's wheel too: it
# spares a first check Python's TOML reader (about a third of its time). It once had to stay
# out, because its strings made a memory snapshot Pyodide could not restore ("offset is out of
# bounds"); the worker now grows the memory before a restore, and exercises/worker.py drops the
# cached copy before the snapshot is taken, so the snapshot is no bigger for it.


def _source_files(root: Path) -> list[Path]:
    files = [root / "pyproject.toml"]
    for path in sorted((root / "exercises").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            files.append(path)
    return files


def build_wheel(root: Path) -> Path:
    """The engine wheel (py3-none-any, with its TOML data), cached by the sources' content hash."""
    digest = hashlib.sha256()
    sources = _source_files(root)
    for path in sources:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    cache = Path(tempfile.gettempdir()) / f"handbook-engine-wheel-{digest.hexdigest()[:16]}"
    wheels = sorted(cache.glob("*.whl")) if cache.is_dir() else []
    if wheels:
        return wheels[0]
    work = Path(tempfile.mkdtemp(prefix="handbook-wheel-src-"))
    try:
        for path in sources:  # build from a copy: no build/ or egg-info left in the shared tree
            target = work / path.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        out = Path(tempfile.mkdtemp(prefix="handbook-wheel-out-"))
        cmd = [sys.executable, "-m", "pip", "wheel", str(work), "--no-deps", "--no-build-isolation",
               "--no-index", "--quiet", "-w", str(out)]
        result = subprocess.run(cmd, capture_output=True, text=True)
        built = sorted(out.glob("*-py3-none-any.whl"))
        if result.returncode != 0 or not built:
            raise PluginError(f"could not build the engine wheel: {result.stderr.strip()[-2000:]}")
        cache.mkdir(parents=True, exist_ok=True)
        final = cache / built[0].name
        shutil.move(str(built[0]), final)
        shutil.rmtree(out, ignore_errors=True)
        return final
    finally:
        shutil.rmtree(work, ignore_errors=True)


COMPILER = Path(__file__).resolve().parent / "compile_engine.mjs"


def _compiled(kind: str, source: str, pyodide_dir: Path, digest: Any) -> Path:
    """hooks/compile_engine.mjs run on ``source`` (a wheel, or ``--stdlib``), cached in the temp
    directory by ``digest`` (of the input), Pyodide's version and the compiler itself."""
    digest.update((pyodide_dir / "package.json").read_bytes())
    digest.update(COMPILER.read_bytes())
    cached = Path(tempfile.gettempdir()) / f"handbook-{kind}-{digest.hexdigest()[:16]}.zip"
    if cached.is_file():
        return cached
    node = shutil.which("node")
    if node is None:
        raise PluginError(f"node is not installed: the {kind}'s bytecode is compiled with Pyodide under Node")
    partial = cached.with_suffix(f".{os.getpid()}.part")
    try:
        result = subprocess.run([node, str(COMPILER), str(pyodide_dir), source, str(partial)],
                                capture_output=True, text=True, timeout=600)
        if result.returncode != 0 or not partial.is_file():
            raise PluginError(f"could not compile the {kind} with Pyodide: {result.stderr.strip()[-2000:]}")
        partial.replace(cached)  # whole or not at all, when two builds run at once
    finally:
        partial.unlink(missing_ok=True)
    return cached


def build_engine_zip(wheel: Path, pyodide_dir: Path) -> Path:
    """The engine as the worker loads it (see the module docstring), cached by the wheel's and
    Pyodide's content. Needs Node, as `make setup` (npm ci) does."""
    return _compiled("engine", str(wheel), pyodide_dir, hashlib.sha256(wheel.read_bytes()))


def build_stdlib_zip(pyodide_dir: Path) -> Path:
    """Pyodide's standard library as bytecode (see the module docstring), cached."""
    return _compiled("stdlib", "--stdlib", pyodide_dir, hashlib.sha256(b"stdlib"))


def lock_for_wheel(wheel: Path, npm_lock: Path) -> dict[str, Any]:
    """A pyodide-lock.json that lists only the engine wheel.

    The package entry comes from pyodide-lock's own `package_spec_from_wheel` (name, version,
    imports, sha256). The `info` block is copied from the npm package's lock: pyodide-lock
    0.1.0a4 (the version that fits pyodide-build 0.25.1) cannot parse Pyodide 314's lock
    (`abi_version`, `tool` and no `version` field), so the file is written as plain JSON.
    """
    info = json.loads(npm_lock.read_text(encoding="utf-8"))["info"]
    try:
        from pyodide_lock import InfoSpec
        from pyodide_lock.utils import package_spec_from_wheel

        spec = package_spec_from_wheel(
            wheel, InfoSpec(arch=info.get("arch", "wasm32"), platform=info["platform"],
                            version=info.get("version", "0"), python=info["python"])
        )
        entry: dict[str, Any] = spec.dict()
        entry.pop("shared_library", None)
    except ImportError:  # the build extra is not installed: same fields, by hand
        name, version = wheel.name.split("-")[:2]
        entry = {"name": ENGINE_PACKAGE, "version": version, "sha256": _sha256(wheel),
                 "package_type": "package", "install_dir": "site", "imports": ["exercises"],
                 "depends": [], "unvendored_tests": False}
    entry["file_name"] = wheel.name
    return {"info": info, "packages": {entry["name"]: entry}}


def on_post_build(config: Any) -> None:
    root = config_dir(config)
    conf = settings(config)
    npm = root / "node_modules" / "pyodide"
    missing = [name for name in (*PYODIDE_FILES, "pyodide-lock.json") if not (npm / name).is_file()]
    if missing:
        raise PluginError(f"node_modules/pyodide lacks {', '.join(missing)}: run `make setup` (npm ci)")
    dest = site_root(config) / RUNTIME_DIR
    dest.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        _copy_if_changed(npm / name, dest / name)

    wheel = build_wheel(root)
    # Content-addressed names: nginx (deploy/nginx.conf) caches /pyodide/ for 30 days, so a
    # rebuilt engine must get new URLs. The wheel carries a build tag from its hash (still a
    # valid wheel name), the lock file a hash in its name; runtime.json (fetched with
    # cache: "no-cache") names both.
    digest = _sha256(wheel)[:12]
    name, version, rest = wheel.name.split("-", 2)
    served = dest / f"{name}-{version}-0{digest}-{rest}"
    lock = lock_for_wheel(wheel, npm / "pyodide-lock.json")
    lock_name_ = lock_name(lock)
    lock["packages"][lock_name_]["file_name"] = served.name
    lock_text = json.dumps(lock, indent=1, sort_keys=True)
    lock_file = dest / f"pyodide-lock.{hashlib.sha256(lock_text.encode()).hexdigest()[:12]}.json"
    engine = build_engine_zip(wheel, npm)
    engine_name = f"handbook-engine.{_sha256(engine)[:12]}.zip"
    stdlib = build_stdlib_zip(npm)
    stdlib_name = f"python_stdlib.{_sha256(stdlib)[:12]}.zip"
    made = [*dest.glob("*.whl"), *dest.glob("pyodide-lock*.json"), *dest.glob("handbook-engine.*.zip"),
            *dest.glob("python_stdlib.*.zip")]
    for old in made:
        if old.name not in (served.name, lock_file.name, engine_name, stdlib_name):
            old.unlink()
    _copy_if_changed(wheel, served)
    _copy_if_changed(engine, dest / engine_name)
    _copy_if_changed(stdlib, dest / stdlib_name)
    lock_file.write_text(lock_text, encoding="utf-8")

    rules_name = None
    if conf.rules_text is not None:  # the trainer's file, checked by handbook_site.settings
        text = conf.rules_text
        rules_name = f"extra-rules.{hashlib.sha256(text.encode()).hexdigest()[:12]}.toml"
        (dest / rules_name).write_text(text, encoding="utf-8")
    for old in dest.glob("extra-rules*.toml"):
        if old.name != rules_name:
            old.unlink()
    pyodide_version = json.loads((npm / "package.json").read_text(encoding="utf-8"))["version"]
    runtime = {"package": lock_name_, "wheel": served.name, "engine": engine_name, "stdlib": stdlib_name,
               "sha256": _sha256(wheel),
               "pyodide": pyodide_version, "lock": lock_file.name, "rules": rules_name,
               "snapshot": conf.snapshot}
    (dest / "runtime.json").write_text(json.dumps(runtime, indent=1), encoding="utf-8")


def lock_name(lock: dict[str, Any]) -> str:
    return next(iter(lock["packages"]))
