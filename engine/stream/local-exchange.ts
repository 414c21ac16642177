/**
 * The exchange between a streaming job's tasks inside one process: a task that listens on a
 * subject here gets what a task on the same bus (the same connection, so the same process)
 * sends to it as the message object itself, with no encode, NATS round trip and decode
 * (forward edges of batch stages are handed over the same way). Tasks elsewhere go over NATS.
 * Order per sender and receiver is kept either way (a sender uses one path per subject), and
 * nothing about checkpoints changes: records in memory are no more durable than records in
 * core NATS, and both are replayed from the source after a failure.
 */
import type { Bus } from "../bus/bus.js";
import { encodeExchange, type ExchangeMessage } from "./exchange-message.js";

type Listener = (m: ExchangeMessage) => void;

const listeners = new WeakMap<Bus, Map<string, Listener>>();

/** Takes what tasks on `bus` in this process send to `subject`; returns the unlisten. */
export function listenLocally(bus: Bus, subject: string, listener: Listener): () => void {
  let bySubject = listeners.get(bus);
  if (!bySubject) listeners.set(bus, (bySubject = new Map()));
  bySubject.set(subject, listener);
  return () => {
    if (bySubject.get(subject) === listener) bySubject.delete(subject);
  };
}

/** Sends `m` to `subject`: in memory to a listener in this process, else over NATS (exchange-message.ts). */
export function sendExchange(bus: Bus, subject: string, m: ExchangeMessage): void {
  const local = listeners.get(bus)?.get(subject);
  // A turn later, as a NATS delivery would come: the sender's work is not done in the receiver's stack.
  if (local) queueMicrotask(() => local(m));
  else bus.publish(subject, encodeExchange(m));
}
