/**
 * The workers the coordinator knows, from their heartbeats. A worker silent for longer than
 * `lostAfterMs` is no longer offered to new runs. A heartbeat from another process under a
 * known name (its incarnation: host, pid, start time) is a restart: what the old one held is gone.
 */
import type { WorkerInfo } from "../model/placement.js";
import { byWorkerName } from "../plan/placement.js";

interface Seen extends WorkerInfo {
  lastSeen: number;
  running: number;
  /** The process heard under this name. */
  incarnation: string;
  /** When that process was last heard. */
  incarnationSeen: number;
  /** Another process heard under this name, not yet taken for a restart. */
  candidate: { incarnation: string; beats: number } | undefined;
  sharedSaid: boolean;
}

/**
 * What a heartbeat says about its worker: first heard, as before, a new process under a known
 * name (a restart), or two processes sharing a name.
 */
export type Heard = "new" | "same" | "restarted" | "duplicate";

/**
 * A new process is taken for a restart once it has beaten twice while the old one has been
 * silent this long (1.5 heartbeat intervals): a stray (or forged) heartbeat never replaces a
 * worker that still beats, and a shared name becomes a restart once the other process dies.
 */
const OLD_SILENT_MS = 1500;

export class WorkerRegistry {
  private readonly workers = new Map<string, Seen>();
  private readonly waiters = new Set<() => void>();

  constructor(private readonly lostAfterMs = 5000) {}

  heard(name: string, slots: number, running: number, now: number, incarnation = ""): Heard {
    const w = this.workers.get(name);
    for (const wake of this.waiters) wake();
    if (!w) {
      this.workers.set(name, { name, slots: Math.max(1, slots), running, lastSeen: now, incarnation, incarnationSeen: now, candidate: undefined, sharedSaid: false });
      return "new";
    }
    w.lastSeen = now;
    if (incarnation === w.incarnation) {
      w.slots = Math.max(1, slots);
      w.running = running;
      w.incarnationSeen = now;
      // The known process still beats while another one does too: they share the name.
      if (w.candidate && w.candidate.beats >= 2 && !w.sharedSaid) {
        w.sharedSaid = true;
        return "duplicate";
      }
      return "same";
    }
    if (w.candidate?.incarnation !== incarnation) w.candidate = { incarnation, beats: 0 };
    const c = w.candidate;
    c.beats++;
    if (c.beats >= 2 && now - w.incarnationSeen >= OLD_SILENT_MS) {
      Object.assign(w, { slots: Math.max(1, slots), running, incarnation, incarnationSeen: now, candidate: undefined });
      return "restarted";
    }
    return "same";
  }

  /** Live workers, sorted by name (a stable order for placement). */
  live(now: number): WorkerInfo[] {
    return [...this.workers.values()]
      .filter((w) => now - w.lastSeen <= this.lostAfterMs)
      .sort(byWorkerName)
      .map(({ name, slots }) => ({ name, slots }));
  }

  /** Resolves when at least `count` workers are live, or after `timeoutMs` (or `signal`) with what there is. */
  async waitFor(count: number, timeoutMs: number, signal?: AbortSignal): Promise<WorkerInfo[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.live(Date.now()).length < count && Date.now() < deadline && !signal?.aborted) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          clearTimeout(t);
          resolve();
        };
        const t = setTimeout(wake, Math.min(200, Math.max(1, deadline - Date.now())));
        this.waiters.add(wake);
      });
    }
    return this.live(Date.now());
  }
}
