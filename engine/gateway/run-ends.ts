/**
 * The ends of the runs this gateway waits on (`?wait`), read from one follower of every run's
 * state in the run log (one stream consumer per gateway, from its start on) instead of a
 * consumer per request: each of those was a JetStream API round trip, a consumer the server
 * made and expired, and two advisories, for one message read.
 *
 * Only for a run whose id is new (the gateway's own, registered before it is submitted), so its
 * end cannot come before the wait: a run that may have begun earlier (a repeated
 * Idempotency-Key) is followed from its log's start instead (followRun). What the follower
 * believes is what followRun believes: a terminal state in a batch on the run's state subject,
 * stored in the stream. The follower resumes after a reconnect from the last message it read.
 */
import type { Bus } from "../bus/bus.js";
import type { weft } from "../gen/weft.js";
import { isTerminalRunState } from "../../model/status.js";
import { parseSubject, streams, subjects } from "../subjects.js";
import { readHistoryBatch } from "../wire/run-history.js";

export interface EndWait {
  /** The run's end (`to` is "" when the wait was stopped first). */
  readonly ended: Promise<weft.v1.RunEvent.$Properties>;
  stop(): void;
}

export class RunEnds {
  private readonly waiting = new Map<string, (end: weft.v1.RunEvent.$Properties) => void>();
  private following = false;
  private stopped = false;
  private stopFollow: (() => void) | undefined;

  constructor(private readonly bus: Bus) {}

  /** Starts following (NATS only); until it is up, or when it cannot be (no right), `wait` gives undefined. */
  async follow(): Promise<void> {
    if (this.bus.kind !== "nats") return;
    const owner = this.bus.identity ?? "";
    const handle = await this.bus.replay(streams.runLog, subjects.allRunStates(owner), (data, subject) => this.read(data, subject), { from: "new" });
    this.stopFollow = () => handle.stop();
    if (this.stopped) return handle.stop();
    this.following = true;
  }

  /** A wait for the end of the run `runId`, which must not be submitted yet; undefined while not following. */
  wait(runId: string): EndWait | undefined {
    if (!this.following) return undefined;
    let finish!: (end: weft.v1.RunEvent.$Properties) => void;
    const ended = new Promise<weft.v1.RunEvent.$Properties>((r) => (finish = r));
    this.waiting.set(runId, finish);
    return {
      ended,
      stop: () => {
        if (this.waiting.get(runId) === finish) this.waiting.delete(runId);
        finish({ to: "" });
      },
    };
  }

  stop(): void {
    this.stopped = true;
    this.following = false;
    this.stopFollow?.();
    for (const finish of this.waiting.values()) finish({ to: "" });
    this.waiting.clear();
  }

  private read(data: Uint8Array, subject: string): void {
    const parsed = parseSubject(subject);
    if (parsed?.kind !== "runState" || !this.waiting.has(parsed.runId)) return; // decoded only when waited on
    const batch = readHistoryBatch(subject, data, () => {});
    const end = batch?.entries.find((e) => isTerminalRunState(e.run?.to ?? ""))?.run;
    if (!batch || !end) return;
    const finish = this.waiting.get(batch.runId);
    this.waiting.delete(batch.runId);
    finish?.(end);
  }
}
