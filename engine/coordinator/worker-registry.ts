/**
 * The workers the coordinator knows, from their heartbeats. A worker silent for longer than
 * `lostAfterMs` is no longer offered to new runs. A heartbeat from another process under a
 * known name (its incarnation: host, pid, start time) is a restart: what the old one held is gone.
 * While the coordinator's own connection to NATS is down no heartbeat can reach it: that
 * silence is not held against the workers (see disconnected and reconnected).
 */
import { systemClock, type Clock } from "../base/clock.js";
import type { WorkerInfo } from "../model/placement.js";
import { byWorkerName } from "../plan/placement.js";

interface Seen extends WorkerInfo {
  /** Its last heartbeat. */
  lastSeen: number;
  /**
   * Where its silence counts from: its last heartbeat, or the end of an outage of the
   * coordinator's own connection that it was live through.
   */
  silentSince: number;
  running: number;
  /** Direct runs it said it runs (docs/express.md, "Leases"). */
  directRuns?: number;
  /** The process heard under this name. */
  incarnation: string;
  /** When that process was last heard. */
  incarnationSeen: number;
  /** Another process heard under this name, not yet taken for a restart. */
  candidate: { incarnation: string; beats: number } | undefined;
  sharedSaid: boolean;
  /** Serving; draining (nothing new is placed on it); or left after a drain. */
  mode: "serving" | "draining" | "left";
  /** Once left: the runs it could not finish (they are placed again); it is done with every other. */
  unfinished: ReadonlySet<string>;
}

/** What a heartbeat says of its worker's drain (engine/worker/worker.ts drain). */
export interface DrainSaid {
  draining: boolean;
  leaving: boolean;
  unfinished: readonly string[];
}

const SERVING: DrainSaid = { draining: false, leaving: false, unfinished: [] };

/**
 * What a heartbeat says about its worker: first heard, as before, a new process under a known
 * name (a restart), or two processes sharing a name.
 */
export type Heard = "new" | "same" | "restarted" | "duplicate" | "draining" | "left";

/**
 * A new process is taken for a restart once it has beaten twice while the old one has been
 * silent this long (1.5 heartbeat intervals): a stray (or forged) heartbeat never replaces a
 * worker that still beats, and a shared name becomes a restart once the other process dies.
 */
const OLD_SILENT_MS = 1500;

/** How long heartbeats of a worker that left on purpose are ignored (its process exits well within). */
const LEFT_KEPT_MS = 60_000;

export class WorkerRegistry {
  private readonly workers = new Map<string, Seen>();
  private readonly waiters = new Set<() => void>();
  /** Workers that left on purpose, and when (see forget). */
  private readonly left = new Map<string, number>();
  /** Calls of waitFor still waiting for enough live workers. */
  private waitingForWorker = 0;
  /** Since when the coordinator's own connection is down (undefined while it is up). */
  private cutOffSince: number | undefined;
  /** The coordinator's last outage, once it is over. */
  private lastOutage: { from: number; to: number } | undefined;

  constructor(
    private readonly lostAfterMs = 5000,
    /** Only waitFor reads it: every other method is told the time. */
    private readonly clock: Clock = systemClock,
  ) {}

