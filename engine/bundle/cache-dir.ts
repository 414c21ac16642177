/** Where loaded bundles are cached as files (WEFT_CACHE_DIR, else a folder in the OS temp dir). */
import { tmpdir } from "node:os";
import { join } from "node:path";

export function bundleCacheDir(): string {
  return process.env.WEFT_CACHE_DIR ?? join(tmpdir(), "weft-bundles");
}
