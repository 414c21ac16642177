// Sensor readings over MQTT, in micro-batches: per device, the min, max and mean of each batch;
// a reading above ALERT_ABOVE publishes an alert back over MQTT, on <prefix>/alerts/<device>.
//   weft deploy examples/iot.ts                                      ->  iot@<version>
//   mosquitto_pub -q 1 -t iot/readings/d1 -m '{"device": "d1", "value": 21.5, "at": "2026-01-01T00:00:00Z"}'
//   mosquitto_sub -t 'iot/alerts/#'                                  (the alerts)
// By hand, one reading: weft run examples/iot.ts --input '{"device": "d1", "value": 35, "at": 1}'
// The file declares its trigger (the readings topic, batched). Where the broker and the topics are
// is read from the environment when the file is loaded: WEFT_IOT_MQTT_URL (default
// mqtt://127.0.0.1:1883) and WEFT_IOT_TOPICS (default "iot"). `weft deploy` stores the trigger as
// its environment gives it; the workers read WEFT_IOT_MQTT_URL to publish alerts, so give them
// the same. Alerts go beside the readings the batch came on (<prefix>/readings/... ->
// <prefix>/alerts/<device>).
import { connectAsync } from "mqtt";
import { workflow } from "weft";

interface Reading {
  device: string;
  value: number;
  at: string | number;
}

interface DeviceStats {
  count: number;
  min: number;
  max: number;
  mean: number;
}

const BROKER = process.env.WEFT_IOT_MQTT_URL ?? "mqtt://127.0.0.1:1883";
const TOPICS = process.env.WEFT_IOT_TOPICS ?? "iot";
/** A reading above this (°C) raises an alert. */
const ALERT_ABOVE = 30;

/** Whether `r` looks like a reading; the others are counted and skipped, not fatal to the batch. */
function isReading(r: unknown): r is Reading {
  const x = r as Partial<Reading> | null;
  return typeof x === "object" && x !== null && typeof x.device === "string" && x.device.length > 0 && typeof x.value === "number" && Number.isFinite(x.value);
}

/** The per-device min/max/mean of a batch. */
function statsOf(readings: readonly Reading[]): Record<string, DeviceStats> {
  const acc = new Map<string, { count: number; min: number; max: number; sum: number }>();
  for (const r of readings) {
    const a = acc.get(r.device) ?? { count: 0, min: Infinity, max: -Infinity, sum: 0 };
    acc.set(r.device, { count: a.count + 1, min: Math.min(a.min, r.value), max: Math.max(a.max, r.value), sum: a.sum + r.value });
  }
  const out: Record<string, DeviceStats> = {};
  for (const [device, a] of [...acc].sort(([x], [y]) => x.localeCompare(y))) out[device] = { count: a.count, min: a.min, max: a.max, mean: a.sum / a.count };
  return out;
}

/** `<prefix>/alerts` for readings that came on `<prefix>/readings/...`. */
function alertsTopic(source: string | undefined): string {
  const at = source?.lastIndexOf("/readings/") ?? -1;
  return `${at >= 0 ? source!.slice(0, at) : TOPICS}/alerts`;
}

export default workflow<Reading[]>("iot", (wf) => {
  wf.trigger({ kind: "mqtt", topic: `${TOPICS}/readings/+`, url: BROKER, batch: { max: 50, waitMs: 500 } });

  const readings = wf.node("readings", async (ctx) => {
    const all: unknown[] = Array.isArray(ctx.input) ? ctx.input : [ctx.input];
    const good = all.filter(isReading);
    if (good.length < all.length) ctx.log.warn(`${all.length - good.length} of ${all.length} messages are not readings ({"device", "value"}): skipped`);
    return { good, skipped: all.length - good.length };
  });

  const alerts = wf.node("alerts", readings, async ({ good }, ctx) => {
    const hot = good.filter((r) => r.value > ALERT_ABOVE);
    if (hot.length === 0) return 0;
    const topic = alertsTopic(ctx.trigger?.source);
    const client = await connectAsync(BROKER, { reconnectPeriod: 0, connectTimeout: 5000 });
    try {
      for (const r of hot) {
        await client.publishAsync(`${topic}/${r.device}`, JSON.stringify({ device: r.device, value: r.value, at: r.at, threshold: ALERT_ABOVE }), { qos: 1 });
      }
    } finally {
      await client.endAsync();
    }
    ctx.log.info(`${hot.length} alerts published on ${topic}/<device>`);
    return hot.length;
  });

  wf.node("stats", [readings, alerts], async ([{ good, skipped }, sent]) => ({ devices: statsOf(good), readings: good.length, skipped, alerts: sent }));
});
