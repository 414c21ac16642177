/// <reference types="mocha" />
import assert from "node:assert/strict";
import { join } from "node:path";
import { userError, userStack } from "../../engine/bundle/user-stack.js";
import { bundleCacheDir } from "../../engine/bundle/cache-dir.js";
import { REPO_ROOT } from "../helpers/cli.js";

const engineFrame = `    at AttemptRunner.runAttempt (${join(REPO_ROOT, "engine/worker/run/attempts.ts")}:74:9)`;
const distFrame = `    at async Command.parseAsync (file://${join(REPO_ROOT, "dist/engine/cli/main.js")}:38:45)`;
const depFrame = `    at parse (${join(REPO_ROOT, "node_modules/commander/lib/command.js")}:1122:5)`;
const nodeFrame = "    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)";
const userFrame = `    at explode (${join(bundleCacheDir(), "test/fixtures/throws.ts")}:7:11)`;

describe("userStack: stack traces as a workflow's author needs them", () => {
  it("keeps the message and the user's frames, drops weft's, its dependencies' and Node's, and cuts the bundle cache folder", () => {
    const stack = ["Error: kaboom", userFrame, "    at new Promise (<anonymous>)", engineFrame, distFrame, depFrame, nodeFrame].join("\n");
    assert.equal(userStack(stack), "Error: kaboom\n    at explode (test/fixtures/throws.ts:7:11)");
  });

  it("leaves an error of weft itself (no user frame) whole", () => {
    const stack = ["Error: internal", engineFrame, nodeFrame].join("\n");
    assert.equal(userStack(stack), stack);
  });

  it("userError trims the stack of an error info and keeps the rest", () => {
    const info = { code: "E_USER_CODE", message: "kaboom", stack: ["Error: kaboom", userFrame, engineFrame].join("\n"), terminal: false };
    assert.deepEqual(userError(info), { ...info, stack: "Error: kaboom\n    at explode (test/fixtures/throws.ts:7:11)" });
    assert.deepEqual(userError({ ...info, stack: "" }), { ...info, stack: "" });
  });
});
