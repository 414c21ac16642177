/**
 * End to end, the object trigger: `weft deploy --object BUCKET --match GLOB` against a
 * coordinator and worker processes on a real nats-server. Each object put (of a matching name)
 * is one run with ctx.trigger.kind "object"; the same content put twice is one run; objects put
 * while the coordinator is SIGKILLed are run once when a new one starts; a missing bucket or a
 * bad glob is exit 2. Then the two examples it serves: examples/thumbnails.ts (sharp, a native
 * module, loaded by the workers) and examples/video.ts (parallel chunks, then a serial pass).
 * Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import sharp from "sharp";
import { describeResult, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { bytes, hasNatsServer, uid, waitFor } from "../helpers/nats.js";
import { listRunRecords, type RunRecord } from "../../engine/coordinator/run-store.js";

/** A workflow that reads the uploaded object and says what it got; an isolated node (in a thread) copies it to `<bucket>_copies`. */
const READER = `import { workflow, type ObjectPut } from "weft";
export default workflow<ObjectPut>("reader", (wf) => {
  const copied = wf.node("copy", async (ctx) => {
    const bytes = await ctx.objects.get(ctx.input.bucket, ctx.input.name);
    if (bytes) await ctx.objects.put(ctx.input.bucket + "_copies", ctx.input.name, bytes);
    return bytes ? bytes.length : -1;
  }, { isolate: true });
  wf.node("read", copied, async (n, ctx) => {
    const bytes = await ctx.objects.get(ctx.input.bucket, ctx.input.name);
    return { put: ctx.input, text: bytes ? new TextDecoder().decode(bytes) : null, copied: n, trigger: ctx.trigger ?? null };
  });
});
`;

interface ReaderResult {
  put: { bucket: string; name: string; size: number; digest: string; mtime: string };
  text: string | null;
  copied: number;
  trigger: { kind: string; eventId: string; source: string };
}

