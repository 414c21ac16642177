/**
 * A run's LogBatch as bytes, written straight into one reused buffer for its commonest entries:
 * a task's state change without an error (TaskEvent), a task's first-attempt success
 * (TaskSucceeded) and an edge's figures (EdgeStats).
 * protobufjs's writer makes an object per field and per nested message (about 17 per task
 * change): a 1,000-hop chain logs 4,000 entries a run, and that garbage was a tenth of a hop's
 * cost on the worker. Any other entry is encoded by protobufjs and copied in.
 *
 * The bytes are those pb.LogBatch.encode writes (fields in number order, proto3 defaults left
 * out): test/unit/log-batch-encoding.test.ts compares both and fails when TaskEvent,
 * TaskSucceeded or EdgeStats gains a field this file does not write.
 */
import type { weft } from "../gen/weft.js";
import { pb } from "./protocol.js";

type Entry = weft.v1.LogEntry.$Properties;
type TaskEvent = weft.v1.TaskEvent.$Properties;
type EdgeStats = weft.v1.EdgeStats.$Properties;
type TaskSucceeded = weft.v1.TaskSucceeded.$Properties;

/** The fields written here, by message (the test checks them against the generated types). */
export const FIELDS_WRITTEN = {
  TaskEvent: ["taskId", "node", "index", "from", "to", "worker", "attempt", "atMs", "durationMs", "error", "epoch", "absorbed", "measured", "cpuMs", "heapGrowthBytes", "memoryMbS", "outputBytes"],
  EdgeStats: ["from", "to", "records", "natsMsgs", "natsBytes", "localRecords", "localBytes"],
  TaskSucceeded: ["node", "worker", "epoch", "pendingMs", "readyAtMs", "runningAtMs", "atMs", "measured", "cpuMs", "heapGrowthBytes", "memoryMbS", "outputBytes"],
  /** Its oneof: an entry with any member but `task`, `succeeded` or `edge` goes through protobufjs. */
  LogEntry: ["task", "run", "log", "expanded", "edge", "block", "succeeded", "result", "directEnd"],
} as const;

/** The batch being written (one at a time: encoding is synchronous). */
let buf = Buffer.allocUnsafeSlow(64 * 1024);
let pos = 0;

/** Encodes a LogBatch (the same bytes as encodeMessage(pb.LogBatch, { runId, entries })). */
export function encodeLogBatch(runId: string, entries: readonly Entry[]): Uint8Array {
  pos = 0;
  if (runId !== "") {
    room(1 + 5 + 3 * runId.length);
    buf[pos++] = 10;
    writeString(runId);
  }
  for (const e of entries) {
    if (e.run == null && e.log == null && e.expanded == null && e.block == null && e.result == null && e.directEnd == null && e.$unknowns == null) {
      const { task, succeeded, edge } = e;
      if (task != null && succeeded == null && edge == null && task.error == null && task.$unknowns == null) {
        nested(18, 10, task, taskEventSize, writeTaskEvent);
        continue;
      }
      if (succeeded != null && task == null && edge == null && succeeded.$unknowns == null) {
        nested(18, 58, succeeded, taskSucceededSize, writeTaskSucceeded);
        continue;
      }
      if (edge != null && task == null && succeeded == null && edge.$unknowns == null) {
        nested(18, 42, edge, edgeStatsSize, writeEdgeStats);
        continue;
      }
    }
    const bytes = pb.LogEntry.encode(e).finish();
    room(1 + 5 + bytes.length);
    buf[pos++] = 18;
    writeVarint32(bytes.length);
    buf.set(bytes, pos);
    pos += bytes.length;
  }
  return new Uint8Array(buf.subarray(0, pos));
}

/** Writes `LogBatch.entries` (tag `outer`) holding a LogEntry whose one field (tag `inner`) is `m`. */
function nested<M>(outer: number, inner: number, m: M, size: (m: M) => number, write: (m: M) => void): void {
  const body = size(m);
  const entry = 1 + varint32Size(body) + body;
  room(1 + 5 + entry);
  buf[pos++] = outer;
  writeVarint32(entry);
  buf[pos++] = inner;
  writeVarint32(body);
  const end = pos + body;
  write(m);
  if (pos !== end) throw new Error(`log batch encoding: wrote ${pos - end + body} bytes of a ${body}-byte entry`);
}

function taskEventSize(t: TaskEvent): number {
  let n = 0;
  if (t.taskId) n += stringSize(t.taskId);
  if (t.node) n += stringSize(t.node);
  if (t.index) n += 1 + int32Size(t.index);
  if (t.from) n += stringSize(t.from);
  if (t.to) n += stringSize(t.to);
  if (t.worker) n += stringSize(t.worker);
  if (t.attempt) n += 1 + varint32Size(t.attempt);
  if (isSet(t.atMs)) n += 9;
  if (isSet(t.durationMs)) n += 9;
  if (t.epoch) n += 1 + varint32Size(t.epoch);
  if (t.absorbed) n += 2;
  if (t.measured) n += 2;
  if (isSet(t.cpuMs)) n += 9;
  if (isSet(t.heapGrowthBytes)) n += 9;
  if (isSet(t.memoryMbS)) n += 10;
  if (isSet(t.outputBytes)) n += 10;
  return n;
}

