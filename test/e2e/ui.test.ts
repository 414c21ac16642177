/**
 * End to end, the web view in a real browser: a nats-server, `weft coordinator`, two workers
 * and `weft ui` as CLI processes, and Debian's chromium driven by playwright-core. A run with
 * a failing node is watched live on its page (the nodes reach their states, the failed node's
 * error and stack are read), the runs list, workers and deployments pages render, and a run is
 * cancelled with the page's button. Spawns the COMPILED CLI (and dist/ui): build first.
 *
 * With WEFT_UI_SCREENSHOTS=DIR the pages are saved as DIR/ui-*.png (docs/ holds the ones the
 * docs show: `WEFT_UI_SCREENSHOTS=docs npx mocha ... test/e2e/ui.test.ts`).
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describeResult, REPO_ROOT, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasChromium, launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { hasNatsServer } from "../helpers/nats.js";

/** How long the page may take to show what the test waits for. */
const SEEN_MS = 20_000;

const shotsDir = process.env.WEFT_UI_SCREENSHOTS ? resolve(REPO_ROOT, process.env.WEFT_UI_SCREENSHOTS) : undefined;

async function shot(page: Page, name: string): Promise<void> {
  if (shotsDir) await page.screenshot({ path: join(shotsDir, `ui-${name}.png`), fullPage: true });
}

/** `weft submit FILE --input JSON` on the cluster; the run id. */
async function submit(url: string, file: string, input: unknown): Promise<string> {
  const r = await runCli(["submit", file, "--nats", url, "--input", JSON.stringify(input)]);
  assert.equal(r.code, 0, describeResult(r));
  return r.stdout.trim();
}

