/**
 * The ends of the runs a client waits on, read from one follower of every state of its owner's
 * runs in the run log (one stream consumer per client or gateway, from its start on) instead of
 * a consumer per run: each of those was a JetStream API round trip before the submission, a
 * consumer the server made and expired, two advisories, and the run's every log batch and
 * control delivered, for the one message read. Used by the gateway's `?wait` and by
 * WeftClient's runs whose log nobody reads (`run`, `submit` without `tap`).
 *
 * Only for a run whose id is new (registered before it is submitted), so its end cannot come
 * before the wait: a run that may have begun earlier (a repeated Idempotency-Key, a handle on
 * an existing run) is followed from its log's start instead (followRun). What the follower
 * believes is what followRun believes: a terminal state in a batch on the run's state subject,
 * stored in the stream. The follower resumes after a reconnect from the last message it read.
 */
import type { Bus } from "../bus/bus.js";
import type { weft } from "../gen/weft.js";
import { isTerminalRunState } from "../../model/status.js";
import { parseSubject, streams, subjects } from "../subjects.js";
import { readHistoryBatch } from "../wire/run-history.js";
import type { FollowHandle } from "./run-client.js";
import { ExpressStates } from "./express-follow.js";

/** A wait for one run's end: `ended` resolves with it (`to` is "" when the wait was stopped first); `seen` counts the run's state entries read. */
export type EndWait = FollowHandle;

interface Waiter {
  finish(end: weft.v1.RunEvent.$Properties): void;
  seen: number;
}

export class RunEnds {
  private readonly waiting = new Map<string, Waiter>();
  private following = false;
  private stopped = false;
  private stopFollow: (() => void) | undefined;
  /** The express runs' states, over core NATS (express-follow.ts), for the same callers. */
  readonly express: ExpressStates;

  constructor(private readonly bus: Bus) {
    this.express = new ExpressStates(bus);
  }

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
    const waiter: Waiter = { finish, seen: 0 };
    this.waiting.set(runId, waiter);
    return {
      ended,
      seen: () => waiter.seen,
      stop: () => {
        if (this.waiting.get(runId) === waiter) this.waiting.delete(runId);
        finish({ to: "" });
      },
    };
  }

  stop(): void {
    this.stopped = true;
    this.following = false;
    this.express.stop();
    this.stopFollow?.();
    for (const w of this.waiting.values()) w.finish({ to: "" });
    this.waiting.clear();
  }

  private read(data: Uint8Array, subject: string): void {
    const parsed = parseSubject(subject);
    if (parsed?.kind !== "runState" || !this.waiting.has(parsed.runId)) return; // decoded only when waited on
    const batch = readHistoryBatch(subject, data, () => {});
    const waiter = batch && this.waiting.get(batch.runId);
    if (!batch || !waiter) return;
    waiter.seen += batch.entries.length;
    const end = batch.entries.find((e) => isTerminalRunState(e.run?.to ?? ""))?.run;
    if (!end) return;
    this.waiting.delete(batch.runId);
    waiter.finish(end);
  }
}
