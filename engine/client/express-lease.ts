/**
 * The client's side of express placement leases (docs/express.md, "Leases"): one set of leases
 * per connection, one lease per workflow content (graph and bundle), asked of the coordinator at
 * the first express run and reused by every later one (`client.run`, `client.submit`, the
 * gateway's `?wait` and HTTP triggers) until it expires or the coordinator revokes it. Under a
 * lease, an express run whose caller waits only for its end is started straight on the lease's
 * worker (DirectStart): the coordinator is off its path. The worker's reply carries the run's end
 * when the run ends within the worker's turn (one request, one reply, no per-run subscription);
 * else it says "taken", and the client asks for the end (a DirectStart with `watch`, answered
 * when the run ends).
 *
 * A run placed over several workers (stages, or tasks on several) is started on the worker
 * computing its result, which starts the others' parts (engine/worker/direct-parts.ts).
 *
 * Anything else goes through the coordinator as before: no lease (refused: a map, several
 * sinks, no worker is live; or the coordinator does not answer), a worker that refuses
 * the start (the lease expired, was revoked, or the worker drains) or does not answer within
 * DIRECT_ANSWER_MS. A run whose worker is lost while it runs (the coordinator's revoke says so)
 * is submitted again through the coordinator: an express run is at-least-once, and may run twice.
 */
import type { Bus, BusSubscription } from "../bus/bus.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { ErrorCode } from "../errors.js";
import { subjects } from "../subjects.js";
import { appendField, GRAPH_FIELD } from "../wire/embedded-field.js";
import { encodedGraph } from "../wire/graph-bytes.js";
import { decodeMessage, encodeMessage, pb } from "../wire/protocol.js";
import type { weft } from "../gen/weft.js";

/** How long a worker has to take a direct start before the run goes through the coordinator. */
const DIRECT_ANSWER_MS = 1000;
/** A watch for a run's end is asked again after this long without an answer (the run goes on). */
const WATCH_AGAIN_MS = 60_000;
/** A watch nobody answered (no worker there) is asked again after this long. */
const WATCH_RETRY_MS = 500;
/**
 * Nobody answering a watch this long, and no revoke naming the worker lost (it drained and left
 * without ending the run, or the revoke was missed): the run goes through the coordinator.
 */
const WATCH_SILENT_MS = 10_000;
/** How long the coordinator has to grant a lease (else: through the coordinator, and asked again later). */
const LEASE_ANSWER_MS = 2000;
/** A lease is given up this long before it expires (the worker's clock and this one's differ a little). */
const EXPIRY_MARGIN_MS = 2000;
/** After a refusal, how long runs of that workflow go through the coordinator before a lease is asked again. */
const REFUSED_FOR_MS = 5000;
/** After a lease request that failed (no coordinator, no permission), the same. */
const FAILED_FOR_MS = 30_000;

/** What an express run's follower does for a direct run (engine/client/express-follow.ts). */
export interface DirectWait {
  /** Its end, whatever it is. */
  readonly ended: Promise<unknown>;
  /** Started under a lease on `worker`: its result (or failure) is believed from that worker, and the coordinator is not asked about it. */
  direct(worker: string): void;
  /** The lease's worker answered with the run's end (its reply to the start, or to a watch). */
  answered(end: weft.v1.RunEvent.$Properties): void;
  /** It goes through the coordinator after all: the coordinator's word again, and its loss ends the wait. */
  viaCoordinator(): void;
}

/** The followers waiting only for an express run's end, by connection and run id (they register; requestRun looks). */
const waits = new WeakMap<Bus, Map<string, DirectWait>>();

export function directWaits(bus: Bus): Map<string, DirectWait> {
  let m = waits.get(bus);
  if (!m) waits.set(bus, (m = new Map()));
  return m;
}

/** What a run needs of its workflow to be started under a lease. */
export interface Leasable {
  graph: WorkflowGraph;
  bundle: { hash: string };
}

interface Lease {
  leaseId: string;
  worker: string;
  /** The run's other workers (the lease's worker starts their parts): the loss of any ends the run too. */
  peers: readonly string[];
}

