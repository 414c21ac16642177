/**
 * Calls one attempt of a user function with a timeout and an AbortSignal. Never throws:
 * returns the value or the error. A function that ignores its signal keeps running in the
 * background after its timeout; its late result is discarded.
 */
import { ErrorCode, WeftError } from "../errors.js";

export type AttemptOutcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export function invokeAttempt(call: () => unknown, timeoutMs: number, controller: AbortController, label: string): Promise<AttemptOutcome> {
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
    controller.signal.addEventListener("abort", () => finish({ ok: false, error: controller.signal.reason }), { once: true });
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
