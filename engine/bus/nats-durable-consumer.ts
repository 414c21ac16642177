/**
 * A durable JetStream pull consumer (Bus.consume on NATS), up to `inFlight` messages with the
 * handler at once (the consumer's max_ack_pending). The consumer is created with explicit acks
 * if missing, so its position lives in the server: messages stored while nobody consumes are
 * delivered when someone does, and a message whose handler never settled (its process died) is
 * delivered again after the ack wait.
 */
import { AckPolicy, DeliverPolicy, JetStreamApiCodes, JetStreamApiError, type JetStreamClient, type JetStreamManager, type JsMsg } from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import { ErrorCode, WeftError } from "../errors.js";
import type { DurableConsumption, StreamMessage, StreamOutcome } from "./bus.js";

/**
 * How long the server waits for an ack before it delivers a message again: short, so a message
 * a dead (or stopped) consumer held comes back within seconds; a handler that takes longer says
 * it is still working every ACK_WAIT_MS / 3, which restarts the wait.
 */
const ACK_WAIT_MS = 5_000;
/** How soon a message the handler asked to retry comes again. */
const RETRY_DELAY_MS = 1000;

/** Creates the durable consumer unless it exists (then sets its in-flight bound); E_NOT_FOUND when the stream does not. */
async function ensureConsumer(jsm: JetStreamManager, stream: string, durable: string, subject: string, inFlight: number): Promise<void> {
  try {
    await jsm.streams.info(stream);
  } catch (err) {
    if (err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamNotFound) {
      throw new WeftError(ErrorCode.NotFound, `stream "${stream}" does not exist`, { cause: err });
    }
    throw err;
  }
  try {
    const info = await jsm.consumers.info(stream, durable);
    const ackWait = nanos(ACK_WAIT_MS);
    if (info.config.max_ack_pending !== inFlight || info.config.ack_wait !== ackWait) {
      await jsm.consumers.update(stream, durable, { max_ack_pending: inFlight, ack_wait: ackWait });
    }
    return;
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === JetStreamApiCodes.ConsumerNotFound)) throw err;
  }
  await jsm.consumers.add(stream, {
    durable_name: durable,
    filter_subject: subject,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(ACK_WAIT_MS),
    max_ack_pending: inFlight,
  });
}

export async function consumeDurable(
  js: JetStreamClient,
  jsm: JetStreamManager,
  target: { stream: string; durable: string; subject: string; inFlight: number },
  handler: (msg: StreamMessage) => Promise<StreamOutcome>,
  say: (line: string) => void,
): Promise<DurableConsumption> {
  const { stream, durable, subject, inFlight } = target;
  await ensureConsumer(jsm, stream, durable, subject, inFlight);
  let stopped = false;
  let current: { stop(): void } | undefined;
  const loop = async (): Promise<void> => {
    let delay = 100;
    while (!stopped) {
      try {
        const consumer = await js.consumers.get(stream, durable);
        const messages = await consumer.consume({ max_messages: inFlight });
        current = { stop: () => void messages.close().catch(() => {}) };
        if (stopped) current.stop();
        // One at a time: each settles before the next is taken. More: the server holds back
        // beyond max_ack_pending unacknowledged, so handing each over at once keeps the bound.
        const settle = async (m: JsMsg): Promise<void> => {
          const working = setInterval(() => m.working(), ACK_WAIT_MS / 3);
          const outcome = await handler({ subject: m.subject, data: m.data, seq: m.seq, redelivered: m.redelivered })
            .catch((): StreamOutcome => "retry")
            .finally(() => clearInterval(working));
          if (stopped && outcome !== "ack") return; // delivered again to whoever consumes next
          if (outcome === "ack") await (inFlight === 1 ? m.ackAck() : Promise.resolve(m.ack()));
          else if (outcome === "term") m.term();
          else m.nak(RETRY_DELAY_MS);
        };
        for await (const m of messages) {
          if (stopped) break; // not acked: delivered again to whoever consumes next
          if (inFlight === 1) await settle(m);
          else void settle(m).catch((err: unknown) => say(`durable consumer ${durable} on ${stream}: ${(err as Error).message}`));
          delay = 100;
        }
      } catch (err) {
        if (stopped) return;
        say(`durable consumer ${durable} on ${stream}: ${(err as Error).message}; consuming again in ${delay} ms`);
      }
      if (stopped) return;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(5000, delay * 2);
    }
  };
  void loop();
  return {
    stop: () => {
      stopped = true;
      current?.stop();
    },
    ackFloor: async () => (await jsm.consumers.info(stream, durable)).ack_floor.stream_seq,
  };
}
