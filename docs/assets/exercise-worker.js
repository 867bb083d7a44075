// Web Worker of the exercise widget: runs the rule engine (the `exercises` package) in Pyodide,
// off the page's main thread. Every file comes from the site itself (assets/pyodide/), never a CDN.
//
// Messages in:  {type: "init"}, {type: "check", id, text, lang, exercise},
//               {type: "roleplay", id, scenario, lang, replies} (answered with the path as JSON) and
//               {type: "report", id, files: [{name, text}], lang}  (the class report page)
// Messages out: {type: "ready", timings} | {type: "failed", error} | {type: "result", id, json, timings?} |
//               {type: "error", id, error} | {type: "snapshot", saved, bytes?, ms?, error?} |
//               {type: "progress", id, done, total}  (while a report runs)

import { unzip } from "./engine-unzip.js";

const BASE = new URL("pyodide/", import.meta.url);

let api = null;
let extraRules = null;
let starting = null;
// When each step of the start was done, in ms of this worker's clock (performance.now());
// `origin` (performance.timeOrigin) lets the page put them on its own clock (engine-client.js).
// Reported with "ready"; the first check's start and end come with its result.
const timings = { loaded: performance.now(), start: 0, origin: performance.timeOrigin };
let firstCheck = true;

async function fetchOk(url, as) {
  const response = await fetch(url, { cache: "no-cache" }); // small files; names of the rest change on rebuild
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return as === "json" ? response.json() : response.text();
}

// The two small files every start needs, fetched as soon as the worker exists: the page may
// make it ahead of need (prepareEngine in engine-client.js), and then a first check finds them
// here. A failure is reported when start() awaits them.
let early = null;
function earlyFiles() {
  if (!early) {
    early = {
      runtime: fetchOk(new URL("runtime.json", BASE), "json"),
      module: import(new URL("pyodide.mjs", BASE).href),
    };
    early.runtime.catch(() => {});
    early.module.catch(() => {});
  }
  return early;
}
earlyFiles();

// loadPyodide() never settles when a file it needs cannot be fetched (it logs
// "wasm instantiation failed!" and waits), so every fetch made while starting is watched:
// the first failure (network error or HTTP error) fails the start at once.
function watchFetches() {
  const realFetch = self.fetch.bind(self);
  let fail;
  const failed = new Promise((_, reject) => {
    fail = reject;
  });
  self.fetch = (input, init) => {
    const request = realFetch(input, init).then(
      (response) => {
        if (!response.ok) fail(new Error(`${response.url}: HTTP ${response.status}`));
        return response;
      },
      (error) => {
        fail(error);
        throw error;
      },
    );
    // Pyodide starts the .wasm fetch early and awaits it later: without a handler here a
    // failed fetch would also be reported as an unhandled rejection.
    request.catch(() => {});
    return request;
  };
  return { failed, restore: () => (self.fetch = realFetch) };
}

// ---------------------------------------------------------------- warm start
// After the first start the worker keeps, in IndexedDB, a Pyodide memory snapshot taken with
// the engine imported, its rule packs and exercise bank loaded and every pattern compiled;
// the next visit restores that snapshot and does nothing else (no package loading, no
// imports). The record is keyed by Pyodide's version, the engine's content hashes and
// SNAPSHOT_FORMAT, and carries a checksum of its bytes: a rebuilt engine, another Pyodide or a
// damaged record is deleted and the normal (cold) start runs. Nothing about the snapshot can
// stop the checker from starting.

const DB_NAME = "cs-handbook-engine";
const STORE_NAME = "snapshots";
const META = "engine-meta"; // {key, checksum}: small, read first to decide warm or cold
const BYTES = "engine"; // the snapshot itself (~30 MB), read in parallel with everything else
const SNAPSHOT_FORMAT = 5; // bump when what the worker puts into the snapshot changes
// The engine (runtime.json's `engine`: the package with its bytecode, compiled at build time
// by hooks/compile_engine.mjs) is unpacked into ENGINE_DIR and imported from there; the zip's
// bytes are also kept in Python memory, so after a restore the files are written back from
// there, not fetched.
const ENGINE_ZIP = "/lib/handbook-engine.zip";
const ENGINE_DIR = "/lib/handbook-engine";

