/**
 * Sends a run's StartRun to each worker of its placement, retried through reconnects (a worker
 * answers a repeated StartRun the same) until it is no longer wanted: the worker was lost or
 * the run placed again meanwhile (the run table then acts). A refusal is reported back.
 * A resync (a coordinator adopting an epoch it took up) is a StartRun that starts nothing.
 */
import type { Clock } from "../base/clock.js";
import type { Bus } from "../bus/bus.js";
import { ErrorCode, toErrorInfo, WeftError, type ErrorInfoLike } from "../errors.js";
import { subjects } from "../subjects.js";
import { appendFields, GRAPH_FIELD, PLACEMENT_FIELD } from "../wire/embedded-field.js";
import { decodeMessage, encodeMessage, errorFromWire, pb } from "../wire/protocol.js";
import { originToWire } from "../wire/origin.js";
import { encodedGraph } from "../wire/graph-bytes.js";
import { encodedPlacement } from "../wire/placement-bytes.js";
import type { RunSetup } from "./run-setup.js";

/** How long a StartRun is retried through an outage. */
const START_RETRY_MS = 60_000;

export interface StartOrder {
  setup: RunSetup;
  epoch: number;
  workers: readonly string[];
  /** Per worker: the outputs it keeps from before. */
  recovered: Readonly<Record<string, readonly string[]>>;
  /** Whether a StartRun to `worker` is still worth retrying. */
  wanted(worker: string): boolean;
  /** `worker` refused the run, or never answered while it was wanted. */
  failed(worker: string, error: ErrorInfoLike): void;
  /** `worker` started the run but no longer holds these outputs it was told to keep. */
  missing(worker: string, nodes: readonly string[]): void;
}

export interface ResyncOrder {
  runId: string;
  epoch: number;
  workers: readonly string[];
  /** Whether asking `worker` is still worth retrying. */
  wanted(worker: string): boolean;
  /** `worker` runs that epoch (and sent its sink values again), or not (no answer counts as not). */
  answered(worker: string, held: boolean): void;
}

export class RunStarter {
  constructor(
    private readonly bus: Bus,
    private readonly clock: Clock,
    private readonly bad: (subject: string) => (reason: string) => void,
  ) {}

  /** Sends StartRun to every worker of the order; resolves once each answered or failed. */
  async start(order: StartOrder): Promise<void> {
    const { setup, epoch, recovered } = order;
    const done = Object.values(recovered).flat();
    const startFor = (kept: readonly string[]) =>
      appendFields(
        encodeMessage(pb.StartRun, {
          runId: setup.runId,
          bundleHash: setup.bundleHash,
          inputJson: setup.inputJson,
          placement: null, // appended as bytes, encoded once per placement
          epoch,
          recovered: [...kept],
          done,
          origin: originToWire(setup.origin),
          owner: setup.owner ?? "",
          express: setup.express === true,
        }),
        [
          [GRAPH_FIELD.StartRun, encodedGraph(setup.graph)],
          [PLACEMENT_FIELD.StartRun, encodedPlacement(setup.placement)],
        ],
      );
    // The same bytes for every worker unless some keep outputs (a large graph encodes slowly).
    const shared = done.length === 0 ? startFor([]) : undefined;
    await Promise.all(
      order.workers.map(async (worker) => {
        const start = shared ?? startFor(recovered[worker] ?? []);
        try {
          const data = await this.requestWithRetry(subjects.workerStart(worker), start, START_RETRY_MS, () => order.wanted(worker));
          const reply = decodeMessage(pb.StartRunReply, data, this.bad(subjects.workerStart(worker)));
          const error = errorFromWire(reply?.error);
          if (error) throw Object.assign(new WeftError(error.code, `worker ${worker} could not start the run: ${error.message}`), { stack: error.stack });
          if (reply?.missing?.length) order.missing(worker, reply.missing);
        } catch (err) {
          order.failed(worker, toErrorInfo(err, ErrorCode.Infrastructure));
        }
      }),
    );
  }

  /** Asks every worker of the order to resync; each answer (or its absence) is reported once. */
  async resync(order: ResyncOrder): Promise<void> {
    const ask = encodeMessage(pb.StartRun, { runId: order.runId, epoch: order.epoch, resync: true });
    await Promise.all(
      order.workers.map(async (worker) => {
        let held = false;
        try {
          const data = await this.requestWithRetry(subjects.workerStart(worker), ask, START_RETRY_MS, () => order.wanted(worker));
          held = decodeMessage(pb.StartRunReply, data, this.bad(subjects.workerStart(worker)))?.held === true;
        } catch {
          // No answer: as if it did not run that epoch (the run is placed again).
        }
        order.answered(worker, held);
      }),
    );
  }

  /** A request retried through a reconnect while `stillWanted`, backing off up to 1 s. */
  private async requestWithRetry(subject: string, data: Uint8Array, deadlineMs: number, stillWanted: () => boolean): Promise<Uint8Array> {
    const started = this.clock.now();
    let delay = 100;
    for (;;) {
      try {
        return await this.bus.request(subject, data, { timeoutMs: Math.min(5000, Math.max(1000, deadlineMs - (this.clock.now() - started))) });
      } catch (err) {
        const code = (err as { code?: string }).code;
        const transient = code === ErrorCode.NoResponders || code === ErrorCode.Infrastructure || code === ErrorCode.Timeout;
        if (!transient || this.clock.now() - started > deadlineMs || !stillWanted()) throw err;
        await new Promise((r) => this.clock.setTimeout(() => r(undefined), delay));
        // Placed again while it waited: a StartRun of the old epoch would only reach the worker after the new one's.
        if (!stillWanted()) throw err;
        delay = Math.min(1000, delay * 2);
      }
    }
  }
}