  heard(name: string, slots: number, running: number, now: number, incarnation = "", drain: DrainSaid = SERVING): Heard {
    const leftAt = this.left.get(name);
    if (leftAt !== undefined && now - leftAt <= LEFT_KEPT_MS) return "same";
    const w = this.workers.get(name);
    for (const wake of this.waiters) wake();
    // A process under the name of one that left is a new worker: the old one owes nothing.
    if (!w || (w.mode === "left" && incarnation !== w.incarnation)) {
      this.workers.set(name, {
        name,
        slots: Math.max(1, slots),
        running,
        lastSeen: now,
        silentSince: now,
        incarnation,
        incarnationSeen: now,
        candidate: undefined,
        sharedSaid: false,
        mode: "serving",
        unfinished: new Set(),
      });
      return drain.draining || drain.leaving ? this.drainHeard(this.workers.get(name)!, drain) : "new";
    }
    w.lastSeen = now;
    w.silentSince = now;
    if (incarnation === w.incarnation) {
      w.slots = Math.max(1, slots);
      w.running = running;
      w.incarnationSeen = now;
      const drained = this.drainHeard(w, drain);
      if (drained !== "same") return drained;
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

  /** A known worker said how much memory its tasks may use (its heartbeat; 0: not said). */
  memorySaid(name: string, bytes: number): void {
    const w = this.workers.get(name);
    if (w !== undefined) w.memoryBytes = bytes > 0 ? bytes : undefined;
  }

  /** A known worker said how many direct runs it runs (its heartbeat): work no run of this coordinator's shows. */
  directSaid(name: string, runs: number): void {
    const w = this.workers.get(name);
    if (w !== undefined) w.directRuns = runs;
  }

  /** Takes in what a heartbeat says of the worker's drain: "draining" or "left" when that is news. */
  private drainHeard(w: Seen, drain: DrainSaid): Heard {
    if (w.mode === "left") return "same";
    if (drain.leaving) {
      w.mode = "left";
      w.unfinished = new Set(drain.unfinished);
      return "left";
    }
    if (drain.draining && w.mode === "serving") {
      w.mode = "draining";
      return "draining";
    }
    return "same";
  }

  /**
   * Whether `name` is gone for run `runId`: never heard, silent too long, or left after a
   * drain with that run unfinished (a worker that left with its part done is not gone for it).
   */
  goneFor(name: string, runId: string, now: number): boolean {
    const w = this.workers.get(name);
    if (!w) return true;
    if (w.mode === "left") return w.unfinished.has(runId);
    return !this.isLive(w, this.cutOffSince ?? now);
  }

  /** The coordinator's connection to NATS went down: from now on it hears no worker. */
  disconnected(now: number): void {
    this.cutOffSince ??= now;
  }

  /**
   * The connection is back. Every worker live when it went down gets a full `lostAfterMs` from
   * now to beat again: clients reconnect at their own pace (back-off, jitter), and the outage
   * was NATS's silence, not theirs. One that does not beat within it is lost as usual.
   */
  reconnected(now: number): void {
    const from = this.cutOffSince;
    if (from === undefined) return;
    this.cutOffSince = undefined;
    this.lastOutage = { from, to: now };
    this.graceAfter(from, now);
  }

  /**
   * This coordinator's own event loop lagged `lagMs` behind (a long GC, a backlog of huge log
   * batches): heartbeats that came meanwhile may still be unread, so that time is not counted
   * as the workers' silence (a worker that really stopped is found that much later).
   */
  stalled(lagMs: number, now: number): void {
    if (this.cutOffSince !== undefined) return;
    // Only those live when the lag began: one lost before stays lost.
    for (const w of this.workers.values()) if (this.isLive(w, now - lagMs)) w.silentSince = Math.min(now, w.silentSince + lagMs);
  }

  /** Every worker live at `from` has its silence counted from `to`. */
  private graceAfter(from: number, to: number): void {
    for (const w of this.workers.values()) if (this.isLive(w, from)) w.silentSince = to;
  }

  /** Whether the coordinator is cut off from NATS now: no worker can be judged lost then. */
  get cutOff(): boolean {
    return this.cutOffSince !== undefined;
  }

  /**
   * How long the coordinator's last outage lasted, if none of `names` has been heard since it
   * ended (their silence began with NATS's, not with anything of their own); else undefined.
   */
  outageBefore(names: readonly string[]): number | undefined {
    const outage = this.lastOutage;
    if (!outage || names.length === 0) return undefined;
    const unheard = names.every((name) => (this.workers.get(name)?.lastSeen ?? -Infinity) < outage.to);
    return unheard ? outage.to - outage.from : undefined;
  }

  /** Workers heard lately, draining ones too, and those that left after a drain (not lost: they said goodbye). */
  present(now: number): string[] {
    const at = this.cutOffSince ?? now;
    return [...this.workers.values()].filter((w) => w.mode === "left" || this.isLive(w, at)).map((w) => w.name);
  }

  /** When `name` was last heard (undefined for a worker never heard). */
  lastSeen(name: string): number | undefined {
    return this.workers.get(name)?.lastSeen;
  }

  /**
   * Live workers that take work, sorted by name (a stable order for placement): not draining,
   * not left. While the coordinator is cut off: those live when its connection went down.
   */
  live(now: number): WorkerInfo[] {
    const at = this.cutOffSince ?? now;
    return [...this.workers.values()]
      .filter((w) => w.mode === "serving" && this.isLive(w, at))
      .sort(byWorkerName)
      .map(({ name, slots, memoryBytes }) => (memoryBytes ? { name, slots, memoryBytes } : { name, slots }));
  }

  /** Live workers with their busy slots (from their last heartbeats), for the local autoscaler. */
  liveLoad(now: number): { name: string; slots: number; running: number; directRuns: number }[] {
    const at = this.cutOffSince ?? now;
    return [...this.workers.values()]
      .filter((w) => this.isLive(w, at))
      .map(({ name, slots, running, directRuns }) => ({ name, slots, running, directRuns: directRuns ?? 0 }));
  }

  /**
   * A worker that leaves on purpose (stopped by the autoscaler): no longer offered to new runs,
   * and its last heartbeats, still on their way, do not bring it back (for LEFT_KEPT_MS).
   */
  forget(name: string, now: number): void {
    this.workers.delete(name);
    for (const [n, at] of this.left) if (now - at > LEFT_KEPT_MS) this.left.delete(n);
    this.left.set(name, now);
  }

  /** The live workers' count, slots and busy slots (from their last heartbeats), and the submissions waiting for one. */
  load(now: number): { workers: number; slots: number; running: number; waitingForWorker: number; directRuns: number } {
    const at = this.cutOffSince ?? now;
    let workers = 0;
    let slots = 0;
    let running = 0;
    let directRuns = 0;
    for (const w of this.workers.values()) {
      if (!this.isLive(w, at)) continue;
      directRuns += w.directRuns ?? 0; // a draining worker's too: it finishes them
      if (w.mode !== "serving") continue;
      workers++;
      slots += w.slots;
      running += Math.min(w.running, w.slots);
    }
    return { workers, slots, running, waitingForWorker: this.waitingForWorker, directRuns };
  }

  private isLive(w: Seen, at: number): boolean {
    return at - w.silentSince <= this.lostAfterMs;
  }

  /** Resolves when every worker of `names` is live, or at `deadline` (the clock's time) with what there is. */
  async waitForAll(names: readonly string[], deadline: number): Promise<void> {
    const clock = this.clock;
    const allLive = () => {
      const live = new Set(this.live(clock.now()).map((w) => w.name));
      return names.every((n) => live.has(n));
    };
    while (!allLive() && clock.now() < deadline) await this.nextHeartbeat(deadline);
  }

  /** Resolves at the next heartbeat heard, or within 200 ms, or at `deadline`. */
  private nextHeartbeat(deadline: number): Promise<void> {
    const clock = this.clock;
    return new Promise<void>((resolve) => {
      const wake = () => {
        this.waiters.delete(wake);
        clock.clearTimeout(t);
        resolve();
      };
      const t = clock.setTimeout(wake, Math.min(200, Math.max(1, deadline - clock.now())));
      this.waiters.add(wake);
    });
  }

  /** Resolves when at least `count` workers are live, or after `timeoutMs` (or `signal`) with what there is. */
  async waitFor(count: number, timeoutMs: number, signal?: AbortSignal): Promise<WorkerInfo[]> {
    const clock = this.clock;
    const deadline = clock.now() + timeoutMs;
    const waits = this.live(clock.now()).length < count;
    // Counted as demand meanwhile (engine/observability/demand.ts): what makes an autoscaler start a first worker.
    if (waits) this.waitingForWorker++;
    try {
      while (this.live(clock.now()).length < count && clock.now() < deadline && !signal?.aborted) await this.nextHeartbeat(deadline);
    } finally {
      if (waits) this.waitingForWorker--;
    }
    return this.live(clock.now());
  }
}