describe("e2e: the object trigger", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;
  let url = "";
  let dir = "";

  async function runsOf(deployment: string): Promise<RunRecord[]> {
    return (await listRunRecords(cluster!.bus)).filter((r) => r.origin?.deployment === deployment);
  }

  async function ended(deployment: string, n: number, timeoutMs = 30_000): Promise<RunRecord[]> {
    await waitFor(async () => (await runsOf(deployment)).filter((r) => r.state === "succeeded" || r.state === "failed").length >= n, {
      timeoutMs,
      intervalMs: 200,
      message: async () =>
        `${n} ended runs of ${deployment}: ${JSON.stringify((await runsOf(deployment)).map((r) => [r.runId, r.state, r.origin?.trigger?.eventId, r.error?.message]))}\n` +
        `coordinator stderr:\n${cluster!.procs.map((p) => p.stderr()).join("\n").slice(-3000)}`,
    });
    return runsOf(deployment);
  }

  before(async function () {
    if (!hasNatsServer()) this.skip();
    cluster = await startCluster(["wa", "wb"]);
    url = cluster.url;
    dir = mkdtempSync(join(tmpdir(), "weft-object-"));
    writeFileSync(join(dir, "reader.ts"), READER);
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("a bucket that does not exist, or a bad glob, is refused with exit 2", async () => {
    const missing = `nosuch_${uid()}`;
    const r = await runCli(["deploy", join(dir, "reader.ts"), "--object", missing, "--nats", url]);
    assert.equal(r.code, 2, describeResult(r));
    assert.match(r.stderr, new RegExp(`object store bucket "${missing}" does not exist.*nats object add ${missing}`));
    const bucket = `globs_${uid()}`;
    await cluster!.bus.objects(bucket);
    const glob = await runCli(["deploy", join(dir, "reader.ts"), "--object", bucket, "--match", "[abc", "--nats", url]);
    assert.equal(glob.code, 2, describeResult(glob));
    assert.match(glob.stderr, /match "\[abc" is not a valid glob/);
    const orphan = await runCli(["deploy", join(dir, "reader.ts"), "--match", "*.png", "--nats", url]);
    assert.equal(orphan.code, 2, describeResult(orphan));
    assert.match(orphan.stderr, /--match needs --object/);
  });

  it("each matching put is one run with ctx.trigger; the same content twice is one run; puts made while the coordinator is SIGKILLed run once a new one is up", async () => {
    const bus = cluster!.bus;
    const bucket = `uploads_${uid()}`;
    const store = await bus.objects(bucket);
    const deployed = await runCli(["deploy", join(dir, "reader.ts"), "--name", "reader", "--object", bucket, "--match", "*.txt", "--nats", url]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    // Before the leader has picked the deployment up: the durable consumer starts from the first put anyway.
    await store.put("a.txt", bytes("alpha"));
    await store.put("skip.bin", bytes("not matched"));
    await store.put("b.txt", bytes("beta"));
    await ended("reader", 2);
    await store.put("a.txt", bytes("alpha")); // the same content again: the same event
    await store.put("c.txt", bytes("gamma"));
    await ended("reader", 3);
    cluster!.coordinator.child.kill("SIGKILL");
    await cluster!.coordinator.exited;
    await store.put("d.txt", bytes("delta")); // while no coordinator is up
    await store.put("a.txt", bytes("alpha, again")); // new content under an old name: a new run
    const next = cluster!.spawn(["coordinator", "--nats", url]);
    await next.waitForStderr(/active on/, 30_000);
    await ended("reader", 5, 60_000);
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate, if any, would show up now
    const runs = await runsOf("reader");
    assert.equal(runs.length, 5, `one run per distinct put: ${runs.map((r) => `${r.state} ${r.origin?.trigger?.eventId}`).join(", ")}`);
    const results = runs.map((r) => {
      assert.equal(r.state, "succeeded", JSON.stringify(r.error));
      return JSON.parse(r.resultJson) as ReaderResult;
    });
    const seen = results.map((x) => `${x.put.name}=${x.text}`).sort();
    assert.deepEqual(seen, ["a.txt=alpha", "a.txt=alpha, again", "b.txt=beta", "c.txt=gamma", "d.txt=delta"], seen.join(" "));
    for (const x of results) {
      assert.equal(x.trigger.kind, "object");
      assert.equal(x.trigger.eventId, `${bucket}/${x.put.name}@${x.put.digest}`);
      assert.equal(x.trigger.source, `${bucket}/${x.put.name}`);
      assert.equal(x.put.bucket, bucket);
      assert.equal(x.put.size, Buffer.byteLength(x.text ?? ""));
      const sha = createHash("sha256").update(x.text ?? "").digest("base64").replace(/\+/g, "-").replace(/\//g, "_");
      assert.equal(x.put.digest, `SHA-256=${sha}`);
      assert.ok(!Number.isNaN(Date.parse(x.put.mtime)));
    }
    // The isolated node's ctx.objects (through its worker) read and wrote too.
    const copies = await bus.objects(`${bucket}_copies`);
    for (const [name, text] of [["b.txt", "beta"], ["c.txt", "gamma"], ["d.txt", "delta"]] as const) {
      assert.equal(new TextDecoder().decode((await copies.get(name)) ?? new Uint8Array()), text, `${bucket}_copies/${name}`);
    }
    for (const x of results) assert.equal(x.copied, Buffer.byteLength(x.text ?? ""));
    assert.equal(await copies.get("skip.bin"), undefined);
    const listed = await runCli(["runs", "--json", "--nats", url]);
    const line = listed.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { deployment: string; trigger: { kind: string; event_id: string } | null })
      .find((l) => l.deployment === "reader");
    assert.equal(line?.trigger?.kind, "object");
    assert.match(line?.trigger?.event_id ?? "", new RegExp(`^${bucket}/[a-d]\\.txt@SHA-256=`));
    const undeploy = await runCli(["undeploy", "reader", "--nats", url]);
    assert.equal(undeploy.code, 0, describeResult(undeploy));
  });

  it("examples/thumbnails.ts: each image put into `images` gets three sizes in `thumbnails`, made by sharp on the workers", async () => {
    const bus = cluster!.bus;
    const images = await bus.objects("images");
    const deployed = await runCli(["deploy", "examples/thumbnails.ts", "--nats", url]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    const made = [
      { name: "wide.png", width: 640, height: 480, format: "png" as const },
      { name: "photos/tall.jpg", width: 300, height: 600, format: "jpeg" as const },
      { name: "small.png", width: 100, height: 50, format: "png" as const },
    ];
    for (const [i, m] of made.entries()) {
      const img = sharp({ create: { width: m.width, height: m.height, channels: 3, background: { r: 40 * i, g: 120, b: 200 } } });
      await images.put(m.name, await (m.format === "png" ? img.png() : img.jpeg()).toBuffer());
    }
    const runs = await ended("thumbnails", made.length, 60_000);
    for (const r of runs) assert.equal(r.state, "succeeded", JSON.stringify(r.error));
    const thumbs = await bus.objects("thumbnails");
    for (const m of made) {
      for (const w of [64, 128, 256]) {
        const data = await thumbs.get(`${w}/${m.name}`);
        assert.ok(data, `thumbnails/${w}/${m.name} exists`);
        const meta = await sharp(data).metadata();
        const width = Math.min(w, m.width); // never enlarged
        assert.equal(meta.width, width, `${w}/${m.name}`);
        assert.equal(meta.height, Math.round((m.height * width) / m.width), `${w}/${m.name}`);
        assert.equal(meta.format, m.format);
      }
    }
    const result = JSON.parse(runs.find((r) => r.resultJson.includes("wide.png"))!.resultJson) as { source: string; thumbnails: { name: string; width: number }[] };
    assert.equal(result.source, "images/wide.png");
    assert.deepEqual(result.thumbnails.map((t) => [t.name, t.width]), [["64/wide.png", 64], ["128/wide.png", 128], ["256/wide.png", 256]]);
  });

  it("examples/video.ts: an upload describing a video → chunks encoded in parallel, rebased serially; the stored video decodes to the source frames", async () => {
    const bus = cluster!.bus;
    const videos = await bus.objects("videos");
    const deployed = await runCli(["deploy", "examples/video.ts", "--nats", url]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    const spec = { frames: 60, chunk: 10, width: 64, height: 48, seed: 3 };
    await videos.put("notes.txt", bytes("not a video: the trigger's glob is *.json"));
    await videos.put("clip.json", bytes(JSON.stringify(spec)));
    const [run] = await ended("video", 1, 60_000);
    assert.equal(run?.state, "succeeded", JSON.stringify(run?.error));
    const result = JSON.parse(run.resultJson) as { video: string; frames: number; chunks: number; rawBytes: number; parallelBytes: number; rebasedBytes: number; framesSha256: string };
    assert.equal(result.video, "clip.wvid");
    assert.equal(result.frames, 60);
    assert.equal(result.chunks, 6);
    assert.equal(result.rawBytes, 60 * 64 * 48);
    assert.ok(result.rebasedBytes < result.parallelBytes, `the serial rebase makes it smaller: ${result.rebasedBytes} < ${result.parallelBytes}`);
    assert.ok(result.parallelBytes < result.rawBytes);
    // Decode the stored container here: one keyframe, then every frame a delta on the one before.
    const container = await (await bus.objects("encoded")).get("clip.wvid");
    assert.ok(container, "encoded/clip.wvid exists");
    const parts: Buffer[] = [];
    for (let at = 0; at < container.length; ) {
      const n = Buffer.from(container.buffer, container.byteOffset + at, 4).readUInt32LE(0);
      parts.push(inflateSync(container.subarray(at + 4, at + 4 + n)));
      at += 4 + n;
    }
    assert.equal(parts.length, 60);
    const sha = createHash("sha256");
    let prev = parts[0]!;
    sha.update(prev);
    for (const d of parts.slice(1)) {
      const f = Buffer.alloc(d.length);
      for (let i = 0; i < d.length; i++) f[i] = (prev[i]! + d[i]!) & 0xff;
      sha.update(f);
      prev = f;
    }
    assert.equal(sha.digest("hex"), result.framesSha256, "the stored video decodes to the frames the workflow checked");
    await new Promise((r) => setTimeout(r, 500));
    assert.equal((await runsOf("video")).length, 1, "notes.txt did not match *.json");
  });
});
