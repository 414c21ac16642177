/**
 * Per-operator figures of a streaming job: records in and out, the watermark, source lag (how
 * far the newest event read trails the wall clock), backpressure (time a source waited for
 * credit), late records and dead letters. Each process publishes its operators' figures to the
 * metrics bucket every second; `weft status JOB` and the web view read them (stream-status.ts).
 * In and out mean the same for every operator: records that entered it, and records it handed on
 * (a source: read, and passed to the window; a window: records that reached it, and results; a
 * sink: records written). The figures are the running epoch's: they start from 0 when the job
 * starts again, as Flink's task metrics do (what the sinks wrote stays).
 */
import type { Bus } from "../bus/bus.js";
import { STREAM_METRICS_BUCKET } from "./stream-subjects.js";

export class OperatorFigures {
  /** Records that entered the operator (dead letters given up before it did not). */
  recordsIn = 0;
  /** Records it handed on (its main output: not late records, not dead letters). */
  recordsOut = 0;
  watermark: number | null = null;
  lagMs: number | null = null;
  backpressureMs = 0;
  /** Records that came after their window closed (sent to the late side output, or dropped without one). */
  lateRecords = 0;
  /** Records this operator could not handle (sent to the dead-letter output). */
  deadLetters = 0;
}

/** Figures older than this are a process that stopped publishing (a stopped job, a lost worker): its rates count as 0. */
export const STALE_AFTER_MS = 3500;

/** One operator's published figures, with per-second rates over the last interval. */
export interface OperatorStatus {
  readonly job: string;
  /** The job's epoch the figures are of (0: published before epochs were). */
  readonly epoch: number;
  readonly operator: string;
  readonly at: number;
  readonly recordsIn: number;
  readonly recordsOut: number;
  readonly inPerSec: number;
  readonly outPerSec: number;
  readonly watermark: number | null;
  readonly lagMs: number | null;
  readonly backpressureMs: number;
  /** Time waited for credit per second of the last interval (1000: blocked throughout). */
  readonly backpressureMsPerSec: number;
  readonly lateRecords: number;
  readonly deadLetters: number;
}

export class FigureBook {
  private readonly ops = new Map<string, OperatorFigures>();
  private last = new Map<string, { at: number; in: number; out: number; waited: number }>();

  constructor(
    private readonly job: string,
    private readonly epoch: number,
  ) {}

  of(operator: string): OperatorFigures {
    let f = this.ops.get(operator);
    if (!f) this.ops.set(operator, (f = new OperatorFigures()));
    return f;
  }

  statuses(now: number): OperatorStatus[] {
    const out: OperatorStatus[] = [];
    for (const [operator, f] of this.ops) {
      const prev = this.last.get(operator);
      const secs = prev ? Math.max(0.001, (now - prev.at) / 1000) : 1;
      out.push({
        job: this.job,
        epoch: this.epoch,
        operator,
        at: now,
        recordsIn: f.recordsIn,
        recordsOut: f.recordsOut,
        inPerSec: prev ? Math.round((f.recordsIn - prev.in) / secs) : 0,
        outPerSec: prev ? Math.round((f.recordsOut - prev.out) / secs) : 0,
        watermark: f.watermark,
        lagMs: f.lagMs,
        backpressureMs: Math.round(f.backpressureMs),
        backpressureMsPerSec: prev ? Math.min(1000, Math.round((f.backpressureMs - prev.waited) / secs)) : 0,
        lateRecords: f.lateRecords,
        deadLetters: f.deadLetters,
      });
      this.last.set(operator, { at: now, in: f.recordsIn, out: f.recordsOut, waited: f.backpressureMs });
    }
    return out;
  }

  /** Publishes the figures (key `job.operator.process`), so several processes' tasks sum up. */
  async publish(bus: Bus, process: string, now: number): Promise<void> {
    const kv = await bus.kv(STREAM_METRICS_BUCKET, { maxAgeMs: 3_600_000 });
    const enc = new TextEncoder();
    await Promise.all(this.statuses(now).map((s) => kv.put(`${this.job}.${s.operator.replace(/[^A-Za-z0-9_-]/g, "_")}.${process}`, enc.encode(JSON.stringify(s)))));
  }
}

/** Two processes' figures of one operator as one. */
function sum(had: OperatorStatus, s: OperatorStatus): OperatorStatus {
  return {
    ...had,
    recordsIn: had.recordsIn + s.recordsIn,
    recordsOut: had.recordsOut + s.recordsOut,
    inPerSec: had.inPerSec + s.inPerSec,
    outPerSec: had.outPerSec + s.outPerSec,
    watermark: had.watermark === null || s.watermark === null ? (had.watermark ?? s.watermark) : Math.min(had.watermark, s.watermark),
    // Only sources have a lag: an operator without one stays null, not 0.
    lagMs: had.lagMs === null && s.lagMs === null ? null : Math.max(had.lagMs ?? 0, s.lagMs ?? 0),
    backpressureMs: had.backpressureMs + s.backpressureMs,
    // A fraction of time waited: the most-blocked process's, not a sum over processes.
    backpressureMsPerSec: Math.max(had.backpressureMsPerSec, s.backpressureMsPerSec),
    lateRecords: had.lateRecords + s.lateRecords,
    deadLetters: had.deadLetters + s.deadLetters,
    at: Math.max(had.at, s.at),
  };
}

/**
 * The published figures of `job`'s latest epoch, summed per operator across processes: an
 * older epoch's (before a restart or a deploy from a savepoint, maybe on other workers) are
 * not the running job's. A process that published nothing for STALE_AFTER_MS before `now` (a
 * stopped job) adds its totals but no rate, and its watermark and lag count only when no live
 * process has the operator (a stopped job shows where it stopped).
 */
export async function readJobStatus(bus: Bus, job: string, now: number): Promise<OperatorStatus[]> {
  const kv = await bus.kv(STREAM_METRICS_BUCKET, { maxAgeMs: 3_600_000 });
  const dec = new TextDecoder();
  const published: OperatorStatus[] = [];
  for (const key of await kv.keys(`${job}.>`)) {
    const e = await kv.get(key);
    if (!e) continue;
    // Figures published before late and dead counts and epochs existed read as 0.
    const read = JSON.parse(dec.decode(e.value)) as Partial<OperatorStatus> & Omit<OperatorStatus, "epoch" | "backpressureMsPerSec" | "lateRecords" | "deadLetters">;
    // A job named `${job}.x` is not this one.
    if (read.job === job) published.push({ epoch: 0, backpressureMsPerSec: 0, lateRecords: 0, deadLetters: 0, ...read });
  }
  const epoch = Math.max(0, ...published.map((s) => s.epoch));
  const byOp = new Map<string, { live?: OperatorStatus; stale?: OperatorStatus }>();
  for (const s of published) {
    if (s.epoch !== epoch) continue;
    const op = byOp.get(s.operator) ?? {};
    if (now - s.at > STALE_AFTER_MS) {
      const still: OperatorStatus = { ...s, inPerSec: 0, outPerSec: 0, backpressureMsPerSec: 0 };
      op.stale = op.stale ? sum(op.stale, still) : still;
    } else op.live = op.live ? sum(op.live, s) : s;
    byOp.set(s.operator, op);
  }
  return [...byOp.values()].map(({ live, stale }) => {
    if (!live || !stale) return (live ?? stale) as OperatorStatus;
    const both = sum(live, stale);
    return { ...both, watermark: live.watermark, lagMs: live.lagMs };
  });
}
