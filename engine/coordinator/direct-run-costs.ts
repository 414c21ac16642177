/**
 * Direct runs counted like every other run (docs/express.md, "Leases"; docs/cost.md): a run its
 * client started on a worker under a lease never reaches the run table, but its worker's log
 * does. Its attempts are taken into a RunProgress as a coordinated run's are, and at its
 * DirectEnd (written at every direct run's end, by the lease's worker) its samples and cost go
 * to the resource history like a coordinated run's end. Read behind the runs, off their path.
 *
 * A run's log may come in several batches before its end: the entries of runs this coordinator
 * does not know are kept a while (bounded), as any of them may be a direct run's.
 */
import type { HistoryBatch } from "../wire/run-history.js";
import { originFromWire } from "../wire/origin.js";
import { entriesFromWire, type LogEntryRead } from "./log-entries.js";
import type { LeaseContent } from "./lease-granter.js";
import { runCostOf } from "./run-cost.js";
import { RunProgress } from "./run-progress.js";
import type { ResourceHistory } from "./resource-history.js";

/** Runs whose log is kept until their end at most (the oldest go first). */
const RUNS_KEPT = 1024;
/** Entries kept of one run at most (a longer direct run is not counted). */
const ENTRIES_KEPT = 10_000;
/** How long an unknown run's entries wait for its end. */
const KEPT_MS = 180_000;

type WorkerEntry = Exclude<LogEntryRead, { kind: "run" }>;

interface Waiting {
  /** Each entry with the worker that logged it (a run placed over several workers is logged by each). */
  entries: { worker: string; entry: WorkerEntry }[];
  since: number;
}

export class DirectRunCosts {
  private readonly waiting = new Map<string, Waiting>();

  constructor(
    private readonly lease: (leaseId: string) => LeaseContent | undefined,
    private readonly history: () => ResourceHistory | undefined,
    private readonly now: () => number,
  ) {}

  /** A batch of a run the run table does not know. */
  logRead(batch: HistoryBatch): void {
    if (batch.author.kind !== "worker") return;
    const worker = batch.author.worker;
    const end = batch.entries.find((e) => e.directEnd)?.directEnd;
    const entries = entriesFromWire(batch.entries).filter((e): e is WorkerEntry => e.kind !== "run");
    const kept = this.waiting.get(batch.runId);
    if (!end) return this.keep(batch.runId, worker, entries, kept);
    const content = this.lease(end.leaseId ?? "");
    // A peer's part that failed ends there too: the run's end is its result worker's, still to come.
    if (content && content.worker !== worker && content.peers.includes(worker)) return this.keep(batch.runId, worker, entries, kept);
    this.waiting.delete(batch.runId);
    // Believed only from the lease's worker (another's log of the run is not the run's); its peers' entries count with its own.
    if (!content || content.worker !== worker) return;
    const progress = new RunProgress(content.graph, 0);
    const at = Number(end.atMs) || 0;
    const ofRun = (w: string) => w === worker || content.peers.includes(w);
    for (const e of [...(kept?.entries ?? []).filter((k) => ofRun(k.worker)).map((k) => k.entry), ...entries]) progress.took(e, at);
    const startedAt = Number(end.startedAtMs) || at;
    const origin = originFromWire(end.origin);
    const setup = { graph: content.graph, bundleHash: content.bundleHash, ...(origin ? { origin } : {}) };
    this.history()?.record(setup, progress.usage, runCostOf(progress, Math.max(0, at - startedAt)));
  }

  private keep(runId: string, worker: string, entries: WorkerEntry[], kept: Waiting | undefined): void {
    if (entries.length === 0) return;
    if (kept) {
      if (kept.entries.length + entries.length > ENTRIES_KEPT) this.waiting.delete(runId);
      else kept.entries.push(...entries.map((entry) => ({ worker, entry })));
      return;
    }
    const now = this.now();
    for (const [id, w] of this.waiting) {
      if (w.since > now - KEPT_MS && this.waiting.size < RUNS_KEPT) break;
      this.waiting.delete(id);
    }
    this.waiting.set(runId, { entries: entries.map((entry) => ({ worker, entry })), since: now });
  }
}
