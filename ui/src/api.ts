/** The JSON the web view reads from `weft ui` (engine/ui/ui-routes.ts and the gateway's run routes). */

export interface RunRow {
  run: string;
  workflow: string;
  state: string;
  deployment: string | null;
  trigger: string | null;
  submitted: string;
  ended: string | null;
  tasks_done: number;
  tasks_total: number;
  error: { code: string; message: string } | null;
}

export interface NodeCounts {
  node: string;
  total: number;
  succeeded: number;
  failed: number;
  running: number;
  retries: number;
  cancelled: number;
}

export interface EdgeJson {
  from: string;
  to: string;
  records: number;
  nats_msgs: number;
  nats_bytes: number;
  local_records: number;
  local_bytes: number;
}

export interface Failure {
  task: string;
  attempt: number;
  worker: string;
  code?: string;
  message?: string;
  stack?: string;
}

/** GET /v1/runs/ID: the run as `weft status --json` shows it. */
export interface RunStatus {
  run: string;
  workflow: string;
  state: string;
  deployment: string | null;
  version: string | null;
  trigger: { kind: string; event_id: string } | null;
  submitted: string;
  ended: string | null;
  tasks_done: number;
  tasks_total: number;
  result: unknown;
  error: { code: string; message: string } | null;
  nodes: NodeCounts[];
  failures: Failure[];
  workers: string[];
  data: { nats_msgs: number; nats_bytes: number; local_bytes: number };
  edges: EdgeJson[];
}

export interface GraphNode {
  name: string;
  kind: string;
  op: string | null;
  deps: string[];
  max_attempts: number;
  worker: string | null;
}

export interface RunGraph {
  run: string;
  workflow: string;
  nodes: GraphNode[];
}

export interface WorkerRow {
  name: string;
  host: string;
  pid: number;
  slots: number;
  running: number;
  started: string;
  last_heartbeat: string;
  silent_ms: number;
  state: "live" | "silent";
}

export interface DeploymentRow {
  name: string;
  version: string;
  workflow: string;
  deployed: string;
  triggers: { kind: string; description: string }[];
}

/** One operator of a streaming job, with the figures its processes published (engine/stream/stream-status.ts). */
export interface StreamOperator {
  operator: string;
  kind: string;
  detail: string;
  deps: string[];
  /** False for map, flatMap and filter: they run inside their neighbour's task and have no figures of their own. */
  measured: boolean;
  in_per_sec: number;
  out_per_sec: number;
  records_in: number;
  records_out: number;
  watermark: string | null;
  lag_ms: number | null;
  backpressure_ms: number;
  backpressure_ms_per_sec: number;
  late_records: number;
  dead_letters: number;
  updated: string | null;
}

/** GET /v1/streams/NAME: a streaming job as `weft status NAME --json` shows it. */
export interface StreamJob {
  job: string;
  state: "running" | "restarting" | "failed" | "stopping" | "stopped";
  deployed_at: string;
  bundle: string;
  partitions: number;
  slots: number;
  epoch: number | null;
  workers: string[];
  restored_from: number | null;
  last_checkpoint: { id: number; at: string } | null;
  /** Why it is restarting or failed (or its last failure once running again); docs/json.md. */
  failure: { reason: string; task: string | null; attempt: number; max_attempts: number; at: string; retry_at: string | null; summary: string } | null;
  operators: StreamOperator[];
}

/** One entry of a run's log (`weft logs --json`), as the events stream sends it. */
export interface LogJson {
  t: string;
  type: "task" | "run" | "log" | "expanded" | "tasks";
  task?: string;
  /** type "tasks": map instances first .. last, each succeeded on its first attempt (one entry for them all). */
  first?: number;
  last?: number;
  node?: string;
  from?: string;
  to?: string;
  worker?: string;
  attempt?: number;
  duration_ms?: number;
  level?: string;
  msg?: string;
  count?: number;
  error?: { code: string; message: string; stack?: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** GET (or POST) a JSON route; an error answer throws its message. */
export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
  if (!res.ok) throw new ApiError(res.status, body.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export const RUN_STATES = ["submitted", "queued", "running", "succeeded", "failed", "cancelled"];
export const isEnded = (state: string) => state === "succeeded" || state === "failed" || state === "cancelled";
