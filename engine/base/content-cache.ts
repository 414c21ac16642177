/**
 * Values made from bytes, kept by the bytes' content (sha256): the same graph arrives with
 * every run of a workflow, and decoding or planning it again costs milliseconds at 1000 nodes.
 * Bounded: the least recently used entry goes. What it returns is shared by every caller with
 * the same bytes and must not be changed.
 */
import { createHash } from "node:crypto";

export class ContentCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly max = 32) {}

  /** The digest that keys `bytes`. */
  static keyOf(bytes: Uint8Array): string {
    return createHash("sha256").update(bytes).digest("base64url");
  }

  /** The value for `key`, made by `make` (and kept) on a miss; a `make` that throws keeps nothing. */
  get(key: string, make: () => T): T {
    let value = this.entries.get(key);
    if (value !== undefined) this.entries.delete(key); // put back below, as the most recent
    else value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
