/// <reference types="mocha" />
/**
 * invokeAttempt (engine/worker/invoke.ts) on a SimulatedClock: the timeout and the
 * "still running" watch are timers of the injected clock, so time is moved, not waited for.
 */
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { AttemptAbort, invokeAttempt, type StillRunningWatch } from "../../engine/worker/invoke.js";

/** Lets promise callbacks run (no time passes). */
const settle = () => new Promise((r) => setImmediate(r));

function watch(afterMs: number): StillRunningWatch & { said: string[] } {
  const said: string[] = [];
  return { afterMs, said, report: (label) => said.push(label) };
}

describe("invokeAttempt: a function stopped but still running is reported", () => {
  it("a function that ignores its signal after a timeout: the attempt fails at once, and the function going on is reported once", async () => {
    const clock = new SimulatedClock();
    const w = watch(60);
    let finished = false;
    let release!: () => void;
    const pending = invokeAttempt(
      async () => {
        await new Promise<void>((r) => (release = r)); // ignores ctx.signal
        finished = true;
        return 1;
      },
      20,
      new AttemptAbort(),
      "task slow",
      w,
      clock,
    );
    clock.advance(20);
    const outcome = await pending;
    assert.equal(outcome.ok, false);
    assert.match(String((outcome as { error: Error }).error.message), /task slow timed out after 20 ms/);
    clock.advance(59);
    assert.deepEqual(w.said, [], "not before the watch's time");
    clock.advance(1);
    assert.deepEqual(w.said, ["task slow"]);
    release();
    await settle();
    clock.advance(1000);
    assert.equal(finished, true);
    assert.deepEqual(w.said, ["task slow"], "said once");
  });

  it("a function that returns when cancelled, or soon after, is not reported", async () => {
    const clock = new SimulatedClock();
    const w = watch(60);
    const abort = new AttemptAbort();
    const pending = invokeAttempt(
      () =>
        new Promise((_, reject) => {
          abort.signal.addEventListener("abort", () => clock.setTimeout(() => reject(new Error("stopped")), 10));
        }),
      0,
      abort,
      "task polite",
      w,
      clock,
    );
    abort.abort(new Error("cancelled"));
    assert.equal((await pending).ok, false);
    clock.advance(10); // it returns, 10 ms after its signal fired
    await settle();
    const quick = await invokeAttempt(() => 42, 0, new AttemptAbort(), "task quick", w, clock);
    assert.deepEqual(quick, { ok: true, value: 42 });
    clock.advance(1000);
    assert.deepEqual(w.said, []);
  });
});
