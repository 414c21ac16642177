/**
 * The coordinator's spans of a run: the run's root span (from submission to its end) and one
 * span per node that did anything, from the first change of one of its tasks read in the log
 * to the last end, with its counts (tasks, succeeded, failed, cancelled, retries) and the
 * workers that ran it. A map or stage node is summed up in its one span, however many items or
 * partitions it has; a node's few first failures become events on it. Spans go out when the run
 * ends; what is kept meanwhile is a few numbers per node.
 */
import { isTerminalTaskState } from "../../model/status.js";
import type { weft } from "../gen/weft.js";
import type { RunEventEntry, RunView } from "../coordinator/run-table.js";
import type { LoggedBatch, RunObserver } from "../coordinator/run-observer.js";
import { nodeSpanIdOf, runSpanIdOf, traceIdOf } from "./run-trace-ids.js";
import type { SpanSink } from "./span-sink.js";

/** A node as its tasks' changes showed it. */
interface NodeSeen {
  startMs: number;
  endMs: number;
  readonly workers: Set<string>;
}

/** At most this many failures of a node become events on its span. */
const FAILURE_EVENTS = 5;

export class RunSpans implements RunObserver {
  private readonly runs = new Map<string, Map<string, NodeSeen>>();

  constructor(
    private readonly sink: SpanSink,
    private readonly coordinator: string,
  ) {}

  logRead(_run: RunView, batch: LoggedBatch): void {
    let nodes = this.runs.get(batch.runId);
    for (const entry of batch.entries) {
      const b = entry.block;
      if (b?.node) {
        // A range of map successes: the node ran on its worker from (about) the first to the last.
        if (!nodes) this.runs.set(batch.runId, (nodes = new Map()));
        const first = Number(b.firstAtMs) || 0;
        const last = Number(b.atMs) || first;
        let n = nodes.get(b.node);
        if (!n) nodes.set(b.node, (n = { startMs: first, endMs: last, workers: new Set() }));
        if (first < n.startMs) n.startMs = first;
        if (last > n.endMs) n.endMs = last;
        if (b.worker) n.workers.add(b.worker);
        continue;
      }
      const t = entry.task;
      if (!t?.node) continue;
      if (!nodes) this.runs.set(batch.runId, (nodes = new Map()));
      const at = Number(t.atMs) || 0;
      let n = nodes.get(t.node);
      if (!n) nodes.set(t.node, (n = { startMs: at, endMs: at, workers: new Set() }));
      if (at < n.startMs) n.startMs = at;
      if (isTerminalTaskState(t.to ?? "") && at > n.endMs) n.endMs = at;
      if (t.to === "running" && t.worker) n.workers.add(t.worker);
    }
  }

  forget(runId: string): void {
    this.runs.delete(runId);
  }

  runEnded(run: RunView, end: RunEventEntry): void {
    const { setup, progress } = run;
    const runId = setup.runId;
    const traceId = traceIdOf(runId);
    const runSpanId = runSpanIdOf(runId);
    const nodes = this.runs.get(runId) ?? new Map<string, NodeSeen>();
    this.runs.delete(runId);
    const workflow = setup.graph.name;
    for (const spec of setup.graph.nodes) {
      const seen = nodes.get(spec.name);
      const counts = progress.nodes.get(spec.name);
      if (!seen || !counts) continue;
      const failures = progress.failures.filter((f) => f.taskId === spec.name || f.taskId.startsWith(`${spec.name}[`));
      this.sink.emit({
        traceId,
        spanId: nodeSpanIdOf(runId, spec.name),
        parentSpanId: runSpanId,
        name: `node ${spec.name}`,
        startMs: seen.startMs,
        endMs: counts.running > 0 ? end.atMs : seen.endMs,
        attributes: {
          "weft.run.id": runId,
          "weft.workflow": workflow,
          "weft.node": spec.name,
          "weft.node.kind": spec.kind,
          "weft.tasks.total": counts.total,
          "weft.tasks.succeeded": counts.succeeded,
          "weft.tasks.failed": counts.failed,
          "weft.tasks.cancelled": counts.cancelled,
          "weft.tasks.retries": counts.retries,
          "weft.workers": [...seen.workers].sort(),
        },
        ...(counts.failed > 0 ? { error: failures[0]?.error.message ?? `${counts.failed} task(s) failed` } : {}),
        events: failures.slice(0, FAILURE_EVENTS).map((f) => ({
          name: "task.failed",
          atMs: seen.endMs,
          attributes: { "weft.task.id": f.taskId, "weft.attempt": f.attempt, "weft.worker": f.worker, "weft.error.code": f.error.code, "weft.error.message": f.error.message },
        })),
      });
    }
    const origin = setup.origin;
    this.sink.emit({
      traceId,
      spanId: runSpanId,
      name: `run ${workflow}`,
      startMs: setup.submittedAt,
      endMs: end.atMs,
      attributes: {
        "weft.run.id": runId,
        "weft.workflow": workflow,
        "weft.run.state": end.to,
        "weft.tasks.total": progress.tasksTotal,
        "weft.tasks.done": progress.tasksDone,
        "weft.epoch": run.epoch,
        "weft.coordinator": this.coordinator,
        ...(origin ? { "weft.deployment": origin.deployment, "weft.trigger.kind": origin.trigger?.kind ?? "" } : {}),
      },
      ...(end.to === "failed" || end.to === "cancelled" ? { error: end.error?.message ?? end.to } : {}),
    });
  }
}
