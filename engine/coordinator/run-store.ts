/**
 * Run records in JetStream KV (bucket weft_runs): what `weft runs` and `weft status` read,
 * whether or not a coordinator is up. A run with an owner is kept under `<owner>.<run id>`, so
 * the server's permissions can let each user read only its own (`$KV.weft_runs.<user>.>`,
 * docs/security.md "Tenancy"); a run without one under its run id, as ever.
 */
import type { Bus, KvBucket } from "../bus/bus.js";
import { ErrorCode, WeftError } from "../errors.js";
import type { weft } from "../gen/weft.js";
import { buckets } from "../subjects.js";
import { appendFields, GRAPH_FIELD, PLACEMENT_FIELD } from "../wire/embedded-field.js";
import { decodeMessage, encodeMessage, pb } from "../wire/protocol.js";

export type RunRecord = weft.v1.RunRecord;

/** The KV key of a run's record: `<owner>.<run id>`, or the run id for a run without an owner. */
export function runRecordKey(runId: string, owner = ""): string {
  return owner ? `${owner}.${runId}` : runId;
}

/** Whose runs a reader reads by default: its own (its NATS identity), or, without one, those without an owner. */
function ownerOf(bus: Bus, owner: string | undefined): string {
  return owner ?? bus.identity ?? "";
}

/**
 * Writes a run record with compare-and-set: `revision` is the revision this writer last wrote
 * (0: the key must not exist yet). `graphBytes`, `placementBytes`: the record's graph and
 * placement, encoded (then `record.graph`, `record.placement` are ignored). Returns the new revision. Throws E_KV_CONFLICT when someone
 * else wrote the record meanwhile: no update is ever lost silently.
 */
export async function writeRunRecord(
  bus: Bus,
  record: weft.v1.RunRecord.$Properties,
  revision: number,
  graphBytes?: Uint8Array,
  placementBytes?: Uint8Array,
): Promise<number> {
  return putRunRecord(bus, record.runId!, record.owner ?? "", encodeRunRecord(record, graphBytes, placementBytes), revision);
}

/** writeRunRecord for a record already encoded (encodeRunRecord). */
export async function putRunRecord(bus: Bus, runId: string, owner: string, data: Uint8Array, revision: number): Promise<number> {
  return putRunRecordIn(await bus.kv(buckets.runs), runId, owner, data, revision);
}

/** putRunRecord into the runs bucket already open: the write is sent before this returns (in the caller's turn). */
export function putRunRecordIn(runs: KvBucket, runId: string, owner: string, data: Uint8Array, revision: number): Promise<number> {
  const key = runRecordKey(runId, owner);
  return revision === 0 ? runs.create(key, data) : runs.update(key, data, revision);
}

/**
 * Takes back a record this coordinator created at `revision` (it lost the leadership before
 * starting the run). False when someone wrote it since: the new leader took the run up.
 */
export async function withdrawRunRecord(bus: Bus, runId: string, owner: string, revision: number): Promise<boolean> {
  const kv = await bus.kv(buckets.runs);
  try {
    await kv.delete(runRecordKey(runId, owner), revision);
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === ErrorCode.KvConflict) return false;
    throw err;
  }
}

/**
 * A record's bytes; the graph and the placement, when given as bytes, are appended as they are
 * (the largest parts, the same in every write: graph-bytes.ts, placement-bytes.ts).
 */
export function encodeRunRecord(record: weft.v1.RunRecord.$Properties, graphBytes?: Uint8Array, placementBytes?: Uint8Array): Uint8Array {
  if (!graphBytes && !placementBytes) return encodeMessage(pb.RunRecord, record);
  const appended: [number, Uint8Array][] = [];
  if (graphBytes) appended.push([GRAPH_FIELD.RunRecord, graphBytes]);
  if (placementBytes) appended.push([PLACEMENT_FIELD.RunRecord, placementBytes]);
  const rest = { ...record, ...(graphBytes ? { graph: null } : {}), ...(placementBytes ? { placement: null } : {}) };
  return appendFields(encodeMessage(pb.RunRecord, rest), appended);
}

/** The revision of a run's record now (0 when there is none). */
export async function runRecordRevision(bus: Bus, runId: string, owner: string): Promise<number> {
  const kv = await bus.kv(buckets.runs);
  return (await kv.get(runRecordKey(runId, owner)))?.revision ?? 0;
}

/** The record of `owner`'s run (by default the reader's own, see ownerOf), or undefined. */
export async function readRunRecord(bus: Bus, runId: string, owner?: string): Promise<RunRecord | undefined> {
  return readRecordAt(bus, runRecordKey(runId, ownerOf(bus, owner)));
}

async function readRecordAt(bus: Bus, key: string): Promise<RunRecord | undefined> {
  const kv = await bus.kv(buckets.runs);
  const entry = await kv.get(key);
  if (!entry) return undefined;
  return decodeMessage(pb.RunRecord, entry.value, (reason) => process.stderr.write(`weft: run record ${key}: ${reason}\n`));
}

/**
 * A run's record, whoever owns it: the reader's own first, then (for a reader allowed to read
 * others', an admin) one without an owner, then any owner's. A reader the server allows only its
 * own runs gets E_NOT_OWNER for a run id that is not one of them (it cannot tell whose it is,
 * or whether it exists). Undefined when no run has that id.
 */
export async function findRunRecord(bus: Bus, runId: string): Promise<RunRecord | undefined> {
  const own = await readRunRecord(bus, runId);
  if (own || !bus.identity) return own;
  try {
    const unowned = await readRecordAt(bus, runId);
    if (unowned) return unowned;
    const kv = await bus.kv(buckets.runs);
    const keys = await kv.keys(runRecordKey(runId, "*"));
    const found = (await Promise.all(keys.map((k) => readRecordAt(bus, k)))).filter((r): r is RunRecord => r !== undefined);
    return found.sort((a, b) => b.submittedAtMs - a.submittedAtMs)[0];
  } catch (err) {
    if (!isPermissionDenial(err)) throw err;
    throw notYoursToRead(runId, bus.identity, err);
  }
}

/** Whether `err` is the server refusing this user a subject (engine/client/connect.ts). */
function isPermissionDenial(err: unknown): boolean {
  return err instanceof Error && /^NATS denied .* permission to /.test(err.message);
}

/** E_NOT_OWNER for a run this reader may not read (or that does not exist). */
function notYoursToRead(runId: string, identity: string, cause?: unknown): WeftError {
  return new WeftError(
    ErrorCode.NotOwner,
    `run ${runId} is not one of "${identity}"'s runs (or there is no such run): only its owner or an admin may read its record, input, result and log (docs/security.md, "Tenancy"); \`weft runs\` lists yours.`,
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Run records, newest first: with `owner`, that owner's only (what a user the server allows
 * only its own runs may list); without, every run's (the coordinator, an admin).
 */
export async function listRunRecords(bus: Bus, owner?: string): Promise<RunRecord[]> {
  const kv = await bus.kv(buckets.runs);
  const keys = await kv.keys(owner ? runRecordKey("*", owner) : ">");
  const records = await Promise.all(keys.map((k) => readRecordAt(bus, k)));
  return records.filter((r): r is RunRecord => r !== undefined).sort((a, b) => b.submittedAtMs - a.submittedAtMs);
}
