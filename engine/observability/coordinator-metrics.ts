/**
 * The coordinator's Prometheus metrics, in a registry of its own: runs by state, tasks by
 * state (those of the runs it holds, and a counter of task ends read from the logs), run
 * durations, the live workers and their slots, the demand (work queued or running against the
 * slots there are: issue 15's autoscaler reads it) and the NATS traffic of its connection.
 * Gauges are computed when scraped from the run table and the worker registry; the counters
 * are bumped once per log entry and once per run end.
 */
import { collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { Bus } from "../bus/bus.js";
import type { weft } from "../gen/weft.js";
import { RUN_STATES, TASK_STATES } from "../../model/status.js";
import type { RunEventEntry, RunView } from "../coordinator/run-table.js";
import type { LoggedBatch, RunObserver } from "../coordinator/run-observer.js";
import { registerBusMetrics } from "./bus-metrics.js";
import { registerScraped, type Sample } from "./scraped-metric.js";
import { DURATION_BUCKETS_S } from "./duration-histogram.js";
import { demandOf, type WorkerLoad } from "./demand.js";

/** What the metrics read of the coordinator at scrape time. */
export interface CoordinatorView {
  /** The runs it holds (ended ones until they are forgotten). */
  runs(): readonly RunView[];
  /** The live workers' slots and busy slots, from their heartbeats. */
  workerLoad(): WorkerLoad;
}

const STATE_INDEX: Readonly<Record<string, number>> = Object.fromEntries(TASK_STATES.map((s, i) => [s, i]));

export class CoordinatorMetrics implements RunObserver {
  readonly registry = new Registry();
  /** Per workflow: task changes read into each state (TASK_STATES order). */
  private readonly tasksRead = new Map<string, Float64Array>();
  private readonly runsEnded = new Map<string, number>();
  private readonly runDuration: Histogram<"workflow" | "state">;

  constructor(coordinator: string, bus: Bus, view: CoordinatorView) {
    this.registry.setDefaultLabels({ coordinator });
    collectDefaultMetrics({ register: this.registry });
    registerBusMetrics(this.registry, bus);
    registerScraped(this.registry, { name: "weft_runs", help: "Runs this coordinator holds, by state (ended runs are held a while for late events).", type: "gauge" }, () => {
      const counts = new Map<string, number>(RUN_STATES.map((s) => [s, 0]));
      for (const r of view.runs()) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
      return [...counts].map(([state, value]) => ({ labels: { state }, value }));
    });
    registerScraped(this.registry, { name: "weft_runs_ended_total", help: "Runs this coordinator ended, by workflow and end state.", type: "counter" }, () =>
      [...this.runsEnded].map(([key, value]) => {
        const [workflow, state] = key.split("\u0000");
        return { labels: { workflow: workflow!, state: state! }, value };
      }),
    );
    this.runDuration = new Histogram({
      name: "weft_run_duration_seconds",
      help: "From submission to end, by workflow and end state.",
      labelNames: ["workflow", "state"],
      buckets: [...DURATION_BUCKETS_S, 900, 3600],
      registers: [this.registry],
    });
    registerScraped(this.registry, { name: "weft_tasks", help: "Tasks of the running runs, by state: running (a worker runs it) and waiting (known, not ended, not running).", type: "gauge" }, () => {
      const d = demandOf(view.runs(), view.workerLoad());
      return [
        { labels: { state: "running" }, value: d.running },
        { labels: { state: "waiting" }, value: d.tasks - d.running },
      ];
    });
    registerScraped(this.registry, { name: "weft_tasks_total", help: "Task state changes read from the run logs, by workflow and the state entered.", type: "counter" }, () => {
      const out: Sample[] = [];
      for (const [workflow, counts] of this.tasksRead) {
        TASK_STATES.forEach((state, i) => counts[i]! > 0 && out.push({ labels: { workflow, state }, value: counts[i]! }));
      }
      return out;
    });
    const load = (name: string, help: string, read: (l: WorkerLoad) => number) =>
      registerScraped(this.registry, { name, help, type: "gauge" }, () => [{ labels: {}, value: read(view.workerLoad()) }]);
    load("weft_workers", "Live workers (heard within the loss window).", (l) => l.workers);
    load("weft_slots", "Slots of the live workers, in all.", (l) => l.slots);
    load("weft_slots_busy", "Slots of the live workers running a task, from their last heartbeats.", (l) => l.running);
    registerScraped(this.registry, { name: "weft_demand_tasks", help: "Tasks of the runs not ended yet (of queued runs too, at least one each; waiting or running): the work asking for slots. Desired workers = ceil(this / slots per worker).", type: "gauge" }, () => [
      { labels: {}, value: demandOf(view.runs(), view.workerLoad()).tasks },
    ]);
    registerScraped(this.registry, { name: "weft_runs_queued", help: "Runs waiting for a worker to take them (state queued): work an autoscaler should start a worker for.", type: "gauge" }, () => [
      { labels: {}, value: demandOf(view.runs(), view.workerLoad()).queued },
    ]);
    registerScraped(this.registry, { name: "weft_demand_ratio", help: "weft_demand_tasks / weft_slots: above 1, more work than slots (+Inf: work and no worker; 0: idle).", type: "gauge" }, () => [
      { labels: {}, value: demandOf(view.runs(), view.workerLoad()).ratio },
    ]);
  }

  logRead(run: RunView, batch: LoggedBatch): void {
    const workflow = run.setup.graph.name;
    let counts = this.tasksRead.get(workflow);
    if (!counts) this.tasksRead.set(workflow, (counts = new Float64Array(TASK_STATES.length)));
    for (const entry of batch.entries) {
      const i = entry.task?.to ? STATE_INDEX[entry.task.to] : undefined;
      if (i !== undefined) counts[i]!++;
      // A range of map successes: each instance became ready, running and succeeded.
      const many = entry.block?.count ?? 0;
      if (many > 0) for (const state of ["ready", "running", "succeeded"]) counts[STATE_INDEX[state]!]! += many;
    }
  }

  runEnded(run: RunView, end: RunEventEntry): void {
    const workflow = run.setup.graph.name;
    const key = `${workflow}\u0000${end.to}`;
    this.runsEnded.set(key, (this.runsEnded.get(key) ?? 0) + 1);
    this.runDuration.observe({ workflow, state: end.to }, Math.max(0, end.atMs - run.setup.submittedAt) / 1000);
  }

  forget(): void {}
}
