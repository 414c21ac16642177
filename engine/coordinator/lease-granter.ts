/**
 * Grants express placement leases (docs/express.md, "Leases"): a client asks for one per
 * workflow content; the coordinator places the workflow as it would a run, and when the
 * placement allows one (core/lease-policy.ts) tells each of the run's workers of the lease (a
 * LeaseOffer, answered once held) and then the client. The client's express runs of that content then start
 * straight on the worker, with this coordinator off their path. When the live workers change
 * (one joins, drains or is lost), placement would change: every lease granted is voided at once
 * (LeaseRevoke, heard by clients and workers); a new active coordinator voids its predecessor's.
 */
import { randomBytes } from "node:crypto";
import type { Clock } from "../base/clock.js";
import type { Bus, BusMessage, BusSubscription } from "../bus/bus.js";
import { leasePlacement, liveSetKey, lostWorkers } from "../core/lease-policy.js";
import { ErrorCode, toErrorInfo, WeftError } from "../errors.js";
import { unplaced, type Placement, type WorkerInfo } from "../model/placement.js";
import { subjects } from "../subjects.js";
import { appendField, fieldBytes, GRAPH_FIELD, withoutField } from "../wire/embedded-field.js";
import { decodeMessage, encodeMessage, pb, placementToWire } from "../wire/protocol.js";
import type { CachedGraph, PlanCache } from "./plan-cache.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { ownerOfRequest } from "./run-owner.js";

/** How long a lease holds when nothing voids it first: the client asks again after. */
export const LEASE_TTL_MS = 60_000;
/** How long the worker has to say it holds a lease before the client is refused one. */
const OFFER_TIMEOUT_MS = 2000;

export interface LeaseGranterDeps {
  bus: Bus;
  clock: Clock;
  plans: PlanCache;
  /** Workers that take work now (not draining). */
  live(): readonly WorkerInfo[];
  /** Workers heard lately, draining ones and those that left after a drain too. */
  present(): readonly string[];
  /** Where a run of this workflow would be placed now on `workers`. */
  place(graph: CachedGraph, workers: readonly WorkerInfo[], bundleHash: string): Placement;
  /** Whether this coordinator is still the active one. */
  confirmLeader(): Promise<boolean>;
  bad(subject: string): (reason: string) => void;
}

interface Granted {
  worker: string;
  expiresAt: number;
}

/** What a lease was granted for: a direct run's log names its lease, and its cost is counted for this (direct-run-costs.ts). */
export interface LeaseContent {
  readonly graph: WorkflowGraph;
  readonly bundleHash: string;
  readonly worker: string;
  /** The run's other workers (a lease over several): their log of a run counts with the result worker's. */
  readonly peers: readonly string[];
  /** Until when its runs' ends are taken (a run started just before the lease expired ends after). */
  readonly keptUntil: number;
}

/** Leases whose content is kept at most (the oldest go first). */
const CONTENTS_KEPT = 4096;

export class LeaseGranter {
  private readonly granted = new Map<string, Granted>();
  /** Every lease this term granted, voided or not, until its runs can have ended. */
  private readonly contents = new Map<string, LeaseContent>();
  private live: string[] = [];
  private liveKey = "";

  constructor(private readonly deps: LeaseGranterDeps) {}

  /** Serves lease requests; voids every lease a coordinator before this one granted. */
  start(): BusSubscription[] {
    const { bus } = this.deps;
    this.granted.clear(); // an earlier term's: voided with the predecessor's below
    this.contents.clear();
    this.noteLive();
    this.publishRevoke({ all: true });
    const serve = (m: BusMessage) => void this.onRequest(m);
    return [bus.subscribe(subjects.leaseRequest(), serve), bus.subscribe(subjects.allOwnedLeaseRequests(), serve)];
  }

  /** What lease `leaseId` was granted for, while its runs can still end (undefined: another term's, or long gone). */
  content(leaseId: string): LeaseContent | undefined {
    const c = this.contents.get(leaseId);
    return c && c.keptUntil > this.deps.clock.now() ? c : undefined;
  }

  private keep(leaseId: string, content: LeaseContent, now: number): void {
    for (const [id, c] of this.contents) {
      if (c.keptUntil > now && this.contents.size < CONTENTS_KEPT) break;
      this.contents.delete(id);
    }
    this.contents.set(leaseId, content);
  }

