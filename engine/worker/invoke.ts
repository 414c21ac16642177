/**
 * Calls one attempt of a user function with a timeout and an abort handle. Never throws:
 * returns the value or the error. A function that ignores its signal keeps running in the
 * background after its timeout (unless it is isolated in a thread); its late result is
 * discarded. Child processes its code started are ended when the attempt ends (attempt-scope.ts).
 * Timers run on the injected clock (a SimulatedClock in tests).
 */
import { AttemptScope, userCode } from "./attempt-scope.js";
import { systemClock, type Clock, type TimerId } from "../base/clock.js";
import { ErrorCode, WeftError } from "../errors.js";

export type AttemptOutcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * An attempt's abort handle. The AbortSignal behind `signal` is made only when something asks
 * for it: most functions never look at it, and one controller per task is measurable at
 * 100k tasks a run.
 */
export class AttemptAbort {
  private controller: AbortController | undefined;
  private reason: unknown;
  private aborted = false;
  /** Made by the first onAbort: an attempt over on return never has one. */
  private listeners: Array<(reason: unknown) => void> | undefined;

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  /** Whether abort() was called (without making the AbortSignal). */
  get isAborted(): boolean {
    return this.aborted;
  }

  /** Why it was aborted (undefined until then). */
  get abortReason(): unknown {
    return this.reason;
  }

  /** Throws the abort reason once aborted, like AbortSignal.throwIfAborted. */
  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.controller?.abort(reason);
    for (const l of this.listeners ?? []) l(reason);
  }

  onAbort(listener: (reason: unknown) => void): void {
    (this.listeners ??= []).push(listener);
  }
}

/**
 * What happens when an attempt was stopped (timeout, cancel) and its function has still not
 * returned `afterMs` later: it runs on, unseen by the slots and by `weft status`, using the
 * worker's CPU if it computes. `report` is called once.
 */
export interface StillRunningWatch {
  afterMs: number;
  report(label: string): void;
}

const SAY_STILL_RUNNING: StillRunningWatch = {
  afterMs: 5000,
  report: (label) =>
    process.stderr.write(
      `weft worker (pid ${process.pid}): ${label} was stopped (timed out or cancelled) 5 s ago and its function has not returned: it still runs here, outside the slots, using this worker's CPU if it computes. Make it return when ctx.signal fires, or give the node isolate: true to have it stopped for good.\n`,
    ),
};

export function invokeAttempt(
  call: () => unknown,
  timeoutMs: number,
  controller: AttemptAbort,
  label: string,
  stillRunning: StillRunningWatch = SAY_STILL_RUNNING,
  clock: Clock = systemClock,
): Promise<AttemptOutcome> {
  return settle(() => call(), new AttemptScope(label, clock), timeoutMs, controller, label, stillRunning, clock);
}

/**
 * invokeAttempt for a function that may well return at once: `call` runs now, in the attempt's
 * scope, and when it returns a value (or throws) that is the outcome, with no promise, timer or
 * microtask made (a map instance of `x => x + 1` costs a call, not a chain of promises). When it
 * returns a promise, the outcome comes as invokeAttempt's would, its timeout counted from now.
 */
export function invokeInline(
  call: () => unknown,
  timeoutMs: number,
  controller: AttemptAbort,
  label: string,
  stillRunning: StillRunningWatch = SAY_STILL_RUNNING,
  clock: Clock = systemClock,
): AttemptOutcome | Promise<AttemptOutcome> {
  const scope = new AttemptScope(label, clock);
  // A refused process.exit the function caught itself still fails the attempt, as in settle.
  scope.abortHandle = controller;
  const startedAt = timeoutMs > 0 ? clock.now() : 0;
  let value: unknown;
  try {
    value = userCode.run(scope, call);
  } catch (error) {
    scope.end();
    return { ok: false, error };
  }
  if (!isThenable(value)) {
    scope.end();
    return controller.isAborted ? { ok: false, error: controller.abortReason } : { ok: true, value };
  }
  // The timeout counts from the call, as invokeAttempt's does, not from its return.
  return settle(() => value, scope, timeoutMs, controller, label, stillRunning, clock, timeoutMs > 0 ? clock.now() - startedAt : 0);
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (typeof v === "object" || typeof v === "function") && v !== null && typeof (v as { then?: unknown }).then === "function";
}

/** Runs `call` in `scope` under the timeout and abort handle; never rejects. */
function settle(
  call: () => unknown,
  scope: AttemptScope,
  timeoutMs: number,
  controller: AttemptAbort,
  label: string,
  stillRunning: StillRunningWatch,
  clock: Clock,
  /** How long the attempt has run already (its function's synchronous part, called before). */
  elapsedMs = 0,
): Promise<AttemptOutcome> {
  return new Promise<AttemptOutcome>((resolve) => {
    let settled = false;
    let returned = false;
    let timer: TimerId | undefined;
    let watch: TimerId | undefined;
    const finish = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      scope.end();
      if (timer !== undefined) clock.clearTimeout(timer);
      if (!returned) {
        watch = clock.setTimeout(() => !returned && stillRunning.report(label), stillRunning.afterMs);
        // The watch alone must not keep the process alive (a timer of the system clock is unref'd).
        (watch as { unref?: () => void } | undefined)?.unref?.();
      }
      resolve(outcome);
    };
    const done = () => {
      returned = true;
      if (watch !== undefined) clock.clearTimeout(watch);
    };
    if (timeoutMs > 0) {
      timer = clock.setTimeout(() => {
        const error = new WeftError(ErrorCode.Timeout, `${label} timed out after ${timeoutMs} ms`);
        controller.abort(error);
        finish({ ok: false, error });
      }, Math.max(0, timeoutMs - elapsedMs));
    }
    controller.onAbort((reason) => finish({ ok: false, error: reason }));
    // Aborted already (invokeInline: a refused exit its function caught before returning a promise).
    if (controller.isAborted) finish({ ok: false, error: controller.abortReason });
    // A refused process.exit from a callback of the attempt (a timer) aborts it: it fails with that.
    scope.abortHandle = controller;
    try {
      Promise.resolve(userCode.run(scope, call)).then(
        (value) => {
          done();
          finish({ ok: true, value });
        },
        (error: unknown) => {
          done();
          finish({ ok: false, error });
        },
      );
    } catch (error) {
      done();
      finish({ ok: false, error });
    }
  });
}
