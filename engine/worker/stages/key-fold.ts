/**
 * What one producer (a partition, then a worker) folded per key for a keyed consumer: the
 * map-side combine of a shuffle, and what a keyed stage's partition takes in. Each key has a
 * slot: its key in `keys`, its accumulator in `accs`, at the same index. A record of a key
 * already seen costs one Map lookup (key → slot, the slot a small integer stored in the Map
 * itself) and the accumulator is updated in a dense array: no object per key to allocate, to
 * reach through or to collect (a `[key, acc]` pair per key read a scattered object per record
 * and was 10–20 % slower on W3's words). The shuffle sends the two arrays as they are.
 * Keys that are strings, numbers or booleans are their own Map key; other keys go by their
 * JSON text. Target partitions are worked out once per distinct key, when the fold is sent.
 */
import { inSlices } from "../slot-pool.js";
import { describe, misuse } from "./user-shapes.js";

export interface KeyFold {
  /** Slots of keys that are strings, numbers or booleans, by the key itself. */
  primitives: Map<unknown, number>;
  /** Slots of other keys, by the key's JSON text. */
  objects: Map<string, number>;
  /** Per slot, the key as the records gave it. */
  keys: unknown[];
  /** Per slot, the key's accumulator. */
  accs: unknown[];
}

export const newFold = (): KeyFold => ({ primitives: new Map(), objects: new Map(), keys: [], accs: [] });

/** A key that is its own Map key (compared by value). */
export const isPrimitiveKey = (key: unknown): boolean => {
  const t = typeof key;
  return t === "string" || t === "number" || t === "boolean";
};

/**
 * Adds key `key` (grouped by `id`: the key itself, or its JSON text) with accumulator `acc`, or
 * merges `acc` into the key's slot. One Map lookup.
 */
function mergeOne(into: KeyFold, key: unknown, acc: unknown, merge: (a: unknown, b: unknown) => unknown, stage: string): void {
  const primitive = isPrimitiveKey(key);
  const id = primitive ? key : objectKeyId(stage, key);
  const slots: Map<unknown, number> = primitive ? into.primitives : into.objects;
  const slot = slots.get(id);
  if (slot !== undefined) into.accs[slot] = merge(into.accs[slot], acc);
  else {
    slots.set(id, into.keys.length);
    into.keys.push(key);
    into.accs.push(acc);
  }
}

/**
 * Folds `keys`/`accs` (slot by slot) into `into`, in slices: millions of keys are seconds of
 * work. Each key is merged in one step, so folds merging into `into` at the same time stay
 * exact. An empty `into` takes a whole fold as it is (`from`, when given, is that fold).
 */
export async function mergeColumns(
  into: KeyFold,
  keys: unknown[],
  accs: unknown[],
  merge: (a: unknown, b: unknown) => unknown,
  stage: string,
  from?: KeyFold,
): Promise<void> {
  if (into.keys.length === 0 && from) {
    Object.assign(into, from); // the first partition's fold is taken as it is
    return;
  }
  await inSlices(keys.length, (i) => mergeOne(into, keys[i], accs[i], merge, stage));
}

/** Folds `from` into `into`; see mergeColumns. */
export function mergeFold(into: KeyFold, from: KeyFold, merge: (a: unknown, b: unknown) => unknown, stage: string): Promise<void> {
  return mergeColumns(into, from.keys, from.accs, merge, stage, from);
}

/** The fold's keys and accumulators as `[key, accumulator]` records (a keyed stage's input). */
export function foldRecords(fold: KeyFold): [unknown, unknown][] {
  const { keys, accs } = fold;
  const out = new Array<[unknown, unknown]>(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = [keys[i], accs[i]];
  return out;
}

/**
 * The text a key that is not a string, number or boolean is grouped by: its JSON. A key JSON
 * cannot write (undefined, a function, a symbol, a BigInt) would group unrelated records, so it
 * is refused, naming the keyed stage.
 */
export function objectKeyId(stage: string, key: unknown): string {
  const t = typeof key;
  let id: string | undefined;
  let why = "";
  try {
    if (t !== "undefined" && t !== "function" && t !== "symbol" && t !== "bigint") id = JSON.stringify(key);
  } catch (err) {
    why = ` (${(err as Error).message})`;
  }
  if (id === undefined) {
    throw misuse(`the key function of "${stage}" returned ${describe(key)}${why} for a record: a key must be a string, a number, a boolean, null, or an array or object JSON can write.`);
  }
  return id;
}
