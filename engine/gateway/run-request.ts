/**
 * One request that starts a run, as both `POST /v1/workflows/NAME/runs` and the routes of HTTP
 * triggers serve it: the body is the input, `?wait=DURATION` answers with the run's end when it
 * comes in time, and an `Idempotency-Key` names the run, so the same key gives the same run.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { TriggerInfo } from "../../model/trigger.js";
import type { Bus } from "../bus/bus.js";
import { invokeVersion } from "../client/invoke.js";
import { followRun } from "../client/run-client.js";
import { followExpress } from "../client/express-follow.js";
import type { RunEnds } from "../client/run-ends.js";
import { readRunRecord } from "../coordinator/run-store.js";
import type { Deployment } from "../deploy/deployment-store.js";
import { ErrorCode, WeftError } from "../errors.js";
import { isTerminalRunState } from "../../model/status.js";
import { parseDuration } from "../model/duration.js";
import { HttpError } from "./http-errors.js";
import { runInputOf } from "./run-input.js";

/** The longest `wait` a request may ask for. */
export const MAX_WAIT_MS = 5 * 60_000;

/** What a request asks for, read (and checked: 400) before anything is started. */
export interface RunRequest {
  readonly inputJson: string;
  /** `?wait=`: how long to wait for the run's end; undefined: answer at once. */
  readonly waitMs: number | undefined;
  /** The Idempotency-Key header, when given. */
  readonly key: string | undefined;
  /** `?durability=express|durable`; undefined: the trigger's, else the workflow's own (docs/express.md). */
  readonly durability: "durable" | "express" | undefined;
}

function durabilityParam(raw: unknown): "durable" | "express" | undefined {
  if (raw === undefined) return undefined;
  if (raw === "durable" || raw === "express") return raw;
  throw new WeftError(ErrorCode.InvalidInput, `durability must be durable or express, got ${JSON.stringify(raw)}`);
}

function waitMs(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const ms = typeof raw === "string" ? parseDuration(raw) : undefined;
  if (ms === undefined || ms > MAX_WAIT_MS) {
    throw new WeftError(ErrorCode.InvalidInput, `wait must be a duration such as 500ms, 30s or 2m (at most 5m), got ${JSON.stringify(raw)}`);
  }
  return ms;
}

/** The request's input, wait and Idempotency-Key; E_INVALID_INPUT (400) or 413 when one is malformed. */
export function readRunRequest(req: FastifyRequest, maxPayload: number): RunRequest {
  const query = req.query as { wait?: unknown; durability?: unknown } | undefined;
  const wait = waitMs(query?.wait);
  const durability = durabilityParam(query?.durability);
  const inputJson = runInputOf(req.body, maxPayload);
  const key = req.headers["idempotency-key"];
  // Node joins a header sent twice into one value ("k1, k2"): two keys are counted in the raw headers.
  const given = req.raw.rawHeaders.filter((h, i) => i % 2 === 0 && h.toLowerCase() === "idempotency-key").length;
  if (given > 1 || Array.isArray(key) || (typeof key === "string" && key.trim() === "")) {
    throw new HttpError(400, ErrorCode.InvalidInput, "Idempotency-Key must be given once, and not empty");
  }
  return { inputJson, waitMs: wait, key, durability };
}

/** Submits unless the run exists already (a repeated Idempotency-Key): the same run either way. */
async function startRun(
  bus: Bus,
  d: Deployment,
  inputJson: string,
  runId: string,
  idempotent: boolean,
  trigger: TriggerInfo | undefined,
  express: boolean,
): Promise<void> {
  if (idempotent && (await readRunRecord(bus, runId))) return;
  try {
    // A run id not from an Idempotency-Key was made for this request (a new one, or a trigger's random event id).
    await invokeVersion(bus, d, inputJson, { runId, submitter: "gateway", express, freshRunId: !idempotent, ...(trigger ? { trigger } : {}) });
  } catch (err) {
    // Two requests with one key at once: the coordinator took the other (its record may not be
    // written yet), and refuses this id as taken.
    if (idempotent && (err as { code?: string }).code === ErrorCode.Usage && /already taken/.test((err as Error).message)) return;
    throw err;
  }
}

/** 202; a durable run's Location is its status, an express run has none (no record: docs/express.md). */
function accepted(reply: FastifyReply, runId: string, express: boolean) {
  if (!express) reply.header("location", `/v1/runs/${runId}`);
  return reply.code(202).send({ run_id: runId });
}

/**
 * Starts the run `runId` of `d` (or finds it, for a repeated key) and answers: 202 with its id at
 * once, or with `wait`, 200 with its end when it comes in time (202 with Location if not; none for an
 * express run, which GET /v1/runs/ID does not know).
 */
export async function answerRunRequest(
  bus: Bus,
  reply: FastifyReply,
  d: Deployment,
  request: RunRequest,
  runId: string,
  trigger?: TriggerInfo,
  triggerExpress = false,
  /** The gateway's follower of run ends (engine/client/run-ends.ts); without it, each wait follows its run. */
  ends?: RunEnds,
) {
  const idempotent = request.key !== undefined;
  const wait = request.waitMs;
  const express = (request.durability ?? (triggerExpress ? "express" : undefined) ?? d.graph.durability ?? "durable") === "express";
  if (wait === undefined) {
    await startRun(bus, d, request.inputJson, runId, idempotent, trigger, express);
    return accepted(reply, runId, express);
  }
  const ended = (state: string, resultJson: string | null | undefined, error: { code?: string | null; message?: string | null } | null | undefined) =>
    reply.code(200).send({
      run_id: runId,
      state,
      result: resultJson ? (JSON.parse(resultJson) as unknown) : null,
      ...(error?.code ? { error: { code: error.code, message: error.message } } : {}),
    });
  // A repeated key of a run that has ended: its record says how (its log may be pruned by now).
  const record = idempotent ? await readRunRecord(bus, runId) : undefined;
  if (record && isTerminalRunState(record.state)) return ended(record.state, record.resultJson, record.error);
  // Following starts with the submission, not after it (one round trip less per request): the
  // log is replayed from its first entry, so an end that comes before the follower is set up is seen.
  // An express run is read live over core NATS (no stream consumer), its coordinator's loss ending it.
  const expressFollow = express ? followExpress(bus, runId, () => {}, ends?.express) : undefined;
  // A new run id (no key): its end is read from the gateway's one follower of every run's state.
  const shared = !express && !idempotent ? ends?.wait(runId) : undefined;
  const following = expressFollow ? Promise.resolve(expressFollow) : shared ? Promise.resolve(shared) : followRun(bus, runId, () => {});
  // The follower may fail (no run log stream: no coordinator yet) while the submission is still
  // under way: marked handled here so that is not an unhandled rejection ending the gateway; the
  // `await following` below still throws it, answered 503.
  following.catch(() => {});
  try {
    if (!record) await startRun(bus, d, request.inputJson, runId, idempotent, trigger, express);
  } catch (err) {
    void following.then((h) => h.stop(), () => {});
    throw err;
  }
  expressFollow?.submitted();
  const handle = await following;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timedOut = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), wait)));
    const end = await Promise.race([handle.ended, timedOut]);
    return end?.to ? ended(end.to, end.resultJson, end.error) : accepted(reply, runId, express);
  } finally {
    clearTimeout(timer);
    handle.stop();
  }
}
