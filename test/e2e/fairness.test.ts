/**
 * End to end, fairness between runs (issue 19 item 10): runs submitted while a long run kept
 * every slot busy used to wait for all of its tasks; the worker's slots now go to the runs in
 * turn, so a one-task run ends long before the long run does. Spawns the COMPILED CLI.
 */
import assert from "node:assert/strict";
import { describeResult, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";

describe("e2e: a small run beside a long one", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    cluster = await startCluster(["wa"], { slots: 2 });
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
  });

  it("a one-task run submitted while a 400-task run holds every slot ends before the long run does", async () => {
    const url = cluster!.url;
    let longEnded = 0;
    const long = runCli(["submit", "test/fixtures/long-map.ts", "--input", '{"n": 400, "ms": 40}', "--follow", "--nats", url], { timeoutMs: 90_000 }).then((r) => {
      longEnded = Date.now();
      return r;
    });
    await new Promise((r) => setTimeout(r, 2000)); // the long run holds both slots by now
    const small = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", url], { timeoutMs: 60_000 });
    const smallEnded = Date.now();
    assert.equal(small.code, 0, describeResult(small));
    const l = await long;
    assert.equal(l.code, 0, describeResult(l));
    assert.equal(l.stdout.trim(), "400");
    assert.ok(smallEnded < longEnded, `the small run ended ${longEnded - smallEnded} ms before the long one`);
  });
});
