/**
 * Keeps every run's record in KV up to date for one coordinator. The first write creates the
 * record (and so refuses a run id in use); later writes are compare-and-set, serialised per run
 * so that the last state wins, and coalesced while a run goes on (one write per
 * PERSIST_EVERY_MS at most). A conflict with another coordinator's write hands the run over.
 */
import { runCostOf } from "./run-cost.js";
import { systemClock, type Clock, type TimerId } from "../base/clock.js";
import type { Bus, KvBucket } from "../bus/bus.js";
import { buckets } from "../subjects.js";
import { ErrorCode, WeftError } from "../errors.js";
import type { weft } from "../gen/weft.js";
import { encodedGraph } from "../wire/graph-bytes.js";
import { encodedPlacement } from "../wire/placement-bytes.js";
import { originToWire } from "../wire/origin.js";
import { encodeRunRecord, putRunRecordIn, readRunRecord, runRecordRevision } from "./run-store.js";
import type { RunView } from "./run-table.js";
import type { StoreWatch } from "../core/store-health.js";

const PERSIST_EVERY_MS = 250;
const RETRY_AFTER_MS = 1000;
/** A new record may fill this share of max_payload: the rest is room for what a run adds (edges, failures). */
const NEW_RECORD_SHARE = 0.6;

export class RunRecorder {
  private readonly timers = new Map<string, TimerId>();
  private readonly chains = new Map<string, Promise<void>>();
  /** The KV revision of each run's record as this coordinator last wrote it (compare-and-set). */
  private readonly revisions = new Map<string, number>();
  /** Set when this coordinator lost the leadership: its writes would overwrite the new leader's. */
  private abandoned = false;
  /**
   * The runs bucket once open: a write is then sent in the turn it is made, in the same socket
   * write as what goes with it (a new run's StartRun, an ended run's end and FORGET).
   */
  private runs?: KvBucket;

  /**
   * `handOver`: called when another coordinator has written a run's record since this one
   * did; that coordinator owns the run now.
   */
  constructor(
    private readonly bus: Bus,
    private readonly coordinator: string,
    private readonly say: (line: string) => void,
    /** The run as it is now (read at each write: the last state wins). */
    private readonly runOf: (runId: string) => RunView | undefined,
    private readonly handOver: (runId: string) => void,
    private readonly clock: Clock = systemClock,
    /** Told how each write went (a full JetStream store refuses them all). */
    private readonly watch?: StoreWatch,
  ) {}

  /** The revision this coordinator last wrote of the run's record (0: none). */
  revisionOf(runId: string): number {
    return this.revisions.get(runId) ?? 0;
  }

  /** Takes up a record another coordinator wrote, at its `revision`. */
  adopt(runId: string, revision: number): void {
    this.revisions.set(runId, revision);
  }

  /** The run is forgotten: no more writes. */
  forget(runId: string): void {
    this.clock.clearTimeout(this.timers.get(runId));
    this.timers.delete(runId);
    this.revisions.delete(runId);
  }

  /**
   * The first write (of `data`, the run's new record); throws E_KV_CONFLICT when a record of
   * that run id exists.
   */
  async create(run: RunView, data = this.newRecord(run)): Promise<void> {
    const runId = run.setup.runId;
    const created = this.put(runId, run.setup.owner ?? "", data, 0).then((revision) => {
      this.revisions.set(runId, revision);
    });
    // Later writes of the run wait for this one.
    const chain = created.catch(() => {});
    this.chains.set(runId, chain);
    try {
      await created;
    } finally {
      if (this.chains.get(runId) === chain) this.chains.delete(runId);
    }
  }

  /** Writes the run's record at `revision` (0: creates it); sent at once when the bucket is open. */
  private put(runId: string, owner: string, data: Uint8Array, revision: number): Promise<number> {
    if (this.runs) return putRunRecordIn(this.runs, runId, owner, data, revision);
    return this.bus.kv(buckets.runs).then((runs) => putRunRecordIn((this.runs = runs), runId, owner, data, revision));
  }

  /** The run's first record, encoded; throws E_INVALID_WORKFLOW when the graph is too large for a record (one NATS message). */
  newRecord(run: RunView): Uint8Array {
    const data = encodeRunRecord(this.record(run), encodedGraph(run.setup.graph), encodedPlacement(run.setup.placement));
    const size = data.length;
    const room = Math.floor(this.bus.maxPayload * NEW_RECORD_SHARE);
    if (size > room) {
      throw new WeftError(
        ErrorCode.InvalidWorkflow,
        `the workflow "${run.setup.graph.name}" has ${run.setup.graph.nodes.length} nodes: its run record would take ${Math.round(size / 1024)} KiB of the ${Math.round(room / 1024)} KiB one NATS message leaves it; declare a fan-out with wf.map or a source's partitions instead of one node per item.`,
      );
    }
    return data;
  }

  /** A write within PERSIST_EVERY_MS (one for all the changes until then). */
  schedule(runId: string): void {
    if (this.abandoned || this.timers.has(runId)) return;
    this.timers.set(
      runId,
      this.clock.setTimeout(() => {
        this.timers.delete(runId);
        void this.now(runId);
      }, PERSIST_EVERY_MS),
    );
  }

