/**
 * Code shipping: a bundle is addressed by the sha256 of its bytes; a worker refuses bytes that
 * do not match the hash it was asked to load, and loads a matching bundle into a live workflow.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleWorkflow } from "../../engine/bundle/bundle.js";
import { loadBundle } from "../../engine/bundle/load-bundle.js";
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
