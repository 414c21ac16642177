/**
 * W8's command line (`npm run -s bench -- W8 [flags]`, or `node dist/bench/serverless/w8.js [flags]`), read with the bench's one
 * parser (bench/runner/flags.ts). A bad command line is a UsageError (exit 2).
 */
import { parseDuration } from "../../engine/internal.js";
import { parseFlags, UsageError, type FlagSpec } from "../runner/flags.js";

/** How the events reach weft: published on the trigger's subject, or submitted as a run each. */
export type W8Mode = "trigger" | "submit";

export interface W8Args {
  events: number;
  mode: W8Mode;
  /** The trigger's batch: at most `batch` events per run, gathered for at most `batchWaitMs`. */
  batch: number;
  batchWaitMs: number;
  workers: number;
  repeat: number;
  /** submit mode: runs submitted and followed at once. */
  conc: number;
  /** trigger mode: where the events are published from: a process of their own, or this one. */
  producer: "child" | "inline";
  /** trigger mode: durable publishes awaiting their stream ack at once. */
  window: number;
  /** Events of the untimed warm-up round (0: none). */
  warmupEvents: number;
  timeoutS: number;
}

export const USAGE = `usage: npm run -s bench -- W8 [flags]   (or node dist/bench/serverless/w8.js [flags])
  --mode trigger|submit   trigger (default): events published on a NATS trigger's subject, batched into runs;
                          submit: each event submitted as its own run through the client API and followed to its end
  --events N              events per timed round (default 100000; submit: 2000)
  --batch N               trigger: events per run at most (default 1000)
  --batch-wait D          trigger: how long a batch gathers at most, "50ms" or a number of ms (default 50ms)
  --workers N             worker processes (default 2)
  --repeat R              timed rounds (default 3); events_per_s is their median
  --conc C                submit: runs in flight at once (default 64)
  --producer child|inline trigger: publish from a process of its own (default), or from the benchmark process,
                          where the coordinator runs
  --window W              trigger: publishes awaiting their stream ack at once (default 4096)
  --warmup-events N       events of the untimed warm-up round (default: a tenth of --events, at least 1000
                          (submit: 100) and at most --events; 0: none)
  --timeout-s S           give up on a round after S s (default 300)`;

const SPECS: Record<string, FlagSpec> = {
  mode: { kind: "choice", values: ["trigger", "submit"] },
  events: { kind: "whole", min: 1 },
  batch: { kind: "whole", min: 1 },
  "batch-wait": { kind: "text" },
  workers: { kind: "whole", min: 1 },
  repeat: { kind: "whole", min: 1 },
  conc: { kind: "whole", min: 1 },
  window: { kind: "whole", min: 1 },
  producer: { kind: "choice", values: ["child", "inline"] },
  "warmup-events": { kind: "whole", min: 0 },
  "timeout-s": { kind: "whole", min: 1 },
};

/** "50ms", "0.2s" or a bare number of milliseconds (the peers' habit), in ms. */
function batchWait(raw: string): number {
  const ms = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : parseDuration(raw);
  if (ms === undefined || !Number.isFinite(ms)) throw new UsageError(`--batch-wait must be a duration such as 50ms or a number of ms, got "${raw}"`);
  return ms;
}

export function parseW8Args(argv: string[]): W8Args {
  const { values: v } = parseFlags(argv, SPECS);
  const mode = (v.mode as W8Mode | undefined) ?? "trigger";
  if (mode === "submit" && (v.batch !== undefined || v["batch-wait"] !== undefined)) throw new UsageError("--batch and --batch-wait are for --mode trigger");
  if (mode === "trigger" && v.conc !== undefined) throw new UsageError("--conc is for --mode submit");
  if (mode === "submit" && (v.window !== undefined || v.producer !== undefined)) throw new UsageError("--window and --producer are for --mode trigger");
  const events = (v.events as number | undefined) ?? (mode === "trigger" ? 100_000 : 2000);
  return {
    events,
    mode,
    batch: (v.batch as number | undefined) ?? 1000,
    batchWaitMs: batchWait((v["batch-wait"] as string | undefined) ?? "50ms"),
    workers: (v.workers as number | undefined) ?? 2,
    repeat: (v.repeat as number | undefined) ?? 3,
    conc: (v.conc as number | undefined) ?? 64,
    producer: (v.producer as "child" | "inline" | undefined) ?? "child",
    window: (v.window as number | undefined) ?? 4096,
    warmupEvents: (v["warmup-events"] as number | undefined) ?? Math.min(events, Math.max(mode === "trigger" ? 1000 : 100, Math.round(events / 10))),
    timeoutS: (v["timeout-s"] as number | undefined) ?? 300,
  };
}
