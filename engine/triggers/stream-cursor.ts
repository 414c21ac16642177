/**
 * A durable reader of a stream that keeps its own position: the last sequence it handled, kept
 * as the trigger's state (trigger-state.ts, `{ "seq": N }` under its trigger key). It reads the next message on its subject after that
 * position directly (Bus.nextMessage), hands it to the handler, and moves the position only
 * when the handler says "ack"; on "retry" the same message is offered again after a pause. A
 * core subscription on the subject wakes it when something new is stored; a poll every
 * POLL_MS covers a missed wake (a reconnect).
 *
 * Why not a JetStream durable consumer (Bus.consume): on nats-server 2.9 a per-subject roll-up
 * (which every object store put is) moves a consumer's position to the rolled-up message,
 * past messages it has not delivered yet, so puts made while nobody pulls are lost. A position
 * of our own is not moved by anyone else. Only the leader coordinator runs triggers; if two
 * overlap for a moment, a message handled twice finds its run already made (trigger-event.ts).
 */
import type { Clock, TimerId } from "../base/clock.js";
import type { Bus, StreamMessage } from "../bus/bus.js";
import type { EventOutcome } from "./trigger-event.js";
import type { RunningTrigger } from "./trigger-kind.js";
import { TriggerState } from "./trigger-state.js";

/** How often the reader looks for new messages without being woken. */
const POLL_MS = 1000;
/** How soon a message the handler could not take is offered again. */
const RETRY_MS = 1000;

export interface StreamCursorOptions {
  readonly bus: Bus;
  readonly stream: string;
  /** The subject read (wildcards allowed). */
  readonly subject: string;
  /** The trigger key (triggerKey): where the position is kept, stable across restarts. */
  readonly positionKey: string;
  readonly clock: Clock;
  readonly say: (line: string) => void;
  readonly handler: (msg: StreamMessage) => Promise<EventOutcome>;
}

/** Starts reading after the stored position (from the stream's first message the first time). */
export async function readStreamWithCursor(opts: StreamCursorOptions): Promise<RunningTrigger> {
  const { bus, stream, subject, positionKey, clock, say, handler } = opts;
  const positions = await TriggerState.open<{ seq: number }>(bus);
  let position = (await positions.get(positionKey))?.seq ?? 0;
  let stopped = false;
  let wake: (() => void) | undefined;
  let timer: TimerId | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = clock.setTimeout(resolve, ms);
    }).finally(() => {
      if (timer !== undefined) clock.clearTimeout(timer);
      wake = undefined;
    });
  const sub = bus.subscribe(subject, () => wake?.());

  const loop = async (): Promise<void> => {
    while (!stopped) {
      let next: StreamMessage | undefined;
      try {
        next = await bus.nextMessage(stream, subject, position + 1);
      } catch (err) {
        if (stopped) return;
        say(`stream reader ${positionKey} on ${stream}: ${(err as Error).message}; reading again in ${RETRY_MS} ms`);
        await pause(RETRY_MS);
        continue;
      }
      if (stopped) return;
      if (!next) {
        await pause(POLL_MS);
        continue;
      }
      const outcome = await handler(next).catch((err: unknown): EventOutcome => {
        say(`stream reader ${positionKey} on ${stream}: message ${next.seq} failed: ${(err as Error).message}; offered again`);
        return "retry";
      });
      if (outcome === "retry") {
        await pause(RETRY_MS);
        continue;
      }
      // Moved once handled: a crash before this write offers the message again, and its run is found.
      position = next.seq;
      await positions.put(positionKey, { seq: position }).catch((err: unknown) => {
        say(`stream reader ${positionKey}: could not store position ${position}: ${(err as Error).message}`);
      });
    }
  };
  void loop();
  return {
    stop: () => {
      stopped = true;
      sub.unsubscribe();
      wake?.();
    },
  };
}
