/**
 * The CLI of streaming jobs (engine/stream): `weft deploy FILE` of a file that default-exports a
 * `stream(...)` starts a long-running job (the leader coordinator places it on the workers),
 * `weft stop NAME [--savepoint]` stops it (a later deploy resumes from the savepoint, on any
 * number of workers), `weft undeploy NAME` removes it, `weft status NAME` shows its operators.
 */
import { isStreamWorkflow } from "../../../model/stream.js";
import { bundleWorkflow } from "../../bundle/bundle.js";
import { importBundle } from "../../bundle/load-bundle.js";
import { openBundles } from "../../bundle/bundle-store.js";
import { ErrorCode, ExitCode, WeftError } from "../../errors.js";
import { howToCapture } from "../../bus/subject-match.js";
import { streamCaptureKey, streamCaptureTarget } from "../../stream/postgres-source-reader.js";
import { lastCheckpoint } from "../../stream/stream-job.js";
import { deployCapture } from "../../triggers/postgres-capture.js";
import { checkPostgresSink } from "../../stream/postgres-sink-check.js";
import { StreamJobStore } from "../../stream/stream-job-store.js";
import { DeploymentStore } from "../../deploy/deployment-store.js";
import { streamPlan } from "../../stream/stream-plan.js";
import { readStreamJob, type StreamOperatorJson } from "../../stream/stream-status.js";
import { buckets } from "../../subjects.js";
import { parseDuration } from "../../model/duration.js";
import { durationFlag } from "../options.js";
import { refuseFlagsOfOtherKind, refuseNameOfOtherKind } from "../deploy-kind-flags.js";
import { withClient, type NatsFlags } from "../connect.js";
import { printAnswer } from "../stdout.js";
import type { Bus } from "../../bus/bus.js";

export interface StreamDeployFlags extends NatsFlags {
  name?: string;
  parallelism?: string;
  partitions?: string;
  checkpointInterval?: string;
  restartAttempts?: string;
}

function whole(flag: string, text: string | undefined, min = 1): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new WeftError(ErrorCode.Usage, `${flag} must be a whole number >= ${min}, got ${JSON.stringify(text)}.`);
  return n;
}

