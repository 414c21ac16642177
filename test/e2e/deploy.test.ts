/**
 * End to end, deployments and the NATS trigger: `weft deploy`, `deployments`, `invoke`,
 * `undeploy` as processes against a coordinator and a worker process on a real nats-server;
 * version pinning across a redeploy; a JetStream-triggered deployment that runs exactly one run
 * per message, with the coordinator SIGKILLed in the middle and restarted. Spawns the COMPILED
 * CLI: build first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeResult, resultOfLog, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasNatsServer, waitFor } from "../helpers/nats.js";
import { listRunRecords, type RunRecord } from "../../engine/coordinator/run-store.js";

/** A workflow that says which code it is, after `waitMs` (its input), with its trigger. */
function versioned(label: string): string {
  return `import { workflow } from "weft";
export default workflow<{ waitMs?: number }>("versioned", (wf) => {
  wf.node("which", async (ctx) => {
    await new Promise((r) => setTimeout(r, ctx.input.waitMs ?? 0));
    return { code: ${JSON.stringify(label)}, trigger: ctx.trigger ?? null };
  });
});
`;
}

const VERSION = /^[0-9a-f]{12}$/;

describe("e2e: deployments and triggers", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;
  let url = "";
  let dir = "";
  const file = () => join(dir, "versioned.ts");

  /** `weft deploy` of `label`'s code; returns NAME@VERSION. */
  async function deploy(label: string, ...args: string[]): Promise<string> {
    writeFileSync(file(), versioned(label));
    const r = await runCli(["deploy", file(), "--name", "pinned", ...args, "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    return r.stdout.trim();
  }

  async function runsOf(deployment: string): Promise<RunRecord[]> {
    return (await listRunRecords(cluster!.bus)).filter((r) => r.origin?.deployment === deployment);
  }

  before(async function () {
    if (!hasNatsServer()) this.skip();
    cluster = await startCluster(["wa"]);
    url = cluster.url;
    dir = mkdtempSync(join(tmpdir(), "weft-deploy-"));
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("weft deploy prints NAME@VERSION; the same code keeps its version, changed code gets a new one", async () => {
    const first = await deploy("one");
    const [name, version] = first.split("@");
    assert.equal(name, "pinned");
    assert.match(version!, VERSION);
    assert.equal(await deploy("one"), first, "the same code, the same version");
    const second = await deploy("two");
    assert.notEqual(second, first);
    assert.match(second, /^pinned@[0-9a-f]{12}$/);
    const byDefault = await runCli(["deploy", "examples/hello.ts", "--nats", url]);
    assert.equal(byDefault.code, 0, describeResult(byDefault));
    assert.match(byDefault.stdout, /^hello@[0-9a-f]{12}\n$/, "the name defaults to the workflow's");
  });

  it("weft invoke --follow runs the current version and prints its result; weft deployments --json lists it with its runs", async () => {
    const r = await runCli(["invoke", "pinned", "--input", "{}", "--follow", "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    assert.deepEqual(JSON.parse(r.stdout), { code: "two", trigger: null });
    const list = await runCli(["deployments", "--json", "--nats", url]);
    assert.equal(list.code, 0, describeResult(list));
    const rows = list.stdout.trim().split("\n").map((l) => JSON.parse(l) as { name: string; version: string; runs: number; triggers: unknown[]; deployed_at: string });
    const pinned = rows.find((d) => d.name === "pinned");
    assert.ok(pinned, list.stdout);
    assert.match(pinned.version, VERSION);
    assert.equal(pinned.runs, 1);
    assert.deepEqual(pinned.triggers, []);
    assert.ok(!Number.isNaN(Date.parse(pinned.deployed_at)));
    const text = await runCli(["deployments", "--nats", url]);
    assert.match(text.stdout, /^NAME\s+VERSION\s+DEPLOYED\s+RUNS\s+TRIGGERS/);
  });

  it("a run in flight keeps its version across a redeploy; status and runs show deployment and version", async () => {
    const v1 = (await deploy("one")).split("@")[1]!;
    const started = await runCli(["invoke", "pinned", "--input", '{"waitMs": 3000}', "--nats", url]);
    assert.equal(started.code, 0, describeResult(started));
    const runId = started.stdout.trim();
    const v2 = (await deploy("two")).split("@")[1]!;
    assert.notEqual(v1, v2);
    const followed = await runCli(["logs", runId, "--follow", "--nats", url]);
    assert.equal(followed.code, 0, describeResult(followed));
    assert.deepEqual(resultOfLog(followed.stdout), { code: "one", trigger: null }, "the run ran the version it started on");
    const status = await runCli(["status", runId, "--json", "--nats", url]);
    const json = JSON.parse(status.stdout) as { deployment: string; version: string; trigger: unknown };
    assert.equal(json.deployment, "pinned");
    assert.equal(json.version, v1);
    assert.equal(json.trigger, null);
    const text = await runCli(["status", runId, "--nats", url]);
    assert.match(text.stdout, new RegExp(`deployed\\s+pinned@${v1}`));
    const runs = await runCli(["runs", "--nats", url]);
    assert.match(runs.stdout, /DEPLOYMENT/);
    assert.match(runs.stdout, new RegExp(`${runId}.*pinned@${v1}`));
  });

  it("weft invoke --json without --follow prints only JSON on stdout: {v, run}, the run id weft status reads", async () => {
    await deploy("one");
    const r = await runCli(["invoke", "pinned", "--input", "{}", "--json", "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    const answer = JSON.parse(r.stdout) as { v: number; run: string };
    assert.equal(answer.v, 1);
    const status = await runCli(["status", answer.run, "--json", "--nats", url]);
    assert.equal(status.code, 0, describeResult(status));
    assert.equal((JSON.parse(status.stdout) as { run: string }).run, answer.run);
  });

  it("weft stop of a deployment that is no streaming job: exit 2 saying to undeploy it", async () => {
    await deploy("one");
    const r = await runCli(["stop", "pinned", "--savepoint", "--nats", url]);
    assert.equal(r.code, 2, describeResult(r));
    assert.match(r.stderr, /"pinned" is a deployment of a workflow that runs on events, not a streaming job: `weft undeploy pinned` stops its triggers/);
  });

  it("a name no deployment can have is refused at deploy as a name, and is no deployment to invoke, undeploy, stop or show", async () => {
    for (const name of ["Bad Name!", "a.b", ""]) {
      const r = await runCli(["deploy", "examples/orders-nats.ts", "--name", name, "--nats", url]);
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, new RegExp(`deployment name "${name.replace(".", "\\.")}" is not valid: use letters, digits, "-" and "_" only`), describeResult(r));
    }
    for (const [args, said] of [
      [["invoke", "Bad Name!"], /no deployment named "Bad Name!"/],
      [["undeploy", "Bad Name!"], /no deployment named "Bad Name!"/],
      [["stop", "Bad Name!"], /no streaming job named "Bad Name!"/],
      [["status", "Bad Name!"], /run id "Bad Name!" is not valid/],
    ] as const) {
      const r = await runCli([...args, "--nats", url]);
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, said, describeResult(r));
      assert.doesNotMatch(r.stderr, /KV key/, describeResult(r));
    }
  });

  it("an unknown deployment, or a stream that does not exist, is refused with exit 2", async () => {
    const invoke = await runCli(["invoke", "nope", "--nats", url]);
    assert.equal(invoke.code, 2, describeResult(invoke));
    assert.match(invoke.stderr, /no deployment named "nope"/);
    const undeploy = await runCli(["undeploy", "nope", "--nats", url]);
    assert.equal(undeploy.code, 2, describeResult(undeploy));
    assert.match(undeploy.stderr, /no deployment named "nope"/);
    const stream = await runCli(["deploy", "examples/orders-nats.ts", "--subject", "x.>", "--stream", "NO_SUCH_STREAM", "--nats", url]);
    assert.equal(stream.code, 2, describeResult(stream));
    assert.match(stream.stderr, /stream "NO_SUCH_STREAM" does not exist/);
    // A stream that exists but stores none of the subject's messages: the trigger would never fire.
    await cluster!.bus.ensureStream("DEPLOY_ELSEWHERE", ["elsewhere.>"]);
    const uncaptured = await runCli(["deploy", "examples/orders-nats.ts", "--subject", "x.>", "--stream", "DEPLOY_ELSEWHERE", "--nats", url]);
    assert.equal(uncaptured.code, 2, describeResult(uncaptured));
    assert.match(uncaptured.stderr, /stream "DEPLOY_ELSEWHERE" does not capture x\.> \(it captures elsewhere\.>\)/);
    const captured = await runCli(["deploy", "examples/orders-nats.ts", "--name", "elsewhere", "--subject", "elsewhere.a", "--stream", "DEPLOY_ELSEWHERE", "--nats", url]);
    assert.equal(captured.code, 0, describeResult(captured));
    assert.equal((await runCli(["undeploy", "elsewhere", "--nats", url])).code, 0);
  });

  it("a flag of the other kind of file is refused with exit 2, nothing deployed: a trigger on a streaming job, --parallelism on a workflow", async () => {
    await cluster!.bus.ensureStream("CLICKS", ["clicks.>"]); // its source exists: only the flags are wrong
    const triggerOnStream = await runCli(["deploy", "examples/clickstream.ts", "--name", "kind-stream", "--subject", "x.>", "--batch", "5", "--nats", url]);
    assert.equal(triggerOnStream.code, 2, describeResult(triggerOnStream));
    assert.match(triggerOnStream.stderr, /is a streaming job \(stream\(\)\): it reads the source declared in the file and has no triggers, so --subject, --batch would do nothing/);
    writeFileSync(file(), versioned("kind"));
    const streamFlagOnWorkflow = await runCli(["deploy", file(), "--name", "kind-workflow", "--parallelism", "3", "--checkpoint-interval", "1s", "--nats", url]);
    assert.equal(streamFlagOnWorkflow.code, 2, describeResult(streamFlagOnWorkflow));
    assert.match(streamFlagOnWorkflow.stderr, /is a workflow \(workflow\(\)\), not a streaming job: --parallelism, --checkpoint-interval are for a file that default-exports stream/);
    const list = await runCli(["deployments", "--json", "--nats", url]);
    assert.doesNotMatch(list.stdout, /kind-stream|kind-workflow/);
  });

  it("a name is one deployment of one kind: a streaming job under a workflow's name, or the reverse, is exit 2", async () => {
    await cluster!.bus.ensureStream("CLICKS", ["clicks.>"]);
    await cluster!.bus.ensureStream("SESSIONS", ["sessions.>"]); // its sink's subject is captured: the job itself deploys
    writeFileSync(file(), versioned("same"));
    assert.equal((await runCli(["deploy", file(), "--name", "same-wf", "--nats", url])).code, 0);
    const jobOverWorkflow = await runCli(["deploy", "examples/clickstream.ts", "--name", "same-wf", "--nats", url]);
    assert.equal(jobOverWorkflow.code, 2, describeResult(jobOverWorkflow));
    assert.match(jobOverWorkflow.stderr, /"same-wf" is already a workflow's deployment: deploy under another --name, or remove it first \(`weft undeploy same-wf`\)/);
    const job = await runCli(["deploy", "examples/clickstream.ts", "--name", "same-job", "--nats", url]);
    assert.equal(job.code, 0, describeResult(job));
    const workflowOverJob = await runCli(["deploy", file(), "--name", "same-job", "--nats", url]);
    assert.equal(workflowOverJob.code, 2, describeResult(workflowOverJob));
    assert.match(workflowOverJob.stderr, /"same-job" is already a streaming job/);
    const names = (await runCli(["deployments", "--json", "--nats", url])).stdout.trim().split("\n").map((l) => (JSON.parse(l) as { name: string }).name);
    assert.deepEqual(names.filter((n) => n.startsWith("same-")).sort(), ["same-job", "same-wf"], "one row per name");
    for (const name of ["same-job", "same-wf"]) assert.equal((await runCli(["undeploy", name, "--nats", url])).code, 0);
  });

  it("weft undeploy removes the deployment", async () => {
    const r = await runCli(["undeploy", "pinned", "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    const list = await runCli(["deployments", "--json", "--nats", url]);
    assert.ok(!list.stdout.includes('"pinned"'), list.stdout);
    const invoke = await runCli(["invoke", "pinned", "--nats", url]);
    assert.equal(invoke.code, 2, describeResult(invoke));
  });

  it("a NATS trigger without a stream runs each message published while it is up, once", async () => {
    const bus = cluster!.bus;
    const deployed = await runCli(["deploy", "examples/orders-nats.ts", "--name", "core-orders", "--subject", "core.orders.*", "--nats", url]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    const send = (id: string) => bus.publish("core.orders.new", new TextEncoder().encode(JSON.stringify({ id, items: [{ price: 1, qty: 1 }] })));
    // The leader picks the deployment up within a second: until then, messages are not heard.
    await waitFor(
      async () => {
        send("probe");
        return (await runsOf("core-orders")).length > 0;
      },
      { timeoutMs: 15_000, intervalMs: 300, message: "the trigger hears messages" },
    );
    for (let i = 0; i < 5; i++) send(`c-${i}`);
    // Probes sent before may still be running: count the c-* orders themselves.
    const ordersRun = async () =>
      (await runsOf("core-orders"))
        .filter((r) => r.state === "succeeded")
        .map((r) => (JSON.parse(r.resultJson || "{}") as { order?: string }).order)
        .filter((o) => o?.startsWith("c-"));
    await waitFor(async () => (await ordersRun()).length >= 5, {
      timeoutMs: 30_000,
      intervalMs: 200,
      message: async () =>
        `5 c-* runs: ${JSON.stringify((await runsOf("core-orders")).map((r) => [r.runId, r.state, r.resultJson]))}\n` +
        `coordinator stderr:\n${cluster!.coordinator.stderr().slice(-4000)}`,
    });
    await new Promise((r) => setTimeout(r, 500));
    const orders = await ordersRun();
    assert.deepEqual(orders.sort(), ["c-0", "c-1", "c-2", "c-3", "c-4"]);
    const r = await runCli(["undeploy", "core-orders", "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
  });

  it("a JetStream trigger: N messages make exactly N runs, each seeing ctx.trigger, across a coordinator SIGKILL; a malformed one fails its own run", async () => {
    const bus = cluster!.bus;
    await bus.ensureStream("ORDERS", ["orders.>"]);
    const deployed = await runCli(["deploy", "examples/orders-nats.ts", "--subject", "orders.>", "--stream", "ORDERS", "--nats", url]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    assert.match(deployed.stdout, /^orders-nats@[0-9a-f]{12}\n$/);
    const N = 20;
    const publish = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const order = { id: `o-${i}`, items: [{ price: i, qty: 2 }] };
        await bus.publishDurable(`orders.new.${i}`, new TextEncoder().encode(JSON.stringify(order)));
      }
    };
    await publish(0, N / 2);
    await bus.publishDurable("orders.bad", new TextEncoder().encode("this is not JSON"));
    // Some runs are in, the rest not yet: the coordinator dies without a word.
    await waitFor(async () => (await runsOf("orders-nats")).length >= 3, { timeoutMs: 30_000, intervalMs: 100, message: "the first trigger runs" });
    cluster!.coordinator.child.kill("SIGKILL");
    await cluster!.coordinator.exited;
    await publish(N / 2, N); // while no coordinator is up
    const next = cluster!.spawn(["coordinator", "--nats", url]);
    await next.waitForStderr(/active on/, 30_000);
    await waitFor(async () => (await runsOf("orders-nats")).filter((r) => r.state === "succeeded" || r.state === "failed").length >= N + 1, {
      timeoutMs: 60_000,
      intervalMs: 250,
      message: "every order's run ended",
    });
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate, if any, would show up now
    const runs = await runsOf("orders-nats");
    assert.equal(runs.length, N + 1, `exactly one run per message: ${runs.map((r) => `${r.runId} ${r.state} ${r.origin?.trigger?.eventId}`).join(", ")}`);
    const ok = runs.filter((r) => r.state === "succeeded");
    assert.equal(ok.length, N);
    const results = ok.map((r) => JSON.parse(r.resultJson) as { order: string; total: number; trigger: { kind: string; eventId: string; subject: string } });
    assert.deepEqual(results.map((x) => x.order).sort(), Array.from({ length: N }, (_, i) => `o-${i}`).sort(), "every order, once");
    for (const x of results) {
      assert.equal(x.total, Number(x.order.slice(2)) * 2);
      assert.equal(x.trigger.kind, "nats");
      assert.match(x.trigger.eventId, /^ORDERS:\d+$/);
      assert.equal(x.trigger.subject, `orders.new.${x.order.slice(2)}`);
    }
    assert.equal(new Set(results.map((x) => x.trigger.eventId)).size, N);
    const bad = runs.find((r) => r.state === "failed");
    assert.equal(bad?.error?.code, "E_INVALID_INPUT");
    assert.match(bad?.error?.message ?? "", /event ORDERS:\d+ on orders\.bad cannot be a run.s input: it is not JSON/);
    const listed = await runCli(["runs", "--json", "--nats", url]);
    const badLine = listed.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { run: string; state: string; deployment: string; trigger: { kind: string; event_id: string } | null })
      .find((l) => l.run === bad!.runId);
    assert.equal(badLine?.state, "failed");
    assert.equal(badLine?.deployment, "orders-nats");
    assert.equal(badLine?.trigger?.kind, "nats");
    assert.equal(badLine?.trigger?.event_id, bad?.origin?.trigger?.eventId);
  });
});
