/**
 * The runner's command line: `W<k>`, the workload's parameters, and the flags of its family
 * (W1/W2 measure the scheduler, W3–W6 a computation against its baseline), read with the
 * bench's one parser (flags.ts).
 */
import type { PlacementStrategy } from "../../engine/internal.js";
import { WORKLOADS, type Workload } from "./catalog.js";
import { parseFlags, UsageError, type FlagSpec } from "./flags.js";

/** How a W3–W6 invocation runs: weft alone, the baseline alone, or both interleaved. */
export type Mode = "weft" | "baseline" | "ratio";

/** One runner invocation, parsed. */
export interface BenchArgs {
  workload: Workload;
  params: Record<string, number>;
  mode: Mode;
  workers: number;
  slots: number | undefined;
  placement: PlacementStrategy;
  /** W2 --spread (round-robin placement, said so in the line's `spread` field). */
  spread: boolean;
  repeat: number;
  /** Untimed runs first: at least this many ... */
  warmup: number;
  /** ... and for at least this long (a short run needs many for its JIT to settle). */
  warmupS: number;
  tap: boolean;
  /** In --ratio mode, also time the split (the kernels over --workers plain processes). */
  split: boolean;
  timeline: boolean;
  timeoutS: number;
  profileDir: string | undefined;
  /** --express: every run is an express run (docs/express.md). */
  express: boolean;
}

/** Flags every workload takes. */
const COMMON: Record<string, FlagSpec> = {
  workers: { kind: "whole", min: 1 },
  slots: { kind: "whole", min: 1 },
  repeat: { kind: "whole", min: 1 },
  "warmup-s": { kind: "whole", min: 0 },
  "timeout-s": { kind: "whole", min: 1 },
  "no-tap": { kind: "switch" },
  timeline: { kind: "switch" },
  profile: { kind: "text" },
  express: { kind: "switch" },
};

/**
 * Flags of each family. W1/W2 measure the scheduler alone (at least one warm-up, 3 by default);
 * W3–W6 measure a computation against its baseline (warm-ups by time, 1 by default).
 */
const FAMILY: Record<Workload["family"], { flags: Record<string, FlagSpec>; warmup: number }> = {
  tasks: { flags: { warmup: { kind: "whole", min: 1 }, spread: { kind: "switch" } }, warmup: 3 },
  data: {
    flags: {
      warmup: { kind: "whole", min: 0 },
      baseline: { kind: "switch" },
      ratio: { kind: "switch" },
      "no-split": { kind: "switch" },
      placement: { kind: "choice", values: ["locality", "round-robin"] },
    },
    warmup: 1,
  },
};

export const USAGE = `usage: npm run -s bench -- W<k> [--param value ...] [flags]
  W1 --n 10000                               fan-out/fan-in over n tasks
  W2 --l 1000 [--spread]                     a chain of l dependent tasks; --spread puts consecutive hops on different workers
  W3 --mb 64 --seed 1 --maps 8 --reduces 8   word count over the generated corpus (cached in bench/out/corpus)
  W4 --n 10000000 --parts 64 --fanin 4       (sum, count) per partition, aggregated
  W5 --n 1024 --bs 256                       blocked matrix multiply
  W6 --parts 16 --stages 5 --bytes 1048576   a chain of map stages over 1 MiB buffers
  --workers N   worker processes (default 2)      --slots N    concurrent tasks per worker (default: CPU count)
  --repeat R    timed runs (rounds with --ratio); wall_s is their median (default 1)
  --warmup K    untimed runs first: at least K (W1/W2: default 3, at least 1; W3-W6: default 1)
  --warmup-s S  ... and for at least S seconds (default 2), so a short workload's code is optimised (JIT)
  --no-tap      do not count NATS traffic on an extra run (the tap's fields are null)
  --timeout-s S give up on a run after S seconds (default 600)
  --timeline    add "timeline": when each node started and ended on each worker (ms after submit)
  --express     express runs (no run record, end over core NATS; docs/express.md)
  --profile DIR start the worker processes with --cpu-prof into DIR (profile this process with node --cpu-prof)
  W3-W6 only:
  --baseline    the same computation in this one process, no engine (system "baseline")
  --ratio       baseline (own process) and weft interleaved --repeat times: medians and ratio in one line;
                also the split (the same kernels over --workers plain processes) unless --no-split
  --placement   locality (default) or round-robin (each stage's partitions one worker on)`;

/** Parses the runner's command line: `W<k>` first, then flags and the workload's parameters. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h") throw new UsageError("no workload given");
  const workload = WORKLOADS[first.toUpperCase()];
  if (!workload) throw new UsageError(`unknown workload "${first}": expected one of ${Object.keys(WORKLOADS).join(", ")}`);
  const family = FAMILY[workload.family];
  const params: Record<string, FlagSpec> = Object.fromEntries(
    Object.keys(workload.params).map((p) => [p, { kind: "whole", min: workload.paramMin?.[p] ?? 1 } as FlagSpec]),
  );
  const { values } = parseFlags(rest, { ...COMMON, ...family.flags, ...params }, {
    unknown: (flag) => `unknown flag ${flag} for ${workload.id} (its parameters: ${Object.keys(workload.params).map((p) => `--${p}`).join(", ")})`,
  });
  const num = (name: string, fallback: number) => (typeof values[name] === "number" ? (values[name] as number) : fallback);
  if (values.baseline && values.ratio) throw new UsageError("--baseline and --ratio exclude each other");
  const spread = values.spread === true;
  if (spread && !workload.spread) throw new UsageError(`--spread applies to W2 only`);
  const args: BenchArgs = {
    workload,
    params: Object.fromEntries(Object.entries(workload.params).map(([p, d]) => [p, num(p, d)])),
    mode: values.baseline ? "baseline" : values.ratio ? "ratio" : "weft",
    workers: num("workers", 2),
    slots: typeof values.slots === "number" ? values.slots : undefined,
    placement: spread ? "round-robin" : ((values.placement as PlacementStrategy | undefined) ?? "locality"),
    spread,
    repeat: num("repeat", 1),
    warmup: num("warmup", family.warmup),
    warmupS: num("warmup-s", 2),
    tap: values["no-tap"] !== true,
    split: values["no-split"] !== true,
    timeline: values.timeline === true,
    timeoutS: num("timeout-s", 600),
    profileDir: typeof values.profile === "string" ? values.profile : undefined,
    express: values.express === true,
  };
  if (args.spread && args.workers < 2) throw new UsageError("--spread needs --workers 2 or more");
  return args;
}
