/**
 * A task node that succeeds on its first attempt is logged as one entry (TaskSucceeded) instead
 * of its three changes, and every reader sees the three changes again (wire/task-succeeded.ts,
 * through readHistoryBatch). What users see must not change: the same scripted runs are logged
 * once with the one-entry form and once change by change, and the two logs, as read back, must
 * be the same entries, print the same `weft logs` lines (readable and JSON) and give the
 * coordinator the same progress.
 */
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { SimulatedClock } from "../../engine/base/clock.js";
import { LogPrinter } from "../../engine/cli/log-printer.js";
import { entriesFromWire } from "../../engine/coordinator/log-entries.js";
import { RunProgress } from "../../engine/coordinator/run-progress.js";
import type { weft } from "../../engine/gen/weft.js";
import type { DurablePublisher } from "../../engine/internal.js";
import { subjects } from "../../engine/subjects.js";
import { decodeMessage, pb } from "../../engine/wire/protocol.js";
import { readHistoryBatch } from "../../engine/wire/run-history.js";
import { taskSucceededEntry } from "../../engine/wire/task-succeeded.js";
import { LogBatcher } from "../../engine/worker/log-batcher.js";
import { TaskTable, type TaskLog } from "../../engine/worker/run/tasks.js";
import type { Job } from "../../engine/worker/slot-pool.js";
import type { Task } from "../../engine/worker/task-record.js";
import type { NodeSpec, WorkflowGraph } from "../../model/graph.js";

const RUN = "r-1";
const retry = { maxAttempts: 3, backoffMs: 100, backoffFactor: 2, maxBackoffMs: 1000, jitter: 0 };
const node = (name: string, deps: string[]) => ({ name, kind: "task", deps, retry }) as unknown as NodeSpec;
const boom = { code: "E_USER_CODE", message: "boom", stack: "Error: boom\n    at b", terminal: false };

/** What an attempt of a task does in a script: succeed, fail, say a line first, or run until told. */
type Outcome = "ok" | "fail" | "say" | "async";

interface Script {
  /** The chain's nodes, in order: each becomes ready when the one before succeeds. */
  chain: string[];
  /** The outcome of attempt k (from 1) of a node; "ok" when not said. */
  outcome?: (node: string, attempt: number) => Outcome;
  /** Flush the log after each node's success (a log that goes out between hops). */
  flushEach?: boolean;
}

/**
 * Runs a scripted chain on a task table whose log is a real LogBatcher, on a simulated clock and
 * a queue drained by hand: the same script gives the same times. `compact`: the log takes a
 * first-attempt success as one entry (as the worker's outbox does).
 */
