/**
 * A batch of routed records, column by column: what a source partition sends a window slot.
 * One array per field instead of an object (and an id string) per record: the source fills it
 * with a push per field, the slot reads it by index, and the binary codec
 * (record-batch-codec.ts) writes and reads whole columns. A record's id, stable across replays
 * (`P.POSITION.INDEX`, or `P.POSITION.dINDEX` for a dead letter), is made only where one is
 * needed (late records, dead letters, records without a window).
 */

/** A source position (record-batch-codec writes numbers and texts). */
export type BatchPosition = number | string;

/** Dead letters found at the source travel to a slot as records with this key text. */
export const DEAD_LETTER_TEXT = "\u0000dead";

export interface RecordBatch {
  /** Per record: its key's text (key-groups.ts), null without a window, DEAD_LETTER_TEXT for a dead letter. */
  readonly texts: (string | null)[];
  /** Per record: its key (null without a window or for a dead letter). */
  readonly keys: unknown[];
  /** Per record: its event time (ms). */
  readonly times: number[];
  readonly records: unknown[];
  /** Per record: the source position after the source record it came from. */
  readonly positions: BatchPosition[];
  /** Per record: which output of that source record it is (operators before the window may make several). */
  readonly indexes: number[];
  /** Per record: its key's group (the source hashed the key to route it), -1 without a key. */
  readonly groups: number[];
}

export const emptyBatch = (): RecordBatch => ({ texts: [], keys: [], times: [], records: [], positions: [], indexes: [], groups: [] });

export function pushRecord(
  b: RecordBatch,
  text: string | null,
  key: unknown,
  t: number,
  record: unknown,
  position: BatchPosition,
  index: number,
  group: number,
): void {
  b.texts.push(text);
  b.keys.push(key);
  b.times.push(t);
  b.records.push(record);
  b.positions.push(position);
  b.indexes.push(index);
  b.groups.push(group);
}

/** The id of record `i` of a batch from source partition `p`: the same on every replay. */
export function recordId(b: RecordBatch, p: number, i: number): string {
  const dead = b.texts[i] === DEAD_LETTER_TEXT ? "d" : "";
  return `${p}.${b.positions[i] as BatchPosition}.${dead}${b.indexes[i] as number}`;
}
