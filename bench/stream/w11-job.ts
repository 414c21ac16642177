/**
 * What both sides of W11 share (bench/stream/w11.ts runs them, w11-worker.ts is a worker process
 * of the job): the events, the kernel, the job's workflow and settings, and the clock that notes
 * when the watermark passed each window's end.
 */
import { DEFAULT_KEY_GROUPS, keyGroupOf, keyText, ownerOfKeyGroup } from "../../engine/core/stream/key-groups.js";
import type { StreamSettings } from "../../engine/stream/task-env.js";
import type { WindowResult } from "../../model/stream.js";
import { jetstream, stream, toFunction, tumbling } from "../../sdk/index.js";

export const STREAM = "BENCH_W11";
/** The stream's subjects: `bench.w11.events.P`, one per partition (its producer partitions by key). */
export const SUBJECTS = "bench.w11.events.*";
export const partitionSubject = (p: number) => `bench.w11.events.${p}`;
/** What source partition p of the job reads on `workers` processes: its own subject. */
const PARTITIONED = "bench.w11.events.{partition}";
export const T0 = 1_767_225_600_000;
/** Records per batch on the weft side, and messages per pull from the stream on both sides (the same read). */
export const BATCH = 2000;

export interface Event {
  k: string;
  v: number;
  t: number;
}

export type CountSum = { n: number; s: number };
export type Result = WindowResult<string, CountSum>;

export const eventAt = (i: number, keys: number): Event => ({ k: `k${(i * 7919) % keys}`, v: i % 100, t: T0 + Math.floor(i / 10) });

export const countSum = {
  zero: (): CountSum => ({ n: 0, s: 0 }),
  add: (a: CountSum, e: Event) => {
    a.n++;
    a.s += e.v;
    return a;
  },
  merge: (a: CountSum, b: CountSum) => ({ n: a.n + b.n, s: a.s + b.s }),
};

/** Milliseconds on a clock every process of the run shares (latencies cross processes). */
export const now = (): number => performance.timeOrigin + performance.now();

/** When the source first read an event at or past each second (the watermark passing the window ending there). */
export class WatermarkClock {
  private next = Math.floor(T0 / 1000) * 1000 + 1000;
  readonly passed = new Map<number, number>();
  note(t: number): void {
    while (t >= this.next) {
      this.passed.set(this.next, now());
      this.next += 1000;
    }
  }
}

/**
 * The partition an event goes to: the window slot that owns its key's group, as a producer that
 * partitions by key (Kafka's default) does when the job's parallelism matches the partitions:
 * each worker then reads only the keys it owns, and no record crosses between workers.
 */
export const partitionOfKey = (k: string, partitions: number) => ownerOfKeyGroup(keyGroupOf(keyText(k) as string, DEFAULT_KEY_GROUPS), DEFAULT_KEY_GROUPS, partitions);

/**
 * The streaming job: every event's time noted as the source reads it, results handed to `sink`.
 * `partitioned`: source partition p reads subject p (worker processes); else one source reads them all.
 */
export function w11Workflow(noteTime: (t: number) => void, sink: (rs: Result[]) => void, partitioned = false) {
  return stream("w11", (s) =>
    s
      .source("events", jetstream<Event>(STREAM, partitioned ? PARTITIONED : SUBJECTS), {
        timestamp: (e) => {
          noteTime(e.t);
          return e.t;
        },
      })
      .filter("data", (e) => e.k !== "end")
      .keyBy((e) => e.k)
      .window(tumbling("1s"))
      .aggregate("count-sum", countSum)
      .sink("out", toFunction<Result>(sink)),
  );
}

/** The job's settings: `workers` window slots fed by `partitions` source partitions; checkpoints every 2 s (the default). */
export const w11Settings = (workers: number, partitions: number): Partial<StreamSettings> => ({ workers, partitions, batchSize: BATCH, batchMs: 20, credits: 16 });
