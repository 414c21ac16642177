/**
 * A run seen from a client: its typed log entries (oldest first, then live, until it ends), its
 * outcome, its status and cancellation. What `submit` and `invoke` return (engine/client/api.ts).
 */
import type { EndRunState, RunState, TaskState } from "../../model/status.js";
import type { Bus } from "../bus/bus.js";
import { findRunRecord, type RunRecord } from "../coordinator/run-store.js";
import { ErrorCode, WeftError } from "../errors.js";
import type { weft } from "../gen/weft.js";
import { assertToken } from "../subjects.js";
import { cancelRun, followRun, type FollowHandle, type LogEntry } from "./run-client.js";

/** A task's or a run's error as the log and the status show it. */
export interface RunErrorInfo {
  code: string;
  message: string;
  /** The function's stack (task errors), with the workflow file's lines. */
  stack?: string;
}

/** One entry of a run's log, typed by `type`. Times are epoch milliseconds. */
export type RunLogEntry =
  | {
      type: "task";
      atMs: number;
      taskId: string;
      node: string;
      /** "" for a task's first entry. */
      from: TaskState | "";
      to: TaskState;
      worker: string;
      attempt: number;
      /** Time spent in the previous state, ms. */
      durationMs: number;
      error?: RunErrorInfo;
    }
  | { type: "run"; atMs: number; workflow: string; from: RunState | ""; to: RunState; error?: RunErrorInfo }
  | { type: "log"; atMs: number; taskId: string; worker: string; level: "info" | "warn" | "error"; message: string }
  | { type: "expanded"; atMs: number; node: string; count: number }
  /** Map instances first .. first + count - 1 of `node`, each succeeded on its first attempt on `worker` (one entry for them all). */
  | { type: "tasks"; atMs: number; node: string; first: number; count: number; to: "succeeded"; worker: string; /** Their running time, summed, ms. */ durationMs: number };

function errorOf(e: weft.v1.ErrorInfo.$Properties | null | undefined): RunErrorInfo | undefined {
  if (!e?.code) return undefined;
  return { code: e.code, message: e.message ?? "", ...(e.stack ? { stack: e.stack } : {}) };
}

/** A wire log entry as a typed one; undefined for an entry with nothing to show. */
export function toRunLogEntry(entry: LogEntry): RunLogEntry | undefined {
  if (entry.task) {
    const t = entry.task;
    const error = errorOf(t.error);
    return {
      type: "task",
      atMs: Number(t.atMs ?? 0),
      taskId: t.taskId ?? "",
      node: t.node ?? "",
      from: (t.from ?? "") as TaskState | "",
      to: (t.to ?? "") as TaskState,
      worker: t.worker ?? "",
      attempt: t.attempt ?? 0,
      durationMs: t.durationMs ?? 0,
      ...(error ? { error } : {}),
    };
  }
  if (entry.run) {
    const r = entry.run;
    const error = errorOf(r.error);
    return { type: "run", atMs: Number(r.atMs ?? 0), workflow: r.workflow ?? "", from: (r.from ?? "") as RunState | "", to: (r.to ?? "") as RunState, ...(error ? { error } : {}) };
  }
  if (entry.log) {
    const l = entry.log;
    const level = l.level === "warn" || l.level === "error" ? l.level : "info";
    return { type: "log", atMs: Number(l.atMs ?? 0), taskId: l.taskId ?? "", worker: l.worker ?? "", level, message: l.message ?? "" };
  }
  if (entry.block) {
    const b = entry.block;
    return { type: "tasks", atMs: Number(b.atMs ?? 0), node: b.node ?? "", first: b.start ?? 0, count: b.count ?? 0, to: "succeeded", worker: b.worker ?? "", durationMs: Number(b.durationMs ?? 0) };
  }
  if (entry.expanded) return { type: "expanded", atMs: Number(entry.expanded.atMs ?? 0), node: entry.expanded.node ?? "", count: entry.expanded.count ?? 0 };
  return undefined;
}

/** How a run ended: its result, or its error. */
export type RunOutcome<R> =
  | { state: "succeeded"; result: R; /** The result as the run recorded it (JSON text). */ resultJson: string }
  | { state: Exclude<EndRunState, "succeeded">; error: RunErrorInfo };

/** A run's state and progress, read from its record. */
export interface RunStatus<R = unknown> {
  id: string;
  workflow: string;
  state: RunState;
  submittedAt: Date;
  endedAt?: Date;
  /** When the run fails with E_TIMEOUT (its --timeout / timeoutMs). */
  deadlineAt?: Date;
  tasksDone: number;
  tasksTotal: number;
  /** Once it succeeded. */
  result?: R;
  error?: RunErrorInfo;
  nodes: { node: string; total: number; succeeded: number; failed: number; running: number; retries: number; cancelled: number }[];
  failures: { taskId: string; attempt: number; worker: string; error?: RunErrorInfo }[];
  /** Set for a run of a deployment. */
  deployment?: { name: string; version: string };
}

