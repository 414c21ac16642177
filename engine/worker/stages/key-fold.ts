/**
 * What one producer (a partition, then a worker) folded per key for a keyed consumer: the
 * map-side combine of a shuffle. Every key has one entry, `[key, accumulator]`, updated in place:
 * a record of a key already seen costs one Map lookup (no get-then-set), and the entries are
 * what the shuffle sends, with no new pair per key. Keys that are strings, numbers or booleans
 * are their own Map key; other keys go by their JSON text. Target partitions are worked out once
 * per distinct key, when the fold is sent.
 */
import { eachInSlices, Slicer } from "../slot-pool.js";
import { describe, misuse } from "./user-shapes.js";

/** One key's entry: the key as the records gave it, and its accumulator (updated in place). */
export type KeyEntry = [key: unknown, acc: unknown];

export interface KeyFold {
  /** Entries of keys that are strings, numbers or booleans, by the key itself. */
  primitives: Map<unknown, KeyEntry>;
  /** Entries of other keys, by the key's JSON text. */
  objects: Map<string, KeyEntry>;
}

export const newFold = (): KeyFold => ({ primitives: new Map(), objects: new Map() });

/**
 * Folds `from` into `into` (accumulators of one key merged), in slices: millions of keys are
 * seconds of work. Each key is merged in one step, so folds merging into `into` at the same
 * time stay exact.
 */
export async function mergeFold(into: KeyFold, from: KeyFold, merge: (a: unknown, b: unknown) => unknown): Promise<void> {
  if (into.primitives.size === 0 && into.objects.size === 0) {
    into.primitives = from.primitives; // the first partition's fold is taken as it is
    into.objects = from.objects;
    return;
  }
  const slicer = new Slicer();
  const mergeInto = <K>(mine: Map<K, KeyEntry>) => ([id, e]: [K, KeyEntry]) => {
    const m = mine.get(id);
    if (m) m[1] = merge(m[1], e[1]);
    else mine.set(id, e);
  };
  await eachInSlices(from.primitives, mergeInto(into.primitives), slicer);
  await eachInSlices(from.objects, mergeInto(into.objects), slicer);
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
