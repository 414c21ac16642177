/** Reading what a streaming job wrote to a JetStream subject, for tests and the bench. */
import type { Bus } from "../../engine/bus/bus.js";

/** A stream of its own capturing `subject` (named from it). */
export async function streamFor(bus: Bus, subject: string): Promise<string> {
  const name = subject.replace(/[^A-Za-z0-9]/g, "_").toUpperCase();
  await bus.ensureStream(name, [subject]);
  return name;
}

/** Every message `stream` holds on `subject` now, parsed as JSON, in order. */
export async function readAll<T>(bus: Bus, stream: string, subject: string): Promise<T[]> {
  const out: T[] = [];
  for (let seq = 1; ; ) {
    const m = await bus.nextMessage(stream, subject, seq);
    if (!m) return out;
    out.push(JSON.parse(new TextDecoder().decode(m.data)) as T);
    seq = m.seq + 1;
  }
}
