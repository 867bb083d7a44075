// The self-assessment page: a rating from 1 to 5 per principle, before and after the course.
// The ratings stay in this browser (localStorage "cs-handbook:self-assessment:before" and
// ":after", as "principle=rating;…"); exercise.js puts them into the trainee's answers download,
// and the class report shows them as before/after. Works on a plain load and under `document$`.

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
  document.querySelectorAll("[data-self-assessment]").forEach(initForm);
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(init);
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", init);
} else {
  init();
}
