/**
 * String key → slot, for the map-side fold of a keyed stage (key-fold.ts): an open-addressing
 * table of slot numbers (linear probing, at most half full) hashed by FNV-1a over the key's
 * UTF-16 code units, the key itself kept in the dictionary's `keys` at its slot.
 *
 * Why not a Map: a word count's keys are strings made fresh by the tokeniser, a million per
 * partition. `Map.get` hashes each one in V8's runtime (a call out of the optimised loop per
 * record, the hash then stored in the string), then compares it with the stored key; here the
 * hash is a loop the JIT inlines into the fold. W3's words folded into 50,000 keys
 * (bench/diagnostics/w3-fold-shape.ts): about 40 % less CPU than `Map.get` (bench/README.md,
 * "A string table for the fold"). Slots are numbered in order of arrival, so what a fold holds
 * does not depend on the hash; the seed is random per process, so that keys chosen to collide
 * cannot be prepared in advance.
 */

/** The table never gets fuller than this share (probe sequences stay short). */
const MAX_LOAD = 0.5;
const EMPTY = -1;
const SEED = (Math.random() * 0x1_0000_0000) >>> 0;

/** FNV-1a of `s`'s UTF-16 code units from the per-process seed. */
export function stringHash(s: string): number {
  let h = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Fold the high bits in: the table is indexed by the low ones.
  return (h ^ (h >>> 15)) | 0;
}

export class StringSlots {
  /**
   * Two Int32 per entry: a slot (an index into `keys`, or EMPTY) and its key's hash, so that
   * growing never reads a key again (50,000 keys scattered in the heap: ~20 ms a run on W3) and
   * a probe past another key compares two numbers, not two strings. Entries: a power of two.
   */
  private table = new Int32Array(2 * 1024).fill(EMPTY);
  private count = 0;

  /** `keys`: per slot, its key; the slots of strings this table holds have their string there. */
  constructor(private readonly keys: readonly unknown[]) {}

  get size(): number {
    return this.count;
  }

  /** The slot of `key`, or -1 when it has none. */
  get(key: string): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    const keys = this.keys;
    const hash = stringHash(key);
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = table[2 * i]!;
      if (slot === EMPTY || (table[2 * i + 1] === hash && keys[slot] === key)) return slot;
    }
  }

  /** Records that `key` (not in the table, already at `keys[slot]`) has slot `slot`. */
  add(key: string, slot: number): void {
    if (this.count + 1 > (this.table.length >> 1) * MAX_LOAD) this.grow();
    insert(this.table, stringHash(key), slot);
    this.count++;
  }

  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2).fill(EMPTY);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== EMPTY) insert(table, old[i + 1]!, old[i]!);
    this.table = table;
  }
}

/** Puts `slot` with `hash` in the first free entry from the hash's own. */
function insert(table: Int32Array, hash: number, slot: number): void {
  const mask = (table.length >> 1) - 1;
  let i = hash & mask;
  while (table[2 * i] !== EMPTY) i = (i + 1) & mask;
  table[2 * i] = slot;
  table[2 * i + 1] = hash;
}
