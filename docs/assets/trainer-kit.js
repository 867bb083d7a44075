// The trainer's kit in the browser: the class report and the self-assessment page.
//
// The class report: the trainees' answer files (the "download my answers" CSV of the
// exercises page) are read in the browser and checked by the same engine as the widget, in its
// Web Worker (exercise-worker.js, message "report": exercises/classreport.py, which is what
// `python -m exercises batch` runs). Nothing is sent anywhere: the files never leave the page.
//
// The self-assessment page (rendered by hooks/trainer_kit.py): a rating from 1 to 5 per
// principle, before and after the course, kept in this browser (localStorage
// "cs-handbook:self-assessment:before" and ":after", as "principle=rating;…"); exercise.js puts
// them into the trainee's answers download, and the class report shows them as before/after.
//
// One small ES module, no framework; works on a plain load and under Material's `document$`.

import { el, highlight } from "./exercise.js";
import { labelsInEdition, loadEditionTexts, toEdition } from "./edition-texts.js";
// the page's one engine (a single worker per tab) and the start-up helper
import { onEveryPage, startEngine } from "./engine-client.js";

// a generated edition (zh-Hant): its texts, before any widget is drawn (null elsewhere)
const EDITION = await loadEditionTexts();

const BOM = "\ufeff";

const LABELS = {
  zh: {
    drop: "把学员的答案文件拖到这里，",
    pick: "或者选择文件",
    picked: "已读入 {files} 个文件。",
    loading: "正在加载检查程序……第一次需要几秒钟。",
    checking: "正在检查：{done} / {total} 条答案",
    progress: "检查进度",
    finished: "检查完毕，报告在下方。",
    done: "{trainees} 名学员，{answers} 条答案，通过 {passed} 条，平均 {score} 分。",
    unavailable: "这个浏览器无法运行检查程序：",
    notCsv: "不是 CSV 文件，没有读入：",
    notUtf8: "不是 UTF-8 编码，没有读入（请在表格软件里另存为“CSV UTF-8”）：",
    skipped: "没有检查的行",
    clear: "清空，重新开始",
    exportCsv: "导出报告（CSV）",
    print: "打印报告",
    principles: "各条原则：多少条答案违反了它",
    principlesNote: "条形的长度是违反这条原则的答案占全部答案的比例。",
    of: "{n} / {total} 条",
    selfTitle: "学员自评：课前与课后（1–5 分，平均）",
    selfBefore: "课前",
    selfAfter: "课后",
    principle: "原则",
    exercises: "各道练习",
    exercise: "练习",
    answers: "答案数",
    passRate: "通过率",
    phrases: "最常被查出的说法",
    trainees: "各位学员",
    trainee: "学员",
    done_: "做了",
    passed: "通过",
    score: "平均分",
    scoreOne: "得分",
    broken: "违反的原则",
    workOn: "需要加强的原则",
    sortHint: "点表头可以排序；点学员的名字查看他的答案。",
    answersOf: "{name} 的答案",
    close: "收起",
    yes: "通过",
    no: "未通过",
    scoreOf: "得分 {score}/100",
    noFindings: "没有查出问题。",
    none: "—",
    summaryTitle: "全班概况",
    times: "×{n}",
  },
  en: {
    drop: "Drop the trainees’ answer files here, ",
    pick: "or choose files",
    picked: "{files} file(s) read.",
    loading: "Loading the checker… the first time takes a few seconds.",
    checking: "Checking: {done} of {total} answers",
    progress: "Checking progress",
    finished: "Checked; the report is below.",
    done: "{trainees} trainees, {answers} answers, {passed} passed, average score {score}.",
    unavailable: "This browser cannot run the checker: ",
    notCsv: "Not a CSV file, left out: ",
    notUtf8: "Not UTF-8, left out (save it from the spreadsheet as “CSV UTF-8”): ",
    skipped: "Rows not checked",
    clear: "Clear and start again",
    exportCsv: "Export the report (CSV)",
    print: "Print the report",
    principles: "Principles: how many answers broke each one",
    principlesNote: "Each bar is the share of all answers that broke the principle.",
    of: "{n} of {total}",
    selfTitle: "Self-assessment before and after the course (1–5, average)",
    selfBefore: "Before",
    selfAfter: "After",
    principle: "Principle",
    exercises: "Exercises",
    exercise: "Exercise",
    answers: "Answers",
    passRate: "Pass rate",
    phrases: "Most common flagged phrases",
    trainees: "Trainees",
    trainee: "Trainee",
    done_: "Done",
    passed: "Passed",
    score: "Average score",
    scoreOne: "Score",
    broken: "Principles broken",
    workOn: "Principles to work on",
    sortHint: "Click a column heading to sort; click a name to see that trainee’s answers.",
    answersOf: "Answers of {name}",
    close: "Close",
    yes: "Passed",
    no: "Not passed",
    scoreOf: "Score {score}/100",
    noFindings: "Nothing flagged.",
    none: "—",
    summaryTitle: "The class at a glance",
    times: "×{n}",
  },
};

