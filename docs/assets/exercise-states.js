// The exercise widget's states and what each shows: one table, one pure function (no DOM),
// used by exercise.js's transition() and tested under Node (tests/js/states.test.mjs).
//   idle        nothing checked yet, or a reset, an empty reply, a check that timed out
//   waiting     the checker is loading after the answer box got focus; no check asked yet
//   loading     a check was asked and runs (or waits for the checker to load)
//   passed / failed   the verdict of the last check (failed also: the check itself failed)
//   unavailable this browser cannot run the checker; hints, checklist and answers remain

const STATES = {
  idle: { shown: "idle" },
  waiting: { shown: "loading", waiting: true },
  loading: { shown: "loading", busy: true },
  passed: { shown: "passed" },
  failed: { shown: "failed" },
  unavailable: { shown: "unavailable", final: true },
};

export const WIDGET_STATES = Object.freeze(Object.keys(STATES));

/**
 * What moving from `current` to `next` sets, or null when the move is not made (nothing
 * leaves "unavailable": the checker does not come back in this page).
 * dataState: the feedback's data-state (the public hook; "waiting" shows as "loading" with
 * data-waiting="engine"); waiting: data-waiting="engine" or none; busy: aria-busy;
 * checkDisabled: the Check button; showAnswers: true when the model answers are to be offered.
 */
export function stateView(current, next) {
  const to = STATES[next];
  if (!to) throw new Error(`unknown widget state ${next}`);
  if (STATES[current] && STATES[current].final && next !== current) return null;
  return {
    dataState: to.shown,
    waiting: Boolean(to.waiting),
    busy: Boolean(to.busy || to.waiting),
    checkDisabled: Boolean(to.busy || to.final),
    showAnswers: Boolean(to.final),
  };
}
