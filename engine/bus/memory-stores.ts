/**
 * The stores behind MemoryBus: a KV bucket (revisions, delete markers, age limit) and a stream
 * (stored messages, age limit, followers replaying them). Data only: MemoryBroker moves
 * messages between them and its connections.
 */

/** What a follower's connection does for it: runs its handler the way the connection runs any. */
export interface StreamReader {
  runHandler(subject: string, fn: () => void): void;
}

export interface KvRecord {
  /** undefined for a delete marker. */
  readonly value: Uint8Array | undefined;
  readonly revision: number;
  readonly time: number;
}

export class MemKv {
  seq = 0;
  readonly records = new Map<string, KvRecord>();
  /** Told of every write (a put, or a delete marker), after it is stored. */
  readonly watchers = new Set<(key: string, record: KvRecord) => void>();
  constructor(readonly maxAgeMs: number | undefined) {}

  /** The key's last record (live or delete marker), or undefined once it aged out. */
  last(key: string): KvRecord | undefined {
    const r = this.records.get(key);
    if (r && this.maxAgeMs !== undefined && Date.now() - r.time >= this.maxAgeMs) {
      this.records.delete(key);
      return undefined;
    }
    return r;
  }

  write(key: string, value: Uint8Array | undefined): number {
    const revision = ++this.seq;
    const record = { value, revision, time: Date.now() };
    this.records.set(key, record);
    for (const w of this.watchers) w(key, record);
    return revision;
  }
}

export interface StoredMsg {
  readonly seq: number;
  readonly subject: string;
  readonly data: Uint8Array;
  readonly time: number;
}

export interface Follower {
  readonly filter: string;
  readonly handler: (data: Uint8Array, subject: string, seq: number) => void;
  readonly conn: StreamReader;
  nextSeq: number;
  scheduled: boolean;
  stopped: boolean;
}

export class MemStream {
  readonly msgs: StoredMsg[] = [];
  lastSeq = 0;
  readonly followers = new Set<Follower>();
  constructor(
    readonly subjects: readonly string[],
    readonly maxAgeMs: number | undefined,
  ) {}

  prune(): void {
    if (this.maxAgeMs === undefined) return;
    const cutoff = Date.now() - this.maxAgeMs;
    let n = 0;
    while (n < this.msgs.length && this.msgs[n]!.time <= cutoff) n++;
    if (n > 0) this.msgs.splice(0, n);
  }
}
