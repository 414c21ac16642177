/**
 * A durable JetStream pull consumer (Bus.consume on NATS), up to `inFlight` messages with the
 * handler at once (the consumer's max_ack_pending). Its position lives in the server: messages
 * stored while nobody consumes are delivered when someone does, and a message whose handler
 * never settled (its process died) is delivered again after the ack wait.
 *
 * The consumer is created with cumulative acks (AckPolicy "all") if missing: one ack covers
 * every message up to it, so a batch of messages costs one ack, not one each (issue 14). An ack
 * is sent only over messages this session knows are done (ack-frontier.ts); a session that
 * starts while messages handed to an earlier one are still outstanding (a leader that died)
 * holds its acks until those have come again, so no ack covers a message nobody handled. A
 * consumer created earlier with explicit acks keeps them (a policy cannot be changed): each
 * message is acknowledged on its own.
 */
import { AckPolicy, DeliverPolicy, JetStreamApiCodes, JetStreamApiError, type JetStreamClient, type JetStreamManager, type JsMsg } from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import { ErrorCode, WeftError } from "../errors.js";
import { AckFrontier } from "./ack-frontier.js";
import type { DurableConsumption, StreamMessage, StreamOutcome } from "./bus.js";
import { deliveryOf } from "./js-delivery.js";

/**
 * How long the server waits for an ack before it delivers a message again: short, so a message
 * a dead (or stopped) consumer held comes back within seconds; a handler that takes longer says
 * it is still working every ACK_WAIT_MS / 3, which restarts the wait.
 */
const ACK_WAIT_MS = 5_000;
/** How soon a message the handler asked to retry comes again. */
const RETRY_DELAY_MS = 1000;
/** How often a session holding its acks looks whether the messages of an earlier one have come again. */
const OUTSTANDING_POLL_MS = 250;

/**
 * Creates the durable consumer unless it exists (then sets its in-flight bound); E_NOT_FOUND when
 * the stream does not. True when its acks are cumulative.
 */
async function ensureConsumer(jsm: JetStreamManager, stream: string, durable: string, subject: string, inFlight: number): Promise<boolean> {
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
    return info.config.ack_policy === AckPolicy.All;
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === JetStreamApiCodes.ConsumerNotFound)) throw err;
  }
  await jsm.consumers.add(stream, {
    durable_name: durable,
    filter_subject: subject,
    ack_policy: AckPolicy.All,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(ACK_WAIT_MS),
    max_ack_pending: inFlight,
  });
  return true;
}

export async function consumeDurable(
  js: JetStreamClient,
  jsm: JetStreamManager,
  target: { stream: string; durable: string; subject: string; inFlight: number },
  handler: (msg: StreamMessage) => Promise<StreamOutcome>,
  say: (line: string) => void,
): Promise<DurableConsumption> {
  const { stream, durable, subject, inFlight } = target;
  const cumulative = await ensureConsumer(jsm, stream, durable, subject, inFlight);
  let stopped = false;
  let current: { stop(): void } | undefined;
  /** The messages handed over and not yet acknowledged. */
  const frontier = new AckFrontier<JsMsg>();
  /** False while messages of an earlier session may be outstanding: no cumulative ack then. */
  let acking = false;
  let ackScheduled = false;
  const ackDone = async (): Promise<void> => {
    if (!acking) return;
    const upTo = frontier.take();
    // One at a time: confirmed, so the position is stored before the next message is taken.
    if (upTo) await (inFlight === 1 ? upTo.ackAck() : Promise.resolve(upTo.ack()));
  };
  // One timer for all: a message with the handler (or done and waiting for one before it) longer
  // than a third of the ack wait is said to be in progress, which restarts its wait.
  const working = setInterval(() => {
    const now = Date.now();
    for (const m of frontier.stale(now - ACK_WAIT_MS / 3, now, cumulative)) m.working();
  }, ACK_WAIT_MS / 3);
  working.unref();
  /**
   * Opens the acks once every message outstanding on the server is one this session was handed:
   * the count outstanding then is at most those handed at or below the last sequence delivered.
   * Nothing is acknowledged while it looks, so the count does not move under it.
   */
  const openAcks = async (): Promise<void> => {
    acking = false;
    if (!cumulative) return;
    for (;;) {
      const info = await jsm.consumers.info(stream, durable);
      if (stopped) return;
      if (info.num_ack_pending <= frontier.countAtOrBelow(info.delivered.stream_seq)) break;
      await new Promise((r) => setTimeout(r, OUTSTANDING_POLL_MS));
    }
    acking = true;
    await ackDone();
  };
  const settle = async (m: JsMsg, seq: number, redelivered: boolean): Promise<void> => {
    const outcome = await handler({ subject: m.subject, data: m.data, seq, redelivered }).catch((): StreamOutcome => "retry");
    if (stopped && outcome !== "ack") return; // delivered again to whoever consumes next
    if (outcome === "retry") {
      if (cumulative) frontier.retry(seq);
      else frontier.done(seq);
      m.nak(RETRY_DELAY_MS);
    } else if (cumulative) {
      frontier.done(seq);
    } else if (outcome === "ack") {
      frontier.done(seq);
      await (inFlight === 1 ? m.ackAck() : Promise.resolve(m.ack()));
    } else {
      frontier.done(seq);
      m.term();
    }
    // Explicit acks: the frontier only keeps messages for their in-progress signal.
    if (!cumulative) frontier.take();
    else if (inFlight === 1) await ackDone();
    else if (!ackScheduled) {
      // Once the messages settled together (a batch) are all done: one ack for them.
      ackScheduled = true;
      setImmediate(() => {
        ackScheduled = false;
        void ackDone();
      });
    }
  };
  /** A delivery, handed over as it is parsed (the client's callback: no iterator hop per message). */
  const take = (m: JsMsg): void => {
    if (stopped) return; // not acked: delivered again to whoever consumes next
    // The reply subject is the client's (not in JsMsg's type); without it, the client parses.
    const d = deliveryOf((m as JsMsg & { readonly reply?: string }).reply ?? "");
    const seq = d?.seq ?? m.seq;
    frontier.received(seq, m, Date.now());
    // Several at once: the server holds back beyond max_ack_pending unacknowledged, which keeps
    // the bound (one at a time with an in-flight bound of 1).
    void settle(m, seq, d ? d.count > 1 : m.redelivered).catch((err: unknown) => say(`durable consumer ${durable} on ${stream}: ${(err as Error).message}`));
  };
  const loop = async (): Promise<void> => {
    let delay = 100;
    while (!stopped) {
      try {
        // Acks wait for the messages an earlier session (or this one's last pull) left outstanding.
        const opening = openAcks();
        opening.catch(() => {});
        const consumer = await js.consumers.get(stream, durable);
        const messages = await consumer.consume({ max_messages: inFlight, callback: take });
        current = { stop: () => void messages.close().catch(() => {}) };
        if (stopped) current.stop();
        void opening.catch((err: unknown) => {
          if (!stopped) say(`durable consumer ${durable} on ${stream}: ${(err as Error).message}; acks held, consuming again`);
          current?.stop();
        });
        const ended = await messages.closed();
        if (ended instanceof Error) throw ended;
        delay = 100;
      } catch (err) {
        if (stopped) break;
        say(`durable consumer ${durable} on ${stream}: ${(err as Error).message}; consuming again in ${delay} ms`);
      }
      if (stopped) break;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(5000, delay * 2);
    }
    clearInterval(working);
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
