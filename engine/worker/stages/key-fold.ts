/**
 * What one producer (a partition, then a worker) folded per key for a keyed consumer: the
 * map-side combine of a shuffle, and what a keyed stage's partition takes in. Each key has a
 * slot: its key in `keys`, its accumulator in `accs`, at the same index. A record of a key
 * already seen costs one Map lookup (key → slot, the slot a small integer stored in the Map
 * itself) and the accumulator is updated in a dense array: no object per key to allocate, to
 * reach through or to collect (a `[key, acc]` pair per key read a scattered object per record
 * and was 10–20 % slower on W3's words). The shuffle sends the two arrays as they are.
 * String keys have their slots in a table of their own (string-slots.ts: no `Map.get` per
 * word); numbers and booleans are their own Map key; other keys go by their JSON text.
 * Target partitions are worked out once per distinct key, when the fold is sent.
 *
 * The partitions of one worker fold into one shared dictionary (key → slot, and the keys), each
 * with accumulators of its own: a key seen by an earlier partition costs a later one no new
 * Map entry, and merging partitions into the worker's fold is slot by slot, with no lookup
 * (W3: 4 partitions of the same 50,000 words per worker). A fold then holds accumulators for
 * some of the dictionary's slots only: `NO_ACC`, or past the end of `accs`, where it has none.
 */
import { inSlices } from "../slot-pool.js";
import { StringSlots } from "./string-slots.js";
import { describe, misuse } from "./user-shapes.js";

/** Where a fold sharing its dictionary has no accumulator for a slot. */
export const NO_ACC: unknown = Symbol("no accumulator");

/** Key → slot, and each slot's key; may be shared by several folds. */
export interface KeyDictionary {
  /** Slots of keys that are strings. */
  strings: StringSlots;
  /** Slots of keys that are numbers or booleans, by the key itself. */
  primitives: Map<unknown, number>;
  /** Slots of other keys, by the key's JSON text. */
  objects: Map<string, number>;
  /** Per slot, the key as the records gave it. */
  keys: unknown[];
}

export interface KeyFold extends KeyDictionary {
  /** Per slot, the key's accumulator (NO_ACC, or none at all past the end, where this fold has none). */
  accs: unknown[];
}

export function newDictionary(): KeyDictionary {
  const keys: unknown[] = [];
  return { strings: new StringSlots(keys), primitives: new Map(), objects: new Map(), keys };
}

/** A fold with a dictionary of its own, or sharing `dict` with other folds. */
export const newFold = (dict: KeyDictionary = newDictionary()): KeyFold => ({
  strings: dict.strings,
  primitives: dict.primitives,
  objects: dict.objects,
  keys: dict.keys,
  accs: [],
});

/** The dictionary a fold's slots are in (that of the folds it shares it with). */
export const dictionaryOf = (fold: KeyFold): KeyDictionary => ({ strings: fold.strings, primitives: fold.primitives, objects: fold.objects, keys: fold.keys });

/** Whether `fold` has an accumulator in `slot`. */
export const holds = (fold: KeyFold, slot: number): boolean => slot < fold.accs.length && fold.accs[slot] !== NO_ACC;

/** Sets slot `slot`'s accumulator (slots between the end of `accs` and it get NO_ACC). */
export function place(accs: unknown[], slot: number, acc: unknown): void {
  while (accs.length < slot) accs.push(NO_ACC);
  if (slot === accs.length) accs.push(acc);
  else accs[slot] = acc;
}

/** The slot of `id` (a key or its JSON text) in `slots`, made (with `key` in `keys`) when it has none. */
export function slotFor(slots: Map<unknown, number>, keys: unknown[], id: unknown, key: unknown): number {
  let slot = slots.get(id);
  if (slot === undefined) {
    slot = keys.length;
    slots.set(id, slot);
    keys.push(key);
  }
  return slot;
}

/** The slot of string key `key` in `dict`, made when it has none. */
export function stringSlotFor(dict: KeyDictionary, key: string): number {
  let slot = dict.strings.get(key);
  if (slot < 0) {
    slot = dict.keys.length;
    dict.keys.push(key);
    dict.strings.add(key, slot);
  }
  return slot;
}

/** The slot of `key` in `dict`, made when it has none (`stage` names a key JSON cannot write). */
export function keySlotFor(dict: KeyDictionary, key: unknown, stage: string): number {
  if (typeof key === "string") return stringSlotFor(dict, key);
  if (isPrimitiveKey(key)) return slotFor(dict.primitives, dict.keys, key, key);
  return slotFor(dict.objects, dict.keys, objectKeyId(stage, key), key);
}

/** A key that is its own Map key (compared by value). */
export const isPrimitiveKey = (key: unknown): boolean => {
  const t = typeof key;
  return t === "string" || t === "number" || t === "boolean";
};

/**
 * Adds key `key` with accumulator `acc`, or merges `acc` into the key's slot. One lookup.
 */
function mergeOne(into: KeyFold, key: unknown, acc: unknown, merge: (a: unknown, b: unknown) => unknown, stage: string): void {
  const slot = keySlotFor(into, key, stage);
  if (holds(into, slot)) into.accs[slot] = merge(into.accs[slot], acc);
  else place(into.accs, slot, acc);
}

/**
 * Folds `keys`/`accs` (slot by slot; NO_ACC slots skipped) into `into`, in slices: millions of
 * keys are seconds of work. Each key is merged in one step, so folds merging into `into` at the
 * same time stay exact. An empty `into` takes a whole fold as it is (`from`, when given, is that
 * fold); a fold sharing `into`'s dictionary is merged slot by slot, with no lookup.
 */
export async function mergeColumns(
  into: KeyFold,
  keys: unknown[],
  accs: unknown[],
  merge: (a: unknown, b: unknown) => unknown,
  stage: string,
  from?: KeyFold,
): Promise<void> {
  if (into.accs.length === 0 && from && (into.keys.length === 0 || from.keys === into.keys)) {
    Object.assign(into, from); // the first partition's fold is taken as it is
    return;
  }
  if (from && from.keys === into.keys) {
    const target = into.accs;
    await inSlices(accs.length, (slot) => {
      const acc = accs[slot];
      if (acc === NO_ACC) return;
      if (holds(into, slot)) target[slot] = merge(target[slot], acc);
      else place(target, slot, acc);
    });
    return;
  }
  await inSlices(accs.length, (i) => {
    if (accs[i] !== NO_ACC) mergeOne(into, keys[i], accs[i], merge, stage);
  });
}

/** Folds `from` into `into`; see mergeColumns. */
export function mergeFold(into: KeyFold, from: KeyFold, merge: (a: unknown, b: unknown) => unknown, stage: string): Promise<void> {
  return mergeColumns(into, from.keys, from.accs, merge, stage, from);
}

/** The fold's keys and accumulators as `[key, accumulator]` records (a keyed stage's input). */
export function foldRecords(fold: KeyFold): [unknown, unknown][] {
  const { keys, accs } = fold;
  const out: [unknown, unknown][] = [];
  for (let i = 0; i < accs.length; i++) if (accs[i] !== NO_ACC) out.push([keys[i], accs[i]]);
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
