/// <reference types="mocha" />
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleWorkflow } from "../../engine/bundle/bundle.js";
import { loadBundle } from "../../engine/bundle/load-bundle.js";
import { importHeldBundles } from "../../engine/worker/prewarm.js";
import type { BundleLoad } from "../../engine/worker/cold-start.js";

describe("a started worker imports the deployed bundles this host holds before it connects (engine/worker/prewarm.ts importHeldBundles)", function () {
  this.timeout(30_000);
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "weft-prewarm-early-"));
    process.env.WEFT_CACHE_DIR = join(dir, "cache");
  });
  afterEach(() => {
    delete process.env.WEFT_CACHE_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  /** A bundle of a workflow no other test imported (Node keeps an imported module under its URL). */
  async function bundle(name: string, body = 'wf.node("a", async () => 1);') {
    const file = join(dir, `${name}.ts`);
    writeFileSync(file, `import { workflow } from "weft";\nexport default workflow(${JSON.stringify(name)}, (wf) => { ${body} });\n`);
    return bundleWorkflow(file);
  }

  it("imports a held bundle without any connection, says where it came from, and leaves one not held to the worker", async () => {
    const held = await bundle("early-held");
    // What `weft deploy` on this host did: the bundle is in this host's cache.
    await loadBundle(held.code, held.hash, "held");
    const other = await bundle("early-not-held");
    const loads: BundleLoad[] = [];
    const importing = importHeldBundles([held.hash, other.hash], (l) => loads.push(l));
    assert.equal((await importing.get(held.hash))?.name, "early-held");
    assert.equal(await importing.get(other.hash), undefined, "not held here: fetched by the worker once connected");
    assert.equal(loads.length, 1);
    assert.equal(loads[0]!.bundle, held.hash);
    assert.equal(loads[0]!.prewarmed, true);
    assert.equal(loads[0]!.fromHostCache, true);
  });

  it("a bundle that throws as it is imported rejects its own promise only", async () => {
    const bad = await bundle("early-throws", 'throw new Error("no import for you");');
    await loadBundle(bad.code, bad.hash, "bad").catch(() => {});
    const good = await bundle("early-after-bad");
    await loadBundle(good.code, good.hash, "good");
    const importing = importHeldBundles([bad.hash, good.hash], () => {});
    await assert.rejects(importing.get(bad.hash)!, /no import for you/);
    assert.equal((await importing.get(good.hash))?.name, "early-after-bad");
  });
});
