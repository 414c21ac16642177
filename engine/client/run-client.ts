/**
 * What a client does with a running weft: submit a prepared workflow, cancel a run, and follow
 * a run's log (from its first entry, live) until the run ends.
 */
import type { Bus } from "../bus/bus.js";
import { openBundles } from "../bundle/bundle-store.js";
import { ErrorCode, WeftError } from "../errors.js";
import { isTerminalRunState } from "../../model/status.js";
import type { weft } from "../gen/weft.js";
import { firstSubmissionOf, mintedHere, newRunId } from "../model/run-id.js";
import { buckets, streams, subjects } from "../subjects.js";
import { findRunRecord, readRunRecord } from "../coordinator/run-store.js";
import { decodeMessage, encodeMessage, errorFromWire, pb } from "../wire/protocol.js";
import { appendField, GRAPH_FIELD } from "../wire/embedded-field.js";
import { encodedGraph } from "../wire/graph-bytes.js";
import { readHistoryBatch } from "../wire/run-history.js";
import { assertInputFits } from "../wire/value-codec.js";
import { originToWire } from "../wire/origin.js";
import type { RunOrigin } from "../../model/trigger.js";
import { isName } from "../../model/names.js";
import type { PreparedWorkflow } from "./prepare-workflow.js";
import { directWaits, expressLeases } from "./express-lease.js";

/** Turns an error reply into a thrown WeftError with the same code. */
function raise(error: weft.v1.ErrorInfo.$Properties | null | undefined): void {
  const info = errorFromWire(error);
  if (info) throw new WeftError(info.code || ErrorCode.Infrastructure, info.message);
}

export interface RunOptions {
  /** The run fails with E_TIMEOUT if it has not ended this long after submission (0 or absent: no limit). */
  timeoutMs?: number;
  /** Who submitted, as the run's record shows it. */
  submitter?: string;
  /** The deployment (version, trigger event) the run is of; absent for a plain submission. */
  origin?: RunOrigin;
  /** An express run (docs/express.md): no record, not resumed after its coordinator's loss. Absent: the workflow's own durability. */
  express?: boolean;
  /** The run id was made for this run elsewhere (a trigger request's random event id): no run holds it, as one newRunId made here. */
  freshRunId?: boolean;
}

/** What a submission needs of a workflow: its graph and the hash of its bundle (already stored). */
export interface Submittable {
  graph: PreparedWorkflow["graph"];
  bundle: Pick<PreparedWorkflow["bundle"], "hash"> & Partial<PreparedWorkflow["bundle"]>;
  file?: string;
}

/** Ships the bundle and submits the run; returns its id. `runId` lets a caller follow before submitting. */
export async function submitRun(bus: Bus, prepared: PreparedWorkflow, inputJson: string, runId = newRunId(), opts: RunOptions = {}): Promise<string> {
  const store = await openBundles(bus);
  await store.put(prepared.bundle.hash, prepared.bundle.code);
  return requestRun(bus, prepared, inputJson, runId, opts);
}

/**
 * Asks the coordinator to start a run of a bundle already in the object store; returns its id.
 * An express run whose follower waits only for its end, without a timeout (the coordinator
 * keeps deadlines), starts straight on a worker under the connection's lease for the workflow
 * when there is one (express-lease.ts, docs/express.md "Leases"); then this resolves once the
 * worker took it (with its end, for a short run).
 */
export async function requestRun(bus: Bus, prepared: Submittable, inputJson: string, runId: string, opts: RunOptions = {}): Promise<string> {
  assertInputFits(inputJson, bus.maxPayload);
  // A chosen run id (--run-id, an Idempotency-Key) goes through the coordinator, which refuses one a durable run holds.
  const leasable = (opts.express ?? prepared.graph.durability === "express") && !(opts.timeoutMs! > 0) && (mintedHere(runId) || opts.freshRunId === true);
  const wait = directWaits(bus).get(runId);
  const again = () => requestViaCoordinator(bus, prepared, inputJson, runId, opts);
  if (wait && leasable && (await expressLeases(bus).start(prepared, inputJson, runId, originToWire(opts.origin) ?? null, wait, again))) {
    firstSubmissionOf(runId); // taken: a submission of it again (its worker lost) is not its first
    return runId;
  }
  // Through the coordinator: its follower reads the result from the run's workers' logs too (listened to from now).
  if (!leasable) wait?.viaCoordinator();
  return again();
}

