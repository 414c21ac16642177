/**
 * weft's benchmark runner (bench/README.md; the workloads are specified in docs/workloads.md):
 *
 *   npm run -s bench -- W<k> [--param value ...] [flags]       (node dist/bench/runner/run.js ...)
 *   npm run -s bench -- W7 [--n 200] [--repeat 3] [--peers DIR]  (request latency: w7.ts)
 *   npm run -s bench -- W8 [--events 100000] [--batch 1000] ...  (event throughput: ../serverless/w8.ts)
 *   npm run -s bench -- E1|E2|E3 [--n N] [--ms MS] ...           (a worker joining, draining: ../elastic/elastic.ts)
 *   npm run -s bench -- W9 [--repeat 5] ...   (cold start: ../serverless/w9.ts)
 *   npm run -s bench -- W10 [--runs 200] ...  (burst against a fixed pool: ../serverless/w10.ts)
 *
 * Prints exactly one JSON line on stdout; everything else goes to stderr. Exit codes: 0 every
 * timed run gave the expected answer; 1 a run failed or gave a wrong answer (the JSON line
 * says which, with ok: false); 2 a usage error (no JSON line); 3 the stack could not start.
 *
 * W1/W2 measure the scheduler (task-report.ts); W3–W6 measure a computation, alone
 * (`--baseline`), on weft, or both interleaved (`--ratio`; data-report.ts). The flags are in
 * flags.ts, the workloads in catalog.ts, the session (stack, warm-ups, rounds, tap) in session.ts.
 */
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { baselineOnly, ratioCompanions } from "./companions.js";
import { dataReport } from "./data-report.js";
import { engineRevision } from "./engine-revision.js";
import { parseBenchArgs, USAGE, type BenchArgs } from "./bench-args.js";
import { UsageError } from "./usage-error.js";
import type { Ready } from "./catalog.js";
import { round } from "./numbers.js";
import { measure, prepare, StackDidNotStart, startStack, type Companion } from "./session.js";
import { taskReport } from "./task-report.js";

// stdout carries the one result line; anything that logs with console.log goes to stderr.
console.log = (...args: unknown[]) => console.error(...args);
const say = (line: string) => process.stderr.write(line + "\n");

async function main(argv: string[]): Promise<number> {
  // W7 measures requests, not a computation: its own runner (w7.ts).
  if (argv[0] === "W7") return (await import("./w7.js")).w7Main(argv.slice(1), say);
  // W8 measures event throughput through a trigger: its own runner (bench/serverless/w8.ts).
  if (argv[0] === "W8") return (await import("../serverless/w8.js")).w8Main(argv.slice(1), say);
  // E1/E2/E3 measure elastic capacity (a worker joining, one draining): their own runner (bench/elastic/elastic.ts).
  if (argv[0] === "E1" || argv[0] === "E2" || argv[0] === "E3") return (await import("../elastic/elastic.js")).elasticMain(argv[0], argv.slice(1), say);
  // W9 (cold start) and W10 (burst) measure the autoscaler: their own runners (bench/serverless/).
  if (argv[0] === "W9") return (await import("../serverless/w9.js")).w9Main(argv.slice(1), say);
  if (argv[0] === "W10") return (await import("../serverless/w10.js")).w10Main(argv.slice(1), say);
  // W11 measures a streaming job against a one-loop baseline: its own runner (bench/stream/w11.ts).
  if (argv[0] === "W11") return (await import("../stream/w11.js")).w11Main(argv.slice(1));
  let args: BenchArgs;
  let ready: Ready;
  try {
    args = parseBenchArgs(argv);
    ready = args.workload.prepare(args.params, say);
  } catch (err) {
    if (err instanceof UsageError) {
      say(`weft bench: ${err.message}`);
      say(USAGE);
      return 2;
    }
    throw err;
  }
  const { workload, params, mode } = args;
  const loadBefore = loadavg()[0] ?? 0;
  const base: Record<string, unknown> = { workload: workload.id, system: mode === "baseline" ? "baseline" : "weft", ...(mode === "ratio" ? { mode } : {}), params };
  const emit = (fields: Record<string, unknown>) =>
    process.stdout.write(
      JSON.stringify({
        ...base,
        ...fields,
        // Other processes' load on this machine (1-minute load average, before and after): a
        // figure taken with load_1m well above 0 was measured on a busy machine.
        load_1m: [round(loadBefore, 2), round(loadavg()[0] ?? 0, 2)],
        node: process.version,
      }) + "\n",
    );

  if (mode === "baseline") {
    const { fields, ok } = baselineOnly(args, ready, say);
    emit(fields);
    return ok ? 0 : 1;
  }

  Object.assign(base, {
    workers: args.workers,
    ...(workload.family === "tasks" ? { spread: args.spread } : {}),
    placement: args.placement,
    durability: args.express ? "express" : "durable",
  });
  // dist/bench/runner/run.js -> the repository root.
  const engineRev = engineRevision(fileURLToPath(new URL("../../../", import.meta.url)));
  const prepared = await prepare(args, say);
  let started;
  try {
    started = await startStack(args, say);
  } catch (err) {
    if (!(err instanceof StackDidNotStart)) throw err;
    say(`weft bench: the stack did not start: ${err.message}`);
    emit({ ok: false, error: `stack: ${err.message}` });
    return 3;
  }
  const { stack, startupS } = started;
  let companions: { companions: Companion[]; stop(): void } | undefined;
  try {
    if (mode === "ratio") companions = await ratioCompanions(args, ready);
    const session = await measure(args, ready, prepared, stack, startupS, companions?.companions ?? [], say);
    const { fields, ok } = workload.family === "tasks" ? { fields: taskReport(args, ready, session), ok: session.runs.every((m) => ready.check(m.answer)) } : dataReport(args, ready, session);
    emit({ ...fields, stack: stack.how, engine_rev: engineRev });
    return ok ? 0 : 1;
  } catch (err) {
    say(`weft bench ${workload.id}: ${(err as Error).stack ?? String(err)}`);
    emit({ ok: false, error: (err as Error).message, startup_s: round(startupS, 3) });
    return 1;
  } finally {
    companions?.stop();
    await stack.stop().catch((err: unknown) => say(`weft bench: stopping the stack: ${(err as Error).message}`));
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Anything left running (timers, sockets) must not hold the exit once stdout has drained.
    process.stdout.write("", () => process.exit(code));
  },
  (err: unknown) => {
    say(`weft bench: ${(err as Error)?.stack ?? String(err)}`);
    process.stdout.write("", () => process.exit(3));
  },
);
