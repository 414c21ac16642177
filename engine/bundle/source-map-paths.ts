/**
 * A bundle's inline source map names its sources relative to the folder it was bundled in
 * (esbuild's working directory). Node resolves them against the bundle's own file, in the
 * bundle cache: a workflow outside the current folder (`../proj/wf.ts`) came out as a path
 * under the cache's parent with its first folder dropped. Made absolute (file URLs) here, so
 * stack frames show the real path of the workflow file on the machine it was bundled on.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const MARKER = "//# sourceMappingURL=data:application/json;base64,";

/** `code` with its inline source map's sources made absolute against `baseDir`; unchanged without one. */
export function absoluteSourcePaths(code: Uint8Array, baseDir: string): Uint8Array {
  const text = Buffer.from(code.buffer, code.byteOffset, code.byteLength).toString("utf8");
  const at = text.lastIndexOf(MARKER);
  if (at < 0) return code;
  const encoded = text.slice(at + MARKER.length).trim();
  let map: { sources?: string[]; sourceRoot?: string };
  try {
    map = JSON.parse(Buffer.from(encoded, "base64").toString("utf8")) as typeof map;
  } catch {
    return code; // not a map we can read: leave the bundle as esbuild wrote it
  }
  const root = map.sourceRoot ?? "";
  map.sources = (map.sources ?? []).map((s) => (/^[a-z]+:/i.test(s) ? s : pathToFileURL(resolve(baseDir, root + s)).href));
  delete map.sourceRoot;
  const out = `${text.slice(0, at)}${MARKER}${Buffer.from(JSON.stringify(map)).toString("base64")}\n`;
  return new Uint8Array(Buffer.from(out, "utf8"));
}
