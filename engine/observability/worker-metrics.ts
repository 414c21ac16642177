/**
 * A worker's Prometheus metrics, in a registry of its own (several workers may share a process
 * in tests): its slots, busy slots and queue depth, the NATS traffic of its connection, and per
 * workflow node the tasks that entered each state here and a histogram of attempt durations.
 *
 * Cheap on the hot path: a task change costs a map lookup (the node's counters, cached per
 * run) and a few additions in typed arrays; everything else is read when /metrics is scraped.
 */
import { collectDefaultMetrics, Registry } from "prom-client";
import type { Bus } from "../bus/bus.js";
import type { ErrorInfoLike } from "../errors.js";
import type { NodeSpec } from "../../model/graph.js";
import { TASK_STATES, type TaskState } from "../../model/status.js";
import type { Task } from "../worker/task-record.js";
import type { TaskObserver } from "../worker/run/tasks.js";
import { DurationHistogram } from "./duration-histogram.js";
import { registerBusMetrics } from "./bus-metrics.js";
import { registerScraped, type Sample } from "./scraped-metric.js";

/** What the metrics read of the worker at scrape time. */
export interface WorkerGauges {
  readonly slots: number;
  /** Jobs running now. */
  readonly running: number;
  /** Jobs waiting for a slot (slot-pool.ts `waiting`). */
  readonly waiting: number;
  /** Runs this worker holds. */
  readonly runs: number;
}

const STATE_INDEX: Readonly<Record<string, number>> = Object.fromEntries(TASK_STATES.map((s, i) => [s, i]));

/** One workflow node's counters on this worker. */
class NodeStats {
  /** Tasks that entered each state (TASK_STATES order). */
  readonly entered = new Float64Array(TASK_STATES.length);
  /** How long attempts ran (each change out of "running"). */
  readonly attempts = new DurationHistogram();

  constructor(
    readonly workflow: string,
    readonly node: string,
  ) {}
}

export class WorkerMetrics {
  readonly registry = new Registry();
  /** Per workflow and node, across runs (key: workflow NUL node). */
  private readonly nodes = new Map<string, NodeStats>();

  constructor(worker: string, bus: Bus, gauges: () => WorkerGauges) {
    this.registry.setDefaultLabels({ worker });
    collectDefaultMetrics({ register: this.registry });
    const gauge = (name: string, help: string, read: (g: WorkerGauges) => number) =>
      registerScraped(this.registry, { name, help, type: "gauge" }, () => [{ labels: {}, value: read(gauges()) }]);
    gauge("weft_worker_slots", "Tasks this worker runs at once at most (--slots).", (g) => g.slots);
    gauge("weft_worker_slots_busy", "Slots running a task now.", (g) => g.running);
    gauge("weft_worker_queue_depth", "Tasks ready and waiting for a free slot.", (g) => g.waiting);
    gauge("weft_worker_runs", "Runs this worker holds (running, or ended and not yet forgotten).", (g) => g.runs);
    registerBusMetrics(this.registry, bus);
    registerScraped(this.registry, { name: "weft_worker_tasks_total", help: "Tasks of each workflow node that entered each state on this worker.", type: "counter" }, () => {
      const out: Sample[] = [];
      for (const s of this.nodes.values()) {
        TASK_STATES.forEach((state, i) => {
          if (s.entered[i]! > 0) out.push({ labels: { workflow: s.workflow, node: s.node, state }, value: s.entered[i]! });
        });
      }
      return out;
    });
    registerScraped(this.registry, { name: "weft_task_attempt_duration_seconds", help: "How long each attempt of a workflow node's tasks ran on this worker, whatever its outcome.", type: "histogram" }, () =>
      [...this.nodes.values()].filter((s) => s.attempts.count > 0).flatMap((s) => s.attempts.samples("weft_task_attempt_duration_seconds", { workflow: s.workflow, node: s.node })),
    );
  }

  /** The observer of one run's task changes (its nodes' counters looked up once per run). */
  observeRun(workflow: string): TaskObserver {
    const ofNode = new Map<NodeSpec, NodeStats>();
    const statsOf = (node: NodeSpec): NodeStats => {
      let s = ofNode.get(node);
      if (!s) {
        const key = `${workflow}\u0000${node.name}`;
        s = this.nodes.get(key);
        if (!s) this.nodes.set(key, (s = new NodeStats(workflow, node.name)));
        ofNode.set(node, s);
      }
      return s;
    };
    return {
      changed(task: Task, from: TaskState, to: TaskState, _attempt: number, _atMs: number, durationMs: number, _error: ErrorInfoLike | undefined) {
        const s = statsOf(task.node);
        s.entered[STATE_INDEX[to]!]!++;
        if (from === "running") s.attempts.observeMs(durationMs);
      },
    };
  }
}
