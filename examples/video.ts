// Video, the ExCamera pattern (Fouladi et al., NSDI '17) on synthetic frames: a video is cut
// into chunks encoded in parallel, each from a keyframe of its own (wf.map: a task per chunk),
// then one serial pass goes from chunk to chunk carrying the state the next chunk needs (the
// last decoded frame of the one before) and "rebases" each chunk onto it: its keyframe is
// replaced by a delta against that frame, which is what makes the parallel encoding nearly as
// small as a serial one.
//   weft deploy examples/video.ts     (declared trigger: each *.json put into bucket "videos")
//   nats object put videos clip.json  with {"frames": 96, "chunk": 12, "width": 64, "height": 48, "seed": 7}
// The encoded video is written to the bucket `encoded` as `<name>.wvid`.
//
// What it models, honestly: the frames are generated (a moving gradient and a moving square,
// a pure function of the seed and the frame number), and the "codec" is lossless: a frame is
// its byte-wise difference from the reference frame, compressed with zlib deflate; a keyframe
// is the frame itself, deflated. There is no motion search and no quantisation. What is real is
// the shape of the computation: independent parallel work whose results are each cheaper to
// compute than to combine, then a sequential pass whose state flows from chunk to chunk, and a
// decode that checks every frame comes back bit for bit.
import { createHash } from "node:crypto";
import { deflateSync, inflateSync } from "node:zlib";
import { TerminalError, workflow, type ObjectPut } from "weft";

interface VideoSpec {
  frames: number;
  chunk: number;
  width: number;
  height: number;
  seed: number;
}

/** One encoded chunk: its first frame (a keyframe, or after the rebase a delta) and the deltas of the rest. */
interface EncodedChunk {
  index: number;
  from: number;
  /** The first frame: deflated pixels (a keyframe) or a deflated delta against the previous chunk's last frame. */
  first: Uint8Array;
  firstIsKey: boolean;
  deltas: Uint8Array[];
}

/** Frame `t` of the synthetic video: grey levels, one byte a pixel. */
function frame(spec: VideoSpec, t: number): Uint8Array {
  const { width: w, height: h, seed } = spec;
  const px = new Uint8Array(w * h);
  const sq = Math.max(4, Math.floor(Math.min(w, h) / 4));
  const sx = (seed * 13 + t * 2) % Math.max(1, w - sq);
  const sy = (seed * 7 + t) % Math.max(1, h - sq);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const inSquare = x >= sx && x < sx + sq && y >= sy && y < sy + sq;
      px[y * w + x] = inSquare ? 255 - ((seed + t) % 32) : (x * 3 + y * 2 + t * 4 + seed) & 0xff;
    }
  }
  return px;
}

/** `cur - ref`, byte-wise modulo 256 (mostly zeros when little moved). */
function diff(cur: Uint8Array, ref: Uint8Array): Uint8Array {
  const d = new Uint8Array(cur.length);
  for (let i = 0; i < cur.length; i++) d[i] = (cur[i]! - ref[i]!) & 0xff;
  return d;
}

/** `ref + d`: the inverse of diff. */
function undiff(d: Uint8Array, ref: Uint8Array): Uint8Array {
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = (ref[i]! + d[i]!) & 0xff;
  return out;
}

const sizeOf = (c: EncodedChunk) => c.first.length + c.deltas.reduce((n, d) => n + d.length, 0);

/** Decodes a chunk given the frame before it (needed once its first frame is a delta). */
function decodeChunk(c: EncodedChunk, before: Uint8Array | undefined): Uint8Array[] {
  const first = inflateSync(c.first);
  if (!c.firstIsKey && !before) throw new Error(`chunk ${c.index} starts with a delta but has no frame before it`);
  const frames = [c.firstIsKey ? new Uint8Array(first) : undiff(first, before!)];
  for (const d of c.deltas) frames.push(undiff(inflateSync(d), frames[frames.length - 1]!));
  return frames;
}

