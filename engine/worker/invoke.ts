/**
 * Calls one attempt of a user function with a timeout and an abort handle. Never throws:
 * returns the value or the error. A function that ignores its signal keeps running in the
 * background after its timeout (unless it is isolated in a thread); its late result is
 * discarded.
 */
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
  private readonly listeners: Array<(reason: unknown) => void> = [];

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

  /** Throws the abort reason once aborted, like AbortSignal.throwIfAborted. */
  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.controller?.abort(reason);
    for (const l of this.listeners) l(reason);
  }

  onAbort(listener: (reason: unknown) => void): void {
    this.listeners.push(listener);
  }
}

export function invokeAttempt(call: () => unknown, timeoutMs: number, controller: AttemptAbort, label: string): Promise<AttemptOutcome> {
  return new Promise<AttemptOutcome>((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      resolve(outcome);
    };
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        const error = new WeftError(ErrorCode.Timeout, `${label} timed out after ${timeoutMs} ms`);
        controller.abort(error);
        finish({ ok: false, error });
      }, timeoutMs);
    }
    controller.onAbort((reason) => finish({ ok: false, error: reason }));
    try {
      Promise.resolve(call()).then(
        (value) => finish({ ok: true, value }),
        (error: unknown) => finish({ ok: false, error }),
      );
    } catch (error) {
      finish({ ok: false, error });
    }
  });
}
