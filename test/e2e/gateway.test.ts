/**
 * End to end, the HTTP gateway: a real nats-server, `weft coordinator`, two workers, and
 * `weft gateway` as CLI processes on free ports, talked to with Node's fetch; workflows are
 * deployed with `weft deploy`. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { describeResult, parseLogLines, runCli, startCli, startCluster, type CliProcess, type Cluster } from "../helpers/cli.js";
import { assertError, call, startGateway } from "../helpers/gateway.js";
import { hasNatsServer, startNats, waitFor } from "../helpers/nats.js";

/** `weft deploy FILE --name NAME` on the NATS at `url`. */
async function deploy(url: string, file: string, name: string): Promise<void> {
  const r = await runCli(["deploy", file, "--name", name, "--nats", url]);
  assert.equal(r.code, 0, describeResult(r));
  assert.match(r.stdout, new RegExp(`^${name}@[0-9a-f]{12}\n$`));
}

/** The events of a Server-Sent Events text. */
function sseEvents(text: string): { id: string; data: Record<string, unknown> }[] {
  const out: { id: string; data: Record<string, unknown> }[] = [];
  for (const block of text.split("\n\n")) {
    const id = /^id: (.*)$/m.exec(block)?.[1];
    const data = /^data: (.*)$/m.exec(block)?.[1];
    if (id !== undefined && data !== undefined) out.push({ id, data: JSON.parse(data) as Record<string, unknown> });
  }
  return out;
}

