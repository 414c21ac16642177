/**
 * Replays recorded run logs (test/fixtures/runs/*.jsonl: the LogBatch stream of real runs, a
 * success, a task failure, a map, a cancel and a worker loss) through the coordinator's run
 * table and progress counters, with no bus (Temporal's replay habit): a change of how the
 * coordinator decides that would end a real run differently, or count it differently, fails here.
 *
 * Each log is replayed twice:
 * - as the coordinator that ran it: the run is submitted, the workers' entries are fed in log
 *   order; where the log has the coordinator's own decisions, the table must take the same one
 *   (a worker's silence re-places the run into the same epoch with the same outputs kept; the
 *   end has the same state, result and error) and end with the recorded counters;
 * - as a coordinator taking the run over after a restart: its record is read, its whole log
 *   replayed, and the end found in the log is the run's end.
 *
 * Refresh the fixtures (when what workers or the coordinator log changes on purpose):
 *   npx tsx test/helpers/record-runs.ts
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SimulatedClock } from "../../engine/base/clock.js";
import { entriesFromWire, type LogEntryRead } from "../../engine/coordinator/log-entries.js";
import type { RunSetup } from "../../engine/coordinator/run-setup.js";
import { RunTable, type CoordinatorEvent, type CoordinatorEventBody, type CoordinatorInstruction, type RunView } from "../../engine/coordinator/run-table.js";
import { WorkerRegistry } from "../../engine/coordinator/worker-registry.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { planPlacement } from "../../engine/plan/placement.js";
import { graphFromWire, pb } from "../../engine/wire/protocol.js";
import type { FixtureHeader } from "../helpers/record-runs.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "runs");
/** As the recorder's coordinator. */
const LOST_AFTER_MS = 1500;

type Body = CoordinatorEventBody;

interface Fixture {
  header: FixtureHeader;
  graph: WorkflowGraph;
  /** Each batch's entries, in log order. */
  batches: LogEntryRead[][];
}

function load(file: string): Fixture {
  const [first, ...rest] = readFileSync(join(DIR, file), "utf8").trim().split("\n");
  const header = JSON.parse(first!) as FixtureHeader;
  const graph = graphFromWire(pb.WorkflowGraph.fromObject(header.graph));
  const batches = rest.map((line) => entriesFromWire(pb.LogBatch.fromObject(JSON.parse(line)).entries));
  return { header, graph, batches };
}

class Replay {
  readonly clock = new SimulatedClock(1_000_000);
  readonly registry = new WorkerRegistry(LOST_AFTER_MS, this.clock);
  readonly table = new RunTable(this.registry, { name: "replay", workerWaitMs: 10_000, maxPayload: 1024 * 1024, checkEveryMs: 500 });
  private n = 0;

  constructor(readonly f: Fixture) {}

  feed(body: Body): CoordinatorInstruction[] {
    return this.table.handle({ ...body, at: this.clock.now(), stimulusId: `replay#${++this.n}` } as CoordinatorEvent);
  }

  beat(workers: readonly string[]): void {
    for (const name of workers) this.feed({ type: "worker.heard", name, slots: 2, running: 0, incarnation: name, pid: 1, host: "replay" });
  }

  get run(): RunView {
    return this.table.run(this.f.header.runId)!;
  }

  setup(workers: string[]): RunSetup {
    const placement = planPlacement(this.f.graph, workers.map((name) => ({ name, slots: 2 })), { validated: true });
    return { runId: this.f.header.runId, graph: this.f.graph, bundleHash: "replay", inputJson: "{}", submittedAt: this.clock.now(), placement, deadlineAt: 0 };
  }
}

/** The counters a record keeps, as the record has them. */
function counters(run: RunView) {
  return {
    tasksTotal: run.progress.tasksTotal,
    tasksDone: run.progress.tasksDone,
    nodes: [...run.progress.nodes.values()].map((n) => ({ ...n })),
  };
}

function assertEnd(run: RunView, record: FixtureHeader["record"]): void {
  assert.equal(run.state, record.state);
  assert.equal(run.snapshot.context.resultJson ?? "", record.resultJson);
  const error = run.snapshot.context.error;
  assert.deepEqual(error ? { code: error.code, message: error.message } : null, record.error);
}

const files = readdirSync(DIR).filter((f) => f.endsWith(".jsonl")).sort();

