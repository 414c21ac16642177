/**
 * Per-operator figures of a streaming job: records in and out, the watermark, source lag (how
 * far the newest event read trails the wall clock) and backpressure (time a source waited for
 * credit). Each process publishes its operators' figures to the metrics bucket every second;
 * `weft status JOB` reads them and prints rates.
 */
import type { Bus } from "../bus/bus.js";
import { STREAM_METRICS_BUCKET } from "./stream-subjects.js";

export class OperatorFigures {
  recordsIn = 0;
  recordsOut = 0;
  watermark: number | null = null;
  lagMs: number | null = null;
  backpressureMs = 0;
}

/** One operator's published figures, with per-second rates over the last interval. */
export interface OperatorStatus {
  readonly job: string;
  readonly operator: string;
  readonly at: number;
  readonly recordsIn: number;
  readonly recordsOut: number;
  readonly inPerSec: number;
  readonly outPerSec: number;
  readonly watermark: number | null;
  readonly lagMs: number | null;
  readonly backpressureMs: number;
}

export class FigureBook {
  private readonly ops = new Map<string, OperatorFigures>();
  private last = new Map<string, { at: number; in: number; out: number }>();

  constructor(private readonly job: string) {}

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
        operator,
        at: now,
        recordsIn: f.recordsIn,
        recordsOut: f.recordsOut,
        inPerSec: prev ? Math.round((f.recordsIn - prev.in) / secs) : 0,
        outPerSec: prev ? Math.round((f.recordsOut - prev.out) / secs) : 0,
        watermark: f.watermark,
        lagMs: f.lagMs,
        backpressureMs: Math.round(f.backpressureMs),
      });
      this.last.set(operator, { at: now, in: f.recordsIn, out: f.recordsOut });
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

/** Every published figure of `job`, summed per operator across processes. */
export async function readJobStatus(bus: Bus, job: string): Promise<OperatorStatus[]> {
  const kv = await bus.kv(STREAM_METRICS_BUCKET, { maxAgeMs: 3_600_000 });
  const dec = new TextDecoder();
  const byOp = new Map<string, OperatorStatus>();
  for (const key of await kv.keys()) {
    if (!key.startsWith(`${job}.`)) continue;
    const e = await kv.get(key);
    if (!e) continue;
    const s = JSON.parse(dec.decode(e.value)) as OperatorStatus;
    const had = byOp.get(s.operator);
    byOp.set(
      s.operator,
      had
        ? {
            ...had,
            recordsIn: had.recordsIn + s.recordsIn,
            recordsOut: had.recordsOut + s.recordsOut,
            inPerSec: had.inPerSec + s.inPerSec,
            outPerSec: had.outPerSec + s.outPerSec,
            watermark: had.watermark === null || s.watermark === null ? (had.watermark ?? s.watermark) : Math.min(had.watermark, s.watermark),
            lagMs: Math.max(had.lagMs ?? 0, s.lagMs ?? 0),
            backpressureMs: had.backpressureMs + s.backpressureMs,
            at: Math.max(had.at, s.at),
          }
        : s,
    );
  }
  return [...byOp.values()];
}
