/** `weft runs`, `weft status RUN`, `weft logs RUN`, `weft cancel RUN`: read and steer runs. */
import { listRunRecords, type RunRecord } from "../../coordinator/run-store.js";
import { formatDuration } from "../../model/duration.js";
import { isTerminalRunState } from "../../../model/status.js";
import { graphFromWire } from "../../wire/protocol.js";
import { withClient, withWeft, type NatsFlags } from "../connect.js";
import { followToExit, prettyLog } from "../follow-to-exit.js";
import { LogPrinter, mb } from "../log-printer.js";
import { dataTotals, edgeJson, runStatusJson } from "../../client/run-json.js";
import { followRun } from "../../client/run-client.js";
import { recordOf } from "../../client/run-handle.js";

import { printAnswer } from "../stdout.js";

function seconds(record: RunRecord): string {
  const end = record.endedAtMs || Date.now();
  return `${((end - record.submittedAtMs) / 1000).toFixed(2)}s`;
}


/** `NAME@VERSION` and `kind event ID` of a deployed workflow's run ("" for a plain run). */
function originText(r: RunRecord): string {
  const o = r.origin;
  if (!o?.deployment) return "";
  const events = o.trigger?.batch?.length ?? 0;
  const trigger = events > 1 ? `${o.trigger!.kind} batch of ${events} events from ${o.trigger!.eventId}` : `${o.trigger?.kind} event ${o.trigger?.eventId}`;
  return `${o.deployment}@${o.version}${o.trigger?.kind ? ` (${trigger})` : ""}`;
}

export async function runsCommand(flags: NatsFlags & { json?: boolean }): Promise<number> {
  return withClient(flags, async (bus) => {
    const records = await listRunRecords(bus);
    if (flags.json) {
      for (const r of records) printAnswer(JSON.stringify(runStatusJson(r)) + "\n");
      return 0;
    }
    if (records.length === 0) {
      printAnswer("no runs yet: submit one with `weft submit FILE`\n");
      return 0;
    }
    // The DEPLOYMENT column only when some run is of a deployment.
    const deployed = records.some((r) => r.origin?.deployment);
    const rows = [["RUN", "WORKFLOW", "STATE", "TASKS", "SUBMITTED", "DURATION", ...(deployed ? ["DEPLOYMENT"] : [])]];
    for (const r of records) {
      const row = [r.runId, r.workflow, r.state, `${r.tasksDone}/${r.tasksTotal}`, new Date(r.submittedAtMs).toISOString(), seconds(r)];
      rows.push(deployed ? [...row, originText(r) || "-"] : row);
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
    for (const row of rows) printAnswer(row.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd() + "\n");
    return 0;
  });
}

export async function statusCommand(runId: string, flags: NatsFlags & { json?: boolean }): Promise<number> {
  return withWeft(flags, async (client) => {
    const r = await client.record(runId);
    if (flags.json) {
      printAnswer(JSON.stringify(runStatusJson(r), null, 2) + "\n");
      return 0;
    }
    const out: string[] = [
      `run       ${r.runId}`,
      `workflow  ${r.workflow}`,
      ...(originText(r) ? [`deployed  ${originText(r)}`] : []),
      `state     ${r.state}`,
      `submitted ${new Date(r.submittedAtMs).toISOString()}   duration ${seconds(r)}${r.deadlineAtMs ? `   timeout ${formatDuration(r.deadlineAtMs - r.submittedAtMs)}` : ""}`,
      `tasks     ${r.tasksDone}/${r.tasksTotal} done`,
      `workers   ${(r.placement?.workers ?? []).join(", ")}${r.epoch ? `   (placed ${r.epoch + 1} times)` : ""}`,
    ];
    if (r.resultJson) out.push(`result    ${r.resultJson}`);
    if (r.error?.code) out.push(`error     ${r.error.code}: ${r.error.message}`);
    out.push("", "NODE                 TOTAL  OK     FAILED RUNNING RETRIES CANCELLED");
    for (const n of r.nodes) {
      out.push(
        `${(n.node ?? "").padEnd(20)} ${String(n.total).padEnd(6)} ${String(n.succeeded).padEnd(6)} ${String(n.failed).padEnd(6)} ${String(n.running).padEnd(7)} ${String(n.retries).padEnd(7)} ${n.cancelled}`,
      );
    }
    if (r.edges.length > 0) {
      const t = dataTotals(r.edges);
      out.push("", `data      ${t.nats_msgs} messages, ${mb(t.nats_bytes)} over NATS; ${mb(t.local_bytes)} handed over in memory`);
      out.push("EDGE                           RECORDS     NATS MSGS  NATS BYTES   LOCAL RECORDS  LOCAL BYTES");
      for (const e of r.edges.map(edgeJson)) {
        out.push(
          `${`${e.from} -> ${e.to}`.padEnd(30)} ${String(e.records).padEnd(11)} ${String(e.nats_msgs).padEnd(10)} ${String(e.nats_bytes).padEnd(12)} ${String(e.local_records).padEnd(14)} ${e.local_bytes}`,
        );
      }
    }
    if (r.attempts.length > 0) {
      out.push("", "failed attempts:");
      for (const a of r.attempts) out.push(`  ${a.taskId} attempt ${a.attempt} on ${a.worker}: ${a.outcome}: ${a.error?.code}: ${a.error?.message}`);
    }
    for (const f of r.failures) {
      out.push("", `failed: ${f.taskId} (attempt ${f.attempt}, worker ${f.worker}) ${f.error?.code}: ${f.error?.message}`);
      if (f.error?.stack) out.push("  " + f.error.stack.split("\n").join("\n  "));
    }
    printAnswer(out.join("\n") + "\n");
    return 0;
  });
}

export async function logsCommand(runId: string, flags: NatsFlags & { json?: boolean; follow?: boolean }): Promise<number> {
  return withClient(flags, async (bus) => {
    const r = await recordOf(bus, runId);
    const graph = graphFromWire(r.graph);
    if (flags.follow) {
      const code = await followToExit(bus, r.runId, { json: flags.json ?? false, graph });
      return code;
    }
    const pretty = prettyLog(flags.json ?? false);
    const printer = new LogPrinter(r.runId, { json: !pretty, progress: false }, graph);
    // An ended run's log ends with its terminal event; a running one is shown up to now.
    const handle = await followRun(bus, r.runId, (e) => printer.print(e), isTerminalRunState(r.state) ? { idleMs: 2000 } : { idleMs: 300 });
    await handle.ended;
    printer.close();
    return 0;
  });
}

export async function cancelCommand(runId: string, flags: NatsFlags): Promise<number> {
  return withWeft(flags, async (client) => {
    await client.cancel(runId, "cancelled by `weft cancel`");
    process.stderr.write(`weft: run ${runId} cancelled\n`);
    return 0;
  });
}
