/** `weft status RUN`, `weft cancel RUN`: read and steer runs (`weft runs`: runs.ts; `weft logs`: logs.ts). */
import { formatDuration } from "../../model/duration.js";
import { withWeft, type NatsFlags } from "../connect.js";
import { mb } from "../log-printer.js";
import { dataTotals, edgeJson, runStatusJson } from "../../client/run-json.js";
import { readRunNotice } from "../../client/run-notice.js";
import { runLogExists } from "../../client/run-client.js";
import { isTerminalRunState } from "../../../model/status.js";
import { printAnswer } from "../stdout.js";
import { originText, seconds } from "../run-text.js";
import { costText } from "../cost-text.js";
import { ErrorCode, WeftError } from "../../errors.js";

export async function statusCommand(runId: string, flags: NatsFlags & { json?: boolean }): Promise<number> {
  const streamed = await (await import("./stream.js")).streamStatus(runId, flags);
  if (streamed !== undefined) return streamed;
  return withWeft(flags, async (client) => {
    // `weft status` also takes a streaming job's name: a miss says it looked for both.
    const r = await client.record(runId).catch(async (err: unknown) => {
      if ((err as { code?: string }).code !== ErrorCode.NotFound) throw err;
      if (await runLogExists(client.bus, runId)) {
        throw new WeftError(
          ErrorCode.NotFound,
          `no run ${runId} on record: it ran express, which keeps no record and no status (docs/express.md); its log: \`weft logs ${runId}\`.`,
          { cause: err },
        );
      }
      throw new WeftError(ErrorCode.NotFound, `no run ${runId}, and no streaming job of that name: list runs with \`weft runs\`, streaming jobs with \`weft deployments\`.`, { cause: err });
    });
    // Why an unfinished run is stalled: its record cannot be written then (JetStream storage full).
    const notice = isTerminalRunState(r.state) ? undefined : await readRunNotice(client.bus, r.runId);
    if (flags.json) {
      const stalled = notice ? { stalled: { code: notice.code, message: notice.message, since: new Date(notice.sinceMs).toISOString() } } : {};
      printAnswer(JSON.stringify({ ...runStatusJson(r), ...stalled }, null, 2) + "\n");
      return 0;
    }
    const out: string[] = [
      `run       ${r.runId}`,
      `workflow  ${r.workflow}`,
      ...(originText(r) ? [`deployed  ${originText(r)}`] : []),
      `state     ${r.state}`,
      ...(notice ? [`stalled   since ${new Date(notice.sinceMs).toISOString()}: ${notice.code}: ${notice.message}`] : []),
      `submitted ${new Date(r.submittedAtMs).toISOString()}   duration ${seconds(r)}${r.deadlineAtMs ? `   timeout ${formatDuration(r.deadlineAtMs - r.submittedAtMs)}` : ""}`,
      `tasks     ${r.tasksDone}/${r.tasksTotal} done`,
      `workers   ${(r.placement?.workers ?? []).join(", ")}${r.epoch ? `   (epoch ${r.epoch})` : ""}`, // not a count of placements: a chosen run id starts in epoch 1
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
    if (r.cost) out.push("", ...costText(r.cost));
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

export async function cancelCommand(runId: string, flags: NatsFlags): Promise<number> {
  return withWeft(flags, async (client) => {
    await client.cancel(runId, "cancelled by `weft cancel`");
    process.stderr.write(`weft: run ${runId} cancelled\n`);
    return 0;
  });
}
