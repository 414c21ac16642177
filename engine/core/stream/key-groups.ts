/**
 * Key groups, as Flink has them: a key hashes to one of a fixed number of key groups (the job's
 * maximum parallelism), and each worker owns a contiguous range of groups. State is kept and
 * checkpointed per key group, so a job restored on a different number of workers hands whole
 * groups to their new owners and no key's state is split or lost.
 */
import { fnv1a32 } from "../record-keys.js";

/** The default number of key groups (the most workers a job can rescale to). */
export const DEFAULT_KEY_GROUPS = 128;

/**
 * The text a key is hashed and stored by: strings as they are, numbers and booleans as text,
 * anything else as JSON. Undefined when JSON cannot write the key (the record is a dead letter).
 */
export function keyText(key: unknown): string | undefined {
  const t = typeof key;
  if (t === "string") return "s" + (key as string);
  if (t === "number" || t === "boolean") return "p" + String(key);
  if (t === "undefined" || t === "function" || t === "symbol" || t === "bigint") return undefined;
  try {
    const json = JSON.stringify(key);
    return json === undefined ? undefined : "j" + json;
  } catch {
    return undefined;
  }
}

/** The key group of a key's text. */
export function keyGroupOf(text: string, keyGroups: number): number {
  return fnv1a32(text) % keyGroups;
}

/** The worker (0-based, of `workers`) that owns key group `group`: contiguous ranges. */
export function ownerOfKeyGroup(group: number, keyGroups: number, workers: number): number {
  return Math.floor((group * workers) / keyGroups);
}

/** The key groups worker `index` of `workers` owns. */
export function keyGroupsOf(index: number, keyGroups: number, workers: number): number[] {
  const groups: number[] = [];
  for (let g = 0; g < keyGroups; g++) if (ownerOfKeyGroup(g, keyGroups, workers) === index) groups.push(g);
  return groups;
}

/** The key a key text was made from (keyText's inverse; a key JSON wrote comes back as JSON reads it). */
export function keyOfText(text: string): unknown {
  const rest = text.slice(1);
  switch (text.charCodeAt(0)) {
    case 0x73: // "s"
      return rest;
    case 0x70: // "p"
      return rest === "true" ? true : rest === "false" ? false : Number(rest);
    case 0x6a: // "j"
      return JSON.parse(rest);
    default:
      throw new Error(`"${text.slice(0, 20)}" is not a key text (it starts with s, p or j)`);
  }
}
