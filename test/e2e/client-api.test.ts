/**
 * End to end, the client API (weft-engine/client): the README's example (examples/client.ts)
 * runs on a private stack as written; against a cluster of processes, runs of an imported
 * workflow object, a file path and a file: URL give typed results; a handle's events, status
 * and cancel; deploy then invoke; the connection rules are the CLI's. Needs the build (the
 * cluster is the compiled CLI; the example imports weft-engine/client from dist/).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { connect, type RunLogEntry, type WeftClient } from "../../engine/client/api.js";
import { REPO_ROOT, startCluster, type Cluster } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";
import { spawnSync } from "node:child_process";
import stats, { notDefault } from "../fixtures/client-stats.js";
import slow from "../fixtures/slow.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_value?: unknown): T | void {}

describe("e2e: the client API", function () {
  this.timeout(120_000);

  it("the README's example runs as written: a typed result, a run's events, its status, a failed run's code", function () {
    if (!hasNatsServer()) this.skip();
    const example = readFileSync(join(REPO_ROOT, "examples", "client.ts"), "utf8");
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    assert.ok(readme.includes(example), "README.md shows examples/client.ts as it is");
    const env = { ...process.env };
    delete env.WEFT_NATS_URL;
    const r = spawnSync(process.execPath, ["--import", "tsx", "examples/client.ts"], { cwd: REPO_ROOT, env, encoding: "utf8", timeout: 90_000 });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split("\n");
    assert.equal(lines[0], "sum of 4: 24");
    assert.deepEqual(lines.slice(1, 5).map((l) => l.split(" ")[0]).sort(), ["double", "input", "square", "sum"]);
    assert.match(lines[5] ?? "", /^run r-\S+: succeeded, 4\/4 tasks, result 35$/);
    assert.equal(lines[6], "a bad input: E_TERMINAL");
  });

  describe("against a cluster of processes", () => {
    let cluster: Cluster | undefined;
    let weft: WeftClient | undefined;

    before(async function () {
      if (!hasNatsServer()) this.skip();
      cluster = await startCluster(["wa", "wb"]);
      weft = await connect({ url: cluster.url });
    });

    after(async function () {
      this.timeout(30_000);
      await weft?.close();
      await cluster?.stop();
    });

    it("runs an imported workflow object: the result is typed by its end nodes ({ total, count } for two)", async () => {
      const result = await weft!.run(stats, { xs: [1, 2, 3, 4] });
      expectType<Equal<typeof result, { total: number; count: { n: number } }>>();
      assert.deepEqual(result, { total: 10, count: { n: 4 } });
      // A second run of the same object reuses its bundle.
      assert.deepEqual(await weft!.run(stats, { xs: [5] }), { total: 5, count: { n: 1 } });
    });

    it("runs a file, by path or by file: URL, typed by the workflow's type when given", async () => {
      const file = join(REPO_ROOT, "test", "fixtures", "client-stats.ts");
      const byPath = await weft!.run<typeof stats>(file, { xs: [2, 2] });
      expectType<Equal<typeof byPath, { total: number; count: { n: number } }>>();
      assert.deepEqual(byPath, { total: 4, count: { n: 2 } });
      assert.deepEqual(await weft!.run(pathToFileURL(file), { xs: [] }), { total: 0, count: { n: 0 } });
    });

    it("refuses an object its file does not default-export, saying why and what to do", async () => {
      await assert.rejects(weft!.run(notDefault, {}), (err: Error & { code?: string }) => {
        assert.equal(err.code, "E_USAGE");
        assert.match(err.message, /"client-not-default" was declared in .*client-stats\.ts, whose default export is workflow "client-stats"/);
        return true;
      });
    });

    it("a handle: events from the first to the run's end, status, cancel (result rejects with E_CANCELLED)", async () => {
      const run = await weft!.submit(slow, { ms: 60_000 });
      const seen: RunLogEntry[] = [];
      const watching = (async () => {
        for await (const e of run.events()) seen.push(e);
      })();
      for (let i = 0; i < 200 && !seen.some((e) => e.type === "task" && e.node === "wait" && e.to === "running"); i++) await new Promise((r) => setTimeout(r, 50));
      const before = await run.status();
      assert.ok(before.state === "submitted" || before.state === "running", before.state); // the record lags the log
      assert.equal(before.id, run.id);
      await run.cancel("enough");
      await assert.rejects(run.result(), (err: Error & { code?: string; state?: string; runId?: string }) => {
        assert.equal(err.state, "cancelled");
        assert.equal(err.runId, run.id);
        return true;
      });
      await watching; // the iterator ends with the run
      const last = seen.at(-1);
      assert.equal(last?.type === "run" && last.to, "cancelled", JSON.stringify(last));
      assert.ok(seen.some((e) => e.type === "log" && e.message.startsWith("waiting 60000 ms")), "the function's own log line is an event");
      const outcome = await weft!.handle(run.id).outcome();
      assert.equal(outcome.state, "cancelled");
      assert.equal((await weft!.status(run.id)).state, "cancelled");
    });

    it("a failed run: result() rejects with the run's error code and message; outcome() resolves with them", async () => {
      const run = await weft!.submit(stats, { xs: "not a list" } as never);
      await assert.rejects(run.result(), (err: Error & { code?: string }) => {
        assert.match(err.message, new RegExp(`^run ${run.id} failed: `));
        assert.ok(err.code?.startsWith("E_"), err.code);
        return true;
      });
      const o = await run.outcome();
      assert.equal(o.state, "failed");
    });

    it("deploy, then invoke by name: the run is of the deployment, typed by the workflow's type", async () => {
      const d = await weft!.deploy(stats, { name: "client-stats-api" });
      assert.match(d.version, /^[0-9a-f]{12}$/);
      const run = await weft!.invoke<typeof stats>("client-stats-api", { xs: [7, 8] });
      const result = await run.result();
      expectType<Equal<typeof result, { total: number; count: { n: number } }>>();
      assert.deepEqual(result, { total: 15, count: { n: 2 } });
      assert.deepEqual((await run.status()).deployment, { name: "client-stats-api", version: d.version });
      await assert.rejects(weft!.invoke("no-such-deployment", {}), { code: "E_NOT_FOUND" });
    });

    it("an unknown run id is E_NOT_FOUND for status, cancel and a handle's result; bad input is E_INVALID_INPUT", async () => {
      await assert.rejects(weft!.status("r-unknown-1"), { code: "E_NOT_FOUND" });
      await assert.rejects(weft!.cancel("r-unknown-1"), { code: "E_NOT_FOUND" });
      await assert.rejects(weft!.handle("r-unknown-1").result(), { code: "E_NOT_FOUND" });
      await assert.rejects(weft!.run(stats, [] as never), { code: "E_INVALID_INPUT" });
    });
  });

  describe("connecting: the CLI's rules", () => {
    it("a user without a password, or two ways to authenticate, is E_USAGE before any connection", async () => {
      await assert.rejects(connect({ url: "nats://127.0.0.1:1", user: "u" }), (err: Error & { code?: string }) => {
        assert.equal(err.code, "E_USAGE");
        assert.match(err.message, /needs a password/);
        return true;
      });
      await assert.rejects(connect({ url: "nats://a:b@127.0.0.1:1", token: "t" }), /carries credentials and so does/);
    });

    it("an unreachable NATS is E_NATS_UNREACHABLE, naming the URL without its password", async () => {
      await assert.rejects(connect({ url: "nats://me:secret@127.0.0.1:1" }), (err: Error & { code?: string }) => {
        assert.equal(err.code, "E_NATS_UNREACHABLE");
        assert.doesNotMatch(err.message, /secret/);
        return true;
      });
    });
  });
});
