/**
 * The web view's built front-end (dist/ui, made by `vite build`) served as static files:
 * hashed assets cached for good, index.html for every other path (the page routes itself),
 * gzip when the browser takes it (compressed once, kept in memory: the files are few).
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ErrorCode, WeftError } from "../errors.js";
import { errorAnswer } from "../gateway/http-errors.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".ico": "image/x-icon",
};

/**
 * Where the built front-end is: dist/ui beside dist/engine. Run from the sources (tsx), this
 * file is engine/ui/, and the build is still in dist/ui.
 */
export function defaultUiDir(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const root = resolve(here, "..", "..");
  return root.endsWith(`${sep}dist`) ? join(root, "ui") : join(root, "dist", "ui");
}

interface Loaded {
  body: Buffer;
  gzipped: Buffer;
  type: string;
}

/** Serves `dir` under `/`: the routes registered before keep their paths. Throws E_USAGE when `dir` holds no build. */
export function staticFiles(app: FastifyInstance, dir: string): void {
  const root = resolve(dir);
  if (!existsSync(join(root, "index.html"))) {
    throw new WeftError(ErrorCode.Usage, `the web view is not built (no ${join(root, "index.html")}): run \`npm run build\` in weft's folder.`);
  }
  const cache = new Map<string, Loaded>();
  const load = (file: string): Loaded | undefined => {
    let hit = cache.get(file);
    if (hit) return hit;
    if (!existsSync(file)) return undefined;
    const body = readFileSync(file);
    hit = { body, gzipped: gzipSync(body), type: TYPES[extname(file)] ?? "application/octet-stream" };
    cache.set(file, hit);
    return hit;
  };
  const send = (req: FastifyRequest, reply: FastifyReply, f: Loaded, immutable: boolean) => {
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    void reply.header("content-type", f.type).header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    if (gzip) void reply.header("content-encoding", "gzip").header("vary", "accept-encoding");
    return reply.send(gzip ? f.gzipped : f.body);
  };
  app.get("/*", async (req, reply) => {
    const path = decodeURIComponent(req.url.split("?")[0] ?? "/");
    const file = resolve(root, "." + path);
    // A path that leaves the folder (../) gets the page, never a file from elsewhere.
    const inside = file.startsWith(root + sep);
    const asset = inside && path.startsWith("/assets/") ? load(file) : undefined;
    if (asset) return send(req, reply, asset, true);
    if (path.startsWith("/assets/") || path.startsWith("/v1/")) {
      const { status, body } = errorAnswer(new WeftError(ErrorCode.NotFound, `no file or route ${path}`));
      return reply.code(status).send(body);
    }
    const other = inside && extname(path) ? load(file) : undefined;
    return send(req, reply, other ?? load(join(root, "index.html"))!, false);
  });
}
