/**
 * How many copies JetStream keeps of weft's streams and buckets (the run log, the run, leader,
 * deployment KV buckets, the bundle object store): one by default; 3 (or 5) on a NATS cluster,
 * so that losing a server loses neither data nor availability.
 *
 * The rule for a stream or bucket that exists already: fewer replicas than asked are raised
 * (the server copies the data to more servers: the way to move a one-server installation onto a
 * cluster); more are left alone, so that a command run with the default of 1 never lowers them.
 */
import { JetStreamApiError, type JetStreamManager } from "@nats-io/jetstream";
import { ErrorCode, WeftError } from "../errors.js";

/** JetStream keeps at most 5 copies of a stream. */
export const MAX_REPLICAS = 5;

/** The setting's names, for messages (the bus is used by the CLI, which takes them). */
const SETTING = "--replicas (WEFT_NATS_REPLICAS)";

/** Server answers that mean "these replicas cannot be placed". */
const NO_SUITABLE_PEERS = 10005; // too few JetStream servers in the cluster, or one is offline
const INSUFFICIENT_RESOURCES = 10023;
const REPLICAS_NOT_CLUSTERED = 10074; // "replicas > 1 not supported in non-clustered mode"

/** Checks a replica count: a whole number from 1 to 5 (a usage error otherwise). */
export function checkReplicas(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_REPLICAS) {
    throw new WeftError(ErrorCode.Usage, `${SETTING} must be a whole number from 1 to ${MAX_REPLICAS}, got "${n}".`);
  }
  return n;
}

/** Whether a stream with `current` replicas must be raised to `wanted` (never lowered). */
export function mustRaise(current: number | undefined, wanted: number): boolean {
  return (current ?? 1) < wanted;
}

/** The error for `replicas` that the server cannot place for `what` (e.g. `KV bucket "weft_runs"`). */
function cannotPlace(what: string, replicas: number, why: string, cause?: unknown): WeftError {
  return new WeftError(
    ErrorCode.Infrastructure,
    `${what}: ${SETTING} is ${replicas}, but NATS cannot keep ${replicas} copies (${why}): ` +
      `run a NATS cluster of at least ${replicas} JetStream servers, all up, or lower ${SETTING} (see docs/operations.md)`,
    cause === undefined ? {} : { cause },
  );
}

/** The placement error a server answer means, or undefined for any other error. */
export function placementError(err: unknown, what: string, replicas: number): WeftError | undefined {
  if (!(err instanceof JetStreamApiError)) return undefined;
  if (err.code === NO_SUITABLE_PEERS || err.code === INSUFFICIENT_RESOURCES) return cannotPlace(what, replicas, `the server says: ${err.message}`, err);
  if (err.code === REPLICAS_NOT_CLUSTERED) return cannotPlace(what, replicas, "the server is not part of a cluster", err);
  return undefined;
}

/**
 * Fails unless the connected server is in a cluster, when more than one replica is asked for.
 * A lone server refuses a new stream with more replicas, but was seen (2.9.10) to accept raising
 * an existing one, changing nothing but the number in its config.
 */
export function assertClustered(cluster: string | undefined, what: string, replicas: number): void {
  if (replicas > 1 && !cluster) throw cannotPlace(what, replicas, "the server is not part of a cluster");
}

/**
 * Raises the replicas of an existing stream (a KV bucket's is `KV_<bucket>`, an object store's
 * `OBJ_<bucket>`) to `replicas` when it has fewer; a no-op for 1.
 */
export async function raiseReplicas(jsm: JetStreamManager, stream: string, what: string, replicas: number): Promise<void> {
  if (replicas <= 1) return;
  const info = await jsm.streams.info(stream);
  if (!mustRaise(info.config.num_replicas, replicas)) return;
  try {
    await jsm.streams.update(stream, { ...info.config, num_replicas: replicas });
  } catch (err) {
    throw placementError(err, what, replicas) ?? err;
  }
}
