/**
 * A task node's first-attempt success as one log entry (TaskSucceeded), and its expansion into
 * the three changes it stands for. A worker writes it instead of `pending -> ready`,
 * `ready -> running` and `running -> succeeded` (a chain's hop was three task entries and an
 * edge's figures: the entries' encoding on the worker, their storage in JetStream and their
 * decoding by the coordinator and every follower were most of a hop's cost). Every reader of
 * the run's history reads it expanded (wire/run-history.ts), so each sees the TaskEvents the
 * worker would have written, field for field, as protobufjs would have decoded them.
 */
import type { weft } from "../gen/weft.js";
import { pb } from "./protocol.js";

type TaskSucceeded = weft.v1.TaskSucceeded.$Properties;
type LogEntry = weft.v1.LogEntry.$Properties;

/** What one task's first-attempt success is made of (the worker's side). */
export interface FirstAttemptSuccess {
  node: string;
  worker: string;
  epoch: number;
  /** Time in pending before it was ready. */
  pendingMs: number;
  readyAtMs: number;
  runningAtMs: number;
  atMs: number;
  /** What its attempt used, when measured. */
  usage: { cpuMs: number; heapGrowthBytes: number; memoryMbS: number; outputBytes: number } | undefined;
}

/** What an attempt used, as TaskEvent and TaskSucceeded carry it: unmeasured, every figure 0 (one shape for the encoder). */
export function usageOnWire(u: FirstAttemptSuccess["usage"]): { measured: boolean; cpuMs: number; heapGrowthBytes: number; memoryMbS: number; outputBytes: number } {
  if (u === undefined) return { measured: false, cpuMs: 0, heapGrowthBytes: 0, memoryMbS: 0, outputBytes: 0 };
  return { measured: true, cpuMs: u.cpuMs, heapGrowthBytes: u.heapGrowthBytes, memoryMbS: u.memoryMbS, outputBytes: u.outputBytes };
}

/** The log entry of a first-attempt success (every field set: one shape for the encoder). */
export function taskSucceededEntry(s: FirstAttemptSuccess): LogEntry {
  return {
    succeeded: {
      node: s.node,
      worker: s.worker,
      epoch: s.epoch,
      pendingMs: s.pendingMs,
      readyAtMs: s.readyAtMs,
      runningAtMs: s.runningAtMs,
      atMs: s.atMs,
      ...usageOnWire(s.usage),
    },
  };
}

/**
 * The three entries a TaskSucceeded stands for, as decoded messages: fields a worker's
 * TaskEvent leaves at their default (0, "", false) are not set on them, as after a decode.
 * The durations are computed as the worker computes them (a change's time minus the last one's).
 */
export function expandTaskSucceeded(s: TaskSucceeded): weft.v1.LogEntry[] {
  const node = s.node ?? "";
  const worker = s.worker ?? "";
  const epoch = s.epoch ?? 0;
  const readyAt = Number(s.readyAtMs) || 0;
  const runningAt = Number(s.runningAtMs) || 0;
  const at = Number(s.atMs) || 0;
  const ready = change(node, worker, epoch, "pending", "ready", 0, readyAt, Number(s.pendingMs) || 0);
  const running = change(node, worker, epoch, "ready", "running", 1, runningAt, runningAt - readyAt);
  const succeeded = change(node, worker, epoch, "running", "succeeded", 1, at, at - runningAt);
  if (s.measured) {
    succeeded.measured = true;
    setDouble(succeeded, "cpuMs", Number(s.cpuMs) || 0);
    setDouble(succeeded, "heapGrowthBytes", Number(s.heapGrowthBytes) || 0);
    setDouble(succeeded, "memoryMbS", Number(s.memoryMbS) || 0);
    setDouble(succeeded, "outputBytes", Number(s.outputBytes) || 0);
  }
  return [entry(ready), entry(running), entry(succeeded)];
}

/** Replaces each TaskSucceeded of `entries` by its three changes (the same array when there is none). */
export function expandTaskSuccesses<E extends LogEntry>(entries: E[]): (E | weft.v1.LogEntry)[] {
  let i = 0;
  while (i < entries.length && entries[i]!.succeeded == null) i++;
  if (i === entries.length) return entries;
  const out: (E | weft.v1.LogEntry)[] = entries.slice(0, i);
  for (; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.succeeded != null) out.push(...expandTaskSucceeded(e.succeeded));
    else out.push(e);
  }
  return out;
}

/** A task node's change as a decoded TaskEvent: set in field order, defaults left unset. */
function change(node: string, worker: string, epoch: number, from: string, to: string, attempt: number, atMs: number, durationMs: number): weft.v1.TaskEvent {
  const t = new pb.TaskEvent();
  if (node !== "") {
    t.taskId = node;
    t.node = node;
  }
  t.index = -1;
  t.from = from;
  t.to = to;
  if (worker !== "") t.worker = worker;
  if (attempt !== 0) t.attempt = attempt;
  setDouble(t, "atMs", atMs);
  setDouble(t, "durationMs", durationMs);
  if (epoch !== 0) t.epoch = epoch;
  return t;
}

type DoubleField = "atMs" | "durationMs" | "cpuMs" | "heapGrowthBytes" | "memoryMbS" | "outputBytes";

/** Sets a double as a decode would: only when the writer would have written it (not 0, not -0). */
function setDouble(t: weft.v1.TaskEvent, field: DoubleField, v: number): void {
  if (!Object.is(v, 0)) t[field] = v;
}

function entry(task: weft.v1.TaskEvent): weft.v1.LogEntry {
  const e = new pb.LogEntry();
  e.task = task;
  return e;
}
