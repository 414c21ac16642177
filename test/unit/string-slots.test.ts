/**
 * string-slots.ts: the string table of a keyed fold's dictionary. Slots come back for equal
 * strings made separately (not only the same object), across the table's growth, and strings
 * that differ (by one letter, by case, a prefix, the empty string) never share a slot.
 */
import assert from "node:assert/strict";
import { StringSlots, stringHash } from "../../engine/worker/stages/string-slots.js";

/** A table over its own keys array, with `add` doing what key-fold.ts's stringSlotFor does. */
function table() {
  const keys: unknown[] = [];
  const slots = new StringSlots(keys);
  const slotOf = (s: string): number => {
    let slot = slots.get(s);
    if (slot < 0) {
      slot = keys.length;
      keys.push(s);
      slots.add(s, slot);
    }
    return slot;
  };
  return { keys, slots, slotOf };
}

describe("StringSlots", () => {
  it("finds each of 100,000 distinct strings again after the table has grown, by content, with no collision", () => {
    const { keys, slots, slotOf } = table();
    const words = Array.from({ length: 100_000 }, (_, i) => `w${i.toString(36)}`);
    for (const w of words) slotOf(w);
    assert.equal(slots.size, 100_000);
    assert.equal(keys.length, 100_000);
    for (let i = 0; i < words.length; i++) {
      // A string equal to the key but made anew (as a tokeniser makes each word).
      const again = ["w", i.toString(36)].join("");
      assert.equal(slots.get(again), i);
    }
    assert.equal(slots.get("not a key"), -1);
  });

  it("keeps strings that differ by case, by a letter, as a prefix or the empty string apart", () => {
    const { slotOf, keys } = table();
    const ks = ["", "a", "A", "ab", "ba", "abc", "ab\u0000", "é", "e\u0301"];
    const slots = ks.map(slotOf);
    assert.deepEqual(slots, ks.map((_, i) => i));
    assert.deepEqual(ks.map(slotOf), slots, "each found again");
    assert.deepEqual(keys, ks);
  });

  it("two strings with the same hash get two slots (a key is compared, not only its hash)", () => {
    // 400,000 strings over 32-bit hashes hold ~18 equal pairs (none: a chance of about 1e-8).
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    let x = 12345;
    for (let i = 0; !pair && i < 400_000; i++) {
      let s = "";
      for (let c = 0; c < 8; c++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        s += String.fromCharCode(97 + (x >>> 16) % 26); // 8 letters from an LCG
      }
      const h = stringHash(s);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, s];
      else seen.set(h, s);
    }
    assert.ok(pair, "a pair of strings with one hash");
    const { slotOf, keys } = table();
    assert.deepEqual([slotOf(pair[0]), slotOf(pair[1]), slotOf(pair[0]), slotOf(pair[1])], [0, 1, 0, 1]);
    assert.deepEqual(keys, pair);
  });
});
