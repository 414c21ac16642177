/**
 * The NATS trigger: each message on a subject starts a run whose input is the message body.
 * With a stream, a durable JetStream consumer (named after the deployment and trigger) reads the
 * subject from it: a message is acknowledged only once its run is accepted, so messages stored
 * while no coordinator is up are run when one is, and the event id `STREAM:SEQ` makes a
 * redelivered message refused as a duplicate. Without a stream, a core subscription: messages
 * published while no coordinator is up are lost, and a message whose run cannot be accepted is
 * reported and dropped.
 */
import type { NatsTriggerSpec } from "../../model/trigger.js";
import type { Bus } from "../bus/bus.js";
import { triggerKey, type TriggerEvents } from "./trigger-event.js";

/** A core message's run is tried this many times, CORE_RETRY_MS × try apart, before it is dropped. */
const CORE_ATTEMPTS = 4;
const CORE_RETRY_MS = 1000;

export interface RunningTrigger {
  stop(): void;
}

export async function startNatsTrigger(
  bus: Bus,
  events: TriggerEvents,
  deployment: string,
  spec: NatsTriggerSpec,
  say: (line: string) => void,
): Promise<RunningTrigger> {
  if (spec.stream !== undefined) {
    const stream = spec.stream;
    return bus.consume(stream, `weft-${deployment}-${triggerKey(deployment, spec)}`, spec.subject, (msg) =>
      events.accept(deployment, spec, {
        data: msg.data,
        info: { kind: "nats", eventId: `${stream}:${msg.seq}`, subject: msg.subject, receivedAtMs: Date.now() },
      }),
    );
  }
  let n = 0;
  let stopped = false;
  const started = Date.now().toString(36);
  const sub = bus.subscribe(spec.subject, (msg) => {
    // No identity of its own: a core message is delivered once, so a fresh id is unique.
    const eventId = `${started}-${++n}`;
    const event = { data: msg.data, info: { kind: "nats" as const, eventId, subject: msg.subject, receivedAtMs: Date.now() } };
    // Nobody delivers it again: this process tries a few times (a busy or restarting coordinator) before dropping it.
    const attempt = async (): Promise<void> => {
      for (let i = 1; ; i++) {
        if ((await events.accept(deployment, spec, event)) === "ack") return;
        if (stopped || i >= CORE_ATTEMPTS) break;
        await new Promise((r) => setTimeout(r, CORE_RETRY_MS * i));
      }
      say(`weft coordinator: ${deployment}: dropped nats event ${eventId} on ${msg.subject} (not accepted after ${CORE_ATTEMPTS} tries; ` +
        "a core subscription cannot redeliver: use --stream)");
    };
    attempt().catch((err: unknown) => say(`weft coordinator: ${deployment}: nats event ${eventId} failed: ${(err as Error).message}`));
  });
  return {
    stop: () => {
      stopped = true;
      sub.unsubscribe();
    },
  };
}
