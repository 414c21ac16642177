/**
 * The entries of a KV watch, decoded: each revision of a key is decoded once, not at every look
 * (a reader looks at its view every second, and at each change).
 */
import type { KvEntry, KvWatch } from "./bus.js";

export interface KvDecodedView<T> {
  /** Every live key's value, in the watch's order. */
  all(): T[];
  get(key: string): T | undefined;
  stop(): void;
}

export function decodedView<T>(watch: KvWatch, decode: (key: string, value: Uint8Array) => T): KvDecodedView<T> {
  const decoded = new Map<string, { revision: number; value: T }>();
  const read = (key: string, e: KvEntry): T => {
    const had = decoded.get(key);
    if (had?.revision === e.revision) return had.value;
    const value = decode(key, e.value);
    decoded.set(key, { revision: e.revision, value });
    return value;
  };
  return {
    all: () => {
      const current = watch.current();
      for (const key of decoded.keys()) if (!current.has(key)) decoded.delete(key);
      return [...current].map(([key, e]) => read(key, e));
    },
    get: (key) => {
      const e = watch.current().get(key);
      return e ? read(key, e) : undefined;
    },
    stop: () => watch.stop(),
  };
}
