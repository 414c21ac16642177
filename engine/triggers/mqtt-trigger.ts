/**
 * The MQTT trigger: each message on a topic filter (`+` and `#` allowed) of an MQTT broker starts
 * a run whose input is the payload (JSON). The leader coordinator holds one persistent MQTT 5
 * session per trigger (client id `weft-<trigger key>`, Clean Start off, a session expiry of
 * SESSION_EXPIRY_S) subscribed at QoS 1: the broker keeps the messages published while no
 * coordinator is up and sends them to the next one. A message is acknowledged (PUBACK) only once
 * its run exists, in arrival order (in-order-acks.ts); the broker sends an unacknowledged one again
 * on the next connection, and its event id (a digest of topic and payload, mqtt-topic.ts) finds
 * the run it made, so it is not run twice. A message the sink cannot take now ("retry") stays
 * unacknowledged and is offered again by this process after a pause (the broker resends only on
 * a new connection).
 */
import { randomBytes } from "node:crypto";
import { connect, type IClientOptions, type IPublishPacket, type MqttClient } from "mqtt";
import { redactUrl } from "../../model/redact-url.js";
import type { MqttTriggerSpec } from "../../model/trigger.js";
import { systemClock, type TimerId } from "../base/clock.js";
import { ErrorCode, WeftError } from "../errors.js";
import { eventsInFlight } from "./event-batcher.js";
import { InOrderAcks } from "./in-order-acks.js";
import { assertMqttUrl, assertTopicFilter, mqttEventId } from "./mqtt-topic.js";
import type { TriggerEvent } from "./trigger-event.js";
import type { TriggerKindRunner } from "./trigger-kind.js";

/** How long the broker keeps the session (and queues its messages) while no coordinator holds it: 7 days. */
export const SESSION_EXPIRY_S = 7 * 24 * 3600;
/** How long `weft deploy` waits for the broker's CONNACK before calling it unreachable. */
const CHECK_TIMEOUT_MS = 3000;
/** A message not accepted is offered again after RETRY_MS × try, at most RETRY_MAX_MS apart. */
const RETRY_MS = 1000;
const RETRY_MAX_MS = 10_000;
/** A QoS 0 message (never sent again by the broker) is tried this many times before it is dropped. */
const QOS0_ATTEMPTS = 4;
/** MQTT 5's largest Receive Maximum. */
const MAX_RECEIVE = 65_535;

/** Handed to mqtt.js's handleMessage callback so that it sends no PUBACK itself (see `deferAck`). */
const ACK_DEFERRED = Object.freeze(new Error("PUBACK deferred until the run is accepted"));

/**
 * The PUBACK of `packetId`, sent by us. mqtt.js sends a QoS 1 message's PUBACK only after its
 * handler returns and handles the next message only after that (customHandleAcks and
 * handleMessage hold the whole connection), so waiting there for the sink would take messages
 * one by one and a batch could never gather. The client's own packet writer is internal
 * (`_sendPacket`); we use it for this one packet type, only while the connection that received
 * the message is up: a PUBACK queued across a reconnect could acknowledge a different message
 * that reuses the packet id.
 */
function sendPuback(client: MqttClient, packetId: number): void {
  (client as unknown as { _sendPacket(packet: { cmd: "puback"; messageId: number; reasonCode: number }): void })._sendPacket({ cmd: "puback", messageId: packetId, reasonCode: 0 });
}

/** The client options of a trigger's session. */
export function sessionOptions(spec: MqttTriggerSpec, key: string): IClientOptions {
  return {
    clientId: `weft-${key}`,
    protocolVersion: 5,
    clean: false,
    // MQTT 5: without an expiry the broker drops the session (and its queue) at disconnect.
    properties: { sessionExpiryInterval: SESSION_EXPIRY_S, receiveMaximum: Math.min(eventsInFlight(spec), MAX_RECEIVE) },
    reconnectPeriod: 1000,
    connectTimeout: 10_000,
    // Subscriptions live in the persistent session; we subscribe again on every CONNACK anyway.
    resubscribe: false,
  };
}

/** Connects once with a throwaway clean session and subscribes: E_SERVICE_UNREACHABLE or E_USAGE when that fails. */
async function probe(spec: MqttTriggerSpec): Promise<void> {
  const url = redactUrl(spec.url);
  // Never the trigger's own client id: connecting with it would take the session from the leader.
  const client = connect(spec.url, { clientId: `weft-check-${randomBytes(6).toString("hex")}`, protocolVersion: 5, clean: true, reconnectPeriod: 0, connectTimeout: CHECK_TIMEOUT_MS });
  try {
    await new Promise<void>((resolve, reject) => {
      const unreachable = (why: string) =>
        reject(new WeftError(ErrorCode.ServiceUnreachable, `cannot reach the MQTT broker at ${url} (${why}): start it, or check the broker's URL (--mqtt-url, or the url in the file).`));
      const timer = systemClock.setTimeout(() => unreachable(`no answer within ${CHECK_TIMEOUT_MS} ms`), CHECK_TIMEOUT_MS);
      const settle = (f: () => void) => {
        systemClock.clearTimeout(timer);
        f();
      };
      client.once("connect", () => settle(resolve));
      client.once("error", (err: Error & { code?: unknown }) =>
        settle(() =>
          typeof err.code === "number"
            ? reject(new WeftError(ErrorCode.Usage, `the MQTT broker at ${url} refused the connection: ${err.message} (reason code ${err.code}).`))
            : unreachable(err.message),
        ),
      );
      client.once("close", () => settle(() => unreachable("the connection closed")));
    });
    const granted = await client.subscribeAsync(spec.topic, { qos: 1, rh: 2 });
    const refused = granted.find((g) => g.qos >= 0x80);
    if (refused) throw new WeftError(ErrorCode.Usage, `the MQTT broker at ${url} refuses a subscription to ${JSON.stringify(spec.topic)} (reason code ${refused.qos}): check the topic and the broker's ACL.`);
  } finally {
    client.end(true);
  }
}

