/**
 * What goes between a streaming job's tasks over NATS: batches of records (with the sender's
 * watermark) in the binary column form of engine/core/stream/record-batch-codec.ts; barriers,
 * credits and checkpoint acknowledgements, which are few, as JSON. A receiver tells a batch from
 * JSON by its first byte.
 */
import type { CheckpointAck } from "../core/stream/checkpoint-tracker.js";
import type { RecordBatch } from "../core/stream/record-batch.js";
import { BATCH_MAGIC, decodeBatch, encodeBatch } from "../core/stream/record-batch-codec.js";

export type ExchangeMessage =
  | { readonly k: "d"; readonly p: number; readonly batch: RecordBatch; readonly wm: number | null }
  | { readonly k: "b"; readonly p: number; readonly id: number }
  | { readonly k: "c"; readonly slot: number; readonly n: number };

export type AckMessage = { readonly k: "ack"; readonly id: number; readonly ack: CheckpointAck } | { readonly k: "decline"; readonly id: number; readonly task: string; readonly reason: string };

const enc = new TextEncoder();
const dec = new TextDecoder();

export const encodeJson = (m: unknown): Uint8Array => enc.encode(JSON.stringify(m));
export const decodeJson = <T>(data: Uint8Array): T => JSON.parse(dec.decode(data)) as T;

/** A message for another process: a batch of records in binary, anything else as JSON. */
export const encodeExchange = (m: ExchangeMessage): Uint8Array => (m.k === "d" ? encodeBatch(m) : encodeJson(m));

/** What encodeExchange wrote (a malformed batch throws MalformedBatchError, saying what is wrong). */
export function decodeExchange(data: Uint8Array): ExchangeMessage {
  if (data[0] === BATCH_MAGIC) return { k: "d", ...decodeBatch(data) };
  return decodeJson<ExchangeMessage>(data);
}
