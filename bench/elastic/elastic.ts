/**
 * Elastic capacity (bench/README.md, "E1 joining, E2 draining"), on real processes: a private
 * nats-server, `weft coordinator` and `weft worker` processes, the run submitted with `weft
 * submit --follow --json` (its wall time read from the run's own log: submitted to its end, so
 * bundling the file is not counted).
 *
 *   npm run -s bench -- E1 [--n 40] [--ms 500] [--slots 2] [--join-at 2000] [--repeat 3] [--stages]
 *     one worker; the same run without and with a second worker joining `join-at` ms after the
 *     submission, interleaved; speedup = median(without) / median(with). `--stages`: `n` source
 *     partitions (fused with a map, shuffled into a keyed reduce, collected) instead of map
 *     items (bench/workloads/e-sleep-stages.ts); the joiner takes partitions not started.
 *   npm run -s bench -- E3 [--ms 500] [--slots 2] [--join-at 2000] [--repeat 3]
 *     E1 with task nodes instead of map items: 8 chains of 5 nodes (bench/workloads/
 *     e-sleep-chains.ts); the joiner takes a share of the nodes still waiting for their input.
 *   npm run -s bench -- E2 [--n 24] [--ms 500] [--slots 2] [--term-at 1000] [--repeat 3]
 *     three workers; a worker that holds no node (only map items) gets SIGTERM `term-at` ms
 *     after the submission; counts the map items that started more than once (target 0) and
 *     the worker's exit code.
 *
 * One JSON line on stdout, progress on stderr; exit 0 ok, 1 a wrong answer or failed run, 2
 * usage, 3 no nats-server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { cliCommand, NatsServerProcess, stopChild } from "../../engine/internal.js";
import { parseFlags } from "../runner/flags.js";
import { median, round } from "../runner/numbers.js";
import { UsageError } from "../runner/usage-error.js";

const WORKFLOW = new URL("../../../bench/workloads/e-sleep-map.ts", import.meta.url).pathname;
const CHAINS_WORKFLOW = new URL("../../../bench/workloads/e-sleep-chains.ts", import.meta.url).pathname;
const STAGES_WORKFLOW = new URL("../../../bench/workloads/e-sleep-stages.ts", import.meta.url).pathname;
/** e-sleep-chains: its task nodes that wait (8 chains of 5) and its total. */
const CHAIN_NODES = 40;
const CHAINS_TOTAL = 68;

export type ElasticWorkload = "E1" | "E2" | "E3";

/** The processes start as a user starts them: `weft ...` is bin/weft.js (which starts `weft worker` from the worker bundle). */
function weftCommand(): { command: string; args: string[] } {
  if (!import.meta.url.endsWith(".js")) return cliCommand();
  return { command: process.execPath, args: [fileURLToPath(new URL("../../../bin/weft.js", import.meta.url))] };
}

export const USAGE = `usage: npm run -s bench -- E1 [--n 40] [--ms 500] [--slots 2] [--join-at 2000] [--repeat 3] [--stages]
       npm run -s bench -- E3 [--ms 500] [--slots 2] [--join-at 2000] [--repeat 3]
       npm run -s bench -- E2 [--n 24] [--ms 500] [--slots 2] [--term-at 1000] [--repeat 3]`;

interface Args {
  which: ElasticWorkload;
  n: number;
  ms: number;
  slots: number;
  at: number;
  repeat: number;
  /** E1 with stage partitions instead of map items. */
  stages: boolean;
}

function parseArgs(which: ElasticWorkload, argv: string[]): Args {
  const at = which === "E2" ? "term-at" : "join-at";
  const flags = parseFlags(argv, {
    ...(which === "E3" ? {} : { n: { kind: "whole", min: 1 } as const }),
    ms: { kind: "whole", min: 1 },
    slots: { kind: "whole", min: 1 },
    [at]: { kind: "whole", min: 0 },
    repeat: { kind: "whole", min: 1 },
    ...(which === "E1" ? { stages: { kind: "switch" } as const } : {}),
  }).values;
  const num = (name: string, fallback: number) => (typeof flags[name] === "number" ? flags[name] : fallback);
  return {
    which,
    n: which === "E3" ? CHAIN_NODES : num("n", which === "E1" ? 40 : 24),
    ms: num("ms", 500),
    slots: num("slots", 2),
    at: num(at, which === "E2" ? 1000 : 2000),
    repeat: num("repeat", 3),
    stages: flags.stages === true,
  };
}

