// Web Worker of the exercise widget: runs the rule engine (the `exercises` wheel) in Pyodide,
// off the page's main thread. Every file comes from the site itself (assets/pyodide/), never a CDN.
//
// Messages in:  {type: "init"}  and  {type: "check", id, text, lang, exercise}
// Messages out: {type: "ready"} | {type: "failed", error} | {type: "result", id, json} | {type: "error", id, error}

const BASE = new URL("pyodide/", import.meta.url);

let api = null;
let extraRules = null;
let starting = null;

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
  const watch = watchFetches();
  try {
    const load = async () => {
      const runtime = await fetchOk(new URL("runtime.json", BASE), "json");
      const { loadPyodide } = await import(new URL("pyodide.mjs", BASE).href);
      const pyodide = await loadPyodide({
        indexURL: BASE.href,
        lockFileURL: new URL(runtime.lock, BASE).href,
        packages: [runtime.package],
        stdout: () => {},
        stderr: () => {},
      });
      if (runtime.rules) extraRules = await fetchOk(new URL(runtime.rules, BASE), "text");
      return pyodide.pyimport("exercises.api");
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
      self.postMessage({ type: "ready" });
    } catch (error) {
      self.postMessage({ type: "failed", error: String((error && error.message) || error) });
    }
  } else if (message.type === "check") {
    if (!api) await starting;
    check(message);
  }
};
