/**
 * Keys of shuffled records: which partition a key goes to (FNV-1a 32-bit over the key's
 * text, so string keys land where W3's spec puts them: fnv1a32(word) % partitions), and the
 * identity a key has in a Map (primitives as they are, anything else by its JSON text).
 */

/** FNV-1a, 32-bit, over the UTF-16 code units of `text` (its ASCII bytes for ASCII text). */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The partition of `key` among `partitions`. */
export function partitionOfKey(key: unknown, partitions: number): number {
  const text = typeof key === "string" ? key : typeof key === "number" || typeof key === "boolean" ? String(key) : JSON.stringify(key);
  return fnv1a32(text) % partitions;
}

/** What identifies a key in a Map: primitives compare by value, objects by their JSON. */
export function keyIdentity(key: unknown): unknown {
  return typeof key === "object" && key !== null ? JSON.stringify(key) : key;
}
