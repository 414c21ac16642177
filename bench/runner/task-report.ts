/**
 * The JSON line of W1 and W2 (bench/README.md, "The JSON line"): the scheduler's rate, what
 * crossed NATS in all (the tap), the coordinator process's memory, the engine's edge totals.
 */
import type { Ready } from "./catalog.js";
import { edgeTotals } from "./edges.js";
import type { BenchArgs } from "./bench-args.js";
import { MB, round } from "./numbers.js";
import type { Session } from "./session.js";
import { TAP_CLASSES, totalOf } from "./tap.js";

/** The line's fields after the common ones (workload, system, params, stack). */
export function taskReport(args: BenchArgs, ready: Ready, s: Session): Record<string, unknown> {
  const { rep, runs, traffic } = s;
  const total = traffic ? totalOf(traffic) : undefined;
  const edges = rep.edges.length ? rep.edges : undefined;
  const crossing = s.crossing ? s.crossing.length : null;
  return {
    wall_s: round(s.wallS, 6),
    [args.workload.rateField]: ready.rate(s.wallS),
    checksum: rep.answer,
    expected: ready.expected,
    ok: runs.every((m) => ready.check(m.answer)),
    nats_msgs: total ? total.msgs : null,
    nats_bytes: total ? total.bytes : null,
    // The engine's estimate of what was handed over in memory (sum over the run's edges);
    // 0 with local_bytes_source "not-exposed" when the engine does not report edges.
    local_bytes: edges ? edgeTotals(edges).local_bytes : 0,
    local_bytes_source: edges ? "engine-edge-estimate" : "not-exposed",
    startup_s: round(s.startupS, 3),
    ...(args.workload.id === "W2" ? { cross_worker_hops: crossing } : { cross_worker_edges: crossing }),
    coordinator_peak_rss_mb: rep.rss ? round(rep.rss.peakBytes / MB, 1) : null,
    coordinator_rss_before_mb: rep.rss ? round(rep.rss.beforeBytes / MB, 1) : null,
    repeat: args.repeat,
    runs_s: runs.map((m) => round(m.wallS, 6)),
    checksums: runs.map((m) => m.answer),
    warmup_runs: s.warmupS.length,
    warmup_s: s.warmupS.map((w) => round(w, 4)),
    slots: s.stack.coordinator.workers()[0]?.slots ?? null,
    nats_breakdown: traffic ? Object.fromEntries(TAP_CLASSES.map((k) => [k, traffic[k]])) : null,
    // The engine's own per-edge accounting (terminal run event), summed; listed when short.
    engine_edge_totals: edges ? edgeTotals(edges) : null,
    ...(edges && edges.length <= 20 ? { engine_edges: edges } : {}),
    client_bus: rep.client,
    ...(rep.timeline ? { timeline: rep.timeline } : {}),
  };
}