/** Deploys `file` as a streaming job when it default-exports one; undefined when it exports a batch workflow. */
export async function deployStreamIfStreaming(file: string, flags: StreamDeployFlags): Promise<number | undefined> {
  const bundle = await bundleWorkflow(file);
  const wf = await importBundle(bundle.code, bundle.hash, file);
  if (!isStreamWorkflow(wf)) return undefined;
  refuseFlagsOfOtherKind(file, "stream", flags);
  const workers = whole("--parallelism", flags.parallelism);
  const partitions = whole("--partitions", flags.partitions);
  const restartAttempts = whole("--restart-attempts", flags.restartAttempts, 0);
  const interval = flags.checkpointInterval === undefined ? undefined : parseDuration(flags.checkpointInterval);
  if (flags.checkpointInterval !== undefined && (interval === undefined || interval <= 0)) {
    throw new WeftError(ErrorCode.Usage, `--checkpoint-interval takes a duration such as 2s or 500ms, got ${JSON.stringify(flags.checkpointInterval)}.`);
  }
  const name = flags.name ?? wf.name;
  const source = wf.source.spec;
  // Before anything is installed for it (a capture, a bundle).
  await withClient(flags, (bus) => refuseNameOfOtherKind(bus, "stream", name));
  // As the MQTT trigger's deploy does: a broker that cannot be reached (exit 3) or refuses the
  // subscription (exit 2) refuses the job, rather than a job that fails right at its start.
  if (source.kind === "mqtt") await (await import("../../triggers/mqtt-trigger.js")).checkMqttBroker(source.url, source.topic);
  const failedAtStart = await withClient(flags, async (bus) => {
    // A stream that does not exist would fail every start: refused here, with what to do.
    if (source.kind === "jetstream" && !(await bus.streamExists(source.stream))) {
      throw new WeftError(
        ErrorCode.NotFound,
        `the source of ${name}: JetStream stream "${source.stream}" does not exist: create it (\`nats stream add ${source.stream} --subjects '${(source.subject ?? ">").split("{partition}").join("*")}'\`) or fix the source's name.`,
      );
    }
    // So would a sink whose subject no stream captures (every write of it would fail).
    const uncaptured = [];
    for (const sink of wf.sinks) {
      if (sink.spec.kind === "jetstream" && (await bus.streamCapturing(sink.spec.subject)) === undefined) uncaptured.push(`sink "${sink.name}" (${sink.spec.subject}): ${howToCapture(sink.spec.subject)}`);
    }
    if (uncaptured.length > 0) throw new WeftError(ErrorCode.NotFound, `the JetStream sinks of ${name} have nowhere to write: ${uncaptured.join("; ")}; or fix the subject.`);
    // Likewise a PostgreSQL sink whose database is away, or whose table is not the sink's.
    for (const sink of wf.sinks) if (sink.spec.kind === "postgres") await checkPostgresSink(sink.name, sink.spec.url, sink.spec.table);
    // As the trigger's deploy does: the table is checked and its capture installed before the job
    // exists, so a missing table or database refuses the deploy and changes from now on are kept.
    if (source.kind === "postgres") await deployCapture(streamCaptureTarget(source), streamCaptureKey(name, source.table));
    await (await openBundles(bus)).put(bundle.hash, bundle.code);
    const store = await StreamJobStore.open(bus);
    await store.putJob({
      name,
      bundleSha256: bundle.hash,
      settings: {
        ...(workers ? { workers } : {}),
        ...(partitions ? { partitions } : {}),
        ...(interval ? { checkpointMs: interval } : {}),
        ...(restartAttempts !== undefined ? { restartAttempts } : {}),
      },
      state: "running",
      deployedAtMs: Date.now(),
      plan: streamPlan(wf),
    });
    const from = await lastCheckpoint(bus, name);
    process.stderr.write(`weft: streaming job ${name} deployed${from ? ` (resuming from checkpoint ${from.id})` : ""}; it runs until \`weft stop ${name}\` or \`weft undeploy ${name}\`\n`);
    return watchStart(bus, store, name);
  });
  printAnswer(`${name}@${bundle.hash.slice(0, 12)}\n`);
  if (failedAtStart) {
    process.stderr.write(
      `weft: ${name} failed right at its start: ${failedAtStart}\n  \`weft status ${name}\` follows it; fix the job and deploy it again, or \`weft undeploy ${name}\`\n`,
    );
    return ExitCode.RunFailed;
  }
  return 0;
}

/** How long a deploy waits for the job to be placed (no coordinator or worker: it does not wait for them). */
const PLACE_WAIT_MS = 3000;
/** How long a deploy watches a placed job for a failure right at its start. */
const START_WATCH_MS = 3000;

