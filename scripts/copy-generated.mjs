// tsc does not emit the generated protobuf JavaScript: copy it next to the compiled engine.
import { cpSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(root, "dist", "engine", "gen"), { recursive: true });
for (const f of ["weft.js", "weft.d.ts"]) cpSync(join(root, "engine", "gen", f), join(root, "dist", "engine", "gen", f));
