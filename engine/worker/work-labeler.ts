/**
 * Names what runs on the worker's thread, for the loop watchdog (loop-watchdog.ts): the user
 * function entered last, or one of the engine's own longer sections. If the event loop is
 * blocked, the watchdog says who held it. One port, injected into every part that runs code.
 */
import type { LoopWatchdog } from "./loop-watchdog.js";

export interface WorkLabeler {
  /** User code named `label` runs now on this thread (named if it blocks the event loop). */
  entering(label: string): void;
  /**
   * Runs `fn`, one of the engine's own longer sections, said to be `what`: if it blocks the
   * event loop, the watchdog names weft, not the workflow function entered last.
   */
  engineWork<T>(what: string, fn: () => T): T;
}

/** Labels nothing (no watchdog: an in-process worker, a test). */
export const noLabels: WorkLabeler = {
  entering: () => {},
  engineWork: (_what, fn) => fn(),
};

/** Labels for a loop watchdog; nested engine sections are said innermost first, then the outer again. */
export class WatchdogLabeler implements WorkLabeler {
  /** What the engine's current section does (undefined outside one). */
  private work: string | undefined;

  constructor(private readonly dog: LoopWatchdog) {}

  entering(label: string): void {
    this.dog.entering(label);
  }

  engineWork<T>(what: string, fn: () => T): T {
    const outer = this.work;
    this.work = what;
    this.dog.engineWork(what);
    try {
      return fn();
    } finally {
      this.work = outer;
      if (outer === undefined) this.dog.engineDone();
      else this.dog.engineWork(outer);
    }
  }
}
