/**
 * Direct runs over several workers (docs/express.md, "Leases over several workers"). The
 * client starts the run on the lease's result worker (the one computing its sink); that worker
 * starts the run's part on each peer the lease names, with the same DirectStart (`part`) on the
 * peer's direct subject of the run's owner, and answers the client once every peer took it. A
 * peer that refuses or does not answer voids the start: the parts taken are ended, the result
 * worker forgets its own, and the client goes through the coordinator.
 *
 * Ends: the result worker tells each peer when the run ended there (`part_end`: forget the
 * part); a peer whose part fails tells the result worker (`part_end` with the error), which ends
 * the run failed for its client. A part no end reaches (a lost message) is forgotten after
 * PART_KEPT_MS. A lost worker (the coordinator's revoke names it) ends every direct run or part
 * placed on it here without a word: the client runs it again through the coordinator.
 */
import type { Bus } from "../bus/bus.js";
import { ErrorCode, WeftError, type ErrorInfoLike } from "../errors.js";
import { subjects } from "../subjects.js";
import { decodeMessage, encodeMessage, pb } from "../wire/protocol.js";

/** How long a peer has to take its part before the run goes through the coordinator (the client waits 1 s for the whole start). */
const PART_ANSWER_MS = 500;
/** A part no end reached is forgotten this long after it started (two lease lifetimes). */
export const PART_KEPT_MS = 120_000;

/** A direct run here that has other workers: as the result worker (its peers) or as a peer (its result worker). */
export interface SpreadRun {
  readonly leaseId: string;
  readonly owner: string;
  /** True: this worker runs a part; the run's result and end are `resultWorker`'s. */
  readonly part: boolean;
  /** The result worker's peers (for a part: empty). */
  readonly peers: readonly string[];
  /** The worker computing the run's result (for the result worker: itself). */
  readonly resultWorker: string;
}

/**
 * Starts the part of run `runId` on each peer; resolves once all took it. Rejects with the first
 * refusal, after telling the peers that took theirs to forget them.
 */
export async function startParts(bus: Bus, run: SpreadRun, runId: string, inputJson: string, origin: unknown): Promise<void> {
  const data = encodeMessage(pb.DirectStart, { leaseId: run.leaseId, runId, inputJson, origin: origin as never, part: true });
  const taken: string[] = [];
  const answers = await Promise.all(
    run.peers.map(async (peer) => {
      try {
        const reply = decodeMessage(pb.DirectReply, await bus.request(subjects.directStart(peer, run.owner), data, { timeoutMs: PART_ANSWER_MS }), () => {});
        if (reply && !reply.error) {
          taken.push(peer);
          return undefined;
        }
        return `worker ${peer} refused its part: ${reply?.error?.message ?? "an answer that does not decode"}`;
      } catch (err) {
        return `worker ${peer} did not take its part within ${PART_ANSWER_MS} ms (${(err as Error).message})`;
      }
    }),
  );
  const refused = answers.find((a) => a !== undefined);
  if (refused === undefined) return;
  endParts(bus, { ...run, peers: taken }, runId);
  throw new WeftError(ErrorCode.LeasePartsRefused, `${refused}: start the run through the coordinator.`);
}

/** Tells the peers the run ended (they forget their parts), or tells the result worker a part failed (`error`). */
export function endParts(bus: Bus, run: SpreadRun, runId: string, error?: ErrorInfoLike): void {
  const to = run.part ? [run.resultWorker] : run.peers;
  const data = encodeMessage(pb.DirectStart, { leaseId: run.leaseId, runId, partEnd: true, ...(error ? { error } : {}) });
  for (const worker of to) {
    try {
      bus.publish(subjects.directStart(worker, run.owner), data);
    } catch {
      // Disconnected: a peer forgets its part after PART_KEPT_MS; a result worker's client runs it again on the revoke.
    }
  }
}
