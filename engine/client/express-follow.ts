/**
 * Follows an express run (docs/express.md): live over core NATS, not through a stream consumer.
 * Its state subject and its workers' logs are read as they are published; its end arrives there
 * at once. An express run lives only in the coordinator that took it, so while it goes on the
 * client asks the active coordinator whether it still holds it: a coordinator that went away
 * (none answers, or another one that does not know the run took over) ends the follow with
 * E_EXPRESS_LOST instead of a wait that would never end.
 *
 * A follower whose caller reads only the end (the client API without `tap`, the gateway's
 * `?wait`) reads the run's state from the connection's one subscription of every state of its
 * owner's runs (ExpressStates) instead of two subscriptions made and dropped per run, and its
 * workers' logs only for the result the worker that computed it puts there
 * (express-direct-result.ts): the run's success one hop before the coordinator's end. A run
 * started under a lease (express-lease.ts) has its end in its worker's replies: its workers' logs
 * are read only if it goes through the coordinator after all.
 */
import type { Bus, BusSubscription } from "../bus/bus.js";
import { ErrorCode } from "../errors.js";
import type { weft } from "../gen/weft.js";
import { isTerminalRunState } from "../../model/status.js";
import { parseSubject, subjects } from "../subjects.js";
import { decodeMessage, encodeMessage, pb } from "../wire/protocol.js";
import { readHistoryBatch } from "../wire/run-history.js";
import { DirectResult } from "./express-direct-result.js";
import { directWaits } from "./express-lease.js";
import type { FollowHandle, LogEntry } from "./run-client.js";

/** How often the client asks whether the run's coordinator still holds it. */
const PROBE_EVERY_MS = 500;
/** A probe unanswered this long counts as a miss. */
const PROBE_TIMEOUT_MS = 1000;
/** Misses in a row (no coordinator, or no answer) that mean the coordinator is gone; "not held" is at once. */
const MISSES_LOST = 2;
/** How long an ended run's log subscription is kept when no other run comes to drop it with. */
const DROP_AFTER_MS = 1000;

/**
 * One core subscription of every state of the owner's runs on a connection, made at its first
 * use, handing each run's batches to the reader registered for it (every other run's are
 * dropped after a look at the subject).
 */
export class ExpressStates {
  private readonly readers = new Map<string, (data: Uint8Array, subject: string) => void>();
  private sub: BusSubscription | undefined;
  /** Ended runs' log subscriptions, dropped with the next run's (one socket write, not one more per run) or a while later. */
  private dropping: BusSubscription[] = [];
  private dropTimer: NodeJS.Timeout | undefined;

  constructor(private readonly bus: Bus) {}

  /**
   * Hands the batches of `runId`'s workers' logs to `read` (for the result its worker puts
   * there); returns the unlisten. Its UNSUB goes out with the next run's SUB and submission
   * instead of in a socket write of its own; a late batch meanwhile is read and ignored.
   */
  listenLogs(runId: string, read: (data: Uint8Array, subject: string) => void): () => void {
    this.drop();
    const sub = this.bus.subscribe(subjects.runLogs(runId, this.bus.identity ?? ""), (m) => read(m.data, m.subject));
    return () => {
      this.dropping.push(sub);
      if (this.dropTimer) return;
      this.dropTimer = setTimeout(() => this.drop(), DROP_AFTER_MS);
      this.dropTimer.unref?.();
    };
  }

  private drop(): void {
    clearTimeout(this.dropTimer);
    this.dropTimer = undefined;
    for (const s of this.dropping) s.unsubscribe();
    this.dropping = [];
  }

  /** Hands `runId`'s state batches to `read` from now on (the subscription is made before anything sent after this call); returns the unlisten. */
  listen(runId: string, read: (data: Uint8Array, subject: string) => void): () => void {
    this.sub ??= this.bus.subscribe(subjects.allRunStates(this.bus.identity ?? ""), (m) => {
      const parsed = parseSubject(m.subject);
      if (parsed?.kind === "runState") this.readers.get(parsed.runId)?.(m.data, m.subject);
    });
    this.readers.set(runId, read);
    return () => {
      if (this.readers.get(runId) === read) this.readers.delete(runId);
    };
  }

  stop(): void {
    this.drop();
    this.sub?.unsubscribe();
    this.sub = undefined;
    this.readers.clear();
  }
}

export interface ExpressFollow extends FollowHandle {
  /** The coordinator took the run: from now on, its loss ends the follow. */
  submitted(): void;
}

/**
 * Starts reading the run's subjects (before it is submitted, so no entry is missed); with
 * `states`, only its state, from that shared subscription (its workers' entries are not read).
 */
