/**
 * A notice on a run that is not its end: why it is stalled (JetStream storage full), written
 * by the coordinator in a memory-backed KV bucket (it can be written while the file store
 * is full) and taken back when the run goes on. `weft status` shows it; a follower prints it
 * when it appears and when it is gone.
 */
import type { Bus, KvBucket } from "../bus/bus.js";
import type { LogEntry } from "./run-client.js";
import { buckets } from "../subjects.js";

export interface RunNotice {
  /** An error code (E_STORAGE_FULL). */
  code: string;
  message: string;
  sinceMs: number;
}

/** A day: a notice of a coordinator that died meanwhile does not stay forever. */
const NOTICE_MAX_AGE_MS = 24 * 3600_000;

export function runNotices(bus: Bus): Promise<KvBucket> {
  return bus.kv(buckets.runNotices, { memory: true, maxAgeMs: NOTICE_MAX_AGE_MS });
}

export function encodeNotice(notice: RunNotice): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(notice));
}

/** The run's notice, if it has one (undefined also when it cannot be read: a notice is advice). */
export async function readRunNotice(bus: Bus, runId: string): Promise<RunNotice | undefined> {
  try {
    const entry = await (await runNotices(bus)).get(runId);
    if (!entry || entry.value.length === 0) return undefined;
    return JSON.parse(new TextDecoder().decode(entry.value)) as RunNotice;
  } catch {
    return undefined;
  }
}

const WATCH_EVERY_MS = 1000;

/**
 * Reads the run's notice every second while a follower follows it; `shown` gets a run event
 * that is not an end: `running → stalled` with the notice as its error when one appears, and
 * `stalled → running` when it is taken back.
 */
export function watchRunNotice(bus: Bus, runId: string, shown: (event: LogEntry) => void): { stop(): void } {
  let stopped = false;
  let current: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  const look = async () => {
    const notice = await readRunNotice(bus, runId);
    if (stopped) return;
    const text = notice ? `${notice.code}: ${notice.message}` : undefined;
    if (text !== current) {
      if (notice) shown({ run: { from: "running", to: "stalled", atMs: notice.sinceMs, error: { code: notice.code, message: notice.message } } });
      else shown({ run: { from: "stalled", to: "running", atMs: Date.now() } });
      current = text;
    }
    timer = setTimeout(() => void look(), WATCH_EVERY_MS);
    timer.unref();
  };
  void look();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