  /** A write of the run's state now, after the writes already under way; replaces a scheduled one. */
  now(runId: string): Promise<void> {
    this.clock.clearTimeout(this.timers.get(runId));
    this.timers.delete(runId);
    // None under way: written in this turn (see `runs`).
    const prev = this.chains.get(runId);
    const next = (prev ? prev.then(() => this.write(runId)) : this.write(runId))
      .then(
        () => this.watch?.stored(),
        (err: unknown) => {
          this.watch?.failed(err);
          throw err;
        },
      )
      .catch((err: unknown) => {
        if ((err as { code?: string }).code === ErrorCode.PayloadTooLarge) {
          this.say(`weft coordinator: run ${runId} has outgrown its record (${(err as Error).message}); \`weft status\` keeps its last state, its log has the rest`);
          return;
        }
        // NATS is away (a restart?): try again shortly; the latest state is written then.
        this.say(`weft coordinator: could not record run ${runId} (${(err as Error).message}); retrying`);
        const retry = this.clock.setTimeout(() => this.schedule(runId), RETRY_AFTER_MS);
        (retry as { unref?: () => void }).unref?.(); // a process may end meanwhile
      });
    this.chains.set(runId, next);
    void next.then(() => {
      if (this.chains.get(runId) === next) this.chains.delete(runId);
    });
    return next;
  }

  /** Settles once the writes of the run's record under way are done (or failed). */
  written(runId: string): Promise<void> {
    return this.chains.get(runId) ?? Promise.resolve();
  }

  /** No more writes at all, scheduled or not (writes already sent complete or fail as they do). */
  abandon(): void {
    this.abandoned = true;
    for (const t of this.timers.values()) this.clock.clearTimeout(t);
    this.timers.clear();
  }

  /** Stops scheduling; writes `unfinished` runs once more; resolves when every write is done. */
  async close(unfinished: readonly string[]): Promise<void> {
    for (const t of this.timers.values()) this.clock.clearTimeout(t);
    this.timers.clear();
    await Promise.all(unfinished.map((r) => this.now(r)));
    await Promise.all(this.chains.values());
  }

  private async write(runId: string): Promise<void> {
    const run = this.runOf(runId);
    if (this.abandoned || !run) return;
    const owner = run.setup.owner ?? "";
    // Encoded at each try: a retry after a conflict writes the run as it is by then.
    const encoded = () => encodeRunRecord(this.record(run), encodedGraph(run.setup.graph), encodedPlacement(run.setup.placement));
    try {
      this.revisions.set(runId, await this.put(runId, owner, encoded(), this.revisionOf(runId)));
    } catch (err) {
      if ((err as { code?: string }).code !== ErrorCode.KvConflict) throw err;
      // Someone else wrote this run's record: if it is another coordinator, it owns the run now.
      const other = await readRunRecord(this.bus, runId, owner);
      if (other && other.coordinator !== this.coordinator) {
        this.say(`weft coordinator ${this.coordinator}: run ${runId} is now recorded by ${other.coordinator}; leaving it to it.`);
        this.handOver(runId);
        return;
      }
      const revision = await runRecordRevision(this.bus, runId, owner); // our own earlier write: take it up
      this.revisions.set(runId, await this.put(runId, owner, encoded(), revision));
    }
  }

  /** The run's record, without its graph and placement (appended as bytes, see encodedGraph and encodedPlacement). */
  private record(run: RunView): weft.v1.RunRecord.$Properties {
    const ctx = run.snapshot.context;
    const { setup, progress } = run;
    return {
      runId: setup.runId,
      workflow: setup.graph.name,
      state: run.state,
      bundleHash: setup.bundleHash,
      inputJson: setup.inputJson,
      submittedAtMs: ctx.submittedAt,
      endedAtMs: ctx.endedAt,
      error: ctx.error ?? null,
      resultJson: ctx.resultJson ?? "",
      tasksTotal: progress.tasksTotal,
      tasksDone: progress.tasksDone,
      nodes: [...progress.nodes.values()].map((n) => ({ ...n })),
      failures: progress.failures.map((f) => ({ taskId: f.taskId, attempt: f.attempt, error: f.error, worker: f.worker })),
      placement: null, // appended as bytes by encodeRunRecord
      graph: null, // the same
      coordinator: this.coordinator,
      edges: [...progress.edges.values()].map((e) => ({ ...e })),
      epoch: run.epoch,
      attempts: progress.attempts.map((a) => ({ taskId: a.taskId, attempt: a.attempt, worker: a.worker, outcome: a.outcome, error: a.error, atMs: a.at })),
      deadlineAtMs: setup.deadlineAt,
      origin: originToWire(setup.origin),
      ...(ctx.endedAt ? { cost: runCostOf(progress, ctx.endedAt - ctx.submittedAt) } : {}),
      owner: setup.owner ?? "",
    };
  }
}
