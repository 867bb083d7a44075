// Unit tests of docs/assets/exercise-states.js under Node (run by tests/test_widget_js.py).
import assert from "node:assert/strict";
import { test } from "node:test";

import { WIDGET_STATES, stateView } from "../../docs/assets/exercise-states.js";

test("the six states, and what the page sees of each", () => {
  assert.deepEqual(WIDGET_STATES, ["idle", "waiting", "loading", "passed", "failed", "unavailable"]);
  const shown = Object.fromEntries(WIDGET_STATES.map((s) => [s, stateView("idle", s).dataState]));
  // the public data-state values (tests/test_contract.py, test_browser.py) stay what they were
  assert.deepEqual(shown, {
    idle: "idle", waiting: "loading", loading: "loading", passed: "passed", failed: "failed", unavailable: "unavailable",
  });
});

test("waiting for the checker is busy but lets the trainee check; a running check does not", () => {
  assert.deepEqual(stateView("idle", "waiting"),
    { dataState: "loading", waiting: true, busy: true, checkDisabled: false, showAnswers: false });
  assert.deepEqual(stateView("waiting", "loading"),
    { dataState: "loading", waiting: false, busy: true, checkDisabled: true, showAnswers: false });
  for (const verdict of ["passed", "failed", "idle"]) {
    const view = stateView("loading", verdict);
    assert.equal(view.busy, false);
    assert.equal(view.checkDisabled, false);
  }
});

test("unavailable disables checking, offers the answers, and is never left", () => {
  const view = stateView("loading", "unavailable");
  assert.equal(view.checkDisabled, true);
  assert.equal(view.showAnswers, true);
  for (const next of WIDGET_STATES.filter((s) => s !== "unavailable")) {
    assert.equal(stateView("unavailable", next), null, next);
  }
  assert.notEqual(stateView("unavailable", "unavailable"), null);
});

test("an unknown state is an error, not a silent no-op", () => {
  assert.throws(() => stateView("idle", "done"), /unknown widget state done/);
});
