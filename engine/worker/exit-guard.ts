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

/** Makes `process.exit` from an attempt's code throw (once per process). */
export function guardProcessExit(): void {
  if (installed) return;
  installed = true;
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    const label = userCode.getStore()?.label;
    if (label === undefined) return exit(code ?? undefined);
    throw new WeftError(
      ErrorCode.Terminal,
      `${label} called process.exit(${code ?? ""}): workflow code runs inside a shared worker, so weft refused to end it; return a value or throw an error instead`,
      { terminal: true },
    );
  }) as typeof process.exit;
}