export function followExpress(bus: Bus, runId: string, onEntry: (entry: LogEntry) => void, states?: ExpressStates): ExpressFollow {
  let finish!: (e: weft.v1.RunEvent.$Properties) => void;
  const ended = new Promise<weft.v1.RunEvent.$Properties>((r) => (finish = r));
  let done = false;
  let seen = 0;
  let probe: NodeJS.Timeout | undefined;
  const end = (e: weft.v1.RunEvent.$Properties) => {
    if (done) return;
    done = true;
    finish(e);
  };
  let direct = states ? new DirectResult() : undefined;
  /** Started under a lease (express-lease.ts): no coordinator knows the run, so none is asked about it. */
  let leased = false;
  let submittedYet = false;
  const read = (data: Uint8Array, subject: string) => {
    if (done) return;
    const batch = readHistoryBatch(subject, data, () => {});
    if (!batch) return;
    for (const entry of batch.entries) {
      seen++;
      onEntry(entry);
      if (entry.run && isTerminalRunState(entry.run.to ?? "")) return end(entry.run);
      const answered = entry.run && direct?.coordinatorSaid(entry.run);
      if (answered) return end(answered);
    }
  };
  // Only the result is read of the workers' logs (the caller reads nothing else of them).
  const readResult = (data: Uint8Array, subject: string) => {
    const parsed = parseSubject(subject);
    if (done || parsed?.kind !== "runLog") return;
    const batch = decodeMessage(pb.LogBatch, data, () => {});
    if (batch?.runId !== runId) return;
    for (const entry of batch.entries) {
      // A DirectEnd without an error is a success's (its ExpressResult came before it).
      const failed = entry.directEnd?.error && leased ? direct?.workerFailed(parsed.worker, entry.directEnd) : undefined;
      const answered = (entry.result && direct?.workerSaid(parsed.worker, entry.result)) || failed;
      if (answered) return end(answered);
    }
  };
  // With `states`, the workers' logs are listened to once the run goes through the coordinator (viaCoordinator).
  const subs: { unsubscribe(): void }[] = states
    ? [{ unsubscribe: states.listen(runId, read) }]
    : [
        bus.subscribe(subjects.runState(runId, bus.identity ?? ""), (m) => read(m.data, m.subject)),
        bus.subscribe(subjects.runLogs(runId, bus.identity ?? ""), (m) => read(m.data, m.subject)),
      ];
  const lost = (why: string) => {
    const message =
      `express run ${runId}: ${why} before the run ended. An express run is not resumed by another coordinator ` +
      "(it has no record): submit it again, or run it durable (without --express) to have it survive a coordinator's loss.";
    const event = { from: "", to: "failed", atMs: Date.now(), error: { code: ErrorCode.ExpressLost, message, stack: "", terminal: true } };
    onEntry({ run: event });
    end(event);
  };
  let misses = 0;
  const ask = async () => {
    try {
      const data = await bus.request(subjects.expressProbe(), encodeMessage(pb.ExpressProbe, { runId }), { timeoutMs: PROBE_TIMEOUT_MS });
      const reply = decodeMessage(pb.ExpressProbeReply, data, () => {});
      misses = 0;
      if (reply && !reply.held && !done) lost(`the active coordinator (${reply.coordinator}) does not hold it: the one that took it went away`);
    } catch {
      if (++misses >= MISSES_LOST && !done) lost("no coordinator answers for it any more (the one that took it went away)");
    }
  };
  const schedule = () => {
    probe = setTimeout(() => void ask().finally(() => !done && schedule()), PROBE_EVERY_MS);
    probe.unref?.();
  };
  let listensLogs = false;
  // A caller that reads only the end may have the run started under a lease (requestRun looks here).
  const waits = states ? directWaits(bus) : undefined;
  waits?.set(runId, {
    ended,
    direct: (worker) => {
      leased = true;
      const answered = direct?.coordinatorSaid({ to: "running", resultWorker: worker });
      if (answered) end(answered);
    },
    answered: (e) => end(e),
    viaCoordinator: () => {
      if (!listensLogs && states && !done) {
        listensLogs = true;
        subs.push({ unsubscribe: states.listenLogs(runId, readResult) });
      }
      leased = false;
      direct = new DirectResult(); // the coordinator names the worker it believes
      if (submittedYet && !done && probe === undefined) schedule();
    },
  });
  void ended.then(() => {
    clearTimeout(probe);
    for (const s of subs) s.unsubscribe();
    waits?.delete(runId);
  });
  return {
    ended,
    seen: () => seen,
    stop: () => end({ to: "" }),
    submitted: () => {
      submittedYet = true;
      if (!done && !leased && probe === undefined) schedule();
    },
  };
}
