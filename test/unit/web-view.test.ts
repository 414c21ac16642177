/**
 * The web view's server parts without a browser: the runs list's filter and rows, a run's
 * graph as the page draws it, the workers from heartbeats (MemoryBus, simulated clock) and
 * the static files (paths that leave the folder, unknown API routes, gzip).
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import Fastify from "fastify";
import { SimulatedClock } from "../../engine/base/clock.js";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import type { RunRecord } from "../../engine/coordinator/run-store.js";
import { subjects } from "../../engine/subjects.js";
import { filterRuns, runGraphJson } from "../../engine/ui/run-list.js";
import { staticFiles } from "../../engine/ui/static-files.js";
import { SILENT_AFTER_MS, WorkerBoard } from "../../engine/ui/worker-board.js";
import { decodeMessage, encodeMessage, graphToWire, pb } from "../../engine/wire/protocol.js";
import { DEFAULT_RETRY, type NodeSpec } from "../../model/graph.js";

const node = (name: string, kind: NodeSpec["kind"], deps: string[] = []): NodeSpec => ({
  name,
  kind,
  deps,
  inputShape: deps.length ? "single" : "none",
  retry: { ...DEFAULT_RETRY, maxAttempts: name === "charge" ? 3 : 1 },
  timeoutMs: 0,
  hasInit: false,
  sizeHint: 0,
  op: "",
  partitions: 0,
  partitionsFromInput: false,
  routing: deps.map(() => "value"),
});

/** A run record as the coordinator writes it (through the wire, so defaults are the wire's). */
function record(runId: string, workflow: string, state: string, submittedAtMs: number): RunRecord {
  const graph = { name: workflow, nodes: [node("orders", "task"), node("price", "map", ["orders"]), node("charge", "task", ["price"])] };
  const bytes = encodeMessage(pb.RunRecord, {
    runId,
    workflow,
    state,
    submittedAtMs,
    tasksTotal: 3,
    tasksDone: 1,
    graph: graphToWire(graph),
    placement: { workers: ["wa", "wb"], nodeWorker: { orders: 0, charge: 1 } },
    ...(state === "failed" ? { endedAtMs: submittedAtMs + 10, error: { code: "E_USER_CODE", message: "task charge failed" } } : {}),
  });
  return decodeMessage(pb.RunRecord, bytes, (r) => assert.fail(r))!;
}

describe("web view: the server's parts", () => {
  it("filterRuns keeps the order given, filters by state and workflow, stops at the limit", () => {
    const runs = [record("r3", "orders", "running", 3000), record("r2", "hello", "failed", 2000), record("r1", "orders", "failed", 1000)];
    assert.deepEqual(filterRuns(runs, {}, 10).map((r) => r.run), ["r3", "r2", "r1"]);
    assert.deepEqual(filterRuns(runs, { state: "failed" }, 10).map((r) => r.run), ["r2", "r1"]);
    assert.deepEqual(filterRuns(runs, { workflow: "orders" }, 10).map((r) => r.run), ["r3", "r1"]);
    assert.deepEqual(filterRuns(runs, { state: "failed", workflow: "orders" }, 10).map((r) => r.run), ["r1"]);
    assert.deepEqual(filterRuns(runs, {}, 2).map((r) => r.run), ["r3", "r2"]);
    const row = filterRuns(runs, { state: "failed" }, 1)[0]!;
    assert.deepEqual(row, {
      run: "r2",
      workflow: "hello",
      state: "failed",
      deployment: null,
      trigger: null,
      submitted: new Date(2000).toISOString(),
      ended: new Date(2010).toISOString(),
      tasks_done: 1,
      tasks_total: 3,
      error: { code: "E_USER_CODE", message: "task charge failed" },
    });
  });

  it("runGraphJson: nodes in order with their upstreams, kinds, attempts and the worker of single-instance nodes", () => {
    const g = runGraphJson(record("r1", "orders", "running", 0));
    assert.equal(g.workflow, "orders");
    assert.deepEqual(
      g.nodes.map((n) => [n.name, n.kind, n.deps, n.max_attempts, n.worker]),
      [
        ["orders", "task", [], 1, "wa"],
        // A map node spreads over the workers: no one worker to name.
        ["price", "map", ["orders"], 1, null],
        ["charge", "task", ["price"], 3, "wb"],
      ],
    );
  });

  it("WorkerBoard lists each worker's last heartbeat, silent after SILENT_AFTER_MS", async () => {
    const broker = new MemoryBroker();
    const bus = connectMemoryBus(broker);
    const clock = new SimulatedClock(1_000_000);
    const board = new WorkerBoard(bus, clock);
    const beat = (name: string, running: number) =>
      bus.publish(subjects.workerHeartbeat(name), encodeMessage(pb.WorkerHeartbeat, { name, slots: 4, running, pid: 7, host: "h", startedAtMs: 5, sentAtMs: 6 }));
    beat("wb", 1);
    beat("wa", 3);
    await bus.flush();
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(
      board.list().map((w) => [w.name, w.slots, w.running, w.state, w.silent_ms]),
      [
        ["wa", 4, 3, "live", 0],
        ["wb", 4, 1, "live", 0],
      ],
    );
    clock.advance(SILENT_AFTER_MS + 1);
    beat("wa", 0);
    await bus.flush();
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(
      board.list().map((w) => [w.name, w.running, w.state]),
      [
        ["wa", 0, "live"],
        ["wb", 1, "silent"],
      ],
    );
    board.close();
    await bus.close();
  });

  describe("staticFiles", () => {
    let dir = "";
    before(() => {
      dir = mkdtempSync(join(tmpdir(), "weft-ui-static-"));
      mkdirSync(join(dir, "assets"));
      writeFileSync(join(dir, "index.html"), "<html>page</html>");
      writeFileSync(join(dir, "assets", "app-1.js"), "console.log(1)");
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it("serves assets (cached for good, gzip when asked), the page for every other path, 404 for unknown files and API routes", async () => {
      const app = Fastify();
      staticFiles(app, dir);
      const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers });
      const js = await get("/assets/app-1.js");
      assert.equal(js.statusCode, 200);
      assert.equal(js.body, "console.log(1)");
      assert.match(String(js.headers["content-type"]), /^text\/javascript/);
      assert.match(String(js.headers["cache-control"]), /immutable/);
      const gz = await get("/assets/app-1.js", { "accept-encoding": "gzip, br" });
      assert.equal(gz.headers["content-encoding"], "gzip");
      assert.equal(gunzipSync(gz.rawPayload).toString(), "console.log(1)");
      for (const path of ["/", "/runs/r-1", "/workers?x=1", "/runs/%2e%2e/%2e%2e/etc/passwd"]) {
        const page = await get(path);
        assert.equal(page.statusCode, 200, path);
        assert.equal(page.body, "<html>page</html>", path);
        assert.equal(page.headers["cache-control"], "no-cache");
      }
      // A malformed escape: Fastify refuses it before any route.
      assert.equal((await get("/%zz")).statusCode, 400);
      assert.equal((await get("/assets/none.js")).statusCode, 404);
      assert.equal((await get("/v1/nope")).statusCode, 404);
      await app.close();
    });

    it("a folder without a build is a usage error that says to build", () => {
      assert.throws(
        () => staticFiles(Fastify(), join(dir, "assets")),
        (err: Error & { code?: string }) => err.code === "E_USAGE" && /not built.*npm run build/.test(err.message),
      );
    });
  });
});
