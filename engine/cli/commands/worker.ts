/**
 * `weft worker`: a long-lived worker process. Kept apart from the other commands so a worker
 * (a cold start) loads only what it runs: no bundler, no planner.
 */
import { availableParallelism, hostname } from "node:os";
import { fileURLToPath } from "node:url";
import { assertToken } from "../../subjects.js";
import { Worker } from "../../worker/worker.js";
import { exitRefusalsAreHarmless } from "../../worker/exit-guard.js";
// From the client module itself, not ../connect.js: that one loads the whole client API (the
// local stack, the bundler), which a worker never uses and whose load was most of its start.
import { connectService, type NatsFlags } from "../../client/connect.js";
import { importHeldBundles, PREWARM_ENV } from "../../worker/prewarm.js";
import { forgetCredentialsInEnv } from "../../client/nats-auth.js";
import { untilSignal } from "../interrupt.js";
import { durationFlag, natsUrl, positiveInt, redactUrl } from "../options.js";
import { ErrorCode, WeftError } from "../../errors.js";
import { parseByteSize } from "../../model/byte-size.js";
import { drainLog } from "../drain-log.js";
import { ProcessObservability, type ObservabilityFlags } from "../observability-flags.js";
import { serviceLog } from "../service-log.js";
import { ColdStart } from "../../worker/cold-start.js";
import { startedFromCachedScript, type CachedScript } from "../code-cache.js";
import { relaunchWithoutSecrets, takeLaunchedSecrets } from "../secret-launcher.js";

/** How long a draining worker's running tasks may take to finish (`--drain-timeout`). */
const DEFAULT_DRAIN_TIMEOUT_MS = 30_000;

type WorkerFlags = NatsFlags & ObservabilityFlags & { slots?: string; name?: string; isolate?: boolean; memory?: string; drainTimeout?: string };

