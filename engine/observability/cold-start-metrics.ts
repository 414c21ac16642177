/**
 * A worker's cold start as Prometheus gauges (engine/worker/cold-start.ts):
 * weft_worker_cold_start_seconds{phase="process_start"|"nats_connect"|"serve"|"first_task"} and
 * weft_worker_bundle_load_seconds{bundle, step="fetch"|"import", prewarmed}.
 */
import type { Registry } from "prom-client";
import type { ColdStart } from "../worker/cold-start.js";
import { registerScraped, type Sample } from "./scraped-metric.js";

export function registerColdStartMetrics(registry: Registry, coldStart: ColdStart): void {
  registerScraped(
    registry,
    {
      name: "weft_worker_cold_start_seconds",
      help: "This worker's start, by phase: process_start (node and the CLI loaded), nats_connect, serve (subscribed, first heartbeat), first_task (the first task's run time).",
      type: "gauge",
    },
    () => {
      const out: Sample[] = [];
      const p = coldStart.phases;
      if (p) {
        out.push({ labels: { phase: "process_start" }, value: p.processStartMs / 1000 });
        out.push({ labels: { phase: "nats_connect" }, value: p.natsConnectMs / 1000 });
        out.push({ labels: { phase: "serve" }, value: p.serveMs / 1000 });
      }
      if (coldStart.firstTask) out.push({ labels: { phase: "first_task" }, value: coldStart.firstTask.runMs / 1000 });
      return out;
    },
  );
  registerScraped(
    registry,
    { name: "weft_worker_bundle_load_seconds", help: "Per bundle loaded here (once per process): its fetch from the object store and its import.", type: "gauge" },
    () =>
      coldStart.bundles.flatMap((b) => [
        { labels: { bundle: b.bundle.slice(0, 12), step: "fetch", prewarmed: String(b.prewarmed) }, value: b.fetchMs / 1000 },
        { labels: { bundle: b.bundle.slice(0, 12), step: "import", prewarmed: String(b.prewarmed) }, value: b.importMs / 1000 },
      ]),
  );
}