function readSpec(bytes: Uint8Array | undefined, where: string): VideoSpec {
  if (!bytes) throw new TerminalError(`${where} is gone (deleted or replaced before its run)`);
  let v: Partial<VideoSpec>;
  try {
    v = JSON.parse(new TextDecoder().decode(bytes)) as Partial<VideoSpec>;
  } catch (err) {
    throw new TerminalError(`${where} is not JSON: ${(err as Error).message}`);
  }
  const int = (k: keyof VideoSpec, min: number, max: number, dflt: number) => {
    const x = v[k] ?? dflt;
    if (!Number.isInteger(x) || x < min || x > max) throw new TerminalError(`${where}: "${k}" must be a whole number in ${min}..${max}, got ${JSON.stringify(v[k])}`);
    return x;
  };
  return { frames: int("frames", 1, 10_000, 96), chunk: int("chunk", 1, 1000, 12), width: int("width", 8, 1024, 64), height: int("height", 8, 1024, 48), seed: int("seed", 0, 1e9, 0) };
}

export default workflow<ObjectPut>("video", (wf) => {
  wf.trigger({ kind: "object", bucket: "videos", match: "*.json" });

  // The upload describes the video; the chunks are cut here.
  const plan = wf.node("plan", async (ctx) => {
    const { bucket, name } = ctx.input;
    const spec = readSpec(await ctx.objects.get(bucket, name), `${bucket}/${name}`);
    const chunks = [];
    for (let from = 0, index = 0; from < spec.frames; from += spec.chunk, index++) chunks.push({ spec, index, from, to: Math.min(spec.frames, from + spec.chunk) });
    return { name, spec, chunks };
  });

  // Parallel: each chunk from a keyframe of its own, knowing nothing of the others.
  const encoded = wf.map("encode", wf.node("chunks", plan, (p) => p.chunks), async ({ spec, index, from, to }): Promise<EncodedChunk> => {
    const frames = Array.from({ length: to - from }, (_, i) => frame(spec, from + i));
    const deltas = frames.slice(1).map((f, i) => deflateSync(diff(f, frames[i]!)));
    return { index, from, first: deflateSync(frames[0]!), firstIsKey: true, deltas };
  });

  // Serial: chunk by chunk, carrying the previous chunk's last decoded frame as the reference.
  wf.node("rebase", [plan, encoded], async ([p, chunks], ctx) => {
    const parallelBytes = chunks.reduce((n, c) => n + sizeOf(c), 0);
    const out: EncodedChunk[] = [];
    let carried: Uint8Array | undefined; // the state passed from chunk to chunk
    for (const c of [...chunks].sort((a, b) => a.index - b.index)) {
      const frames = decodeChunk(c, undefined);
      const rebased = carried ? { ...c, first: deflateSync(diff(frames[0]!, carried)), firstIsKey: false } : c;
      out.push(rebased);
      carried = frames[frames.length - 1];
    }
    // Decode the whole result, as a player would, and check every frame against the source.
    const sha = createHash("sha256");
    let before: Uint8Array | undefined;
    let decodedFrames = 0;
    for (const c of out) {
      const frames = decodeChunk(c, before);
      frames.forEach((f, i) => {
        if (!Buffer.from(f).equals(frame(p.spec, c.from + i))) throw new Error(`frame ${c.from + i} does not decode to its source`);
        sha.update(f);
      });
      decodedFrames += frames.length;
      before = frames[frames.length - 1];
    }
    // The container: for each chunk, a 4-byte length then the bytes of each of its parts.
    const parts = out.flatMap((c) => [c.first, ...c.deltas]);
    const container = Buffer.concat(parts.flatMap((b) => [Buffer.from(Uint32Array.of(b.length).buffer), Buffer.from(b)]));
    const target = p.name.replace(/\.json$/, "") + ".wvid";
    await ctx.objects.put("encoded", target, container);
    const rebasedBytes = out.reduce((n, c) => n + sizeOf(c), 0);
    ctx.log.info(`${p.name}: ${out.length} chunks, ${parallelBytes} bytes in parallel, ${rebasedBytes} after the serial rebase`);
    return {
      video: target,
      frames: decodedFrames,
      chunks: out.length,
      rawBytes: p.spec.frames * p.spec.width * p.spec.height,
      parallelBytes,
      rebasedBytes,
      framesSha256: sha.digest("hex"),
    };
  });
});
