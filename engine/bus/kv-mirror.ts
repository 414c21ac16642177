/**
 * The live keys of a KV watch (Bus `KvBucket.watch`), as both buses report them. A watch reads the
 * bucket's last entry per key (a snapshot: `reload`, `saw` each, `caughtUp`), then follows what
 * changes (`saw` each). A snapshot taken again after a reconnect is compared with what was known:
 * only keys that changed are reported, and keys missing from it as deleted.
 */
import type { KvChange, KvEntry, KvWatch } from "./bus.js";

export class KvMirror {
  readonly #live = new Map<string, KvEntry>();
  /** The snapshot being read, by key (undefined: a delete or purge marker); undefined when following. */
  #snapshot: Map<string, KvEntry | undefined> | undefined;
  #stopped = false;
  readonly #firstCaughtUp: Promise<void>;
  #resolveFirst: () => void = () => {};

  constructor(private readonly onChange: (change: KvChange) => void) {
    this.#firstCaughtUp = new Promise((resolve) => (this.#resolveFirst = resolve));
  }

  /** Resolves when the first snapshot is read. */
  get ready(): Promise<void> {
    return this.#firstCaughtUp;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** A snapshot of the bucket starts (a new consumer from each key's last entry). */
  reload(): void {
    this.#snapshot = new Map();
  }

  /** A key's entry, or undefined for a delete or purge marker, in the bucket's order. */
  saw(key: string, entry: KvEntry | undefined): void {
    if (this.#stopped) return;
    if (this.#snapshot) this.#snapshot.set(key, entry);
    else this.#apply(key, entry);
  }

  /** The snapshot is read: what differs from what was known is reported. Again later: nothing. */
  caughtUp(): void {
    const snapshot = this.#snapshot;
    if (!snapshot || this.#stopped) return;
    this.#snapshot = undefined;
    for (const [key, entry] of snapshot) this.#apply(key, entry);
    for (const key of [...this.#live.keys()]) if (!snapshot.has(key)) this.#apply(key, undefined);
    this.#resolveFirst();
  }

  /** The watch a bus hands out; `stop` also ends what feeds this mirror. */
  handle(stopFeed: () => void): KvWatch {
    return {
      current: () => this.#live,
      stop: () => {
        this.#stopped = true;
        stopFeed();
      },
    };
  }

  #apply(key: string, entry: KvEntry | undefined): void {
    if (!entry) {
      if (this.#live.delete(key)) this.#report({ key, entry: undefined });
      return;
    }
    // A snapshot taken again repeats what was known: not a change.
    if (this.#live.get(key)?.revision === entry.revision) return;
    this.#live.set(key, entry);
    this.#report({ key, entry });
  }

  #report(change: KvChange): void {
    try {
      this.onChange(change);
    } catch (err) {
      process.stderr.write(`weft bus: a KV watch handler threw on "${change.key}": ${(err as Error).message}\n`);
    }
  }
}