export async function workerCommand(flags: WorkerFlags): Promise<number> {
  const processStartMs = performance.now();
  const startedFrom = startedFromCachedScript();
  // Workflow code runs here and can read the exec environment: secrets come on a pipe instead.
  const launched = takeLaunchedSecrets() ? undefined : relaunchWithoutSecrets();
  if (launched) return launched;
  const slots = positiveInt("--slots", flags.slots, availableParallelism());
  const memoryBytes = memoryFlag(flags.memory);
  const drainTimeoutMs = durationFlag("--drain-timeout", flags.drainTimeout) ?? DEFAULT_DRAIN_TIMEOUT_MS;
  const name = assertToken("worker name", flags.name ?? `w-${hostname().replace(/[^A-Za-z0-9_-]/g, "-")}-${process.pid}`);
  const log = serviceLog("worker", name);
  const coldStart = new ColdStart(name, log, () => performance.now());
  const observability = await ProcessObservability.start(flags, "weft-worker", { "service.instance.id": name });
  // The exporter has read its headers (often an API key): workflow code must not find them.
  delete process.env.OTEL_EXPORTER_OTLP_HEADERS;
  delete process.env.OTEL_EXPORTER_OTLP_TRACES_HEADERS;
  const connectFrom = performance.now();
  const connecting = connectService(flags, `weft-worker-${name}`, `weft worker ${name}`);
  // Workflow code runs in this process: it must not find the worker's credentials in
  // process.env. connectService has read them (at its call, before its first await).
  forgetCredentialsInEnv();
  // The deployed bundles this host holds are imported while NATS connects (a cold start's import off its path).
  const prewarm = prewarmList();
  const importing = importHeldBundles(prewarm, (load) => coldStart.bundleLoaded(load));
  const bus = await connecting;
  const natsConnectMs = performance.now() - connectFrom;
  bus.onStatus((s) => s !== "closed" && log.say(`weft worker ${name}: NATS ${s}`, s === "reconnected" ? "info" : "warn"));
  // This process is the worker alone: a refused process.exit nothing could catch must not end it.
  exitRefusalsAreHarmless((l) => log.say(l, "warn"));
  const serveFrom = performance.now();
  const worker = await Worker.start(bus, {
    coldStart,
    name,
    prewarm,
    importing,
    slots,
    isolate: flags.isolate ?? false,
    ...(memoryBytes === undefined ? {} : { memoryBytes }),
    watchLoop: true,
    diagnostics: (l) => log.say(l, "warn"),
    metrics: observability.metrics,
    ...(observability.spans ? { spans: observability.spans } : {}),
  });
  // Listening for Ctrl-C/SIGTERM before saying "started": a signal sent on that line drains
  // the worker, instead of finding Node's default action (exit) while the rest sets up.
  const signalled = untilSignal();
  // Said once it serves: the URL (password redacted) shows a worker pointed at the wrong NATS.
  const nats = redactUrl(natsUrl(flags.nats));
  log.event("worker.started", `weft worker ${name}: started on ${nats} with ${slots} slots (pid ${process.pid} on ${hostname()})`, {
    nats,
    slots,
    pid: process.pid,
    host: hostname(),
    isolate: flags.isolate ?? false,
  });
  coldStart.started(
    { processStartMs, natsConnectMs, serveMs: performance.now() - serveFrom },
    // The bundle's chunks sit in dist/engine/worker-bundle/ (scripts/bundle-worker.mjs).
    {
      bundledCli: /[\\/]worker-bundle[\\/]/.test(fileURLToPath(import.meta.url)),
      extraCaCerts: Boolean(process.env.NODE_EXTRA_CA_CERTS),
      codeCache: startedFrom?.state ?? "none",
    },
  );
  if (startedFrom) saveCodeCache(startedFrom, coldStart);
  if (worker.metrics) (await import("../../observability/cold-start-metrics.js")).registerColdStartMetrics(worker.metrics, coldStart);
  const metricsUrl = await observability.serve(worker.metrics);
  if (metricsUrl) log.say(`weft worker ${name}: metrics at ${metricsUrl}`);
  // Started by `weft run`/`weft dev`: leave when that process is gone, even if it was killed.
  const parent = Number(process.env.WEFT_PARENT_PID);
  let orphanWatch: NodeJS.Timeout | undefined;
  const orphaned = new Promise<void>((resolve) => {
    if (!parent) return;
    orphanWatch = setInterval(() => {
      try {
        process.kill(parent, 0);
      } catch {
        resolve();
      }
    }, 1000);
  });
  const signal = await Promise.race([signalled, orphaned]);
  if (orphanWatch) clearInterval(orphanWatch);
  if (signal) {
    // A signal drains (a second one stops at once); a vanished parent took its stack with it.
    await Promise.race([worker.drain(drainTimeoutMs, drainLog(log, name)), untilSignal().then(() => worker.stop())]);
  } else {
    log.event("worker.stopping", `weft worker ${name}: stopping (its running tasks end here; the coordinator places them again)`);
    await worker.stop();
  }
  await bus.close().catch(() => {});
  await observability.stop();
  return 0;
}

/** How long after its first task a worker writes its code cache: the run's result goes out first. */
const CODE_CACHE_AFTER_FIRST_TASK_MS = 1000;

/**
 * Writes the worker bundle's code cache (when it had no usable one) once this worker has served
 * and run a task, so the cache holds a task's path too; or as it exits, if it ran none.
 */
function saveCodeCache(cached: CachedScript, coldStart: ColdStart): void {
  if (cached.state === "used" || cached.state === "off") return;
  process.once("exit", () => cached.save());
  void coldStart.firstTaskEnded.then(() => setTimeout(() => cached.save(), CODE_CACHE_AFTER_FIRST_TASK_MS).unref());
}

/** The deployed bundles its autoscaler named at spawn (hashes: anything else is not one and is dropped). */
function prewarmList(): string[] {
  const given = process.env[PREWARM_ENV];
  delete process.env[PREWARM_ENV];
  return (given ?? "").split(",").filter((h) => /^[0-9a-f]{64}$/.test(h));
}

/** `--memory SIZE`: bytes >= 1 MB, or undefined when not given. */
function memoryFlag(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const bytes = parseByteSize(raw);
  if (bytes === undefined || bytes < 1048576) {
    throw new WeftError(ErrorCode.Usage, `--memory must be a size of at least 1MB, like 512MB or 2GiB; got "${raw}".`);
  }
  return bytes;
}
