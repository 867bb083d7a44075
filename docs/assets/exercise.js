// Exercise widget of the handbook: one small ES module, no framework.
// The widget's HTML is rendered at build time (hooks/exercise_markers.py); this module adds
// behaviour. The rule engine runs in a Web Worker (exercise-worker.js) with Pyodide, loaded
// the first time a trainee focuses an answer box, so reading and typing never wait for it.
// Stable hooks: see shared/contract.md (data-exercise, data-role, data-state, data-principle).

const WORKER_URL = new URL("exercise-worker.js", import.meta.url);
const STORE = "cs-handbook";
const LOAD_TIMEOUT_MS = 120000;
// A check normally takes well under a second; one that has not answered after this long is
// stopped (see the watchdog in startEngine). A widget's data-check-timeout (seconds) overrides it.
const CHECK_TIMEOUT_MS = 15000;

const LABELS = {
  zh: {
    loading: "正在加载检查程序……第一次需要几秒钟，你可以继续写。",
    checking: "正在检查……",
    unavailable:
      "这个浏览器现在无法运行自动检查。你仍然可以看提示、对照下面的原则清单自己检查，并查看参考答案。",
    error: "检查时出了问题：",
    tooLong: "这次检查用的时间太长，已经停止。检查程序正在重新启动，下次检查可以正常进行；你写的回复还在。",
    passed: "通过！",
    failed: "还有需要改的地方。",
    score: "得分",
    severity: { error: "必须改", warning: "建议改", info: "可以考虑" },
    followed: "你已经做到的",
    suggest: "可以这样说：",
    yourText: "你的回复（标出了有问题的地方）",
    empty: "回复是空的。先写几句再检查。",
    status: { "not-tried": "未做", tried: "做过", passed: "已通过" },
    allHints: "提示已经全部显示。",
    colon: "：",
    comma: "、",
    also: "这句话同时违反了：",
    tips: "其他可以考虑的地方（这道练习不考）",
    why: "为什么",
    notSaved:
      "这个浏览器没有保存你的草稿（可能是隐私模式，或者浏览器的存储已满、被关闭）。检查照常可以用，但离开或刷新页面后，你写的回复和进度都会丢失：请把回复另外保存一份。",
    notSavedIndex:
      "这个浏览器没有保存你的草稿（可能是隐私模式，或者浏览器的存储已满、被关闭），所以下面的状态和下载的文件里都没有你的回复。",
    emptyExport:
      "这个浏览器里没有保存任何回复：下载的文件只有标题行，培训师会看到每道练习都是“未做”。请先在这个浏览器里做练习；如果仍然要下载这个空文件，请再按一次“{button}”。",
  },
  en: {
    loading: "Loading the checker… the first time takes a few seconds; keep writing.",
    checking: "Checking…",
    unavailable:
      "This browser cannot run the automatic check right now. You can still read the hints, check your reply against the principles below yourself, and look at the model answers.",
    error: "Something went wrong while checking: ",
    tooLong:
      "This check took too long and was stopped. The checker is restarting so that your next check works; your reply is kept.",
    passed: "Passed!",
    failed: "Some things still need work.",
    score: "Score",
    severity: { error: "Must fix", warning: "Worth fixing", info: "Consider" },
    followed: "What you already do well",
    suggest: "You could say: ",
    yourText: "Your reply (problem spots marked)",
    empty: "The reply is empty. Write a few sentences first.",
    status: { "not-tried": "Not tried", tried: "Tried", passed: "Passed" },
    allHints: "All hints are shown.",
    colon: ": ",
    comma: ", ",
    also: "The same words also break: ",
    tips: "Other things to consider (not what this exercise trains)",
    why: "Why",
    notSaved:
      "Your drafts are not being saved in this browser (it may be in private mode, or its storage is full or turned off). Checking still works, but your reply and your progress are lost when you leave or reload the page: keep a copy of your reply elsewhere.",
    notSavedIndex:
      "Your drafts are not being saved in this browser (it may be in private mode, or its storage is full or turned off), so neither the statuses below nor the downloaded file contain your answers.",
    emptyExport:
      "No answers are saved in this browser: the file would have only its header line, and your trainer would see every exercise as not tried. Do the exercises in this browser first; to download the empty file anyway, press “{button}” again.",
  },
};

