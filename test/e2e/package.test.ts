/**
 * End to end, the package as a user gets it, following README's "In a project of your own":
 * `npm pack`, the tarball installed into a fresh project outside the checkout (its
 * dependencies from the registry, through npm's cache), a typed workflow type-checked there
 * (and a wrongly typed use of its result refused), then run with `npx weft run`.
 */
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";

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

  before(function () {
    if (!hasNatsServer()) this.skip();
    tmp = mkdtempSync(join(tmpdir(), "weft-package-"));
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("packs dist/ (the web view too; no tests, no bench), installs without a warning, type-checks a typed workflow and runs it with npx weft run", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    for (const [name, text] of Object.entries({ PROJECT_PACKAGE_JSON, TSCONFIG, WORKFLOW })) {
      assert.ok(readme.includes(text.trim()), `README.md shows the project's ${name} as this test writes it`);
    }
    const own = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { name: string; version: string };

    const packed = sh("npm", ["pack", "--pack-destination", tmp], REPO_ROOT);
    assert.equal(packed.status, 0, described(packed));
    const tarball = readdirSync(tmp).find((f) => f.endsWith(".tgz"));
    assert.equal(tarball, `${own.name}-${own.version}.tgz`);
    const listing = sh("tar", ["tzf", join(tmp, tarball)], tmp);
    const files = listing.stdout.split("\n").filter(Boolean).map((f) => f.replace(/^package\//, ""));
    for (const f of ["package.json", "README.md", "bin/weft.js", "dist/sdk/index.js", "dist/sdk/index.d.ts", "dist/engine/cli/main.js", "dist/engine/client/api.d.ts", "dist/ui/index.html"]) {
      assert.ok(files.includes(f), `the tarball holds ${f}`);
    }
    const stray = files.filter((f) => /^(test|bench|examples|dist\/bench|dist\/test|engine|sdk|model)\//.test(f));
    assert.deepEqual(stray, [], "no tests, bench, examples or TypeScript sources in the tarball");
    const manifest = JSON.parse(sh("tar", ["xzf", join(tmp, tarball), "-O", "package/package.json"], tmp).stdout) as { scripts: Record<string, string> };
    assert.equal(manifest.scripts.prepare, undefined, "no prepare script for npm to hold as an install script");
    assert.match(readFileSync(join(REPO_ROOT, "package.json"), "utf8"), /"prepare":/, "the checkout's package.json is restored after packing");

    const project = join(tmp, "project");
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
});
