/** Which engine a line measured: the `engine_rev` field. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/**
 * The commit of the checkout at `root`, and when engine/ or sdk/ differ from it (other work in
 * progress), a short hash of those differences. null outside a git checkout.
 */
export function engineRevision(root: string): string | null {
  const git = (...a: string[]) => spawnSync("git", ["-C", root, ...a], { encoding: "utf8", timeout: 5000 });
  const head = git("rev-parse", "--short", "HEAD");
  if (head.status !== 0) return null;
  const diff = git("diff", "HEAD", "--", "engine", "sdk");
  const untracked = git("ls-files", "--others", "--exclude-standard", "--", "engine", "sdk");
  if (!diff.stdout && !untracked.stdout) return head.stdout.trim();
  const h = createHash("sha256").update(diff.stdout ?? "");
  for (const f of (untracked.stdout ?? "").split("\n").filter(Boolean)) {
    h.update(f);
    try {
      h.update(readFileSync(`${root}/${f}`));
    } catch {
      // removed meanwhile
    }
  }
  return `${head.stdout.trim()}+dirty.${h.digest("hex").slice(0, 8)}`;
}
