/// <reference types="mocha" />
/**
 * invokeAttempt (engine/worker/invoke.ts) on a SimulatedClock: the timeout and the
 * "still running" watch are timers of the injected clock, so time is moved, not waited for.
 */
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { spawn, type ChildProcess } from "node:child_process";
import { CHILD_GRACE_MS, userCode } from "../../engine/worker/attempt-scope.js";
import { guardChildProcesses } from "../../engine/worker/child-process-guard.js";
import { AttemptAbort, invokeAttempt, invokeInline, type AttemptOutcome, type StillRunningWatch } from "../../engine/worker/invoke.js";

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

describe("invokeAttempt: child processes an attempt started end with it", () => {
  before(() => guardChildProcesses());

  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const exited = (child: ChildProcess) =>
    child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once("exit", () => r()));

  it("a child left running by a function that returned gets SIGTERM; one started by weft's own code does not", async () => {
    let child!: ChildProcess;
    const outcome = await invokeAttempt(
      async () => {
        child = spawn("sleep", ["60"], { stdio: "ignore" });
        return 1;
      },
      0,
      new AttemptAbort(),
      "task starter",
    );
    assert.deepEqual(outcome, { ok: true, value: 1 });
    const own = spawn("sleep", ["60"], { stdio: "ignore" }); // outside any attempt
    await exited(child);
    assert.equal(child.signalCode, "SIGTERM");
    assert.equal(alive(own.pid!), true);
    own.kill("SIGKILL");
  });

  it("a timed-out attempt's child is ended, and one its code starts afterwards is ended at once", async () => {
    const clock = new SimulatedClock();
    const children: ChildProcess[] = [];
    let later!: () => void;
    const pending = invokeAttempt(
      async () => {
        children.push(spawn("sleep", ["60"], { stdio: "ignore" }));
        await new Promise<void>((r) => (later = r)); // ignores its signal
        children.push(spawn("sleep", ["60"], { stdio: "ignore" }));
      },
      20,
      new AttemptAbort(),
      "task slow",
      watch(1_000_000),
      clock,
    );
    clock.advance(20);
    assert.equal((await pending).ok, false);
    await exited(children[0]!);
    later();
    await settle();
    assert.equal(children.length, 2);
    await exited(children[1]!);
    assert.deepEqual(children.map((c) => c.signalCode), ["SIGTERM", "SIGTERM"]);
  });

  it("a child that ignores SIGTERM gets SIGKILL after the grace", async () => {
    const clock = new SimulatedClock();
    let child!: ChildProcess;
    await invokeAttempt(
      async () => {
        child = spawn("sh", ["-c", 'trap "" TERM; echo ready; while :; do sleep 0.1; done'], { stdio: ["ignore", "pipe", "ignore"] });
        await new Promise((r) => child.stdout!.once("data", r)); // its trap is set
      },
      0,
      new AttemptAbort(),
      "task stubborn",
      watch(1_000_000),
      clock,
    );
    await new Promise((r) => setTimeout(r, 200)); // SIGTERM was sent; it ignores it
    assert.equal(alive(child.pid!), true);
    clock.advance(CHILD_GRACE_MS);
    await exited(child);
    assert.equal(child.signalCode, "SIGKILL");
  });
});

describe("invokeInline: an attempt its scope refused (a process.exit the function caught) fails", () => {
  for (const returns of ["a value", "a promise"] as const) {
    it(`when the function then returns ${returns}`, async () => {
      const refusal = new Error("refused");
      const controller = new AttemptAbort();
      const outcome = await invokeInline(
        () => {
          // What the exit guard does inside an attempt's scope, before the function catches the throw.
          userCode.getStore()!.refuse(refusal);
          return returns === "a value" ? 42 : Promise.resolve(42);
        },
        0,
        controller,
        "task t (run r)",
        watch(60_000),
        new SimulatedClock(),
      );
      assert.deepEqual(outcome, { ok: false, error: refusal });
    });
  }

  it("a function that returns a value unrefused succeeds on return, with no promise", () => {
    const outcome = invokeInline(() => 7, 0, new AttemptAbort(), "task t (run r)", watch(60_000), new SimulatedClock());
    assert.deepEqual(outcome, { ok: true, value: 7 });
  });
});

describe("invokeInline: the timeout counts from the call", () => {
  it("a function whose synchronous part took 60 of its 100 ms, then waits: it times out 40 ms after it returned", async () => {
    const clock = new SimulatedClock();
    const controller = new AttemptAbort();
    const pending = invokeInline(
      () => {
        clock.advance(60); // its synchronous part
        return new Promise(() => {}); // then waits, for ever
      },
      100,
      controller,
      "task slow (run r)",
      watch(60_000),
      clock,
    );
    assert.ok(pending instanceof Promise);
    const outcomes: AttemptOutcome[] = [];
    void pending.then((o) => outcomes.push(o));
    clock.advance(39);
    await settle();
    assert.equal(outcomes.length, 0, "timed out early");
    clock.advance(1);
    await settle();
    const outcome = outcomes[0];
    assert.ok(outcome !== undefined && !outcome.ok, "it did not time out at 100 ms");
    assert.match((outcome.error as Error).message, /timed out after 100 ms/);
    assert.equal(controller.isAborted, true);
  });
});
