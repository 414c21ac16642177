/**
 * Express runs started on this worker by their client, under a lease the coordinator granted
 * (docs/express.md, "Leases"). The coordinator tells this worker of each lease it grants for
 * it (a LeaseOffer: the workflow, its placement here, its owner, how long it holds) before it
 * tells the client; a DirectStart is taken only under a lease held here, unexpired, of the owner
 * its subject names (the server lets each user publish only on its own), and not while this
 * worker drains. A refusal sends the client through the coordinator. A revoke voids leases.
 *
 * The answer to a start carries the run's end when the run ends within the worker's turn (a
 * one-node run of a function that does not wait on I/O): one request and one reply, written to the
 * socket at once. A run still going at the end of the turn is answered "taken"; its client then
 * asks for its end (a DirectStart with `watch`), answered when the run ends. An end is kept a
 * while for a watch that comes after it.
 */
import type { Clock } from "../base/clock.js";
import type { Bus, BusMessage, BusSubscription } from "../bus/bus.js";
import { ErrorCode, toErrorInfo, WeftError } from "../errors.js";
import { parseSubject, subjects } from "../subjects.js";
import { fieldBytes, GRAPH_FIELD, withoutField } from "../wire/embedded-field.js";
import type { weft } from "../gen/weft.js";
import { decodeMessage, encodeMessage, pb } from "../wire/protocol.js";
import type { DirectRunEnd } from "./run/values.js";

/** How long an ended run's end is kept for its client's watch (which follows the "taken" answer at once, unless the client is stuck). */
const KEEP_END_MS = 60_000;

/** Field number of the placement in LeaseOffer: kept as bytes, decoded once per content as a StartRun's. */
const OFFER_PLACEMENT_FIELD = 4;

/** A lease held here. */
export interface HeldLease {
  readonly leaseId: string;
  readonly owner: string;
  readonly bundleHash: string;
  readonly graphBytes: Uint8Array;
  readonly placementBytes: Uint8Array;
  readonly expiresAt: number;
  /** To the result worker of a run placed over several workers: the others, whose parts it starts (direct-parts.ts). */
  readonly peers: readonly string[];
}

/** A direct start taken under a lease: what the worker sets up, and how it answers the client. */
export interface DirectRunStart {
  readonly lease: HeldLease;
  readonly runId: string;
  readonly inputJson: string;
  /** The deployment and trigger event the run is of (null: a plain run). */
  readonly origin: weft.v1.RunOrigin.$Properties | null;
  /** This worker's part of a run the lease's result worker started (direct-parts.ts), not a client's start. */
  readonly part: boolean;
  /** Answers the client's request, unless its end did already: the run was taken, and goes on (the end of this turn). */
  answer(): void;
  /** The run ended: its client's answer, or the answer to its watch (now, or when it comes). */
  ended(end: DirectRunEnd): void;
  /** Answers the client that the run could not be set up here. */
  refuse(err: unknown): void;
}

/** A direct run answered "taken" before it ended: its client watches for its end. */
interface Watched {
  readonly owner: string;
  /** Requests waiting for the end. */
  readonly watchers: BusMessage[];
  /** The end's answer, once the run ended; kept until `until`. */
  reply?: Uint8Array;
  until?: number;
}

/** What this needs of the worker. */
export interface DirectHost {
  readonly name: string;
  readonly bus: Bus;
  readonly clock: Clock;
  /** Whether the worker drains (it takes nothing new). */
  readonly isDraining: boolean;
  /** Sets the run up and begins it (as a StartRun would), telling its end to `start`. */
  startDirect(start: DirectRunStart): void;
  /** A part's end (direct-parts.ts): the run ended at its result worker, or (here the result worker) a peer's part failed. */
  partEnded(runId: string, leaseId: string, error: weft.v1.ErrorInfo.$Properties | null | undefined): void;
  /** The coordinator says these workers were lost: direct runs placed on them here will not end. */
  workersLost(lost: readonly string[]): void;
}

export class DirectStarts {
  private readonly leases = new Map<string, HeldLease>();
  /** Runs answered "taken" and not ended, and ends kept for a watch, by run id. */
  private readonly watched = new Map<string, Watched>();

  constructor(
    private readonly host: DirectHost,
    private readonly bad: (subject: string) => (reason: string) => void,
  ) {}

  listen(): BusSubscription[] {
    const { bus, name } = this.host;
    return [
      bus.subscribe(subjects.workerLease(name), (m) => this.onOffer(m)),
      bus.subscribe(subjects.leaseRevoke(), (m) => this.onRevoke(m)),
      bus.subscribe(subjects.directStart(name), (m) => this.onStart(m)),
      bus.subscribe(subjects.allOwnedDirectStarts(name), (m) => this.onStart(m)),
    ];
  }

  /** Whether a lease is held here (tests, diagnostics). */
  holds(leaseId: string): boolean {
    return this.leases.has(leaseId);
  }