/** requestRun through the coordinator. */
async function requestViaCoordinator(bus: Bus, prepared: Submittable, inputJson: string, runId: string, opts: RunOptions): Promise<string> {
  // The graph's bytes are encoded once per prepared workflow or deployment, and appended.
  const requestOf = (newRunId: boolean) =>
    appendField(
      encodeMessage(pb.SubmitRequest, {
        bundleHash: prepared.bundle.hash,
        inputJson,
        runId,
        submitter: opts.submitter ?? `pid-${process.pid}`,
        timeoutMs: opts.timeoutMs ?? 0,
        origin: originToWire(opts.origin),
        express: opts.express ?? prepared.graph.durability === "express",
        newRunId,
      }),
      GRAPH_FIELD.SubmitRequest,
      encodedGraph(prepared.graph),
    );
  // Only the first send of an id made here says it is new: a retry may reach a coordinator
  // after another one started the run under it (see SubmitRequest.new_run_id).
  let isNew = firstSubmissionOf(runId);
  const submit = async () => {
    const sent = requestOf(isNew);
    isNew = false;
    const reply = decodeMessage(pb.SubmitReply, await bus.request(subjects.submit(bus.identity), sent, { timeoutMs: 30_000 }), () => {});
    if (!reply) throw new WeftError(ErrorCode.Decode, "the coordinator's reply did not decode");
    raise(reply.error);
    return reply.runId;
  };
  try {
    return await whileCoordinatorReturns(bus, runId, submit);
  } catch (err) {
    if ((err as { code?: string }).code === "E_NO_RESPONDERS") {
      throw new WeftError(ErrorCode.Infrastructure, "no coordinator answers on this NATS: start one with `weft coordinator` (or `weft dev`).", { cause: err });
    }
    if ((err as { code?: string }).code === ErrorCode.PayloadTooLarge) {
      // The input was checked above: the graph is what does not fit.
      throw new WeftError(
        ErrorCode.InvalidWorkflow,
        `the workflow "${prepared.graph.name}" has ${prepared.graph.nodes.length} nodes, too many to submit in one message (${(err as Error).message}): declare a fan-out with wf.map or a source's partitions instead of one node per item.`,
        { cause: err },
      );
    }
    if ((err as { code?: string }).code === ErrorCode.Timeout) {
      throw new WeftError(
        ErrorCode.Timeout,
        `the coordinator did not answer the submission of run ${runId} within 30 s (it may have stopped): \`weft status ${runId}\` tells whether it took the run; if not, submit again.`,
        { cause: err },
      );
    }
    throw err;
  }
}

/** Ctrl-C on a followed run: cancels it, and gives the follower a moment to print its end. */
export async function cancelInterrupted(bus: Bus, runId: string): Promise<void> {
  await cancelRun(bus, runId, "interrupted (Ctrl-C)").catch(() => {});
  await new Promise((r) => setTimeout(r, 500));
}

/** How long a submission waits for a coordinator on a NATS that has had one (a restart, a standby taking over). */
const COORDINATOR_RETURN_MS = 15_000;

/**
 * `send`, sent again while nobody answers on a NATS a coordinator has served (its run log
 * stream exists) or the one that answers is no longer the active one: one is restarting, or
 * a standby is taking over. On a NATS no coordinator ever served, at once the error that says
 * to start one.
 */
