/**
 * The exhaustive transition test both machines use: every (state, event) pair is either legal,
 * leading where the table says, or rejected with an illegal-transition error naming both.
 */
import assert from "node:assert/strict";
import { ErrorCode, WeftError } from "../../engine/errors.js";

/** Asserts `fn` throws an illegal-transition WeftError naming the state and the event. */
export function throwsIllegal(fn: () => unknown, stateName: string, eventType: string): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof WeftError, `not a WeftError: ${String(err)}`);
    assert.equal(err.code, ErrorCode.IllegalTransition);
    assert.ok(err.message.includes(`"${stateName}"`), `state "${stateName}" not in: ${err.message}`);
    assert.ok(err.message.includes(`"${eventType}"`), `event "${eventType}" not in: ${err.message}`);
    return true;
  });
}

export interface TransitionTable<S extends string, E extends { type: string }, Snap> {
  readonly states: readonly S[];
  /** One sample of each event type. */
  readonly events: readonly E[];
  /** The legal events of each state and where each leads. */
  readonly legal: Record<S, Partial<Record<E["type"], S>>>;
  readonly reach: (state: S) => Snap;
  readonly stepper: { accepts(snap: Snap, e: E): boolean; step(snap: Snap, e: E): Snap };
  readonly stateOf: (snap: Snap) => S;
}

/** Declares one test per (state, event) pair, and one that the table covers every state and event type. */
export function itFollowsTransitionTable<S extends string, E extends { type: string }, Snap>(t: TransitionTable<S, E, Snap>): void {
  it("covers every state and every event type", () => {
    assert.deepEqual(Object.keys(t.legal).sort(), [...t.states].sort());
    assert.equal(new Set(t.events.map((e) => e.type)).size, t.events.length);
  });
  for (const s of t.states) {
    for (const e of t.events) {
      const target = t.legal[s][e.type as E["type"]];
      it(`${s} ${target ? `accepts ${e.type} -> ${target}` : `rejects ${e.type}`}`, () => {
        const snap = t.reach(s);
        assert.equal(t.stepper.accepts(snap, e), target !== undefined);
        if (target) assert.equal(t.stateOf(t.stepper.step(snap, e)), target);
        else throwsIllegal(() => t.stepper.step(snap, e), s, e.type);
      });
    }
  }
}
