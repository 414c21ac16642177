/// <reference types="mocha" />
/**
 * weft/testing's runLocal: real coordinator and workers in process, on the in-process bus and a
 * simulated clock, with faults injected. Every run here goes through the whole engine.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { runLocal, type LocalRun } from "../../engine/testing/index.js";
import { ErrorCode, WeftError } from "../../engine/errors.js";
import { workflow } from "../../sdk/index.js";
import hello from "../../examples/hello.js";
import fanout from "../../examples/fanout.js";

/** A node that fails on attempt 1 is retried after 30 s (no jitter), then succeeds. */
const backoff30s = workflow<{ n: number }>("backoff30s", (wf) => {
  const flaky = wf.node("flaky", async (ctx) => ctx.input.n + 1, { retries: { retries: 2, backoffMs: 30_000, jitter: 0 } });
  wf.node("twice", flaky, async (x) => x * 2);
});

/** Map instances whose retries are spread over 10 s of simulated time (full jitter, seeded). */
const spread = workflow<{ n: number }>("spread", (wf) => {
  const items = wf.node("items", async (ctx) => Array.from({ length: ctx.input.n }, (_, i) => i));
  const squares = wf.map("square", items, async (i) => i * i, { retries: { retries: 1, backoffMs: 10_000, jitter: 1 } });
  wf.node("sum", squares, async (xs) => xs.reduce((a, b) => a + b, 0));
});

/** Waits until its attempt is aborted (a cancel, a timeout): it never ends by itself. */
const waits = workflow("waits", (wf) => {
  wf.node("forever", (ctx) => new Promise((_, reject) => ctx.signal.addEventListener("abort", () => reject(new Error("aborted")))));
});

function rejectsUsage(p: Promise<unknown>, ...parts: string[]) {
  return assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof WeftError, String(err));
    assert.equal(err.code, ErrorCode.Usage, err.message);
    for (const part of parts) assert.ok(err.message.includes(part), `"${part}" not in: ${err.message}`);
    return true;
  });
}

/** The run threw its own error (code and message) when its result was read. */
function resultThrows(run: LocalRun<unknown>, code: string, part: string) {
  assert.throws(
    () => run.result,
    (err: unknown) => err instanceof WeftError && err.code === code && err.message.includes(part),
  );
}

