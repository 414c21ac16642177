/**
 * Follows a run to its end as the CLI shows it: the log on stderr, the result as JSON on
 * stdout, and the exit code (0 succeeded, 1 failed or cancelled).
 */
import type { Bus } from "../bus/bus.js";
import { ErrorCode, ExitCode } from "../errors.js";
import { isTerminalRunState } from "../../model/status.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { colourWanted } from "./colour.js";
import { LogPrinter } from "./log-printer.js";
import { followRun, type FollowHandle, type LogEntry } from "../client/run-client.js";
import type { RunHandle } from "../client/run-handle.js";
import { watchRunNotice } from "../client/run-notice.js";
import { printAnswer } from "./stdout.js";

export interface FollowOptions {
  json: boolean;
  /** On a terminal: every transition, not only the live per-node view. */
  verbose?: boolean;
  graph?: WorkflowGraph;
  /** Called with the handle once following has begun (e.g. to submit only then). */
  started?: (handle: FollowHandle) => Promise<void> | void;
}

/** --verbose: on a terminal, every transition, not only the live per-node view. */
let everyTransition = false;

/** Sets --verbose for this process (the command line's choice, for whichever command follows a run). */
export function showEveryTransition(on: boolean): void {
  everyTransition = on;
}

/** Whether log lines should be pretty: a terminal, and no --json. */
export function prettyLog(json: boolean): boolean {
  return !json && process.stderr.isTTY === true;
}

/** How a followed run is shown on stderr: JSON lines off a terminal, the live view on one. */
function terminalView(json: boolean, verbose: boolean | undefined) {
  const pretty = prettyLog(json);
  return { json: !pretty, progress: pretty, verbose: verbose ?? everyTransition, colour: colourWanted(process.stderr.isTTY) };
}

export async function followToExit(bus: Bus, runId: string, opts: FollowOptions): Promise<number> {
  const printer = new LogPrinter(runId, terminalView(opts.json, opts.verbose), opts.graph);
  const handle = await followRun(bus, runId, (e) => printer.print(e));
  // Why the run is stalled (JetStream storage full), when it is: not in its log, which cannot be written then.
  const notices = watchRunNotice(bus, runId, (e) => printer.print(e));
  await opts.started?.(handle);
  const end = await handle.ended;
  notices.stop();
  printer.close();
  if (end.to === "succeeded") {
    printAnswer((end.resultJson || "null") + "\n");
    return ExitCode.Ok;
  }
  if (isTerminalRunState(end.to ?? "")) {
    process.stderr.write(`weft: run ${runId} ${end.to}${end.error?.message ? `: ${end.error.message}` : ""}\n`);
    return ExitCode.RunFailed;
  }
  return ExitCode.Infrastructure;
}

/**
 * Starts a run through the client with the log printer tapped into its log from its first
 * entry (`start(tap)`), then shows its end as `followToExit` does and returns the exit code.
 */
export async function printRunToExit(
  runId: string,
  opts: { json: boolean; graph?: WorkflowGraph; /** Where to read why the run is stalled, when it is. */ bus?: Bus },
  start: (tap: (entry: LogEntry) => void) => Promise<RunHandle>,
): Promise<number> {
  const printer = new LogPrinter(runId, terminalView(opts.json, undefined), opts.graph);
  const run = await start((e) => printer.print(e));
  const notices = opts.bus ? watchRunNotice(opts.bus, runId, (e) => printer.print(e)) : undefined;
  const outcome = await run.outcome().catch((err: unknown) => {
    // The client was closed under the run (Ctrl-C, or the stack going down): no end to show.
    if ((err as { code?: string }).code === ErrorCode.Closed) return undefined;
    throw err;
  });
  notices?.stop();
  printer.close();
  if (!outcome) return ExitCode.Infrastructure;
  if (outcome.state === "succeeded") {
    printAnswer(outcome.resultJson + "\n");
    return ExitCode.Ok;
  }
  process.stderr.write(`weft: run ${runId} ${outcome.state}${outcome.error.message ? `: ${outcome.error.message}` : ""}\n`);
  return ExitCode.RunFailed;
}
