#!/usr/bin/env node
// The weft CLI, from compiled JavaScript (run `npm run build` after changing the sources).
// `weft worker` starts from the CLI bundled at build time (dist/engine/worker-bundle/, made by
// scripts/bundle-worker.mjs): a worker's start is its cold start (a worker joining a run, a
// Deployment scaled from zero), and loading the CLI's ~110 modules one by one was most of it.
// Only a bundle not older than the compiled CLI is used (a `tsc` alone leaves it stale); the
// autoscaler's workers start from it the same way (engine/client/local-stack.ts).
import { existsSync, statSync } from "node:fs";

const cli = new URL("../dist/engine/cli/main.js", import.meta.url);
const workerBundle = new URL("../dist/engine/worker-bundle/main.cjs", import.meta.url);
const bundleFresh = () => existsSync(workerBundle) && statSync(workerBundle).mtimeMs >= statSync(cli).mtimeMs;
await import(process.argv[2] === "worker" && bundleFresh() ? workerBundle.href : cli.href);