describe("e2e: weft ui (the web view) in headless Chromium", function () {
  this.timeout(90_000);
  let cluster: Cluster | undefined;
  let browser: TestBrowser | undefined;
  let page: Page;
  let ui = "";
  let failedRun = "";
  const pageErrors: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), "weft-ui-e2e-"));

  before(async function () {
    if (!hasNatsServer() || !hasChromium()) this.skip();
    cluster = await startCluster(["wa", "wb"]);
    const proc = cluster.spawn(["ui", "--nats", cluster.url, "--port", "0"]);
    ui = (await proc.waitForStderr(/the web view is at http:\/\//)).match(/(http:\/\/\S+)/)![1]!;
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on("pageerror", (err) => pageErrors.push(err.message));
  });

  after(async function () {
    this.timeout(30_000);
    await browser?.close();
    await cluster?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("a run's page: the graph's nodes reach their states live, and the failed node shows its error and stack", async () => {
    const gate = join(scratch, "gate");
    failedRun = await submit(cluster!.url, "test/fixtures/ui-orders.ts", { items: 6, gate });
    await page.goto(`${ui}/runs/${failedRun}`);
    // The map waits at the gate: the page shows the run going on.
    await page.waitForSelector('[data-run-state="running"]', { timeout: SEEN_MS });
    await page.waitForSelector('[data-node="orders"][data-state="succeeded"]', { timeout: SEEN_MS });
    await page.waitForSelector('[data-node="price"][data-state="running"]', { timeout: SEEN_MS });
    assert.equal(await page.getAttribute('[data-node="charge"]', "data-state"), "pending");
    await shot(page, "run-live");
    writeFileSync(gate, "");
    // Without a reload, the same page sees the run end.
    await page.waitForSelector('[data-node="charge"][data-state="failed"]', { timeout: SEEN_MS });
    await page.waitForSelector('[data-run-state="failed"]', { timeout: SEEN_MS });
    for (const node of ["orders", "price", "total", "count"]) {
      assert.equal(await page.getAttribute(`[data-node="${node}"]`, "data-state"), "succeeded", node);
    }
    assert.equal(await page.getAttribute('[data-node="receipt"]', "data-state"), "pending");
    assert.match(await page.textContent('[data-node="price"]') ?? "", /6\/6 ok/);
    assert.match(await page.textContent('[data-node="receipt"]') ?? "", /not run/);
    assert.match(await page.textContent('[data-node="charge"]') ?? "", /1 failed · 1 retries/);
    // Each edge shows its records and bytes, in memory and over NATS.
    const status = (await (await fetch(`${ui}/v1/runs/${failedRun}`)).json()) as { edges: { from: string; to: string; records: number; nats_bytes: number }[] };
    const figures = status.edges.find((e) => e.from === "price" && e.to === "total")!;
    const edge = (await page.textContent('[data-edge="price->total"]')) ?? "";
    assert.ok(edge.includes(`${figures.records} records`), edge);
    assert.ok(edge.includes(`${figures.nats_bytes} B over NATS`), edge);
    assert.match(edge, /in memory/);

    await page.click('[data-node="charge"]');
    const panel = page.locator('[data-panel-node="charge"]');
    await panel.waitFor({ timeout: SEEN_MS });
    await panel.locator("pre.stack").first().waitFor({ timeout: SEEN_MS });
    const text = (await panel.textContent()) ?? "";
    assert.match(text, /charge failed on attempt 2 on w[ab]: E_USER_CODE card declined for 150 on attempt 2/);
    assert.match((await panel.locator("pre.stack").first().textContent()) ?? "", /Error: card declined for 150 on attempt 2\n\s+at .*ui-orders\.ts:\d+/);
    // Both attempts, with their worker and outcome.
    const rows = await panel.locator("table.tasks tbody tr").allTextContents();
    assert.equal(rows.length, 2, rows.join("\n"));
    assert.match(rows[0]!, /charge\s*failed\s*1\s*w[ab].*retrying/);
    assert.match(rows[1]!, /2\s*w[ab].*failed/);
    assert.match(page.url(), /\?node=charge$/);
    await shot(page, "run");
  });

  it("a run's log filters by node, state and worker", async () => {
    await page.goto(`${ui}/runs/${failedRun}`);
    await page.waitForSelector('[data-run-state="failed"]', { timeout: SEEN_MS });
    await page.waitForSelector(".log-line.log-run[data-to='failed']", { timeout: SEEN_MS });
    await page.selectOption('select[name="node"]', "charge");
    const charge = await page.locator(".log-line").allTextContents();
    assert.ok(charge.length >= 4, charge.join("\n"));
    for (const l of charge) assert.match(l, / charge /);
    await page.selectOption('select[name="state"]', "failed");
    const failed = await page.locator(".log-line").allTextContents();
    assert.equal(failed.length, 1, failed.join("\n"));
    assert.match(failed[0]!, /charge running → failed on w[ab] \(attempt 2\).*card declined/);
    await page.selectOption('select[name="node"]', "");
    await page.selectOption('select[name="state"]', "succeeded");
    const worker = (await page.locator('select[name="worker"] option').allTextContents()).filter((w) => w !== "any");
    assert.deepEqual(worker.sort(), ["wa", "wb"]);
    await page.selectOption('select[name="worker"]', "wa");
    const onWa = await page.locator(".log-line").allTextContents();
    for (const l of onWa) assert.match(l, /→ succeeded on wa/);
  });

  it("the runs list: every run, live, filtered by state and workflow", async () => {
    const ok = await submit(cluster!.url, "examples/hello.ts", { n: 3 });
    await page.goto(ui);
    await page.waitForSelector(`tr[data-run="${ok}"] .state-succeeded`, { timeout: SEEN_MS });
    await page.waitForSelector(`tr[data-run="${failedRun}"] .state-failed`, { timeout: SEEN_MS });
    assert.match((await page.textContent(`tr[data-run="${failedRun}"]`)) ?? "", /ui-orders.*E_USER_CODE: task charge failed/);
    await shot(page, "runs");
    await page.selectOption('select[name="state"]', "failed");
    await page.waitForSelector(`tr[data-run="${ok}"]`, { state: "detached", timeout: SEEN_MS });
    assert.ok(await page.isVisible(`tr[data-run="${failedRun}"]`));
    assert.match(page.url(), /\?state=failed$/);
    await page.selectOption('select[name="state"]', "");
    await page.selectOption('select[name="workflow"]', "hello");
    await page.waitForSelector(`tr[data-run="${failedRun}"]`, { state: "detached", timeout: SEEN_MS });
    assert.ok(await page.isVisible(`tr[data-run="${ok}"]`));
    // Live: a run submitted now appears without a reload.
    const next = await submit(cluster!.url, "examples/hello.ts", { n: 4 });
    await page.waitForSelector(`tr[data-run="${next}"]`, { timeout: SEEN_MS });
    // A row's link opens its run.
    await page.click(`tr[data-run="${ok}"] a`);
    await page.waitForSelector('[data-node="sum"][data-state="succeeded"]', { timeout: SEEN_MS });
    assert.match((await page.textContent(".result")) ?? "", /15/);
  });

  it("the workers page: each worker's slots, running tasks and last heartbeat", async () => {
    await page.goto(`${ui}/workers`);
    for (const w of ["wa", "wb"]) await page.waitForSelector(`tr[data-worker="${w}"] .state-live`, { timeout: SEEN_MS });
    const row = (await page.textContent('tr[data-worker="wa"]')) ?? "";
    assert.match(row, /^walive\d+/);
    assert.match(row, /ms ago|s ago/);
    await shot(page, "workers");
  });

  it("the deployments page: each deployment with its triggers", async () => {
    const d = await runCli(["deploy", "examples/hello.ts", "--name", "hello-ui", "--subject", "ui.e2e.hello", "--nats", cluster!.url]);
    assert.equal(d.code, 0, describeResult(d));
    await page.goto(`${ui}/deployments`);
    await page.waitForSelector('tr[data-deployment="hello-ui"]', { timeout: SEEN_MS });
    assert.match((await page.textContent('tr[data-deployment="hello-ui"]')) ?? "", /hello-ui[0-9a-f]{12}hello.*ui\.e2e\.hello/);
    await shot(page, "deployments");
  });

  it("the cancel button cancels a running run", async () => {
    const slow = await submit(cluster!.url, "test/fixtures/slow.ts", { ms: 60_000 });
    await page.goto(`${ui}/runs/${slow}`);
    await page.waitForSelector('[data-node="wait"][data-state="running"]', { timeout: SEEN_MS });
    await page.click("button.cancel");
    await page.waitForSelector('[data-run-state="cancelled"]', { timeout: SEEN_MS });
    assert.equal(await page.isVisible("button.cancel"), false);
    const r = await runCli(["status", slow, "--json", "--nats", cluster!.url]);
    assert.equal((JSON.parse(r.stdout) as { state: string }).state, "cancelled");
  });

  it("the page threw no error", () => {
    assert.deepEqual(pageErrors, []);
  });
});
