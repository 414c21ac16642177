/**
 * A worker's spans: one per attempt of a single task (a task node, an aggregate, a collect),
 * child of its node's span, with the worker, the attempt number and the outcome. Map items and
 * stage partitions get none: they are summarised in their node's span by the coordinator
 * (run-spans.ts), so a million-item map costs the same few spans as a one-item one.
 */
import type { ErrorInfoLike } from "../errors.js";
import type { TaskState } from "../../model/status.js";
import type { Task } from "../worker/task-record.js";
import type { TaskObserver } from "../worker/run/tasks.js";
import { nodeSpanIdOf, traceIdOf } from "./run-trace-ids.js";
import type { SpanSink } from "./span-sink.js";

/** The observer of one run's task changes on `worker` that emits its attempt spans. */
export function attemptSpans(sink: SpanSink, worker: string, runId: string, workflow: string): TaskObserver {
  const traceId = traceIdOf(runId);
  const parents = new Map<string, string>();
  return {
    changed(task: Task, from: TaskState, to: TaskState, attempt: number, atMs: number, durationMs: number, error: ErrorInfoLike | undefined) {
      if (from !== "running" || task.index >= 0) return;
      const node = task.node.name;
      let parentSpanId = parents.get(node);
      if (parentSpanId === undefined) parents.set(node, (parentSpanId = nodeSpanIdOf(runId, node)));
      sink.emit({
        traceId,
        parentSpanId,
        name: `attempt ${node}`,
        startMs: atMs - durationMs,
        endMs: atMs,
        attributes: {
          "weft.run.id": runId,
          "weft.workflow": workflow,
          "weft.node": node,
          "weft.node.kind": task.node.kind,
          "weft.task.id": task.id,
          "weft.attempt": attempt,
          "weft.worker": worker,
          "weft.outcome": to,
          ...(error ? { "weft.error.code": error.code } : {}),
        },
        ...(error && to !== "succeeded" ? { error: error.message } : {}),
      });
    },
  };
}
