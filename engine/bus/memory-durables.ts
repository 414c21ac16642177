/**
 * Durable consumers of MemoryBus streams (Bus.consume in process): each one's position (the last
 * sequence acked or termed) lives in the broker, so a new connection goes on where the last one
 * stopped, like a JetStream durable consumer; messages are handed over one at a time.
 */
import type { StreamMessage, StreamOutcome } from "./bus.js";
import { subjectMatches } from "./subject-match.js";

/** How long a consumer with nothing to do sleeps before it looks again (a new message wakes it first). */
const IDLE_MS = 1000;
/** How soon a message the handler asked to retry comes again. */
const RETRY_DELAY_MS = 1000;

export class MemoryDurables {
  readonly #positions = new Map<string, number>();
  readonly #waiting = new Map<string, Set<() => void>>();

  /** Runs a consumer until stopped (or `open()` turns false). `messages()` is the stream's stored messages. */
  consume(
    stream: string,
    durable: string,
    subject: string,
    messages: () => readonly StreamMessage[],
    open: () => boolean,
    handler: (msg: StreamMessage) => Promise<StreamOutcome>,
  ): { stop(): void } {
    const key = `${stream}/${durable}`;
    let stopped = false;
    const loop = async (): Promise<void> => {
      while (!stopped && open()) {
        const floor = this.#positions.get(key) ?? 0;
        const m = messages().find((x) => x.seq > floor && subjectMatches(subject, x.subject));
        if (!m) {
          await this.#appended(stream);
          continue;
        }
        const outcome = await handler({ subject: m.subject, data: m.data, seq: m.seq }).catch((): StreamOutcome => "retry");
        if (outcome === "retry") await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
        else this.#positions.set(key, Math.max(m.seq, this.#positions.get(key) ?? 0));
      }
    };
    void loop();
    return { stop: () => void (stopped = true) };
  }

  /** A message was stored in `stream`: its idle consumers look at once. */
  wake(stream: string): void {
    for (const wake of [...(this.#waiting.get(stream) ?? [])]) wake();
  }

  #appended(stream: string): Promise<void> {
    return new Promise((resolve) => {
      const set = this.#waiting.get(stream) ?? new Set<() => void>();
      this.#waiting.set(stream, set);
      const wake = (): void => {
        clearTimeout(timer);
        set.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, IDLE_MS);
      set.add(wake);
    });
  }
}
