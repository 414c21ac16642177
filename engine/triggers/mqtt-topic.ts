/**
 * MQTT names as an MQTT trigger takes them: the topic filter it subscribes to, the broker URL it
 * connects to, and the identity of a message. Pure functions, no I/O.
 */
import { createHash } from "node:crypto";
import { ErrorCode, WeftError } from "../errors.js";

/** The longest topic MQTT allows, in UTF-8 bytes (a two-byte length prefix). */
const MAX_TOPIC_BYTES = 65_535;

/**
 * Why `filter` is not a valid MQTT topic filter (MQTT 5 §4.7), or undefined when it is: not
 * empty, no NUL, `+` standing alone as a whole level, `#` alone as the whole last level.
 */
export function topicFilterProblem(filter: string): string | undefined {
  if (filter.length === 0) return "it is empty";
  if (Buffer.byteLength(filter, "utf8") > MAX_TOPIC_BYTES) return `it is longer than ${MAX_TOPIC_BYTES} bytes`;
  if (filter.includes("\u0000")) return "it contains a NUL character";
  const levels = filter.split("/");
  for (const [i, level] of levels.entries()) {
    if (level.includes("#") && (level !== "#" || i !== levels.length - 1)) return `"#" must be a whole level and the last one (as in "sensors/#"), got level "${level}"`;
    if (level.includes("+") && level !== "+") return `"+" must be a whole level (as in "sensors/+/temp"), got level "${level}"`;
  }
  return undefined;
}

/** Throws E_USAGE naming the filter and the rule it breaks. */
export function assertTopicFilter(filter: string): void {
  const problem = topicFilterProblem(filter);
  if (problem) throw new WeftError(ErrorCode.Usage, `MQTT topic filter ${JSON.stringify(filter)} is not valid: ${problem}.`);
}

/** Throws E_USAGE unless `url` is an mqtt:// or mqtts:// URL with a host. */
export function assertMqttUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WeftError(ErrorCode.Usage, `MQTT broker URL ${JSON.stringify(url)} is not a URL: give one like mqtt://127.0.0.1:1883 (or mqtts://HOST:8883 for TLS).`);
  }
  if (parsed.protocol !== "mqtt:" && parsed.protocol !== "mqtts:") {
    throw new WeftError(ErrorCode.Usage, `MQTT broker URL ${JSON.stringify(url)} must start with mqtt:// or mqtts://, not ${parsed.protocol}//: give one like mqtt://127.0.0.1:1883.`);
  }
  if (parsed.hostname === "") throw new WeftError(ErrorCode.Usage, `MQTT broker URL ${JSON.stringify(url)} names no host: give one like mqtt://127.0.0.1:1883.`);
}

/**
 * A message's identity: a digest of its topic and payload bytes. MQTT gives a message no id that
 * survives a redelivery to a new connection (packet ids are reused as soon as one is
 * acknowledged), so the content is the identity: a redelivered message finds the run it made,
 * and two byte-identical messages on one topic are one event (publishers that may repeat a
 * payload put a sequence number or a timestamp in it).
 */
export function mqttEventId(topic: string, payload: Uint8Array): string {
  const h = createHash("sha256");
  h.update(topic, "utf8");
  h.update(new Uint8Array([0]));
  h.update(payload);
  return `mqtt:${h.digest("hex").slice(0, 32)}`;
}
