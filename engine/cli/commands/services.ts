/** The long-running commands `weft dev` and `weft coordinator` (`weft worker`: worker.ts). */

import { Coordinator } from "../../coordinator/coordinator.js";
import { ErrorCode, WeftError } from "../../errors.js";
import { connectService, type NatsFlags } from "../connect.js";
import { untilSignal } from "../interrupt.js";
import { MAX_LOCAL_WORKERS, startLocalStack } from "../../client/local-stack.js";
import { durationFlag, natsUrl, portFlag, positiveInt, redactUrl } from "../options.js";
import { ProcessObservability, type ObservabilityFlags } from "../observability-flags.js";
import { keepRetention } from "../../coordinator/run-retention.js";
import { serviceLog } from "../service-log.js";
import { printAnswer } from "../stdout.js";
import { availableParallelism, hostname } from "node:os";
import { WorkerAutoscaler } from "../../client/worker-autoscaler.js";
import { natsEnvOf } from "../../client/nats-auth.js";
import { devScaleLimitsOf, scaleLimitsOf, workerNodeOptions, type ScaleFlags } from "../scale-flags.js";
import { systemClock } from "../../base/clock.js";

const say = (line: string) => process.stderr.write(line + "\n");

export async function devCommand(flags: ScaleFlags & { port?: string; gatewayPort?: string; uiPort?: string }): Promise<number> {
  const port = positiveInt("--port", flags.port, 4222, 65535);
  const gatewayPort = portFlag("--gateway-port", flags.gatewayPort, 8080);
  const uiPort = portFlag("--ui-port", flags.uiPort, 8090);
  const slots = flags.slots === undefined ? undefined : positiveInt("--slots", flags.slots, 1);
  const limits = devScaleLimitsOf(flags, slots ?? availableParallelism(), MAX_LOCAL_WORKERS);
  const nodeOptions = workerNodeOptions(flags.workerNodeOptions);
  // A range is autoscaled (engine/client/worker-autoscaler.ts); a count starts that many workers, as always.
  const scaled = limits.min !== limits.max || flags.idle !== undefined || flags.warm !== undefined;
  const workers = scaled ? 0 : limits.max;
  let stack;
  try {
    stack = await startLocalStack({ workers, port, ...(slots ? { slots } : {}), say, ...(nodeOptions.length ? { workerExecArgv: nodeOptions } : {}) });
  } catch (err) {
    throw new WeftError(
      ErrorCode.Infrastructure,
      `weft dev could not start on port ${port} (${(err as Error).message}): is another NATS server using it? Pass --port.`,
      { cause: err },
    );
  }
  // Imported here: `weft coordinator` (this file too) does not load Fastify.
  const { listenGateway } = await import("../../gateway/listen.js");
  let gateway;
  try {
    gateway = await listenGateway(stack.bus, { port: gatewayPort, host: "127.0.0.1" });
  } catch (err) {
    await stack.stop();
    throw new WeftError(ErrorCode.Infrastructure, `weft dev: ${(err as Error).message} Pass --gateway-port (0: any free port).`, { cause: err });
  }
  const { listenUi } = await import("../../ui/ui-server.js");
  let ui;
  try {
    ui = await listenUi(stack.bus, { port: uiPort, host: "127.0.0.1" });
  } catch (err) {
    // An unbuilt web view (a checkout before `npm run build`) leaves the rest of weft dev useful.
    if ((err as { code?: string }).code === ErrorCode.Usage) {
      say(`weft dev: no web view: ${(err as Error).message}`);
    } else {
      await gateway.close();
      await stack.stop();
      throw new WeftError(ErrorCode.Infrastructure, `weft dev: ${(err as Error).message} Pass --ui-port (0: any free one).`, { cause: err });
    }
  }
  let autoscaler: WorkerAutoscaler | undefined;
  if (scaled) {
    if (!stack.url) {
      await ui?.close();
      await gateway.close();
      await stack.stop();
      throw new WeftError(ErrorCode.Infrastructure, "weft dev --workers MIN..MAX starts worker processes: it needs nats-server on PATH (or pass a count, --workers N).");
    }
    autoscaler = new WorkerAutoscaler(stack.coordinator, {
      limits,
      url: stack.url,
      namePrefix: "w",
      events: { event: (_e, msg) => say(msg) },
      spawn: { execArgv: nodeOptions, logLevel: "warn" },
    });
    autoscaler.start();
  }
  const team = scaled ? `${limits.min}..${limits.max} autoscaled workers` : `${workers} workers`;
  // Where things are is the command's answer (stdout), as `weft gateway` and `weft ui` print their URL.
  printAnswer(`weft dev: NATS at ${stack.url ?? "(in-process)"}, a coordinator and ${team} are up; HTTP gateway at ${gateway.url}\n`);
  if (ui) printAnswer(`  web view: ${ui.url}\n`);
  if (stack.url) printAnswer(`  submit with: weft submit FILE --follow --nats ${stack.url}   (Ctrl-C stops everything)\n`);
  try {
    await Promise.race([untilSignal(), stack.failed]);
  } finally {
    say("weft dev: stopping");
    await autoscaler?.stop();
    await ui?.close();
    await gateway.close();
    await stack.stop();
  }
  return 0;
}

