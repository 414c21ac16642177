/**
 * Durable consumers of MemoryBus streams (Bus.consume in process): each one's position (the last
 * sequence acked or termed) lives in the broker, so a new connection goes on where the last one
 * stopped, like a JetStream durable consumer; up to `inFlight` messages at once.
 */
import type { StreamMessage, StreamOutcome } from "./bus.js";
import { subjectMatches } from "./subject-match.js";

/** How long a consumer with nothing to do sleeps before it looks again (a new message wakes it first). */
const IDLE_MS = 1000;
/** How soon a message the handler asked to retry comes again. */
const RETRY_DELAY_MS = 1000;

export class MemoryDurables {
  readonly #positions = new Map<string, number>();
  /** Per consumer, the messages above its position handed over at least once (a next hand-over is a redelivery). */
  readonly #handed = new Map<string, Set<number>>();
  readonly #waiting = new Map<string, Set<() => void>>();

  /**
   * Runs a consumer until stopped (or `open()` turns false). `messages()` is the stream's stored
   * messages. Up to `inFlight` of them go to the handler at once, in order; the position moves
   * over those settled (acked or termed) from the start, so one asked to retry comes again
   * (after a delay) without the ones after it being handed over twice.
   */
  consume(
    stream: string,
    durable: string,
    subject: string,
    messages: () => readonly StreamMessage[],
    open: () => boolean,
    handler: (msg: StreamMessage) => Promise<StreamOutcome>,
    inFlight = 1,
  ): { stop(): void; ackFloor(): number } {
    const key = `${stream}/${durable}`;
    const handed = this.#handed.get(key) ?? new Set<number>();
    this.#handed.set(key, handed);
    let stopped = false;
    /** Settled messages above the position (a retried one before them holds the position back). */
    const settled = new Set<number>();
    const loop = async (): Promise<void> => {
      while (!stopped && open()) {
        const floor = this.#positions.get(key) ?? 0;
        const next = messages().filter((x) => x.seq > floor && !settled.has(x.seq) && subjectMatches(subject, x.subject)).slice(0, inFlight);
        if (next.length === 0) {
          await this.#appended(stream);
          continue;
        }
        const outcomes = await Promise.all(
          next.map((m) => {
            const redelivered = handed.has(m.seq);
            handed.add(m.seq);
            return handler({ subject: m.subject, data: m.data, seq: m.seq, redelivered }).catch((): StreamOutcome => "retry");
          }),
        );
        next.forEach((m, i) => {
          if (outcomes[i] !== "retry") settled.add(m.seq);
        });
        let position = floor;
        for (const m of messages()) {
          if (m.seq <= floor || !subjectMatches(subject, m.subject)) continue;
          if (!settled.delete(m.seq)) break;
          position = m.seq;
        }
        this.#positions.set(key, Math.max(position, this.#positions.get(key) ?? 0));
        for (const seq of handed) if (seq <= position) handed.delete(seq);
        if (outcomes.includes("retry")) await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
      }
    };
    void loop();
    return { stop: () => void (stopped = true), ackFloor: () => this.#positions.get(key) ?? 0 };
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
