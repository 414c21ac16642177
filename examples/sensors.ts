// 1-minute tumbling averages per device from MQTT readings; a reading that comes after its
// minute closed (event time, 10 s of out-of-orderness allowed) goes to a side output instead.
//   weft deploy examples/sensors.ts                           ->  sensors@<version>
//   mosquitto_pub -q 1 -t sensors/readings/d1 -m '{"device": "d1", "value": 21.5, "at": 1767225600000}'
//   nats sub 'sensors.>'                                      (averages on sensors.averages, late readings on sensors.late)
// Where it reads and writes is read from the environment when the file is loaded (the workers
// load it too): WEFT_SENSORS_MQTT_URL (default mqtt://127.0.0.1:1883), WEFT_SENSORS_TOPIC (default
// sensors/readings/+), WEFT_SENSORS_OUT (default sensors.averages), WEFT_SENSORS_LATE (default sensors.late).
import { mqtt, stream, toJetStream, tumbling } from "weft";

export interface Reading {
  device: string;
  value: number;
  /** Event time, ms since the epoch. */
  at: number;
}

export interface Average {
  device: string;
  minute: string;
  readings: number;
  mean: number;
}

export const meanOf = {
  zero: () => ({ n: 0, sum: 0 }),
  add: (a: { n: number; sum: number }, r: Reading) => ({ n: a.n + 1, sum: a.sum + r.value }),
  merge: (a: { n: number; sum: number }, b: { n: number; sum: number }) => ({ n: a.n + b.n, sum: a.sum + b.sum }),
};

export function sensorAverages(opts: { url: string; topic: string; out: string; late: string }) {
  return stream("sensors", (s) => {
    const averages = s
      .source("readings", mqtt<Reading>(opts.url, opts.topic), { timestamp: (r) => r.at, outOfOrder: "10s" })
      .filter("numeric", (r) => Number.isFinite(r.value))
      .keyBy((r) => r.device)
      .window(tumbling("1m"))
      .aggregate("per-minute", meanOf);
    averages
      .map("average", (w): Average => ({ device: w.key, minute: new Date(w.start).toISOString(), readings: w.value.n, mean: w.value.sum / w.value.n }))
      .sink("averages", toJetStream(opts.out));
    averages.late().sink("late", toJetStream<Reading>(opts.late));
  });
}

export default sensorAverages({
  url: process.env.WEFT_SENSORS_MQTT_URL ?? "mqtt://127.0.0.1:1883",
  topic: process.env.WEFT_SENSORS_TOPIC ?? "sensors/readings/+",
  out: process.env.WEFT_SENSORS_OUT ?? "sensors.averages",
  late: process.env.WEFT_SENSORS_LATE ?? "sensors.late",
});
