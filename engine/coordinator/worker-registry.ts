/**
 * The workers the coordinator knows, from their heartbeats. A worker silent for longer than
 * `lostAfterMs` is no longer offered to new runs.
 */
import type { WorkerInfo } from "../model/placement.js";
import { byWorkerName } from "../plan/placement.js";

interface Seen extends WorkerInfo {
  lastSeen: number;
  running: number;
}

export class WorkerRegistry {
  private readonly workers = new Map<string, Seen>();
  private readonly waiters = new Set<() => void>();

  constructor(private readonly lostAfterMs = 5000) {}

  heard(name: string, slots: number, running: number, now: number): void {
    this.workers.set(name, { name, slots: Math.max(1, slots), running, lastSeen: now });
    for (const w of this.waiters) w();
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
