// Build step of hooks/bundle_runtime.py, run with Node:
//   node hooks/compile_engine.mjs PYODIDE_DIR ENGINE.whl OUT.zip
// Writes OUT.zip: the engine package of the wheel (exercises/…, no .dist-info) and, for every
// module, its bytecode as the site's own Pyodide compiles it (its Python is not the build
// machine's), at the path its import system looks for: exercises/__pycache__/api.cpython-314.pyc.
// The .pyc files are "unchecked hash-based" (PEP 552): loaded without reading the source
// first. The worker unpacks OUT.zip into a folder; compiling the engine from source was most
// of the time its import took on a first visit.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const [pyodideDir, wheel, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: node hooks/compile_engine.mjs PYODIDE_DIR ENGINE.whl OUT.zip");
  process.exit(2);
}
const { loadPyodide } = await import(resolve(pyodideDir, "pyodide.mjs"));
const pyodide = await loadPyodide({ indexURL: `${resolve(pyodideDir)}/`, stdout: () => {}, stderr: () => {} });
pyodide.FS.writeFile("/tmp/engine.whl", new Uint8Array(readFileSync(wheel)));
pyodide.runPython(`
import importlib.util
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

STAMP = (1980, 1, 1, 0, 0, 0)  # fixed dates: the same wheel always gives the same bytes

def entry(name):
    info = zipfile.ZipInfo(name, date_time=STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info

with zipfile.ZipFile("/tmp/engine.whl") as src, zipfile.ZipFile("/tmp/engine.zip", "w") as dest:
    for name in sorted(src.namelist()):
        if name.endswith("/") or ".dist-info/" in name:
            continue
        data = src.read(name)
        dest.writestr(entry(name), data)
        if name.endswith(".py"):
            code = compile(data, name, "exec", dont_inherit=True)
            pyc = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
            dest.writestr(entry(importlib.util.cache_from_source(name)), bytes(pyc))
`);
writeFileSync(out, pyodide.FS.readFile("/tmp/engine.zip"));
