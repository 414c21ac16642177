/**
 * What goes between a streaming job's tasks over NATS, as JSON: batches of records (with the
 * sender's watermark), barriers, credits and checkpoint acknowledgements.
 */
import type { CheckpointAck } from "../core/stream/checkpoint-tracker.js";

/**
 * A record in flight: its key's text and key (null without a window), event time, the record, an
 * id stable across replays, and its key's group (the source hashed the key to route it: the slot
 * does not hash it again; -1 without a key).
 */
export type Routed = [text: string | null, key: unknown, t: number, record: unknown, id: string, group: number];

export type ExchangeMessage =
  | { readonly k: "d"; readonly p: number; readonly recs: Routed[]; readonly wm: number | null }
  | { readonly k: "b"; readonly p: number; readonly id: number }
  | { readonly k: "c"; readonly slot: number; readonly n: number };

export type AckMessage = { readonly k: "ack"; readonly id: number; readonly ack: CheckpointAck } | { readonly k: "decline"; readonly id: number; readonly task: string; readonly reason: string };

const enc = new TextEncoder();
const dec = new TextDecoder();

export const encodeJson = (m: unknown): Uint8Array => enc.encode(JSON.stringify(m));
export const decodeJson = <T>(data: Uint8Array): T => JSON.parse(dec.decode(data)) as T;
