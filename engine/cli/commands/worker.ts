/**
 * `weft worker`: a long-lived worker process. Kept apart from the other commands so a worker
 * (a cold start) loads only what it runs: no bundler, no planner.
 */
import { availableParallelism, hostname } from "node:os";
import { assertToken } from "../../subjects.js";
import { Worker } from "../../worker/worker.js";
import { connectService, type NatsFlags } from "../connect.js";
import { forgetCredentialsInEnv } from "../../client/nats-auth.js";
import { untilSignal } from "../interrupt.js";
import { natsUrl, positiveInt, redactUrl } from "../options.js";
import { ProcessObservability, type ObservabilityFlags } from "../observability-flags.js";
import { serviceLog } from "../service-log.js";
import { relaunchWithoutSecrets, takeLaunchedSecrets } from "../secret-launcher.js";

export async function workerCommand(flags: NatsFlags & ObservabilityFlags & { slots?: string; name?: string; isolate?: boolean }): Promise<number> {
  // Workflow code runs here and can read the exec environment: secrets come on a pipe instead.
  const launched = takeLaunchedSecrets() ? undefined : relaunchWithoutSecrets();
  if (launched) return launched;
  const slots = positiveInt("--slots", flags.slots, availableParallelism());
  const name = assertToken("worker name", flags.name ?? `w-${hostname().replace(/[^A-Za-z0-9_-]/g, "-")}-${process.pid}`);
  const log = serviceLog("worker", name);
  const observability = await ProcessObservability.start(flags, "weft-worker", { "service.instance.id": name });
  // The exporter has read its headers (often an API key): workflow code must not find them.
  delete process.env.OTEL_EXPORTER_OTLP_HEADERS;
  delete process.env.OTEL_EXPORTER_OTLP_TRACES_HEADERS;
  const bus = await connectService(flags, `weft-worker-${name}`, `weft worker ${name}`);
  // Workflow code runs in this process: it must not find the worker's credentials in process.env.
  forgetCredentialsInEnv();
  bus.onStatus((s) => s !== "closed" && log.say(`weft worker ${name}: NATS ${s}`, s === "reconnected" ? "info" : "warn"));
  const worker = await Worker.start(bus, {
    name,
    slots,
    isolate: flags.isolate ?? false,
    watchLoop: true,
    diagnostics: (l) => log.say(l, "warn"),
    metrics: observability.metrics,
    ...(observability.spans ? { spans: observability.spans } : {}),
  });
  // Said once it serves: the URL (password redacted) shows a worker pointed at the wrong NATS.
  const nats = redactUrl(natsUrl(flags.nats));
  log.event("worker.started", `weft worker ${name}: started on ${nats} with ${slots} slots (pid ${process.pid} on ${hostname()})`, {
    nats,
    slots,
    pid: process.pid,
    host: hostname(),
    isolate: flags.isolate ?? false,
  });
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
  await Promise.race([untilSignal(), orphaned]);
  log.event("worker.stopping", `weft worker ${name}: stopping (its running tasks end here; the coordinator places them again)`);
  if (orphanWatch) clearInterval(orphanWatch);
  await worker.stop();
  await bus.close().catch(() => {});
  await observability.stop();
  return 0;
}
