/**
 * Records real runs' logs as replay fixtures (test/fixtures/runs/*.jsonl) for
 * test/unit/run-replay.test.ts. Each run goes through a real coordinator and two real workers
 * on the in-process bus (no nats-server needed), and every LogBatch of its run-log stream is
 * written as JSON, one per line, after a header line with the run's graph, its first placement
 * and its final record (state, result, error, counters).
 *
 * Refresh the fixtures (after a change of what workers or the coordinator log):
 *   npx tsx test/helpers/record-runs.ts            (every fixture)
 *   npx tsx test/helpers/record-runs.ts success    (one)
 *
 * Made deterministic and small: times are zeroed, stacks dropped (they hold machine paths),
 * user log lines left out (nothing the coordinator decides reads them). Batch boundaries and
 * the interleaving of the two workers' batches are the real run's.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Bus } from "../../engine/bus/bus.js";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { cancelRun, submitRun } from "../../engine/client/run-client.js";
import { prepareWorkflow } from "../../engine/client/prepare-workflow.js";
import { Coordinator } from "../../engine/coordinator/coordinator.js";
import { readRunRecord } from "../../engine/coordinator/run-store.js";
import { isTerminalRunState, type RunState } from "../../engine/core/run.machine.js";
import type { weft } from "../../engine/gen/weft.js";
import { streams, subjects } from "../../engine/subjects.js";
import { graphToWire, pb } from "../../engine/wire/protocol.js";
import { readHistoryBatch } from "../../engine/wire/run-history.js";
import { Worker } from "../../engine/worker/worker.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const FIXTURE_DIR = join(root, "test", "fixtures", "runs");

/** One recorded run: what to submit, and what to do to it while it runs. */
interface Scenario {
  name: string;
  /** The workflow file, from the repository's root. */
  file: string;
  input: unknown;
  /** Done once the run is running (cancel it, stop a worker...). */
  meanwhile?: (ctx: { bus: Bus; runId: string; workers: Worker[] }) => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const SCENARIOS: Scenario[] = [
  { name: "success", file: "examples/hello.ts", input: {} },
  { name: "task-failure", file: "test/fixtures/throws.ts", input: {} },
  { name: "map", file: "examples/fanout.ts", input: { n: 6 } },
  {
    name: "cancelled",
    file: "test/fixtures/slow.ts",
    input: { ms: 30_000 },
    meanwhile: async ({ bus, runId }) => {
      await sleep(300);
      await cancelRun(bus, runId, "cancelled by the recorder");
    },
  },
  {
    name: "worker-loss",
    file: "test/fixtures/chaos-slow-fanout.ts",
    input: { n: 12, salt: 3, minMs: 150, maxMs: 200 },
    meanwhile: async ({ workers }) => {
      await sleep(250);
      await workers[1]!.stop(); // w2 stops heartbeating: its part is placed again on w1
    },
  },
];

/** The header line of a fixture. */
export interface FixtureHeader {
  fixture: string;
  runId: string;
  /** The graph, as the wire's JSON. */
  graph: Record<string, unknown>;
  /** The first placement's workers (epoch 0). */
  workers: string[];
  /** The run's record once it ended. */
  record: { state: string; resultJson: string; error: { code: string; message: string } | null; epoch: number; tasksTotal: number; tasksDone: number; nodes: unknown[] };
}

/** A batch as the fixture keeps it: times zeroed, stacks and user log lines left out. */
function normalised(batch: weft.v1.LogBatch): Record<string, unknown> {
  const json = pb.LogBatch.toObject(batch, { longs: Number }) as { runId: string; entries: Record<string, Record<string, unknown>>[] };
  const entries = json.entries.filter((e) => !e.log);
  for (const entry of entries) {
    for (const body of Object.values(entry)) {
      if ("atMs" in body) body.atMs = 0;
      if ("durationMs" in body) body.durationMs = 0;
      const error = body.error as Record<string, unknown> | undefined;
      if (error) error.stack = "";
    }
  }
  return { runId: json.runId, entries };
}

async function record(scenario: Scenario): Promise<string> {
  const broker = new MemoryBroker();
  const coordinator = await Coordinator.start(connectMemoryBus(broker), { name: "coordinator", workerLostAfterMs: 1500, say: () => {} });
  const workers = await Promise.all(["w1", "w2"].map((name) => Worker.start(connectMemoryBus(broker), { name, slots: 2, diagnostics: () => {} })));
  const bus = connectMemoryBus(broker);
  const runId = `r-${scenario.name}`;
  try {
    await coordinator.waitForWorkers(2, 5000);
    const prepared = await prepareWorkflow(join(root, scenario.file));
    const batches: weft.v1.LogBatch[] = [];
    let ended = false;
    const feed = await bus.replay(streams.runLog, subjects.runHistory(runId), (data, subject) => {
      const batch = readHistoryBatch(subject, data, () => {});
      if (!batch || batch.entries.length === 0) return; // markers carry nothing
      batches.push(pb.LogBatch.create({ runId, entries: batch.entries }));
      if (batch.entries.some((e) => e.run && isTerminalRunState(e.run.to as RunState))) ended = true;
    });
    await submitRun(bus, prepared, JSON.stringify(scenario.input), runId);
    const first = await readRunRecord(bus, runId);
    await scenario.meanwhile?.({ bus, runId, workers });
    for (let waited = 0; !ended; waited += 50) {
      if (waited > 60_000) throw new Error(`run ${runId} did not end within 60 s`);
      await sleep(50);
    }
    await sleep(300); // what the workers log after the end (a late entry) is part of the history too
    feed.stop();
    await sleep(300); // the last record write
    const last = (await readRunRecord(bus, runId))!;
    const header: FixtureHeader = {
      fixture: scenario.name,
      runId,
      graph: pb.WorkflowGraph.toObject(pb.WorkflowGraph.fromObject(graphToWire(prepared.graph)), { longs: Number }),
      workers: first?.placement?.workers ?? [],
      record: {
        state: last.state,
        resultJson: last.resultJson,
        error: last.error ? { code: last.error.code ?? "", message: last.error.message ?? "" } : null,
        epoch: last.epoch,
        tasksTotal: last.tasksTotal,
        tasksDone: last.tasksDone,
        nodes: last.nodes.map((n) => pb.NodeProgress.toObject(n as weft.v1.NodeProgress, { defaults: true })),
      },
    };
    return [header, ...batches.map(normalised)].map((line) => JSON.stringify(line)).join("\n") + "\n";
  } finally {
    await bus.close().catch(() => {});
    for (const w of workers) await w.stop().catch(() => {});
    await coordinator.stop().catch(() => {});
  }
}

async function main(names: string[]): Promise<void> {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const scenario of SCENARIOS.filter((s) => names.length === 0 || names.includes(s.name))) {
    const text = await record(scenario);
    writeFileSync(join(FIXTURE_DIR, `${scenario.name}.jsonl`), text);
    process.stdout.write(`recorded ${scenario.name}: ${text.split("\n").length - 2} batches\n`);
  }
  process.exit(0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main(process.argv.slice(2));