interface Held {
  /** Undefined: none (refused, or the request failed) until `until`. */
  lease: Lease | undefined;
  until: number;
}

interface InFlight {
  leaseId: string;
  worker: string;
  peers: readonly string[];
  wait: DirectWait;
  again: () => Promise<unknown>;
}

const leasesOf = new WeakMap<Bus, ExpressLeases>();

/** The connection's leases (made at its first express run). */
export function expressLeases(bus: Bus): ExpressLeases {
  let l = leasesOf.get(bus);
  if (!l) leasesOf.set(bus, (l = new ExpressLeases(bus)));
  return l;
}

export class ExpressLeases {
  /** Per graph object, per bundle hash: the lease held, or none until a time. */
  private readonly held = new WeakMap<WorkflowGraph, Map<string, Held | Promise<Held>>>();
  /** Lease ids held, with where to drop them (a revoke names ids). */
  private readonly byId = new Map<string, () => void>();
  private readonly inFlight = new Map<string, InFlight>();
  private revokes: BusSubscription | undefined;

  constructor(private readonly bus: Bus) {}

  /**
   * Starts the run on its lease's worker; false when it must go through the coordinator (no
   * lease, or the worker did not take it). `again` submits it through the coordinator, for a
   * run whose worker is lost while it runs.
   */
  async start(
    of: Leasable,
    inputJson: string,
    runId: string,
    origin: weft.v1.RunOrigin.$Properties | null,
    wait: DirectWait,
    again: () => Promise<unknown>,
  ): Promise<boolean> {
    const lease = this.leaseHeld(of) ?? (await this.leaseFor(of));
    if (!lease) {
      wait.viaCoordinator();
      return false;
    }
    wait.direct(lease.worker);
    let reply: weft.v1.DirectReply | undefined;
    try {
      const data = await this.bus.request(subjects.directStart(lease.worker, this.bus.identity ?? ""), encodeMessage(pb.DirectStart, { leaseId: lease.leaseId, runId, inputJson, origin }), {
        timeoutMs: DIRECT_ANSWER_MS,
      });
      reply = decodeMessage(pb.DirectReply, data, () => {});
    } catch {
      // No answer (the worker is gone, or stuck): through the coordinator.
    }
    if (!reply || reply.error) {
      this.byId.get(lease.leaseId)?.();
      // A peer did not take its part (it drains, or this worker may not reach it): not asked again at once.
      if (reply?.error?.code === ErrorCode.LeasePartsRefused) {
        this.held.get(of.graph)?.set(of.bundle.hash, { lease: undefined, until: Date.now() + REFUSED_FOR_MS });
      }
      wait.viaCoordinator();
      return false;
    }
    const end = endOf(reply);
    if (end) {
      wait.answered(end);
      return true;
    }
    // Taken, and still going at the end of the worker's turn: its end answers a watch.
    this.inFlight.set(runId, { leaseId: lease.leaseId, worker: lease.worker, peers: lease.peers, wait, again });
    void wait.ended.then(() => this.inFlight.delete(runId));
    void this.watch(lease, runId, wait);
    return true;
  }

