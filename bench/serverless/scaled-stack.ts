/**
 * The stack of W9 and W10: the bench stack with no worker of its own (a private nats-server, the
 * coordinator in this process) and the engine's local autoscaler (WorkerAutoscaler, what `weft
 * coordinator --workers MIN..MAX` runs) starting worker processes from demand. A fixed pool is
 * the same autoscaler with MIN = MAX. The workers' service-log lines reach `onWorkerLine` (the
 * cold-start split is read from them).
 */
import { WorkerAutoscaler } from "../../engine/internal.js";
import type { ScaleLimits } from "../../engine/core/autoscale-policy.js";
import { startBenchStack, type BenchStack } from "../runner/stack.js";

export interface ScaledStack {
  readonly stack: BenchStack;
  readonly autoscaler: WorkerAutoscaler;
  /** Worker processes running now. */
  workers(): number;
  /** Resolves once exactly `n` worker processes run and as many are live (or rejects after `timeoutMs`). */
  settle(n: number, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startScaledStack(
  limits: ScaleLimits,
  say: (line: string) => void,
  onWorkerLine?: (worker: string, line: string) => void,
  onSpawned?: (worker: string) => void,
): Promise<ScaledStack> {
  const stack = await startBenchStack({ workers: 0, say });
  const autoscaler = new WorkerAutoscaler(stack.coordinator, {
    limits,
    url: stack.url,
    namePrefix: "bench",
    events: { event: (event, _msg, fields) => event === "worker.spawned" && onSpawned?.(String(fields?.worker)) },
    // WEFT_BENCH_WORKER_ARGV: extra node flags for the worker processes, as in the other workloads (e.g. --cpu-prof).
    spawn: { logLevel: "info", execArgv: (process.env.WEFT_BENCH_WORKER_ARGV ?? "").split(/\s+/).filter(Boolean) },
    ...(onWorkerLine ? { onWorkerLine } : {}),
  });
  autoscaler.start();
  const workers = () => autoscaler.running.length;
  return {
    stack,
    autoscaler,
    workers,
    settle: async (n, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (!(workers() === n && stack.coordinator.workers().length === n)) {
        if (Date.now() > deadline) throw new Error(`the workers did not settle at ${n} within ${timeoutMs} ms (${workers()} processes, ${stack.coordinator.workers().length} live)`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop: async () => {
      await autoscaler.stop();
      await stack.stop();
    },
  };
}
