/**
 * End to end, the package as a user gets it, following README's "In a project of your own":
 * `npm pack`, the tarball installed into a fresh project outside the checkout (its
 * dependencies from the registry, through npm's cache), a typed workflow type-checked there
 * (and a wrongly typed use of its result refused), then run with `npx weft run`; then the rest
 * of that walk: a unit test of the workflow under vitest, `weft dev` with a run submitted to it,
 * watched in the web view in Chromium, and the run's trace received over OTLP.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../helpers/cli.js";
import { freePort, hasNatsServer, waitFor } from "../helpers/nats.js";
import { hasChromium, launchBrowser } from "../helpers/browser.js";
import { startOtlpReceiver } from "../helpers/otlp-receiver.js";
import { traceIdOf } from "../../engine/observability/run-trace-ids.js";

/** The project's files, as README.md shows them (checked below). */
const PROJECT_PACKAGE_JSON = `{
  "type": "module",
  "private": true,
  "allowScripts": { "esbuild": true },
  "overrides": { "@nats-io/nuid": "2.0.3", "light-my-request": "~6.6.0" }
}
`;
const TSCONFIG = `{ "compilerOptions": { "module": "NodeNext", "target": "ES2022", "strict": true, "noEmit": true, "skipLibCheck": true } }
`;
const WORKFLOW = `import { workflow, type WorkflowBuilder } from "weft-engine";

export default workflow("lengths", (wf: WorkflowBuilder<{ words: string[] }>) => {
  const words = wf.node("words", (ctx) => ctx.input.words);
  const lengths = wf.map("length", words, (w) => w.length);
  return wf.node("total", lengths, (ls) => ls.reduce((a, b) => a + b, 0));
});
`;

/** README's unit test of the workflow. */
const UNIT_TEST = `import { expect, test } from "vitest";
import { runLocal } from "weft-engine/testing";
import lengths from "./wf.js";

test("adds up the lengths of the words", async () => {
  const run = await runLocal(lengths, { words: ["a", "bc"] });
  expect(run.result).toBe(3);
  expect(run.nodes.length?.succeeded).toBe(2);
});
`;

/** Uses of the client API: a right one type-checks, a wrong one must not. */
const CLIENT_USE = `import { connect } from "weft-engine/client";
import lengths from "./wf.js";

export async function total(words: string[]): Promise<number> {
  const weft = await connect();
  try {
    return await weft.run(lengths, { words });
  } finally {
    await weft.close();
  }
}
`;
const CLIENT_MISUSE = `import { connect } from "weft-engine/client";
import lengths from "./wf.js";

export const wrong: string = await (await connect()).run(lengths, { words: ["a"] });
`;

function sh(command: string, args: string[], cwd: string, timeoutMs = 120_000): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env.WEFT_NATS_URL; // `weft run` starts its own stack
  return spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: timeoutMs });
}

function described(r: SpawnSyncReturns<string>): string {
  return `exit ${r.status}${r.error ? ` (${r.error.message})` : ""}\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`;
}

