/**
 * The stack `weft run` and `weft dev` start on one machine: a private nats-server (from PATH)
 * with JetStream in a temporary folder, a coordinator in this process, and N worker
 * processes (so a run uses every core). Without nats-server it falls back to an in-process
 * bus with in-process workers, and says so. `stop()` leaves nothing running.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Bus } from "../bus/bus.js";
import { connectMemoryBus, MemoryBroker } from "../bus/memory-bus.js";
import { connectNatsBus } from "../bus/nats-bus.js";
import { startTracing, type SpanSink } from "../observability/span-sink.js";
import { Coordinator } from "../coordinator/coordinator.js";
import { ErrorCode, WeftError } from "../errors.js";
import { NatsServerProcess } from "../infra/nats-server-process.js";
import { Worker } from "../worker/worker.js";
import type { PlacementStrategy } from "../plan/placement.js";
import { NATS_AUTH_ENV_VARS, REPLICAS_ENV } from "./nats-auth.js";
import { sendSecrets, stdioFor, withoutSecrets } from "./secret-handoff.js";
import { workerNodeFlags } from "./worker-node-flags.js";

export interface LocalStackOptions {
  workers: number;
  /** Slots per worker (default: the CPU count). */
  slots?: number;
  /** NATS client port (default: a free one). */
  port?: number;
  /** One-line notices (e.g. the in-process fallback). */
  say: (line: string) => void;
  /** The coordinator's placement strategy (default: its own, "locality"); the bench spreads W2 with "round-robin". */
  placement?: PlacementStrategy;
  /** Extra node flags for the worker processes (e.g. --cpu-prof for the bench's --profile); nats mode only. */
  workerExecArgv?: string[];
}

export interface LocalStack {
  readonly mode: "nats" | "memory";
  /** The NATS URL, in nats mode. */
  readonly url: string | undefined;
  /** A client connection for the caller. */
  readonly bus: Bus;
  readonly coordinator: Coordinator;
  /**
   * Rejects when the stack breaks for good while it should be up: its private nats-server
   * stopped (nothing can go on without it), or every worker process exited (no one would come
   * back: a lone lost worker is not fatal, its runs are placed again on the others). Never
   * settles in memory mode or after stop().
   */
  readonly failed: Promise<never>;
  stop(): Promise<void>;
}

/** How to start this CLI again in a child process (compiled JS, or TS under tsx in tests). */
export function cliCommand(): { command: string; args: string[] } {
  const self = fileURLToPath(import.meta.url);
  const main = self.replace(/client[\\/]local-stack\.(ts|js)$/, "cli/main.$1");
  return { command: process.execPath, args: self.endsWith(".ts") ? ["--import", "tsx", main] : [main] };
}

/**
 * How to start a `weft worker` process: the CLI bundled at build time (scripts/bundle-worker.mjs:
 * one script run from a V8 code cache instead of ~110 modules, most of a worker's start) when it is there and not older
 * than the compiled CLI (a `tsc` alone after a change leaves it stale), else the CLI. The same
 * choice as bin/weft.js makes for `weft worker` (plain JavaScript there, so it is not shared).
 */
export function workerCliCommand(): { command: string; args: string[] } {
  if (!import.meta.url.endsWith(".js")) return cliCommand();
  const bundled = fileURLToPath(new URL("../worker-bundle/main.cjs", import.meta.url));
  const compiled = fileURLToPath(new URL("../cli/main.js", import.meta.url));
  const fresh = existsSync(bundled) && statSync(bundled).mtimeMs >= statSync(compiled).mtimeMs;
  return fresh ? { command: process.execPath, args: [bundled] } : cliCommand();
}

/** More worker processes than this on one machine only thrash it (`--workers` refuses more). */
export const MAX_LOCAL_WORKERS = 64;

/**
 * Starts `weft worker` as a child process on the private server; `execArgv` goes to node, after
 * the engine's defaults for workers (worker-node-flags.ts). What
 * the worker (and the user's functions in it) print on stdout goes to this process's stderr:
 * stdout carries only the result or the run id.
 */
export function spawnWorker(url: string, name: string, slots: number, opts: SpawnWorkerOptions = {}): ChildProcess {
  const { command, args } = workerCliCommand();
  // The private server takes no credentials or TLS: drop any WEFT_NATS_* ones of the user.
  const env = opts.userNats ? { ...process.env } : withoutNatsAuth(process.env);
  // Credentials go on fd 3, not in the worker's environment or arguments (where its tasks could
  // read them): started as the final process, it does not relaunch itself to drop them.
  const handoff = withoutSecrets(["worker", "--nats", url, "--name", name, "--slots", String(slots)], {
    ...env,
    ...opts.env,
    // The worker exits when this process goes away, even if this one is killed.
    WEFT_PARENT_PID: String(process.pid),
    // WEFT_METRICS_PORT is the user's for their own services: several workers cannot share a port.
    WEFT_METRICS_PORT: undefined,
    // Its routine events (started, stopping) would only crowd the run's log: warnings only.
    WEFT_LOG_LEVEL: process.env.WEFT_LOG_LEVEL ?? opts.logLevel ?? "warn",
  });
  const child = spawn(command, [...workerNodeFlags(opts.execArgv), ...args, ...handoff.args], {
    stdio: stdioFor(["ignore", 2, opts.pipeStderr ? "pipe" : "inherit"], handoff),
    env: handoff.env,
  });
  sendSecrets(child, handoff);
  return child;
}

