/**
 * A streaming job as `weft status NAME` and the web view show it: its record, placement and last
 * checkpoint, and each operator of its plan with the figures its processes published. One
 * reader for both, so the terminal and the page never disagree. JSON as docs/json.md says
 * (snake_case, `v`, times as ISO strings).
 */
import type { Bus } from "../bus/bus.js";
import { describeFailure } from "../core/stream/restart-policy.js";
import { readJobStatus, type OperatorStatus } from "./stream-metrics.js";
import { lastCheckpoint } from "./stream-job.js";
import { StreamJobStore, type StreamJobRecord } from "./stream-job-store.js";
import type { StreamPlanNode } from "./stream-plan.js";
import { DEFAULT_STREAM_SETTINGS, END_WATERMARK } from "./task-env.js";

export interface StreamOperatorJson {
  operator: string;
  /** source, map, flatMap, filter, window, sink; "operator" when the job was deployed without a plan. */
  kind: string;
  detail: string;
  deps: string[];
  /** Whether any process published figures for it (map, flatMap and filter run inside their neighbour's task and have none of their own). */
  measured: boolean;
  in_per_sec: number;
  out_per_sec: number;
  records_in: number;
  records_out: number;
  /** ISO time, "end" once a finite source has ended, null before any. */
  watermark: string | null;
  lag_ms: number | null;
  backpressure_ms: number;
  backpressure_ms_per_sec: number;
  late_records: number;
  dead_letters: number;
  /** When its figures were last published (null: never). */
  updated: string | null;
}

export interface StreamJobJson {
  v: 1;
  job: string;
  state: StreamJobRecord["state"];
  deployed_at: string;
  bundle: string;
  /** Source partitions and window slots. */
  partitions: number;
  slots: number;
  epoch: number | null;
  /** The workers the current epoch runs on. */
  workers: string[];
  restored_from: number | null;
  last_checkpoint: { id: number; at: string } | null;
  /**
   * Why the job is restarting or failed (and, once running again, its last failure): the task
   * that reported it, failures in a row, the restarts allowed, when the next is due; null if none.
   */
  failure: StreamFailureJson | null;
  operators: StreamOperatorJson[];
}

export interface StreamFailureJson {
  reason: string;
  task: string | null;
  attempt: number;
  max_attempts: number;
  at: string;
  retry_at: string | null;
  /** The failure in one line, as `weft status` prints it. */
  summary: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

function watermarkJson(w: number | null): string | null {
  if (w === null) return null;
  return w >= END_WATERMARK ? "end" : iso(w);
}

/** A plan node, or an operator known only by its figures. */
type OperatorShape = Omit<StreamPlanNode, "kind"> & { readonly kind: string };

function operatorJson(node: OperatorShape, figures: OperatorStatus | undefined): StreamOperatorJson {
  return {
    operator: node.name,
    kind: node.kind,
    detail: node.detail,
    deps: [...node.deps],
    measured: figures !== undefined,
    in_per_sec: figures?.inPerSec ?? 0,
    out_per_sec: figures?.outPerSec ?? 0,
    records_in: figures?.recordsIn ?? 0,
    records_out: figures?.recordsOut ?? 0,
    watermark: watermarkJson(figures?.watermark ?? null),
    lag_ms: figures?.lagMs ?? null,
    backpressure_ms: figures?.backpressureMs ?? 0,
    backpressure_ms_per_sec: figures?.backpressureMsPerSec ?? 0,
    late_records: figures?.lateRecords ?? 0,
    dead_letters: figures?.deadLetters ?? 0,
    updated: figures ? iso(figures.at) : null,
  };
}

/** The plan's operators, then any operator with figures but not in the plan (a job deployed before plans were kept: a chain in publishing order). */
function operatorsOf(plan: readonly StreamPlanNode[], figures: OperatorStatus[]): StreamOperatorJson[] {
  const byName = new Map(figures.map((f) => [f.operator, f]));
  const nodes: OperatorShape[] = [...plan];
  for (const f of figures) {
    if (nodes.some((n) => n.name === f.operator)) continue;
    const prev = nodes[nodes.length - 1];
    nodes.push({ name: f.operator, kind: "operator", deps: prev ? [prev.name] : [], detail: "" });
  }
  return nodes.map((n) => operatorJson(n, byName.get(n.name)));
}

async function jobJson(bus: Bus, store: StreamJobStore, job: StreamJobRecord, now: number): Promise<StreamJobJson> {
  const [placement, figures, last] = [await store.placement(job.name), await readJobStatus(bus, job.name, now), await lastCheckpoint(bus, job.name)];
  const settings = { ...DEFAULT_STREAM_SETTINGS, ...job.settings };
  return {
    v: 1,
    job: job.name,
    state: job.state,
    deployed_at: iso(job.deployedAtMs),
    bundle: job.bundleSha256,
    partitions: settings.partitions,
    slots: settings.workers,
    epoch: placement?.epoch ?? null,
    workers: placement ? [...new Set([...placement.sources, ...placement.slots])] : [],
    restored_from: placement?.restoredFrom?.id ?? null,
    last_checkpoint: last ? { id: last.id, at: iso(last.at) } : null,
    failure: job.failure
      ? {
          reason: job.failure.reason,
          task: job.failure.task ?? null,
          attempt: job.failure.attempt,
          max_attempts: settings.restartAttempts,
          at: iso(job.failure.at),
          retry_at: job.failure.retryAt !== undefined ? iso(job.failure.retryAt) : null,
          summary: describeFailure(job.state, job.failure, { maxAttempts: settings.restartAttempts }, now),
        }
      : null,
    operators: operatorsOf(job.plan ?? [], figures),
  };
}

/** The job named `name`, or undefined when there is none (or the jobs bucket cannot be read: then the name is no streaming job's). */
export async function readStreamJob(bus: Bus, name: string, now: number): Promise<StreamJobJson | undefined> {
  const store = await StreamJobStore.open(bus).catch(() => undefined);
  const job = await store?.job(name);
  return store && job ? jobJson(bus, store, job, now) : undefined;
}

/** Every deployed streaming job, by name. */
export async function listStreamJobs(bus: Bus, now: number): Promise<StreamJobJson[]> {
  const store = await StreamJobStore.open(bus);
  const jobs = (await store.jobs()).sort((a, b) => a.name.localeCompare(b.name));
  return Promise.all(jobs.map((j) => jobJson(bus, store, j, now)));
}
