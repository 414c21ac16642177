#!/usr/bin/env node
// The weft CLI, from compiled JavaScript (run `npm run build` after changing the sources).
import "../dist/engine/cli/main.js";
