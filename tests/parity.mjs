// Runs the engine wheel under Pyodide in Node and prints check_json for every fixture.
//   node tests/parity.mjs FIXTURES.json
// FIXTURES.json: {"wheel": "/path/to/handbook_exercises-…-py3-none-any.whl" (or the engine .zip),
//                 "cases": [{"text": "…", "lang": "zh", "exercise": "dividend-date" | null}, …]}
// A case {"roleplay": ID, "lang": …, "replies": [...]} prints roleplay_json instead.
// Prints one JSON array: for each case, the exact string check_json returned (or {"error": …}).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { loadPyodide } = await import(join(root, "node_modules", "pyodide", "pyodide.mjs"));

const fixtures = JSON.parse(readFileSync(process.argv[2], "utf8"));
const pyodide = await loadPyodide({
  indexURL: join(root, "node_modules", "pyodide") + "/",
  // "stdlib": the compiled standard library the site serves (hooks/bundle_runtime.py)
  ...(fixtures.stdlib ? { stdLibURL: fixtures.stdlib } : {}),
  stdout: (line) => process.stderr.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
// the wheel, or the engine zip the site's worker loads (hooks/bundle_runtime.py: with bytecode)
const format = fixtures.wheel.endsWith(".whl") ? "wheel" : "zip";
pyodide.unpackArchive(new Uint8Array(readFileSync(fixtures.wheel)), format);
const api = pyodide.pyimport("exercises.api");
const extraRules = fixtures.rules ?? undefined; // JS null is JsNull in Pyodide 314, undefined is None
const out = [];
for (const c of fixtures.cases) {
  try {
    if (c.roleplay) {
      out.push(api.roleplay_json(c.roleplay, c.lang, JSON.stringify(c.replies)));
      continue;
    }
    out.push(api.check_json.callKwargs(c.text, c.lang, { exercise: c.exercise ?? undefined, extra_rules: extraRules }));
  } catch (error) {
    out.push({ error: String(error.message || error) });
  }
}
process.stdout.write(JSON.stringify(out));
