/**
 * A streaming job's operators as plain data: what the web view draws and `weft status` lists,
 * written into the job's record at deploy time so that readers never import the job's bundle
 * (user code). Pure: a workflow in, a chain of named operators out.
 */
import type { RecordOp, StreamSinkSpec, StreamSourceSpec, StreamWorkflow, WindowSpec } from "../../model/stream.js";
import { formatDuration } from "../model/duration.js";

export interface StreamPlanNode {
  readonly name: string;
  readonly kind: "source" | RecordOp["op"] | "window" | "sink";
  /** The operators whose output it reads. */
  readonly deps: readonly string[];
  /** What it is, in a few words ("JetStream CLICKS", "tumbling 1 s", "late records to JetStream x"). */
  readonly detail: string;
}

function sourceDetail(s: StreamSourceSpec): string {
  if (s.kind === "jetstream") return `JetStream ${s.stream}${s.subject ? ` ${s.subject}` : ""}`;
  if (s.kind === "mqtt") return `MQTT ${s.topic}`;
  if (s.kind === "postgres") return `PostgreSQL table ${s.table}`;
  return `generator of ${s.count} records`;
}

function windowDetail(w: WindowSpec): string {
  if (w.kind === "tumbling") return `tumbling ${formatDuration(w.sizeMs)}`;
  if (w.kind === "sliding") return `sliding ${formatDuration(w.sizeMs)} every ${formatDuration(w.slideMs)}`;
  return `session, gap ${formatDuration(w.gapMs)}`;
}

/** Where a sink writes, without anything secret (a PostgreSQL URL's password, a webhook's query). */
function sinkDetail(s: StreamSinkSpec): string {
  if (s.kind === "jetstream") return `JetStream ${s.subject}`;
  if (s.kind === "objects") return `object store ${s.bucket}${s.prefix ? `/${s.prefix}` : ""}`;
  if (s.kind === "postgres") return `PostgreSQL table ${s.table}`;
  if (s.kind === "webhook") return `webhook ${URL.canParse(s.url) ? new URL(s.url).host : "(bad URL)"}`;
  return "a function";
}

export function streamPlan(wf: StreamWorkflow): StreamPlanNode[] {
  const nodes: StreamPlanNode[] = [{ name: wf.source.name, kind: "source", deps: [], detail: sourceDetail(wf.source.spec) }];
  let last = wf.source.name;
  // Record operators run inside the task before them (no figures of their own): the detail says which.
  const chain = (ops: readonly RecordOp[], task: string) => {
    for (const op of ops) {
      nodes.push({ name: op.name, kind: op.op, deps: [last], detail: `in the ${task}'s task` });
      last = op.name;
    }
  };
  chain(wf.before, "source");
  const window = wf.window;
  if (window) {
    nodes.push({ name: window.name, kind: "window", deps: [last], detail: windowDetail(window.window) });
    last = window.name;
  }
  chain(wf.after, window ? "window" : "sink");
  // Side outputs leave the window's task (late records, and dead letters gathered from every stage).
  const sideFrom = window?.name ?? last;
  for (const s of wf.sinks) {
    const side = s.from === "late" ? "late records to " : s.from === "dead" ? "dead letters to " : "";
    nodes.push({ name: s.name, kind: "sink", deps: [s.from === "main" ? last : sideFrom], detail: side + sinkDetail(s.spec) });
  }
  return nodes;
}