describe("weft/testing runLocal", () => {
  it("gives examples/hello.ts's result, with each node's figures and the user's log line", async () => {
    const run = await runLocal(hello, { n: 3 });
    assert.equal(run.state, "succeeded");
    assert.equal(run.result, 15);
    assert.equal(run.error, undefined);
    for (const node of ["input", "double", "square", "sum"]) {
      assert.deepEqual(run.nodes[node], { tasks: 1, attempts: 1, succeeded: 1, failed: 0, cancelled: 0, skipped: 0, retries: 0 }, node);
    }
    assert.ok(run.lines.some((l) => l.taskId === "sum" && l.message === "double=6 square=9"), JSON.stringify(run.lines));
    assert.ok(run.log.some((e) => e.run?.to === "succeeded"));
  });

  it("gives a map's gathered result over several workers (examples/fanout.ts)", async () => {
    const run = await runLocal(fanout, { n: 30 }, { workers: 3, slots: 2 });
    assert.deepEqual(run.result, { count: 30, sum: 8555 });
    assert.equal(run.nodes.square?.tasks, 30);
    assert.ok(Object.keys(run.workers).length >= 2, `map instances ran on ${JSON.stringify(run.workers)}`);
  });

  it("types the result from the workflow's result type (or the one named)", async () => {
    // A workflow typed as the SDK types one whose build function returns its end node.
    const typed = backoff30s as typeof backoff30s & { readonly __result?: number };
    const run = await runLocal(typed, { n: 1 });
    const n: number = run.result;
    // @ts-expect-error the result is a number, not a string
    const s: string = run.result;
    assert.equal(n + 0, 4);
    assert.equal(typeof s, "number");
    const named = await runLocal<typeof backoff30s, number>(backoff30s, { n: 2 });
    assert.equal(named.result.toFixed(0), "6");
    // @ts-expect-error the input is typed too (a type check only: never called)
    const wrongInput = () => runLocal(backoff30s, { m: 1 });
    assert.equal(typeof wrongInput, "function");
  });

  it("runs a 30 s backoff on simulated time: the retry happens 30 s later, at once", async () => {
    const started = performance.now();
    const run = await runLocal(backoff30s, { n: 1 }, { faults: [{ fail: "flaky", attempt: 1 }] });
    const wallMs = performance.now() - started;
    assert.equal(run.result, 4);
    assert.ok(run.simulatedMs >= 30_000, `simulated ${run.simulatedMs} ms`);
    // A real clock would have needed the whole 30 s.
    assert.ok(wallMs < 30_000, `wall ${wallMs} ms`);
  });

  it("fails a node on attempt 1: it is retried and the run succeeds", async () => {
    const run = await runLocal(backoff30s, { n: 20 }, { faults: [{ fail: "flaky", attempt: 1 }] });
    assert.equal(run.result, 42);
    assert.equal(run.nodes.flaky?.retries, 1);
    assert.equal(run.nodes.flaky?.attempts, 2);
    const attempts = run.tasks.flaky?.attempts ?? [];
    assert.deepEqual(attempts.map((a) => [a.attempt, a.outcome]), [[1, "retrying"], [2, "succeeded"]]);
    assert.match(attempts[0]?.error?.message ?? "", /injected failure: node "flaky", attempt 1/);
  });

  it("fails a node on every attempt: the run fails with its error once the attempts are spent", async () => {
    const run = await runLocal(backoff30s, { n: 1 }, { faults: [{ fail: "flaky", attempt: "every", message: "the service said no" }] });
    assert.equal(run.state, "failed");
    assert.equal(run.error?.code, ErrorCode.UserCode);
    assert.match(run.error?.message ?? "", /flaky.*the service said no/);
    assert.equal(run.nodes.flaky?.attempts, 3);
    assert.equal(run.nodes.flaky?.failed, 1);
    assert.equal(run.nodes.twice?.succeeded, 0);
    assert.ok(run.simulatedMs >= 60_000, `two 30 s backoffs, simulated ${run.simulatedMs} ms`);
    resultThrows(run, ErrorCode.UserCode, "the service said no");
  });

  it("a terminal fault is not retried", async () => {
    const run = await runLocal(backoff30s, { n: 1 }, { faults: [{ fail: "flaky", terminal: true }] });
    assert.equal(run.state, "failed");
    assert.equal(run.nodes.flaky?.attempts, 1);
    assert.equal(run.error?.code, ErrorCode.Terminal);
  });

  it("fails one map instance only, by its index", async () => {
    const run = await runLocal(spread, { n: 8 }, { faults: [{ fail: "square", index: 5 }] });
    assert.equal(run.result, 140);
    assert.equal(run.nodes.square?.retries, 1);
    assert.equal(run.tasks["square[5]"]?.attempts.length, 2);
    assert.equal(run.tasks["square[4]"]?.attempts.length, 1);
  });

  it("loses a worker after N tasks: its part is placed again on the others and the result is right", async () => {
    const run = await runLocal(spread, { n: 20 }, { workers: 2, faults: [{ fail: "square", attempt: 1 }, { loseWorker: "w2", afterTasks: 3 }] });
    assert.equal(run.result, 2470);
    assert.deepEqual(run.lostWorkers, ["w2"]);
    assert.ok((run.workers.w2?.succeeded ?? 0) >= 3, JSON.stringify(run.workers));
    // Re-placed: later attempts ran in a new epoch, on w1 only.
    const replaced = Object.values(run.tasks).flatMap((t) => t.attempts.filter((a) => a.epoch > 0));
    assert.ok(replaced.length > 0, "no attempt ran in a later epoch");
    assert.ok(replaced.every((a) => a.worker === "w1"), JSON.stringify(replaced));
    // The loss was seen after the coordinator's 3 s of silence, on the simulated clock.
    assert.ok(run.simulatedMs >= 3000, `simulated ${run.simulatedMs} ms`);
  });

  it("cancels at a simulated time: the run ends cancelled then, its task aborted", async () => {
    const run = await runLocal(waits, {}, { faults: [{ cancelAt: 10_000, reason: "the test is over" }] });
    assert.equal(run.state, "cancelled");
    assert.equal(run.error?.code, ErrorCode.Cancelled);
    assert.match(run.error?.message ?? "", /the test is over/);
    assert.ok(run.simulatedMs >= 10_000, `simulated ${run.simulatedMs} ms`);
    assert.equal(run.nodes.forever?.cancelled, 1);
    resultThrows(run, ErrorCode.Cancelled, "the test is over");
  });

  it("fires a node's timeout on simulated time", async () => {
    const timesOut = workflow("times-out", (wf) => {
      wf.node("forever", (ctx) => new Promise((_, reject) => ctx.signal.addEventListener("abort", () => reject(new Error("aborted")))), { timeoutMs: 20_000 });
    });
    const run = await runLocal(timesOut, {});
    assert.equal(run.state, "failed");
    assert.equal(run.error?.code, ErrorCode.Timeout, run.error?.message);
    assert.ok(run.simulatedMs >= 20_000, `simulated ${run.simulatedMs} ms`);
  });

  it("runs an isolated node on its worker's thread (no bundle file in process)", async () => {
    const isolated = workflow("isolated", (wf) => {
      wf.node("iso", async (ctx) => ctx.attempt * 7, { isolate: true, timeoutMs: 5000, retries: 2 });
    });
    const run = await runLocal(isolated, {}, { faults: [{ fail: "iso" }] });
    assert.equal(run.result, 14);
  });

  it("gives up on a run that never ends once maxSimulatedMs has passed, naming the task it waits for", async () => {
    await assert.rejects(runLocal(waits, {}, { maxSimulatedMs: 60_000 }), (err: unknown) => {
      assert.ok(err instanceof WeftError, String(err));
      assert.equal(err.code, ErrorCode.Timeout);
      assert.match(err.message, /maxSimulatedMs/);
      assert.match(err.message, /forever \(running, attempt 1 on w\d\)/);
      return true;
    });
  });

  it("refuses faults that cannot apply, naming what is wrong", async () => {
    await rejectsUsage(runLocal(hello, {}, { faults: [{ fail: "nope" }] }), `"nope"`, "input, double, square, sum");
    await rejectsUsage(runLocal(hello, {}, { faults: [{ fail: "sum", attempt: 0 }] }), "attempt");
    await rejectsUsage(runLocal(hello, {}, { faults: [{ loseWorker: "w3", afterTasks: 1 }] }), "w1, w2");
    await rejectsUsage(runLocal(hello, {}, { workers: 1, faults: [{ loseWorker: "w1", afterTasks: 1 }] }), "workers: 2");
    await rejectsUsage(runLocal(hello, {}, { faults: [{ cancelAt: -1 }] }), "cancelAt");
    await rejectsUsage(runLocal({ graph: {} } as unknown as typeof hello, {}), "not a workflow");
  });

  it("README's \"Testing a workflow\" shows test/examples/hello.test.ts as it is (so the suite runs what it shows)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Testing a workflow"));
    const shown = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    assert.equal(shown, readFileSync(new URL("../examples/hello.test.ts", import.meta.url), "utf8"));
  });
});
