/**
 * A durable JetStream pull consumer, one message at a time (Bus.consume on NATS). The consumer
 * is created with explicit acks if missing, so its position lives in the server: messages
 * stored while nobody consumes are delivered when someone does, and a message whose handler
 * never settled (its process died) is delivered again after the ack wait.
 */
import { AckPolicy, DeliverPolicy, JetStreamApiCodes, JetStreamApiError, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import { ErrorCode, WeftError } from "../errors.js";
import type { StreamMessage, StreamOutcome } from "./bus.js";

/** How long the server waits for an ack before it delivers a message again. */
const ACK_WAIT_MS = 30_000;
/** How soon a message the handler asked to retry comes again. */
const RETRY_DELAY_MS = 1000;

/** Creates the durable consumer unless it exists; E_NOT_FOUND when the stream does not. */
async function ensureConsumer(jsm: JetStreamManager, stream: string, durable: string, subject: string): Promise<void> {
  try {
    await jsm.streams.info(stream);
  } catch (err) {
    if (err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamNotFound) {
      throw new WeftError(ErrorCode.NotFound, `stream "${stream}" does not exist`, { cause: err });
    }
    throw err;
  }
  try {
    await jsm.consumers.info(stream, durable);
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
    max_ack_pending: 1,
  });
}

export async function consumeDurable(
  js: JetStreamClient,
  jsm: JetStreamManager,
  target: { stream: string; durable: string; subject: string },
  handler: (msg: StreamMessage) => Promise<StreamOutcome>,
  say: (line: string) => void,
): Promise<{ stop(): void }> {
  const { stream, durable, subject } = target;
  await ensureConsumer(jsm, stream, durable, subject);
  let stopped = false;
  let current: { stop(): void } | undefined;
  const loop = async (): Promise<void> => {
    let delay = 100;
    while (!stopped) {
      try {
        const consumer = await js.consumers.get(stream, durable);
        const messages = await consumer.consume({ max_messages: 1 });
        current = { stop: () => void messages.close().catch(() => {}) };
        if (stopped) current.stop();
        for await (const m of messages) {
          if (stopped) break; // not acked: delivered again to whoever consumes next
          const outcome = await handler({ subject: m.subject, data: m.data, seq: m.seq }).catch((): StreamOutcome => "retry");
          if (outcome === "ack") await m.ackAck();
          else if (outcome === "term") m.term();
          else m.nak(RETRY_DELAY_MS);
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
  };
}