const labelsFor = (lang) => LABELS[lang] || LABELS.en;

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

// ---------------------------------------------------------------- engine (one worker per tab)

let engine = null;
const engineListeners = new Map(); // widget root -> callback; roots gone after instant navigation are dropped

function setEngineState(state) {
  document.documentElement.dataset.exerciseEngine = state;
  // for benchmarks/browser.py: milliseconds from navigation start
  document.documentElement.dataset.exerciseEngineAt = String(Math.round(performance.now()));
  for (const [root, listener] of engineListeners) {
    if (root.isConnected) listener(state);
    else engineListeners.delete(root);
  }
}

/** A check the worker has not answered in time; the worker was stopped and is starting again. */
export class CheckTimeout extends Error {
  constructor(ms) {
    super(`no answer from the checker within ${ms / 1000} s`);
    this.name = "CheckTimeout";
  }
}

function startEngine() {
  if (engine) return engine;
  const pending = new Map();
  let seq = 0;
  let worker = null;
  const self = { state: "loading" };
  engine = self;
  setEngineState("loading");
  // Watchdog: a check that hangs (e.g. a trainer's rule that backtracks catastrophically)
  // would block the worker for good. Stop it, fail every check waiting on it, start afresh.
  const restart = (error) => {
    if (engine !== self) return;
    engine = null;
    self.state = "stopped";
    if (worker) worker.terminate();
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    startEngine();
  };
  self.ready = new Promise((resolve, reject) => {
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      reject(new Error("no WebAssembly or Web Worker"));
      return;
    }
    const timer = setTimeout(() => reject(new Error("timed out")), LOAD_TIMEOUT_MS);
    try {
      worker = new Worker(WORKER_URL, { type: "module" });
    } catch (error) {
      reject(error);
      return;
    }
    worker.onmessage = (event) => {
      const message = event.data || {};
      if (message.type === "ready") {
        clearTimeout(timer);
        document.documentElement.dataset.exerciseEngineTimings = JSON.stringify(message.timings || {});
        resolve();
      } else if (message.type === "failed") {
        reject(new Error(message.error));
      } else if (message.type === "snapshot") {
        // the worker stored (or could not store) its warm-start snapshot; for tests and benchmarks
        document.documentElement.dataset.exerciseSnapshot = message.saved ? "saved" : "failed";
        document.documentElement.dataset.exerciseSnapshotInfo = JSON.stringify(message);
      } else if (message.id !== undefined && pending.has(message.id)) {
        const { resolve: ok, reject: fail } = pending.get(message.id);
        pending.delete(message.id);
        if (message.type === "result") ok(message.json);
        else fail(new Error(message.error));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || "worker error");
      reject(error); // while loading: the engine is unavailable
      for (const { reject: fail } of pending.values()) fail(error); // later: only these checks fail
      pending.clear();
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
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
      setEngineState("unavailable");
    },
  );
  self.check = async (text, lang, exercise, timeoutMs = CHECK_TIMEOUT_MS) => {
    await self.ready;
    if (engine !== self) return startEngine().check(text, lang, exercise, timeoutMs);
    return new Promise((resolve, reject) => {
      seq += 1;
      const id = seq;
      // counted from the moment the check is sent: loading the engine has its own time limit
      const watchdog = setTimeout(() => restart(new CheckTimeout(timeoutMs)), timeoutMs);
      const settle = (done) => (value) => {
        clearTimeout(watchdog);
        done(value);
      };
      pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      worker.postMessage({ type: "check", id, text, lang, exercise });
    });
  };
  return self;
}

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

