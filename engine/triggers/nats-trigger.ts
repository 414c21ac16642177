/**
 * The NATS trigger: each message on a subject starts a run whose input is the message body.
 * With a stream, a durable JetStream consumer (named after the deployment and trigger) reads the
 * subject from it: a message is acknowledged only once its run is accepted, so messages stored
 * while no coordinator is up are run when one is, and the event id `STREAM:SEQ` makes a
 * redelivered message refused as a duplicate. Without a stream, a core subscription: messages
 * published while no coordinator is up are lost, and a message whose run cannot be accepted is
 * reported and dropped.
 */
import { assertName } from "../../model/names.js";
import type { NatsTriggerSpec } from "../../model/trigger.js";
import { assertSubject, subjectsOverlap } from "../bus/subject-match.js";
import { ErrorCode, WeftError } from "../errors.js";
import { eventsInFlight } from "./event-batcher.js";
import type { TriggerKindRunner } from "./trigger-kind.js";

/** A core message's run is tried this many times, CORE_RETRY_MS × try apart, before it is dropped. */
const CORE_ATTEMPTS = 4;
const CORE_RETRY_MS = 1000;

export const natsTrigger: TriggerKindRunner<NatsTriggerSpec> = {
  async check(bus, spec) {
    assertSubject(spec.subject, { wildcards: true });
    if (spec.stream === undefined) return;
    assertName("stream", spec.stream);
    const captured = await bus.streamSubjects(spec.stream);
    if (captured === undefined) {
      throw new WeftError(
        ErrorCode.Usage,
        `stream "${spec.stream}" does not exist on this NATS: create it first, capturing ${spec.subject} (e.g. \`nats stream add ${spec.stream} --subjects '${spec.subject}'\`), or deploy without --stream.`,
      );
    }
    // A stream that stores none of the subject's messages would leave the trigger silent forever.
    if (!captured.some((s) => subjectsOverlap(s, spec.subject))) {
      throw new WeftError(
        ErrorCode.Usage,
        `stream "${spec.stream}" does not capture ${spec.subject} (it captures ${captured.join(", ") || "no subject"}): ` +
          `give a subject it captures, add this one to it (\`nats stream edit ${spec.stream} --subjects ...\`), or deploy without --stream.`,
      );
    }
  },

  async start({ bus, deployment, spec, key, sink, clock, say }) {
    if (spec.stream !== undefined) {
      const stream = spec.stream;
      const consumer = await bus.consume(
        stream,
        `weft-${deployment}-${key}`,
        spec.subject,
        (msg) =>
          sink.accept({
            data: msg.data,
            info: { kind: "nats", eventId: `${stream}:${msg.seq}`, subject: msg.subject, receivedAtMs: clock.now() },
            firstDelivery: msg.redelivered === false,
          }),
        { inFlight: eventsInFlight(spec) },
      );
      return {
        stop: () => consumer.stop(),
        doneWith: async () => {
          const floor = await consumer.ackFloor();
          const prefix = `${stream}:`;
          return (eventId) => eventId.startsWith(prefix) && Number(eventId.slice(prefix.length)) <= floor;
        },
      };
    }
    let n = 0;
    let stopped = false;
    const started = clock.now().toString(36);
    const sub = bus.subscribe(spec.subject, (msg) => {
      // No identity of its own: a core message is delivered once, so a fresh id is unique.
      const eventId = `${started}-${++n}`;
      const event = { data: msg.data, info: { kind: "nats" as const, eventId, subject: msg.subject, receivedAtMs: clock.now() } };
      // Nobody delivers it again: this process tries a few times (a busy or restarting coordinator) before dropping it.
      const attempt = async (): Promise<void> => {
        for (let i = 1; ; i++) {
          if ((await sink.accept(event)) === "ack") return;
          if (stopped || i >= CORE_ATTEMPTS) break;
          await new Promise((r) => clock.setTimeout(() => r(undefined), CORE_RETRY_MS * i));
        }
        say(
          `weft coordinator: ${deployment}: dropped nats event ${eventId} on ${msg.subject} (not accepted after ${CORE_ATTEMPTS} tries; ` +
            "a core subscription cannot redeliver: use --stream)",
        );
      };
      attempt().catch((err: unknown) => say(`weft coordinator: ${deployment}: nats event ${eventId} failed: ${(err as Error).message}`));
    });
    return {
      stop: () => {
        stopped = true;
        sub.unsubscribe();
      },
    };
  },
};
