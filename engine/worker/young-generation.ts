/**
 * A minor garbage collection at the moment a big array of records has just been handed on.
 *
 * A stage that returns a big array (a flatMap's million words of one file) fills the young
 * generation with records that all stay alive until the stages after it are through them.
 * V8 scavenges when the young generation is full, wherever the worker happens to be: in the
 * middle of the next text's tokenising, or at a slicer pause in the middle of handing the
 * array on. Then every record still held (most of them) is copied, and copied again into the
 * old generation, which is marked and swept later: on W3 a fifth of a worker's CPU.
 *
 * Right after the array is done with, nearly everything young is garbage, and a scavenge
 * costs about what the few survivors (new keys of a fold) cost. Asking for one then gives the
 * next partition an empty young generation: its records are made, used and dropped without
 * being copied at all when they fit in it (engine/client/worker-node-flags.ts sizes it).
 *
 * The function comes from V8's own `gc` (--expose-gc), read in a context of its own, so user
 * code does not get a global `gc`. Where it cannot be had, collecting is left to V8 as before.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** An array of at least this many records is "big": a minor collection after it pays. */
export const BIG_ARRAY_RECORDS = 1 << 16;

type MinorGc = () => void;

let collector: MinorGc | null | undefined;
/** Collections asked for since the worker started (tests read it). */
let asked = 0;

function minorGc(): MinorGc | null {
  if (collector !== undefined) return collector;
  collector = null;
  try {
    const gc = globalThis.gc ?? (setFlagsFromString("--expose-gc"), runInNewContext("gc") as typeof globalThis.gc);
    if (!globalThis.gc) setFlagsFromString("--no-expose-gc"); // later contexts (isolated runs) keep theirs without it
    if (typeof gc === "function") collector = () => void gc({ type: "minor", execution: "sync" });
  } catch {
    collector = null; // a node without the flag: V8 collects on its own, as before
  }
  return collector;
}

/** Collects the young generation now, after an array of `records` records was handed on (big ones only). */
export function afterBigArray(records: number): void {
  if (records < BIG_ARRAY_RECORDS) return;
  asked++;
  minorGc()?.();
}

/** How many young-generation collections the worker asked for so far. */
export const youngCollectionsAsked = (): number => asked;