export interface SpawnWorkerOptions {
  /** Node flags (e.g. --cpu-prof, --max-old-space-size=4096). */
  execArgv?: string[];
  /** The user's NATS (not a private server): keep the WEFT_NATS_* credentials of the environment. */
  userNats?: boolean;
  /** Read the worker's stderr (the autoscaler keeps its last lines) instead of sharing this process's. */
  pipeStderr?: boolean;
  /** More environment variables (the NATS credentials given to this process as flags). */
  env?: Record<string, string>;
  /** The worker's WEFT_LOG_LEVEL when this process has none (default: warn). */
  logLevel?: string;
}

function withoutNatsAuth(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const name of NATS_AUTH_ENV_VARS) delete out[name];
  // The private server is a single one: it keeps one copy of everything.
  delete out[REPLICAS_ENV];
  return out;
}

/** SIGTERM, then SIGKILL after 3 s; resolves when the child has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * What ends a private stack for good: its nats-server gone, or every worker process gone.
 * `failed` rejects with what happened, unless `stopping()` was called first.
 */
function watchForFailure(server: NatsServerProcess, workers: number) {
  let stopping = false;
  let fail: (err: WeftError) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = (err) => {
      if (!stopping) reject(err);
    };
  });
  failed.catch(() => {}); // a caller that does not watch it must not see an unhandled rejection
  void server.waitForExit().then(() => fail(new WeftError(ErrorCode.Infrastructure, `the private nats-server (${server.url}) stopped unexpectedly: nothing can go on without it.`)));
  const exits: string[] = [];
  return {
    failed,
    stopping: () => {
      stopping = true;
    },
    worker: (child: ChildProcess, name: string) =>
      child.once("exit", (code, signal) => {
        exits.push(`${name}: ${signal ?? `exit code ${code}`}`);
        if (exits.length === workers) fail(new WeftError(ErrorCode.Infrastructure, `every worker process of the private stack exited (${exits.join(", ")}): nothing is left to run tasks.`));
      }),
  };
}

export async function startLocalStack(opts: LocalStackOptions): Promise<LocalStack> {
  const slots = opts.slots ?? availableParallelism();
  // With an OTLP endpoint in the environment the coordinator traces runs (worker processes see it too).
  const spans = await startTracing("weft-coordinator");
  if (!NatsServerProcess.findBinary()) {
    opts.say("weft: nats-server is not on PATH: running on an in-process bus with in-process workers (install nats-server for separate worker processes).");
    return startMemoryStack(opts.workers, slots, opts.placement, spans);
  }
  const server = await NatsServerProcess.start(opts.port !== undefined ? { port: opts.port } : {});
  const children: ChildProcess[] = [];
  const buses: Bus[] = [];
  let coordinator: Coordinator | undefined;
  const watch = watchForFailure(server, opts.workers);
  const stop = async () => {
    watch.stopping();
    if (!server.running) {
      // NATS is gone: nothing can be flushed, recorded or told any more; stop at once (the
      // coordinator's graceful stop would wait for requests that can only time out).
      for (const child of children) child.kill("SIGKILL");
      for (const b of buses) void b.close().catch(() => {});
      await server.stop();
      return;
    }
    await Promise.all(children.map(stopChild));
    await coordinator?.stop().catch(() => {});
    await Promise.all(buses.map((b) => b.close().catch(() => {})));
    await server.stop();
    await spans?.shutdown().catch(() => {});
  };
  try {
    const coordinatorBus = await connectNatsBus(server.url, { name: "weft-coordinator" });
    buses.push(coordinatorBus);
    for (let i = 1; i <= opts.workers; i++) {
      const child = spawnWorker(server.url, `w${i}`, slots, opts.workerExecArgv ? { execArgv: opts.workerExecArgv } : {});
      watch.worker(child, `w${i}`);
      children.push(child);
    }
    coordinator = await Coordinator.start(coordinatorBus, { name: "coordinator", ...(opts.placement ? { placement: opts.placement } : {}), ...(spans ? { spans } : {}) });
    const bus = await connectNatsBus(server.url, { name: "weft-client" });
    buses.push(bus);
    const ready = await coordinator.waitForWorkers(opts.workers, 15_000);
    if (ready.length < opts.workers) {
      throw new WeftError(ErrorCode.Infrastructure, `only ${ready.length} of ${opts.workers} workers started within 15 s: see the lines above.`);
    }
    return { mode: "nats", url: server.url, bus, coordinator, failed: watch.failed, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function startMemoryStack(count: number, slots: number, placement: PlacementStrategy | undefined, spans: SpanSink | undefined): Promise<LocalStack> {
  const broker = new MemoryBroker();
  const traced = spans ? { spans } : {};
  const coordinator = await Coordinator.start(connectMemoryBus(broker), { name: "coordinator", ...(placement ? { placement } : {}), ...traced });
  const workers = await Promise.all(
    Array.from({ length: count }, (_, i) => Worker.start(connectMemoryBus(broker), { name: `w${i + 1}`, slots, ...traced })),
  );
  const bus = connectMemoryBus(broker);
  await coordinator.waitForWorkers(count, 5000);
  return {
    mode: "memory",
    url: undefined,
    bus,
    coordinator,
    failed: new Promise<never>(() => {}),
    stop: async () => {
      await Promise.all(workers.map((w) => w.stop()));
      await coordinator.stop();
      await Promise.all([bus, ...workers.map((w) => w.bus)].map((b) => b.close().catch(() => {})));
      await spans?.shutdown().catch(() => {});
    },
  };
}
