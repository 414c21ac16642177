/**
 * The faults the test harness can inject, and how the failing ones are woven into a
 * workflow's functions (the engine itself runs unchanged: a failed attempt is a function that
 * threw, as it would be in production).
 */
import { ErrorCode, TerminalError, WeftError } from "../errors.js";
import type { NodeSpec } from "../../model/graph.js";
import type { NodeImpl } from "../../model/workflow.js";

/** A node's function throws on the given attempt(s): 1 for the first, "every" for all of them. */
export interface FailFault {
  readonly fail: string;
  /** Which attempt throws (default 1). */
  readonly attempt?: number | "every";
  /** A map node: only the instance of this item index (default: every instance). */
  readonly index?: number;
  /** The error's message (default: says it was injected, and where). */
  readonly message?: string;
  /** Throw a TerminalError (no retry, whatever the node's policy). */
  readonly terminal?: boolean;
}

/** A worker is cut off from the bus (as if its process died) right after it reported its N-th finished task. */
export interface LoseWorkerFault {
  /** Its name: w1 … wN. */
  readonly loseWorker: string;
  readonly afterTasks: number;
}

/** The run is cancelled this many simulated milliseconds after it was submitted. */
export interface CancelFault {
  readonly cancelAt: number;
  readonly reason?: string;
}

export type Fault = FailFault | LoseWorkerFault | CancelFault;

/** Stage operators whose function is called on every attempt (keyed stages fold, their code is no attempt's). */
const CALLED_OPS = new Set(["source", "map", "flatMap", "filter", "sink"]);

/** Checks faults against the graph and the worker count; throws E_USAGE naming what is wrong. */
export function checkFaults(faults: readonly Fault[], nodes: readonly NodeSpec[], workers: number): void {
  const usage = (message: string) => new WeftError(ErrorCode.Usage, `runLocal: ${message}`);
  let cancels = 0;
  for (const f of faults) {
    if ("fail" in f) {
      const node = nodes.find((n) => n.name === f.fail);
      if (!node) throw usage(`fault { fail: "${f.fail}" }: the workflow has no such node (it has ${nodes.map((n) => n.name).join(", ")}).`);
      const called = node.kind === "task" || node.kind === "map" || (node.kind === "stage" && CALLED_OPS.has(node.op));
      if (!called) throw usage(`fault { fail: "${f.fail}" }: a ${node.op || node.kind} node runs no function of its own per attempt: fail the node that feeds it.`);
      const a = f.attempt ?? 1;
      if (a !== "every" && !(Number.isInteger(a) && a >= 1)) throw usage(`fault { fail: "${f.fail}" }: attempt must be a whole number >= 1 or "every", got ${String(a)}.`);
    } else if ("loseWorker" in f) {
      const names = Array.from({ length: workers }, (_, i) => `w${i + 1}`);
      if (!names.includes(f.loseWorker)) throw usage(`fault { loseWorker: "${f.loseWorker}" }: the workers are ${names.join(", ")}.`);
      if (!(Number.isInteger(f.afterTasks) && f.afterTasks >= 0)) throw usage(`fault { loseWorker }: afterTasks must be a whole number >= 0, got ${String(f.afterTasks)}.`);
      if (workers < 2) throw usage(`fault { loseWorker }: with one worker nothing would be left to run the rest: pass workers: 2 or more.`);
    } else if ("cancelAt" in f) {
      if (!(Number.isFinite(f.cancelAt) && f.cancelAt >= 0)) throw usage(`fault { cancelAt }: a number of simulated milliseconds >= 0, got ${String(f.cancelAt)}.`);
      if (++cancels > 1) throw usage("one cancelAt fault at most: a run is cancelled once.");
    } else {
      throw usage(`unknown fault ${JSON.stringify(f)}: use { fail, attempt }, { loseWorker, afterTasks } or { cancelAt }.`);
    }
  }
}

/** The attempt and item a node function is called for: its last argument is the ctx. */
interface CallContext {
  attempt?: unknown;
  index?: unknown;
}

/** `impl` with the node's function throwing where `faults` say (the same impl when none applies). */
export function withFailures(node: string, impl: NodeImpl, faults: readonly FailFault[]): NodeImpl {
  const mine = faults.filter((f) => f.fail === node);
  if (mine.length === 0) return impl;
  const fn = impl.fn;
  const failing = (...args: unknown[]): unknown => {
    const ctx = (args[args.length - 1] ?? {}) as CallContext;
    const attempt = typeof ctx.attempt === "number" ? ctx.attempt : 0;
    const index = typeof ctx.index === "number" ? ctx.index : -1;
    for (const f of mine) {
      const a = f.attempt ?? 1;
      if ((a === "every" || a === attempt) && (f.index === undefined || f.index === index)) {
        const message = f.message ?? `injected failure: node "${node}"${index >= 0 ? `[${index}]` : ""}, attempt ${attempt} (runLocal fault)`;
        throw f.terminal ? new TerminalError(message) : new Error(message);
      }
    }
    return fn(...args);
  };
  return { ...impl, fn: failing };
}
