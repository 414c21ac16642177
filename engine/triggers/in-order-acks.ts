/**
 * The acknowledgements of an MQTT session, decided (pure: no I/O). MQTT wants a client's PUBACKs
 * in the order the messages came (MQTT 5 §4.6), while the sink may settle them out of order (a
 * batch taken whole, a retry): a message is acknowledged once it and every message before it in
 * this connection are accepted. A message identical to one still pending (same event id) is not
 * offered again; it follows that one and is acknowledged with it. A closed connection forgets
 * everything pending: the broker sends each unacknowledged message again on the next connection.
 */
import type { EventOutcome } from "./trigger-event.js";

interface Entry {
  readonly packetId: number;
  readonly eventId: string;
  accepted: boolean;
}

export class InOrderAcks {
  private queue: Entry[] = [];

  /** A message arrived: "offer" it to the sink, or "follow" an identical pending one (no offer). */
  received(packetId: number, eventId: string): "offer" | "follow" {
    const follows = this.queue.some((e) => e.eventId === eventId && !e.accepted);
    this.queue.push({ packetId, eventId, accepted: false });
    return follows ? "follow" : "offer";
  }

  /**
   * The sink's outcome for an offered message. "ack" accepts it and every pending message with
   * its event id; returns the packet ids to acknowledge now, in arrival order. "retry" changes
   * nothing: the caller offers it again.
   */
  settled(eventId: string, outcome: EventOutcome): number[] {
    if (outcome === "ack") for (const e of this.queue) if (e.eventId === eventId) e.accepted = true;
    let n = 0;
    while (n < this.queue.length && this.queue[n]!.accepted) n++;
    return this.queue.splice(0, n).map((e) => e.packetId);
  }

  /** How many messages wait for their acknowledgement. */
  get pending(): number {
    return this.queue.length;
  }

  /** The connection closed: nothing pending may be acknowledged on the next one. */
  reset(): void {
    this.queue = [];
  }
}
