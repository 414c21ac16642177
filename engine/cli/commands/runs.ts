/**
 * `weft runs [--state S] [--workflow W] [--limit N] [--all] [--json]`: the runs, newest first,
 * filtered; a user's own only (the server may allow it no others', docs/security.md
 * "Tenancy"), every user's with --all or without credentials;
 * `weft runs prune [--older-than DURATION]`: deletes finished runs (record and log).
 */
import { listRunRecords, type RunRecord } from "../../coordinator/run-store.js";
import { pruneRuns } from "../../coordinator/run-retention.js";
import { ErrorCode, WeftError } from "../../errors.js";
import { RUN_STATES } from "../../../model/status.js";
import { formatDuration } from "../../model/duration.js";
import { JSON_SCHEMA_VERSION, runStatusJson } from "../../client/run-json.js";
import { withClient, type NatsFlags } from "../connect.js";
import { colourWanted, paint } from "../colour.js";
import { durationFlag, positiveInt } from "../options.js";
import { originText, seconds } from "../run-text.js";
import { printAnswer } from "../stdout.js";

export interface RunsFlags extends NatsFlags {
  json?: boolean;
  state?: string;
  workflow?: string;
  limit?: string;
  all?: boolean;
}

/** The runs `flags` ask for, newest first. Pure. */
export function selectRuns(records: readonly RunRecord[], flags: Pick<RunsFlags, "state" | "workflow" | "limit">): RunRecord[] {
  if (flags.state !== undefined && !(RUN_STATES as readonly string[]).includes(flags.state)) {
    throw new WeftError(ErrorCode.Usage, `--state ${flags.state}: a run is ${RUN_STATES.join(", ")}.`);
  }
  const limit = positiveInt("--limit", flags.limit, Number.MAX_SAFE_INTEGER);
  const wanted = (r: RunRecord) => (flags.state === undefined || r.state === flags.state) && (flags.workflow === undefined || r.workflow === flags.workflow);
  return records.filter(wanted).slice(0, limit);
}

export async function runsCommand(flags: RunsFlags): Promise<number> {
  return withClient(flags, async (bus) => {
    const all = await listRunRecords(bus, flags.all || !bus.identity ? undefined : bus.identity);
    const records = selectRuns(all, flags);
    if (flags.json) {
      printAnswer(records.map((r) => JSON.stringify(runStatusJson(r)) + "\n").join(""));
      return 0;
    }
    if (records.length === 0) {
      printAnswer(all.length === 0 ? "no runs yet: submit one with `weft submit FILE`\n" : "no run matches\n");
      return 0;
    }
    const colour = colourWanted(process.stdout.isTTY);
    // The DEPLOYMENT column only when some run is of a deployment.
    const deployed = records.some((r) => r.origin?.deployment);
    const rows = [["RUN", "WORKFLOW", "STATE", "TASKS", "SUBMITTED", "DURATION", ...(deployed ? ["DEPLOYMENT"] : [])]];
    for (const r of records) {
      const row = [r.runId, r.workflow, r.state, `${r.tasksDone}/${r.tasksTotal}`, new Date(r.submittedAtMs).toISOString(), seconds(r)];
      rows.push(deployed ? [...row, originText(r) || "-"] : row);
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
    const STATE = 2;
    const text = rows.map((row, n) =>
      row
        .map((c, i) => (i === STATE && n > 0 ? paint(c, c, colour) + " ".repeat(widths[i]! - c.length) : c.padEnd(widths[i]!)))
        .join("  ")
        .trimEnd(),
    );
    printAnswer(text.join("\n") + "\n");
    return 0;
  });
}

export async function runsPruneCommand(flags: NatsFlags & { olderThan?: string; json?: boolean }): Promise<number> {
  // Without --older-than: every finished run.
  const retainMs = flags.olderThan === undefined ? 0 : durationFlag("--older-than", flags.olderThan)!;
  return withClient(flags, async (bus) => {
    const pruned = await pruneRuns(bus, Date.now(), retainMs);
    if (flags.json) printAnswer(JSON.stringify({ v: JSON_SCHEMA_VERSION, pruned }) + "\n");
    else printAnswer(`pruned ${pruned.length} finished ${pruned.length === 1 ? "run" : "runs"}${retainMs ? ` ended more than ${formatDuration(retainMs)} ago` : ""}\n`);
    return 0;
  });
}
