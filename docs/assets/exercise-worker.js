// Web Worker of the exercise widget: runs the rule engine (the `exercises` wheel) in Pyodide,
// off the page's main thread. Every file comes from the site itself (assets/pyodide/), never a CDN.
//
// Messages in:  {type: "init"}  and  {type: "check", id, text, lang, exercise}
// Messages out: {type: "ready"} | {type: "failed", error} | {type: "result", id, json} | {type: "error", id, error}

const BASE = new URL("pyodide/", import.meta.url);

let api = null;
let extraRules = null;
let starting = null;
const timings = { start: 0 }; // ms since the worker started, reported with "ready"

async function fetchOk(url, as) {
  const response = await fetch(url, { cache: "no-cache" }); // small files; names of the rest change on rebuild
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return as === "json" ? response.json() : response.text();
}

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
// After the first start, a memory snapshot of Pyodide with the engine imported is kept in
// IndexedDB (per Pyodide version and engine wheel); the next visit restores it instead of
// booting Python again. The snapshot holds memory, not files: the wheel's files (rule packs,
// bank) are unpacked again. Any problem → the normal start.

const DB_NAME = "cs-handbook-engine";
const STORE_NAME = "snapshots";

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
      tx.oncomplete = () => resolve(result.result);
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

async function startFromSnapshot(loadPyodide, options, runtime, key) {
  let snapshot;
  try {
    snapshot = await Promise.race([withStore("readonly", (store) => store.get(key)), timeout(5000)]);
  } catch {
    return null;
  }
  if (!snapshot) return null;
  try {
    const pyodide = await Promise.race([loadPyodide({ ...options, _loadSnapshot: snapshot }), timeout(30000)]);
    await pyodide.loadPackage(runtime.package, { messageCallback: () => {} });
    timings.pyodide = performance.now();
    timings.snapshot = true;
    return pyodide.pyimport("exercises.api");
  } catch {
    withStore("readwrite", (store) => store.delete(key)).catch(() => {});
    return null;
  }
}

function saveSnapshot(pyodide, key) {
  let bytes;
  try {
    bytes = pyodide.makeMemorySnapshot();
  } catch {
    return;
  }
  // in the background, after "ready": never delays a check
  setTimeout(() => {
    withStore("readwrite", (store) => {
      store.clear();
      return store.put(bytes, key);
    }).catch(() => {});
  }, 0);
}

async function start() {
  if (typeof WebAssembly !== "object") throw new Error("WebAssembly is not available");
  timings.start = performance.now();
  const watch = watchFetches();
  try {
    const load = async () => {
      // runtime.json and pyodide.mjs are fetched at the same time
      const [runtime, { loadPyodide, version }] = await Promise.all([
        fetchOk(new URL("runtime.json", BASE), "json"),
        import(new URL("pyodide.mjs", BASE).href),
      ]);
      timings.fetched = performance.now();
      const rules = runtime.rules ? fetchOk(new URL(runtime.rules, BASE), "text") : null;
      const options = {
        indexURL: BASE.href,
        lockFileURL: new URL(runtime.lock, BASE).href,
        stdout: () => {},
        stderr: () => {},
      };
      const key = `${version} ${runtime.wheel}`;
      let module = runtime.snapshot === false ? null : await startFromSnapshot(loadPyodide, options, runtime, key);
      if (!module) {
        const pyodide = await loadPyodide({ ...options, _makeSnapshot: runtime.snapshot !== false });
        // the standard modules the engine uses, imported before the snapshot is taken
        pyodide.runPython(
          "import bisect, csv, dataclasses, functools, importlib.resources, io, json, pathlib, re, tomllib, typing, unicodedata",
        );
        // the snapshot is taken before any package is loaded (loadPackage leaves JS references
        // a snapshot cannot hold); a warm start loads the engine package again, from cache
        if (runtime.snapshot !== false) saveSnapshot(pyodide, key);
        await pyodide.loadPackage(runtime.package, { messageCallback: () => {} });
        timings.pyodide = performance.now();
        module = pyodide.pyimport("exercises.api");
      }
      if (rules) extraRules = await rules;
      timings.engine = performance.now();
      return module;
    };
    const loading = load();
    loading.catch(() => {}); // if a fetch failure wins the race, a late rejection is expected
    watch.failed.catch(() => {});
    api = await Promise.race([loading, watch.failed]);
  } finally {
    watch.restore();
  }
}

function check({ id, text, lang, exercise }) {
  try {
    // JS null becomes JsNull in Pyodide 314; undefined becomes None.
    const json = api.check_json.callKwargs(String(text), lang, {
      exercise: exercise || undefined,
      extra_rules: extraRules ?? undefined,
    });
    self.postMessage({ type: "result", id, json });
  } catch (error) {
    self.postMessage({ type: "error", id, error: String((error && error.message) || error) });
  }
}

self.onmessage = async (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    starting = starting || start();
    try {
      await starting;
      self.postMessage({ type: "ready", timings });
    } catch (error) {
      self.postMessage({ type: "failed", error: String((error && error.message) || error) });
    }
  } else if (message.type === "check") {
    if (!api) await starting;
    check(message);
  }
};
