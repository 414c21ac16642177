/**
 * The object trigger's pure core: which metadata messages are puts to run (deletes, links,
 * other buckets, unfinished and unmatched ones are not), the event id `bucket/name@digest`, the
 * glob matcher and its refusals, the deploy flags; and which packages the bundler leaves out as
 * native.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isNativePackage, packageOf } from "../../engine/bundle/native-modules.js";
import { objectMetaSubject, parseObjectMeta, type ObjectMeta } from "../../engine/bus/object-store-layout.js";
import { triggersOf } from "../../engine/cli/trigger-flags.js";
import { decideObjectMeta, objectMatcher, objectPutEvent } from "../../engine/triggers/object-trigger.js";

const meta = (over: Partial<ObjectMeta> = {}): ObjectMeta => ({
  name: "cats/tom.png",
  bucket: "images",
  nuid: "N1",
  size: 5,
  chunks: 1,
  digest: "SHA-256=abc=",
  mtime: "2026-01-02T03:04:05.000Z",
  ...over,
});

function usage(fn: () => unknown, re: RegExp): void {
  assert.throws(fn, (err: Error & { code?: string }) => err.code === "E_USAGE" && re.test(err.message));
}

describe("object trigger: deciding what a metadata message is", () => {
  const all = objectMatcher(undefined);

  it("a finished put of a matching name is a put; its event id is bucket/name@digest and its body the ObjectPut", () => {
    const d = decideObjectMeta("images", all, meta());
    assert.ok("put" in d);
    assert.deepEqual(d.put, { bucket: "images", name: "cats/tom.png", size: 5, digest: "SHA-256=abc=", mtime: "2026-01-02T03:04:05.000Z" });
    const e = objectPutEvent(d.put, 42);
    assert.deepEqual(e.info, { kind: "object", eventId: "images/cats/tom.png@SHA-256=abc=", source: "images/cats/tom.png", receivedAtMs: 42 });
    assert.deepEqual(JSON.parse(new TextDecoder().decode(e.data)), d.put);
  });

  it("skips deletes, links, other buckets, puts without digest or time, names that do not match, and what is not a meta", () => {
    assert.deepEqual(decideObjectMeta("images", all, meta({ deleted: true, digest: "", size: 0 })), { skip: "a delete" });
    assert.ok("skip" in decideObjectMeta("images", all, meta({ options: { link: { bucket: "x", name: "y" } } })));
    assert.ok("skip" in decideObjectMeta("videos", all, meta()));
    assert.deepEqual(decideObjectMeta("images", all, meta({ digest: "" })), { skip: "not a finished put (no digest or time)", unreadable: true });
    assert.ok("skip" in decideObjectMeta("images", objectMatcher("*.jpg"), meta()));
    assert.deepEqual(decideObjectMeta("images", all, undefined), { skip: "not an object store metadata message", unreadable: true });
    assert.equal(parseObjectMeta(new TextEncoder().encode("not json")), undefined);
    assert.equal(parseObjectMeta(new TextEncoder().encode('{"name": 3}')), undefined);
  });

  it("globs: * stays in one path segment, ** crosses them, dot names match; an empty or broken glob is E_USAGE", () => {
    assert.equal(objectMatcher("*.png")("tom.png"), true);
    assert.equal(objectMatcher("*.png")("cats/tom.png"), false);
    assert.equal(objectMatcher("cats/**")("cats/a/b.png"), true);
    assert.equal(objectMatcher("*.png")(".hidden.png"), true);
    assert.equal(objectMatcher("*.{png,jpg}")("x.jpg"), true);
    usage(() => objectMatcher(""), /glob is empty/);
    usage(() => objectMatcher("[abc"), /"\[abc" is not a valid glob/);
  });

  it("the meta subject is the name in padded base64url, as the NATS client writes it", () => {
    assert.equal(objectMetaSubject("images", "cats/tom.png"), `$O.images.M.${Buffer.from("cats/tom.png").toString("base64").replace(/\+/g, "-").replace(/\//g, "_")}`);
    assert.equal(objectMetaSubject("b", "a"), "$O.b.M.YQ==");
  });

  it("weft deploy --object BUCKET [--match GLOB] makes an object trigger; --match alone is E_USAGE; --batch applies", () => {
    assert.deepEqual(triggersOf({ object: "images" }), [{ kind: "object", bucket: "images" }]);
    assert.deepEqual(triggersOf({ object: "images", match: "*.png", batch: "10", batchWait: "2s" }), [
      { kind: "object", bucket: "images", match: "*.png", batch: { max: 10, waitMs: 2000 } },
    ]);
    usage(() => triggersOf({ match: "*.png" }), /--match needs --object/);
  });
});

describe("bundling: packages with native addons", () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "weft-native-"));
    const pkg = (name: string, json: object, files: Record<string, string> = {}) => {
      const at = join(dir, "node_modules", name);
      mkdirSync(at, { recursive: true });
      writeFileSync(join(at, "package.json"), JSON.stringify({ name, ...json }));
      for (const [f, text] of Object.entries(files)) writeFileSync(join(at, f), text);
    };
    pkg("plain", { dependencies: { lodash: "1" } });
    pkg("gyp", {}, { "binding.gyp": "{}" });
    pkg("loader", { dependencies: { "node-gyp-build": "4" } });
    pkg("@s/flagged", { gypfile: true });
    mkdirSync(join(dir, "src", "deep"), { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("names the package of a bare import, not a built-in", () => {
    assert.equal(packageOf("sharp"), "sharp");
    assert.equal(packageOf("sharp/lib/x.js"), "sharp");
    assert.equal(packageOf("@s/flagged/sub"), "@s/flagged");
    assert.equal(packageOf("fs"), undefined);
    assert.equal(packageOf("node:zlib"), undefined);
  });

  it("a package is native when known, or when its package.json or a binding.gyp says so, looked up from the importer upwards", () => {
    const from = join(dir, "src", "deep");
    assert.equal(isNativePackage("sharp", from), true);
    assert.equal(isNativePackage("plain", from), false);
    assert.equal(isNativePackage("gyp", from), true);
    assert.equal(isNativePackage("loader", from), true);
    assert.equal(isNativePackage("@s/flagged", from), true);
    assert.equal(isNativePackage("absent", from), false);
  });
});
