/**
 * Sends and receives DataMessages (node values, map slices and results, sink values) over
 * the bus: chunked below max_payload, each chunk acknowledged by the receiver and re-sent
 * until it is (through reconnects and a NATS restart), de-duplicated and reassembled on
 * arrival. At-least-once on the wire, exactly-once to the caller. Bytes that do not decode
 * are reported once and dropped.
 */
import type { Bus, BusSubscription } from "../bus/bus.js";
import { ErrorCode, WeftError } from "../errors.js";
import type { weft } from "../gen/weft.js";
import { ChunkAssembler, splitIntoChunks } from "./chunking.js";
import { decodeMessage, encodeMessage, pb } from "./protocol.js";

export type DataMessage = weft.v1.DataMessage;

export interface DeliveryOptions {
  /** How long one attempt waits for the receiver's acknowledgement. */
  attemptTimeoutMs?: number;
  /** Give up (and reject with E_INFRASTRUCTURE) after this long. */
  deadlineMs?: number;
  /**
   * No subscriber for the subject means the receiver is gone: reject at once with
   * E_NO_RESPONDERS (nothing of the chunk was delivered) instead of trying again. For a message
   * its sender can take back (PartitionsMoved to a worker that left).
   */
  goneIfNobody?: boolean;
}

const ACK = new Uint8Array(0);

/** The acknowledgement of a received data message: sent once its handler returns, unless it holds it. */
export interface DataAck {
  /** Holds the acknowledgement; the function returned sends it (once). The sender re-sends after its attempt times out (5 s by default). */
  hold(): () => void;
}
/** Chunks of one transfer in flight at once. */
const WINDOW = 8;
/** Completed transfers remembered per receiver, to drop re-sent duplicates. */
const REMEMBERED = 100_000;

let transferSeq = 0;

async function deliverChunk(bus: Bus, subject: string, chunk: Uint8Array, opts: Required<DeliveryOptions>, started: number): Promise<void> {
  let delay = 50;
  for (;;) {
    try {
      await bus.request(subject, chunk, { timeoutMs: opts.attemptTimeoutMs });
      return;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === ErrorCode.Closed || (opts.goneIfNobody && code === ErrorCode.NoResponders)) throw err;
      if (Date.now() - started > opts.deadlineMs) {
        throw new WeftError(
          ErrorCode.Infrastructure,
          `could not deliver data to ${subject} within ${Math.round(opts.deadlineMs / 1000)} s (${(err as Error).message}): is its receiver alive?`,
          { cause: err },
        );
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(1000, delay * 2);
    }
  }
}

/**
 * Sends one data message (or its encoded bytes) to `subject`, in as many chunks as it needs;
 * resolves when the receiver has acknowledged every chunk. Returns the bytes sent (first
 * attempts only).
 */
export async function sendData(
  bus: Bus,
  subject: string,
  sender: string,
  message: weft.v1.DataMessage.$Properties | Uint8Array,
  options: DeliveryOptions = {},
): Promise<number> {
  const opts = { attemptTimeoutMs: options.attemptTimeoutMs ?? 5000, deadlineMs: options.deadlineMs ?? 120_000, goneIfNobody: options.goneIfNobody ?? false };
  const data = message instanceof Uint8Array ? message : encodeMessage(pb.DataMessage, message);
  const transferId = `${process.pid.toString(36)}-${Date.now().toString(36)}-${(transferSeq++).toString(36)}`;
  const chunks = splitIntoChunks(sender, transferId, data, bus.maxPayload);
  const started = Date.now();
  for (let i = 0; i < chunks.length; i += WINDOW) {
    await Promise.all(chunks.slice(i, i + WINDOW).map((c) => deliverChunk(bus, subject, c, opts, started)));
  }
  return chunks.reduce((n, c) => n + c.length, 0);
}

/**
 * Subscribes to `subject` (wildcards allowed) and calls `onMessage` once with each reassembled
 * data message and the subject its chunks came on (a transfer is one subject's: chunks of the
 * same sender and transfer id on another subject are another transfer). Each chunk is
 * acknowledged once accepted (a re-send of it is dropped); the last one of a message when
 * `onMessage` returns, or later if it holds the acknowledgement (`ack`).
 */
export function receiveData(
  bus: Bus,
  subject: string,
  onMessage: (message: DataMessage, subject: string, ack: DataAck) => void,
  onBad: (reason: string) => void,
): BusSubscription {
  const assembler = new ChunkAssembler();
  const done = new Set<string>();
  return bus.subscribe(subject, (msg) => {
    const chunk = decodeMessage(pb.DataChunk, msg.data, onBad);
    if (!chunk) return;
    let held = false;
    try {
      const sender = `${msg.subject} ${chunk.sender}`;
      const key = `${sender}/${chunk.transferId}`;
      if (done.has(key)) return;
      const whole = assembler.accept({ transferId: chunk.transferId, seq: chunk.seq, count: chunk.count, data: chunk.data, sender }, Date.now());
      if (!whole) return;
      done.add(key);
      if (done.size > REMEMBERED) done.delete(done.values().next().value!);
      const message = decodeMessage(pb.DataMessage, whole, onBad);
      if (!message) return;
      if (!message.runId || !message.body) {
        onBad(`data message on ${msg.subject} has no run id or body: dropped`);
        return;
      }
      onMessage(message, msg.subject, {
        hold: () => {
          held = true;
          let sent = false;
          return () => {
            if (sent) return;
            sent = true;
            respond(msg);
          };
        },
      });
    } finally {
      if (!held) respond(msg);
    }
  });
}

function respond(msg: { respond(data: Uint8Array): void }): void {
  try {
    msg.respond(ACK);
  } catch {
    // The connection closed meanwhile: the sender sends it again to whoever serves then.
  }
}