const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ""));

// ---------------------------------------------------------------- reading the files

/** [{name, text}] for the CSV files among `fileList`; problems are reported through `problem`. */
async function readFiles(fileList, L, problem) {
  const out = [];
  for (const file of fileList) {
    if (!/\.csv$/i.test(file.name) && file.type !== "text/csv") {
      problem(`${L.notCsv}${file.name}`);
      continue;
    }
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
      out.push({ name: file.name, text });
    } catch {
      problem(`${L.notUtf8}${file.name}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------- rendering

function bar(percent, label) {
  return el(
    "span",
    { class: "cs-report__bar" },
    el("span", { class: "cs-report__bar-fill", style: `width: ${Math.max(0, Math.min(100, percent))}%` }),
    el("span", { class: "cs-report__bar-label", text: label }),
  );
}

function principleChart(report, L, href) {
  const list = el("ul", { class: "cs-report__chart", "data-role": "principle-chart" });
  for (const p of report.principles.filter((x) => x.checked)) {
    list.append(
      el(
        "li",
        { "data-principle": p.principle, "data-flagged": p.flagged },
        el("a", { class: "cs-report__name", href: href(p.principle), text: p.name }),
        bar(p.flagged_percent, `${fill(L.of, { n: p.flagged, total: p.answers })} (${p.flagged_percent}%)`),
      ),
    );
  }
  return el(
    "section",
    { class: "cs-report__section" },
    el("h2", { text: L.principles }),
    el("p", { class: "cs-report__note", text: L.principlesNote }),
    list,
  );
}

const rating = (value) => (value === null || value === undefined ? "" : Number(value).toFixed(1));

function selfTable(rows, L, href) {
  const body = rows.map(([pid, name, before, after]) =>
    el(
      "tr",
      { "data-principle": pid },
      el("td", {}, el("a", { href: href(pid), text: name })),
      el("td", { "data-role": "before" }, bar((Number(before) || 0) * 20, rating(before) || L.none)),
      el("td", { "data-role": "after" }, bar((Number(after) || 0) * 20, rating(after) || L.none)),
    ),
  );
  return el(
    "table",
    { class: "cs-report__self", "data-role": "self-assessment" },
    el("thead", {}, el("tr", {}, el("th", { text: L.principle }), el("th", { text: L.selfBefore }), el("th", { text: L.selfAfter }))),
    el("tbody", {}, ...body),
  );
}

function exerciseTable(report, L) {
  const rows = report.exercises.map((e) => {
    const phrases = el("ul", { class: "cs-report__phrases" });
    for (const x of e.phrases) {
      phrases.append(el("li", { "data-principle": x.principle }, el("q", { text: x.excerpt }), ` ${fill(L.times, { n: x.count })}`));
    }
    return el(
      "tr",
      { "data-exercise": e.exercise },
      el("td", { text: e.title }),
      el("td", { "data-role": "answers", text: String(e.answers) }),
      el("td", { "data-role": "pass-rate" }, bar(e.pass_percent, `${e.pass_percent}% (${e.passed}/${e.answers})`)),
      el("td", {}, e.phrases.length ? phrases : L.none),
    );
  });
  return el(
    "section",
    { class: "cs-report__section" },
    el("h2", { text: L.exercises }),
    el(
      "div",
      { class: "cs-kit__scroll" },
      el(
        "table",
        { class: "cs-report__table", "data-role": "exercise-table" },
        el("thead", {}, el("tr", {}, ...[L.exercise, L.answers, L.passRate, L.phrases].map((t) => el("th", { text: t })))),
        el("tbody", {}, ...rows),
      ),
    ),
  );
}

function traineeAnswers(t, report, L, names, href) {
  const titles = Object.fromEntries(report.exercises.map((e) => [e.exercise, e.title]));
  const box = el("div", { class: "cs-report__answers", "data-role": "trainee-answers", "data-trainee": t.trainee });
  for (const item of t.items) {
    const findings = item.findings.filter((f) => !f.tip);
    const list = el("ul", { class: "cs-report__findings" });
    for (const f of findings) {
      const li = el("li", { "data-principle": f.principle, "data-severity": f.severity },
        el("a", { href: href(f.principle), text: names[f.principle] || f.principle }), `: ${f.message || ""}`);
      if (f.excerpt) li.append(" ", el("q", { text: f.excerpt }));
      list.append(li);
    }
    box.append(
      el(
        "article",
        { class: "cs-report__answer", "data-exercise": item.exercise, "data-passed": item.passed ? "true" : "false" },
        el("h4", { text: `${titles[item.exercise] || item.exercise} · ${item.passed ? L.yes : L.no} · ${fill(L.scoreOf, { score: item.score })}` }),
        highlight(item.answer, findings),
        findings.length ? list : el("p", { text: L.noFindings }),
      ),
    );
  }
  return box;
}

// on paper, one trainee's answers in one line each, so that a trainee fits one page
function answerLines(t, report, L, names) {
  const titles = Object.fromEntries(report.exercises.map((e) => [e.exercise, e.title]));
  return el(
    "table",
    { class: "cs-report__table", "data-role": "answer-lines" },
    el("thead", {}, el("tr", {}, ...[L.exercise, L.passed, L.scoreOne, L.broken].map((x) => el("th", { text: x })))),
    el(
      "tbody",
      {},
      ...t.items.map((item) =>
        el(
          "tr",
          { "data-exercise": item.exercise },
          el("td", { text: titles[item.exercise] || item.exercise }),
          el("td", { text: item.passed ? L.yes : L.no }),
          el("td", { text: String(item.score) }),
          el("td", { text: item.flagged.map((p) => names[p] || p).join(report.lang === "zh" ? "、" : ", ") || L.none }),
        ),
      ),
    ),
  );
}

function selfRows(report, before, after) {
  return report.principles
    .filter((p) => before[p.principle] !== undefined || after[p.principle] !== undefined)
    .map((p) => [p.principle, p.name, before[p.principle], after[p.principle]]);
}

const COLUMNS = [
  ["trainee", "trainee", "text"],
  ["done_", "answers", "number"],
  ["passed", "passed", "number"],
  ["score", "score", "number"],
  ["workOn", "work_on", "none"],
];

function traineeTable(report, L, names, href, detail) {
  const sort = { key: "trainee", dir: 1 };
  const tbody = el("tbody");
  const heads = COLUMNS.map(([label, key, kind]) => {
    if (kind === "none") return el("th", { text: L[label] });
    const button = el("button", { type: "button", class: "cs-report__sort", "data-sort": key, text: L[label] });
    button.addEventListener("click", () => {
      sort.dir = sort.key === key ? -sort.dir : kind === "number" ? -1 : 1;
      sort.key = key;
      draw();
    });
    return el("th", { "data-column": key }, button);
  });
  const collator = new Intl.Collator(report.lang === "zh" ? "zh" : "en");
  const draw = () => {
    const kind = COLUMNS.find((c) => c[1] === sort.key)[2];
    const rows = [...report.trainees].sort((a, b) =>
      // ties are broken by name, so the order is the same on every draw and reverses exactly
      sort.dir * ((kind === "number" ? a[sort.key] - b[sort.key] : collator.compare(a[sort.key], b[sort.key]))
        || collator.compare(a.trainee, b.trainee)),
    );
    for (const th of heads) {
      if (th.dataset.column) th.setAttribute("aria-sort", th.dataset.column === sort.key ? (sort.dir > 0 ? "ascending" : "descending") : "none");
    }
    tbody.replaceChildren(
      ...rows.map((t) => {
        const name = el("button", { type: "button", class: "cs-report__trainee", "data-role": "open-trainee", text: t.trainee });
        name.addEventListener("click", () => detail(t));
        const work = el("span");
        t.work_on.forEach((p, i) => work.append(i ? ", " : "", el("a", { href: href(p), text: names[p] || p })));
        return el(
          "tr",
          { "data-trainee": t.trainee },
          el("td", {}, name),
          el("td", { "data-role": "done", text: String(t.answers) }),
          el("td", { "data-role": "passed", text: String(t.passed) }),
          el("td", { "data-role": "score", text: String(t.score) }),
          el("td", { "data-role": "work-on" }, t.work_on.length ? work : L.none),
        );
      }),
    );
  };
  draw();
  return el(
    "section",
    { class: "cs-report__section" },
    el("h2", { text: L.trainees }),
    el("p", { class: "cs-report__note", text: L.sortHint }),
    el(
      "div",
      { class: "cs-kit__scroll" },
      el("table", { class: "cs-report__table", "data-role": "trainee-table" }, el("thead", {}, el("tr", {}, ...heads)), tbody),
    ),
  );
}

function download(name, text) {
  const blob = new Blob([BOM, text], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function render(root, report, L) {
  const names = Object.fromEntries(report.principles.map((p) => [p.principle, p.name]));
  const principlesHref = root.dataset.principlesHref || "../principles/";
  const href = (pid) => `${principlesHref}#${pid}`;
  const out = root.querySelector('[data-role="report"]');
  const t = report.total;
  const panel = el("section", { class: "cs-report__detail", "data-role": "trainee-detail", hidden: true });
  const detail = (trainee) => {
    const close = el("button", { type: "button", class: "md-button", text: L.close });
    close.addEventListener("click", () => {
      panel.hidden = true;
    });
    const rows = selfRows(report, trainee.before, trainee.after);
    panel.replaceChildren(
      ...[
        el("h3", { text: fill(L.answersOf, { name: trainee.trainee }) }),
        rows.length ? selfTable(rows, L, href) : null,
        traineeAnswers(trainee, report, L, names, href),
        close,
      ].filter(Boolean),
    );
    panel.hidden = false;
    panel.scrollIntoView({ block: "start" });
  };
  const exportButton = el("button", { type: "button", class: "md-button md-button--primary", "data-role": "export", text: L.exportCsv });
  exportButton.addEventListener("click", () => download("class-report.csv", report.csv));
  const printButton = el("button", { type: "button", class: "md-button", "data-role": "print", text: L.print });
  printButton.addEventListener("click", () => window.print());
  const self = selfRows(
    report,
    Object.fromEntries(report.principles.filter((p) => p.before !== null).map((p) => [p.principle, p.before])),
    Object.fromEntries(report.principles.filter((p) => p.after !== null).map((p) => [p.principle, p.after])),
  );
  const skipped = report.skipped.length
    ? el(
        "details",
        { class: "cs-report__skipped", "data-role": "skipped" },
        el("summary", { text: `${L.skipped} (${report.skipped.length})` }),
        el("ul", {}, ...report.skipped.map((s) => el("li", { text: `${s.file ? `${s.file}:` : ""}${s.line}: ${s.reason}` }))),
      )
    : null;
  // on paper: the class summary on one page, then one page per trainee
  const perTrainee = el("div", { class: "cs-report__print-only" });
  for (const trainee of report.trainees) {
    const rows = selfRows(report, trainee.before, trainee.after);
    perTrainee.append(
      el(
        "section",
        { class: "cs-report__print-trainee", "data-trainee": trainee.trainee },
        el("h2", { text: trainee.trainee }),
        el("p", { text: `${L.done_} ${trainee.answers} · ${L.passed} ${trainee.passed} · ${L.score} ${trainee.score}` }),
        el("p", { text: `${L.workOn}: ${trainee.work_on.map((p) => names[p] || p).join(", ") || L.none}` }),
        rows.length ? selfTable(rows, L, href) : null,
        answerLines(trainee, report, L, names),
      ),
    );
  }
  out.replaceChildren(
    el(
      "div",
      { class: "cs-report__summary" },
      el("h2", { text: L.summaryTitle }),
      el("p", { "data-role": "totals", text: fill(L.done, { trainees: t.trainees, answers: t.answers, passed: t.passed, score: t.average_score }) }),
      el("p", { class: "cs-report__actions" }, exportButton, " ", printButton),
      skipped,
      principleChart(report, L, href),
      self.length ? el("section", { class: "cs-report__section" }, el("h2", { text: L.selfTitle }), selfTable(self, L, href)) : null,
      exerciseTable(report, L),
      traineeTable(report, L, names, href, detail),
    ),
    panel,
    perTrainee,
  );
}

// ---------------------------------------------------------------- the page

function initReport(root) {
  if (root.dataset.ready) return;
  root.dataset.ready = "true";
  const lang = root.dataset.lang || document.documentElement.lang || "zh";
  const L = labelsInEdition(LABELS[lang] || LABELS.en, EDITION);
  const files = [];
  const input = el("input", { type: "file", accept: ".csv,text/csv", multiple: true, class: "cs-report__input", "data-role": "files" });
  const pick = el("button", { type: "button", class: "md-button", text: L.pick });
  pick.addEventListener("click", () => input.click());
  const zone = el("div", { class: "cs-report__drop", "data-role": "drop" }, el("p", {}, L.drop, pick), input);
  const status = el("p", { class: "cs-report__status", "data-role": "status", role: "status", "aria-live": "polite" });
  const meter = el("progress", { class: "cs-report__progress", "data-role": "progress", "aria-label": L.progress, hidden: true });
  const problems = el("ul", { class: "cs-report__problems", "data-role": "problems" });
  const clear = el("button", { type: "button", class: "md-button", "data-role": "clear", text: L.clear, hidden: true });
  const out = el("div", { "data-role": "report" });
  root.replaceChildren(zone, status, meter, problems, clear, out);
  root.dataset.state = "idle";

  let run = 0;
  const check = async () => {
    run += 1;
    const mine = run;
    root.dataset.state = "checking";
    clear.hidden = false;
    const c = startEngine();
    status.textContent = `${fill(L.picked, { files: files.length })} ${L.loading}`;
    const progress = (done, total) => {
      if (mine !== run) return;
      meter.hidden = false;
      meter.max = Math.max(total, 1);
      meter.value = done;
      status.textContent = fill(L.checking, { done, total });
    };
    try {
      const started = performance.now();
      const sent = files.map((f) => ({ name: f.name, text: f.text }));
      // no time limit: a large class takes as long as it takes, and says how far it is (progress)
      const json = await c.request({ type: "report", files: sent, lang }, { progress });
      if (mine !== run) return;
      const report = toEdition(JSON.parse(json), EDITION);
      if (report.error) throw new Error(report.error);
      root.dataset.ms = String(Math.round(performance.now() - started));
      meter.hidden = true;
      status.textContent = `${fill(L.picked, { files: files.length })} ${L.finished}`;
      render(root, report, L);
      root.dataset.state = "done";
    } catch (error) {
      if (mine !== run) return;
      meter.hidden = true;
      status.textContent = `${L.unavailable}${error.message}`;
      root.dataset.state = "failed";
    }
  };

  const add = async (list) => {
    const read = await readFiles(Array.from(list || []), L, (text) => problems.append(el("li", { text })));
    if (!read.length) return;
    files.push(...read);
    check();
  };
  input.addEventListener("change", () => {
    add(input.files);
    input.value = "";
  });
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.dataset.over = "true";
  });
  zone.addEventListener("dragleave", () => delete zone.dataset.over);
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    delete zone.dataset.over;
    add(event.dataTransfer && event.dataTransfer.files);
  });
  clear.addEventListener("click", () => {
    run += 1;
    files.length = 0;
    problems.replaceChildren();
    out.replaceChildren();
    status.textContent = "";
    meter.hidden = true;
    clear.hidden = true;
    root.dataset.state = "idle";
  });
  // the trainer came here to check: load the engine while the files are being found
  startEngine().ready.then(
    () => (root.dataset.engine = "ready"),
    () => (root.dataset.engine = "unavailable"),
  );
}

