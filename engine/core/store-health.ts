/**
 * Whether JetStream stores what this coordinator writes (run events, run records, and while the
 * store is full a probe every 1.5 s, so it is learnt when the store has room again though
 * nothing else is written). With its storage full (max_file_store reached, or the disk of its store_dir) every
 * write is refused with "insufficient resources": runs cannot move, and used to stall silently
 * (issue 19 item 6). This pure core tells the coordinator when the store became full (say why,
 * and put a notice on each unfinished run) and when writes are stored again (take the notices
 * back: the runs go on where they were, nothing was lost).
 */
import { ErrorCode } from "../errors.js";

/** Told of the outcome of each JetStream write of the coordinator (DurablePublisher, RunRecorder, StoreAlarm's probe). */
export interface StoreWatch {
  stored(): void;
  failed(err: unknown): void;
}

export type StoreFull = { type: "store.full"; detail: string };
export type StoreRecovered = { type: "store.recovered"; fullForMs: number };

/**
 * How long writes must go without a refusal before the store counts as having room again: a
 * full store still takes a write now and then (a KV update frees its older revision), which
 * is not room for the runs.
 */
export const ROOM_AGAIN_AFTER_MS = 3000;

export class StoreHealth {
  private fullSince: number | undefined;
  private lastRefusal = 0;
  private detail = "";

  /** Since when the store refuses writes, and what the server said (undefined: it stores them). */
  get full(): { since: number; detail: string } | undefined {
    return this.fullSince === undefined ? undefined : { since: this.fullSince, detail: this.detail };
  }

  /** A write of this coordinator was stored. */
  stored(at: number): StoreRecovered | undefined {
    if (this.fullSince === undefined || at - this.lastRefusal < ROOM_AGAIN_AFTER_MS) return undefined;
    const fullForMs = at - this.fullSince;
    this.fullSince = undefined;
    return { type: "store.recovered", fullForMs };
  }

  /** A write of this coordinator failed; only a full store counts (other failures are retried as they were). */
  failed(err: unknown, at: number): StoreFull | undefined {
    if ((err as { code?: string } | undefined)?.code !== ErrorCode.StorageFull) return undefined;
    this.detail = (err as Error).message;
    this.lastRefusal = at;
    if (this.fullSince !== undefined) return undefined;
    this.fullSince = at;
    return { type: "store.full", detail: this.detail };
  }
}

/** Why a run is stalled, in words that say where and what to do. */
export function storageFullNotice(detail: string): string {
  return (
    `stalled: JetStream storage on the NATS server is full, so nothing of this run can be recorded and it waits (${detail}). ` +
    `Free space on the disk of the server's JetStream store_dir, or raise its jetstream max_file_store and restart nats-server, ` +
    `or remove old data (run logs older than needed, unused bundles): the run goes on by itself once writes are stored again, nothing of it is lost.`
  );
}