function writeTaskEvent(t: TaskEvent): void {
  if (t.taskId) stringField(10, t.taskId);
  if (t.node) stringField(18, t.node);
  if (t.index) {
    buf[pos++] = 24;
    writeInt32(t.index);
  }
  if (t.from) stringField(34, t.from);
  if (t.to) stringField(42, t.to);
  if (t.worker) stringField(50, t.worker);
  if (t.attempt) {
    buf[pos++] = 56;
    writeVarint32(t.attempt);
  }
  if (isSet(t.atMs)) doubleField(65, t.atMs);
  if (isSet(t.durationMs)) doubleField(73, t.durationMs);
  if (t.epoch) {
    buf[pos++] = 88;
    writeVarint32(t.epoch);
  }
  if (t.absorbed) {
    buf[pos++] = 96;
    buf[pos++] = 1;
  }
  if (t.measured) {
    buf[pos++] = 104;
    buf[pos++] = 1;
  }
  if (isSet(t.cpuMs)) doubleField(113, t.cpuMs);
  if (isSet(t.heapGrowthBytes)) doubleField(121, t.heapGrowthBytes);
  if (isSet(t.memoryMbS)) {
    buf[pos++] = 129; // field 16: a two-byte tag
    doubleField(1, t.memoryMbS);
  }
  if (isSet(t.outputBytes)) {
    buf[pos++] = 137;
    doubleField(1, t.outputBytes);
  }
}

function taskSucceededSize(t: TaskSucceeded): number {
  let n = 0;
  if (t.node) n += stringSize(t.node);
  if (t.worker) n += stringSize(t.worker);
  if (t.epoch) n += 1 + varint32Size(t.epoch);
  if (isSet(t.pendingMs)) n += 9;
  if (isSet(t.readyAtMs)) n += 9;
  if (isSet(t.runningAtMs)) n += 9;
  if (isSet(t.atMs)) n += 9;
  if (t.measured) n += 2;
  if (isSet(t.cpuMs)) n += 9;
  if (isSet(t.heapGrowthBytes)) n += 9;
  if (isSet(t.memoryMbS)) n += 9;
  if (isSet(t.outputBytes)) n += 9;
  return n;
}

function writeTaskSucceeded(t: TaskSucceeded): void {
  if (t.node) stringField(10, t.node);
  if (t.worker) stringField(18, t.worker);
  if (t.epoch) {
    buf[pos++] = 24;
    writeVarint32(t.epoch);
  }
  if (isSet(t.pendingMs)) doubleField(33, t.pendingMs);
  if (isSet(t.readyAtMs)) doubleField(41, t.readyAtMs);
  if (isSet(t.runningAtMs)) doubleField(49, t.runningAtMs);
  if (isSet(t.atMs)) doubleField(57, t.atMs);
  if (t.measured) {
    buf[pos++] = 64;
    buf[pos++] = 1;
  }
  if (isSet(t.cpuMs)) doubleField(73, t.cpuMs);
  if (isSet(t.heapGrowthBytes)) doubleField(81, t.heapGrowthBytes);
  if (isSet(t.memoryMbS)) doubleField(89, t.memoryMbS);
  if (isSet(t.outputBytes)) doubleField(97, t.outputBytes);
}

function edgeStatsSize(e: EdgeStats): number {
  let n = 0;
  if (e.from) n += stringSize(e.from);
  if (e.to) n += stringSize(e.to);
  if (isSet(e.records)) n += 9;
  if (isSet(e.natsMsgs)) n += 9;
  if (isSet(e.natsBytes)) n += 9;
  if (isSet(e.localRecords)) n += 9;
  if (isSet(e.localBytes)) n += 9;
  return n;
}

function writeEdgeStats(e: EdgeStats): void {
  if (e.from) stringField(10, e.from);
  if (e.to) stringField(18, e.to);
  if (isSet(e.records)) doubleField(25, e.records);
  if (isSet(e.natsMsgs)) doubleField(33, e.natsMsgs);
  if (isSet(e.natsBytes)) doubleField(41, e.natsBytes);
  if (isSet(e.localRecords)) doubleField(49, e.localRecords);
  if (isSet(e.localBytes)) doubleField(57, e.localBytes);
}

/** A double protobufjs writes: present and not 0 (nor -0). */
function isSet(v: number | null | undefined): v is number {
  return v != null && !Object.is(v, 0);
}

function room(n: number): void {
  if (pos + n <= buf.length) return;
  const bigger = Buffer.allocUnsafeSlow(Math.max(buf.length * 2, pos + n));
  buf.copy(bigger, 0, 0, pos);
  buf = bigger;
}

function varint32Size(v: number): number {
  v >>>= 0;
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** An int32 field's size: a negative one is sign-extended to ten bytes, as protobufjs writes it. */
function int32Size(v: number): number {
  return v < 0 ? 10 : varint32Size(v);
}

function writeVarint32(v: number): void {
  v >>>= 0;
  while (v > 127) {
    buf[pos++] = (v & 127) | 128;
    v >>>= 7;
  }
  buf[pos++] = v;
}

function writeInt32(v: number): void {
  if (v >= 0) return writeVarint32(v);
  let lo = v >>> 0;
  let hi = 0xffffffff;
  while (hi) {
    buf[pos++] = (lo & 127) | 128;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  while (lo > 127) {
    buf[pos++] = (lo & 127) | 128;
    lo >>>= 7;
  }
  buf[pos++] = lo;
}

function utf8Size(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return Buffer.byteLength(s, "utf8");
  return s.length;
}

function stringSize(s: string): number {
  const n = utf8Size(s);
  return 1 + varint32Size(n) + n;
}

function writeString(s: string): void {
  const n = utf8Size(s);
  writeVarint32(n);
  if (n === s.length) for (let i = 0; i < n; i++) buf[pos++] = s.charCodeAt(i);
  else pos += buf.write(s, pos, n, "utf8");
}

function stringField(tag: number, s: string): void {
  buf[pos++] = tag;
  writeString(s);
}

function doubleField(tag: number, v: number): void {
  buf[pos++] = tag;
  buf.writeDoubleLE(v, pos);
  pos += 8;
}
