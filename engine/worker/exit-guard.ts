/**
 * Workflow code shares its worker's process: a task that called `process.exit()` ended the
 * worker, and every worker it was placed on next, while the run failed 16 s later with
 * "stopped heartbeating" (issue 19 item 8). Attempts run inside `userCode.run(scope, ...)`;
 * once the guard is installed, `process.exit` called from there throws a terminal error naming
 * the task and the call instead, so the attempt fails and the worker lives. weft's own exits
 * (the CLI's, outside any attempt) go through as before.
 */
import { userCode } from "./attempt-scope.js";
import { ErrorCode, WeftError } from "../errors.js";

let installed = false;
/** The real process.exit, for weft's own exits from inside a scope (the uncaught handler). */
let exitForReal: (code?: number) => never = (code) => process.exit(code);
/** Errors of refused exits: thrown where the call was, and harmless when nothing catches them. */
const refusals = new WeakSet<object>();

/** Whether `err` is the error of a refused `process.exit` (exitRefusalsAreHarmless). */
export function isExitRefusal(err: unknown): boolean {
  return typeof err === "object" && err !== null && refusals.has(err);
}

/** Makes `process.exit` from an attempt's code throw (once per process). */
export function guardProcessExit(): void {
  if (installed) return;
  installed = true;
  const exit = process.exit.bind(process);
  exitForReal = (code) => exit(code);
  process.exit = ((code?: number | string | null) => {
    const scope = userCode.getStore();
    if (scope === undefined) return exit(code ?? undefined);
    const error = new WeftError(
      ErrorCode.Terminal,
      `${scope.label} called process.exit(${code ?? ""}): workflow code runs inside a shared worker, so weft refused to end it; return a value or throw an error instead`,
      { terminal: true },
    );
    refusals.add(error);
    // Called from a timer or a callback of the attempt, the throw reaches no one: the attempt
    // still fails with it (when it has not ended yet).
    scope.refuse(error);
    throw error;
  }) as typeof process.exit;
}

/**
 * In a process that is a worker and nothing else (`weft worker`): a refused exit thrown where
 * nothing catches it (a timer callback of a task) is said and dropped, and the worker lives.
 * Any other uncaught exception ends the process as Node's default does (its stack on stderr,
 * exit code 1). Not for processes that host a worker beside other code (a test runner has its
 * own handler for uncaught exceptions).
 */
export function exitRefusalsAreHarmless(say: (line: string) => void): void {
  process.on("uncaughtException", (err) => {
    if (isExitRefusal(err)) {
      say(`${(err as Error).message} (called where nothing could catch it, such as a timer callback; the worker goes on)`);
      return;
    }
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    exitForReal(1);
  });
}
