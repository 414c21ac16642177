/**
 * End to end, HTTP triggers: workflows deployed with `--http "METHOD /path"` or declaring
 * `wf.trigger({kind: "http", ...})` (examples/api.ts), served by `weft gateway` on a cluster of
 * separate processes on a real nats-server: the route starts a run with ctx.trigger, answers
 * with its result under ?wait, honours Idempotency-Key, is 404 once undeployed, and may not be
 * declared by two deployments. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeResult, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { assertError, call, startGateway } from "../helpers/gateway.js";
import { hasNatsServer } from "../helpers/nats.js";
import { listRunRecords } from "../../engine/coordinator/run-store.js";

/** A workflow that answers with its input and its trigger. */
const ECHO = `import { workflow } from "weft";
export default workflow<{ say?: string }>("echo", (wf) => {
  wf.node("echo", async (ctx) => ({ said: ctx.input.say ?? null, trigger: ctx.trigger ?? null }));
});
`;

describe("e2e: HTTP triggers served by weft gateway", function () {
  this.timeout(90_000);
  let cluster: Cluster | undefined;
  let gw = "";
  let dir = "";
  const echoFile = () => join(dir, "echo.ts");

  async function deploy(...args: string[]) {
    return runCli(["deploy", ...args, "--nats", cluster!.url]);
  }

  before(async function () {
    if (!hasNatsServer()) this.skip();
    cluster = await startCluster(["wa"]);
    dir = mkdtempSync(join(tmpdir(), "weft-http-"));
    writeFileSync(echoFile(), ECHO);
    gw = (await startGateway((a, o) => cluster!.spawn(a, o), cluster.url)).url;
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("examples/api.ts: its declared POST /quote answers with the quote under ?wait", async () => {
    const r = await deploy("examples/api.ts");
    assert.equal(r.code, 0, describeResult(r));
    assert.match(r.stdout, /^quote@[0-9a-f]{12}\n$/);
    const body = JSON.stringify({ items: [{ sku: "widget", qty: 3 }, { sku: "gizmo", qty: 2 }], coupon: "TENOFF" });
    const a = await call(`${gw}/quote?wait=30s`, { method: "POST", body, headers: { "content-type": "application/json" } });
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.deepEqual(Object.keys(a.body).sort(), ["result", "run_id", "state"]);
    assert.equal(a.body.state, "succeeded");
    // (3 × 10 + 2 × 4.5) = 39, 10% off = 3.9, 20% tax on 35.1 = 7.02
    assert.deepEqual(a.body.result, { subtotal: 39, discount: 3.9, tax: 7.02, total: 42.12, via: "http POST /quote" });
    const status = await runCli(["status", a.body.run_id, "--json", "--nats", cluster!.url]);
    assert.equal(status.code, 0, describeResult(status));
    const json = JSON.parse(status.stdout) as { deployment: string; trigger: { kind: string; event_id: string; source: string } };
    assert.equal(json.deployment, "quote");
    assert.equal(json.trigger.kind, "http");
    assert.equal(json.trigger.source, "POST /quote");
    assert.match(json.trigger.event_id, /^req-/);
    // A bad request is a failed run, answered with its error; bad JSON is 400 before any run.
    const bad = await call(`${gw}/quote?wait=30s`, { method: "POST", body: '{"items": [{"sku": "nope", "qty": 1}]}' });
    assert.equal(bad.status, 200, JSON.stringify(bad.body));
    assert.equal(bad.body.state, "failed");
    assert.match(bad.body.error.message, /unknown sku "nope"/);
    assertError(await call(`${gw}/quote`, { method: "POST", body: "{nope" }), 400, "E_INVALID_INPUT");
    // Another method on the same path: 405, with the methods the path is served for.
    const wrongMethod = await call(`${gw}/quote`, { method: "PUT", body: "{}" });
    assertError(wrongMethod, 405, "E_METHOD_NOT_ALLOWED");
    assert.equal(wrongMethod.headers.get("allow"), "POST");
    assert.match(wrongMethod.body.error.message, /\/quote is served for POST, not PUT/);
  });

  it("--http \"PUT /echo\": the body is the input, the run carries ctx.trigger; without wait, 202 and the run id", async () => {
    const r = await deploy(echoFile(), "--name", "echo", "--http", "put /echo");
    assert.equal(r.code, 0, describeResult(r));
    const a = await call(`${gw}/echo?wait=30s`, { method: "PUT", body: '{"say": "hi"}' });
    assert.equal(a.status, 200, JSON.stringify(a.body));
    const { said, trigger } = a.body.result;
    assert.equal(said, "hi");
    assert.equal(trigger.kind, "http");
    assert.equal(trigger.source, "PUT /echo");
    assert.match(trigger.eventId, /^req-[0-9a-f-]{36}$/);
    assert.equal(typeof trigger.receivedAtMs, "number");
    const later = await call(`${gw}/echo`, { method: "PUT" });
    assert.equal(later.status, 202, JSON.stringify(later.body));
    assert.equal(later.headers.get("location"), `/v1/runs/${later.body.run_id}`);
    const doc = await call(`${gw}/v1/openapi.json`);
    assert.ok(doc.body.paths["/echo"]?.put, "the OpenAPI document lists the route");
    assert.ok(doc.body.paths["/quote"]?.post, "the OpenAPI document lists the route");
  });

  it("Idempotency-Key: the same key on the route gives the same run (its event id), another key another run", async () => {
    const put = (key: string, say: string) => call(`${gw}/echo?wait=30s`, { method: "PUT", body: JSON.stringify({ say }), headers: { "idempotency-key": key } });
    const [a, b] = await Promise.all([put("order-17", "first"), put("order-17", "second")]);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(b.status, 200, JSON.stringify(b.body));
    assert.equal(a.body.run_id, b.body.run_id);
    assert.equal(a.body.result.trigger.eventId, "order-17");
    const again = await put("order-17", "third");
    assert.deepEqual(again.body, a.body, "an ended run is answered from its record");
    const other = await put("order-18", "fourth");
    assert.notEqual(other.body.run_id, a.body.run_id);
    const runs = (await listRunRecords(cluster!.bus)).filter((rec) => rec.origin?.deployment === "echo");
    const keyed = runs.filter((rec) => rec.origin?.trigger?.eventId === "order-17");
    assert.equal(keyed.length, 1, "one run for the key");
  });

  it("a route answers 413 for a body over the input limit, and 401 without the gateway's token", async () => {
    assertError(await call(`${gw}/quote`, { method: "POST", body: JSON.stringify({ data: "x".repeat(600 * 1024) }) }), 413, "E_PAYLOAD_TOO_LARGE");
    const g = await startGateway((a, o) => cluster!.spawn(a, o), cluster!.url, ["--token", "s3cret"]);
    assertError(await call(`${g.url}/quote?wait=30s`, { method: "POST", body: "{}" }), 401, "E_UNAUTHORIZED");
    const ok = await call(`${g.url}/quote?wait=30s`, { method: "POST", body: '{"items": [{"sku": "gadget", "qty": 1}]}', headers: { authorization: "Bearer s3cret" } });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.result.total, 30);
    await g.proc.stop();
  });

  it("a route another deployment declares, or a bad --http, is refused with exit 2; a redeploy keeps its route", async () => {
    const clash = await deploy(echoFile(), "--name", "echo2", "--http", "POST /quote");
    assert.equal(clash.code, 2, describeResult(clash));
    assert.match(clash.stderr, /deployment "quote" already serves that route/);
    const again = await deploy("examples/api.ts");
    assert.equal(again.code, 0, describeResult(again));
    for (const [flag, why] of [
      ["FETCH /x", /method must be one of GET, POST, PUT, PATCH, DELETE/],
      ["POST x", /must start with "\/"/],
      ["POST /v1/runs", /gateway's own API/],
      ["POST /orders/:id", /parameter or wildcard/],
      ["/only-a-path", /expected "METHOD \/path"/],
    ] as const) {
      const r = await deploy(echoFile(), "--name", "echo3", "--http", flag);
      assert.equal(r.code, 2, `${flag}: ${describeResult(r)}`);
      assert.match(r.stderr, why);
    }
    const batched = await deploy(echoFile(), "--name", "echo3", "--http", "POST /b", "--batch", "5");
    assert.equal(batched.code, 2, describeResult(batched));
    assert.match(batched.stderr, /cannot be batched/);
  });

  it("undeploy: the route is 404; deployed again, it is served again", async () => {
    assert.equal((await call(`${gw}/echo?wait=30s`, { method: "PUT" })).status, 200);
    const r = await runCli(["undeploy", "echo", "--nats", cluster!.url]);
    assert.equal(r.code, 0, describeResult(r));
    assertError(await call(`${gw}/echo?wait=30s`, { method: "PUT" }), 404, "E_ROUTE_NOT_FOUND");
    const back = await deploy(echoFile(), "--name", "echo-again", "--http", "PUT /echo");
    assert.equal(back.code, 0, describeResult(back));
    const a = await call(`${gw}/echo?wait=30s`, { method: "PUT", body: '{"say": "back"}' });
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(a.body.result.said, "back");
  });
});
