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

async function start() {
  if (typeof WebAssembly !== "object") throw new Error("WebAssembly is not available");
  timings.start = performance.now();
  const watch = watchFetches();
  try {
    const load = async () => {
      // runtime.json and pyodide.mjs are fetched at the same time
      const [runtime, { loadPyodide }] = await Promise.all([
        fetchOk(new URL("runtime.json", BASE), "json"),
        import(new URL("pyodide.mjs", BASE).href),
      ]);
      timings.fetched = performance.now();
      const rules = runtime.rules ? fetchOk(new URL(runtime.rules, BASE), "text") : null;
      const pyodide = await loadPyodide({
        indexURL: BASE.href,
        lockFileURL: new URL(runtime.lock, BASE).href,
        packages: [runtime.package],
        stdout: () => {},
        stderr: () => {},
      });
      timings.pyodide = performance.now();
      if (rules) extraRules = await rules;
      const module = pyodide.pyimport("exercises.api");
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