function openDb() {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") throw new Error("no IndexedDB");
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore(mode, action) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE_NAME, mode);
      const result = action(tx.objectStore(STORE_NAME));
      tx.oncomplete = () => resolve(result && result.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

function timeout(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), ms));
}

function deleteSnapshot() {
  return withStore("readwrite", (store) => {
    store.delete(META);
    store.delete(BYTES);
  }).catch(() => {});
}

// A checksum of the snapshot's bytes, to catch a damaged record: SHA-256 from crypto.subtle
// (native, off the worker's thread), or, where there is none (an intranet served over plain
// http is not a secure context), two multiplicative lanes over 32-bit words in plain JS.
async function checksum(bytes) {
  if (globalThis.crypto && crypto.subtle) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    return `sha256:${Array.from(digest, (x) => x.toString(16).padStart(2, "0")).join("")}`;
  }
  if (bytes.byteOffset % 4) bytes = bytes.slice(); // a word view needs an aligned start
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
  let a = 0x811c9dc5;
  let b = bytes.byteLength | 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    a = Math.imul(a ^ w, 0x01000193);
    b = Math.imul(b + w + i, 0x9e3779b1) ^ (b >>> 15);
  }
  for (let i = words.length * 4; i < bytes.byteLength; i += 1) a = Math.imul(a ^ bytes[i], 0x01000193);
  return `words:${bytes.byteLength}:${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`;
}

function snapshotKey(version, runtime) {
  const engine = `${runtime.sha256 || runtime.wheel} ${runtime.engine || ""} ${runtime.stdlib || ""}`;
  return `${SNAPSHOT_FORMAT} ${version} ${engine} ${runtime.rules || ""}`;
}

// The stored snapshot, read as soon as the worker starts (in parallel with the other
// fetches), in one transaction so that another tab's new snapshot cannot mix in:
// {meta, bytes}, two promises that never reject (null: none, or IndexedDB unusable); the small
// meta record arrives first.
function readSnapshot() {
  let gotMeta;
  const meta = new Promise((resolve) => (gotMeta = resolve));
  const bytes = withStore("readonly", (store) => {
    const request = store.get(META);
    request.onsuccess = () => gotMeta(request.result ?? null);
    return store.get(BYTES);
  });
  const never = timeout(10000);
  never.catch(() => {});
  bytes.catch(() => gotMeta(null));
  never.catch(() => gotMeta(null));
  return {
    meta: Promise.race([meta, never]).catch(() => null),
    bytes: Promise.race([bytes, never]).catch(() => null),
  };
}

// The snapshot's bytes when they are intact; rejects otherwise.
async function checkedBytes(stored, meta) {
  const value = await stored.bytes;
  if (!value) throw new Error("snapshot missing");
  const bytes = value instanceof Uint8Array ? value : new Uint8Array(value);
  timings.snapshotBytes = performance.now();
  if ((await checksum(bytes)) !== meta.checksum) throw new Error("damaged snapshot");
  timings.snapshotChecked = performance.now();
  return bytes;
}

// Pyodide restores a snapshot by copying it into the memory a fresh start has, and that memory
// does not grow to fit: a snapshot taken after the warm-up grew the heap (more rules, a
// trainer's pack) could not be restored ("offset is out of bounds"). So while this Pyodide is
// instantiated, its memory is grown to the snapshot's size before the copy.
async function withRoomFor(bytes, load) {
  const wasm = globalThis.WebAssembly;
  const { instantiate, instantiateStreaming } = wasm;
  const grow = async (result) => {
    const instance = result && result.instance ? result.instance : result;
    const memory = instance && instance.exports && instance.exports.memory;
    if (memory instanceof wasm.Memory) {
      const needed = (await bytes).length - memory.buffer.byteLength;
      if (needed > 0) memory.grow(Math.ceil(needed / 65536));
    }
    return result;
  };
  wasm.instantiate = (...args) => instantiate.apply(wasm, args).then(grow);
  if (instantiateStreaming) {
    wasm.instantiateStreaming = (...args) => instantiateStreaming.apply(wasm, args).then(grow);
  }
  try {
    return await load();
  } finally {
    wasm.instantiate = instantiate;
    if (instantiateStreaming) wasm.instantiateStreaming = instantiateStreaming;
  }
}

