/**
 * The attempt whose code is running, through its awaits and callbacks (an AsyncLocalStorage):
 * what the worker's guards attribute a call to. `process.exit` from an attempt's code fails
 * that attempt (exit-guard.ts); a child process it starts is the attempt's, and is ended when
 * the attempt ends (child-process-guard.ts): returned, failed, timed out or cancelled.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { ChildProcess } from "node:child_process";
import { systemClock, type Clock } from "../base/clock.js";

/** How long a child has after SIGTERM before SIGKILL. */
export const CHILD_GRACE_MS = 2000;

export class AttemptScope {
  private children: Set<ChildProcess> | undefined;
  /** Children started in an isolation thread, known by pid (the thread may be terminated before them). */
  private pids: Set<number> | undefined;
  private ended = false;

  constructor(
    /** "task items#2 attempt 1", as errors name the attempt. */
    readonly label: string,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The attempt's abort handle: aborting it fails the attempt with the reason (invoke.ts). */
  abortHandle: { abort(reason: unknown): void } | undefined;

  /** The attempt's code did what weft refuses (process.exit): the attempt, if under way, fails with `error`. */
  refuse(error: Error): void {
    if (!this.ended) this.abortHandle?.abort(error);
  }

  /** A child process this attempt's code started; ended at once if the attempt already has. */
  adopt(child: ChildProcess): void {
    if (this.ended) {
      endChild(child, this.clock);
      return;
    }
    const children = (this.children ??= new Set());
    children.add(child);
    child.once("exit", () => children.delete(child));
  }

  /** A child process this attempt's isolation thread started; `exited`: it has exited (its pid is no longer its). */
  adoptPid(pid: number, exited = false): void {
    if (exited) {
      this.pids?.delete(pid);
      return;
    }
    if (this.ended) {
      endPid(pid, this.clock);
      return;
    }
    (this.pids ??= new Set()).add(pid);
  }

  /** The attempt is over: its children still running get SIGTERM, then SIGKILL after the grace. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const child of this.children ?? []) endChild(child, this.clock);
    for (const pid of this.pids ?? []) endPid(pid, this.clock);
    this.children = undefined;
    this.pids = undefined;
  }
}

function running(child: ChildProcess): boolean {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

function endChild(child: ChildProcess, clock: Clock): void {
  if (!running(child)) return;
  child.kill("SIGTERM");
  const timer = clock.setTimeout(() => running(child) && child.kill("SIGKILL"), CHILD_GRACE_MS);
  (timer as { unref?: () => void } | undefined)?.unref?.(); // must not keep the worker alive
  child.once("exit", () => clock.clearTimeout(timer));
}

/** A process known only by its pid (no ChildProcess of this thread's): signalled, not awaited. */
function endPid(pid: number, clock: Clock): void {
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(pid, sig);
      return true;
    } catch {
      return false; // gone already
    }
  };
  if (!signal("SIGTERM")) return;
  const timer = clock.setTimeout(() => signal("SIGKILL"), CHILD_GRACE_MS);
  (timer as { unref?: () => void } | undefined)?.unref?.();
}

/** The attempt whose code is running (undefined in weft's own code). */
export const userCode = new AsyncLocalStorage<AttemptScope>();