async function logOf(script: Script, compact: boolean): Promise<Uint8Array[]> {
  const clock = new SimulatedClock(1_765_100_000_000);
  const published: Uint8Array[] = [];
  const publisher = { publish: async (_subject: string, bytes: Uint8Array) => void published.push(bytes) };
  const flushHooks: (() => void)[] = [];
  const entryHooks: (() => void)[] = [];
  const batcher = new LogBatcher(publisher as unknown as DurablePublisher, RUN, "", "w1", () => (flushHooks.forEach((h) => h()), []), clock);
  const queue: Job[] = [];
  const waiting: (() => void)[] = [];
  const nodes = script.chain.map((name, i) => node(name, i === 0 ? [] : [script.chain[i - 1]!]));
  const log: TaskLog = {
    add: (e, size) => batcher.add(e, size),
    beforeFlush: (hook) => void flushHooks.push(hook),
    touch: () => batcher.touch(),
    ...(compact
      ? {
          beforeEntry: (hook: () => void) => void entryHooks.push(hook),
          taskSucceeded: (task, ready, running, atMs, usage) =>
            batcher.add(taskSucceededEntry({ node: task.node.name, worker: "w1", epoch: 2, pendingMs: ready.durationMs, readyAtMs: ready.atMs, runningAtMs: running.atMs, atMs, usage })),
        }
      : {}),
  };
  const userLine = (task: Task, message: string) => {
    tasks.logHeldChanges(task);
    for (const h of entryHooks) h();
    batcher.add({ log: { taskId: task.id, worker: "w1", level: "info", message, atMs: clock.now() } });
  };
  const next = (task: Task) => {
    const i = script.chain.indexOf(task.node.name);
    if (script.flushEach) void batcher.flush();
    clock.advance(0.25);
    if (i + 1 < nodes.length) tasks.transition(tasks.newTask(nodes[i + 1]!, -1, undefined, undefined), { type: "deps.met" });
  };
  const tasks: TaskTable = new TaskTable({
    worker: "w1",
    epoch: 2,
    pool: { submit: (job) => void queue.push(job), submitMany: () => assert.fail("not in a chain") },
    clock,
    log,
    strict: true,
    effects: {
      runAttempt: (task) => {
        tasks.transition(task, { type: "attempt.started", at: clock.now() });
        const attempt = task.snapshot.context.attempt;
        const outcome = script.outcome?.(task.node.name, attempt) ?? "ok";
        clock.advance(1.5);
        if (outcome === "say") userLine(task, `hello from ${task.id}`);
        if (outcome === "fail") return void tasks.transition(task, { type: "attempt.failed", at: clock.now(), error: boom, draw: 0 });
        if (outcome === "async") {
          return new Promise<void>((resolve) =>
            waiting.push(() => {
              task.usage = { cpuMs: 0.5, heapGrowthBytes: 1024, memoryMbS: 1e-6, outputBytes: 8 };
              tasks.transition(task, { type: "attempt.succeeded", at: clock.now() });
              next(task);
              resolve();
            }),
          );
        }
        if (attempt === 1) task.usage = { cpuMs: 0.25, heapGrowthBytes: 0, memoryMbS: 2e-6, outputBytes: 16 };
        tasks.transition(task, { type: "attempt.succeeded", at: clock.now() });
        next(task);
        return undefined;
      },
      abortAttempt: () => {},
      failRun: () => {},
      absorbFailure: () => {},
      absorbsFailure: () => false,
    },
  });
  clock.advance(0.5);
  tasks.transition(tasks.newTask(nodes[0]!, -1, undefined, undefined), { type: "deps.met" });
  // Runs queued jobs, due retries and attempts left running, until nothing is left.
  for (let guard = 0; guard < 1000; guard++) {
    const job = queue.shift();
    if (job) {
      clock.advance(0.125);
      void job(); // an attempt left running is finished below
      continue;
    }
    const finish = waiting.shift();
    if (finish) {
      await batcher.flush(); // the log goes out while it runs: its ready and running are seen
      clock.advance(3);
      finish();
      continue;
    }
    if (tasks.all().some((t) => t.snapshot.value === "retrying")) {
      clock.advance(1000); // the retry timer fires on the simulated clock
      continue;
    }
    break;
  }
  await batcher.flush();
  assert.equal(queue.length + waiting.length, 0);
  assert.ok(tasks.all().every((t) => t.snapshot.value === "succeeded"), "every task of the script succeeds in the end");
  return published;
}

/** The entries of the batches, as every reader gets them (readHistoryBatch). */
function readBack(batches: Uint8Array[]): weft.v1.LogEntry.$Properties[] {
  return batches.flatMap((bytes) => readHistoryBatch(subjects.runLog(RUN, "w1", ""), bytes, (reason) => assert.fail(reason))!.entries);
}

/** How many entries the worker wrote (before reading them back). */
function written(batches: Uint8Array[]): number {
  return batches.reduce((n, bytes) => n + decodeMessage(pb.LogBatch, bytes, () => {})!.entries.length, 0);
}

/** What `weft logs` prints for these entries, readable or as JSON lines. */
async function printed(entries: weft.v1.LogEntry.$Properties[], json: boolean, graph: WorkflowGraph): Promise<string> {
  let text = "";
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      text += chunk.toString();
      cb();
    },
  });
  const printer = new LogPrinter(RUN, { json, progress: false, out }, graph);
  for (const e of entries) printer.print(e);
  await Promise.resolve();
  printer.close();
  return text;
}

/** The coordinator's progress of the run after reading these entries (a TaskSucceeded in one step, as the coordinator reads the log compact). */
function progressOf(entries: weft.v1.LogEntry.$Properties[], graph: WorkflowGraph): unknown {
  const progress = new RunProgress(graph, 2);
  for (const e of entriesFromWire(entries)) {
    if (e.kind === "task") progress.taskChanged(e.change, 0);
    if (e.kind === "succeeded") progress.taskSucceeded(e.success, 0);
  }
  return {
    nodes: [...progress.nodes.entries()],
    done: progress.tasksDone,
    attempts: progress.usage.attempts,
    costs: progress.usage.nodeCosts(),
    outputs: [...progress.doneOn],
    epoch: progress.highestEpoch,
    allRead: progress.allTasksRead(),
  };
}

