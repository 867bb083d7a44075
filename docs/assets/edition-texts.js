// The texts of a generated edition (traditional Chinese, /zh-Hant/): the page itself is
// converted at build time (hooks/hant_edition.py), but the checker runs in the source
// language (zh) and answers in it. The build writes every text the engine and these scripts
// can show, with its converted form, to assets/edition-texts/<lang>.json; this module loads
// that file once (pages of other editions never ask for it) and converts a result with it.
// Only whole known texts and the fixed pieces of texts with numbers filled in are replaced:
// what the trainee wrote (the reply, an excerpt of it) is never touched.

const GENERATED = new Set(["zh-Hant"]); // hooks/editions.py GENERATED
// the trainee's own words (a reply, an excerpt of it, a class report's answers and names),
// and the class report's CSV as the trainer downloads it
const KEEP = new Set(["reply", "excerpt", "answer", "trainee", "csv"]);

let loading = null;

/** The generated edition this page belongs to, or null. */
export function editionLang(doc = globalThis.document) {
  const lang = doc && doc.documentElement ? doc.documentElement.lang : "";
  return GENERATED.has(lang) ? lang : null;
}

/** The edition's texts ({exact, pieces}), or null on a page of a written edition. */
export function loadEditionTexts() {
  const lang = editionLang();
  if (!lang) return Promise.resolve(null);
  loading ??= fetch(new URL(`edition-texts/${lang}.json`, import.meta.url), { cache: "no-cache" })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  return loading;
}

/** One text in the edition: a known text whole, else its known fixed pieces. */
export function convertText(text, texts) {
  if (!texts || typeof text !== "string" || !text) return text;
  const whole = texts.exact && texts.exact[text];
  if (whole !== undefined) return whole;
  let out = text;
  for (const [piece, converted] of texts.pieces || []) {
    if (out.includes(piece)) out = out.split(piece).join(converted);
  }
  return out;
}

/** A copy of `value` (a check, role-play or class-report result) in the edition; the
 *  trainee's words (the keys in `keep`) stay as they were typed. */
export function toEdition(value, texts, keep = KEEP) {
  if (!texts) return value;
  if (typeof value === "string") return convertText(value, texts);
  if (Array.isArray(value)) return value.map((item) => toEdition(item, texts, keep));
  if (value && typeof value === "object") {
    const out = {};
    for (const [key, item] of Object.entries(value)) out[key] = keep.has(key) ? item : toEdition(item, texts, keep);
    return out;
  }
  return value;
}

/** A script's own table of labels in the edition, every text of it. */
export function labelsInEdition(labels, texts) {
  return toEdition(labels, texts, new Set());
}
