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
  incarnation: string;
  /** Every incarnation heard under this name. */
  incarnations: Set<string>;
}

/**
 * What a heartbeat says about its worker: first heard, as before, a new process under a known
 * name (a restart), or an earlier process under that name again (two workers share a name).
 */
export type Heard = "new" | "same" | "restarted" | "duplicate";

export class WorkerRegistry {
  private readonly workers = new Map<string, Seen>();
  private readonly waiters = new Set<() => void>();

  constructor(private readonly lostAfterMs = 5000) {}

  heard(name: string, slots: number, running: number, now: number, incarnation = ""): Heard {
    const before = this.workers.get(name);
    const incarnations = before?.incarnations ?? new Set<string>();
    const heard: Heard = !before ? "new" : before.incarnation === incarnation ? "same" : incarnations.has(incarnation) ? "duplicate" : "restarted";
    incarnations.add(incarnation);
    this.workers.set(name, { name, slots: Math.max(1, slots), running, lastSeen: now, incarnation, incarnations });
    for (const w of this.waiters) w();
    return heard;
  }

  /** Live workers, sorted by name (a stable order for placement). */
  live(now: number): WorkerInfo[] {
    return [...this.workers.values()]
      .filter((w) => now - w.lastSeen <= this.lostAfterMs)
      .sort(byWorkerName)
      .map(({ name, slots }) => ({ name, slots }));
  }

  /** Resolves when at least `count` workers are live, or after `timeoutMs` with what there is. */
  async waitFor(count: number, timeoutMs: number): Promise<WorkerInfo[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.live(Date.now()).length < count && Date.now() < deadline) {
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
