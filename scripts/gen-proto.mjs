// Generates engine/gen/weft.js (+ .d.ts) from proto/weft.proto with pbjs/pbts.
// `--check` regenerates into a temp folder and fails when the committed files are stale.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const outDir = check ? mkdtempSync(join(tmpdir(), "weft-proto-")) : join(root, "engine", "gen");
mkdirSync(outDir, { recursive: true });
const bin = (name) => join(root, "node_modules", ".bin", name);
const js = join(outDir, "weft.js");
execFileSync(bin("pbjs"), ["-t", "static-module", "-w", "es6", "--force-long", "--no-verify", "-o", js, join(root, "proto", "weft.proto")], { stdio: "inherit" });
// pbjs writes `import * as $protobuf from "protobufjs/minimal"`; Node ESM needs the file extension.
const fixed = readFileSync(js, "utf8")
  .replace(/from "protobufjs\/minimal"/g, 'from "protobufjs/minimal.js"')
  // A decoded oneof member is followed by `message.<oneof> = "<member>"`, whose setter deletes
  // every other member (a runtime `delete` each): half the time of decoding a run log entry.
  // The oneof's getter finds the member set without it, so the decoders leave it out.
  .replace(/^ *message\.\w+ = "\w+";\n/gm, "");
(await import("node:fs")).writeFileSync(js, fixed);
execFileSync(bin("pbts"), ["-o", join(outDir, "weft.d.ts"), js], { stdio: "inherit" });
if (check) {
  for (const f of ["weft.js", "weft.d.ts"]) {
    const committed = join(root, "engine", "gen", f);
    if (!existsSync(committed) || readFileSync(committed, "utf8") !== readFileSync(join(outDir, f), "utf8")) {
      console.error(`engine/gen/${f} is stale: run \`npm run proto:gen\` and commit the result.`);
      process.exit(1);
    }
  }
  console.log("generated protobuf code is up to date");
}