/** Watches a freshly deployed job's start: its failure in one line when it fails right away, else undefined. */
async function watchStart(bus: Bus, store: StreamJobStore, name: string): Promise<string | undefined> {
  const placeBy = Date.now() + PLACE_WAIT_MS;
  let watchUntil: number | undefined;
  for (;;) {
    const job = await store.job(name);
    if (!job) return undefined; // undeployed meanwhile
    // A task's failure (not the wait for a worker: a deploy before the workers start is fine).
    if ((job.state === "failed" || (job.state === "restarting" && job.failure?.task !== undefined)) && job.failure) {
      return (await readStreamJob(bus, name, Date.now()))?.failure?.summary ?? job.failure.reason;
    }
    const now = Date.now();
    if (watchUntil === undefined && (await store.placement(name))) watchUntil = now + START_WATCH_MS;
    if (watchUntil === undefined ? now >= placeBy : now >= watchUntil) return undefined;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Removes a streaming job of that name; false when there is none. */
export async function undeployStream(bus: Bus, name: string): Promise<boolean> {
  const store = await StreamJobStore.open(bus).catch(() => undefined);
  return store ? store.removeJob(name) : false;
}

export async function stopCommand(name: string, flags: NatsFlags & { savepoint?: boolean; timeout?: string }): Promise<number> {
  const timeoutMs = durationFlag("--timeout", flags.timeout) ?? 60_000;
  return withClient(flags, async (bus) => {
    const store = await StreamJobStore.open(bus);
    const job = await store.job(name);
    if (!job) {
      // A deployment of a batch workflow is stopped by undeploying it: say so rather than "no such job".
      if (await (await DeploymentStore.open(bus)).get(name).catch(() => undefined)) {
        throw new WeftError(
          ErrorCode.Usage,
          `"${name}" is a deployment of a workflow that runs on events, not a streaming job: \`weft undeploy ${name}\` stops its triggers (runs in flight finish).`,
        );
      }
      throw new WeftError(ErrorCode.NotFound, `no streaming job named "${name}": deploy one with \`weft deploy FILE\`.`);
    }
    await store.putJob({ ...job, state: "stopping", savepoint: flags.savepoint === true });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if ((await store.job(name))?.state === "stopped" && !(await store.placement(name))) {
        const c = flags.savepoint ? await lastCheckpoint(bus, name) : undefined;
        process.stderr.write(`weft: stopped ${name}${c ? ` with savepoint ${c.id}` : ""}\n`);
        return 0;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    // It stays "stopping": the coordinator goes on trying (a savepoint waits for a checkpoint that completes).
    const why = flags.savepoint
      ? `with --savepoint it stops once a checkpoint completes, and none has: the coordinator's stderr says why (a sink or NATS failing); \`weft stop ${name}\` without --savepoint stops it at once`
      : "is a coordinator running? (`weft workers` lists the workers it would place the job on)";
    throw new WeftError(ErrorCode.Timeout, `${name} did not stop within ${flags.timeout ?? "60s"}: ${why}.`);
  });
}

/** One operator's row of `weft status NAME`: the figures the web view draws, from the same reader. */
/** One operator's line of `weft status JOB`; a sink hands nothing on, so its OUT columns are "-", not 0. */
export function operatorRow(o: StreamOperatorJson): string[] {
  if (!o.measured) return [o.operator, o.kind, "-", "-", "-", "-", "-", "-", "-", "-"];
  const handsOn = o.kind !== "sink";
  const extra = [o.late_records ? `${o.late_records} late` : "", o.dead_letters ? `${o.dead_letters} dead` : ""].filter(Boolean).join(", ");
  return [
    o.operator,
    o.kind,
    String(o.in_per_sec),
    handsOn ? String(o.out_per_sec) : "-",
    String(o.records_in),
    handsOn ? String(o.records_out) : "-",
    o.watermark ?? "-",
    o.lag_ms === null ? "-" : `${o.lag_ms} ms`,
    `${o.backpressure_ms} ms`,
    extra || "-",
  ];
}

/** Prints a streaming job's operators; undefined when there is no such job (the name may be a run id). */
export async function streamStatus(name: string, flags: NatsFlags & { json?: boolean }): Promise<number | undefined> {
  return withClient(flags, async (bus) => {
    const s = await readStreamJob(bus, name, Date.now());
    if (!s) return undefined;
    if (flags.json) {
      printAnswer(JSON.stringify(s, null, 2) + "\n");
      return 0;
    }
    const rows = s.operators.map(operatorRow);
    const header = ["OPERATOR", "KIND", "IN/S", "OUT/S", "IN", "OUT", "WATERMARK", "LAG", "BACKPRESSURE", "LATE/DEAD"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const fmt = (cols: string[]) => cols.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd() + "\n";
    const where = s.epoch !== null ? `, epoch ${s.epoch} on ${s.workers.join(", ")}` : "";
    const failure = s.failure ? `${s.failure.summary}\n` : "";
    const head = `${name}: ${s.state}${where}, last checkpoint ${s.last_checkpoint?.id ?? "none"}\n${failure}`;
    printAnswer(head + fmt(header) + rows.map(fmt).join(""));
    return 0;
  });
}