describe("e2e: the packed package in a project of its own", function () {
  this.timeout(240_000);
  let tmp = "";
  let project = "";

  before(function () {
    if (!hasNatsServer()) this.skip();
    tmp = mkdtempSync(join(tmpdir(), "weft-package-"));
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("packs dist/ (the web view too; no tests, no bench), installs without a warning, type-checks a typed workflow and runs it with npx weft run", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    for (const [name, text] of Object.entries({ PROJECT_PACKAGE_JSON, TSCONFIG, WORKFLOW, UNIT_TEST })) {
      assert.ok(readme.includes(text.trim()), `README.md shows the project's ${name} as this test writes it`);
    }
    const own = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { name: string; version: string };

    const packed = sh("npm", ["pack", "--pack-destination", tmp], REPO_ROOT);
    assert.equal(packed.status, 0, described(packed));
    const tarball = readdirSync(tmp).find((f) => f.endsWith(".tgz"));
    assert.equal(tarball, `${own.name}-${own.version}.tgz`);
    const listing = sh("tar", ["tzf", join(tmp, tarball)], tmp);
    const files = listing.stdout.split("\n").filter(Boolean).map((f) => f.replace(/^package\//, ""));
    for (const f of ["package.json", "README.md", "bin/weft.js", "dist/sdk/index.js", "dist/sdk/index.d.ts", "dist/engine/cli/main.js", "dist/engine/worker-bundle/main.cjs", "dist/engine/client/api.d.ts", "dist/ui/index.html"]) {
      assert.ok(files.includes(f), `the tarball holds ${f}`);
    }
    // README is read on the registry and in node_modules: every docs/ page it links to is in the package.
    const packedReadme = sh("tar", ["xzf", join(tmp, tarball), "-O", "package/README.md"], tmp).stdout;
    const docLinks = [...new Set([...packedReadme.matchAll(/\]\((docs\/[^)#\s]+)/g)].map((m) => m[1]!))];
    assert.ok(docLinks.length > 0, "README links to docs/");
    assert.deepEqual(docLinks.filter((f) => !files.includes(f)), [], "README's docs/ links resolve in the tarball");
    const stray = files.filter((f) => /^(test|bench|examples|dist\/bench|dist\/test|engine|sdk|model)\//.test(f));
    assert.deepEqual(stray, [], "no tests, bench, examples or TypeScript sources in the tarball");
    const manifest = JSON.parse(sh("tar", ["xzf", join(tmp, tarball), "-O", "package/package.json"], tmp).stdout) as { scripts: Record<string, string> };
    assert.equal(manifest.scripts.prepare, undefined, "no prepare script for npm to hold as an install script");
    assert.match(readFileSync(join(REPO_ROOT, "package.json"), "utf8"), /"prepare":/, "the checkout's package.json is restored after packing");

    project = join(tmp, "project");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), PROJECT_PACKAGE_JSON);
    const installed = sh("npm", ["install", join(tmp, tarball), "--no-audit", "--no-fund", "--prefer-offline"], project, 180_000);
    assert.equal(installed.status, 0, described(installed));
    assert.doesNotMatch(installed.stderr, /npm warn/i, `installs without a warning:\n${installed.stderr}`);

    // README installs typescript and @types/node; the checkout's serve here (offline, fast),
    // unless a dependency brought @types/node already.
    const typesNode = join(project, "node_modules", "@types", "node");
    if (!existsSync(typesNode)) {
      mkdirSync(join(project, "node_modules", "@types"), { recursive: true });
      symlinkSync(join(REPO_ROOT, "node_modules", "@types", "node"), typesNode);
    }
    writeFileSync(join(project, "tsconfig.json"), TSCONFIG);
    writeFileSync(join(project, "wf.ts"), WORKFLOW);
    writeFileSync(join(project, "use.ts"), CLIENT_USE);
    const tsc = join(REPO_ROOT, "node_modules", ".bin", "tsc");
    const checked = sh(tsc, ["-p", "."], project);
    assert.equal(checked.status, 0, `the workflow and a typed use of weft-engine/client type-check: ${described(checked)}`);
    writeFileSync(join(project, "misuse.ts"), CLIENT_MISUSE);
    const refused = sh(tsc, ["-p", "."], project);
    assert.notEqual(refused.status, 0, "a result typed number assigned to a string is refused");
    assert.match(refused.stdout, /misuse\.ts\(4,14\): error TS2322: Type 'number' is not assignable to type 'string'/, described(refused));

    const version = sh("npx", ["weft", "--version"], project);
    assert.equal(version.stdout.trim(), own.version, described(version));
    const run = sh("npx", ["weft", "run", "wf.ts", "--input", '{"words": ["a", "bc"]}'], project);
    assert.equal(run.status, 0, described(run));
    assert.equal(run.stdout, "3\n");
  });

  it("then, as README goes on: a vitest unit test of it, a run on `weft dev` watched in the web view, and its trace", async function () {
    if (!project) this.skip();
    // README installs vitest; the checkout's serves here (offline, fast).
    symlinkSync(join(REPO_ROOT, "node_modules", "vitest"), join(project, "node_modules", "vitest"));
    writeFileSync(join(project, "wf.test.ts"), UNIT_TEST);
    const unit = sh(process.execPath, [join(project, "node_modules", "vitest", "vitest.mjs"), "run"], project);
    assert.equal(unit.status, 0, `the unit test passes: ${described(unit)}`);
    assert.match(unit.stdout, /1 passed/, described(unit));
    // The unit test can fail: a wrong expectation is caught.
    writeFileSync(join(project, "wf.test.ts"), UNIT_TEST.replace("toBe(3)", "toBe(4)"));
    const wrong = sh(process.execPath, [join(project, "node_modules", "vitest", "vitest.mjs"), "run"], project);
    assert.notEqual(wrong.status, 0, described(wrong));
    writeFileSync(join(project, "wf.test.ts"), UNIT_TEST);

    if (!hasChromium()) return;
    const receiver = await startOtlpReceiver();
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: "100" };
    delete env.WEFT_NATS_URL;
    // A process group of its own: npx runs weft through a shell, which does not pass a signal on,
    // so the whole group is signalled at the end (else `weft dev` and its stack outlive the test).
    const dev = spawn("npx", ["weft", "dev", "--port", String(port), "--gateway-port", "0", "--ui-port", "0"], {
      cwd: project,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const signalGroup = (sig: NodeJS.Signals) => {
      try {
        process.kill(-dev.pid!, sig);
      } catch {
        /* the group is gone */
      }
    };
    let said = "";
    dev.stderr!.on("data", (b: Buffer) => (said += b.toString()));
    let answered = "";
    dev.stdout!.on("data", (b: Buffer) => (answered += b.toString()));
    const browser = await launchBrowser();
    try {
      // Where the web view is, dev's answer, is on stdout.
      await waitFor(() => /web view: http:\/\/\S+/.test(answered) || dev.exitCode !== null, { timeoutMs: 60_000, message: () => said + answered });
      const ui = answered.match(/web view: (http:\/\/\S+)/)![1]!;
      const runId = "readme-walk-1";
      const submitted = sh("npx", ["weft", "submit", "wf.ts", "--input", '{"words": ["a", "bc"]}', "--follow", "--nats", `nats://127.0.0.1:${port}`, "--id", runId], project);
      assert.equal(submitted.status, 0, described(submitted));
      assert.equal(submitted.stdout, "3\n", described(submitted));

      const page = await browser.newPage();
      await page.goto(ui);
      await page.waitForSelector(`tr[data-run="${runId}"] .state-succeeded`, { timeout: 20_000 });
      await page.goto(`${ui}/runs/${runId}`);
      await page.waitForSelector('[data-run-state="succeeded"]', { timeout: 20_000 });
      for (const node of ["words", "length", "total"]) {
        assert.equal(await page.getAttribute(`[data-node="${node}"]`, "data-state"), "succeeded", node);
      }
      assert.match((await page.textContent('[data-node="length"]')) ?? "", /2\/2 ok/);

      const inTrace = () => receiver.spans.filter((s) => s.traceId === traceIdOf(runId)).map((s) => s.name);
      await waitFor(() => ["node words", "node length", "node total"].every((n) => inTrace().includes(n)), {
        timeoutMs: 20_000,
        message: () => `spans of the run's trace: ${inTrace().join(", ")}`,
      });
    } finally {
      await browser.close();
      signalGroup("SIGINT");
      await waitFor(() => dev.exitCode !== null || dev.signalCode !== null, { timeoutMs: 20_000 }).catch(() => signalGroup("SIGKILL"));
      await receiver.close();
    }
  });
});