async function whileCoordinatorReturns<T>(bus: Bus, runId: string, send: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + COORDINATOR_RETURN_MS;
  let told = false;
  for (;;) {
    try {
      return await send();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if ((code !== ErrorCode.NoResponders && code !== ErrorCode.NotLeader) || Date.now() > deadline) throw err;
      if (code === ErrorCode.NoResponders) (await replayRunLog(bus, runId, bus.identity ?? "", () => {})).stop(); // throws when no coordinator ever served
      if (!told) process.stderr.write(`weft: no coordinator answers yet; waiting up to ${COORDINATOR_RETURN_MS / 1000} s (one may be restarting, or a standby taking over)\n`);
      told = true;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * Asks the coordinator to cancel a run, on behalf of the run's owner: the cancel subject names
 * the owner, and the server lets only that user, or an admin, publish there (docs/security.md,
 * "Tenancy"). A run of someone else's whose record this user may not read fails with
 * E_NOT_OWNER here (who may not read a run may not cancel it either); one whose record is not
 * there (yet) is asked for in its own name.
 */
export async function cancelRun(bus: Bus, runId: string, reason: string): Promise<void> {
  const record = (await readRunRecord(bus, runId).catch(() => undefined)) ?? (await findRunRecord(bus, runId).catch(rethrowNotOwner));
  const owner = record?.owner ?? bus.identity ?? "";
  let data: Uint8Array;
  try {
    data = await bus.request(subjects.cancel(owner), encodeMessage(pb.CancelRequest, { runId, reason }), { timeoutMs: 10_000 });
  } catch (err) {
    if ((err as { code?: string }).code === "E_NO_RESPONDERS") {
      throw new WeftError(ErrorCode.Infrastructure, "no coordinator answers on this NATS: start one with `weft coordinator`.", { cause: err });
    }
    throw err;
  }
  const reply = decodeMessage(pb.CancelReply, data, () => {});
  if (!reply) throw new WeftError(ErrorCode.Decode, "the coordinator's reply did not decode");
  raise(reply.error);
}

/** Rethrows E_NOT_OWNER; anything else reads as "no record found". */
function rethrowNotOwner(err: unknown): undefined {
  if ((err as { code?: string }).code === ErrorCode.NotOwner) throw err;
  return undefined;
}

export type LogEntry = weft.v1.LogEntry.$Properties;

/** Where an entry is in a run's log: the stream sequence of its batch, and its place in the batch. */
export interface LogPosition {
  seq: number;
  index: number;
}

/** Whether `p` comes after `q` in the log. */
export function isAfter(p: LogPosition, q: LogPosition): boolean {
  return p.seq > q.seq || (p.seq === q.seq && p.index > q.index);
}

export interface FollowHandle {
  /** Resolves with the run's terminal event. */
  readonly ended: Promise<weft.v1.RunEvent.$Properties>;
  /** Log entries of the run seen so far. */
  seen(): number;
  stop(): void;
}

export interface FollowOptions {
  /** Also end (with a `to: ""` event) after that long without a new entry. */
  idleMs?: number;
  /** Deliver only the entries after this position (those before still count for the run's end). */
  after?: LogPosition;
  /** The run's owner, whose subjects carry its history; by default the reader's own identity. */
  owner?: string;
}

/**
 * Whether the run log holds an entry of `runId` under the reader's own subjects: how a run
 * without a record (an express run) is known while the stream keeps its log (docs/express.md).
 */
export async function runLogExists(bus: Bus, runId: string): Promise<boolean> {
  if (!isName(runId)) return false;
  try {
    return (await bus.nextMessage(streams.runLog, subjects.runHistory(runId, bus.identity ?? ""), 1)) !== undefined;
  } catch (err) {
    if ((err as { code?: string }).code === ErrorCode.NotFound) return false;
    throw err;
  }
}

/**
 * Delivers every log entry of a run, oldest first, then live ones, until the run ends.
 * `idleMs`: also end (with a `to: ""` event) after that long without a new entry.
 */
export async function followRun(
  bus: Bus,
  runId: string,
  onEntry: (entry: LogEntry, at: LogPosition) => void,
  opts: FollowOptions = {},
): Promise<FollowHandle> {
  let finish!: (e: weft.v1.RunEvent.$Properties) => void;
  const ended = new Promise<weft.v1.RunEvent.$Properties>((r) => (finish = r));
  let idle: NodeJS.Timeout | undefined;
  const armIdle = () => {
    if (opts.idleMs === undefined) return;
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => finish({ to: "" }), opts.idleMs);
  };
  let done = false;
  let seen = 0;
  const handle = await replayRunLog(bus, runId, opts.owner ?? bus.identity ?? "", (data, subject, seq) => {
    if (done) return;
    // Only what its author may say: the run's state from the coordinator, tasks from workers.
    const batch = readHistoryBatch(subject, data, () => {});
    if (!batch) return;
    armIdle();
    for (const [index, entry] of batch.entries.entries()) {
      seen++;
      const at = { seq, index };
      if (!opts.after || isAfter(at, opts.after)) onEntry(entry, at);
      if (entry.run && isTerminalRunState(entry.run.to ?? "")) {
        done = true;
        finish(entry.run);
        return;
      }
    }
  });
  armIdle();
  void ended.then(() => {
    if (idle) clearTimeout(idle);
    handle.stop();
  });
  return { ended, seen: () => seen, stop: () => finish({ to: "" }) };
}

/** bus.replay of one run's history; a missing stream means no coordinator ever served this NATS. */
async function replayRunLog(
  bus: Bus,
  runId: string,
  owner: string,
  onData: (data: Uint8Array, subject: string, seq: number) => void,
): Promise<{ stop(): void }> {
  try {
    return await bus.replay(streams.runLog, subjects.runHistory(runId, owner), onData);
  } catch (err) {
    if ((err as { code?: string }).code !== ErrorCode.NotFound) throw err;
    throw new WeftError(
      ErrorCode.Infrastructure,
      `no coordinator has served this NATS yet (the run log stream ${streams.runLog} is missing): start one with \`weft coordinator\` (or \`weft dev\`).`,
      { cause: err },
    );
  }
}

/**
 * Submits while following: if the coordinator took the run but never answered (it died in
 * between; its successor resumes the run), the follower goes on as long as the run's log shows
 * the run exists.
 */
export async function submitFollowed(bus: Bus, handle: FollowHandle, submit: () => Promise<string>): Promise<void> {
  try {
    await submit();
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== ErrorCode.Timeout && code !== ErrorCode.Infrastructure) throw err;
    if (handle.seen() > 0) return; // the run exists: keep following it
    throw err;
  }
}
