// The page's one client of the rule engine, shared by every widget kind (exercise.js,
// roleplay.js, trainer-kit.js): one Web Worker per tab (exercise-worker.js, Pyodide), started
// the first time a widget needs it, however many kinds of widget the page holds. Also the
// start-up helper those modules share (plain load or Material's instant navigation).
// The state of the engine is written on <html> (data-exercise-engine, …) for tests and benchmarks.

const WORKER_URL = new URL("exercise-worker.js", import.meta.url);
const LOAD_TIMEOUT_MS = 120000;

let engine = null;
let spare = null; // {worker, at, error}: made ahead by prepareEngine(), not started yet
const listeners = new Map(); // owner (a widget root) -> callback; owners gone after instant navigation are dropped

function setEngineState(state) {
  document.documentElement.dataset.exerciseEngine = state;
  // for benchmarks/browser.py: milliseconds from navigation start
  document.documentElement.dataset.exerciseEngineAt = String(Math.round(performance.now()));
  for (const [owner, listener] of listeners) {
    if (owner.isConnected) listener(state);
    else listeners.delete(owner);
  }
}

// The worker's timings ({name: ms on the worker's clock, origin}) on the page's clock (ms from
// navigation start), rounded; other values (flags, errors) as they are. For benchmarks/browser.py.
function onPageClock(timings, marks = {}) {
  const shift = typeof timings.origin === "number" ? timings.origin - performance.timeOrigin : 0;
  const out = {};
  for (const [name, value] of Object.entries(timings)) {
    if (name !== "origin") out[name] = typeof value === "number" ? Math.round(value + shift) : value;
  }
  for (const [name, value] of Object.entries(marks)) out[name] = Math.round(value);
  return out;
}

/** Call `listener(state)` each time the engine's state changes, while `owner` is in the page. */
export function onEngineState(owner, listener) {
  listeners.set(owner, listener);
}

/** The engine if one was started ({state: "loading" | "ready" | "unavailable", …}), else null. */
export function currentEngine() {
  return engine;
}

/** A request the worker has not answered in time; the worker was stopped and is starting again. */
export class CheckTimeout extends Error {
  constructor(ms) {
    super(`no answer from the checker within ${ms / 1000} s`);
    this.name = "CheckTimeout";
  }
}

/**
 * Create the engine's worker ahead of need, once a page has a widget: its script, runtime.json
 * and pyodide.mjs (about 35 kB, exercise-worker.js fetches them as it starts) arrive while the
 * trainee reads, so a first check does not wait for them. Pyodide and the engine (about 16 MB)
 * still load only when startEngine() asks for them.
 */
export function prepareEngine() {
  if (engine || spare || typeof Worker !== "function" || typeof WebAssembly !== "object") return;
  try {
    const made = { worker: new Worker(WORKER_URL, { type: "module" }), at: performance.now(), error: null };
    made.worker.onerror = (event) => {
      event.preventDefault();
      made.error = event; // e.g. the script could not load: startEngine() makes a new worker
    };
    spare = made;
  } catch {
    spare = null;
  }
}

/**
 * The engine, started if need be. `engine.request(message, {timeoutMs, progress})` sends
 * `message` (its `type` and fields; the id is added here) once the engine is ready and resolves
 * with the worker's `json`. With `timeoutMs` a request that hangs (e.g. a trainer's rule that
 * backtracks catastrophically) stops the worker, fails every request waiting on it with a
 * CheckTimeout and starts a fresh one; `progress(done, total)` hears the worker's progress messages.
 */
export function startEngine() {
  if (engine) return engine;
  const pending = new Map();
  let seq = 0;
  let worker = null;
  const self = { state: "loading" };
  const marks = { requested: performance.now() }; // page-side marks, with the worker's timings
  engine = self;
  setEngineState("loading");
  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const restart = (error) => {
    if (engine !== self) return;
    engine = null;
    self.state = "stopped";
    if (worker) worker.terminate();
    failAll(error);
    startEngine();
  };
  self.ready = new Promise((resolve, reject) => {
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      reject(new Error("no WebAssembly or Web Worker"));
      return;
    }
    const timer = setTimeout(() => reject(new Error("timed out")), LOAD_TIMEOUT_MS);
    try {
      const made = spare && !spare.error ? spare : null;
      if (spare && spare.error) spare.worker.terminate();
      spare = null;
      worker = made ? made.worker : new Worker(WORKER_URL, { type: "module" });
      marks.workerCreated = made ? made.at : performance.now();
    } catch (error) {
      reject(error);
      return;
    }
    worker.onmessage = (event) => {
      const message = event.data || {};
      if (message.type === "ready") {
        clearTimeout(timer);
        marks.readyReceived = performance.now();
        document.documentElement.dataset.exerciseEngineTimings = JSON.stringify(onPageClock(message.timings || {}, marks));
        resolve();
      } else if (message.type === "failed") {
        reject(new Error(message.error));
      } else if (message.type === "snapshot") {
        // the worker stored (or could not store) its warm-start snapshot; for tests and benchmarks
        document.documentElement.dataset.exerciseSnapshot = message.saved ? "saved" : "failed";
        document.documentElement.dataset.exerciseSnapshotInfo = JSON.stringify(message);
      } else if (message.id !== undefined && pending.has(message.id)) {
        const job = pending.get(message.id);
        if (message.type === "progress") {
          if (job.progress) job.progress(message.done, message.total);
          return;
        }
        pending.delete(message.id);
        if (message.timings) {
          // the worker's first check: when it was sent, run and answered
          const at = { sent: job.sent, received: performance.now() };
          document.documentElement.dataset.exerciseFirstCheck = JSON.stringify(onPageClock(message.timings, at));
        }
        if (message.type === "result") job.resolve(message.json);
        else job.reject(new Error(message.error));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || "worker error");
      reject(error); // while loading: the engine is unavailable
      failAll(error); // later: only the requests waiting fail
    };
    worker.postMessage({ type: "init" });
  });
  self.ready.then(
    () => {
      self.state = "ready";
      setEngineState("ready");
    },
    (error) => {
      self.state = "unavailable";
      self.error = error;
      if (worker) worker.terminate();
      failAll(error);
      setEngineState("unavailable");
    },
  );
  self.request = async (message, { timeoutMs = 0, progress = null } = {}) => {
    await self.ready;
    if (engine !== self) return startEngine().request(message, { timeoutMs, progress });
    return new Promise((resolve, reject) => {
      seq += 1;
      const id = seq;
      // counted from the moment the request is sent: loading the engine has its own time limit
      const watchdog = timeoutMs > 0 ? setTimeout(() => restart(new CheckTimeout(timeoutMs)), timeoutMs) : null;
      const settle = (done) => (value) => {
        clearTimeout(watchdog);
        done(value);
      };
      pending.set(id, { resolve: settle(resolve), reject: settle(reject), progress, sent: performance.now() });
      worker.postMessage({ ...message, id });
    });
  };
  return self;
}

/** Run `init` on every page: once on a plain load, and after each of Material's instant navigations. */
export function onEveryPage(init) {
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}
