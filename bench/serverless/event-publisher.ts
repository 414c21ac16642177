/**
 * Publishes W8's events as an outside producer would: its own NATS connection, JetStream
 * publishes with ack, pipelined. Every message carries one shared reply subject, on which
 * the stream's acks come back and are counted, up to `window` awaiting theirs at once. This is
 * what js.publish does per message, less its per-request bookkeeping (a promise, a timer and
 * two Error objects each in nats.js, which made publishing cost more CPU than weft's trigger
 * in the same process). The window is refilled half at a time, so publishes leave together.
 * Resolves when the stream has acknowledged every event; rejects on a refusal or when acks stop
 * coming. NATS 2.9 has no batch publish.
 */
import { connect, createInbox, type NatsConnection } from "@nats-io/transport-node";

/** The body of event `i`: `{"n": i}`, as the peers' events. */
export function eventBody(i: number): Uint8Array {
  return new TextEncoder().encode(`{"n":${i}}`);
}

/** No ack for this long while some are awaited: the round fails. */
const ACK_SILENCE_MS = 10_000;

export class EventPublisher {
  private constructor(private readonly nc: NatsConnection) {}

  static async connect(url: string): Promise<EventPublisher> {
    return new EventPublisher(await connect({ servers: url, name: "weft-bench-w8-producer" }));
  }

  /** Publishes `{"n": 0}` … `{"n": count-1}` on `subject`; resolves once all are stored. */
  publish(subject: string, count: number, window: number): Promise<void> {
    const inbox = createInbox();
    return new Promise<void>((resolve, reject) => {
      let sent = 0;
      let acked = 0;
      let silence: NodeJS.Timeout | undefined;
      const watch = () => {
        clearTimeout(silence);
        silence = setTimeout(() => finish(new Error(`the stream stopped acknowledging: ${acked} of ${count} events acked`)), ACK_SILENCE_MS);
      };
      const sub = this.nc.subscribe(inbox, {
        callback: (err, msg) => {
          if (err) return finish(err);
          // A refusal is {"error": {...}}; a stored message {"stream": ..., "seq": ...}.
          if (msg.data.length > 0 && msg.string().includes('"error"')) return finish(new Error(`the stream refused an event: ${msg.string()}`));
          acked++;
          if (acked === count) return finish();
          watch();
          // Refilled by half windows: publishes sent together leave in one socket write.
          if (sent - acked <= window / 2) pump();
        },
      });
      const pump = () => {
        while (sent < count && sent - acked < window) this.nc.publish(subject, eventBody(sent++), { reply: inbox });
      };
      const finish = (err?: Error) => {
        clearTimeout(silence);
        sub.unsubscribe();
        if (err) reject(err);
        else resolve();
      };
      watch();
      pump();
    });
  }

  close(): Promise<void> {
    return this.nc.close();
  }
}
