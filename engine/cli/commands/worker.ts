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
import { positiveInt } from "../options.js";
import { ProcessObservability, type ObservabilityFlags } from "../observability-flags.js";

const say = (line: string) => process.stderr.write(line + "\n");

export async function workerCommand(flags: NatsFlags & ObservabilityFlags & { slots?: string; name?: string; isolate?: boolean }): Promise<number> {
  const slots = positiveInt("--slots", flags.slots, availableParallelism());
  const name = assertToken("worker name", flags.name ?? `w-${hostname().replace(/[^A-Za-z0-9_-]/g, "-")}-${process.pid}`);
  const observability = await ProcessObservability.start(flags, "weft-worker", { "service.instance.id": name });
  // The exporter has read its headers (often an API key): workflow code must not find them.
  delete process.env.OTEL_EXPORTER_OTLP_HEADERS;
  delete process.env.OTEL_EXPORTER_OTLP_TRACES_HEADERS;
  const bus = await connectService(flags, `weft-worker-${name}`, `weft worker ${name}`);
  // Workflow code runs in this process: it must not find the worker's credentials in process.env.
  forgetCredentialsInEnv();
  bus.onStatus((s) => s !== "closed" && say(`weft worker ${name}: NATS ${s}`));
  const worker = await Worker.start(bus, {
    name,
    slots,
    isolate: flags.isolate ?? false,
    watchLoop: true,
    metrics: observability.metrics,
    ...(observability.spans ? { spans: observability.spans } : {}),
  });
  const metricsUrl = await observability.serve(worker.metrics);
  if (metricsUrl) say(`weft worker ${name}: metrics at ${metricsUrl}`);
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
  if (orphanWatch) clearInterval(orphanWatch);
  await worker.stop();
  await bus.close().catch(() => {});
  await observability.stop();
  return 0;
}
