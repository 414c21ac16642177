/// <reference types="mocha" />
import assert from "node:assert/strict";
import { AttemptAbort, invokeAttempt, type StillRunningWatch } from "../engine/worker/invoke.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function watch(afterMs: number): StillRunningWatch & { said: string[] } {
  const said: string[] = [];
  return { afterMs, said, report: (label) => said.push(label) };
}

describe("invokeAttempt: a function stopped but still running is reported", () => {
  it("a function that ignores its signal after a timeout: the attempt fails at once, and the function going on is reported once", async () => {
    const w = watch(60);
    let finished = false;
    const outcome = await invokeAttempt(
      async () => {
        await sleep(200); // ignores ctx.signal
        finished = true;
        return 1;
      },
      20,
      new AttemptAbort(),
      "task slow",
      w,
    );
    assert.equal(outcome.ok, false);
    assert.match(String((outcome as { error: Error }).error.message), /task slow timed out after 20 ms/);
    await sleep(120);
    assert.deepEqual(w.said, ["task slow"]);
    await sleep(150);
    assert.equal(finished, true);
    assert.deepEqual(w.said, ["task slow"], "said once");
  });

  it("a function that returns when cancelled, or soon after, is not reported", async () => {
    const w = watch(60);
    const abort = new AttemptAbort();
    const pending = invokeAttempt(
      () =>
        new Promise((_, reject) => {
          abort.signal.addEventListener("abort", () => setTimeout(() => reject(new Error("stopped")), 10));
        }),
      0,
      abort,
      "task polite",
      w,
    );
    abort.abort(new Error("cancelled"));
    assert.equal((await pending).ok, false);
    const quick = await invokeAttempt(() => 42, 0, new AttemptAbort(), "task quick", w);
    assert.deepEqual(quick, { ok: true, value: 42 });
    await sleep(120);
    assert.deepEqual(w.said, []);
  });
});