/** The trainee's text with finding spans marked; offsets are code points (Array.from). */
export function highlight(text, findings) {
  const chars = Array.from(text);
  const spans = findings
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const box = el("div", { class: "cs-feedback__text" });
  let cursor = 0;
  for (const f of spans) {
    if (f.start < cursor || f.end > chars.length) continue; // overlapping: the first one is marked
    if (f.start > cursor) box.append(document.createTextNode(chars.slice(cursor, f.start).join("")));
    box.append(
      el("mark", {
        "data-principle": f.principle,
        "data-severity": f.severity,
        "data-rule": f.rule,
        title: f.message,
        text: chars.slice(f.start, f.end).join(""),
      }),
    );
    cursor = f.end;
  }
  if (cursor < chars.length) box.append(document.createTextNode(chars.slice(cursor).join("")));
  return box;
}

// ---------------------------------------------------------------- one widget

function initWidget(root) {
  if (root.dataset.ready) return;
  root.dataset.ready = "true";
  const id = root.dataset.exercise;
  const lang = root.dataset.lang || document.documentElement.lang || "zh";
  const L = labelsFor(lang);
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

  const setFeedback = (state, ...children) => {
    feedback.dataset.state = state;
    feedback.setAttribute("aria-busy", state === "loading" ? "true" : "false");
    feedback.replaceChildren(...children);
  };

  const showUnavailable = () => {
    if (feedback.dataset.state === "unavailable") return;
    setFeedback("unavailable", el("p", { class: "cs-feedback__unavailable", text: L.unavailable }));
    showButton.disabled = false;
    checkButton.disabled = true;
    say(L.unavailable);
  };

  // "the first check takes a few seconds" is true only until the checker is loaded
  const dropFirstCheckNote = () => {
    for (const node of [feedback, ...idleContent]) {
      if (node.querySelectorAll) node.querySelectorAll('[data-role="first-check-note"]').forEach((n) => n.remove());
    }
  };

  const onEngine = (state) => {
    if (state === "ready") dropFirstCheckNote();
    if (state === "unavailable") showUnavailable();
    else if (state === "ready" && feedback.dataset.state === "loading" && feedback.dataset.waiting === "engine") {
      delete feedback.dataset.waiting;
      setFeedback("idle", ...idleContent.map((node) => node.cloneNode(true)));
    }
  };
  engineListeners.set(root, onEngine);
  if (engine && engine.state === "unavailable") showUnavailable();
  if (engine && engine.state === "ready") dropFirstCheckNote();

  const warm = () => {
    const e = startEngine();
    if (e.state === "loading" && feedback.dataset.state === "idle" && !checked) {
      feedback.dataset.waiting = "engine";
      setFeedback("loading", el("p", { class: "cs-feedback__loading", text: L.loading }));
    }
  };

  const link = (principle) =>
    el("a", { href: `${principlesHref}#${principle}`, text: names[principle] || principle });

  const render = (result, text) => {
    const children = [];
    const banner = el(
      "p",
      { class: `cs-feedback__banner cs-feedback__banner--${result.passed ? "passed" : "failed"}` },
      el("strong", { text: result.passed ? L.passed : L.failed }),
      ` ${L.score}${L.colon}${result.score}/100`,
    );
    children.push(banner);
    if (result.findings.some((f) => Number.isInteger(f.start))) {
      children.push(el("p", { class: "cs-exercise__label", text: L.yourText }), highlight(text, result.findings));
    }
    // errors first; optional tips on principles this exercise does not train come last, folded
    const groups = [
      ["error", result.findings.filter((f) => f.severity === "error")],
      ["warning", result.findings.filter((f) => f.severity === "warning")],
      ["info", result.findings.filter((f) => f.severity === "info" && !f.tip)],
      ["tip", result.findings.filter((f) => f.severity === "info" && f.tip)],
    ];
    for (const [severity, group] of groups) {
      if (!group.length) continue;
      const list = el("ul", { class: `cs-feedback__group cs-feedback__group--${severity}` });
      for (const f of group) {
        const item = el(
          "li",
          { "data-principle": f.principle, "data-severity": f.severity, "data-rule": f.rule },
          link(f.principle),
          L.colon,
          f.message || "",
        );
        if (f.excerpt) item.append(" ", el("q", { class: "cs-feedback__excerpt", text: f.excerpt }));
        if (f.also && f.also.length) {
          const also = el("p", { class: "cs-feedback__also" }, L.also);
          f.also.forEach((p, i) => also.append(i ? L.comma : "", link(p)));
          item.append(also);
        }
        if (f.suggest) item.append(el("p", { class: "cs-feedback__suggest" }, L.suggest, f.suggest));
        list.append(item);
      }
      if (severity === "tip") {
        children.push(el("details", { class: "cs-feedback__tips" }, el("summary", { text: L.tips }), list));
      } else {
        children.push(el("p", { class: "cs-exercise__label", text: L.severity[severity] }), list);
      }
    }
    // what the trainee already does well: the principle and the quoted words; the why on demand
    const followed = result.followed || [];
    if (followed.length) {
      const list = el("ul", { class: "cs-feedback__followed" });
      for (const f of followed) {
        const item = el("li", { "data-followed": f.principle }, link(f.principle));
        if (f.excerpt) item.append(L.colon, el("q", { class: "cs-feedback__excerpt", text: f.excerpt }));
        if (f.message) {
          item.append(el("details", { class: "cs-feedback__why" }, el("summary", { text: L.why }),
            el("p", { text: f.message })));
        }
        list.append(item);
      }
      children.push(el("p", { class: "cs-exercise__label", text: L.followed }), list);
    }
    setFeedback(result.passed ? "passed" : "failed", ...children);
    const errors = result.findings.filter((f) => f.severity === "error").length;
    say(`${result.passed ? L.passed : L.failed} ${L.score}${L.colon}${result.score}/100 (${errors})`);
  };

  const check = async () => {
    const text = answer.value;
    const e = startEngine();
    if (e.state === "unavailable") {
      showUnavailable();
      return;
    }
    delete feedback.dataset.waiting;
    if (!text.trim()) {
      setFeedback("idle", el("p", { text: L.empty }));
      say(L.empty);
      return;
    }
    setFeedback("loading", el("p", { class: "cs-feedback__loading", text: e.state === "ready" ? L.checking : L.loading }));
    checkButton.disabled = true;
    try {
      const seconds = Number(root.dataset.checkTimeout);
      const json = await e.check(text, lang, id, seconds > 0 ? seconds * 1000 : CHECK_TIMEOUT_MS);
      const result = JSON.parse(json);
      checked = true;
      showButton.disabled = false;
      setStatus(lang, id, result.passed ? "passed" : "tried");
      render(result, text);
    } catch (error) {
      if (engine && engine.state === "unavailable") showUnavailable();
      else if (error instanceof CheckTimeout) {
        // no verdict on the reply: back to idle, with the reason; the answer box is untouched
        setFeedback("idle", el("p", { class: "cs-feedback__timeout", "data-problem": "timeout", text: L.tooLong }));
        say(L.tooLong);
      } else setFeedback("failed", el("p", { text: `${L.error}${error.message}` }));
    } finally {
      if (!(engine && engine.state === "unavailable")) checkButton.disabled = false;
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
    delete feedback.dataset.waiting;
    if (feedback.dataset.state !== "unavailable") setFeedback("idle", ...idleContent.map((node) => node.cloneNode(true)));
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
  const lang = root.dataset.lang || "zh";
  const L = labelsFor(lang);
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
  document.querySelectorAll("[data-exercise]").forEach(initWidget);
  document.querySelectorAll("[data-exercise-index]").forEach(initIndex);
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(init);
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", init);
} else {
  init();
}
