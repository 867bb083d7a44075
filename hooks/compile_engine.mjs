// Build step of hooks/bundle_runtime.py, run with Node: Python bytecode compiled by the site's
// own Pyodide (its Python is not the build machine's), so that the browser need not compile
// modules from source each time it starts.
//
//   node hooks/compile_engine.mjs PYODIDE_DIR ENGINE.whl OUT.zip
//     OUT.zip: the engine package of the wheel (exercises/…, no .dist-info) and, for every
//     module, its bytecode where the import system looks for it
//     (exercises/__pycache__/api.cpython-314.pyc). The worker unpacks it into a folder.
//   node hooks/compile_engine.mjs PYODIDE_DIR --stdlib OUT.zip
//     OUT.zip: Pyodide's python_stdlib.zip with each module's source replaced by its bytecode
//     (json/decoder.pyc instead of json/decoder.py; zipimport finds it there). The npm package
//     ships the standard library as source only, and compiling it was most of loadPyodide().
//
// The .pyc files are "unchecked hash-based" (PEP 552): loaded without reading any source.
// Entries carry a fixed date, so the same input always gives the same bytes.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const [pyodideDir, input, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: node hooks/compile_engine.mjs PYODIDE_DIR (ENGINE.whl | --stdlib) OUT.zip");
  process.exit(2);
}
const stdlib = input === "--stdlib";
const { loadPyodide } = await import(resolve(pyodideDir, "pyodide.mjs"));
const pyodide = await loadPyodide({ indexURL: `${resolve(pyodideDir)}/`, stdout: () => {}, stderr: () => {} });
const source = stdlib ? resolve(pyodideDir, "python_stdlib.zip") : input;
pyodide.FS.writeFile("/tmp/in.zip", new Uint8Array(readFileSync(source)));
pyodide.globals.set("STDLIB", stdlib);
pyodide.runPython(`
import importlib.util
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

STAMP = (1980, 1, 1, 0, 0, 0)

def entry(name):
    info = zipfile.ZipInfo(name, date_time=STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info

def bytecode(data, name):
    code = compile(data, name, "exec", dont_inherit=True)
    return bytes(_code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False))

with zipfile.ZipFile("/tmp/in.zip") as src, zipfile.ZipFile("/tmp/out.zip", "w") as dest:
    for name in sorted(src.namelist()):
        if name.endswith("/") or ".dist-info/" in name:
            continue
        data = src.read(name)
        if not name.endswith(".py"):
            dest.writestr(entry(name), data)
        elif STDLIB:
            try:
                dest.writestr(entry(name + "c"), bytecode(data, name))
            except SyntaxError:  # test data that is not meant to compile: kept as it is
                dest.writestr(entry(name), data)
        else:
            dest.writestr(entry(name), data)
            dest.writestr(entry(importlib.util.cache_from_source(name)), bytecode(data, name))
`);
writeFileSync(out, pyodide.FS.readFile("/tmp/out.zip"));
