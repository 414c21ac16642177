/**
 * Run records in JetStream KV (bucket weft_runs, one key per run id): what `weft runs` and
 * `weft status` read, whether or not a coordinator is up.
 */
import type { Bus } from "../bus/bus.js";
import { ErrorCode } from "../errors.js";
import type { weft } from "../gen/weft.js";
import { buckets } from "../subjects.js";
import { appendField, GRAPH_FIELD } from "../wire/embedded-field.js";
import { decodeMessage, encodeMessage, pb } from "../wire/protocol.js";

export type RunRecord = weft.v1.RunRecord;

/**
 * Writes a run record with compare-and-set: `revision` is the revision this writer last wrote
 * (0: the key must not exist yet). `graphBytes`: the record's graph, encoded (then `record.graph`
 * is ignored). Returns the new revision. Throws E_KV_CONFLICT when someone
 * else wrote the record meanwhile: no update is ever lost silently.
 */
export async function writeRunRecord(bus: Bus, record: weft.v1.RunRecord.$Properties, revision: number, graphBytes?: Uint8Array): Promise<number> {
  return putRunRecord(bus, record.runId!, encodeRunRecord(record, graphBytes), revision);
}

/** writeRunRecord for a record already encoded (encodeRunRecord). */
export async function putRunRecord(bus: Bus, runId: string, data: Uint8Array, revision: number): Promise<number> {
  const kv = await bus.kv(buckets.runs);
  return revision === 0 ? kv.create(runId, data) : kv.update(runId, data, revision);
}

/**
 * Takes back a record this coordinator created at `revision` (it lost the leadership before
 * starting the run). False when someone wrote it since: the new leader took the run up.
 */
export async function withdrawRunRecord(bus: Bus, runId: string, revision: number): Promise<boolean> {
  const kv = await bus.kv(buckets.runs);
  try {
    await kv.delete(runId, revision);
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === ErrorCode.KvConflict) return false;
    throw err;
  }
}

/** A record's bytes; the graph, when given as bytes, is appended as they are (it is the largest part, and the same in every write). */
export function encodeRunRecord(record: weft.v1.RunRecord.$Properties, graphBytes?: Uint8Array): Uint8Array {
  if (!graphBytes) return encodeMessage(pb.RunRecord, record);
  return appendField(encodeMessage(pb.RunRecord, { ...record, graph: null }), GRAPH_FIELD.RunRecord, graphBytes);
}

/** The revision of a run's record now (0 when there is none). */
export async function runRecordRevision(bus: Bus, runId: string): Promise<number> {
  const kv = await bus.kv(buckets.runs);
  return (await kv.get(runId))?.revision ?? 0;
}

export async function readRunRecord(bus: Bus, runId: string): Promise<RunRecord | undefined> {
  const kv = await bus.kv(buckets.runs);
  const entry = await kv.get(runId);
  if (!entry) return undefined;
  return decodeMessage(pb.RunRecord, entry.value, (reason) => process.stderr.write(`weft: run record ${runId}: ${reason}\n`));
}

/** Every run record, newest first. */
export async function listRunRecords(bus: Bus): Promise<RunRecord[]> {
  const kv = await bus.kv(buckets.runs);
  const keys = await kv.keys();
  const records = await Promise.all(keys.map((k) => readRunRecord(bus, k)));
  return records.filter((r): r is RunRecord => r !== undefined).sort((a, b) => b.submittedAtMs - a.submittedAtMs);
}
