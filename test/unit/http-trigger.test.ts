/** HTTP triggers' pure parts and deploy check: route rules, the --http flag, the route table, and the clash with another deployment. */
import assert from "node:assert/strict";
import type { WorkflowGraph } from "../../model/graph.js";
import type { TriggerSpec } from "../../model/trigger.js";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { triggersOf } from "../../engine/cli/trigger-flags.js";
import { DeploymentStore, type Deployment } from "../../engine/deploy/deployment-store.js";
import { routeTable } from "../../engine/gateway/trigger-routes.js";
import { httpRouteProblem, httpTrigger } from "../../engine/triggers/http-trigger.js";

const deployment = (name: string, triggers: TriggerSpec[], deployedAtMs = 1): Deployment => ({
  name,
  version: "v",
  workflow: name,
  bundleSha256: "0".repeat(64),
  triggers,
  deployedAtMs,
  graph: { name, nodes: [] } as unknown as WorkflowGraph,
});

const usage = (fn: () => unknown, why: RegExp) => assert.throws(fn, (err: { code?: string; message: string }) => err.code === "E_USAGE" && why.test(err.message));

describe("http trigger", () => {
  it("httpRouteProblem: five methods in capitals, a fixed path outside /v1/", () => {
    for (const [method, path] of [["POST", "/quote"], ["GET", "/"], ["DELETE", "/a/b.c/d_e~f-g"], ["PATCH", "/v10"]]) assert.equal(httpRouteProblem(method!, path!), undefined, `${method} ${path}`);
    for (const [method, path, why] of [
      ["post", "/quote", /one of GET, POST/],
      ["HEAD", "/quote", /one of GET, POST/],
      ["POST", "quote", /start with "\/"/],
      ["POST", "/v1", /gateway's own API/],
      ["POST", "/v1/workflows/x/runs", /gateway's own API/],
      ["POST", "/orders/:id", /parameter or wildcard/],
      ["POST", "/files/*", /parameter or wildcard/],
      ["POST", "/a//b", /invalid segment ""/],
      ["POST", "/a/", /invalid segment ""/],
      ["POST", "/a/../b", /invalid segment "\.\."/],
      ["POST", "/a?b=1", /invalid segment/],
      ["POST", "/é", /invalid segment/],
      ["POST", "/" + "a".repeat(300), /more than 200/],
    ] as const) {
      assert.match(httpRouteProblem(method, path) ?? "", why, `${method} ${path}`);
    }
  });

  it('--http "METHOD /path": the method in any case; anything else is E_USAGE', () => {
    assert.deepEqual(triggersOf({ http: "post /quote" }), [{ kind: "http", method: "POST", path: "/quote" }]);
    assert.deepEqual(triggersOf({ http: " GET  /status " }), [{ kind: "http", method: "GET", path: "/status" }]);
    usage(() => triggersOf({ http: "/quote" }), /expected "METHOD \/path"/);
    usage(() => triggersOf({ http: "POST /a b" }), /expected "METHOD \/path"/);
    usage(() => triggersOf({ http: "SEND /x" }), /--http "SEND \/x": the method must be one of/);
  });

  it("routeTable: every http trigger by METHOD /path; on a clash the earliest deployment keeps the route", () => {
    const table = routeTable([
      deployment("late", [{ kind: "http", method: "POST", path: "/q" }], 20),
      deployment("early", [{ kind: "http", method: "POST", path: "/q" }, { kind: "nats", subject: "x" }], 10),
      deployment("other", [{ kind: "http", method: "GET", path: "/q", declared: 0 }], 30),
    ]);
    assert.deepEqual([...table.keys()].sort(), ["GET /q", "POST /q"]);
    assert.equal(table.get("POST /q")!.deployment, "early");
    assert.deepEqual(table.get("GET /q"), { deployment: "other", spec: { kind: "http", method: "GET", path: "/q", declared: 0 } });
  });

  it("check: refuses a route another deployment declares (naming it), a batch, a bad route; a redeploy keeps its own", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    await (await DeploymentStore.open(bus)).put(deployment("quote", [{ kind: "http", method: "POST", path: "/quote" }]));
    const spec = { kind: "http", method: "POST", path: "/quote" } as const;
    await httpTrigger.check(bus, spec, "quote");
    await assert.rejects(httpTrigger.check(bus, spec, "quote2"), /deployment "quote" already serves that route.*weft undeploy quote/);
    await httpTrigger.check(bus, { ...spec, method: "PUT" }, "quote2");
    await assert.rejects(httpTrigger.check(bus, { ...spec, path: "/b", batch: { max: 2, waitMs: 10 } }, "b"), /cannot be batched/);
    await assert.rejects(httpTrigger.check(bus, { ...spec, path: "/v1/x" }, "b"), { code: "E_USAGE" });
    await bus.close();
  });
});
