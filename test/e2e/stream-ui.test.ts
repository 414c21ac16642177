/**
 * End to end, a streaming job in the web view: a nats-server, `weft coordinator`, two workers and
 * `weft ui` as CLI processes, a job deployed with `weft deploy` reading a JetStream stream the
 * test keeps publishing clicks to, and Debian's chromium driven by playwright-core. The Streams
 * page lists the job; its page draws every operator of the job with records per second,
 * watermark, source lag and backpressure changing live, late records and dead letters counted,
 * the same figures `weft status NAME --json` prints; `weft stop` shows on the page.
 * Spawns the COMPILED CLI (and dist/ui): build first.
 *
 * With WEFT_UI_SCREENSHOTS=DIR the job's page is saved as DIR/ui-stream.png.
 */
import assert from "node:assert/strict";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describeResult, REPO_ROOT, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasChromium, launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { hasNatsServer, uid, waitFor } from "../helpers/nats.js";
import { streamFor } from "../helpers/stream-output.js";

/** How long the page may take to show what the test waits for (figures are published every second). */
const SEEN_MS = 30_000;
const JOB = "clicks-ui";
/** The job's operators as the fixture declares them, in order. */
const OPERATORS = ["clicks", "known", "counts", "row", "out", "late", "dead"];

const shotsDir = process.env.WEFT_UI_SCREENSHOTS ? resolve(REPO_ROOT, process.env.WEFT_UI_SCREENSHOTS) : undefined;

/** The text of one figure cell of an operator's row in the page's table. */
async function figure(page: Page, operator: string, name: string): Promise<string> {
  return ((await page.textContent(`tr[data-operator="${operator}"] [data-figure="${name}"]`)) ?? "").trim();
}

/** Waits until an operator's figure (a number) reaches `atLeast`: rates are over the last second, so one read may catch a still moment. */
async function waitForCount(page: Page, operator: string, name: string, atLeast: number): Promise<void> {
  let seen = "";
  await waitFor(async () => Number((seen = await figure(page, operator, name))) >= atLeast, {
    timeoutMs: SEEN_MS,
    intervalMs: 200,
    message: () => `${operator}'s ${name} to reach ${atLeast} (it shows ${JSON.stringify(seen)})`,
  });
}

interface StatusJson {
  v: number;
  job: string;
  state: string;
  operators: { operator: string; kind: string; deps: string[]; measured: boolean; in_per_sec: number; watermark: string | null; lag_ms: number | null }[];
}

