/// <reference types="mocha" />
import assert from "node:assert/strict";
import { isAscii } from "node:buffer";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { runCachedScript, startedFromCachedScript } from "../../engine/cli/code-cache.js";
import { importModule } from "../../engine/base/import-module.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Runs `file` with its cache in a process of its own (V8 only reads a cache on a compile it has
 * not cached in memory), saves the cache, and returns how it was started and what import() gave.
 */
function startInChild(file: string, sha256: string, cacheDir: string): { state: string; imported: unknown } {
  const script = [
    'import { runCachedScript } from "./engine/cli/code-cache.ts";',
    'import { importModule } from "./engine/base/import-module.ts";',
    `const started = runCachedScript(${JSON.stringify(file)}, ${JSON.stringify(sha256)}, () => ${JSON.stringify(cacheDir)});`,
    "started.save();",
    'const os = await importModule("node:os");',
    "console.log(JSON.stringify({ state: started.state, imported: typeof os.platform }));",
  ].join("\n");
  return JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: repoRoot, encoding: "utf8" })) as { state: string; imported: unknown };
}

describe("the worker bundle's V8 code cache (engine/cli/code-cache.ts)", () => {
  let dir = "";
  const ran = Symbol.for("weft.test.codeCacheRuns");
  const runs = () => (globalThis as Record<symbol, number>)[ran] ?? 0;
  const caches = () => readdirSync(join(dir, "cache")).filter((f) => f.endsWith(".v8cache"));
  /** A CommonJS script that counts its runs, with the module arguments node gives one. */
  const script = (tag: string) => {
    const file = join(dir, `${tag}.cjs`);
    writeFileSync(file, `const k = Symbol.for("weft.test.codeCacheRuns"); globalThis[k] = (globalThis[k] ?? 0) + 1;\nif (require("node:path").basename(__filename) !== ${JSON.stringify(`${tag}.cjs`)} || typeof module.exports !== "object") throw new Error("not run as a module");\nfunction ${tag}Work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }\n${tag}Work(1000);\n`);
    return file;
  };
  const cacheDir = () => join(dir, "cache");

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "weft-code-cache-test-"));
    (globalThis as Record<symbol, unknown>)[ran] = 0;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env.WEFT_CODE_CACHE;
  });

  it("runs the script without a cache, writes one when asked, and is started from it next time", () => {
    const file = script("first");
    mkdirP(cacheDir());
    const made = runCachedScript(file, "a".repeat(64), cacheDir);
    assert.equal(made.state, "absent");
    assert.equal(runs(), 1);
    assert.equal(startedFromCachedScript(), made, "the script's code can find how it was started");
    assert.deepEqual(caches(), []);
    made.save();
    made.save();
    assert.equal(caches().length, 1, "one cache file, written once");
    assert.match(caches()[0]!, /^code-a{32}-[0-9a-f]{16}-\d+\.v8cache$/, "named after the source's hash, its path and V8's version tag");
    const next = runCachedScript(file, "a".repeat(64), cacheDir);
    assert.equal(next.state, "used");
    assert.equal(runs(), 2);
  });

  it("the same script at another path starts from a cache of its own: its stack frames name its own path (V8 keeps the name a cache was made under)", function () {
    this.timeout(30_000);
    mkdirP(cacheDir());
    // One text at two paths (two installs of one build): the same sha256.
    const text = 'require("node:fs").writeFileSync(process.env.WEFT_TEST_STACK_OUT, new Error("here").stack);\n';
    const places = ["one", "two"].map((d) => {
      mkdirP(join(dir, d));
      const file = join(dir, d, "bundle.cjs");
      writeFileSync(file, text);
      return file;
    });
    const stackOut = join(dir, "stack.txt");
    process.env.WEFT_TEST_STACK_OUT = stackOut;
    try {
      for (const file of places) {
        assert.equal(startInChild(file, "c".repeat(64), cacheDir()).state, "absent", `${file}: a cache of its own, not the other path's`);
        assert.equal(startInChild(file, "c".repeat(64), cacheDir()).state, "used");
        const frames = readFileSync(stackOut, "utf8");
        assert.ok(frames.includes(file), `the stack names ${file}:\n${frames}`);
      }
    } finally {
      delete process.env.WEFT_TEST_STACK_OUT;
    }
    assert.equal(caches().length, 2);
  });

  it("a process starts from the cache an earlier one wrote; one V8 refuses is compiled around (the script still runs) and replaced", function () {
    this.timeout(30_000);
    const file = script("refused");
    mkdirP(cacheDir());
    assert.deepEqual(startInChild(file, "b".repeat(64), cacheDir()), { state: "absent", imported: "function" });
    assert.deepEqual(startInChild(file, "b".repeat(64), cacheDir()), { state: "used", imported: "function" }, "import() still works in code from the cache");
    const [name] = caches();
    writeFileSync(join(cacheDir(), name!), Buffer.from("not a V8 code cache at all, cut short"));
    assert.deepEqual(startInChild(file, "b".repeat(64), cacheDir()), { state: "rejected", imported: "function" });
    assert.deepEqual(startInChild(file, "b".repeat(64), cacheDir()), { state: "used", imported: "function" }, "the refused cache was replaced");
  });

  it("a changed source (another hash) does not find the old cache", () => {
    mkdirP(cacheDir());
    runCachedScript(script("v1"), "c".repeat(64), cacheDir).save();
    const v2 = runCachedScript(script("v2"), "d".repeat(64), cacheDir);
    assert.equal(v2.state, "absent");
    v2.save();
    assert.equal(caches().length, 2);
  });

  it("WEFT_CODE_CACHE=off, or no private folder for it: no cache read or written, the script still runs", () => {
    process.env.WEFT_CODE_CACHE = "off";
    mkdirP(cacheDir());
    const off = runCachedScript(script("off"), "e".repeat(64), cacheDir);
    assert.equal(off.state, "off");
    off.save();
    assert.deepEqual(caches(), []);
    delete process.env.WEFT_CODE_CACHE;
    const refused = runCachedScript(script("refused2"), "f".repeat(64), () => {
      throw new Error("the bundle cache belongs to another user");
    });
    assert.equal(refused.state, "off");
    assert.equal(runs(), 2);
  });

  it("reads a script outside ASCII as UTF-8 (only an ASCII one is read byte for byte), with and without its cache", () => {
    mkdirP(cacheDir());
    const file = join(dir, "text.cjs");
    // The worker bundle is made ASCII (scripts/bundle-worker.mjs); a script that is not must keep its text.
    writeFileSync(file, 'globalThis[Symbol.for("weft.test.codeCacheText")] = "µs · naïve ’";\n');
    const text = () => (globalThis as Record<symbol, unknown>)[Symbol.for("weft.test.codeCacheText")];
    runCachedScript(file, "9".repeat(64), cacheDir).save();
    assert.equal(text(), "µs · naïve ’");
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("weft.test.codeCacheText")];
    assert.equal(runCachedScript(file, "9".repeat(64), cacheDir).state, "used");
    assert.equal(text(), "µs · naïve ’");
  });

  it("the built worker bundle is ASCII, so it is read as one-byte text", function () {
    const bundle = join(repoRoot, "dist", "engine", "worker-bundle", "cli.cjs");
    if (!existsSync(bundle)) this.skip();
    assert.ok(isAscii(readFileSync(bundle)), "a character outside ASCII in dist/engine/worker-bundle/cli.cjs: scripts/bundle-worker.mjs escapes them");
  });

  it("lends the script an import() of ES modules", async () => {
    mkdirP(cacheDir());
    runCachedScript(script("lends"), "0".repeat(64), cacheDir);
    const esm = join(dir, "m.mjs");
    writeFileSync(esm, "export default 42;\n");
    const m = (await importModule(new URL(`file://${esm}`).href)) as { default: number };
    assert.equal(m.default, 42);
  });
});

/** `path`, made afresh and empty. */
function mkdirP(path: string): string {
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  return path;
}
