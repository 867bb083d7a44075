// Exercise widget of the handbook: small ES modules, no framework.
// The widget's HTML, its labels included (data-labels), is rendered at build time
// (hooks/exercise_html.py); this module adds behaviour. What the feedback shows is built by
// exercise-feedback.js, the widget's states are listed in exercise-states.js (both pure,
// with Node tests in tests/js/). The rule engine runs in a Web Worker (exercise-worker.js) with Pyodide, loaded
// the first time a trainee focuses an answer box, so reading and typing never wait for it (the
// worker itself, with its few small files, is made as the widget is wired: prepareEngine).
// Stable hooks: see CONTRACT.md (data-exercise, data-role, data-state, data-principle).

import { feedbackHtml, feedbackSummary, highlightHtml } from "./exercise-feedback.js";
import { stateView } from "./exercise-states.js";
import { loadEditionTexts, toEdition } from "./edition-texts.js";
import { CheckTimeout, currentEngine, onEngineState, onEveryPage, prepareEngine, startEngine } from "./engine-client.js";

export { CheckTimeout };

const STORE = "cs-handbook";
// A check normally takes well under a second; one that has not answered after this long is
// stopped (engine-client.js restarts the worker). A widget's data-check-timeout (seconds) overrides it.
const CHECK_TIMEOUT_MS = 15000;

// Every text the widget shows comes from the page: the build writes the labels of the page's
// language (its locale file, exercises/locales/<lang>.toml) into data-labels of each widget
// and of the exercise index.
const labelsOf = (root) => JSON.parse(root.dataset.labels || "{}");

// ---------------------------------------------------------------- storage (never throws)
// When localStorage throws (private mode, full, turned off) nothing is kept, and the page says
// so: `storage.ok` turns false and every listener (a note in each widget and in the index) hears it.

const storage = {
  ok: true,
  listeners: new Set(),
  setOk(ok) {
    if (storage.ok === ok) return;
    storage.ok = ok;
    for (const listener of storage.listeners) listener(ok);
  },
  get(key) {
    try {
      return window.localStorage.getItem(`${STORE}:${key}`);
    } catch {
      storage.setOk(false);
      return null;
    }
  },
  set(key, value) {
    try {
      window.localStorage.setItem(`${STORE}:${key}`, value);
      storage.setOk(true);
    } catch {
      storage.setOk(false);
    }
  },
  remove(key) {
    try {
      window.localStorage.removeItem(`${STORE}:${key}`);
    } catch {
      storage.setOk(false);
    }
  },
  entries(prefix) {
    const out = [];
    try {
      for (let i = 0; i < window.localStorage.length; i += 1) {
        const key = window.localStorage.key(i);
        if (key && key.startsWith(`${STORE}:${prefix}`)) {
          out.push([key.slice(STORE.length + 1 + prefix.length), window.localStorage.getItem(key)]);
        }
      }
    } catch {
      storage.setOk(false);
    }
    return out;
  },
  /** Once per page load: can anything be stored at all? */
  probe() {
    if (storage.probed) return;
    storage.probed = true;
    storage.set("probe", "1");
    storage.remove("probe");
  },
};

/** A note, hidden while storage works, that says plainly when it does not. */
function storageNote(text) {
  const note = el("p", { class: "cs-exercise__storage", "data-role": "storage-note", role: "status", text });
  const update = (ok) => {
    note.hidden = ok;
  };
  storage.probe();
  update(storage.ok);
  const listener = (ok) => (note.isConnected ? update(ok) : storage.listeners.delete(listener));
  storage.listeners.add(listener);
  return note;
}

const setStatus = (lang, id, status) => {
  if (storage.get(`status:${lang}:${id}`) === "passed" && status !== "passed") return;
  storage.set(`status:${lang}:${id}`, status);
};

// ---------------------------------------------------------------- small DOM helpers

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** The trainee's text with finding spans marked, as an element (the role-play and the class
 *  report use it); highlightHtml escapes every text and attribute. */
export function highlight(text, findings) {
  const box = document.createElement("template");
  box.innerHTML = highlightHtml(text, findings);
  return box.content.firstElementChild;
}

// ---------------------------------------------------------------- one widget

