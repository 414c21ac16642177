/**
 * What per-owner reads (docs/security.md, "Tenancy") cost a submission that is followed to its
 * end, as `weft submit --follow` does: W2 with `--l 1` (one task after v0) submitted through the
 * client API as the `client` user of each checkout's own per-role configuration
 * (test/fixtures/nats-roles.conf), on a nats-server, coordinator and worker of that checkout.
 * Both stacks run at once and the runs alternate (A B, B A, …), so both see the same machine.
 *
 *   node dist/bench/diagnostics/owned-follow.js --a ../weft-before --b . [--runs 31] [--warmup 3]
 *
 * Each checkout must be built (`npm run -s build`). Prints one JSON line per run (`ms`: from the
 * submit call to the result) and a summary line: each side's median and B/A.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { freePort } from "../runner/free-port.js";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { nkeys } from "@nats-io/transport-node";
import { parseFlags } from "../runner/flags.js";

const { values } = parseFlags(process.argv.slice(2), {
  a: { kind: "text" },
  b: { kind: "text" },
  runs: { kind: "whole", min: 1 },
  warmup: { kind: "whole", min: 0 },
});
const opts = { runs: 31, warmup: 3, a: "", b: ".", ...(values as Record<string, string | number>) } as { a: string; b: string; runs: number; warmup: number };
if (!opts.a) {
  process.stderr.write("owned-follow: --a CHECKOUT is required (the build to compare with)\n");
  process.exit(2);
}

const PASSWORD = `bench-${process.pid}`;
const children: ChildProcess[] = [];
process.on("exit", () => {
  for (const c of children) c.kill("SIGKILL");
});


/** Starts `command` and resolves once its stderr matches `ready` (at once without one). */
function start(command: string, args: string[], env: Record<string, string>, ready?: RegExp): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
  children.push(child);
  let text = "";
  if (!ready) {
    child.stderr!.resume();
    return Promise.resolve(child);
  }
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${command} ${args[0]}: not ready in 30 s:\n${text}`)), 30_000);
    child.stderr!.setEncoding("utf8").on("data", (d: string) => {
      text += d;
      if (ready.test(text)) {
        clearTimeout(timer);
        ok(child);
      }
    });
    child.once("exit", (code) => fail(new Error(`${command} ${args[0]} exited ${code}:\n${text}`)));
  });
}

interface Side {
  name: "a" | "b";
  submitFollow(): Promise<number>;
}

/** One checkout's stack: its nats-server with its role file, its coordinator and worker `wa`, and a client as `client`. */
async function stack(name: "a" | "b", checkout: string): Promise<Side> {
  const dir = resolve(checkout);
  const port = await freePort();
  const store = mkdtempSync(join(tmpdir(), "weft-owned-follow-"));
  process.on("exit", () => rmSync(store, { recursive: true, force: true }));
  const env = {
    WEFT_COORDINATOR_PASSWORD: PASSWORD,
    WEFT_WORKER_WA_PASSWORD: PASSWORD,
    WEFT_CLIENT_PASSWORD: PASSWORD,
    WEFT_CLIENT_BOB_PASSWORD: PASSWORD,
    WEFT_ADMIN_PASSWORD: PASSWORD,
    WEFT_WORKER_WB_NKEY: nkeys.createUser().getPublicKey(),
    WEFT_BENCH_L: "1",
  };
  await start("nats-server", ["-c", join(dir, "test", "fixtures", "nats-roles.conf"), "-a", "127.0.0.1", "-p", String(port), "-sd", store], env, /Server is ready/);
  const url = `nats://127.0.0.1:${port}`;
  const weft = join(dir, "bin", "weft.js");
  await start(process.execPath, [weft, "coordinator", "--nats", url, "--user", "coordinator", "--password", PASSWORD], env, /active on/);
  await start(process.execPath, [weft, "worker", "--nats", url, "--name", "wa", "--slots", "2", "--user", "wa", "--password", PASSWORD], env);
  process.env.WEFT_BENCH_L = "1";
  const api = (await import(pathToFileURL(join(dir, "dist", "engine", "client", "api.js")).href)) as {
    connect(o: { url: string; user: string; password: string }): Promise<{ submit(file: string, input: unknown): Promise<{ result(): Promise<unknown> }> }>;
  };
  const client = await api.connect({ url, user: "client", password: PASSWORD });
  const workflow = join(dir, "bench", "workloads", "w2.ts");
  return {
    name,
    async submitFollow() {
      const t0 = performance.now();
      const result = await (await client.submit(workflow, {})).result();
      const ms = performance.now() - t0;
      if (result !== 1) throw new Error(`${name}: W2 --l 1 gave ${JSON.stringify(result)}, not 1`);
      return ms;
    },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The machine's 1-minute load. */
const load = () => Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);

const sides = [await stack("a", opts.a), await stack("b", opts.b)];
for (let i = 0; i < opts.warmup; i++) for (const s of sides) await s.submitFollow();
const ms: Record<"a" | "b", number[]> = { a: [], b: [] };
for (let run = 1; run <= opts.runs; run++) {
  for (const s of run % 2 ? sides : [...sides].reverse()) {
    const t = await s.submitFollow();
    ms[s.name].push(t);
    process.stdout.write(JSON.stringify({ type: "run", side: s.name, run, ms: Number(t.toFixed(2)), load_1m: load() }) + "\n");
  }
}
const a = median(ms.a);
const b = median(ms.b);
process.stdout.write(
  JSON.stringify({ type: "summary", case: "W2 --l 1, submit and follow as a per-role client", runs: opts.runs, a: opts.a, b: opts.b, a_median_ms: Number(a.toFixed(2)), b_median_ms: Number(b.toFixed(2)), b_over_a: Number((b / a).toFixed(3)), load_1m: load() }) + "\n",
);
process.exit(0);