describe("e2e: a streaming job in the web view (headless Chromium)", function () {
  this.timeout(150_000);
  let cluster: Cluster | undefined;
  let browser: TestBrowser | undefined;
  let page: Page;
  let ui = "";
  let publisher: ReturnType<typeof setInterval> | undefined;
  const pageErrors: string[] = [];
  const id = uid();
  const env = { WEFT_STREAM_UI_IN: `CLICKS_UI_${id}`.replace(/[^A-Za-z0-9_]/g, "_"), WEFT_STREAM_UI_OUT: `clicks-ui.${id}` };

  before(async function () {
    this.timeout(60_000);
    if (!hasNatsServer() || !hasChromium()) this.skip();
    cluster = await startCluster(["wa", "wb"], { env });
    await cluster.bus.ensureStream(env.WEFT_STREAM_UI_IN, [`clicks-in.${id}`]);
    // The sinks write to JetStream: each output subject needs a stream.
    for (const s of ["", ".late", ".dead"]) await streamFor(cluster.bus, `${env.WEFT_STREAM_UI_OUT}${s}`);
    const proc = cluster.spawn(["ui", "--nats", cluster.url, "--port", "0"]);
    ui = (await proc.waitForStderr(/the web view is at http:\/\//)).match(/(http:\/\/\S+)/)![1]!;
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on("pageerror", (err) => pageErrors.push(err.message));
  });

  after(async function () {
    this.timeout(40_000);
    if (publisher) clearInterval(publisher);
    await browser?.close();
    await cluster?.stop();
  });

  it("lists the job, draws its operators with live rates, watermark, lag and backpressure, and counts late records and dead letters", async () => {
    const c = cluster!;
    const enc = new TextEncoder();
    const publish = (click: unknown) => c.bus.publishDurable(`clicks-in.${id}`, enc.encode(JSON.stringify(click)));
    // Clicks as they happen (event time: now), 20 every 100 ms, for as long as the test runs.
    let n = 0;
    publisher = setInterval(() => {
      for (let i = 0; i < 20; i++) void publish({ user: `u${n++ % 7}`, at: Date.now() }).catch(() => {});
    }, 100);
    // A click whose time cannot be read: a dead letter at the source.
    await publish({ user: "u1", at: "soon" });

    const deployed = await runCli(["deploy", "test/fixtures/stream-ui.ts", "--parallelism", "2", "--checkpoint-interval", "500ms", "--nats", c.url], { env });
    assert.equal(deployed.code, 0, describeResult(deployed));

    // The Streams page lists it, running.
    await page.goto(`${ui}/streams`);
    await page.waitForSelector(`tr[data-stream="${JOB}"] .state-running`, { timeout: SEEN_MS });
    await page.click(`tr[data-stream="${JOB}"] a`);
    await page.waitForSelector('[data-stream-state="running"]', { timeout: SEEN_MS });
    assert.match(page.url(), new RegExp(`/streams/${JOB}$`));

    // Every operator is drawn, linked as declared; records flow through the measured ones.
    for (const op of OPERATORS) await page.waitForSelector(`svg.stream-graph [data-node="${op}"]`, { timeout: SEEN_MS });
    for (const edge of ["clicks->known", "known->counts", "counts->row", "row->out", "counts->late", "counts->dead"]) {
      assert.equal(await page.locator(`[data-edge="${edge}"]`).count(), 1, `edge ${edge}`);
    }
    await page.waitForSelector('[data-node="clicks"][data-state="flowing"]', { timeout: SEEN_MS });
    await page.waitForSelector('[data-node="counts"][data-state="flowing"]', { timeout: SEEN_MS });
    await page.waitForSelector('[data-node="out"][data-state="flowing"]', { timeout: SEEN_MS });
    assert.equal(await page.getAttribute('[data-node="known"]', "data-state"), "fused");
    assert.match((await page.textContent('[data-node="known"]')) ?? "", /in the source's task.*no figures of its own/);

    // The source's figures: a rate, a watermark (a time of day), a lag and a backpressure share.
    const source = (await page.textContent('[data-node="clicks"]')) ?? "";
    assert.match(source, /JetStream CLICKS_UI_/);
    assert.match(source, /in \d+(\.\d+k)?\/s · out \d+(\.\d+k)?\/s/);
    assert.match(source, /watermark \d\d:\d\d:\d\d\.\d{3}/);
    assert.match(source, /lag [\d.]+ (ms|s|min)[\d. s]* · backpressure \d+%/);
    await waitForCount(page, "clicks", "in_per_sec", 1);
    await waitForCount(page, "counts", "in_per_sec", 1);
    await waitForCount(page, "out", "in_per_sec", 1);
    assert.match(await figure(page, "counts", "watermark"), /^\d\d:\d\d:\d\d\.\d{3}$/);
    assert.match(await figure(page, "clicks", "lag_ms"), /^[\d.]+ (ms|s|min)/);
    assert.match(await figure(page, "clicks", "backpressure"), /^\d+% \(/);
    assert.equal(await figure(page, "counts", "lag_ms"), "-", "only a source has a lag");
    assert.match((await page.textContent('[data-edge="clicks->known"]')) ?? "", /^\d+(\.\dk)?\/s$/);

    // Live: without a reload the window's watermark moves on as new clicks come.
    const wm = await figure(page, "counts", "watermark");
    await waitFor(async () => (await figure(page, "counts", "watermark")) !== wm, { timeoutMs: SEEN_MS, intervalMs: 200, message: `the watermark to move on from ${wm}` });

    // A click far behind the watermark is late (to the late sink); the bad click a dead letter.
    await publish({ user: "u2", at: Date.now() - 60_000 });
    await waitForCount(page, "counts", "late_records", 1);
    await waitForCount(page, "clicks", "dead_letters", 1);
    assert.match((await page.textContent('[data-node="counts"]')) ?? "", /\d+ late/);
    assert.match((await page.textContent('[data-node="clicks"]')) ?? "", /\d+ dead letters?/);
    await page.waitForSelector('[data-last-checkpoint]:not([data-last-checkpoint=""])', { timeout: SEEN_MS });
    if (shotsDir) await page.screenshot({ path: join(shotsDir, "ui-stream.png"), fullPage: true });

    // The page's JSON is `weft status NAME --json`'s: the same operators, kinds and links.
    const status = await runCli(["status", JOB, "--json", "--nats", c.url], { timeoutMs: 20_000 });
    assert.equal(status.code, 0, describeResult(status));
    const cli = JSON.parse(status.stdout) as StatusJson;
    const view = (await (await fetch(`${ui}/v1/streams/${JOB}`)).json()) as StatusJson;
    const shape = (s: StatusJson) => s.operators.map((o) => [o.operator, o.kind, o.deps, o.measured]);
    assert.equal(cli.v, 1);
    assert.deepEqual(shape(cli), shape(view));
    assert.deepEqual(cli.operators.map((o) => o.operator), OPERATORS);
    const text = await runCli(["status", JOB, "--nats", c.url], { timeoutMs: 20_000 });
    assert.match(text.stdout, /^clicks\s+source\s+\d+\s+\d+/m);

    // Stopped with `weft stop`: the same page shows it without a reload.
    const stopped = await runCli(["stop", JOB, "--nats", c.url], { timeoutMs: 60_000 });
    assert.equal(stopped.code, 0, describeResult(stopped));
    await page.waitForSelector('[data-stream-state="stopped"]', { timeout: SEEN_MS });
    assert.equal(await page.getAttribute('[data-node="clicks"]', "data-state"), "stopped");
    const removed = await runCli(["undeploy", JOB, "--nats", c.url], { timeoutMs: 20_000 });
    assert.equal(removed.code, 0, describeResult(removed));
    await page.goto(`${ui}/v1/streams/${JOB}`);
    assert.match((await page.textContent("body")) ?? "", /no streaming job named/);
  });

  it("the page threw no error", () => {
    assert.deepEqual(pageErrors, []);
  });
});