  /** Asks the lease's worker for the run's end until it answers; a refusal or no worker: the run goes through the coordinator again. */
  private async watch(lease: Lease, runId: string, wait: DirectWait): Promise<void> {
    const ask = encodeMessage(pb.DirectStart, { leaseId: lease.leaseId, runId, watch: true });
    let silentSince: number | undefined;
    while (this.inFlight.get(runId)?.wait === wait) {
      let reply: weft.v1.DirectReply | undefined;
      try {
        reply = decodeMessage(pb.DirectReply, await this.bus.request(subjects.directStart(lease.worker, this.bus.identity ?? ""), ask, { timeoutMs: WATCH_AGAIN_MS }), () => {});
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === ErrorCode.Timeout) continue; // the run goes on
        if (code === ErrorCode.Closed) return; // this connection is closed: nobody waits any more
        // Nobody answers for the worker (lost, or its connection blinks): asked again a moment
        // later, until the coordinator's revoke names it lost (the run then goes through it).
        silentSince ??= Date.now();
        if (Date.now() - silentSince > WATCH_SILENT_MS) return this.runAgain(runId);
        await new Promise((r) => setTimeout(r, WATCH_RETRY_MS).unref?.());
        continue;
      }
      silentSince = undefined;
      if (!reply || reply.error) return this.runAgain(runId); // it forgot the run (restarted?)
      const end = endOf(reply);
      if (end) return wait.answered(end);
    }
  }

  /** A direct run that will not answer goes through the coordinator (an express run is at-least-once: it may run twice). */
  private runAgain(runId: string): void {
    const run = this.inFlight.get(runId);
    if (!run) return;
    this.inFlight.delete(runId);
    void run.again().then(
      () => run.wait.viaCoordinator(),
      () => run.wait.viaCoordinator(),
    );
  }

  /** The lease held for this workflow content, without waiting (undefined: none held now). */
  private leaseHeld(of: Leasable): Lease | undefined {
    const known = this.held.get(of.graph)?.get(of.bundle.hash);
    return known && !(known instanceof Promise) && known.until > Date.now() ? known.lease : undefined;
  }

  /** The lease for this workflow content: held, or asked for now (one request for concurrent runs). */
  private async leaseFor(of: Leasable): Promise<Lease | undefined> {
    let perBundle = this.held.get(of.graph);
    if (!perBundle) this.held.set(of.graph, (perBundle = new Map()));
    const key = of.bundle.hash;
    const now = Date.now();
    const known = perBundle.get(key);
    if (known && !(known instanceof Promise) && known.until > now) return known.lease;
    if (known instanceof Promise) return (await known).lease;
    const asking = this.ask(of).then((held) => {
      perBundle.set(key, held);
      if (held.lease) this.byId.set(held.lease.leaseId, () => perBundle.get(key) === held && perBundle.delete(key));
      return held;
    });
    perBundle.set(key, asking);
    return (await asking).lease;
  }

  private async ask(of: Leasable): Promise<Held> {
    this.revokes ??= this.bus.subscribe(subjects.leaseRevoke(), (m) => this.onRevoke(m.data));
    const request = appendField(encodeMessage(pb.LeaseRequest, { bundleHash: of.bundle.hash }), GRAPH_FIELD.LeaseRequest, encodedGraph(of.graph));
    const asked = Date.now();
    try {
      const data = await this.bus.request(subjects.leaseRequest(this.bus.identity ?? ""), request, { timeoutMs: LEASE_ANSWER_MS });
      const grant = decodeMessage(pb.LeaseGrant, data, () => {});
      if (!grant?.leaseId || !grant.worker) return { lease: undefined, until: Date.now() + (grant?.error ? FAILED_FOR_MS : REFUSED_FOR_MS) };
      return { lease: { leaseId: grant.leaseId, worker: grant.worker, peers: grant.peers ?? [] }, until: asked + (grant.ttlMs ?? 0) - EXPIRY_MARGIN_MS };
    } catch {
      return { lease: undefined, until: Date.now() + FAILED_FOR_MS };
    }
  }

  private onRevoke(data: Uint8Array): void {
    const revoke = decodeMessage(pb.LeaseRevoke, data, () => {});
    if (!revoke) return;
    const ids = revoke.all ? [...this.byId.keys()] : (revoke.leaseIds ?? []);
    for (const id of ids) {
      this.byId.get(id)?.();
      this.byId.delete(id);
    }
    // Runs on a lost worker will not answer: through the coordinator again (at-least-once).
    const lost = new Set(revoke.lostWorkers ?? []);
    for (const [runId, run] of this.inFlight) if (lost.has(run.worker) || run.peers.some((w) => lost.has(w))) this.runAgain(runId);
  }
}

/** The run's end a worker's reply carries (undefined: taken, not ended yet). */
function endOf(reply: weft.v1.DirectReply): weft.v1.RunEvent.$Properties | undefined {
  if (reply.result) return { from: "running", to: "succeeded", atMs: Number(reply.result.atMs) || Date.now(), resultJson: reply.result.valueJson || "null" };
  if (reply.failure) return { from: "running", to: "failed", atMs: Date.now(), error: reply.failure };
  return undefined;
}