  private onOffer(msg: BusMessage): void {
    const graphBytes = fieldBytes(msg.data, GRAPH_FIELD.LeaseOffer);
    const rest = graphBytes && withoutField(msg.data, GRAPH_FIELD.LeaseOffer);
    const placementBytes = rest && fieldBytes(rest, OFFER_PLACEMENT_FIELD);
    const offer = rest && decodeMessage(pb.LeaseOffer, rest, this.bad(msg.subject));
    if (!offer?.leaseId || !graphBytes || !placementBytes) return;
    const now = this.host.clock.now();
    for (const [id, l] of this.leases) if (l.expiresAt <= now) this.leases.delete(id);
    const { leaseId, owner, bundleHash } = offer;
    const peers = offer.peers ?? [];
    this.leases.set(leaseId, { leaseId, owner: owner ?? "", bundleHash: bundleHash ?? "", graphBytes, placementBytes, expiresAt: now + (offer.ttlMs ?? 0), peers });
    respond(msg, new Uint8Array(0));
  }

  private onRevoke(msg: BusMessage): void {
    const revoke = decodeMessage(pb.LeaseRevoke, msg.data, this.bad(msg.subject));
    if (!revoke) return;
    if (revoke.all) this.leases.clear();
    for (const id of revoke.leaseIds ?? []) this.leases.delete(id);
    if (revoke.lostWorkers?.length) this.host.workersLost(revoke.lostWorkers);
  }

  private onStart(msg: BusMessage): void {
    const parsed = parseSubject(msg.subject);
    const start = decodeMessage(pb.DirectStart, msg.data, this.bad(msg.subject));
    if (parsed?.kind !== "directStart" || !start) return;
    // An end is taken whether the lease still holds or not (the run started under it).
    if (start.partEnd) return this.host.partEnded(start.runId, start.leaseId, start.error);
    const refuse = (err: unknown) => respond(msg, encodeMessage(pb.DirectReply, { error: toErrorInfo(err, ErrorCode.Infrastructure) }));
    if (start.watch) return this.onWatch(msg, start.runId, parsed.owner, refuse);
    const lease = this.leases.get(start.leaseId);
    const why =
      !lease || lease.expiresAt <= this.host.clock.now()
        ? `lease ${start.leaseId} is not held by worker ${this.host.name} (unknown, expired or revoked)`
        : lease.owner !== parsed.owner
          ? `lease ${start.leaseId} is not ${parsed.owner || "an unowned client"}'s`
          : this.host.isDraining
            ? `worker ${this.host.name} drains`
            : !start.runId
              ? "a direct start without a run id"
              : undefined;
    if (why !== undefined || !lease) return refuse(new WeftError(ErrorCode.LeaseRefused, `${why}: start the run through the coordinator.`));
    let answered = false;
    const runId = start.runId;
    this.host.startDirect({
      lease,
      runId,
      inputJson: start.inputJson ?? "",
      origin: start.origin ?? null,
      part: start.part === true,
      answer: () => {
        if (answered) return;
        answered = true;
        this.forgetOldEnds();
        // A part's end is told by its result worker (part_end), never asked for by a watch.
        if (!start.part) this.watched.set(runId, { owner: lease.owner, watchers: [] });
        respond(msg, encodeMessage(pb.DirectReply, {}));
      },
      ended: (end) => {
        const reply = encodeMessage(pb.DirectReply, end);
        if (!answered) {
          answered = true;
          respond(msg, reply);
          // Out now, not after the rest of this turn (the run's bookkeeping, then nats.js's write).
          this.host.bus.writeNow?.();
          return;
        }
        const w = this.watched.get(runId);
        if (!w) return;
        w.reply = reply;
        w.until = this.host.clock.now() + KEEP_END_MS;
        for (const m of w.watchers.splice(0)) respond(m, reply);
      },
      refuse: (err) => {
        if (answered) return;
        answered = true;
        refuse(err);
      },
    });
  }

  /** A client asks for the end of a run this worker answered "taken": now if it ended, else when it does. */
  private onWatch(msg: BusMessage, runId: string, owner: string, refuse: (err: unknown) => void): void {
    const w = this.watched.get(runId);
    if (!w || w.owner !== owner) return refuse(new WeftError(ErrorCode.LeaseRefused, `run ${runId} is not a direct run of ${owner || "an unowned client"} on worker ${this.host.name} (never taken here, or its end was forgotten): run it through the coordinator.`));
    if (w.reply) return respond(msg, w.reply);
    w.watchers.push(msg);
  }

  private forgetOldEnds(): void {
    const now = this.host.clock.now();
    for (const [id, w] of this.watched) if (w.until !== undefined && w.until <= now) this.watched.delete(id);
  }
}

function respond(msg: BusMessage, data: Uint8Array): void {
  try {
    msg.respond(data);
  } catch {
    // The connection closed meanwhile (the worker is stopping): nobody to answer.
  }
}
