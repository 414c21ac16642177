/**
 * Diagnosis: what an idle weft costs its nats-server. For each build (a checkout with `bin/weft.js`,
 * built), in turn: a private nats-server with its monitoring port, a coordinator and a worker
 * process of that build, a deployment with a NATS trigger (examples/orders-nats.ts) and a
 * streaming job (examples/clickstream.ts) deployed and left idle. After a settling pause, over
 * `--seconds` (default 60): the nats-server's CPU (utime + stime from /proc/PID/stat) and the
 * JetStream API calls it answered (`api.total` of its `/jsz`), per minute.
 *
 *   node dist/bench/diagnostics/idle-control-plane.js --build before=../base --build after=. [--rounds 2] [--seconds 60]
 *
 * stdout: one JSON line per measurement, then a summary line with the medians per build and the load.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { connectNatsBus, NatsServerProcess } from "../../engine/index.js";
import { parseFlags } from "../runner/flags.js";
import { median, round } from "../runner/numbers.js";
import { freePort } from "../runner/free-port.js";

const USAGE = "usage: node dist/bench/diagnostics/idle-control-plane.js --build NAME=DIR [--build NAME=DIR ...] [--rounds 2] [--seconds 60] [--settle 15]\n";
const { values } = parseFlags(process.argv.slice(2), { build: { kind: "list" }, rounds: { kind: "whole", min: 1 }, seconds: { kind: "whole", min: 5 }, settle: { kind: "whole", min: 0 } });
const builds = ((values.build as string[] | undefined) ?? []).map((b) => {
  const at = b.indexOf("=");
  return at > 0 ? { name: b.slice(0, at), dir: resolve(b.slice(at + 1)) } : { name: b, dir: resolve(b) };
});
if (builds.length === 0) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const rounds = (values.rounds as number | undefined) ?? 2;
const seconds = (values.seconds as number | undefined) ?? 60;
const settleSeconds = (values.settle as number | undefined) ?? 15;
const examples = resolve("examples");

interface Sample {
  build: string;
  round: number;
  load_1m: number;
  nats_cpu_ms_per_min: number;
  js_api_calls_per_min: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** utime + stime of a process, in ms. */
function cpuMs(pid: number): number {
  // Fields after the command (which is in parentheses and may hold spaces): utime is the 14th, stime the 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(rest[11]) + Number(rest[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

async function apiTotal(monitorPort: number): Promise<number> {
  const jsz = (await (await fetch(`http://127.0.0.1:${monitorPort}/jsz`)).json()) as { api: { total: number } };
  return jsz.api.total;
}

function weft(dir: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [join(dir, "bin/weft.js"), ...args], { stdio: ["ignore", "pipe", "pipe"], env });
}

async function weftOk(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = weft(dir, args, env);
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((r) => child.once("exit", r));
  if (code !== 0) throw new Error(`weft ${args.join(" ")} exited ${code}:\n${out}`);
  return out;
}

async function measure(build: { name: string; dir: string }, r: number): Promise<Sample> {
  const monitorPort = await freePort();
  const server = await NatsServerProcess.start({ extraArgs: ["-m", String(monitorPort)] });
  const children: ChildProcess[] = [];
  try {
    const bus = await connectNatsBus(server.url);
    await bus.ensureStream("ORDERS", ["orders.>"]);
    await bus.ensureStream("CLICKS", ["clicks.>"]);
    await bus.ensureStream("SESSIONS", ["sessions.>"]);
    await bus.close();
    const env = { ...process.env, WEFT_LOG_LEVEL: "warn" };
    children.push(weft(build.dir, ["coordinator", "--nats", server.url], env));
    children.push(weft(build.dir, ["worker", "--nats", server.url, "--name", "idle-w1"], env));
    for (const c of children) c.stdout!.resume(), c.stderr!.resume();
    await weftOk(build.dir, ["deploy", join(examples, "orders-nats.ts"), "--subject", "orders.>", "--stream", "ORDERS", "--nats", server.url], env);
    await weftOk(build.dir, ["deploy", join(examples, "clickstream.ts"), "--nats", server.url], env);
    await sleep(settleSeconds * 1000);
    const pid = server.pid;
    if (pid === undefined) throw new Error("the nats-server has no process id (it exited?)");
    const [cpu0, api0, t0] = [cpuMs(pid), await apiTotal(monitorPort), Date.now()];
    await sleep(seconds * 1000);
    const [cpu1, api1, t1] = [cpuMs(pid), await apiTotal(monitorPort), Date.now()];
    const perMin = 60_000 / (t1 - t0);
    return {
      build: build.name,
      round: r,
      load_1m: round(loadavg()[0]!, 2),
      nats_cpu_ms_per_min: round((cpu1 - cpu0) * perMin, 0),
      js_api_calls_per_min: round((api1 - api0) * perMin, 0),
    };
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((res) => c.once("exit", res)) : undefined)));
    await server.stop();
  }
}

const samples: Sample[] = [];
for (let r = 1; r <= rounds; r++) {
  // The order alternates each round, so a slow patch of the machine hits each build.
  const order = r % 2 === 1 ? builds : [...builds].reverse();
  for (const b of order) {
    const s = await measure(b, r);
    samples.push(s);
    console.log(JSON.stringify(s));
  }
}
console.log(
  JSON.stringify({
    type: "summary",
    rounds,
    seconds,
    load_1m_end: round(loadavg()[0]!, 2),
    builds: builds.map((b) => {
      const mine = samples.filter((s) => s.build === b.name);
      return {
        build: b.name,
        dir: b.dir,
        nats_cpu_ms_per_min: round(median(mine.map((s) => s.nats_cpu_ms_per_min)), 0),
        js_api_calls_per_min: round(median(mine.map((s) => s.js_api_calls_per_min)), 0),
      };
    }),
  }),
);
