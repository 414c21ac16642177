/**
 * Code shipping: a bundle is addressed by the sha256 of its bytes; a worker refuses bytes that
 * do not match the hash it was asked to load, and loads a matching bundle into a live workflow.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleWorkflow } from "../../engine/bundle/bundle.js";
import { cachedBundle, loadBundle } from "../../engine/bundle/load-bundle.js";
import { sha256 } from "../../engine/bundle/sha256.js";
import { ErrorCode, WeftError } from "../../engine/internal.js";

describe("bundles", function () {
  this.timeout(30_000);
  let cache: string;
  before(() => {
    cache = mkdtempSync(join(tmpdir(), "weft-bundle-test-"));
    process.env.WEFT_CACHE_DIR = cache;
  });
  after(() => {
    delete process.env.WEFT_CACHE_DIR;
    rmSync(cache, { recursive: true, force: true });
  });

  it("bundles a workflow file into one module addressed by its sha256, and loads it", async () => {
    const b = await bundleWorkflow("examples/hello.ts");
    assert.equal(b.hash, sha256(b.code));
    assert.doesNotMatch(new TextDecoder().decode(b.code), /from\s+"weft"/, "no bare import of the SDK is left");
    const wf = await loadBundle(b.code, b.hash, "hello bundle");
    assert.equal(wf.name, "hello");
    assert.deepEqual(
      wf.graph.nodes.map((n) => n.name),
      ["input", "double", "square", "sum"],
    );
  });

  it("refuses a bundle whose content does not match its sha256", async () => {
    const b = await bundleWorkflow("examples/hello.ts");
    const tampered = new Uint8Array(b.code);
    tampered[tampered.length - 2] = tampered[tampered.length - 2]! ^ 1;
    await assert.rejects(loadBundle(tampered, b.hash, "tampered"), (err: unknown) => {
      assert.ok(err instanceof WeftError);
      assert.equal(err.code, ErrorCode.BundleMismatch);
      assert.match(err.message, /refused/);
      return true;
    });
  });

  it("a file planted (or cut short) in the cache under a bundle's hash is not imported: the bundle is written again", async () => {
    // A bundle no test imported before (Node keeps an imported module under its URL).
    const dir = mkdtempSync(join(tmpdir(), "weft-planted-"));
    const file = join(dir, "own.ts");
    writeFileSync(file, 'import { workflow } from "weft";\nexport default workflow("own", (wf) => { wf.node("a", async () => 1); });\n');
    const b = await bundleWorkflow(file);
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(join(cache, `${b.hash}.mjs`), "export default { planted: true };\n");
    const wf = await loadBundle(b.code, b.hash, "own bundle");
    assert.equal(wf.name, "own", "the bundle's own code ran");
    assert.equal(sha256(readFileSync(join(cache, `${b.hash}.mjs`))), b.hash, "the planted file was replaced");
    assert.deepEqual(readdirSync(cache).filter((f) => f.endsWith(".tmp")), [], "no temp file is left");
  });

  it("a worker reads a bundle from this host's cache only when the file there hashes to it", async () => {
    const b = await bundleWorkflow("examples/hello.ts");
    const file = join(cache, `${b.hash}.mjs`);
    rmSync(file, { force: true });
    assert.equal(cachedBundle(b.hash), undefined, "not in the cache: fetched");
    writeFileSync(file, "export default { planted: true };\n");
    assert.equal(cachedBundle(b.hash), undefined, "a planted file is not the bundle");
    writeFileSync(file, b.code.subarray(0, b.code.length - 10));
    assert.equal(cachedBundle(b.hash), undefined, "a file cut short is not the bundle");
    await loadBundle(b.code, b.hash, "hello bundle");
    assert.equal(sha256(cachedBundle(b.hash) ?? new Uint8Array()), b.hash, "an import here leaves it for the next worker");
    assert.equal(cachedBundle("../../etc/passwd"), undefined, "a name that is no hash finds nothing");
  });

  it("an import that failed is tried afresh the next time", async () => {
    const dir = mkdtempSync(join(tmpdir(), "weft-flaky-"));
    try {
      const marker = join(dir, "fail-now");
      writeFileSync(marker, "");
      const file = join(dir, "flaky.ts");
      writeFileSync(
        file,
        `import { existsSync } from "node:fs";\nimport { workflow } from "weft";\nif (existsSync(${JSON.stringify(marker)})) throw new Error("not yet");\nexport default workflow("flaky", (wf) => { wf.node("a", async () => 1); });\n`,
      );
      const b = await bundleWorkflow(file);
      await assert.rejects(loadBundle(b.code, b.hash, "flaky"), /not yet/);
      rmSync(marker);
      assert.equal((await loadBundle(b.code, b.hash, "flaky")).name, "flaky");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the file when bundling fails: a missing file, a syntax error", async () => {
    await assert.rejects(bundleWorkflow("examples/nope.ts"), (err: unknown) => (err as WeftError).code === ErrorCode.WorkflowLoad && /does not exist/.test((err as Error).message));
    const dir = mkdtempSync(join(tmpdir(), "weft-bad-"));
    try {
      const file = join(dir, "bad.ts");
      writeFileSync(file, "export default (;\n");
      await assert.rejects(bundleWorkflow(file), (err: unknown) => (err as WeftError).code === ErrorCode.WorkflowLoad && (err as Error).message.includes("bad.ts:1"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