function initWidget(root) {
  if (root.dataset.ready) return;
  root.dataset.ready = "true";
  const id = root.dataset.exercise;
  const lang = root.dataset.lang || document.documentElement.lang;
  const L = labelsOf(root);
  const q = (role) => root.querySelector(`[data-role="${role}"]`);
  const answer = q("answer");
  const feedback = q("feedback");
  const announce = q("announce");
  const checkButton = q("check");
  const hintButton = q("hint");
  const showButton = q("show-answer");
  const resetButton = q("reset");
  const names = JSON.parse(root.dataset.principleNames || "{}");
  const principlesHref = root.dataset.principlesHref || "../principles/";
  const draftKey = `draft:${lang}:${id}`;
  let checked = false;

  answer.after(storageNote(L.notSaved));
  const saved = storage.get(draftKey);
  if (saved !== null) answer.value = saved;
  const idleContent = Array.from(feedback.childNodes, (node) => node.cloneNode(true));
  // checked on an earlier visit: the model answers are already earned
  if (storage.get(`status:${lang}:${id}`)) showButton.disabled = false;

  const say = (message) => {
    if (announce) {
      announce.textContent = "";
      window.setTimeout(() => {
        announce.textContent = message;
      }, 50);
    }
  };

  // The one place that moves the widget between its states (exercise-states.js): it sets the
  // feedback's data-state, data-waiting and aria-busy and the buttons, and replaces the
  // feedback's content (nodes, or an HTML string from exercise-feedback.js).
  let state = "idle";
  const transition = (next, content) => {
    const view = stateView(state, next);
    if (!view) return false;
    state = next;
    feedback.dataset.state = view.dataState;
    if (view.waiting) feedback.dataset.waiting = "engine";
    else delete feedback.dataset.waiting;
    feedback.setAttribute("aria-busy", String(view.busy));
    checkButton.disabled = view.checkDisabled;
    if (view.showAnswers) showButton.disabled = false;
    if (typeof content === "string") {
      const box = document.createElement("template");
      box.innerHTML = content; // built by exercise-feedback.js, which escapes every text
      feedback.replaceChildren(box.content);
    } else feedback.replaceChildren(...content);
    return true;
  };
  const idleNodes = () => idleContent.map((node) => node.cloneNode(true));

  const showUnavailable = () => {
    if (state === "unavailable") return;
    transition("unavailable", [el("p", { class: "cs-feedback__unavailable", text: L.unavailable })]);
    say(L.unavailable);
  };

  // "the first check takes a few seconds" is true only until the checker is loaded
  const dropFirstCheckNote = () => {
    for (const node of [feedback, ...idleContent]) {
      if (node.querySelectorAll) node.querySelectorAll('[data-role="first-check-note"]').forEach((n) => n.remove());
    }
  };

  const onEngine = (engineState) => {
    if (engineState === "ready") dropFirstCheckNote();
    if (engineState === "unavailable") showUnavailable();
    else if (engineState === "ready" && state === "waiting") transition("idle", idleNodes());
  };
  onEngineState(root, onEngine);
  const engine = currentEngine();
  if (engine && engine.state === "unavailable") showUnavailable();
  if (engine && engine.state === "ready") dropFirstCheckNote();

  const warm = () => {
    const e = startEngine();
    if (e.state === "loading" && state === "idle" && !checked) {
      transition("waiting", [el("p", { class: "cs-feedback__loading", text: L.loading })]);
    }
  };

  const render = (result, text) => {
    const html = feedbackHtml(result, text, L, { names, principlesHref });
    transition(result.passed ? "passed" : "failed", html);
    say(feedbackSummary(result, L));
  };

  const check = async () => {
    performance.mark("exercise-check"); // benchmarks/browser.py: the click, on the page's clock
    const text = answer.value;
    const e = startEngine();
    if (e.state === "unavailable") {
      showUnavailable();
      return;
    }
    if (!text.trim()) {
      transition("idle", [el("p", { text: L.empty })]);
      say(L.empty);
      return;
    }
    transition("loading", [el("p", { class: "cs-feedback__loading", text: e.state === "ready" ? L.checking : L.loading })]);
    try {
      const seconds = Number(root.dataset.checkTimeout);
      const timeoutMs = seconds > 0 ? seconds * 1000 : CHECK_TIMEOUT_MS;
      const json = await e.request({ type: "check", text, lang, exercise: id }, { timeoutMs });
      // a generated edition (zh-Hant) shows the checker's texts converted
      const result = toEdition(JSON.parse(json), await loadEditionTexts());
      checked = true;
      showButton.disabled = false;
      setStatus(lang, id, result.passed ? "passed" : "tried");
      render(result, text);
    } catch (error) {
      const now = currentEngine();
      if (now && now.state === "unavailable") showUnavailable();
      else if (error instanceof CheckTimeout) {
        // no verdict on the reply: back to idle, with the reason; the answer box is untouched
        transition("idle", [el("p", { class: "cs-feedback__timeout", "data-problem": "timeout", text: L.tooLong })]);
        say(L.tooLong);
      } else transition("failed", [el("p", { text: `${L.error}${error.message}` })]);
    }
  };

  answer.addEventListener("focus", warm);
  answer.addEventListener("input", () => storage.set(draftKey, answer.value));
  answer.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      check();
    }
  });
  checkButton.addEventListener("click", check);

  hintButton.addEventListener("click", () => {
    const box = q("hints");
    const next = root.querySelector('[data-role="hint-text"][hidden]');
    if (box) box.hidden = false;
    if (next) {
      next.hidden = false;
      say(next.textContent);
    }
    if (!root.querySelector('[data-role="hint-text"][hidden]')) {
      hintButton.disabled = true;
      hintButton.title = L.allHints;
    }
  });

  showButton.addEventListener("click", () => {
    const box = q("model-answers");
    const next = root.querySelector('[data-role="model-answer"][hidden]');
    if (box) box.hidden = false;
    if (next) next.hidden = false;
    if (!root.querySelector('[data-role="model-answer"][hidden]')) showButton.disabled = true;
  });

  // "Start again" keeps what it replaced until the trainee types again: one click undoes it.
  const undoNote = q("undo-note");
  const undoButton = q("undo");
  let replaced = null;
  const hideUndo = () => {
    replaced = null;
    if (undoNote) undoNote.hidden = true;
  };
  answer.addEventListener("input", hideUndo);

  resetButton.addEventListener("click", () => {
    const initial = answer.dataset.initial || "";
    const before = answer.value;
    answer.value = initial;
    storage.remove(draftKey);
    transition("idle", idleNodes()); // not out of "unavailable": see transition
    if (before !== initial && before.trim() && undoNote && undoButton) {
      replaced = before;
      undoNote.hidden = false;
      say(undoNote.textContent.trim());
      undoButton.focus();
    } else {
      hideUndo();
      answer.focus();
    }
  });

  if (undoButton) {
    undoButton.addEventListener("click", () => {
      if (replaced === null) return;
      answer.value = replaced;
      storage.set(draftKey, replaced);
      hideUndo();
      answer.focus();
    });
  }

  prepareEngine();
  const prefetch = root.dataset.prefetch === "idle" || new URLSearchParams(window.location.search).has("exercise-preload");
  if (prefetch) {
    const go = () => startEngine();
    if (new URLSearchParams(window.location.search).has("exercise-preload")) go();
    else if ("requestIdleCallback" in window) window.requestIdleCallback(go, { timeout: 5000 });
    else window.setTimeout(go, 2000);
  }
}

