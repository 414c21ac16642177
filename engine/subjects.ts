/**
 * Every NATS subject weft uses is built and parsed here, and nowhere else. Versioned under
 * `weft.v1`. Tokens (run ids, worker names) must not contain `.`, `*`, `>` or spaces.
 */
import { assertName, isName } from "../model/names.js";

export const SUBJECT_PREFIX = "weft.v1";

/** Checks that a run id or worker name can be one subject token (throws E_USAGE). */
export function assertToken(kind: string, value: string): string {
  return assertName(kind, value);
}

/** The subject token of a run's owner: `@` and the owner's NATS identity. */
function ownerToken(owner: string): string {
  return `@${assertToken("owner", owner)}`;
}

/** `weft.v1.run.<run>` for a run without an owner, `weft.v1.run.@<owner>.<run>` for one with. */
function runBase(runId: string, owner: string): string {
  const run = assertToken("run id", runId);
  return owner ? `${SUBJECT_PREFIX}.run.${ownerToken(owner)}.${run}` : `${SUBJECT_PREFIX}.run.${run}`;
}

export const subjects = {
  /** Requests: does the active coordinator still hold this express run (ExpressProbe)? */
  expressProbe: () => `${SUBJECT_PREFIX}.coord.express`,
  /**
   * Request/reply: SubmitRequest -> SubmitReply. With an owner (the submitter's NATS identity,
   * engine/client/owner.ts), the run is that owner's: the server's permissions let each user
   * publish only on the subject with its own name, so the coordinator takes the owner from the
   * subject. Without one (a server without users), the run has no owner.
   */
  submit: (owner = "") => (owner ? `${SUBJECT_PREFIX}.coord.submit.${assertToken("owner", owner)}` : `${SUBJECT_PREFIX}.coord.submit`),
  allOwnedSubmits: () => `${SUBJECT_PREFIX}.coord.submit.*`,
  /** Request/reply: CancelRequest -> CancelReply, on behalf of the run's owner (as `submit`). */
  cancel: (owner = "") => (owner ? `${SUBJECT_PREFIX}.coord.cancel.${assertToken("owner", owner)}` : `${SUBJECT_PREFIX}.coord.cancel`),
  allOwnedCancels: () => `${SUBJECT_PREFIX}.coord.cancel.*`,
  /** Request/reply: LeaseRequest -> LeaseGrant, on behalf of the owner (as `submit`: the owner is the subject's). */
  leaseRequest: (owner = "") => (owner ? `${SUBJECT_PREFIX}.coord.lease.${assertToken("owner", owner)}` : `${SUBJECT_PREFIX}.coord.lease`),
  allOwnedLeaseRequests: () => `${SUBJECT_PREFIX}.coord.lease.*`,
  /** LeaseRevoke, from the coordinator to every client and worker: those leases are void. */
  leaseRevoke: () => `${SUBJECT_PREFIX}.lease.revoke`,
  /** Empty: a coordinator became active; every worker answers with a heartbeat at once. */
  coordinatorUp: () => `${SUBJECT_PREFIX}.coord.up`,
  /**
   * DataChunk stream for the coordinator (sink values), from one worker: the worker's name is in
   * the subject, so the server's permissions (one user per worker) vouch for who sent it.
   */
  coordinatorData: (worker: string) => `${SUBJECT_PREFIX}.coord.data.${assertToken("worker name", worker)}`,
  allCoordinatorData: () => `${SUBJECT_PREFIX}.coord.data.*`,
  /** WorkerHeartbeat, every second. */
  workerHeartbeat: (worker: string) => `${SUBJECT_PREFIX}.worker.${assertToken("worker name", worker)}.heartbeat`,
  allWorkerHeartbeats: () => `${SUBJECT_PREFIX}.worker.*.heartbeat`,
  /** Request/reply: StartRun -> StartRunReply. */
  workerStart: (worker: string) => `${SUBJECT_PREFIX}.worker.${assertToken("worker name", worker)}.start`,
  /** Request/reply, from the coordinator only: LeaseOffer -> empty, once the worker holds the lease. */
  workerLease: (worker: string) => `${SUBJECT_PREFIX}.worker.${assertToken("worker name", worker)}.lease`,
  /**
   * Request/reply: DirectStart -> DirectReply, an express run started by its client under a
   * lease. The owner is in the subject, so the server's permissions (each user may publish only
   * on its own) vouch for whose run it is; the worker takes it only under a lease of that owner.
   */
  directStart: (worker: string, owner = "") =>
    owner ? `${SUBJECT_PREFIX}.worker.${assertToken("worker name", worker)}.direct.${assertToken("owner", owner)}` : `${SUBJECT_PREFIX}.worker.${assertToken("worker name", worker)}.direct`,
  /** The direct starts of every owner, for worker `worker`. */
  allOwnedDirectStarts: (worker: string) => `${SUBJECT_PREFIX}.worker.${assertToken("worker name", worker)}.direct.*`,
  /** Request/reply: RunControl (run id) -> empty, once the worker's log of that run is stored. */
  workerFlush: (worker: string) => `${SUBJECT_PREFIX}.worker.${assertToken("worker name", worker)}.flush`,
  /**
   * DataChunk stream for worker `to` from worker `from`: the sender's name is in the subject, so
   * the server's permissions (one user per worker) vouch for who sent it.
   */
  workerData: (to: string, from: string) => `${SUBJECT_PREFIX}.worker.${assertToken("worker name", to)}.data.${assertToken("worker name", from)}`,
  /** Every DataChunk stream for worker `to`, whoever sends it. */
  workerDataFromAny: (to: string) => `${SUBJECT_PREFIX}.worker.${assertToken("worker name", to)}.data.*`,
  /**
   * LogBatch of one worker: its task changes, user log lines and edge accounting of a run (never
   * the run's own state). Captured by the log stream. A run with an owner has its history under
   * `weft.v1.run.@<owner>.<run>.`, so the server's permissions can let each user read only its
   * own runs (`weft.v1.run.@<user>.>`, docs/security.md "Tenancy"); a run without one under
   * `weft.v1.run.<run>.` as ever (`@` starts no run id).
   */
  runLog: (runId: string, worker: string, owner = "") => `${runBase(runId, owner)}.log.${assertToken("worker name", worker)}`,
  /** Every worker's log of every run without an owner. */
  allRunLogs: () => `${SUBJECT_PREFIX}.run.*.log.*`,
  /** Every worker's log of one run (an express run's client reads it live, not from the stream). */
  runLogs: (runId: string, owner = "") => `${runBase(runId, owner)}.log.*`,
  /**
   * LogBatch of the coordinator: the run's state changes (its end and result) and its log
   * markers. Only the coordinator may publish here: readers believe a run's state from nowhere else.
   */
  runState: (runId: string, owner = "") => `${runBase(runId, owner)}.state`,
  /** The state of every run without an owner, or with `owner`, of every run of that owner. */
  allRunStates: (owner = "") => (owner ? `${SUBJECT_PREFIX}.run.${ownerToken(owner)}.*.state` : `${SUBJECT_PREFIX}.run.*.state`),
  /** Everything the log stream holds of one run (state, every worker's log), in stream order. */
  runHistory: (runId: string, owner = "") => `${runBase(runId, owner)}.>`,
  /** The histories of every run of one owner: what the server lets that owner read. */
  ownerRunHistories: (owner: string) => `${SUBJECT_PREFIX}.run.${ownerToken(owner)}.>`,
  /** Everything the log stream holds. */
  allRunHistory: () => `${SUBJECT_PREFIX}.run.>`,
  /** RunControl, to every worker. */
  runControl: (runId: string) => `${SUBJECT_PREFIX}.run.${assertToken("run id", runId)}.control`,
  allRunControls: () => `${SUBJECT_PREFIX}.run.*.control`,
} as const;