async function startFromSnapshot(loadPyodide, options, stored, meta) {
  const bytes = checkedBytes(stored, meta);
  bytes.catch(() => {}); // awaited by loadPyodide
  const pyodide = await Promise.race([
    withRoomFor(bytes, () => loadPyodide({ ...options, _loadSnapshot: bytes })),
    timeout(60000),
  ]);
  timings.restored = performance.now();
  const worker = pyodide.pyimport("exercises.worker");
  worker.restore();
  worker.destroy();
  return pyodide.pyimport("exercises.api");
}

// The Python side of this worker (boot, restore, warm-up) is exercises/worker.py, tested
// under CPython. Only unpacking the engine and putting it on Python's path is done from here.
function bootEngine(pyodide, bytes, files) {
  pyodide.FS.writeFile(ENGINE_ZIP, bytes);
  if (files) {
    const made = new Set();
    for (const { name, data } of files) {
      const path = `${ENGINE_DIR}/${name}`;
      const folder = path.slice(0, path.lastIndexOf("/"));
      if (!made.has(folder)) pyodide.FS.mkdirTree(folder);
      made.add(folder);
      pyodide.FS.writeFile(path, data);
    }
  } else pyodide.unpackArchive(bytes, "zip", { extractDir: ENGINE_DIR });
  timings.written = performance.now();
  pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(ENGINE_DIR)})`);
  const worker = pyodide.pyimport("exercises.worker");
  worker.boot(ENGINE_ZIP, ENGINE_DIR);
  worker.destroy();
}

let lastCheck = 0;

function later(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// After a cold start and "ready": warm the engine up in small steps (pausing while the
// trainee is checking), take the snapshot and store it. Failures only mean no snapshot.
async function prepareSnapshot(pyodide, key, rules) {
  try {
    const worker = pyodide.pyimport("exercises.worker");
    const step = worker.warmer(rules ?? undefined);
    try {
      for (;;) {
        await later(0);
        while (performance.now() - lastCheck < 1000) await later(250);
        if (step()) break;
      }
    } finally {
      step.destroy();
    }
    worker.finish();
    worker.destroy();
    const started = performance.now();
    const bytes = pyodide.makeMemorySnapshot();
    const sum = await checksum(bytes);
    await withStore("readwrite", (store) => {
      store.clear();
      store.put(bytes, BYTES);
      store.put({ key, checksum: sum }, META);
    });
    self.postMessage({
      type: "snapshot",
      saved: true,
      bytes: bytes.length,
      ms: Math.round(performance.now() - started),
    });
  } catch (error) {
    self.postMessage({ type: "snapshot", saved: false, error: String((error && error.message) || error) });
  }
}

async function start() {
  if (typeof WebAssembly !== "object") throw new Error("WebAssembly is not available");
  timings.start = performance.now();
  const stored = readSnapshot(); // in parallel with everything below
  const watch = watchFetches();
  try {
    const load = async () => {
      // runtime.json, pyodide.mjs and pyodide.asm.mjs are fetched at the same time
      const asm = import(new URL("pyodide.asm.mjs", BASE).href);
      asm.catch(() => {}); // loadPyodide imports it again and reports a failure
      const files = earlyFiles();
      const [runtime, { loadPyodide, version }] = await Promise.all([files.runtime, files.module]);
      timings.fetched = performance.now();
      const rules = runtime.rules ? fetchOk(new URL(runtime.rules, BASE), "text") : null;
      const options = {
        indexURL: BASE.href,
        lockFileURL: new URL(runtime.lock, BASE).href,
        // the standard library as bytecode (hooks/bundle_runtime.py), else Pyodide's own file
        ...(runtime.stdlib ? { stdLibURL: new URL(runtime.stdlib, BASE).href } : {}),
        stdout: () => {},
        stderr: () => {},
      };
      const useSnapshot = runtime.snapshot !== false;
      const key = snapshotKey(version, runtime);
      const meta = await stored.meta;
      timings.snapshotRead = performance.now();
      if (meta && meta.key === key && useSnapshot) {
        try {
          const module = await startFromSnapshot(loadPyodide, options, stored, meta);
          if (rules) extraRules = await rules;
          timings.snapshot = true;
          timings.pyodide = timings.engine = performance.now();
          return { module };
        } catch (error) {
          timings.snapshotError = String((error && error.message) || error);
          await deleteSnapshot();
        }
      } else if (meta) {
        timings.snapshotError = "snapshot of another engine or Pyodide";
        await deleteSnapshot();
      }
      timings.snapshot = false;
      // a runtime.json from before the compiled engine names only the wheel: a zip all the same
      const engineZip = fetch(new URL(runtime.engine || runtime.wheel, BASE)).then((response) => {
        if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
        return response.arrayBuffer();
      });
      engineZip.then(() => (timings.engineFetched = performance.now()), () => {});
      engineZip.catch(() => {}); // awaited below
      const engineFiles = engineZip.then(unzip).then(
        (files) => {
          timings.engineUnzipped = performance.now();
          return files;
        },
        () => null, // Pyodide unpacks it instead
      );
      const pyodide = await loadPyodide({ ...options, _makeSnapshot: useSnapshot });
      timings.pyodide = performance.now();
      bootEngine(pyodide, new Uint8Array(await engineZip), await engineFiles);
      const module = pyodide.pyimport("exercises.api");
      if (rules) extraRules = await rules;
      timings.engine = performance.now();
      return { module, after: useSnapshot ? () => prepareSnapshot(pyodide, key, extraRules) : null };
    };
    const loading = load();
    loading.catch(() => {}); // if a fetch failure wins the race, a late rejection is expected
    watch.failed.catch(() => {});
    const { module, after } = await Promise.race([loading, watch.failed]);
    api = module;
    return after;
  } finally {
    watch.restore();
  }
}

function check({ id, text, lang, exercise }) {
  try {
    const started = performance.now();
    // JS null becomes JsNull in Pyodide 314; undefined becomes None.
    const json = api.check_json.callKwargs(String(text), lang, {
      exercise: exercise || undefined,
      extra_rules: extraRules ?? undefined,
    });
    const spent = firstCheck ? { checkStart: started, checkEnd: performance.now(), origin: timings.origin } : undefined;
    firstCheck = false;
    self.postMessage({ type: "result", id, json, timings: spent });
  } catch (error) {
    self.postMessage({ type: "error", id, error: String((error && error.message) || error) });
  }
}

function roleplay({ id, scenario, lang, replies }) {
  try {
    const json = api.roleplay_json(String(scenario), lang, JSON.stringify(replies || []));
    self.postMessage({ type: "result", id, json });
  } catch (error) {
    self.postMessage({ type: "error", id, error: String((error && error.message) || error) });
  }
}

// A class's answer files, checked by exercises.classreport (what `python -m exercises batch` runs).
function report({ id, files, lang }) {
  let sent = 0;
  const progress = (done, total) => {
    lastCheck = performance.now(); // the snapshot warm-up waits
    if (done === total || lastCheck - sent > 100) {
      sent = lastCheck;
      self.postMessage({ type: "progress", id, done, total });
    }
  };
  try {
    const json = api.class_report_json.callKwargs(JSON.stringify(files), lang, {
      extra_rules: extraRules ?? undefined,
      progress,
    });
    self.postMessage({ type: "result", id, json });
  } catch (error) {
    self.postMessage({ type: "error", id, error: String((error && error.message) || error) });
  }
}

self.onmessage = async (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    const first = !starting;
    starting = starting || start();
    let after = null;
    try {
      after = await starting;
      // a check the page held back until "ready" comes right after it: the warm-up waits for
      // it (a warm-up step that ran first, a whole rule pack, delayed the first feedback)
      lastCheck = performance.now();
      self.postMessage({ type: "ready", timings });
    } catch (error) {
      self.postMessage({ type: "failed", error: String((error && error.message) || error) });
    }
    if (first && after) after(); // the snapshot, after "ready": never delays a check
  } else if (message.type === "check" || message.type === "roleplay") {
    lastCheck = performance.now();
    if (!api) await starting;
    lastCheck = performance.now();
    (message.type === "check" ? check : roleplay)(message);
  } else if (message.type === "report") {
    if (!api) await starting;
    report(message);
  }
};