async function sameForUsers(script: Script): Promise<{ compact: Uint8Array[]; plain: Uint8Array[] }> {
  const compact = await logOf(script, true);
  const plain = await logOf(script, false);
  const a = readBack(compact);
  const b = readBack(plain);
  // As decoded messages: the same fields set, the same values, in the same order.
  assert.deepEqual(
    a.map((e) => pb.LogEntry.toObject(e as weft.v1.LogEntry)),
    b.map((e) => pb.LogEntry.toObject(e as weft.v1.LogEntry)),
  );
  assert.deepEqual(a.map((e) => JSON.stringify(e)), b.map((e) => JSON.stringify(e)));
  const graph = { name: "chain", nodes: script.chain.map((name, i) => node(name, i === 0 ? [] : [script.chain[i - 1]!])) } as unknown as WorkflowGraph;
  assert.equal(await printed(a, false, graph), await printed(b, false, graph), "weft logs prints the same lines");
  assert.equal(await printed(a, true, graph), await printed(b, true, graph), "weft logs --json prints the same lines");
  assert.deepEqual(progressOf(a, graph), progressOf(b, graph), "the coordinator's progress (weft status) is the same");
  // The coordinator reads the log compact: each TaskSucceeded is one step of its progress.
  const asRead = compact.flatMap((bytes) => readHistoryBatch(subjects.runLog(RUN, "w1", ""), bytes, (reason) => assert.fail(reason), { compact: true })!.entries);
  assert.ok(asRead.some((e) => e.succeeded), "the compact read keeps the one-entry form");
  assert.deepEqual(progressOf(asRead, graph), progressOf(b, graph), "the coordinator's progress from the compact read is the same");
  return { compact, plain };
}

describe("a task's first-attempt success logged as one entry", () => {
  it("a chain: one entry a hop on the wire, the same entries, `weft logs` lines and progress for readers", async () => {
    const { compact, plain } = await sameForUsers({ chain: ["v0", "inc-1", "inc-2", "inc-3"] });
    assert.equal(written(plain), 12, "three changes a task, change by change");
    assert.equal(written(compact), 4, "one entry a task");
    const lines = (await printed(readBack(compact), false, { name: "chain", nodes: [] } as unknown as WorkflowGraph)).split("\n").filter((l) => l.includes("inc-2"));
    assert.equal(lines.length, 3, `ready, running and succeeded lines for inc-2:\n${lines.join("\n")}`);
  });

  it("a failing task that is retried, and one that logs a line, keep every change on its own, in order", async () => {
    const script: Script = {
      chain: ["a", "b", "c", "d"],
      outcome: (n, attempt) => (n === "b" && attempt < 3 ? "fail" : n === "c" ? "say" : "ok"),
    };
    const { compact, plain } = await sameForUsers(script);
    const shapes = readBack(compact).map((e) => (e.task ? `${e.task.taskId} ${e.task.from}->${e.task.to}` : e.log ? `line ${e.log.message}` : "other"));
    assert.deepEqual(shapes, [
      "a pending->ready",
      "a ready->running",
      "a running->succeeded",
      "b pending->ready",
      "b ready->running",
      "b running->retrying",
      "b retrying->ready",
      "b ready->running",
      "b running->retrying",
      "b retrying->ready",
      "b ready->running",
      "b running->succeeded",
      "c pending->ready",
      "c ready->running",
      "line hello from c",
      "c running->succeeded",
      "d pending->ready",
      "d ready->running",
      "d running->succeeded",
    ]);
    assert.equal(written(plain), 19);
    assert.equal(written(compact), 1 + 9 + 4 + 1, "a and d as one entry each; b and c change by change");
  });

  it("a task still running (or waiting) when the log goes out is seen so, and its success is logged on its own", async () => {
    const script: Script = { chain: ["a", "slow", "c"], outcome: (n) => (n === "slow" ? "async" : "ok"), flushEach: true };
    const { compact } = await sameForUsers(script);
    const batches = compact.map((bytes) => readHistoryBatch(subjects.runLog(RUN, "w1", ""), bytes, () => {})!.entries.map((e) => `${e.task!.taskId} ${e.task!.from}->${e.task!.to}`));
    assert.deepEqual(batches, [
      ["a pending->ready", "a ready->running", "a running->succeeded"],
      ["slow pending->ready", "slow ready->running"],
      ["slow running->succeeded"],
      ["c pending->ready", "c ready->running", "c running->succeeded"],
    ]);
  });
});