/** What a concrete subject names. */
export type ParsedSubject =
  | { kind: "submit"; owner: string }
  | { kind: "cancel"; owner: string }
  | { kind: "leaseRequest"; owner: string }
  | { kind: "workerLease"; worker: string }
  | { kind: "directStart"; worker: string; owner: string }
  | { kind: "coordinatorData"; worker: string }
  | { kind: "coordinatorUp" }
  | { kind: "workerHeartbeat"; worker: string }
  | { kind: "workerStart"; worker: string }
  | { kind: "workerData"; worker: string; from: string }
  | { kind: "workerFlush"; worker: string }
  | { kind: "runLog"; runId: string; worker: string; owner: string }
  | { kind: "runState"; runId: string; owner: string }
  | { kind: "runControl"; runId: string };

/** Parses a subject built by `subjects`; returns undefined for anything else. */
export function parseSubject(subject: string): ParsedSubject | undefined {
  const parts = subject.split(".");
  if (parts[0] !== "weft" || parts[1] !== "v1") return undefined;
  // An owned run's history: `weft.v1.run.@owner.RUN.…` reads as `weft.v1.run.RUN.…` of that owner.
  const owner = parts[2] === "run" && parts[3]?.startsWith("@") ? parts[3].slice(1) : undefined;
  if (owner !== undefined) {
    if (!isName(owner)) return undefined;
    const rest = parseSubject([...parts.slice(0, 3), ...parts.slice(4)].join("."));
    return rest?.kind === "runLog" || rest?.kind === "runState" ? { ...rest, owner } : undefined;
  }
  const [, , area, a, b, c] = parts;
  if (parts.length === 4 && area === "coord") {
    if (a === "submit") return { kind: "submit", owner: "" };
    if (a === "cancel") return { kind: "cancel", owner: "" };
    if (a === "lease") return { kind: "leaseRequest", owner: "" };
    if (a === "up") return { kind: "coordinatorUp" };
  }
  if (parts.length === 5 && area === "coord" && a === "data" && b && isName(b)) return { kind: "coordinatorData", worker: b };
  if (parts.length === 5 && area === "coord" && (a === "submit" || a === "cancel") && b && isName(b)) return { kind: a, owner: b };
  if (parts.length === 5 && area === "coord" && a === "lease" && b && isName(b)) return { kind: "leaseRequest", owner: b };
  if (parts.length === 5 && area === "worker" && a && isName(a)) {
    if (b === "heartbeat") return { kind: "workerHeartbeat", worker: a };
    if (b === "start") return { kind: "workerStart", worker: a };
    if (b === "flush") return { kind: "workerFlush", worker: a };
    if (b === "lease") return { kind: "workerLease", worker: a };
    if (b === "direct") return { kind: "directStart", worker: a, owner: "" };
  }
  if (parts.length === 5 && area === "run" && a && isName(a)) {
    if (b === "state") return { kind: "runState", runId: a, owner: "" };
    if (b === "control") return { kind: "runControl", runId: a };
  }
  if (parts.length === 6 && area === "worker" && a && isName(a) && b === "data" && c && isName(c)) return { kind: "workerData", worker: a, from: c };
  if (parts.length === 6 && area === "worker" && a && isName(a) && b === "direct" && c && isName(c)) return { kind: "directStart", worker: a, owner: c };
  if (parts.length === 6 && area === "run" && a && isName(a) && b === "log" && c && isName(c)) return { kind: "runLog", runId: a, worker: c, owner: "" };
  return undefined;
}

