/**
 * The benchmarks as docs/workloads.md calls them, at small sizes: each prints exactly one JSON line
 * with the fields the spec asks for and a checksum that matches (`ok`); a bad flag is a usage
 * error (exit 2). Timings are not checked here (bench/README.md has them). Runs the compiled
 * bench (`npm run -s build:bench` first, which `npm test` does), each on its own private nats-server.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { partialSum, partitionRange } from "../../bench/workloads/kernels.js";

interface BenchOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a compiled bench script (default: the runner) with `args`. */
function bench(args: string[], script = "dist/bench/runner/run.js", timeoutMs = 120_000): Promise<BenchOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`bench ${args.join(" ")} did not finish in ${timeoutMs} ms; stderr:\n${stderr}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The one JSON line a benchmark prints, checked for the fields every line carries. */
async function line(args: string[]): Promise<Record<string, unknown>> {
  const out = await bench(args);
  assert.equal(out.code, 0, `bench ${args.join(" ")} exited ${out.code}; stderr:\n${out.stderr}`);
  const lines = out.stdout.trim().split("\n");
  assert.equal(lines.length, 1, `one line on stdout, got:\n${out.stdout}`);
  const d = JSON.parse(lines[0]!) as Record<string, unknown>;
  assert.equal(d.workload, args[0]);
  assert.equal(d.system, "weft");
  assert.equal(d.ok, true, `checksum ${String(d.checksum)} vs expected ${String(d.expected)}`);
  for (const field of ["params", "wall_s", "checksum", "nats_msgs", "nats_bytes", "local_bytes", "startup_s"]) {
    assert.ok(field in d, `field ${field} missing from ${lines[0]}`);
  }
  assert.ok(typeof d.wall_s === "number" && d.wall_s > 0);
  return d;
}

/** value(i) of W4 with exact integer arithmetic. */
function valueExact(i: number): number {
  return Number(((BigInt(i) * 2654435761n) % 4294967296n) >> 12n) / 1024;
}

describe("bench kernels", () => {
  it("W4 partialSum agrees with exact integer arithmetic, below and across 2^31", () => {
    for (const [lo, hi] of [
      [0, 1000],
      [123_456, 124_000],
      [2 ** 31 - 300, 2 ** 31 + 300], // the general loop, past int32
      [2 ** 40, 2 ** 40 + 100],
    ] as const) {
      let s = 0;
      for (let i = lo; i < hi; i++) s += valueExact(i);
      assert.deepEqual(partialSum(lo, hi), [s, hi - lo], `[${lo}, ${hi})`);
    }
  });

  it("W4 partitions cover [0, n) without gaps", () => {
    const n = 1_000_003;
    let next = 0;
    for (let p = 0; p < 7; p++) {
      const [lo, hi] = partitionRange(p, n, 7);
      assert.equal(lo, next);
      next = hi;
    }
    assert.equal(next, n);
  });
});

describe("benchmarks (small sizes)", function () {
  this.timeout(180_000);

  it("W1 fan-out/fan-in", async () => {
    const d = await line(["W1", "--n", "200"]);
    assert.equal(d.checksum, (200 * 199) / 2);
    assert.ok(typeof d.tasks_per_s === "number");
  });

  it("W2 chain, spread over workers", async () => {
    const d = await line(["W2", "--l", "40", "--spread"]);
    assert.equal(d.checksum, 40);
    // round-robin placement reached the coordinator: every hop crosses workers
    assert.equal(d.placement, "round-robin");
    assert.equal(d.cross_worker_hops, 40, JSON.stringify(d));
    assert.ok(typeof d.per_hop_ms === "number");
  });

  it("W3 word count, with its baseline in the same run", async () => {
    const d = await line(["W3", "--mb", "1", "--seed", "3", "--maps", "2", "--reduces", "2", "--ratio"]);
    assert.ok(typeof d.MB_per_s === "number" && typeof d.ratio === "number" && d.baseline_ok === true);
  });

  it("W4 tree aggregation: the aggregation crosses NATS at most 4 times per worker", async () => {
    const d = await line(["W4", "--n", "100000", "--parts", "8", "--fanin", "4", "--ratio"]);
    assert.ok(typeof d.Mvalues_per_s === "number" && d.baseline_ok === true);
    assert.ok((d.aggregation_nats_msgs_per_worker as number) <= 4);
  });

  it("W4 on 5 workers with --fanin 2: the partials merge up a tree, one NATS message per worker but the root's", async () => {
    const d = await line(["W4", "--n", "100000", "--parts", "10", "--fanin", "2", "--workers", "5", "--no-tap"]);
    assert.equal(d.ok, true, JSON.stringify(d));
    assert.equal(d.aggregation_nats_msgs, 4, JSON.stringify(d));
    assert.match(String(d.aggregation_tree), /fan-in 2/);
  });

  it("W5 blocked matrix multiply", async () => {
    const d = await line(["W5", "--n", "64", "--bs", "32"]);
    assert.ok(typeof d.GFLOP_per_s === "number");
  });

  it("W6 pipeline locality: nothing crosses NATS on forward edges; round-robin says how much does", async () => {
    const local = await line(["W6", "--parts", "4", "--stages", "2", "--bytes", "4096"]);
    const edges = local.engine_edges as Array<{ from: string; to: string; nats_bytes: number }>;
    const forward = edges.filter((e) => e.to !== "total"); // all but the aggregate's edge
    assert.equal(forward.length, 3, JSON.stringify(edges)); // source -> xor-1 -> xor-2 -> digest
    assert.ok(forward.every((e) => e.nats_bytes === 0), JSON.stringify(forward));
    const spread = await line(["W6", "--parts", "4", "--stages", "2", "--bytes", "4096", "--placement", "round-robin"]);
    assert.ok((spread.nats_bytes as number) > 4 * 4096, `round-robin moved ${String(spread.nats_bytes)} B`);
  });

  it("W4 --baseline: the same computation in this process, no stack", async () => {
    const out = await bench(["W4", "--n", "100000", "--parts", "8", "--baseline", "--warmup-s", "0"]);
    assert.equal(out.code, 0, out.stderr);
    const d = JSON.parse(out.stdout) as Record<string, unknown>;
    assert.equal(d.system, "baseline");
    assert.equal(d.ok, true);
    assert.equal(d.processes, 1);
  });

  it("the compare tool runs two builds alternately and prints rounds and a summary", async () => {
    const out = await bench(["--a", ".", "--b", ".", "--rounds", "2", "--case", "W1 --n 50 --warmup 1 --warmup-s 0 --no-tap"], "dist/bench/runner/compare.js", 150_000);
    assert.equal(out.code, 0, out.stderr);
    const lines = out.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const rounds = lines.filter((l) => l.type === "round");
    assert.equal(rounds.length, 4, out.stdout); // 2 rounds x (A, B)
    assert.deepEqual(rounds.map((r) => r.side), ["A", "B", "B", "A"]);
    assert.ok(rounds.every((r) => typeof r.wall_s === "number" && Array.isArray(r.load_avg)), out.stdout);
    const summary = lines.find((l) => l.type === "summary") as { cases: Array<{ a_median_wall_s: number; b_median_wall_s: number; b_over_a_wall: number }> } | undefined;
    assert.ok(summary && summary.cases.length === 1, out.stdout);
    assert.ok(summary.cases[0]!.b_over_a_wall > 0);
  });

  it("W7 request latency: an HTTP-triggered deployment and the submit loop, p50 and p99 per path", async () => {
    const out = await bench(["W7", "--n", "5", "--repeat", "2", "--warmup", "1", "--workers", "1"]);
    assert.equal(out.code, 0, out.stderr);
    const lines = out.stdout.trim().split("\n");
    assert.equal(lines.length, 1, out.stdout);
    const d = JSON.parse(lines[0]!) as { workload: string; ok: boolean; http: { p50_ms: number; p99_ms: number; rounds: unknown[] }; submit: { rounds: unknown[] }; load_1m: number[] };
    assert.equal(d.workload, "W7");
    assert.equal(d.ok, true);
    assert.equal(d.http.rounds.length, 2);
    assert.equal(d.submit.rounds.length, 2);
    assert.ok(d.http.p50_ms > 0 && d.http.p99_ms >= d.http.p50_ms, lines[0]);
    assert.equal(d.load_1m.length, 2);
    const bad = await bench(["W7", "--n", "0"]);
    assert.equal(bad.code, 2, bad.stderr);
    assert.match(bad.stderr, /--n must be a whole number >= 1/);
  });

  it("a flag a tool does not take is a usage error (exit 2)", async () => {
    const floor = await bench(["--mode", "fast"], "dist/bench/diagnostics/floor-w4.js");
    assert.equal(floor.code, 2, floor.stderr);
    const compare = await bench(["--rounds", "0"], "dist/bench/runner/compare.js");
    assert.equal(compare.code, 2, compare.stderr);
  });

  it("an unknown workload or flag is a usage error (exit 2)", async () => {
    const unknown = await bench(["W99"]);
    assert.equal(unknown.code, 2, unknown.stderr);
    assert.match(unknown.stderr, /W99/);
    const flag = await bench(["W4", "--bogus", "1"]);
    assert.equal(flag.code, 2, flag.stderr);
    assert.match(flag.stderr, /bogus/);
  });
});

describe("W8 event throughput (small sizes)", function () {
  this.timeout(180_000);

  /** The one JSON line of a W8 run, exit 0, every event counted once. */
  async function w8(args: string[]): Promise<Record<string, unknown>> {
    const out = await bench(["W8", ...args]);
    assert.equal(out.code, 0, `W8 ${args.join(" ")} exited ${out.code}; stderr:\n${out.stderr}`);
    const lines = out.stdout.trim().split("\n");
    assert.equal(lines.length, 1, `one line on stdout, got:\n${out.stdout}`);
    const d = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.equal(d.workload, "W8");
    assert.equal(d.system, "weft");
    assert.equal(d.ok, true, lines[0]);
    for (const field of ["params", "events_per_s", "wall_s", "checksum", "loadavg_start", "loadavg_end"]) assert.ok(field in d, `field ${field} missing from ${lines[0]}`);
    return d;
  }

  it("a batching NATS trigger: every event in exactly one batch run (count and sum), in rounds", async () => {
    const d = await w8(["--events", "2500", "--batch", "200", "--batch-wait", "20ms", "--repeat", "2", "--warmup-events", "300"]);
    assert.equal(d.mode, "trigger");
    assert.equal(d.count, 2500);
    assert.equal(d.checksum, 2500 * 2499);
    const runs = d.runs_per_round as number[];
    assert.equal(runs.length, 2);
    assert.ok(runs.every((r) => r >= 13 && r < 2500), `batched into runs of at most 200: ${runs.join(",")}`);
  });

  it("the submit loop: each event its own run, followed to its end", async () => {
    const d = await w8(["--mode", "submit", "--events", "40", "--conc", "8", "--repeat", "1", "--warmup-events", "0"]);
    assert.equal(d.count, 40);
    assert.equal(d.checksum, 40 * 39);
    assert.ok(typeof d.runs_per_s === "number");
  });

  it("a bad flag is a usage error (exit 2)", async () => {
    for (const bad of [["--batch-wait", "soon"], ["--mode", "submit", "--batch", "5"], ["--events", "0"], ["--bogus"]]) {
      const out = await bench(["W8", ...bad]);
      assert.equal(out.code, 2, `${bad.join(" ")}: ${out.stderr}`);
      assert.equal(out.stdout, "");
    }
  });
});