/** A `weft` process of the bench (its stderr kept for the lines it prints). */
class Proc {
  readonly child: ChildProcess;
  stderr = "";
  readonly exited: Promise<number | null>;
  constructor(args: string[]) {
    const { command, args: pre } = weftCommand();
    this.child = spawn(command, [...pre, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, WEFT_LOG_LEVEL: "info" } });
    this.child.stderr!.setEncoding("utf8").on("data", (d: string) => (this.stderr += d));
    this.child.stdout!.resume();
    this.exited = new Promise((r) => this.child.once("exit", (code) => r(code)));
  }
  async waitFor(text: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.stderr.includes(text)) {
      if (this.child.exitCode !== null) throw new Error(`exited (${this.child.exitCode}) before saying: ${text}\n${this.stderr.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`not said within ${timeoutMs} ms: ${text}\n${this.stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

interface RunOutcome {
  wallMs: number;
  ok: boolean;
  /** Map items (E3: task nodes; --stages: source partitions) that started more than once. */
  rerun: number;
  /** Map items (E3: task nodes) run per worker. */
  perWorker: Record<string, number>;
}

/** Submits the workflow and follows it; `during` runs once it is submitted (with the time of that). */
async function oneRun(url: string, args: Args, during: (submittedAt: number) => Promise<void>): Promise<RunOutcome> {
  const chains = args.which === "E3";
  const input = JSON.stringify(chains ? { ms: args.ms } : { n: args.n, ms: args.ms });
  const file = chains ? CHAINS_WORKFLOW : args.stages ? STAGES_WORKFLOW : WORKFLOW;
  const submit = new Proc(["submit", file, "--follow", "--json", "--nats", url, "--input", input]);
  let out = "";
  submit.child.stdout!.removeAllListeners("data").setEncoding("utf8").on("data", (d: string) => (out += d));
  const lines = () =>
    submit.stderr
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { type?: string; to?: string; t?: string; node?: string; task?: string; worker?: string });
  const deadline = Date.now() + 60_000;
  while (!lines().some((l) => l.type === "run" && l.to === "submitted")) {
    if (Date.now() > deadline) throw new Error(`the run was not submitted: ${submit.stderr.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const submitted = lines().find((l) => l.type === "run" && l.to === "submitted")!;
  await during(Date.parse(submitted.t!));
  const code = await submit.exited;
  const all = lines();
  const end = all.filter((l) => l.type === "run").at(-1);
  const starts = new Map<string, number>();
  const perWorker: Record<string, number> = {};
  for (const l of all) {
    if (l.type !== "task" || (chains ? !/^c\d+_\d+$/.test(l.node ?? "") : l.node !== "work")) continue;
    if (l.to === "running") starts.set(l.task ?? l.node!, (starts.get(l.task ?? l.node!) ?? 0) + 1);
    if (l.to === "succeeded") perWorker[l.worker!] = (perWorker[l.worker!] ?? 0) + 1;
  }
  const expected = chains ? CHAINS_TOTAL : args.stages ? 10 * args.n * (10 * args.n - 1) : (args.n * (args.n - 1)) / 2;
  return {
    wallMs: Date.parse(end?.t ?? submitted.t!) - Date.parse(submitted.t!),
    ok: code === 0 && Number(out.trim()) === expected,
    rerun: [...starts.values()].filter((k) => k > 1).length,
    perWorker,
  };
}

export async function elasticMain(which: ElasticWorkload, argv: string[], say: (line: string) => void): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(which, argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    say(`weft bench: ${err.message}`);
    say(USAGE);
    return 2;
  }
  if (!NatsServerProcess.findBinary()) {
    say("weft bench: nats-server is not on PATH");
    return 3;
  }
  const load0 = loadavg()[0] ?? 0;
  const server = await NatsServerProcess.start();
  const procs: Proc[] = [];
  const start = (a: string[]) => {
    const p = new Proc([...a, "--nats", server.url]);
    procs.push(p);
    return p;
  };
  const worker = async (name: string) => {
    const p = start(["worker", "--name", name, "--slots", String(args.slots)]);
    await p.waitFor("started on");
    return p;
  };
  let joined = 0;
  try {
    await start(["coordinator"]).waitFor("active on");
    const fields: Record<string, unknown> = {};
    let ok = true;
    if (which !== "E2") {
      await worker("wa");
      const without: number[] = [];
      const withJoin: number[] = [];
      const joinerItems: number[] = [];
      for (let r = 0; r < args.repeat; r++) {
        const a = await oneRun(server.url, args, async () => {});
        say(`${which} round ${r + 1}: without a join ${a.wallMs} ms`);
        let joiner: Proc | undefined;
        const name = `wj${++joined}`;
        const b = await oneRun(server.url, args, async (at) => {
          await new Promise((res) => setTimeout(res, Math.max(0, at + args.at - Date.now())));
          joiner = start(["worker", "--name", name, "--slots", String(args.slots)]);
        });
        const unit = which === "E3" ? "task nodes" : args.stages ? "source partitions" : "items";
        say(`${which} round ${r + 1}: with ${name} joining at ${args.at} ms: ${b.wallMs} ms (${b.perWorker[name] ?? 0} ${unit} on it)`);
        if (joiner) await stopChild(joiner.child);
        ok &&= a.ok && b.ok && b.rerun === 0;
        without.push(a.wallMs);
        withJoin.push(b.wallMs);
        joinerItems.push(b.perWorker[name] ?? 0);
      }
      Object.assign(fields, {
        without_ms: without,
        with_join_ms: withJoin,
        joiner_items: joinerItems,
        median_without_ms: median(without),
        median_with_join_ms: median(withJoin),
        speedup: round(median(without) / median(withJoin), 2),
        target_speedup: 1.4,
      });
    } else {
      const names = ["wa", "wb", "wc"];
      const live = new Map<string, Proc>();
      for (const n of names) live.set(n, await worker(n));
      // The plan of 3 workers puts no node on the third (`weft graph --workers 3`): it runs map items only.
      const reruns: number[] = [];
      const walls: number[] = [];
      const exits: (number | null)[] = [];
      for (let r = 0; r < args.repeat; r++) {
        const victimName = [...live.keys()].sort()[2]!;
        const victim = live.get(victimName)!;
        const outcome = await oneRun(server.url, args, async (at) => {
          await new Promise((res) => setTimeout(res, Math.max(0, at + args.at - Date.now())));
          victim.child.kill("SIGTERM");
        });
        const code = await victim.exited;
        say(`E2 round ${r + 1}: SIGTERM to ${victimName} at ${args.at} ms: exit ${code}, ${outcome.rerun} item(s) ran again, run ${outcome.wallMs} ms`);
        ok &&= outcome.ok;
        reruns.push(outcome.rerun);
        walls.push(outcome.wallMs);
        exits.push(code);
        live.delete(victimName);
        // The next round's third worker, under a name that sorts last.
        const next = `wz${r + 1}`;
        live.set(next, await worker(next));
      }
      Object.assign(fields, { rerun_tasks: reruns, worker_exit_codes: exits, wall_ms: walls, median_wall_ms: median(walls), target_rerun: 0 });
    }
    process.stdout.write(
      JSON.stringify({ workload: which, system: "weft", params: { n: args.n, ms: args.ms, slots: args.slots, at_ms: args.at, repeat: args.repeat, ...(args.stages ? { stages: true } : {}) }, ok, ...fields, load_1m: [round(load0, 2), round(loadavg()[0] ?? 0, 2)] }) + "\n",
    );
    return ok ? 0 : 1;
  } finally {
    await Promise.all(procs.map((p) => stopChild(p.child)));
    await server.stop();
  }
}
