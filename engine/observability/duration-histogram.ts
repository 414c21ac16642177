/**
 * A duration histogram kept as a bucket array: `observe` is a short loop and three additions,
 * with no allocation and no label lookup, so one per task attempt costs next to nothing on a
 * 100k-task fan-out. Its Prometheus samples are made when scraped (see scraped-metric.ts).
 */
import type { Sample } from "./scraped-metric.js";

/** Upper bounds in seconds: from a millisecond task to a five-minute one. */
export const DURATION_BUCKETS_S: readonly number[] = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

export class DurationHistogram {
  /** counts[i]: observations in (bounds[i-1], bounds[i]]; the last one: above every bound. */
  private readonly counts: Float64Array;
  private sumS = 0;
  private total = 0;

  constructor(private readonly boundsS: readonly number[] = DURATION_BUCKETS_S) {
    this.counts = new Float64Array(boundsS.length + 1);
  }

  get count(): number {
    return this.total;
  }

  /** One observation of `ms` milliseconds. */
  observeMs(ms: number): void {
    const s = ms / 1000;
    const bounds = this.boundsS;
    let i = 0;
    while (i < bounds.length && s > bounds[i]!) i++;
    this.counts[i]!++;
    this.sumS += s;
    this.total++;
  }

  /** Its samples as Prometheus wants them: cumulative `_bucket`s with `le`, `_sum`, `_count`. */
  samples(name: string, labels: Readonly<Record<string, string>>): Sample[] {
    const out: Sample[] = [];
    let cumulative = 0;
    for (let i = 0; i < this.boundsS.length; i++) {
      cumulative += this.counts[i]!;
      out.push({ metricName: `${name}_bucket`, labels: { ...labels, le: this.boundsS[i]! }, value: cumulative });
    }
    out.push({ metricName: `${name}_bucket`, labels: { ...labels, le: "+Inf" }, value: this.total });
    out.push({ metricName: `${name}_sum`, labels, value: this.sumS });
    out.push({ metricName: `${name}_count`, labels, value: this.total });
    return out;
  }
}