describe("run replay: recorded run logs through the run table", () => {
  it("has the recorded fixtures", () => {
    assert.deepEqual(files, ["cancelled.jsonl", "map.jsonl", "success.jsonl", "task-failure.jsonl", "worker-loss.jsonl"]);
  });

  for (const file of files) {
    const f = load(file);
    const { header } = f;

    it(`${header.fixture}: the coordinator that ran it takes the same decisions and ends with the recorded counters`, () => {
      const r = new Replay(f);
      let workers = [...header.workers];
      r.beat(workers);
      r.feed({ type: "submission.received", setup: r.setup(workers) });
      const started = r.feed({ type: "submission.accepted", runId: header.runId });
      assert.deepEqual(started.at(-1), { type: "StartRunOnWorkers", runId: header.runId, epoch: 0, workers, recovered: {}, stimulusId: started[0]!.stimulusId });
      let ended = false;
      for (const batch of f.batches) {
        const own = batch.filter((e) => e.kind === "run");
        const reported = batch.filter((e) => e.kind !== "run");
        if (reported.length > 0) r.feed({ type: "log.batch.read", runId: header.runId, worker: undefined, entries: reported });
        for (const entry of own) {
          if (entry.kind !== "run") continue;
          const { from, to, error, resultJson } = entry.change;
          if (from === "running" && to === "running") {
            // A re-placement: the worker the log names went silent; the others beat on.
            const lost = /^worker (\S+) stopped heartbeating/.exec(error?.message ?? "")?.[1];
            assert.ok(lost, `a re-placement the replay can stage: ${error?.message}`);
            workers = workers.filter((w) => w !== lost);
            const decided: CoordinatorInstruction[] = [];
            for (let tick = 0; tick < 10 && !decided.some((i) => i.type === "StartRunOnWorkers"); tick++) {
              r.clock.advance(500);
              r.beat(workers);
              decided.push(...r.feed({ type: "workers.checked" }));
            }
            const published = decided.find((i) => i.type === "PublishRunEvent");
            assert.equal(published?.type === "PublishRunEvent" && published.entry.error?.message, error?.message, "re-placed the same way");
            continue;
          }
          if (to !== "succeeded" && to !== "failed" && to !== "cancelled") continue;
          if (!r.run.ended) {
            // What ends a run reaches the coordinator outside its log: the sink values, or a cancel.
            if (to === "succeeded") {
              const sinks = r.run.progress.sinks;
              const values: Record<string, unknown> = sinks.length === 1 ? { [sinks[0]!]: JSON.parse(resultJson) } : JSON.parse(resultJson);
              for (const node of sinks) r.feed({ type: "sink.arrived", worker: r.run.setup.placement.workers[0]!, runId: header.runId, epoch: r.run.epoch, node, valueJson: JSON.stringify(values[node]), error: undefined });
            } else if (to === "cancelled") {
              r.feed({ type: "cancel.requested", runId: header.runId, reason: error?.message ?? "" });
            }
          }
          assert.equal(r.run.state, to, "ended as logged");
          const settled = r.feed({ type: "log.settled", runId: header.runId });
          const end = settled.find((i) => i.type === "PublishRunEvent");
          assert.ok(end?.type === "PublishRunEvent" && end.end, "the end is published once the log is settled");
          assert.equal(end.entry.to, to);
          assert.equal(end.entry.resultJson, resultJson);
          assert.deepEqual(end.entry.error && { code: end.entry.error.code, message: end.entry.error.message }, error ? { code: error.code, message: error.message } : null);
          ended = true;
        }
      }
      assert.ok(ended, "the log has the run's end");
      assertEnd(r.run, header.record);
      assert.equal(r.run.epoch, header.record.epoch);
      assert.deepEqual(counters(r.run), { tasksTotal: header.record.tasksTotal, tasksDone: header.record.tasksDone, nodes: header.record.nodes });
    });

    it(`${header.fixture}: a coordinator taking the run over reads its end from the log and does not run it again`, () => {
      const r = new Replay(f);
      r.beat(header.workers);
      const setup = r.setup(header.workers);
      r.feed({ type: "record.read", setup, state: "running", epoch: header.record.epoch });
      const out = f.batches.flatMap((entries) => r.feed({ type: "log.batch.read", runId: header.runId, worker: undefined, entries }));
      assert.ok(out.some((i) => i.type === "Say" && i.line.includes("recorded from its log")));
      assert.deepEqual(r.feed({ type: "log.replayed", runId: header.runId }), []);
      assert.deepEqual(r.feed({ type: "run.restored", runId: header.runId }), [], "not run again");
      assertEnd(r.run, header.record);
      // One epoch: every task's entries count, as they did for the coordinator that ran it.
      if (header.record.epoch === 0) assert.deepEqual(counters(r.run), { tasksTotal: header.record.tasksTotal, tasksDone: header.record.tasksDone, nodes: header.record.nodes });
    });
  }
});
