/**
 * The NATS traffic of a process's connection as Prometheus counters, read from Bus.stats() when
 * scraped (the bus counts every message anyway).
 */
import type { Registry } from "prom-client";
import type { Bus } from "../bus/bus.js";
import { registerScraped } from "./scraped-metric.js";

export function registerBusMetrics(registry: Registry, bus: Bus): void {
  registerScraped(registry, { name: "weft_nats_messages_total", help: "Messages this process sent (out) and received (in) on its NATS connection.", type: "counter" }, () => {
    const s = bus.stats();
    return [
      { labels: { direction: "in" }, value: s.msgsIn },
      { labels: { direction: "out" }, value: s.msgsOut },
    ];
  });
  registerScraped(registry, { name: "weft_nats_bytes_total", help: "Payload bytes this process sent (out) and received (in) on its NATS connection.", type: "counter" }, () => {
    const s = bus.stats();
    return [
      { labels: { direction: "in" }, value: s.bytesIn },
      { labels: { direction: "out" }, value: s.bytesOut },
    ];
  });
}
