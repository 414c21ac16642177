/**
 * The engine must not hold a worker's event loop for long, however wide a run is: a blocked
 * loop stops the worker's heartbeats (the coordinator declares it lost after 3 s and places its
 * runs again) and its NATS I/O. One RunExecutor on the in-process bus runs a wide source, a wide
 * map and the cancel of a wide run with trivial functions, while a timer measures the longest
 * gap between its ticks. Before the fix, laying out 300k partitions was one synchronous stretch
 * of ~2 s here (7 s for 1M), their cancel ~0.5 s; now that work goes in slices that yield every
 * few milliseconds (the longest gap stays at tens of ms). Two assertions each: a deterministic
 * one (start() and cancel() return after a slice, having logged a small part of the work: it was
 * all of it) and a generous bound on the longest gap (1 s).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import type { Bus } from "../../engine/bus/bus.js";
import { DurablePublisher } from "../../engine/bus/durable-publisher.js";
import { ensureRunLogStream } from "../../engine/bus/run-log-stream.js";
import type { Placement } from "../../engine/model/placement.js";
import { subjects } from "../../engine/subjects.js";
import { receiveData, type DataMessage } from "../../engine/wire/data-channel.js";
import { decodeMessage, pb } from "../../engine/wire/protocol.js";
import { expandTaskSuccesses } from "../../engine/wire/task-succeeded.js";
import { IsolatedRunner } from "../../engine/worker/isolated-runner.js";
import { RunExecutor, type WorkerServices } from "../../engine/worker/run/run-executor.js";
import { SlotPool } from "../../engine/worker/slot-pool.js";
import { noLabels } from "../../engine/worker/work-labeler.js";
import { systemClock } from "../../engine/base/clock.js";
import { systemRandom } from "../../engine/base/random.js";
import { workflow, type Workflow } from "../../sdk/index.js";
import { assertBuilt, REPO_ROOT } from "../helpers/cli.js";

/** The longest a timer meant to fire every 10 ms had to wait, from now until `stop()`. */
function loopProbe(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last - 10);
    },
  };
}

/**
 * The run's log entries counted by "from->to" (task state changes). The batches are kept as they
 * come and decoded when asked (decoding them here would be the test's own block of the loop).
 */