describe("e2e: weft gateway (HTTP) on a cluster of separate processes", function () {
  this.timeout(60_000);
  let cluster: Cluster | undefined;
  let gw = "";
  let gateway: CliProcess | undefined;
  /** A succeeded run of hello (n = 3), shared by the run routes' tests. */
  let helloRun = "";

  before(async function () {
    if (!hasNatsServer()) this.skip();
    cluster = await startCluster(["wa", "wb"]);
    await deploy(cluster.url, "examples/hello.ts", "hello");
    await deploy(cluster.url, "test/fixtures/slow.ts", "slow");
    const g = await startGateway((a, o) => cluster!.spawn(a, o), cluster.url);
    gateway = g.proc;
    gw = g.url;
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
  });

  it("POST /v1/workflows/NAME/runs?wait: 200 with the result of a run that ends in time", async () => {
    const a = await call(`${gw}/v1/workflows/hello/runs?wait=30s`, { method: "POST", body: '{"n": 3}', headers: { "content-type": "application/json" } });
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(a.body.state, "succeeded");
    assert.equal(a.body.result, 15);
    assert.match(a.body.run_id, /^[A-Za-z0-9_-]+$/);
    helloRun = a.body.run_id;
  });

  it("POST ...?wait: a failed run is 200 with state failed and the error", async () => {
    const a = await call(`${gw}/v1/workflows/hello/runs?wait=30s`, { method: "POST", body: '{"n": "x"}' });
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(a.body.state, "failed");
    assert.equal(a.body.result, null);
    assert.equal(typeof a.body.error.code, "string");
    assert.match(a.body.error.message, /"n" must be a number/);
  });

  it("POST without wait: 202, the run id and Location; with a wait too short: 202 with Location", async () => {
    const a = await call(`${gw}/v1/workflows/hello/runs`, { method: "POST" });
    assert.equal(a.status, 202, JSON.stringify(a.body));
    assert.deepEqual(Object.keys(a.body), ["run_id"]);
    assert.equal(a.headers.get("location"), `/v1/runs/${a.body.run_id}`);
    const slow = await call(`${gw}/v1/workflows/slow/runs?wait=200ms`, { method: "POST", body: '{"ms": 20000}' });
    assert.equal(slow.status, 202, JSON.stringify(slow.body));
    assert.equal(slow.headers.get("location"), `/v1/runs/${slow.body.run_id}`);
    // cancel: 202, then 409 once it has ended
    const c = await call(`${gw}/v1/runs/${slow.body.run_id}/cancel`, { method: "POST" });
    assert.equal(c.status, 202, JSON.stringify(c.body));
    assert.equal(c.body.run_id, slow.body.run_id);
    await waitFor(async () => (await call(`${gw}/v1/runs/${slow.body.run_id}`)).body.state === "cancelled", { timeoutMs: 20_000 });
    assertError(await call(`${gw}/v1/runs/${slow.body.run_id}/cancel`, { method: "POST" }), 409, "E_CONFLICT");
  });

  it("Idempotency-Key: the same key gives the same run; another key another run", async () => {
    const post = (key: string) => call(`${gw}/v1/workflows/hello/runs?wait=30s`, { method: "POST", body: '{"n": 2}', headers: { "idempotency-key": key } });
    const [a, b] = await Promise.all([post("k-1"), post("k-1")]);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(b.status, 200, JSON.stringify(b.body));
    assert.equal(a.body.run_id, b.body.run_id);
    assert.equal(a.body.result, 8);
    const again = await post("k-1"); // the run has ended: answered from its record
    assert.deepEqual(again.body, { run_id: a.body.run_id, state: "succeeded", result: 8 });
    const other = await post("k-2");
    assert.notEqual(other.body.run_id, a.body.run_id);
  });

  it("Idempotency-Key sent twice is 400, not one key \"k1, k2\" (Node joined them and the run started)", async () => {
    const { hostname, port } = new URL(gw);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { hostname, port, method: "POST", path: "/v1/workflows/hello/runs", headers: { "idempotency-key": ["k-a", "k-b"], "content-type": "application/json" } },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.end('{"n": 2}');
    });
    assert.equal(answer.status, 400, answer.body);
    const error = (JSON.parse(answer.body) as { error: { code: string; message: string } }).error;
    assert.equal(error.code, "E_INVALID_INPUT");
    assert.match(error.message, /Idempotency-Key must be given once/);
  });

  it("GET /v1/workflows lists the deployments", async () => {
    const a = await call(`${gw}/v1/workflows`);
    assert.equal(a.status, 200);
    assert.deepEqual(
      a.body.workflows.map((w: { name: string; workflow: string }) => `${w.name}:${w.workflow}`),
      ["hello:hello", "slow:slow"],
    );
    assert.match(a.body.workflows[0].version, /^[0-9a-f]{12}$/);
  });

  it("GET /v1/runs/ID is what `weft status --json` prints", async () => {
    assert.ok(helloRun, "needs the run of the first test");
    const a = await call(`${gw}/v1/runs/${helloRun}`);
    assert.equal(a.status, 200);
    const cli = await runCli(["status", helloRun, "--json", "--nats", cluster!.url]);
    assert.equal(cli.code, 0, describeResult(cli));
    assert.deepEqual(a.body, JSON.parse(cli.stdout));
    assert.equal(a.body.state, "succeeded");
    assert.equal(a.body.deployment, "hello");
  });

  it("GET /v1/runs/ID/events: the lines of `weft logs --json` as SSE, resumable after Last-Event-ID", async () => {
    assert.ok(helloRun, "needs the run of the first test");
    const res = await fetch(`${gw}/v1/runs/${helloRun}/events`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/event-stream/);
    const events = sseEvents(await res.text()); // ends: the run has ended
    const cli = await runCli(["logs", helloRun, "--json", "--nats", cluster!.url]);
    // The same lines: the stream in log order (it resumes by position), `weft logs` in time order.
    const byTime = (lines: unknown[]) => lines.map((l) => JSON.stringify(l)).sort();
    assert.deepEqual(byTime(events.map((e) => e.data)), byTime(parseLogLines(cli.stdout)));
    assert.equal(events.at(-1)!.data.to, "succeeded");
    assert.equal(new Set(events.map((e) => e.id)).size, events.length, "ids are unique");
    for (const e of events) assert.match(e.id, /^\d+\.\d+$/);
    const from = 2;
    const rest = await fetch(`${gw}/v1/runs/${helloRun}/events`, { headers: { "last-event-id": events[from]!.id } });
    assert.deepEqual(sseEvents(await rest.text()), events.slice(from + 1));
    assertError(await call(`${gw}/v1/runs/${helloRun}/events`, { headers: { "last-event-id": "nonsense" } }), 400);
  });

  it("GET /v1/runs/ID/events of a live run streams until the run ends", async () => {
    const a = await call(`${gw}/v1/workflows/slow/runs`, { method: "POST", body: '{"ms": 1000}' });
    assert.equal(a.status, 202);
    const events = sseEvents(await (await fetch(`${gw}/v1/runs/${a.body.run_id}/events`)).text());
    assert.equal(events[0]!.data.to, "submitted");
    assert.equal(events.at(-1)!.data.to, "succeeded");
    assert.ok(events.some((e) => e.data.type === "log" && e.data.msg === "waiting 1000 ms"));
  });

  it("errors: 400 bad JSON or input, 404 unknown workflow, run or route, 413 too large", async () => {
    const post = (path: string, body?: string) => call(`${gw}${path}`, { method: "POST", ...(body !== undefined ? { body } : {}) });
    assertError(await post("/v1/workflows/hello/runs", "{nope"), 400, "E_INVALID_INPUT");
    assertError(await post("/v1/workflows/hello/runs", "[1, 2]"), 400, "E_INVALID_INPUT");
    assertError(await post("/v1/workflows/hello/runs?wait=forever"), 400, "E_INVALID_INPUT");
    assertError(await post("/v1/workflows/nope/runs", "{}"), 404, "E_NOT_FOUND");
    assertError(await post("/v1/workflows/no.such/runs", "{}"), 404, "E_NOT_FOUND");
    assertError(await call(`${gw}/v1/runs/r-nope`), 404, "E_NOT_FOUND");
    assertError(await call(`${gw}/v1/runs/r-nope/events`), 404, "E_NOT_FOUND");
    assertError(await post("/v1/runs/r-nope/cancel"), 404, "E_NOT_FOUND");
    assertError(await call(`${gw}/v1/nothing-here`), 404, "E_ROUTE_NOT_FOUND");
    // A route of the API asked with another method: 405 with the methods it is served for, as a trigger's route.
    for (const [method, path, allow] of [["PUT", "/v1/workflows/hello/runs", "POST"], ["GET", "/v1/runs/r-nope/cancel", "POST"], ["DELETE", "/v1/runs/r-nope", "GET"]] as const) {
      const wrong = await call(`${gw}${path}`, { method, ...(method === "PUT" ? { body: "{}" } : {}) });
      assertError(wrong, 405, "E_METHOD_NOT_ALLOWED");
      assert.equal(wrong.headers.get("allow"), allow, `${method} ${path}`);
    }
    // The input limit of `weft submit`: half of max_payload (1 MiB by default).
    const big = JSON.stringify({ data: "x".repeat(600 * 1024) });
    assertError(await post("/v1/workflows/hello/runs", big), 413, "E_PAYLOAD_TOO_LARGE");
    const huge = JSON.stringify({ data: "x".repeat(2 * 1024 * 1024) });
    // Past the limit the server answers 413 and closes without reading the rest: a client still
    // writing may see the connection closed instead of the answer (EPIPE, once in a loaded run).
    const answer = await post("/v1/workflows/hello/runs", huge).catch((err: Error) => {
      const code = (err.cause as { code?: string } | undefined)?.code;
      if (code === "EPIPE" || code === "ECONNRESET") return undefined;
      throw err;
    });
    if (answer) assertError(answer, 413, "E_PAYLOAD_TOO_LARGE");
  });

  it("runs a deployment; once it is undeployed, 404", async () => {
    await deploy(cluster!.url, "examples/hello.ts", "gone");
    assert.equal((await call(`${gw}/v1/workflows/gone/runs?wait=30s`, { method: "POST" })).body.result, 15);
    const r = await runCli(["undeploy", "gone", "--nats", cluster!.url]);
    assert.equal(r.code, 0, describeResult(r));
    assertError(await call(`${gw}/v1/workflows/gone/runs`, { method: "POST" }), 404, "E_NOT_FOUND");
    assert.ok(!(await call(`${gw}/v1/workflows`)).body.workflows.some((w: { name: string }) => w.name === "gone"));
  });

  it("every operation of /v1/openapi.json is served, with a documented status", async () => {
    const doc = await call(`${gw}/v1/openapi.json`);
    assert.equal(doc.status, 200);
    assert.equal(doc.body.openapi, "3.1.0");
    const operations: string[] = [];
    for (const [path, item] of Object.entries(doc.body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)) {
      for (const [method, op] of Object.entries(item)) {
        const url = gw + path.replace("{id}", helloRun).replace("{name}", "hello");
        const a = await call(url, { method: method.toUpperCase(), ...(method === "post" && path.includes("workflows") ? { body: '{"n": 1}' } : {}) });
        assert.notEqual(a.body?.error?.code, "E_ROUTE_NOT_FOUND", `${method} ${path} is not served`);
        assert.ok(String(a.status) in op.responses, `${method} ${path} answered ${a.status}, not among its documented responses`);
        operations.push(`${method} ${path}`);
      }
    }
    assert.deepEqual(operations.sort(), [
      "get /v1/openapi.json",
      "get /v1/runs/{id}",
      "get /v1/runs/{id}/events",
      "get /v1/workflows",
      "post /v1/runs/{id}/cancel",
      "post /v1/workflows/{name}/runs",
    ]);
  });

  it("with a token: 401 without it or with another, served with it; the OpenAPI document is open", async () => {
    const g = await startGateway((a, o) => cluster!.spawn(a, o), cluster!.url, [], { WEFT_GATEWAY_TOKEN: "s3cret" });
    const none = await call(`${g.url}/v1/workflows`);
    assertError(none, 401, "E_UNAUTHORIZED");
    assert.match(none.headers.get("www-authenticate") ?? "", /^Bearer/);
    assertError(await call(`${g.url}/v1/workflows`, { headers: { authorization: "Bearer s3cre" } }), 401);
    assertError(await call(`${g.url}/v1/runs/${helloRun}/events`, { headers: { authorization: "s3cret" } }), 401);
    assert.equal((await call(`${g.url}/v1/workflows`, { headers: { authorization: "Bearer s3cret" } })).status, 200);
    assert.equal((await call(`${g.url}/v1/openapi.json`)).status, 200);
    // --token wins over the environment
    const h = await startGateway((a, o) => cluster!.spawn(a, o), cluster!.url, ["--token", "flag-token"], { WEFT_GATEWAY_TOKEN: "s3cret" });
    assert.equal((await call(`${h.url}/v1/workflows`, { headers: { authorization: "Bearer flag-token" } })).status, 200);
    assertError(await call(`${h.url}/v1/workflows`, { headers: { authorization: "Bearer s3cret" } }), 401);
    assert.deepEqual(await g.proc.stop(), { code: 0, signal: null });
    await h.proc.stop();
  });

  it("SIGTERM closes the gateway cleanly (exit 0), an open event stream too", async () => {
    const g = await startGateway((a, o) => cluster!.spawn(a, o), cluster!.url);
    const a = await call(`${g.url}/v1/workflows/slow/runs`, { method: "POST", body: '{"ms": 20000}' });
    const stream = fetch(`${g.url}/v1/runs/${a.body.run_id}/events`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 500));
    const exit = await g.proc.stop(10_000);
    assert.deepEqual(exit, { code: 0, signal: null }, g.proc.stderr());
    assert.ok(sseEvents(await stream).length >= 1);
    await call(`${gw}/v1/runs/${a.body.run_id}/cancel`, { method: "POST" });
    assert.ok(gateway!.running());
  });
});