export async function coordinatorCommand(flags: NatsFlags & ObservabilityFlags & ScaleFlags & { placement?: string; retain?: string }): Promise<number> {
  const placement = flags.placement ?? "locality";
  if (placement !== "locality" && placement !== "round-robin") {
    throw new WeftError(ErrorCode.Usage, `--placement must be locality or round-robin, got "${placement}".`);
  }
  const retainMs = durationFlag("--retain", flags.retain);
  if (flags.workers === undefined && flags.slots !== undefined) throw new WeftError(ErrorCode.Usage, "--slots needs --workers (the workers this coordinator starts).");
  const limits = scaleLimitsOf(flags, positiveInt("--slots", flags.slots, availableParallelism()), MAX_LOCAL_WORKERS);
  const nodeOptions = workerNodeOptions(flags.workerNodeOptions);
  const observability = await ProcessObservability.start(flags, "weft-coordinator", { "service.instance.id": `coordinator-${process.pid}` });
  const bus = await connectService(flags, "weft-coordinator", "weft coordinator");
  const name = `coordinator-${process.pid}`;
  const log = serviceLog("coordinator", name);
  const nats = redactUrl(natsUrl(flags.nats));
  log.event("coordinator.started", `weft coordinator ${name}: started on ${nats} (pid ${process.pid} on ${hostname()})`, { nats, pid: process.pid, host: hostname(), placement });
  bus.onStatus((s) => s !== "closed" && log.say(`weft coordinator: NATS ${s}`, s === "reconnected" ? "info" : "warn"));
  // A standby waits inside start(): a signal must end the wait too.
  const signal = untilSignal();
  const coordinator = await Promise.race([
    Coordinator.start(bus, {
      name,
      placement,
      say: (l) => log.say(l),
      events: log,
      metrics: observability.metrics,
      ...(observability.spans ? { spans: observability.spans } : {}),
    }),
    signal.then(() => undefined),
  ]);
  if (!coordinator) {
    await bus.close().catch(() => {});
    await observability.stop();
    return 0;
  }
  log.event("leader.acquired", `weft coordinator ${coordinator.name}: active on ${nats}`, { nats });
  const metricsUrl = await observability.serve(coordinator.metrics);
  if (metricsUrl) log.say(`weft coordinator ${coordinator.name}: metrics at ${metricsUrl}`);
  const retention = retainMs === undefined ? undefined : keepRetention(bus, retainMs, systemClock, (l) => log.say(`weft coordinator ${coordinator.name}: ${l}`));
  // Only the active coordinator gets here: a standby starts no worker.
  const autoscaler = limits && new WorkerAutoscaler(coordinator, {
    limits,
    url: natsUrl(flags.nats),
    namePrefix: `${hostname().replace(/[^A-Za-z0-9_-]/g, "-")}-${process.pid}`,
    events: log,
    spawn: { userNats: true, env: natsEnvOf(flags), execArgv: nodeOptions },
  });
  autoscaler?.start();
  await signal;
  log.event("coordinator.stopping", `weft coordinator ${coordinator.name}: stopping`);
  await autoscaler?.stop();
  retention?.stop();
  await coordinator.stop();
  await bus.close();
  await observability.stop();
  return 0;
}
