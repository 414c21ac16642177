/**
 * Sends and receives DataMessages (node values, map slices and results, sink values) over
 * the bus, chunked below max_payload and reassembled on arrival. Bytes that do not decode
 * are reported once and dropped.
 */
import type { Bus, BusSubscription } from "../bus/bus.js";
import type { weft } from "../gen/weft.js";
import { ChunkAssembler, splitIntoChunks } from "./chunking.js";
import { decodeMessage, encodeMessage, pb } from "./protocol.js";

export type DataMessage = weft.v1.DataMessage;

let transferSeq = 0;

/** Publishes one data message to `subject`, in as many chunks as it needs. Returns the bytes sent. */
export function sendData(bus: Bus, subject: string, sender: string, message: weft.v1.DataMessage.$Properties): number {
  const data = encodeMessage(pb.DataMessage, message);
  const transferId = `${Date.now().toString(36)}-${(transferSeq++).toString(36)}`;
  let bytes = 0;
  for (const chunk of splitIntoChunks(sender, transferId, data, bus.maxPayload)) {
    bus.publish(subject, chunk);
    bytes += chunk.length;
  }
  return bytes;
}

/** Subscribes to `subject` and calls `onMessage` with each reassembled data message. */
export function receiveData(
  bus: Bus,
  subject: string,
  onMessage: (message: DataMessage) => void,
  onBad: (reason: string) => void,
): BusSubscription {
  const assembler = new ChunkAssembler();
  return bus.subscribe(subject, (msg) => {
    const chunk = decodeMessage(pb.DataChunk, msg.data, onBad);
    if (!chunk) return;
    const whole = assembler.accept(chunk, Date.now());
    if (!whole) return;
    const message = decodeMessage(pb.DataMessage, whole, onBad);
    if (!message) return;
    if (!message.runId || !message.body) {
      onBad(`data message on ${msg.subject} has no run id or body: dropped`);
      return;
    }
    onMessage(message);
  });
}
