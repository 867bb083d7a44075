// Unit tests of docs/assets/exercise-feedback.js under Node (run by tests/test_widget_js.py).
import assert from "node:assert/strict";
import { test } from "node:test";

import { escapeHtml, feedbackHtml, feedbackSummary, highlightHtml } from "../../docs/assets/exercise-feedback.js";

const LABELS = {
  passed: "Passed!",
  failed: "Some things still need work.",
  score: "Score",
  colon: ": ",
  comma: ", ",
  yourText: "Your reply",
  severity: { error: "Must fix", warning: "Worth fixing", info: "Consider" },
  tips: "Other things",
  also: "Also: ",
  suggest: "You could say: ",
  followed: "What you already do well",
  why: "Why",
};
const NAMES = { "no-taboo": "No forbidden phrases", acknowledge: "Acknowledge <feelings>" };

const finding = (over) => ({
  principle: "no-taboo",
  rule: "no-taboo/calm-down",
  severity: "error",
  start: null,
  end: null,
  excerpt: null,
  message: "m",
  ...over,
});

test("escapeHtml escapes markup and both quotes", () => {
  assert.equal(escapeHtml(`<b a="1">'&'</b>`), "&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;");
  assert.equal(escapeHtml(null), "");
});

test("highlightHtml marks by code points and escapes the trainee's text", () => {
  const text = "😀<i>calm down</i> now";
  // "😀" is one code point: "calm down" starts at 4 in code points (6 in UTF-16 units)
  const html = highlightHtml(text, [finding({ start: 4, end: 13, message: 'say "no"' })]);
  assert.equal(
    html,
    '<div class="cs-feedback__text">😀&lt;i&gt;' +
      '<mark data-principle="no-taboo" data-severity="error" data-rule="no-taboo/calm-down" title="say &quot;no&quot;">' +
      "calm down</mark>&lt;/i&gt; now</div>",
  );
});

test("highlightHtml marks the first of overlapping spans and skips spans past the end", () => {
  const text = "abcdefgh";
  const html = highlightHtml(text, [
    finding({ start: 2, end: 6, rule: "b" }),
    finding({ start: 0, end: 4, rule: "a" }),
    finding({ start: 6, end: 99, rule: "c" }),
    finding({ start: 7, end: 7, rule: "d" }),
  ]);
  assert.equal((html.match(/<mark/g) || []).length, 1);
  assert.match(html, /data-rule="a"[^>]*>abcd<\/mark>efgh</);
});

test("a passed check: banner with the score, the followed principles with their why", () => {
  const result = {
    passed: true,
    score: 100,
    findings: [],
    followed: [{ principle: "acknowledge", excerpt: "I'm sorry", message: "<why>" }],
  };
  const html = feedbackHtml(result, "I'm sorry", LABELS, { names: NAMES, principlesHref: "../p/" });
  assert.ok(html.startsWith(
    '<p class="cs-feedback__banner cs-feedback__banner--passed"><strong>Passed!</strong> Score: 100/100</p>',
  ));
  assert.ok(!html.includes("cs-feedback__text"), "nothing to mark");
  assert.ok(html.includes(
    '<li data-followed="acknowledge"><a href="../p/#acknowledge">Acknowledge &lt;feelings&gt;</a>: ' +
      '<q class="cs-feedback__excerpt">I&#39;m sorry</q><details class="cs-feedback__why"><summary>Why</summary>' +
      "<p>&lt;why&gt;</p></details></li>",
  ));
});

test("a failed check: the marked reply, then errors, warnings, infos and folded tips in that order", () => {
  const result = {
    passed: false,
    score: 40,
    findings: [
      finding({ severity: "info", rule: "i", tip: true, message: "tip" }),
      finding({ severity: "warning", rule: "w", message: "warn" }),
      finding({ severity: "info", rule: "n", message: "note" }),
      finding({ rule: "e", start: 0, end: 4, excerpt: "calm", message: "<b>no</b>", also: ["acknowledge", "x-y"],
        suggest: "I hear you" }),
    ],
    followed: [],
  };
  const html = feedbackHtml(result, "calm down", LABELS, { names: NAMES, principlesHref: "p/" });
  const order = ["cs-feedback__text", "group--error", "group--warning", "group--info", "cs-feedback__tips"]
    .map((part) => html.indexOf(part));
  assert.ok(order.every((at) => at >= 0), html);
  assert.deepEqual([...order].sort((a, b) => a - b), order);
  assert.ok(html.includes('<p class="cs-exercise__label">Must fix</p>'));
  assert.ok(html.includes('<details class="cs-feedback__tips"><summary>Other things</summary>'));
  assert.ok(html.includes(
    '<li data-principle="no-taboo" data-severity="error" data-rule="e"><a href="p/#no-taboo">No forbidden phrases</a>' +
      ': &lt;b&gt;no&lt;/b&gt; <q class="cs-feedback__excerpt">calm</q>' +
      '<p class="cs-feedback__also">Also: <a href="p/#acknowledge">Acknowledge &lt;feelings&gt;</a>, ' +
      '<a href="p/#x-y">x-y</a></p><p class="cs-feedback__suggest">You could say: I hear you</p></li>',
  ));
  assert.ok(!html.includes("<b>"), "no markup from a message gets through");
  assert.equal(feedbackSummary(result, LABELS), "Some things still need work. Score: 40/100 (1)");
});

test("a missing principle name shows the id; a principle id cannot break out of the link", () => {
  const result = { passed: false, score: 0, findings: [finding({ principle: '"><script>' })], followed: [] };
  const html = feedbackHtml(result, "x", LABELS);
  assert.ok(html.includes('<a href="#&quot;&gt;&lt;script&gt;">&quot;&gt;&lt;script&gt;</a>'), html);
  assert.ok(!html.includes("<script>"));
});
