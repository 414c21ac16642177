/**
 * The stack a benchmark runs on: the engine's own startLocalStack (what `weft run` uses): a
 * private nats-server, the coordinator in this process and N worker processes, with the
 * placement strategy and worker node flags the run asks for. The bench measures weft on NATS,
 * so the stack's in-process fallback (no nats-server installed) is refused.
 */
import { type Bus, startLocalStack, type Coordinator, type PlacementStrategy } from "../../engine/internal.js";

export interface BenchStack {
  readonly url: string;
  /** The client connection (submit, follow). */
  readonly bus: Bus;
  readonly coordinator: Coordinator;
  /** Always "local-stack" now (the line's `stack` field; earlier runners also had "assembled"). */
  readonly how: "local-stack";
  stop(): Promise<void>;
}

export interface BenchStackOptions {
  workers: number;
  slots?: number;
  placement?: PlacementStrategy;
  /** Extra node flags for the worker processes (e.g. --cpu-prof). */
  workerExecArgv?: string[];
  say: (line: string) => void;
}

/** Starts the stack; throws when nats-server is not installed. */
export async function startBenchStack(opts: BenchStackOptions): Promise<BenchStack> {
  const stack = await startLocalStack({
    workers: opts.workers,
    say: opts.say,
    ...(opts.slots ? { slots: opts.slots } : {}),
    ...(opts.placement ? { placement: opts.placement } : {}),
    ...(opts.workerExecArgv?.length ? { workerExecArgv: opts.workerExecArgv } : {}),
  });
  if (stack.mode !== "nats" || stack.url === undefined) {
    await stack.stop();
    throw new Error("nats-server is not installed (not on PATH nor in /usr/sbin): the benchmark measures weft on NATS, install it (apt-get install nats-server).");
  }
  return { url: stack.url, bus: stack.bus, coordinator: stack.coordinator, how: "local-stack", stop: () => stack.stop() };
}
