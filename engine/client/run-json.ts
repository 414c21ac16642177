/**
 * A run as JSON, the way `weft status --json` prints it, and its log entries as the JSON lines
 * `weft logs --json` prints: one shape for the CLI and the HTTP gateway. Documented in
 * docs/json.md: snake_case keys, and `v`, the schema's version (raised when a field changes
 * meaning or goes; new fields do not raise it).
 */

/** The version of the JSON shapes weft prints (`v` in each object). */
export const JSON_SCHEMA_VERSION = 1;
import type { RunRecord } from "../coordinator/run-store.js";
import type { weft } from "../gen/weft.js";
import { batchFromWire } from "../wire/origin.js";
import { edgeFromWire } from "../wire/protocol.js";
import { costJson } from "./cost-json.js";
import type { LogEntry } from "./run-client.js";

type EdgeLike = weft.v1.EdgeStats.$Properties;

/** One edge's accounting, as JSON lines and `weft status --json` show it. */
export function edgeJson(wire: EdgeLike) {
  const e = edgeFromWire(wire);
  return {
    from: e.from,
    to: e.to,
    records: e.records,
    nats_msgs: e.natsMsgs,
    nats_bytes: e.natsBytes,
    local_records: e.localRecords,
    local_bytes: Math.round(e.localBytes),
  };
}

/** A run's totals over its edges. */
export function dataTotals(edges: EdgeLike[]) {
  const t = { nats_msgs: 0, nats_bytes: 0, local_bytes: 0 };
  for (const e of edges) {
    t.nats_msgs += e.natsMsgs ?? 0;
    t.nats_bytes += e.natsBytes ?? 0;
    t.local_bytes += Math.round(e.localBytes ?? 0);
  }
  return t;
}

function batchOrNull(ids: string[]): string[] | null {
  return ids.length ? ids : null;
}

/** A run's record as `weft status --json` shows it. */
export function runStatusJson(r: RunRecord) {
  const o = r.origin;
  return {
    v: JSON_SCHEMA_VERSION,
    run: r.runId,
    workflow: r.workflow,
    state: r.state,
    owner: r.owner || null,
    deployment: o?.deployment || null,
    version: o?.deployment ? o.version : null,
    trigger: o?.trigger?.kind
      ? {
          kind: o.trigger.kind,
          event_id: o.trigger.eventId,
          subject: o.trigger.subject || null,
          source: o.trigger.source || null,
          received: new Date(o.trigger.receivedAtMs ?? 0).toISOString(),
          batch: batchOrNull(batchFromWire(o.trigger)),
        }
      : null,
    submitted: new Date(r.submittedAtMs).toISOString(),
    ended: r.endedAtMs ? new Date(r.endedAtMs).toISOString() : null,
    deadline: r.deadlineAtMs ? new Date(r.deadlineAtMs).toISOString() : null,
    tasks_done: r.tasksDone,
    tasks_total: r.tasksTotal,
    result: r.resultJson ? (JSON.parse(r.resultJson) as unknown) : null,
    error: r.error?.code ? { code: r.error.code, message: r.error.message } : null,
    nodes: r.nodes.map((n) => ({
      node: n.node,
      total: n.total,
      succeeded: n.succeeded,
      failed: n.failed,
      running: n.running,
      retries: n.retries,
      cancelled: n.cancelled,
    })),
    failures: r.failures.map((f) => ({
      task: f.taskId,
      attempt: f.attempt,
      worker: f.worker,
      code: f.error?.code,
      message: f.error?.message,
      stack: f.error?.stack,
    })),
    attempts: r.attempts.map((a) => ({
      task: a.taskId,
      attempt: a.attempt,
      worker: a.worker,
      outcome: a.outcome,
      code: a.error?.code,
      message: a.error?.message,
      at: new Date(a.atMs ?? 0).toISOString(),
    })),
    epoch: r.epoch,
    workers: r.placement?.workers ?? [],
    data: dataTotals(r.edges),
    edges: r.edges.map(edgeJson),
    cost: r.cost ? costJson(r.cost) : null,
  };
}

/** One log entry of run `run` as a JSON line's object; undefined for an entry with nothing to show. */
export function logEntryJson(run: string, entry: LogEntry): Record<string, unknown> | undefined {
  if (entry.task) {
    const t = entry.task;
    return {
      v: JSON_SCHEMA_VERSION,
      t: new Date(t.atMs ?? Date.now()).toISOString(),
      type: "task",
      run,
      task: t.taskId,
      node: t.node,
      from: t.from,
      to: t.to,
      worker: t.worker,
      attempt: t.attempt,
      duration_ms: Math.round((t.durationMs ?? 0) * 1000) / 1000,
      ...(t.error ? { error: { code: t.error.code, message: t.error.message, stack: t.error.stack } } : {}),
    };
  }
  if (entry.run) {
    const r = entry.run;
    return {
      v: JSON_SCHEMA_VERSION,
      t: new Date(r.atMs ?? Date.now()).toISOString(),
      type: "run",
      run,
      workflow: r.workflow,
      from: r.from,
      to: r.to,
      ...(r.error ? { error: { code: r.error.code, message: r.error.message } } : {}),
      ...(r.to === "succeeded" && r.resultJson ? { result: JSON.parse(r.resultJson) as unknown } : {}),
      ...(r.edges?.length ? { data: dataTotals(r.edges), edges: r.edges.map(edgeJson) } : {}),
      ...(r.cost ? { cost: costJson(r.cost) } : {}),
    };
  }
  if (entry.log) {
    const l = entry.log;
    return { v: JSON_SCHEMA_VERSION, t: new Date(l.atMs ?? Date.now()).toISOString(), type: "log", run, task: l.taskId, worker: l.worker, level: l.level, msg: l.message };
  }
  if (entry.block) {
    // Map instances that each succeeded on their first attempt, told as one entry (a range).
    const b = entry.block;
    const first = b.start ?? 0;
    return {
      v: JSON_SCHEMA_VERSION,
      t: new Date(b.atMs || Date.now()).toISOString(),
      type: "tasks",
      run,
      node: b.node,
      first,
      last: first + (b.count ?? 0) - 1,
      count: b.count ?? 0,
      to: "succeeded",
      worker: b.worker,
      attempt: 1,
      duration_ms: Math.round((b.durationMs ?? 0) * 1000) / 1000,
    };
  }
  if (entry.expanded) {
    return { v: JSON_SCHEMA_VERSION, t: new Date(entry.expanded.atMs || Date.now()).toISOString(), type: "expanded", run, node: entry.expanded.node, count: entry.expanded.count };
  }
  return undefined;
}

