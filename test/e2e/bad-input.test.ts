/**
 * End to end, bad input: each gets a clear message on stderr and the documented exit code
 * (0 ok, 1 run failed or cancelled, 2 usage or invalid workflow, 3 NATS unreachable or
 * infrastructure), and nothing crashes. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeResult, parseLogLines, plainLines, runCli, startCluster, type CliResult, type Cluster, type LogLine } from "../helpers/cli.js";
import { hasNatsServer, startNats } from "../helpers/nats.js";

/** Asserts the exit code, and that stderr matches every pattern given. */
function expectFailure(r: CliResult, code: number, ...patterns: RegExp[]): void {
  assert.equal(r.code, code, `expected exit ${code}\n${describeResult(r)}`);
  for (const p of patterns) assert.match(r.stderr, p, `stderr should match ${p}\n${describeResult(r)}`);
  assert.equal(r.stdout, "", `nothing on stdout\n${describeResult(r)}`);
}

/** The first plain (non-JSON) stderr line, which should say what is wrong. */
function firstMessage(r: CliResult): string {
  return plainLines(r.stderr)[0] ?? "";
}

describe("e2e: bad input", function () {
  this.timeout(60_000);
  let tmp: string;

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), "weft-e2e-bad-"));
  });
  after(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  describe("workflow files (exit 2)", function () {
    it("a missing file", async () => {
      const r = await runCli(["run", "test/fixtures/no-such-file.ts"]);
      expectFailure(r, 2, /no-such-file\.ts/, /does not exist|not found|no such file/i);
      assert.match(firstMessage(r), /^weft: /);
    });

    it("a missing file, with submit too", async () => {
      const r = await runCli(["submit", "test/fixtures/no-such-file.ts", "--nats", "nats://127.0.0.1:1"]);
      expectFailure(r, 2, /no-such-file\.ts/, /does not exist/);
    });

    it("a file with a syntax error: names the file and the line", async () => {
      // Written here, not kept in test/fixtures, so that the type check of test/ stays green.
      const file = join(tmp, "syntax-error.ts");
      writeFileSync(file, 'import { workflow } from "weft";\nexport default workflow("bad", (wf) => {\n  wf.node("a", async () => { return 1 +; });\n});\n');
      const r = await runCli(["run", file]);
      expectFailure(r, 2, /syntax-error\.ts:3:\d+/, /Unexpected/);
    });

    it("a file with a syntax error, named with a path outside the repository: names it as given", async () => {
      const file = join(tmp, "syntax-error-2.ts");
      writeFileSync(file, 'import { workflow } from "weft";\nexport default workflow("bad", (wf) => {\n');
      const r = await runCli(["run", file]);
      expectFailure(r, 2, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:\\d+: Unexpected end of file`, "m"));
    });

    it("a directory or a file that is not TypeScript or JavaScript: says what to pass", async () => {
      expectFailure(await runCli(["run", "test/fixtures"]), 2, /test\/fixtures is a directory: pass the path of a \.ts file/);
      expectFailure(await runCli(["run", "README.md"]), 2, /README\.md is not a TypeScript or JavaScript file/);
    });

    it("a file that throws at import: says so, with the error and the user's frame only", async () => {
      const r = await runCli(["run", "test/fixtures/throws-at-import.ts"]);
      expectFailure(r, 2, /throws-at-import\.ts/, /import/i, /fixture exploded at import time/);
      assert.match(r.stderr, /at .*\(test\/fixtures\/throws-at-import\.ts:5:\d+\)/, r.stderr);
      assert.doesNotMatch(r.stderr, /engine\/|node_modules|node:internal/, r.stderr);
    });

    it("a file with no default export", async () => {
      const r = await runCli(["run", "test/fixtures/no-default.ts"]);
      expectFailure(r, 2, /no-default\.ts/, /does not default-export a workflow/);
    });

    it("a file that default-exports something that is not a workflow", async () => {
      const r = await runCli(["run", "test/fixtures/not-a-workflow.ts"]);
      expectFailure(r, 2, /not-a-workflow\.ts/, /does not default-export a workflow/);
    });

    it("a duplicate node name: names the node", async () => {
      const r = await runCli(["run", "test/fixtures/duplicate-node.ts"]);
      expectFailure(r, 2, /node "twice" is declared twice/, /"dup"/);
    });

    it("a node depending on a node of another workflow: names both", async () => {
      const r = await runCli(["run", "test/fixtures/foreign-dep.ts"]);
      expectFailure(r, 2, /"borrower"/, /"elsewhere"/, /another workflow/);
    });

    it("a dependency that is not a node reference: names the node", async () => {
      const r = await runCli(["run", "test/fixtures/unknown-dep.ts"]);
      expectFailure(r, 2, /node "next"/, /not a node reference/);
    });

    it("a graph too large for a run record (6000 task nodes): exit 2, saying to use a fan-out", async () => {
      const r = await runCli(["run", "test/fixtures/too-many-nodes.ts"]);
      expectFailure(r, 2, /has 6000 nodes: its run record would take \d+ KiB .*declare a fan-out with wf\.map/);
    });

    it("weft graph reports an invalid workflow the same way", async () => {
      const r = await runCli(["graph", "test/fixtures/duplicate-node.ts"]);
      expectFailure(r, 2, /node "twice" is declared twice/);
    });
  });

  describe("usage (exit 2)", function () {
    it("--input that is not JSON", async () => {
      const r = await runCli(["run", "examples/hello.ts", "--input", "{n: 3"]);
      expectFailure(r, 2, /--input is not valid JSON/);
    });

    it("--input nested thousands deep: exit 2 saying how deep and the limit (not a stack overflow, exit 3)", async () => {
      const deep = `{"a":${"[".repeat(5000)}${"]".repeat(5000)}}`;
      const r = await runCli(["run", "examples/hello.ts", "--input", deep]);
      expectFailure(r, 2, /--input nests 5001 levels deep, more than the 512 a run's input may/);
    });

    it("--input that is JSON but not an object (null, a list, a number): exit 2, saying what to pass", async () => {
      for (const input of ["null", "[1,2]", "5"]) {
        const r = await runCli(["run", "examples/hello.ts", "--input", input]);
        expectFailure(r, 2, /--input must be a JSON object such as '\{"n": 3\}'/);
      }
    });

    it("a map over something that is not a list: the map node fails saying what it got (exit 1), and nothing else is said", async () => {
      for (const [v, got] of [["5", "number"], ['"text"', "string"], ["null", "null"], ['{"a": 1}', "object"]] as const) {
        const r = await runCli(["run", "test/fixtures/map-over-non-list.ts", "--input", `{"v": ${v}}`]);
        expectFailure(r, 1, new RegExp(`map node "m" needs a list from "list", which returned ${got}\\.`));
        // Before: the worker also printed an impossible task transition of its own.
        assert.doesNotMatch(r.stderr, /is not allowed in state/);
      }
    });

    it("a run that cannot start its stages (a combiner's zero throws): the aggregate fails, pending -> failed, with the user's stack", async () => {
      const r = await runCli(["run", "test/fixtures/dataflow-zero-throws.ts", "--json"]);
      expectFailure(r, 1, /zero exploded/);
      const failed = r.stderr
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as { type: string; to?: string; from?: string; error?: { stack?: string } })
        .filter((l) => l.type === "task" && l.to === "failed");
      assert.ok(failed.length > 0, r.stderr);
      for (const l of failed) {
        assert.equal((l as { task?: string }).task, "total", "put on the aggregate whose combiner failed, not the source");
        assert.equal(l.from, "pending", "it never ran: not succeeded -> failed");
        assert.match(l.error?.stack ?? "", /dataflow-zero-throws\.ts:\d+/, "the user's frame");
        assert.doesNotMatch(l.error?.stack ?? "", /run-executor/, "no engine frames");
      }
    });

    it("--input given twice (run and submit): exit 2, not the last one silently", async () => {
      for (const cmd of ["run", "submit"]) {
        const r = await runCli([cmd, "examples/hello.ts", "--input", '{"n": 1}', "--input", '{"n": 2}']);
        expectFailure(r, 2, /given more than once: pass one --input/);
      }
    });

    it("JSON input of the wrong type fails the run (exit 1), naming the field (examples/hello.ts, examples/fanout.ts)", async () => {
      expectFailure(await runCli(["run", "examples/hello.ts", "--input", '{"n": "x"}']), 1, /"n" must be a number, got "x"/);
      expectFailure(await runCli(["run", "examples/fanout.ts", "--input", '{"n": -1}']), 1, /"n" must be a whole number >= 0, got -1/);
    });

    it("a run too wide for the engine fails at once with E_INVALID_INPUT, saying the bound and what to do (no hang, no lost workers)", async () => {
      const [source, matmul, keyed, map] = await Promise.all([
        // 10^9 partitions from the input: before, both workers stopped heartbeating, then E_NO_WORKERS after ~18 s.
        runCli(["run", "test/fixtures/dataflow-partitions-from-input.ts", "--input", '{"parts": 1e9}'], { timeoutMs: 30_000 }),
        // 10^15 block products: before, "Invalid array length" from inside the engine.
        runCli(["run", "examples/matmul.ts", "--input", '{"n": 100000, "bs": 1}'], { timeoutMs: 30_000 }),
        // A keyed stage too: 2 * 10^6 partitions of "count".
        runCli(["run", "examples/wordcount.ts", "--input", '{"input": "README.md", "maps": 2, "reduces": 2000000}'], { timeoutMs: 30_000 }),
        // A map over more items than the bound.
        runCli(["run", "examples/fanout.ts", "--input", '{"n": 1000001}'], { timeoutMs: 30_000 }),
      ]);
      const cases: [CliResult, RegExp][] = [
        [source, /stage "nums" has 1000000000 partitions, at most 1000000 are allowed \(each partition is a task.*\): let each partition produce more records/],
        [matmul, /stage "products" has 1000000000000000 partitions, at most 1000000 are allowed/],
        [keyed, /stage "count" has 2000000 partitions, at most 1000000 are allowed .*: a partition takes any number of keys: shuffle into fewer partitions/],
        [map, /map node "square" got a list of 1000001 items from "items", at most 1000000 are allowed .*: map over batches of items/],
      ];
      for (const [r, message] of cases) {
        expectFailure(r, 1, message);
        const end = parseLogLines(r.stderr).filter((l) => l.type === "run").at(-1);
        assert.equal(end?.error?.code, "E_INVALID_INPUT", describeResult(r));
        assert.doesNotMatch(r.stderr, /E_REPLACED|E_NO_WORKERS|Invalid array length|blocked/, describeResult(r));
      }
    });

    it("--input too large to travel with the submission (over 512 KiB): exit 2, saying what to pass instead", async () => {
      const file = join(tmp, "huge.json");
      writeFileSync(file, JSON.stringify({ n: 3, pad: "x".repeat(600 * 1024) }));
      const r = await runCli(["run", "examples/hello.ts", "--input", `@${file}`]);
      expectFailure(r, 2, /the input is 600 KiB of JSON, more than 512 KiB: .*pass where the data is/);
    });

    it("--input @file that does not exist", async () => {
      const r = await runCli(["run", "examples/hello.ts", "--input", `@${join(tmp, "nope.json")}`]);
      expectFailure(r, 2, /--input/, /nope\.json/);
    });

    it("--input @file that is not JSON", async () => {
      const file = join(tmp, "bad.json");
      writeFileSync(file, "n = 3\n");
      const r = await runCli(["run", "examples/hello.ts", "--input", `@${file}`]);
      expectFailure(r, 2, /not valid JSON/);
    });

    it("an unknown command", async () => {
      const r = await runCli(["frobnicate"]);
      expectFailure(r, 2, /unknown command 'frobnicate'/);
    });

    it("an unknown flag", async () => {
      const r = await runCli(["run", "examples/hello.ts", "--frobnicate"]);
      expectFailure(r, 2, /unknown option '--frobnicate'/);
    });

    it("a missing argument", async () => {
      const r = await runCli(["run"]);
      expectFailure(r, 2, /missing required argument/);
    });

    it("weft dev --port out of range", async () => {
      const r = await runCli(["dev", "--port", "99999"]);
      expectFailure(r, 2, /--port must be a whole number >= 1 and <= 65535, got "99999"/);
    });

    it("weft stats NAME --version V is the command's option, not weft's own --version (it printed weft's version, exit 0)", async () => {
      const r = await runCli(["stats", "some-deployment", "--version", "abc123", "--nats", "nats://127.0.0.1:1"]);
      expectFailure(r, 3, /cannot reach NATS at nats:\/\/127\.0\.0\.1:1/);
      const own = await runCli(["--version"]);
      assert.equal(own.code, 0, describeResult(own));
      assert.match(own.stdout, /^\d+\.\d+\.\d+/);
    });

    it("weft stop --timeout that is not a duration: exit 2 before anything is stopped (was read as 60s)", async () => {
      const r = await runCli(["stop", "some-job", "--timeout", "soon", "--nats", "nats://127.0.0.1:1"]);
      expectFailure(r, 2, /--timeout must be a duration such as 90s, 5m, 1500ms or 1h \(a bare number is seconds\), got "soon"/);
    });

    it("--workers that is not a number", async () => {
      const r = await runCli(["run", "examples/hello.ts", "--workers", "many"]);
      expectFailure(r, 2, /--workers/, /"many"/);
    });

    it("--workers beyond what one machine can run", async () => {
      const r = await runCli(["run", "examples/hello.ts", "--workers", "100000"]);
      expectFailure(r, 2, /--workers must be a whole number >= 1 and <= 64, got "100000"/);
    });

    it("--workers or --slots with --nats: they size the private stack only, so they are refused, not ignored", async () => {
      const r = await runCli(["run", "examples/hello.ts", "--nats", "nats://127.0.0.1:1", "--workers", "3", "--slots", "2"]);
      expectFailure(r, 2, /--workers and --slots size the private stack weft run starts/, /weft worker --slots N/);
    });
  });

  describe("NATS unreachable (exit 3)", function () {
    it("weft submit to a closed port says so within 6 s", async () => {
      const r = await runCli(["submit", "examples/hello.ts", "--nats", "nats://127.0.0.1:1"], { timeoutMs: 15_000 });
      expectFailure(r, 3, /nats:\/\/127\.0\.0\.1:1/, /cannot reach NATS|unreachable/i);
      assert.ok(r.ms < 6000, `took ${r.ms} ms`);
    });

    it("weft status, runs and worker to a closed port: exit 3 within 6 s", async () => {
      for (const args of [["status", "somerun"], ["runs"], ["worker", "--name", "lonely"], ["coordinator"]]) {
        const r = await runCli([...args, "--nats", "nats://127.0.0.1:1"], { timeoutMs: 15_000 });
        assert.equal(r.code, 3, `weft ${args.join(" ")}: ${describeResult(r)}`);
        assert.match(r.stderr, /cannot reach NATS|unreachable/i, `weft ${args.join(" ")}`);
        assert.ok(r.ms < 6000, `weft ${args.join(" ")} took ${r.ms} ms`);
      }
    });

    it("a NATS no coordinator ever served: submit, submit --follow and run --nats say to start one (exit 3)", async function () {
      if (!hasNatsServer()) this.skip();
      const server = await startNats();
      try {
        for (const args of [["submit", "examples/hello.ts"], ["submit", "examples/hello.ts", "--follow"], ["run", "examples/hello.ts"]]) {
          const r = await runCli([...args, "--nats", server.url], { timeoutMs: 40_000 });
          expectFailure(r, 3, /coordinator/, /weft coordinator/);
        }
      } finally {
        await server.stop();
      }
    });

    it("WEFT_NATS_URL pointing nowhere: exit 3", async () => {
      const r = await runCli(["submit", "examples/hello.ts", "--follow"], { env: { WEFT_NATS_URL: "nats://127.0.0.1:1" }, timeoutMs: 15_000 });
      expectFailure(r, 3, /cannot reach NATS|unreachable/i);
      assert.ok(r.ms < 6000, `took ${r.ms} ms`);
    });
  });

  describe("functions that fail (weft run, exit 1)", function () {
    const taskLines = (lines: LogLine[], task: string) => lines.filter((l) => l.type === "task" && l.task === task);

    it("a function that throws: retried once, then the task and the run fail, with the error and its stack", async () => {
      const r = await runCli(["run", "test/fixtures/throws.ts"]);
      expectFailure(r, 1, /explode/, /kaboom/);
      const lines = parseLogLines(r.stderr);
      const steps = taskLines(lines, "explode");

      const retrying = steps.find((l) => l.to === "retrying");
      assert.ok(retrying, `no retrying step:\n${r.stderr}`);
      assert.equal(retrying.from, "running");
      assert.equal(retrying.attempt, 1);
      assert.equal(retrying.error?.message, "kaboom on attempt 1");
      assert.match(retrying.error?.stack ?? "", /kaboom on attempt 1\n\s+at /);

      const failed = steps.find((l) => l.to === "failed");
      assert.ok(failed, `no failed step:\n${r.stderr}`);
      assert.equal(failed.from, "running");
      assert.equal(failed.attempt, 2);
      assert.equal(failed.error?.message, "kaboom on attempt 2");
      assert.equal(failed.error?.code, "E_USER_CODE");
      assert.match(failed.error?.stack ?? "", /^Error: kaboom on attempt 2\n\s+at /);
      assert.equal(steps.filter((l) => l.to === "running").length, 2, "exactly two attempts");

      const runEnd = lines.filter((l) => l.type === "run").at(-1);
      assert.equal(runEnd?.to, "failed");
      assert.match(runEnd?.error?.message ?? "", /explode/);
      // The closing message names the task and the error.
      assert.match(plainLines(r.stderr).join("\n"), /failed: .*task explode.*kaboom on attempt 2/);
    });

    it("a function that never returns, with timeoutMs 200: E_TIMEOUT", async () => {
      const r = await runCli(["run", "test/fixtures/hangs.ts"]);
      expectFailure(r, 1, /forever/, /timed out/);
      const lines = parseLogLines(r.stderr);
      const failed = taskLines(lines, "forever").find((l) => l.to === "failed");
      assert.ok(failed, r.stderr);
      assert.equal(failed.error?.code, "E_TIMEOUT");
      assert.ok((failed.duration_ms ?? 0) >= 190, `failed after ${failed.duration_ms} ms`);
      assert.equal(lines.filter((l) => l.type === "run").at(-1)?.to, "failed");
    });

    it("a function that never returns, with no timeoutMs, under the run's --timeout 2s: the run fails with E_TIMEOUT naming it", async () => {
      const r = await runCli(["run", "test/fixtures/hangs-forever.ts", "--timeout", "2s"], { timeoutMs: 30_000 });
      expectFailure(r, 1, /E_TIMEOUT/, /"forever"/, /timeoutMs/);
      const end = parseLogLines(r.stderr).filter((l) => l.type === "run").at(-1);
      assert.equal(end?.to, "failed", r.stderr);
      assert.equal(end?.error?.code, "E_TIMEOUT");
      assert.match(end?.error?.message ?? "", /did not end within its timeout of 2 s; still running: "forever" \(1 task\)/);
      assert.ok(r.ms >= 2000 && r.ms < 20_000, `took ${r.ms} ms`);
    });

    it("--timeout that is not a duration: a usage error (exit 2) saying what it takes", async () => {
      for (const bad of ["soon", "0", "-3s"]) {
        const r = await runCli(["run", "examples/hello.ts", "--timeout", bad]);
        expectFailure(r, 2, /--timeout must be a duration such as 90s/);
      }
    });

    it("a value that cannot be serialised, consumed on another worker: E_NOT_SERIALIZABLE", async () => {
      const r = await runCli(["run", "test/fixtures/unserialisable-edge.ts"]);
      expectFailure(r, 1, /input/, /E_NOT_SERIALIZABLE|cannot be sent/);
      const lines = parseLogLines(r.stderr);
      const failed = taskLines(lines, "input").find((l) => l.to === "failed");
      assert.ok(failed, r.stderr);
      assert.equal(failed.error?.code, "E_NOT_SERIALIZABLE");
      assert.match(failed.error?.message ?? "", /node "input"/);
      assert.equal(taskLines(lines, "input").filter((l) => l.to === "running").length, 1, "not retried");
      assert.equal(lines.filter((l) => l.type === "run").at(-1)?.error?.code, "E_NOT_SERIALIZABLE");
    });

    it("a map whose values cannot be serialised to the gathering worker: E_NOT_SERIALIZABLE", async () => {
      const r = await runCli(["run", "test/fixtures/unserialisable-fanout.ts"], { timeoutMs: 20_000 });
      expectFailure(r, 1, /E_NOT_SERIALIZABLE|cannot be sent/);
      const lines = parseLogLines(r.stderr);
      assert.equal(lines.filter((l) => l.type === "run").at(-1)?.to, "failed");
      assert.ok(lines.some((l) => l.type === "task" && l.to === "failed" && l.error?.code === "E_NOT_SERIALIZABLE"), r.stderr);
    });

    it("a result too large for the run's log: exit 1 at once with E_PAYLOAD_TOO_LARGE, saying what to do", async () => {
      const one = await runCli(["run", "test/fixtures/large-result.ts", "--input", '{"kib": 2048}']);
      expectFailure(one, 1, /the value of node "a" \(part of the run's result\) is 2,048 KiB of JSON, more than 512 KiB: a run's result travels in its log/, /write large outputs/);
      assert.ok(parseLogLines(one.stderr).some((l) => l.type === "task" && l.to === "failed" && l.error?.code === "E_PAYLOAD_TOO_LARGE"), one.stderr);
      // Two sinks that fit alone and not together.
      const two = await runCli(["run", "test/fixtures/large-result.ts", "--input", '{"kib": 300, "sinks": 2}']);
      expectFailure(two, 1, /the run's result is 600 KiB of JSON/);
      // Just under the limit is fine.
      const fits = await runCli(["run", "test/fixtures/large-result.ts", "--input", '{"kib": 400}']);
      assert.equal(fits.code, 0, describeResult(fits));
      assert.equal((JSON.parse(fits.stdout) as { a: string }).a.length, 400 * 1024);
    });

    it("an error with a 2 MB message: the run fails at once, the message cut to 16 KiB", async () => {
      const r = await runCli(["run", "test/fixtures/huge-error.ts"]);
      expectFailure(r, 1, /task boom failed: bad: x+… \(\d+ more characters cut\)/);
      assert.ok(r.stderr.length < 200_000, `stderr is ${r.stderr.length} characters`);
    });

    it("a run result that cannot be serialised: E_NOT_SERIALIZABLE", async () => {
      const r = await runCli(["run", "test/fixtures/unserialisable-result.ts"]);
      expectFailure(r, 1, /E_NOT_SERIALIZABLE|cannot be written as JSON/);
      const lines = parseLogLines(r.stderr);
      assert.equal(lines.filter((l) => l.type === "run").at(-1)?.to, "failed");
    });
  });

  describe("on a running cluster", function () {
    let cluster: Cluster | undefined;
    let url = "";

    before(async function () {
      if (!hasNatsServer()) this.skip();
      cluster = await startCluster(["wa", "wb"]);
      url = cluster.url;
    });

    after(async function () {
      this.timeout(30_000);
      await cluster?.stop();
    });

    it("weft status / logs / cancel of an unknown run: exit 2", async () => {
      for (const cmd of ["status", "logs", "cancel"]) {
        const r = await runCli([cmd, "nosuchrun", "--nats", url]);
        expectFailure(r, 2, /no run nosuchrun/);
      }
      // status also takes a streaming job's name: its miss says so.
      expectFailure(await runCli(["status", "nosuchrun", "--nats", url]), 2, /no run nosuchrun, and no streaming job of that name/);
    });

    it("a run id that cannot be a subject token: exit 2", async () => {
      const r = await runCli(["status", "no.such.run", "--nats", url]);
      expectFailure(r, 2, /no\.such\.run/);
    });

    it("the cluster reports a failing function the same way (submit --follow exits 1, status names it)", async () => {
      const r = await runCli(["submit", "test/fixtures/throws.ts", "--follow", "--nats", url]);
      expectFailure(r, 1, /explode/, /kaboom on attempt 2/);
      const run = parseLogLines(r.stderr)[0]?.run;
      assert.ok(run, r.stderr);
      const status = await runCli(["status", run, "--json", "--nats", url]);
      assert.equal(status.code, 0, describeResult(status));
      const s = JSON.parse(status.stdout) as { state: string; failures: { task: string; attempt: number; message: string; stack: string }[] };
      assert.equal(s.state, "failed");
      const f = s.failures.find((x) => x.task === "explode");
      assert.ok(f, status.stdout);
      assert.equal(f.attempt, 2);
      assert.equal(f.message, "kaboom on attempt 2");
      assert.match(f.stack, /kaboom on attempt 2\n\s+at /);
    });

    it("garbage on weft subjects is dropped: nothing crashes and the next run succeeds", async () => {
      const c = cluster!;
      const targets = [
        "weft.v1.coord.submit",
        "weft.v1.coord.cancel",
        "weft.v1.coord.data.wa",
        "weft.v1.worker.wa.data.wb",
        "weft.v1.worker.wb.data.wa",
        "weft.v1.worker.wa.start",
        "weft.v1.worker.wa.heartbeat",
        "weft.v1.run.x.log.wa",
        "weft.v1.run.x.state",
        "weft.v1.run.x.control",
      ];
      for (let round = 0; round < 5; round++) {
        for (const subject of targets) {
          c.bus.publish(subject, new Uint8Array(randomBytes(1 + Math.floor(Math.random() * 512))));
          c.bus.publish(subject, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]));
          c.bus.publish(subject, new Uint8Array(0));
        }
      }
      // Requests with a reply subject too: a reply may come back (an error), or none.
      for (const subject of ["weft.v1.coord.submit", "weft.v1.coord.cancel", "weft.v1.worker.wa.start"]) {
        await c.bus.request(subject, new Uint8Array(randomBytes(64)), { timeoutMs: 1000 }).catch(() => undefined);
      }
      await c.bus.flush();
      await new Promise((r) => setTimeout(r, 300));

      const r = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", url]);
      assert.equal(r.code, 0, describeResult(r));
      assert.equal(r.stdout, "15\n");
      const workers = new Set(parseLogLines(r.stderr).filter((l) => l.type === "task").map((l) => l.worker));
      assert.deepEqual([...workers].sort(), ["wa", "wb"], "both workers still take tasks");

      // Each undecodable message is logged (naming its subject) by whoever received it.
      const logged = (proc: (typeof c.workers)[number], subject: string) =>
        assert.ok(
          proc.stderr().split("\n").some((l) => l.includes(subject) && /decode/i.test(l)),
          `\`weft ${proc.args.join(" ")}\` did not log the bad message on ${subject}:\n${proc.stderr().slice(-3000)}`,
        );
      logged(c.coordinator, "weft.v1.coord.submit");
      logged(c.coordinator, "weft.v1.run.x.log.wa");
      logged(c.coordinator, "weft.v1.run.x.state");
      logged(c.workers[0]!, "weft.v1.worker.wa.data");
      logged(c.workers[0]!, "weft.v1.worker.wa.start");

      for (const p of [c.coordinator, ...c.workers]) {
        assert.ok(p.running(), `\`weft ${p.args.join(" ")}\` crashed:\n${p.stderr().slice(-3000)}`);
        assert.doesNotMatch(p.stderr(), /Uncaught|TypeError|RangeError|unhandled/i, `weft ${p.args.join(" ")}`);
      }
    });
  });
});