/** A run record as a RunStatus. */
export function statusOf<R>(r: RunRecord): RunStatus<R> {
  const error = errorOf(r.error);
  return {
    id: r.runId,
    workflow: r.workflow,
    state: r.state as RunState,
    submittedAt: new Date(Number(r.submittedAtMs)),
    ...(r.endedAtMs ? { endedAt: new Date(Number(r.endedAtMs)) } : {}),
    ...(r.deadlineAtMs ? { deadlineAt: new Date(Number(r.deadlineAtMs)) } : {}),
    tasksDone: r.tasksDone,
    tasksTotal: r.tasksTotal,
    ...(r.resultJson ? { result: JSON.parse(r.resultJson) as R } : {}),
    ...(error ? { error } : {}),
    nodes: r.nodes.map((n) => ({
      node: n.node ?? "",
      total: n.total ?? 0,
      succeeded: n.succeeded ?? 0,
      failed: n.failed ?? 0,
      running: n.running ?? 0,
      retries: n.retries ?? 0,
      cancelled: n.cancelled ?? 0,
    })),
    failures: r.failures.map((f) => {
      const e = errorOf(f.error);
      return { taskId: f.taskId ?? "", attempt: f.attempt ?? 0, worker: f.worker ?? "", ...(e ? { error: e } : {}) };
    }),
    ...(r.origin?.deployment ? { deployment: { name: r.origin.deployment, version: r.origin.version ?? "" } } : {}),
  };
}

/**
 * The record of run `runId`, this user's own or (for an admin) anyone's; E_NOT_FOUND (exit 2)
 * when there is none, E_NOT_OWNER when it is not this user's to read.
 */
export async function recordOf(bus: Bus, runId: string): Promise<RunRecord> {
  const record = await findRunRecord(bus, assertToken("run id", runId));
  if (!record) throw new WeftError(ErrorCode.NotFound, `no run ${runId}: list runs with \`weft runs\`.`);
  return record;
}

/** The followers a client has open, to stop when it closes. */
export type Followers = Set<FollowHandle>;

/** A submitted (or looked-up) run. `R` is its result type. */
export interface RunHandle<R = unknown> {
  readonly id: string;
  /** Resolves with the result once the run succeeded; rejects with a WeftError (the run's error code) when it failed or was cancelled. */
  result(): Promise<R>;
  /** Resolves once the run ended, with its result or its error (never rejects for a failed run). */
  outcome(): Promise<RunOutcome<R>>;
  /** The run's log entries, from its first, then live until it ends (an iterator per call). */
  events(): AsyncIterableIterator<RunLogEntry>;
  /** The run's state and progress now. */
  status(): Promise<RunStatus<R>>;
  /** Asks the coordinator to cancel the run: its tasks' signals fire, and it ends `cancelled`. */
  cancel(reason?: string): Promise<void>;
}

/** Follows a run, registered with the client's followers until it ends or is stopped. */
async function follow(bus: Bus, followers: Followers, runId: string, onEntry: (e: LogEntry) => void, owner?: string): Promise<FollowHandle> {
  const f = await followRun(bus, runId, onEntry, owner === undefined ? {} : { owner });
  followers.add(f);
  void f.ended.then(() => followers.delete(f));
  return f;
}

export class ClientRunHandle<R> implements RunHandle<R> {
  private ending: Promise<weft.v1.RunEvent.$Properties> | undefined;

  /** The run's owner once known: its history is on the owner's subjects. */
  private owner: string | undefined;

  /** `follower`: one already following the run from its start (submit's, so the run is this user's), whose end is the outcome. */
  constructor(
    private readonly bus: Bus,
    private readonly followers: Followers,
    readonly id: string,
    follower?: FollowHandle,
  ) {
    this.ending = follower?.ended;
    if (follower) this.owner = bus.identity ?? "";
  }

  /** The run's owner, from its record (which also refuses an unknown id: it would be followed forever). */
  private async ownerOfRun(): Promise<string> {
    this.owner ??= (await recordOf(this.bus, this.id)).owner ?? "";
    return this.owner;
  }

  async outcome(): Promise<RunOutcome<R>> {
    this.ending ??= (async () => {
      const owner = await this.ownerOfRun();
      return (await follow(this.bus, this.followers, this.id, () => {}, owner)).ended;
    })();
    const end = await this.ending;
    if (end.to === "succeeded") {
      const resultJson = end.resultJson || "null";
      return { state: "succeeded", result: JSON.parse(resultJson) as R, resultJson };
    }
    if (end.to === "failed" || end.to === "cancelled") {
      const error = errorOf(end.error) ?? { code: end.to === "cancelled" ? ErrorCode.Cancelled : ErrorCode.Infrastructure, message: "" };
      return { state: end.to, error };
    }
    throw new WeftError(ErrorCode.Closed, `stopped following run ${this.id}: its client was closed before the run ended.`);
  }

  async result(): Promise<R> {
    const o = await this.outcome();
    if (o.state === "succeeded") return o.result;
    const err = new WeftError(o.error.code, `run ${this.id} ${o.state}${o.error.message ? `: ${o.error.message}` : ""}`);
    throw Object.assign(err, { runId: this.id, state: o.state });
  }

  async *events(): AsyncIterableIterator<RunLogEntry> {
    const queue: RunLogEntry[] = [];
    let ended = false;
    let wake: (() => void) | undefined;
    const f = await follow(
      this.bus,
      this.followers,
      this.id,
      (e) => {
        const entry = toRunLogEntry(e);
        if (entry) queue.push(entry);
        wake?.();
      },
      await this.ownerOfRun(),
    );
    void f.ended.then(() => {
      ended = true;
      wake?.();
    });
    try {
      for (let next = 0; ; ) {
        while (next < queue.length) yield queue[next++]!;
        queue.length = next = 0;
        if (ended) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    } finally {
      f.stop();
    }
  }

  async status(): Promise<RunStatus<R>> {
    return statusOf<R>(await recordOf(this.bus, this.id));
  }

  async cancel(reason = "cancelled by its client"): Promise<void> {
    await cancelRun(this.bus, this.id, reason);
  }
}

export { follow as followForClient };