// ---------------------------------------------------------------- the self-assessment page

const KEY = "cs-handbook:self-assessment:";
const PHASES = ["before", "after"];

function read(phase) {
  try {
    return window.localStorage.getItem(KEY + phase) || "";
  } catch {
    return "";
  }
}

function write(phase, value) {
  try {
    if (value) window.localStorage.setItem(KEY + phase, value);
    else window.localStorage.removeItem(KEY + phase);
    return true;
  } catch {
    return false;
  }
}

/** "principle=rating;…" for one phase's checked radios, in the page's order. */
export function ratingsOf(form, phase) {
  return Array.from(form.querySelectorAll(`input[type="radio"][name^="${phase}:"]:checked`))
    .map((input) => `${input.name.slice(phase.length + 1)}=${input.value}`)
    .join(";");
}

function initForm(form) {
  if (form.dataset.ready) return;
  form.dataset.ready = "true";
  for (const phase of PHASES) {
    for (const pair of read(phase).split(";")) {
      const [pid, value] = pair.split("=");
      const input = pid && form.querySelector(`input[name="${phase}:${CSS.escape(pid)}"][value="${CSS.escape(value || "")}"]`);
      if (input) input.checked = true;
    }
  }
  const note = form.querySelector('[data-role="storage-note"]');
  form.addEventListener("change", (event) => {
    const phase = String(event.target.name || "").split(":")[0];
    if (!PHASES.includes(phase)) return;
    const ok = write(phase, ratingsOf(form, phase));
    if (note) note.hidden = ok;
  });
}

function init() {
  document.querySelectorAll("[data-class-report]").forEach(initReport);
  document.querySelectorAll("[data-self-assessment]").forEach(initForm);
}

onEveryPage(init);
