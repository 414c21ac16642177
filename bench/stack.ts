/**
 * The stack a benchmark runs on: a private nats-server, a coordinator in this process and N
 * worker processes.
 *
 * Default: the engine's own startLocalStack (what `weft run` uses), with the coordinator's
 * default "locality" placement. With a placement strategy (W2 --spread needs "round-robin",
 * which puts node i on worker i mod W), the same pieces are started here, the same way, because
 * startLocalStack has no way to pass a placement to its coordinator: NatsServerProcess,
 * connectNatsBus, Coordinator.start(bus, { placement }) and worker processes spawned with the
 * engine's cliCommand() exactly as local-stack.ts spawns them.
 */
import type { ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import type { Bus } from "../engine/bus/bus.js";
import { connectNatsBus } from "../engine/bus/nats-bus.js";
import { spawnWorker, startLocalStack, stopChild } from "../engine/cli/local-stack.js";
import { Coordinator } from "../engine/coordinator/coordinator.js";
import { NatsServerProcess } from "../engine/infra/nats-server-process.js";
import type { PlacementStrategy } from "../engine/plan/placement.js";

export interface BenchStack {
  readonly url: string;
  /** The client connection (submit, follow). */
  readonly bus: Bus;
  readonly coordinator: Coordinator;
  /** "local-stack" (startLocalStack) or "assembled" (pieces started here, for a placement). */
  readonly how: "local-stack" | "assembled";
  stop(): Promise<void>;
}

export interface BenchStackOptions {
  workers: number;
  slots?: number;
  placement?: PlacementStrategy;
  /** Extra node flags for the worker processes (e.g. --cpu-prof); forces the assembled stack. */
  workerExecArgv?: string[];
  say: (line: string) => void;
}

export async function startBenchStack(opts: BenchStackOptions): Promise<BenchStack> {
  if (opts.placement === undefined && !opts.workerExecArgv?.length) {
    const stack = await startLocalStack({ workers: opts.workers, ...(opts.slots ? { slots: opts.slots } : {}), say: opts.say });
    if (stack.mode !== "nats" || stack.url === undefined) {
      await stack.stop();
      throw new Error("nats-server is not installed (not on PATH nor in /usr/sbin): the benchmark measures weft on NATS, install it (apt-get install nats-server).");
    }
    return { url: stack.url, bus: stack.bus, coordinator: stack.coordinator, how: "local-stack", stop: () => stack.stop() };
  }
  return assembleStack(opts, opts.placement ?? "locality");
}


async function assembleStack(opts: BenchStackOptions, placement: PlacementStrategy): Promise<BenchStack> {
  if (!NatsServerProcess.findBinary()) {
    throw new Error("nats-server is not installed (not on PATH nor in /usr/sbin): the benchmark measures weft on NATS, install it (apt-get install nats-server).");
  }
  const slots = opts.slots ?? availableParallelism();
  const server = await NatsServerProcess.start();
  const children: ChildProcess[] = [];
  const buses: Bus[] = [];
  let coordinator: Coordinator | undefined;
  const stop = async () => {
    await Promise.all(children.map(stopChild));
    await coordinator?.stop().catch(() => {});
    await Promise.all(buses.map((b) => b.close().catch(() => {})));
    await server.stop();
  };
  try {
    const coordinatorBus = await connectNatsBus(server.url, { name: "weft-coordinator" });
    buses.push(coordinatorBus);
    for (let i = 1; i <= opts.workers; i++) children.push(spawnWorker(server.url, `w${i}`, slots, { execArgv: opts.workerExecArgv ?? [] }));
    coordinator = await Coordinator.start(coordinatorBus, { name: "coordinator", placement });
    const bus = await connectNatsBus(server.url, { name: "weft-client" });
    buses.push(bus);
    const ready = await coordinator.waitForWorkers(opts.workers, 15_000);
    if (ready.length < opts.workers) throw new Error(`only ${ready.length} of ${opts.workers} workers started within 15 s: see the lines above.`);
    return { url: server.url, bus, coordinator, how: "assembled", stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
