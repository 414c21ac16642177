/**
 * Keeps every run's record in KV up to date for one coordinator. The first write creates the
 * record (and so refuses a run id in use); later writes are compare-and-set, serialised per run
 * so that the last state wins, and coalesced while a run goes on (one write per
 * PERSIST_EVERY_MS at most). A conflict with another coordinator's write hands the run over.
 */
import type { Bus } from "../bus/bus.js";
import { ErrorCode, WeftError } from "../errors.js";
import type { weft } from "../gen/weft.js";
import { encodeMessage, graphToWire, pb, placementToWire } from "../wire/protocol.js";
import { encodeRunRecord, putRunRecord, readRunRecord, runRecordRevision, writeRunRecord } from "./run-store.js";
import type { RunTracker } from "./run-tracker.js";

const PERSIST_EVERY_MS = 250;
const RETRY_AFTER_MS = 1000;
/** A new record may fill this share of max_payload: the rest is room for what a run adds (edges, failures). */
const NEW_RECORD_SHARE = 0.6;

/** The run's graph, encoded once (StartRun and every record write embed these bytes). */
export function encodedGraph(run: RunTracker): Uint8Array {
  return (run.graphBytes ??= encodeMessage(pb.WorkflowGraph, graphToWire(run.graph)));
}

export class RunRecorder {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly chains = new Map<string, Promise<void>>();
  /** Set when this coordinator lost the leadership: its writes would overwrite the new leader's. */
  private abandoned = false;

  /**
   * `handOver`: called when another coordinator has written a run's record since this one
   * did; that coordinator owns the run now.
   */
  constructor(
    private readonly bus: Bus,
    private readonly coordinator: string,
    private readonly say: (line: string) => void,
    private readonly handOver: (runId: string) => void,
  ) {}

  /**
   * The first write; throws E_KV_CONFLICT when a record of that run id exists, and
   * E_INVALID_WORKFLOW when the graph is too large for a record (one NATS message).
   */
  async create(run: RunTracker): Promise<void> {
    const data = encodeRunRecord(this.record(run), encodedGraph(run));
    const size = data.length;
    const room = Math.floor(this.bus.maxPayload * NEW_RECORD_SHARE);
    if (size > room) {
      throw new WeftError(
        ErrorCode.InvalidWorkflow,
        `the workflow "${run.graph.name}" has ${run.graph.nodes.length} nodes: its run record would take ${Math.round(size / 1024)} KiB of the ${Math.round(room / 1024)} KiB one NATS message leaves it; declare a fan-out with wf.map or a source's partitions instead of one node per item.`,
      );
    }
    const created = putRunRecord(this.bus, run.runId, data, 0).then((revision) => {
      run.revision = revision;
    });
    // Later writes of the run wait for this one.
    this.chains.set(run.runId, created.catch(() => {}));
    try {
      await created;
    } catch (err) {
      this.chains.delete(run.runId);
      throw err;
    }
  }

  /** A write within PERSIST_EVERY_MS (one for all the changes until then). */
  schedule(run: RunTracker): void {
    if (this.abandoned || this.timers.has(run.runId)) return;
    this.timers.set(
      run.runId,
      setTimeout(() => {
        this.timers.delete(run.runId);
        void this.now(run);
      }, PERSIST_EVERY_MS),
    );
  }

  /** A write of the run's state now, after the writes already under way; replaces a scheduled one. */
  now(run: RunTracker): Promise<void> {
    clearTimeout(this.timers.get(run.runId));
    this.timers.delete(run.runId);
    const prev = this.chains.get(run.runId) ?? Promise.resolve();
    const next = prev
      .then(() => this.write(run))
      .catch((err: unknown) => {
        if ((err as { code?: string }).code === ErrorCode.PayloadTooLarge) {
          this.say(`weft coordinator: run ${run.runId} has outgrown its record (${(err as Error).message}); \`weft status\` keeps its last state, its log has the rest`);
          return;
        }
        // NATS is away (a restart?): try again shortly; the latest state is written then.
        this.say(`weft coordinator: could not record run ${run.runId} (${(err as Error).message}); retrying`);
        setTimeout(() => this.schedule(run), RETRY_AFTER_MS).unref();
      });
    this.chains.set(run.runId, next);
    void next.then(() => {
      if (this.chains.get(run.runId) === next) this.chains.delete(run.runId);
    });
    return next;
  }

  /** No more writes at all, scheduled or not (writes already sent complete or fail as they do). */
  abandon(): void {
    this.abandoned = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  /** Stops scheduling; writes `unfinished` runs once more; resolves when every write is done. */
  async close(unfinished: RunTracker[]): Promise<void> {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await Promise.all(unfinished.map((r) => this.now(r)));
    await Promise.all(this.chains.values());
  }

  private async write(run: RunTracker): Promise<void> {
    if (this.abandoned) return;
    try {
      run.revision = await writeRunRecord(this.bus, this.record(run), run.revision, encodedGraph(run));
    } catch (err) {
      if ((err as { code?: string }).code !== ErrorCode.KvConflict) throw err;
      // Someone else wrote this run's record: if it is another coordinator, it owns the run now.
      const other = await readRunRecord(this.bus, run.runId);
      if (other && other.coordinator !== this.coordinator) {
        this.say(`weft coordinator ${this.coordinator}: run ${run.runId} is now recorded by ${other.coordinator}; leaving it to it.`);
        this.handOver(run.runId);
        return;
      }
      run.revision = await runRecordRevision(this.bus, run.runId); // our own earlier write: take it up
      run.revision = await writeRunRecord(this.bus, this.record(run), run.revision, encodedGraph(run));
    }
  }

  /** The run's record, without its graph (appended as bytes, see encodedGraph). */
  private record(run: RunTracker): weft.v1.RunRecord.$Properties {
    const ctx = run.snapshot.context;
    return {
      runId: run.runId,
      workflow: run.graph.name,
      state: run.state,
      bundleHash: run.bundleHash,
      inputJson: run.inputJson,
      submittedAtMs: ctx.submittedAt,
      endedAtMs: ctx.endedAt,
      error: ctx.error ?? null,
      resultJson: ctx.resultJson ?? "",
      tasksTotal: run.tasksTotal,
      tasksDone: run.tasksDone,
      nodes: [...run.nodes.values()],
      failures: run.failures.map((f) => ({ taskId: f.taskId, attempt: f.attempt, error: f.error, worker: f.worker })),
      placement: placementToWire(run.placement),
      graph: null, // appended as bytes by writeRunRecord
      coordinator: this.coordinator,
      edges: [...run.edges.values()],
      epoch: run.epoch,
      attempts: run.attempts.map((a) => ({ taskId: a.taskId, attempt: a.attempt, worker: a.worker, outcome: a.outcome, error: a.error, atMs: a.at })),
      deadlineAtMs: run.deadlineAt,
    };
  }
}