/** JetStream names. */
export const streams = {
  /** Captures every run log subject: the durable history behind `weft logs`. */
  runLog: "WEFT_RUN_LOG",
} as const;

export const buckets = {
  /** RunRecord per run id. */
  runs: "weft_runs",
  /** Coordinator leadership: one key, renewed while the leader lives. */
  leader: "weft_leader",
  /** Workflow bundles by sha256. */
  bundles: "weft_bundles",
  /** Deployment per name (engine/deploy/deployment-store.ts). */
  deployments: "weft_deployments",
  /** What a trigger source keeps across leaders, per trigger key (engine/triggers/trigger-state.ts): a cron trigger's last fired tick. */
  triggerState: "weft_trigger_state",
  /** Which batch run holds each event of a batched trigger (engine/triggers/batch-markers.ts). */
  triggerEvents: "weft_trigger_events",
  /**
   * Why a run is stalled, per run id, while it is (engine/coordinator/store-alarm.ts): in
   * memory, so it can be written when JetStream's file store is full.
   */
  runNotices: "weft_run_notices",
  /**
   * One key the coordinator overwrites while the file store is full, to learn when it stores
   * writes again (engine/coordinator/store-alarm.ts).
   */
  storeProbe: "weft_store_probe",
  /**
   * Per deployment version (or workflow and bundle) and node, the resource history of its
   * attempts, and per scope the runs' cost totals (engine/coordinator/resource-history.ts).
   */
  resources: "weft_resources",
} as const;