// ---------------------------------------------------------------- the exercise index

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection). As
// OWASP advises, such a cell gets a leading ' and is quoted; `python -m exercises batch` drops
// exactly that one ' again when the rest starts with one of these characters.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value) {
  const text = String(value);
  return `"${(FORMULA_START.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
}

/** The stored answers worth exporting: [[answer, exercise, lang], ...], sorted. */
function storedAnswers() {
  const out = [];
  for (const [key, answer] of storage.entries("draft:").sort()) {
    const [lang, ...rest] = key.split(":");
    if (answer && answer.trim()) out.push([answer, rest.join(":"), lang]);
  }
  return out;
}

export function answersCsv(trainee) {
  const rows = [["trainee", "answer", "exercise", "lang"]];
  for (const [answer, exercise, lang] of storedAnswers()) rows.push([trainee, answer, exercise, lang]);
  // the self-assessment page's ratings ("principle=n;…", trainer-kit.js): batch and the class report read them
  for (const phase of ["before", "after"]) {
    const ratings = storage.get(`self-assessment:${phase}`);
    if (ratings) rows.push([trainee, ratings, `self-assessment:${phase}`, ""]);
  }
  return `\ufeff${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

function initIndex(root) {
  if (root.dataset.ready) return;
  root.dataset.ready = "true";
  const lang = root.dataset.lang;
  const L = labelsOf(root);
  root.prepend(storageNote(L.notSavedIndex));
  for (const row of root.querySelectorAll("[data-exercise-row]")) {
    const cell = row.querySelector('[data-role="status"]');
    const status = storage.get(`status:${lang}:${row.dataset.exerciseRow}`) || "not-tried";
    cell.dataset.status = status;
    cell.textContent = L.status[status] || status;
  }
  const name = root.querySelector('[data-role="trainee"]');
  name.value = storage.get("trainee") || "";
  name.addEventListener("input", () => storage.set("trainee", name.value));
  const button = root.querySelector('[data-role="download"]');
  const note = el("p", { class: "cs-exercise-index__warning", "data-role": "download-note", role: "status", hidden: true });
  button.after(note);
  let warned = false; // an empty file is exported only when asked for twice in a row
  button.addEventListener("click", () => {
    if (!storedAnswers().length && !warned) {
      warned = true;
      note.hidden = false;
      note.textContent = L.emptyExport.replace("{button}", button.textContent.trim());
      return;
    }
    warned = false;
    note.hidden = true;
    const blob = new Blob([answersCsv(name.value.trim())], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: "answers.csv" });
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
}

// ---------------------------------------------------------------- start (plain load or instant navigation)

// ?exercise-preload (benchmarks, or a trainer's link): start the engine as the module runs,
// before the theme has finished initialising the page.
if (new URLSearchParams(window.location.search).has("exercise-preload") && document.querySelector("[data-exercise]")) {
  startEngine();
}

function init() {
  if (!performance.getEntriesByName("exercise-init").length) performance.mark("exercise-init"); // benchmarks
  document.querySelectorAll("[data-exercise]").forEach(initWidget);
  document.querySelectorAll("[data-exercise-index]").forEach(initIndex);
}

onEveryPage(init);
