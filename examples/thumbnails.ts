// Thumbnails: each image put into the object store bucket `images` becomes three sizes, made
// with `sharp` and written to the bucket `thumbnails` as `<width>/<name>`.
//   weft deploy examples/thumbnails.ts          (the trigger is declared below: bucket "images")
//   then put an image into `images` with any NATS client, e.g. `nats object put images cat.png`
// `sharp` has a native addon, so weft does not bundle it: workers load it from their own
// node_modules (install it where they run; see docs/triggers.md, "Native modules").
import sharp from "sharp";
import { TerminalError, workflow, type ObjectPut } from "weft";

/** The widths made; the height follows the image's aspect ratio. */
const WIDTHS = [64, 128, 256];
const OUTPUT_BUCKET = "thumbnails";

export default workflow<ObjectPut>("thumbnails", (wf) => {
  wf.trigger({ kind: "object", bucket: "images" });

  const image = wf.node("image", async (ctx) => {
    const put = ctx.input;
    if (typeof put?.bucket !== "string" || typeof put.name !== "string") {
      throw new TerminalError(`the input must be an object put ({bucket, name, ...}), got ${JSON.stringify(put)}`);
    }
    return { bucket: put.bucket, name: put.name };
  });
  const sizes = wf.node("sizes", image, async (img) => WIDTHS.map((width) => ({ ...img, width })));

  // One task per size: on several workers at once when there are several.
  const made = wf.map("resize", sizes, async ({ bucket, name, width }, ctx) => {
    const bytes = await ctx.objects.get(bucket, name);
    if (!bytes) throw new TerminalError(`${bucket}/${name} is gone (deleted or replaced before its run)`);
    const out = await sharp(bytes)
      .resize({ width, withoutEnlargement: true })
      .toBuffer({ resolveWithObject: true })
      .catch((err: Error) => {
        throw new TerminalError(`${bucket}/${name} is not an image sharp can read: ${err.message}`);
      });
    const target = `${width}/${name}`;
    await ctx.objects.put(OUTPUT_BUCKET, target, out.data);
    return { name: target, width: out.info.width, height: out.info.height, format: out.info.format, bytes: out.info.size };
  });

  wf.node("done", [image, made], async ([img, thumbs], ctx) => {
    ctx.log.info(`${img.bucket}/${img.name}: ${thumbs.map((t) => `${t.width}x${t.height}`).join(", ")} in ${OUTPUT_BUCKET}`);
    return { source: `${img.bucket}/${img.name}`, bucket: OUTPUT_BUCKET, thumbnails: thumbs };
  });
});
