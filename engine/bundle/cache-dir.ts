/**
 * Where loaded bundles are cached as files: WEFT_CACHE_DIR, else a folder of this user's own in
 * the OS temp dir (`weft-bundles-<uid>`, mode 0700). A folder others may write to is refused:
 * a file planted there would otherwise be imported as a bundle (each load checks the file's
 * hash too, see load-bundle.ts).
 */
import { chmodSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ErrorCode, WeftError } from "../errors.js";

export function bundleCacheDir(): string {
  const given = process.env.WEFT_CACHE_DIR;
  const dir = given ?? join(tmpdir(), `weft-bundles-${process.getuid?.() ?? "user"}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = statSync(dir);
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) {
    throw new WeftError(
      ErrorCode.Infrastructure,
      `the bundle cache ${dir} belongs to another user (uid ${st.uid}): workflow code there could be planted; set WEFT_CACHE_DIR to a folder of your own.`,
    );
  }
  // Ours, but open to others: close it (a folder we own we may chmod).
  if ((st.mode & 0o022) !== 0) chmodSync(dir, st.mode & ~0o077);
  return dir;
}