  /** The live workers may have changed (a heartbeat, a check): a change voids every lease. */
  workersChanged(): void {
    const before = this.live;
    if (!this.noteLive() || this.granted.size === 0) return;
    const ids = [...this.granted.keys()];
    this.granted.clear();
    this.publishRevoke({ leaseIds: ids, lostWorkers: lostWorkers(before, this.live, this.deps.present()) });
  }

  /** Takes in the live workers; true when they changed. */
  private noteLive(): boolean {
    const live = this.deps.live().map((w) => w.name);
    const key = liveSetKey(live);
    const changed = key !== this.liveKey;
    this.live = live;
    this.liveKey = key;
    return changed;
  }

  private publishRevoke(revoke: { leaseIds?: string[]; all?: boolean; lostWorkers?: string[] }): void {
    try {
      this.deps.bus.publish(subjects.leaseRevoke(), encodeMessage(pb.LeaseRevoke, revoke));
    } catch {
      // Disconnected: the leases expire on their own (LEASE_TTL_MS), and a worker that drains refuses direct starts.
    }
  }

  private async onRequest(msg: BusMessage): Promise<void> {
    const { bus, clock, plans } = this.deps;
    const reply = (grant: { leaseId?: string; worker?: string; ttlMs?: number; refused?: string; peers?: string[]; error?: unknown }) => {
      const { error, ...rest } = grant;
      try {
        msg.respond(encodeMessage(pb.LeaseGrant, { ...rest, error: error === undefined ? null : toErrorInfo(error, ErrorCode.Infrastructure) }));
      } catch {
        // closing
      }
    };
    try {
      const sentGraph = fieldBytes(msg.data, GRAPH_FIELD.LeaseRequest);
      const rest = sentGraph ? withoutField(msg.data, GRAPH_FIELD.LeaseRequest) : msg.data;
      const req = rest && decodeMessage(pb.LeaseRequest, rest, this.deps.bad(msg.subject));
      if (!req) return reply({ error: new WeftError(ErrorCode.Decode, "the lease request did not decode as weft.v1.LeaseRequest") });
      if (!(await this.deps.confirmLeader())) return reply({ error: new WeftError(ErrorCode.NotLeader, "this coordinator is no longer the active one") });
      const graph = sentGraph ? plans.graphOfBytes(sentGraph) : plans.graph(req.graph ?? {});
      const workers = this.deps.live();
      const keyAtPlacement = this.liveKey;
      const lease = leasePlacement(graph.graph, workers.length > 0 ? this.deps.place(graph, workers, req.bundleHash) : unplaced("locality"));
      if ("refused" in lease) return reply({ refused: lease.refused });
      const leaseId = randomBytes(12).toString("base64url");
      const placement = placementToWire(lease.placement);
      // Every worker of the run holds the lease (the result worker starts the peers' parts under it), told at once.
      const offer = (peers: string[]) =>
        appendField(
          encodeMessage(pb.LeaseOffer, { leaseId, bundleHash: req.bundleHash, placement, owner: ownerOfRequest(msg.subject), ttlMs: LEASE_TTL_MS, peers }),
          GRAPH_FIELD.LeaseOffer,
          graph.bytes,
        );
      await Promise.all([
        bus.request(subjects.workerLease(lease.worker), offer(lease.peers), { timeoutMs: OFFER_TIMEOUT_MS }),
        ...lease.peers.map((peer) => bus.request(subjects.workerLease(peer), offer([]), { timeoutMs: OFFER_TIMEOUT_MS })),
      ]);
      // The workers changed while the worker was told: that lease was voided before it was granted.
      if (this.liveKey !== keyAtPlacement) {
        this.publishRevoke({ leaseIds: [leaseId] });
        return reply({ refused: "the live workers changed while the lease was granted" });
      }
      const now = clock.now();
      for (const [id, g] of this.granted) if (g.expiresAt <= now) this.granted.delete(id);
      this.granted.set(leaseId, { worker: lease.worker, expiresAt: now + LEASE_TTL_MS });
      this.keep(leaseId, { graph: graph.graph, bundleHash: req.bundleHash, worker: lease.worker, peers: lease.peers, keptUntil: now + 2 * LEASE_TTL_MS }, now);
      reply({ leaseId, worker: lease.worker, ttlMs: LEASE_TTL_MS, peers: lease.peers });
    } catch (err) {
      reply({ error: err });
    }
  }
}
