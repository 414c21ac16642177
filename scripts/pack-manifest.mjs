// The packed package.json without the `prepare` script: `prepare` builds a checkout after
// `npm install`, but in an installed tarball (already built) npm 11 would list it as an install
// script awaiting approval. `strip` (prepack) sets it aside, `restore` (postpack) puts it back.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = join(root, "package.json");
const kept = join(root, ".package.json.unpacked");

const mode = process.argv[2];
if (mode === "strip") {
  if (existsSync(kept)) renameSync(kept, manifest); // a pack that died before its postpack
  const text = readFileSync(manifest, "utf8");
  const pkg = JSON.parse(text);
  delete pkg.scripts.prepare;
  writeFileSync(kept, text);
  writeFileSync(manifest, JSON.stringify(pkg, null, 2) + "\n");
} else if (mode === "restore") {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  console.error("usage: node scripts/pack-manifest.mjs strip|restore");
  process.exit(2);
}
