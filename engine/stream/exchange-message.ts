/**
 * What goes between a streaming job's tasks over NATS, as JSON: batches of records (with the
 * sender's watermark), barriers, credits and checkpoint acknowledgements.
 */
import type { CheckpointAck } from "../core/stream/checkpoint-tracker.js";
import type { SourceOffset } from "./source-reader.js";

/**
 * A record in flight: its key's text and key (null without a window), event time, the record,
 * what its id is made of (the source position it was read at, and its output's index there:
 * `recordId`), and its key's group (the source hashed the key to route it: the slot does not
 * hash it again; -1 without a key). The id is made only when something needs it (a late record,
 * a dead letter, a record without a window): most records are folded into a window and need none.
 */
export type Routed = [text: string | null, key: unknown, t: number, record: unknown, pos: SourceOffset, out: number, group: number];

/**
 * A routed record's id, stable across replays: source partition, position, output index
 * (`P.POS.I`); a dead letter's output is stored as -(i + 1) and named `P.POS.dI`.
 */
export const recordId = (partition: number, pos: SourceOffset, out: number): string => (out >= 0 ? `${partition}.${pos}.${out}` : `${partition}.${pos}.d${-out - 1}`);

export type ExchangeMessage =
  | { readonly k: "d"; readonly p: number; readonly recs: Routed[]; readonly wm: number | null }
  | { readonly k: "b"; readonly p: number; readonly id: number }
  | { readonly k: "c"; readonly slot: number; readonly n: number };

export type AckMessage = { readonly k: "ack"; readonly id: number; readonly ack: CheckpointAck } | { readonly k: "decline"; readonly id: number; readonly task: string; readonly reason: string };

const enc = new TextEncoder();
const dec = new TextDecoder();

export const encodeJson = (m: unknown): Uint8Array => enc.encode(JSON.stringify(m));
export const decodeJson = <T>(data: Uint8Array): T => JSON.parse(dec.decode(data)) as T;