describe("e2e: weft gateway without a coordinator, and without NATS", function () {
  this.timeout(60_000);

  it("503 when no coordinator answers, and when NATS is down, with Retry-After (it had none); the OpenAPI document still served", async function () {
    if (!hasNatsServer()) this.skip();
    const nats = await startNats();
    const procs: CliProcess[] = [];
    try {
      await deploy(nats.url, "examples/hello.ts", "hello");
      const g = await startGateway((a, o) => {
        const p = startCli(a, o);
        procs.push(p);
        return p;
      }, nats.url);
      const noCoordinator = await call(`${g.url}/v1/workflows/hello/runs`, { method: "POST", body: "{}" });
      assertError(noCoordinator, 503, "E_INFRASTRUCTURE");
      assert.equal(noCoordinator.headers.get("retry-after"), "2", "a 503 says when to try again");
      // With ?wait the run's log is followed while it is submitted: a follower that cannot start
      // is the same 503, not a rejection nobody handles that ends the gateway.
      assertError(await call(`${g.url}/v1/workflows/hello/runs?wait=2s`, { method: "POST", body: "{}" }), 503, "E_INFRASTRUCTURE");
      assert.ok(g.proc.running(), `weft gateway exited:\n${g.proc.stderr()}`);
      assertError(await call(`${g.url}/v1/workflows/hello/runs?wait=2s`, { method: "POST", body: "{}" }), 503, "E_INFRASTRUCTURE");
      await nats.stop();
      await waitFor(() => g.proc.stderr().includes("NATS disconnected") || g.proc.stderr().includes("NATS reconnecting"), { timeoutMs: 10_000 });
      const natsDown = await call(`${g.url}/v1/workflows`);
      assertError(natsDown, 503, "E_UNAVAILABLE");
      assert.equal(natsDown.headers.get("retry-after"), "2", "a 503 says when to try again");
      // The API's description needs no NATS: it is served while NATS is away (it answered 503).
      const doc = await call(`${g.url}/v1/openapi.json`);
      assert.equal(doc.status, 200, `GET /v1/openapi.json with NATS down: ${JSON.stringify(doc.body)}`);
      assert.equal(doc.body.openapi, "3.1.0");
    } finally {
      for (const p of procs) await p.stop();
      await nats.stop().catch(() => {});
    }
  });
});