function logCounter(bus: Bus, runId: string): () => Map<string, number> {
  const batches: Uint8Array[] = [];
  bus.subscribe(subjects.runLog(runId, "w1"), (msg) => void batches.push(msg.data));
  const counts = new Map<string, number>();
  return () => {
    for (const data of batches.splice(0)) {
      for (const e of expandTaskSuccesses(decodeMessage(pb.LogBatch, data, () => {})?.entries ?? [])) {
        if (!e.task) continue;
        const key = `${e.task.from}->${e.task.to}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    return counts;
  };
}

interface Outcome {
  /** The JSON of the run's result, or its failure. */
  sink: { valueJson?: string | null; error?: { code?: string | null; message?: string | null } | null };
  longestBlockMs: number;
  ms: number;
  /** Log batches published within the synchronous call of start() (all of them, when it does everything at once). */
  batchesInStart: number;
}

interface OneWorker {
  bus: Bus;
  /** Log batches (of up to 2000 entries) published so far: counted as they are handed over, synchronously. */
  batches(): number;
  services: WorkerServices;
  run: RunExecutor;
  runId: string;
  /** The run's sink value, when it arrives at the coordinator's subject. */
  sink: Promise<Outcome["sink"]>;
  log: () => Map<string, number>;
  close(): Promise<void>;
}

/** A RunExecutor for `wf` on one worker (every node placed there), on the in-process bus; not started. */
async function oneWorker(wf: Workflow, input: unknown, slots = 2): Promise<OneWorker> {
  const broker = new MemoryBroker();
  const bus: Bus = connectMemoryBus(broker);
  await ensureRunLogStream(bus);
  const publisher = new DurablePublisher(bus);
  let batches = 0;
  const publish = publisher.publish.bind(publisher);
  publisher.publish = (subject, data) => {
    batches++;
    return publish(subject, data);
  };
  const services: WorkerServices = {
    name: "w1",
    bus,
    pool: new SlotPool(slots),
    publisher,
    isolation: new IsolatedRunner(),
    isolateAll: false,
    labeler: noLabels,
    initState: async () => undefined,
    clock: systemClock,
    random: systemRandom,
    strictTransitions: true,
  };
  const nodeWorker: Record<string, number> = {};
  for (const n of wf.graph.nodes) if (n.kind !== "stage") nodeWorker[n.name] = 0;
  const placement: Placement = { workers: ["w1"], nodeWorker, mapWeights: [slots], strategy: "locality" };
  const runId = `r-loop-${Math.random().toString(36).slice(2, 10)}`;
  const sink = new Promise<Outcome["sink"]>((resolve) => {
    receiveData(bus, subjects.allCoordinatorData(), (m: DataMessage) => m.runId === runId && m.sinkValue && resolve(m.sinkValue), () => {});
  });
  const run = new RunExecutor(services, {
    runId,
    owner: "",
    graph: wf.graph,
    placement,
    bundleHash: "test",
    input,
    workflow: wf,
    epoch: 1,
    recovered: [],
    seed: new Map(),
    done: [],
  });
  const log = logCounter(bus, runId);
  return {
    bus,
    batches: () => batches,
    services,
    run,
    runId,
    sink,
    log,
    async close() {
      run.dispose();
      await run.flushLog();
      publisher.close();
      await bus.close();
    },
  };
}

/** Runs `wf` on one worker and waits for its result, measuring the event loop meanwhile. */
async function runOnOneWorker(wf: Workflow, input: unknown, slots = 2): Promise<Outcome> {
  const w = await oneWorker(wf, input, slots);
  const started = performance.now();
  const probe = loopProbe();
  let batchesInStart = 0;
  setImmediate(() => {
    const before = w.batches();
    w.run.start();
    batchesInStart = w.batches() - before;
  });
  try {
    const result = await w.sink;
    const longestBlockMs = probe.stop();
    await w.run.flushLog();
    return { sink: result, longestBlockMs, ms: performance.now() - started, batchesInStart };
  } finally {
    await w.close();
  }
}

const sourceAggregate = workflow<{ n: number }>("loop-source", (wf) => {
  const s = wf.source("src", () => [1], { partitions: (i) => i.n });
  s.aggregate("total", { zero: () => 0, add: (a, x: number) => a + x, merge: (a, b) => a + b });
});

const mapFanout = workflow<{ n: number }>("loop-map", (wf) => {
  const items = wf.node("items", (ctx) => Array.from({ length: ctx.input.n }, (_, i) => i));
  const squares = wf.map("square", items, (i) => i * i);
  wf.node("gather", squares, (xs) => ({ count: xs.length, inOrder: xs.every((x, i) => x === i * i) }));
});

/** Partitions that take a while: laid out, nearly all of them wait in the pool for a slot. */
const slowSource = workflow<{ n: number }>("loop-cancel", (wf) => {
  const s = wf.source("src", async () => {
    await new Promise((r) => setTimeout(r, 5));
    return [1];
  }, { partitions: (i) => i.n });
  s.aggregate("total", { zero: () => 0, add: (a, x: number) => a + x, merge: (a, b) => a + b });
});

/** keyBy over `n` distinct keys from 4 source partitions into 4 keyed partitions, then counted. */
const wideKeyBy = workflow<{ n: number }>("loop-keyby", (wf) => {
  const s = wf.source("src", (p, ctx) => {
    const per = Math.ceil(ctx.input.n / 4);
    const out: number[] = [];
    for (let i = p * per; i < Math.min(ctx.input.n, (p + 1) * per); i++) out.push(i);
    return out;
  }, { partitions: 4 });
  const perKey = s.keyBy((x) => `k${x}`).aggregate("perKey", { zero: () => 0, add: (a: number) => a + 1, merge: (a, b) => a + b }, { partitions: 4 });
  perKey.aggregate("keys", { zero: () => 0, add: (a: number, e: [string, number]) => a + e[1], merge: (a, b) => a + b });
});

const BOUND_MS = 1000;
const N = Number(process.env.LOOP_N ?? 300_000);
const KEYS = Number(process.env.LOOP_KEYS ?? 2_000_000);

describe("the worker's event loop on wide runs (RunExecutor on the in-process bus)", function () {
  this.timeout(300_000);

  // Needs StageFlow.start to lay out in slices (engine/worker/stages/stage-flow.ts).
  it(`a source of ${N} partitions: no engine step blocks the loop for ${BOUND_MS} ms`, async () => {
    const r = await runOnOneWorker(sourceAggregate, { n: N });
    assert.equal(r.sink.valueJson, String(N), JSON.stringify(r.sink));
    process.stderr.write(`      source ${N}: longest block ${Math.round(r.longestBlockMs)} ms, run ${Math.round(r.ms)} ms, ${r.batchesInStart} log batches within start()\n`);
    // start() returns after its first slice: it has not made (and logged) every partition ready,
    // which is N entries, N / 2000 batches (not a timing: a 5 ms slice cannot do a quarter of it).
    assert.ok(r.batchesInStart < N / 2000 / 4, `start() logged ${r.batchesInStart} batches before returning`);
    assert.ok(r.longestBlockMs < BOUND_MS, `the event loop was blocked for ${Math.round(r.longestBlockMs)} ms`);
  });

  // Needs the shuffle's folds, partitioning and merges to go in slices (engine/worker/stages/).
  it(`a keyBy over ${KEYS} keys on 4 partitions: no engine step blocks the loop for ${BOUND_MS} ms`, async () => {
    const r = await runOnOneWorker(wideKeyBy, { n: KEYS });
    assert.equal(r.sink.valueJson, String(KEYS), JSON.stringify(r.sink));
    process.stderr.write(`      keyBy ${KEYS}: longest block ${Math.round(r.longestBlockMs)} ms, run ${Math.round(r.ms)} ms\n`);
    assert.ok(r.longestBlockMs < BOUND_MS, `the event loop was blocked for ${Math.round(r.longestBlockMs)} ms`);
  });

  // A guard (it passed before too, at ~150 ms: a map block is now one queue entry, not N).
  it(`a map over ${N} items: no engine step blocks the loop for ${BOUND_MS} ms, the gathered list is whole`, async () => {
    const r = await runOnOneWorker(mapFanout, { n: N });
    assert.deepEqual(JSON.parse(r.sink.valueJson ?? "null"), { count: N, inOrder: true }, JSON.stringify(r.sink));
    process.stderr.write(`      map ${N}: longest block ${Math.round(r.longestBlockMs)} ms, run ${Math.round(r.ms)} ms\n`);
    assert.ok(r.longestBlockMs < BOUND_MS, `the event loop was blocked for ${Math.round(r.longestBlockMs)} ms`);
  });

  it(`cancelling a run whose ${N} partitions wait for a slot: no block of ${BOUND_MS} ms, every task ends once`, async () => {
    const w = await oneWorker(slowSource, { n: N });
    try {
      setImmediate(() => w.run.start());
      // Laid out: (nearly) every partition is queued for a slot.
      const deadline = Date.now() + 120_000;
      while (w.services.pool.waiting < N * 0.9) {
        assert.ok(Date.now() < deadline, `only ${w.services.pool.waiting} partitions queued`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const probe = loopProbe();
      const started = performance.now();
      const before = w.batches();
      w.run.cancel("the test cancels it");
      const batchesInCancel = w.batches() - before;
      await w.run.flushLog(); // waits for every cancellation to be logged
      const longest = probe.stop();
      process.stderr.write(`      cancel ${N}: longest block ${Math.round(longest)} ms, ${Math.round(performance.now() - started)} ms in all, ${batchesInCancel} log batches within cancel()\n`);
      // cancel() returns after its first slice, not after logging ~N cancellations (N / 256 batches).
      assert.ok(batchesInCancel < N / 2000 / 4, `cancel() logged ${batchesInCancel} batches before returning`);
      // Each partition's task ended exactly once: succeeded before the cancel, or cancelled.
      const count = (log: Map<string, number>, to: string) => [...log].reduce((n, [change, k]) => n + (change.endsWith(`->${to}`) ? k : 0), 0);
      while (count(w.log(), "succeeded") + count(w.log(), "cancelled") < N && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const log = w.log();
      assert.equal(count(log, "succeeded") + count(log, "cancelled"), N, JSON.stringify([...log]));
      assert.ok(count(log, "cancelled") > N * 0.9, JSON.stringify([...log]));
      assert.ok(longest < BOUND_MS, `the event loop was blocked for ${Math.round(longest)} ms`);
    } finally {
      await w.close();
    }
  });
});

describe("the loop watchdog and the engine's own work", function () {
  this.timeout(30_000);
  before(() => assertBuilt());

  it("a block inside an engine section is said to be weft's, not the workflow function entered last; after it, blame is as before", () => {
    const r = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `
        import { LoopWatchdog } from "./dist/engine/worker/loop-watchdog.js";
        const w = new LoopWatchdog("wx", 400, false);
        const spin = (ms) => { const t = Date.now(); while (Date.now() - t < ms) {} };
        setTimeout(() => {
          w.entering("task items");
          w.engineWork("splitting map node square of run r-1");
          spin(1500);
          w.engineDone();
          setTimeout(() => {
            spin(1500); // user code again (say, an async continuation of "task items")
            setTimeout(() => w.stop(), 500);
          }, 500);
        }, 300);
      `,
      ],
      { cwd: REPO_ROOT, encoding: "utf8", timeout: 20_000 },
    );
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stderr.trim().split("\n");
    assert.equal(lines.length, 4, r.stderr);
    assert.match(
      lines[0]!,
      /^weft worker wx: its event loop has been blocked for \d+ s by weft itself \(splitting map node square of run r-1\), not by a function of the workflow \(the last one it entered: task items\)\./,
    );
    assert.doesNotMatch(lines[0]!, /isolate: true/);
    assert.match(lines[1]!, /^weft worker wx: its event loop runs again after \d+ s$/);
    assert.match(lines[2]!, /^weft worker wx: its event loop has been blocked for \d+ s; the last function it entered: task items\. .*isolate: true/);
    assert.match(lines[3]!, /^weft worker wx: its event loop runs again after \d+ s$/);
  });
});
