/**
 * A Prometheus metric whose samples are read when it is scraped, from plain fields the engine
 * keeps anyway (a pool's `waiting`, a bus's byte counters, a histogram's bucket array): nothing
 * is done on the hot path for it. prom-client's registry asks each metric for `get()` and
 * formats what it returns; this is that interface, without prom-client's per-call label hashing.
 */
import type { Metric, Registry } from "prom-client";

export type MetricType = "counter" | "gauge" | "histogram";

/** One sample: its labels, its value, and for a histogram's parts the series name (`x_bucket`). */
export interface Sample {
  readonly labels: Readonly<Record<string, string | number>>;
  readonly value: number;
  readonly metricName?: string;
}

export interface ScrapedMetricSpec {
  /** The metric's name (a counter's ends in `_total`). */
  readonly name: string;
  readonly help: string;
  readonly type: MetricType;
}

/** Registers `spec` on `registry`; `read()` gives its samples at each scrape. */
export function registerScraped(registry: Registry, spec: ScrapedMetricSpec, read: () => Sample[]): void {
  const metric = {
    name: spec.name,
    help: spec.help,
    type: spec.type,
    aggregator: "sum",
    get: () => ({ name: spec.name, help: spec.help, type: spec.type, aggregator: "sum", values: read() }),
  };
  // The registry only calls name and get(); its TypeScript type names prom-client's classes.
  registry.registerMetric(metric as unknown as Metric);
}
