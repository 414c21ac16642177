/**
 * Pre-encoded sub-messages. Protobuf lets a message field be written as its bytes after the
 * rest of the message, so a large part that stays the same from message to message (a
 * workflow's graph, in every StartRun and run record of a run) is encoded once and appended;
 * and the bytes a client sent for it can be taken as they are, without decoding and encoding.
 */
import protobuf from "protobufjs/minimal.js";

/** Field numbers of the graph in the messages that carry one (proto/weft.proto). */
export const GRAPH_FIELD = { SubmitRequest: 1, StartRun: 2, RunRecord: 15, LeaseRequest: 1, LeaseOffer: 2 } as const;
/** Field numbers of the placement: the same bytes in every run of a workflow on the same workers (placement-bytes.ts). */
export const PLACEMENT_FIELD = { StartRun: 5, RunRecord: 14 } as const;

/**
 * The bytes of length-delimited field `field` of `message` when it occurs exactly once at the
 * top level (a field written twice is merged by decoders: then there is no single slice); else
 * undefined, also for bytes that do not parse.
 */
export function fieldBytes(message: Uint8Array, field: number): Uint8Array | undefined {
  const reader = protobuf.Reader.create(message);
  let found: Uint8Array | undefined;
  let count = 0;
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag >>> 3 === field && (tag & 7) === 2) {
        const length = reader.uint32();
        const start = reader.pos;
        reader.skip(length);
        found = message.subarray(start, start + length);
        count++;
      } else reader.skipType(tag & 7);
    }
  } catch {
    return undefined;
  }
  return count === 1 ? found : undefined;
}

/**
 * `message` without any occurrence of top-level field `field` (the other fields' bytes, in
 * order), so that a decoder does not spend time on a part taken elsewhere (see fieldBytes);
 * undefined for bytes that do not parse.
 */
export function withoutField(message: Uint8Array, field: number): Uint8Array | undefined {
  const reader = protobuf.Reader.create(message);
  const kept: Array<[number, number]> = [];
  try {
    while (reader.pos < reader.len) {
      const start = reader.pos;
      const tag = reader.uint32();
      reader.skipType(tag & 7);
      if (tag >>> 3 !== field) kept.push([start, reader.pos]);
    }
  } catch {
    return undefined;
  }
  if (kept.length === 1 && kept[0]![0] === 0) return message.subarray(0, kept[0]![1]);
  const out = new Uint8Array(kept.reduce((n, [a, b]) => n + b - a, 0));
  let at = 0;
  for (const [a, b] of kept) {
    out.set(message.subarray(a, b), at);
    at += b - a;
  }
  return out;
}

/** `encoded` (a message that leaves field `field` out) with `bytes` appended as that field. */
export function appendField(encoded: Uint8Array, field: number, bytes: Uint8Array): Uint8Array {
  return appendFields(encoded, [[field, bytes]]);
}

/** `encoded` (a message that leaves these fields out) with each one's bytes appended, in one copy. */
export function appendFields(encoded: Uint8Array, fields: readonly (readonly [number, Uint8Array])[]): Uint8Array {
  const heads = fields.map(([field, bytes]) => protobuf.Writer.create().uint32((field << 3) | 2).uint32(bytes.length).finish());
  let size = encoded.length;
  for (let i = 0; i < fields.length; i++) size += heads[i]!.length + fields[i]![1].length;
  const out = new Uint8Array(size);
  out.set(encoded);
  let at = encoded.length;
  for (let i = 0; i < fields.length; i++) {
    out.set(heads[i]!, at);
    at += heads[i]!.length;
    out.set(fields[i]![1], at);
    at += fields[i]![1].length;
  }
  return out;
}
