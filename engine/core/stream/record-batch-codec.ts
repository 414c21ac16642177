/**
 * The binary form of a record batch between processes (a source partition → a window slot on
 * another worker): whole columns, not an object per record. Numbers are written as they are
 * (times, positions, indexes, groups); every text (key texts, text positions) and the records
 * as one JSON array go into one UTF-8 block, encoded once and decoded once, each text then cut
 * out of it by its length in UTF-16 units. Keys are not sent: they are read back from their
 * texts (key-groups.ts, keyOfText). A frame starts with a byte no JSON text starts with, so a
 * receiver tells it from the JSON of barriers and credits by its first byte.
 *
 * Layout (little-endian): magic 0xF7, version 1, flags (1: a watermark; 2: positions are
 * texts), 0; u32 source partition; f64 watermark; u32 records (n); u32 bytes of the UTF-8 block;
 * f64[n] times; f64[n] positions (numbers) or u32[n] their text lengths; i32[n] groups;
 * u32[n] indexes; u32[n] key text lengths (NULL_TEXT for none); u32 length of the records'
 * JSON; the UTF-8 block: key texts, position texts, the records' JSON.
 */
import { keyOfText } from "./key-groups.js";
import { DEAD_LETTER_TEXT, type BatchPosition, type RecordBatch } from "./record-batch.js";

export const BATCH_MAGIC = 0xf7;
const VERSION = 1;
const HAS_WATERMARK = 1;
const TEXT_POSITIONS = 2;
const HEADER = 24;
/** A text length meaning "no text" (a record without a window has no key text). */
const NULL_TEXT = 0xffffffff;

export interface BatchFrame {
  /** The source partition that sent it. */
  readonly p: number;
  readonly wm: number | null;
  readonly batch: RecordBatch;
}

/** A frame that is not a record batch this version writes: what is wrong, and what likely caused it. */
export class MalformedBatchError extends Error {
  constructor(what: string) {
    super(`a record batch is malformed: ${what} (is every worker of the job running the same weft version?)`);
    this.name = "MalformedBatchError";
  }
}

const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { fatal: true });

export function encodeBatch(frame: BatchFrame): Uint8Array {
  const { batch: b, p, wm } = frame;
  const n = b.records.length;
  const textPositions = b.positions.some((x) => typeof x !== "number");
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = b.texts[i];
    if (t !== null && t !== undefined) parts.push(t);
  }
  if (textPositions) for (let i = 0; i < n; i++) parts.push(String(b.positions[i]));
  const json = JSON.stringify(b.records);
  parts.push(json);
  const block = enc.encode(parts.join(""));
  const size = HEADER + n * 8 + n * (textPositions ? 4 : 8) + n * 12 + 4 + block.length;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  out[0] = BATCH_MAGIC;
  out[1] = VERSION;
  out[2] = (wm === null ? 0 : HAS_WATERMARK) | (textPositions ? TEXT_POSITIONS : 0);
  v.setUint32(4, p, true);
  v.setFloat64(8, wm ?? 0, true);
  v.setUint32(16, n, true);
  v.setUint32(20, block.length, true);
  let o = HEADER;
  for (let i = 0; i < n; i++, o += 8) v.setFloat64(o, b.times[i] as number, true);
  if (textPositions) for (let i = 0; i < n; i++, o += 4) v.setUint32(o, String(b.positions[i]).length, true);
  else for (let i = 0; i < n; i++, o += 8) v.setFloat64(o, b.positions[i] as number, true);
  for (let i = 0; i < n; i++, o += 4) v.setInt32(o, b.groups[i] as number, true);
  for (let i = 0; i < n; i++, o += 4) v.setUint32(o, b.indexes[i] as number, true);
  for (let i = 0; i < n; i++, o += 4) {
    const t = b.texts[i];
    v.setUint32(o, t === null || t === undefined ? NULL_TEXT : t.length, true);
  }
  v.setUint32(o, json.length, true);
  out.set(block, o + 4);
  return out;
}

export function decodeBatch(data: Uint8Array): BatchFrame {
  if (data.length < HEADER) throw new MalformedBatchError(`${data.length} bytes, fewer than its ${HEADER}-byte header`);
  if (data[0] !== BATCH_MAGIC) throw new MalformedBatchError(`it starts with byte ${data[0]}, not ${BATCH_MAGIC}`);
  if (data[1] !== VERSION) throw new MalformedBatchError(`version ${data[1]}, this weft reads version ${VERSION}`);
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const flags = data[2] as number;
  const textPositions = (flags & TEXT_POSITIONS) !== 0;
  const p = v.getUint32(4, true);
  const wm = flags & HAS_WATERMARK ? v.getFloat64(8, true) : null;
  const n = v.getUint32(16, true);
  const blockBytes = v.getUint32(20, true);
  const size = HEADER + n * 8 + n * (textPositions ? 4 : 8) + n * 12 + 4 + blockBytes;
  if (size !== data.length) throw new MalformedBatchError(`${data.length} bytes, but its header says ${n} records and a ${blockBytes}-byte text block (${size} bytes)`);
  const times: number[] = new Array(n);
  const positions: BatchPosition[] = new Array(n);
  const groups: number[] = new Array(n);
  const indexes: number[] = new Array(n);
  const textLengths: number[] = new Array(n);
  const positionLengths: number[] = textPositions ? new Array(n) : [];
  let o = HEADER;
  for (let i = 0; i < n; i++, o += 8) times[i] = v.getFloat64(o, true);
  if (textPositions) for (let i = 0; i < n; i++, o += 4) positionLengths[i] = v.getUint32(o, true);
  else for (let i = 0; i < n; i++, o += 8) positions[i] = v.getFloat64(o, true);
  for (let i = 0; i < n; i++, o += 4) groups[i] = v.getInt32(o, true);
  for (let i = 0; i < n; i++, o += 4) indexes[i] = v.getUint32(o, true);
  for (let i = 0; i < n; i++, o += 4) textLengths[i] = v.getUint32(o, true);
  const jsonLength = v.getUint32(o, true);
  let block: string;
  try {
    block = dec.decode(data.subarray(o + 4));
  } catch {
    throw new MalformedBatchError("its text block is not UTF-8");
  }
  let at = 0;
  const cut = (length: number, what: string): string => {
    if (at + length > block.length) throw new MalformedBatchError(`${what} runs past the end of its text block`);
    const s = block.slice(at, at + length);
    at += length;
    return s;
  };
  const texts: (string | null)[] = new Array(n);
  const keys: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const length = textLengths[i] as number;
    if (length === NULL_TEXT) {
      texts[i] = null;
      keys[i] = null;
      continue;
    }
    const text = cut(length, `record ${i}'s key text`);
    texts[i] = text;
    try {
      keys[i] = text === DEAD_LETTER_TEXT ? null : keyOfText(text);
    } catch (err) {
      throw new MalformedBatchError(`record ${i}'s key: ${(err as Error).message}`);
    }
  }
  if (textPositions) for (let i = 0; i < n; i++) positions[i] = cut(positionLengths[i] as number, `record ${i}'s position`);
  if (at + jsonLength !== block.length) throw new MalformedBatchError(`its text block has ${block.length - at} characters for the records' JSON, its header says ${jsonLength}`);
  let records: unknown;
  try {
    records = JSON.parse(block.slice(at));
  } catch (err) {
    throw new MalformedBatchError(`the records are not JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(records) || records.length !== n) throw new MalformedBatchError(`the records' JSON is not an array of ${n} records`);
  return { p, wm, batch: { texts, keys, times, records, positions, indexes, groups } };
}
