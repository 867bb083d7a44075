// What the exercise widget shows after a check, as HTML: pure functions of the check's result
// (the JSON of `python -m exercises check --json`), the trainee's text and the widget's
// labels (the `data-labels` the build writes into each widget). No DOM, no state: exercise.js
// puts the string into the page, tests/js/feedback.test.mjs runs these under Node.
// Every text that comes from the result or the trainee is escaped here.

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML content and for a quoted attribute value. */
export function escapeHtml(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** `<tag attr="…">inner</tag>`; attributes that are null, undefined or false are left out. */
function tag(name, attrs, inner = "") {
  const list = Object.entries(attrs)
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([key, value]) => (value === true ? ` ${key}=""` : ` ${key}="${escapeHtml(value)}"`))
    .join("");
  return `<${name}${list}>${inner}</${name}>`;
}

/** The trainee's text with finding spans marked; offsets are code points (as in Python). */
export function highlightHtml(text, findings) {
  const chars = Array.from(text);
  const spans = findings
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let html = "";
  let cursor = 0;
  for (const f of spans) {
    if (f.start < cursor || f.end > chars.length) continue; // overlapping: the first one is marked
    if (f.start > cursor) html += escapeHtml(chars.slice(cursor, f.start).join(""));
    const attrs = { "data-principle": f.principle, "data-severity": f.severity, "data-rule": f.rule, title: f.message };
    html += tag("mark", attrs, escapeHtml(chars.slice(f.start, f.end).join("")));
    cursor = f.end;
  }
  if (cursor < chars.length) html += escapeHtml(chars.slice(cursor).join(""));
  return tag("div", { class: "cs-feedback__text" }, html);
}

/** What a screen reader announces after a check. */
export function feedbackSummary(result, labels) {
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const verdict = result.passed ? labels.passed : labels.failed;
  return `${verdict} ${labels.score}${labels.colon}${result.score}/100 (${errors})`;
}

/**
 * The feedback of one check as HTML.
 * @param result  {passed, score, findings, followed} of a check
 * @param text    the reply that was checked (finding offsets point into it)
 * @param labels  the widget's labels (passed, failed, score, colon, comma, severity, …)
 * @param names   principle id → name in the page's language
 * @param principlesHref  the principles page; each principle links to its anchor there
 */
export function feedbackHtml(result, text, labels, { names = {}, principlesHref = "" } = {}) {
  const L = labels;
  const link = (principle) => tag("a", { href: `${principlesHref}#${principle}` }, escapeHtml(names[principle] || principle));
  const label = (value) => tag("p", { class: "cs-exercise__label" }, escapeHtml(value));
  const excerpt = (value) => tag("q", { class: "cs-feedback__excerpt" }, escapeHtml(value));
  const findings = result.findings || [];
  const parts = [
    tag(
      "p",
      { class: `cs-feedback__banner cs-feedback__banner--${result.passed ? "passed" : "failed"}` },
      tag("strong", {}, escapeHtml(result.passed ? L.passed : L.failed)) +
        escapeHtml(` ${L.score}${L.colon}${result.score}/100`),
    ),
  ];
  if (findings.some((f) => Number.isInteger(f.start))) {
    parts.push(label(L.yourText), highlightHtml(text, findings));
  }
  // errors first; optional tips on principles this exercise does not train come last, folded
  const groups = [
    ["error", findings.filter((f) => f.severity === "error")],
    ["warning", findings.filter((f) => f.severity === "warning")],
    ["info", findings.filter((f) => f.severity === "info" && !f.tip)],
    ["tip", findings.filter((f) => f.severity === "info" && f.tip)],
  ];
  for (const [severity, group] of groups) {
    if (!group.length) continue;
    const items = group.map((f) => {
      let inner = link(f.principle) + escapeHtml(L.colon) + escapeHtml(f.message || "");
      if (f.excerpt) inner += ` ${excerpt(f.excerpt)}`;
      if (f.also && f.also.length) {
        const also = f.also.map((p, i) => (i ? escapeHtml(L.comma) : "") + link(p)).join("");
        inner += tag("p", { class: "cs-feedback__also" }, escapeHtml(L.also) + also);
      }
      if (f.suggest) inner += tag("p", { class: "cs-feedback__suggest" }, escapeHtml(L.suggest) + escapeHtml(f.suggest));
      return tag("li", { "data-principle": f.principle, "data-severity": f.severity, "data-rule": f.rule }, inner);
    });
    const list = tag("ul", { class: `cs-feedback__group cs-feedback__group--${severity}` }, items.join(""));
    if (severity === "tip") {
      parts.push(tag("details", { class: "cs-feedback__tips" }, tag("summary", {}, escapeHtml(L.tips)) + list));
    } else {
      parts.push(label(L.severity[severity]), list);
    }
  }
  // what the trainee already does well: the principle and the quoted words; the why on demand
  const followed = result.followed || [];
  if (followed.length) {
    const items = followed.map((f) => {
      let inner = link(f.principle);
      if (f.excerpt) inner += escapeHtml(L.colon) + excerpt(f.excerpt);
      if (f.message) {
        const why = tag("summary", {}, escapeHtml(L.why)) + tag("p", {}, escapeHtml(f.message));
        inner += tag("details", { class: "cs-feedback__why" }, why);
      }
      return tag("li", { "data-followed": f.principle }, inner);
    });
    parts.push(label(L.followed), tag("ul", { class: "cs-feedback__followed" }, items.join("")));
  }
  return parts.join("");
}
