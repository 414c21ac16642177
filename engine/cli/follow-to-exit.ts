/**
 * Follows a run to its end as the CLI shows it: the log on stderr, the result as JSON on
 * stdout, and the exit code (0 succeeded, 1 failed or cancelled).
 */
import type { Bus } from "../bus/bus.js";
import { ExitCode } from "../errors.js";
import { isTerminalRunState } from "../../model/status.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { LogPrinter } from "./log-printer.js";
import { followRun, type FollowHandle } from "../client/run-client.js";
import { printAnswer } from "./stdout.js";

export interface FollowOptions {
  json: boolean;
  graph?: WorkflowGraph;
  /** Called with the handle once following has begun (e.g. to submit only then). */
  started?: (handle: FollowHandle) => Promise<void> | void;
}

/** Whether log lines should be pretty: a terminal, and no --json. */
export function prettyLog(json: boolean): boolean {
  return !json && process.stderr.isTTY === true;
}

export async function followToExit(bus: Bus, runId: string, opts: FollowOptions): Promise<number> {
  const pretty = prettyLog(opts.json);
  const printer = new LogPrinter(runId, { json: !pretty, progress: pretty }, opts.graph);
  const handle = await followRun(bus, runId, (e) => printer.print(e));
  await opts.started?.(handle);
  const end = await handle.ended;
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