/**
 * What `weft deploy` checks of an MQTT trigger or a streaming job's MQTT source: a valid topic
 * filter and URL (E_USAGE), a broker that answers (E_SERVICE_UNREACHABLE) and grants the
 * subscription (E_USAGE). Nothing is kept on the broker.
 */
export async function checkMqttBroker(url: string, topic: string): Promise<void> {
  assertTopicFilter(topic);
  assertMqttUrl(url);
  await probe({ kind: "mqtt", url, topic });
}

export const mqttTrigger: TriggerKindRunner<MqttTriggerSpec> = {
  async check(_bus, spec) {
    await checkMqttBroker(spec.url, spec.topic);
  },

  async start({ deployment, spec, key, sink, clock, say }) {
    assertTopicFilter(spec.topic);
    assertMqttUrl(spec.url);
    const url = redactUrl(spec.url);
    const acks = new InOrderAcks();
    const retries = new Set<TimerId>();
    /** Bumped at each connection: outcomes and retries of an older one are ignored. */
    let connection = 0;
    let stopped = false;
    let lastComplaint = "";
    const complain = (line: string) => {
      if (line !== lastComplaint) say(line);
      lastComplaint = line;
    };

    const client = connect(spec.url, sessionOptions(spec, key));

    const offer = (event: TriggerEvent, packetId: number | undefined, on: number, attempt: number): void => {
      // Offered again: no longer a first delivery (the run of the first offer may exist).
      sink.accept(attempt === 1 ? event : { data: event.data, info: event.info }).then(
        (outcome) => settle(event, packetId, on, attempt, outcome),
        (err: unknown) => {
          say(`weft coordinator: ${deployment}: mqtt event ${event.info.eventId} on ${event.info.source}: ${(err as Error).message}`);
          settle(event, packetId, on, attempt, "retry");
        },
      );
    };

    const settle = (event: TriggerEvent, packetId: number | undefined, on: number, attempt: number, outcome: "ack" | "retry"): void => {
      if (stopped || (outcome === "ack" && packetId === undefined)) return;
      if (packetId === undefined) {
        // QoS 0: nobody sends it again, so this process tries a few times, like a core NATS message.
        if (attempt < QOS0_ATTEMPTS) later(() => offer(event, undefined, on, attempt + 1), attempt);
        else say(`weft coordinator: ${deployment}: dropped mqtt event ${event.info.eventId} on ${event.info.source} (QoS 0, not accepted after ${attempt} tries: publish at QoS 1)`);
        return;
      }
      if (on !== connection) return; // the broker sends it again on the current connection
      if (outcome === "retry") {
        later(() => {
          if (on === connection) offer(event, packetId, on, attempt + 1);
        }, attempt);
        return;
      }
      for (const id of acks.settled(event.info.eventId, "ack")) if (client.connected) sendPuback(client, id);
    };

    const later = (f: () => void, attempt: number): void => {
      const timer = clock.setTimeout(() => {
        retries.delete(timer);
        if (!stopped) f();
      }, Math.min(RETRY_MS * attempt, RETRY_MAX_MS));
      retries.add(timer);
    };

    // Every delivered PUBLISH comes here; see sendPuback for why the callback gets ACK_DEFERRED.
    client.handleMessage = (packet: IPublishPacket, callback) => {
      const payload = typeof packet.payload === "string" ? Buffer.from(packet.payload) : packet.payload;
      const event: TriggerEvent = {
        data: payload,
        info: { kind: "mqtt", eventId: mqttEventId(packet.topic, payload), source: packet.topic, receivedAtMs: clock.now() },
        // MQTT 5 §3.3.1.1: DUP 0 is the broker's first attempt to send this PUBLISH.
        firstDelivery: !packet.dup,
      };
      const packetId = packet.qos > 0 ? packet.messageId : undefined;
      if (!stopped) {
        if (packetId === undefined || acks.received(packetId, event.info.eventId) === "offer") offer(event, packetId, connection, 1);
      }
      callback(packetId === undefined ? undefined : ACK_DEFERRED);
    };

    client.on("connect", (connack) => {
      connection++;
      acks.reset();
      lastComplaint = "";
      // Again on every connection: a session left without its subscription (a crash right after
      // the first CONNACK) gets it; `rh: 2` so that retained messages do not fire at each SUBSCRIBE.
      client.subscribe(spec.topic, { qos: 1, rh: 2 }, (err, granted) => {
        const refused = granted?.find((g) => g.qos >= 0x80);
        if (err || refused) complain(`weft coordinator: ${deployment}: the MQTT broker at ${url} refuses a subscription to ${spec.topic}: ${err?.message ?? `reason code ${refused?.qos}`}`);
        else say(`weft coordinator: ${deployment}: mqtt trigger on ${spec.topic} at ${url} (session ${connack.sessionPresent ? "resumed" : "new"})`);
      });
    });
    client.on("close", () => {
      connection++;
      acks.reset();
    });
    client.on("error", (err) => complain(`weft coordinator: ${deployment}: MQTT broker at ${url}: ${err.message}; reconnecting every second`));

    return {
      stop: () => {
        stopped = true;
        for (const t of retries) clock.clearTimeout(t);
        retries.clear();
        // No DISCONNECT needed: the session (and its unacknowledged messages) outlives the connection.
        client.end(true);
      },
    };
  },
};
