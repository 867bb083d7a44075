// Unit tests of docs/assets/engine-unzip.js under Node (run by tests/test_widget_js.py): the
// worker's own unzipping must give exactly the files Python's zipfile wrote.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { unzip } from "../../docs/assets/engine-unzip.js";

const FILES = {
  "exercises/__init__.py": "# 客户服务 engine\n",
  "exercises/__pycache__/api.cpython-314.pyc": "\u0000\u0001binary\u00ff".repeat(50),
  "exercises/rules/zh/acknowledge.toml": "[[rule]]\nid = \"acknowledge/x\"\n".repeat(200),
  "exercises/data/empty.txt": "",
};

// A zip written by Python's zipfile (what hooks/compile_engine.mjs uses): deflated and stored
// entries, a folder entry, and a zip comment (the end record is then not the last 22 bytes).
function pythonZip(folder) {
  const path = join(folder, "engine.zip");
  const script = `
import json, sys, zipfile
files = json.loads(sys.argv[2])
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr(zipfile.ZipInfo("exercises/"), b"")
    for i, (name, text) in enumerate(files.items()):
        z.writestr(name, text.encode("utf-8"), zipfile.ZIP_DEFLATED if i % 2 == 0 else zipfile.ZIP_STORED)
    z.comment = b"made for the test"
`;
  execFileSync("python3", ["-c", script, path, JSON.stringify(FILES)]);
  const bytes = readFileSync(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

test("every file of a zip, with its bytes, folders left out", async () => {
  const files = await unzip(pythonZip(mkdtempSync(join(tmpdir(), "unzip-"))));
  const got = Object.fromEntries(files.map(({ name, data }) => [name, Buffer.from(data).toString("utf-8")]));
  assert.deepEqual(got, FILES);
});

test("what is not a zip is refused, so the worker lets Pyodide unpack it", async () => {
  await assert.rejects(unzip(new TextEncoder().encode("not a zip at all, just some text").buffer), /not a zip/);
});

test("an entry that would land outside the engine's folder is refused", async () => {
  const folder = mkdtempSync(join(tmpdir(), "unzip-"));
  const path = join(folder, "evil.zip");
  execFileSync("python3", ["-c", `import zipfile, sys
with zipfile.ZipFile(sys.argv[1], "w") as z: z.writestr("../outside.py", b"x")`, path]);
  const bytes = readFileSync(path);
  await assert.rejects(unzip(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)), /zip entry/);
});
