/**
 * What the web view's runs list and run page read: a run record reduced to a list row, the
 * filters of the list, and a run's graph as the page draws it. Pure: records in, JSON out.
 */
import type { RunRecord } from "../coordinator/run-store.js";
import { graphFromWire } from "../wire/protocol.js";

/** The list's filters: a run state and a workflow name (each absent: any). */
export interface RunFilter {
  state?: string;
  workflow?: string;
}

/** One row of the runs list. */
export function runRowJson(r: RunRecord) {
  return {
    run: r.runId,
    workflow: r.workflow,
    state: r.state,
    deployment: r.origin?.deployment || null,
    trigger: r.origin?.trigger?.kind || null,
    submitted: new Date(r.submittedAtMs).toISOString(),
    ended: r.endedAtMs ? new Date(r.endedAtMs).toISOString() : null,
    tasks_done: r.tasksDone,
    tasks_total: r.tasksTotal,
    error: r.error?.code ? { code: r.error.code, message: r.error.message } : null,
  };
}

export type RunRow = ReturnType<typeof runRowJson>;

/** The rows that pass the filter, in the order given (newest first from listRunRecords), at most `limit`. */
export function filterRuns(records: RunRecord[], filter: RunFilter, limit: number): RunRow[] {
  const rows: RunRow[] = [];
  for (const r of records) {
    if (filter.state && r.state !== filter.state) continue;
    if (filter.workflow && r.workflow !== filter.workflow) continue;
    rows.push(runRowJson(r));
    if (rows.length >= limit) break;
  }
  return rows;
}

/** A run's graph as the page draws it: nodes in declaration order, their upstreams, and where each runs. */
export function runGraphJson(r: RunRecord) {
  const graph = graphFromWire(r.graph);
  const workers = r.placement?.workers ?? [];
  const at = r.placement?.nodeWorker ?? {};
  return {
    run: r.runId,
    workflow: graph.name,
    nodes: graph.nodes.map((n) => {
      const i = at[n.name];
      return {
        name: n.name,
        kind: n.kind,
        op: n.op || null,
        deps: n.deps,
        routing: n.routing,
        max_attempts: n.retry.maxAttempts,
        // Map nodes and stages spread over every worker; a task node runs on one.
        worker: n.kind === "task" || n.kind === "aggregate" || n.kind === "collect" ? (i !== undefined ? (workers[i] ?? null) : null) : null,
      };
    }),
  };
}
