/**
 * `weft logs RUN [--follow] [--node N] [--state S] [--worker W] [--tail N] [--json]`: a run's
 * log on stdout (so `| grep` sees it), in time order, filtered. With --follow it goes on until
 * the run ends and exits with the run's code (0 succeeded, 1 failed or cancelled); the run's
 * end line carries its result.
 */
import { ExitCode } from "../../errors.js";
import { isTerminalRunState } from "../../../model/status.js";
import { graphFromWire } from "../../wire/protocol.js";
import { findRunRecord } from "../../coordinator/run-store.js";
import { assertToken } from "../../subjects.js";
import { ErrorCode, WeftError } from "../../errors.js";
import { followRun, runLogExists, type LogEntry, type LogPosition } from "../../client/run-client.js";
import type { weft } from "../../gen/weft.js";
import { withClient, type NatsFlags } from "../connect.js";
import { colourWanted } from "../colour.js";
import { inTimeOrder, logFilter, matches, tailCount } from "../log-filter.js";
import { LogPrinter } from "../log-printer.js";
import { printAnswer } from "../stdout.js";

export interface LogsFlags extends NatsFlags {
  json?: boolean;
  follow?: boolean;
  node?: string;
  state?: string;
  worker?: string;
  tail?: string;
}

/** stdout as a stream for the printer: the command's answer. */
const stdoutAnswer = { write: (text: string) => (printAnswer(text), true) } as unknown as NodeJS.WritableStream;

/** How long a run without a record (express) is read when its log goes quiet before its end. */
const EXPRESS_IDLE_MS = 2000;

export async function logsCommand(runId: string, flags: LogsFlags): Promise<number> {
  const filter = logFilter(flags);
  const tail = tailCount(flags.tail);
  return withClient(flags, async (bus) => {
    const record = await findRunRecord(bus, assertToken("run id", runId));
    // An express run has no record; its log is still in the stream (docs/express.md).
    if (!record && !(await runLogExists(bus, runId))) throw new WeftError(ErrorCode.NotFound, `no run ${runId}: list runs with \`weft runs\`.`);
    const ownerOf = record ? { owner: record.owner ?? "" } : {};
    const pretty = !flags.json && process.stdout.isTTY === true;
    const printer = new LogPrinter(
      runId,
      { json: !pretty, progress: false, colour: pretty && colourWanted(true), timeOrder: true, filter: (e) => matches(filter, e), out: stdoutAnswer },
      record ? graphFromWire(record.graph) : undefined,
    );
    // What the log holds now: all of it for an ended run (up to its end event; the quiet
    // allowed is long, as a loaded machine may pause the replay, and only a log that expired
    // before its record lacks that event), up to a moment's quiet for one still going.
    const history: { entry: LogEntry; at: LogPosition }[] = [];
    // An express run's log ends with its end event too, unless its coordinator was lost.
    const idleMs = !record ? EXPRESS_IDLE_MS : isTerminalRunState(record.state) ? 10_000 : 300;
    const read = await followRun(bus, runId, (entry, at) => history.push({ entry, at }), { idleMs, ...ownerOf });
    let end: weft.v1.RunEvent.$Properties | undefined = await read.ended;
    if (!end.to) end = undefined;
    // --tail counts lines: entries that make none (an edge's figures) are left out first.
    const shown = inTimeOrder(history, (h) => h.entry).filter((h) => printer.shows(h.entry));
    for (const h of tail === undefined ? shown : shown.slice(Math.max(0, shown.length - tail))) printer.print(h.entry);
    if (flags.follow && !end) {
      const last = history.at(-1)?.at;
      const live = await followRun(bus, runId, (entry) => printer.print(entry), last ? { after: last, ...ownerOf } : ownerOf);
      end = await live.ended;
    }
    printer.close();
    if (!flags.follow) return ExitCode.Ok;
    if (end?.to === "succeeded") return ExitCode.Ok;
    if (end && isTerminalRunState(end.to ?? "")) {
      process.stderr.write(`weft: run ${runId} ${end.to}${end.error?.message ? `: ${end.error.message}` : ""}\n`);
      return ExitCode.RunFailed;
    }
    return ExitCode.Infrastructure;
  });
}
