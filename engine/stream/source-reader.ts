/** What every reader of a streaming source does (engine/stream/source-readers.ts makes them). */
import type { Clock } from "../base/clock.js";

/** Where a reader runs: its job, and its partition of the source. */
export interface ReaderPlace {
  readonly job: string;
  readonly partition: number;
  readonly partitions: number;
  readonly clock: Clock;
  readonly say: (line: string) => void;
  /** The source cannot be read any more (a JetStream stream deleted): the job's epoch fails. */
  readonly fail: (reason: string) => void;
}

/**
 * A reader's position: where a restore reads on from, as its checkpoint stores it. A number for
 * a generator (records made), JetStream (the next sequence) and MQTT (records read); the text
 * `TXID:POSITION` for PostgreSQL (the outbox cursor). 0 is the start for every kind.
 */
export type SourceOffset = number | string;

/** A record read (or a payload that is not JSON: `bad` says why), and the position after it. */
export type Deliver = (record: unknown, position: SourceOffset, bad?: string) => void;

export interface SourceReader {
  /** Starts at `position` (the partition's next record; 0 for the start). */
  start(position: SourceOffset, deliver: Deliver, ended: () => void): Promise<void>;
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
  /**
   * A completed checkpoint covers everything up to `position`: the source system may forget it.
   * Only sources that keep records for weft have anything to do (the PostgreSQL outbox deletes
   * them); the others are never told anything was consumed.
   */
  committed?(position: SourceOffset): void;
}
