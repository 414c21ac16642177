/**
 * An express run's result as its worker tells it (docs/express.md): the worker that computes the
 * run's one sink puts its value in its log (ExpressResult) as it sends it to the coordinator, so
 * a client waiting only for the end has it one hop sooner. Believed only from the worker the
 * coordinator named on its state subject (RunEvent.result_worker of the run's `running`, and
 * again at each placement): readers believe a run's state from the coordinator alone, and the
 * coordinator vouches here for who may answer. Either may arrive first; the other completes it.
 */
import type { weft } from "../gen/weft.js";

type RunEvent = weft.v1.RunEvent.$Properties;

export class DirectResult {
  /** The worker the coordinator named last ("": none yet, or the run has no direct result). */
  private named = "";
  /** Results offered by workers not (yet) named, by worker. */
  private readonly offered = new Map<string, RunEvent>();

  /** The coordinator's run event: a `running` may name the worker; returns the end when that worker already answered. */
  coordinatorSaid(run: RunEvent): RunEvent | undefined {
    if (run.to !== "running" || !run.resultWorker) return undefined;
    this.named = run.resultWorker;
    return this.offered.get(this.named);
  }

  /** A direct run's failure in a worker's log (DirectEnd): the run's end when its lease named that worker. */
  workerFailed(worker: string, failure: weft.v1.DirectEnd.$Properties): RunEvent | undefined {
    if (worker !== this.named || !this.named) return undefined;
    return { from: "running", to: "failed", atMs: Number(failure.atMs) || Date.now(), error: failure.error ?? { code: "E_USER_CODE", message: "failed", stack: "", terminal: true } };
  }

  /** A worker's ExpressResult: the run's end when the coordinator named that worker. */
  workerSaid(worker: string, result: weft.v1.ExpressResult.$Properties): RunEvent | undefined {
    const end: RunEvent = { from: "running", to: "succeeded", atMs: Number(result.atMs) || Date.now(), resultJson: result.valueJson ?? "null" };
    if (worker === this.named) return end;
    this.offered.set(worker, end);
    return undefined;
  }
}
