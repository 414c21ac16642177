/**
 * End to end, the CLI's output reaches a slow reader whole: `weft logs RUN` into a pipe whose
 * reader starts late printed a few hundred of thousands of lines and exited 0 (issue 19 item
 * 11); every command now exits only once its stdout and stderr are flushed. Spawns the
 * COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describeResult, runCli, startCluster, WEFT_BIN, type Cluster } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";

const exec = promisify(execFile);

describe("e2e: CLI output into a slow pipe", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    cluster = await startCluster(["wa"]);
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
  });

  it("weft logs RUN into a reader that starts 2 s late gets every line, and the command's exit code", async () => {
    const run = await runCli(["submit", "test/fixtures/chatty-fanout.ts", "--input", '{"n": 3000}', "--follow", "--nats", cluster!.url], { timeoutMs: 60_000 });
    assert.equal(run.code, 0, describeResult(run));
    const lines = run.stderr.split("\n").filter((l) => l.trim() !== "").length;
    assert.ok(lines > 3000, `a long log (${lines} lines)`);
    const runId = (await runCli(["runs", "--json", "--nats", cluster!.url])).stdout.trim().split("\n").map((l) => JSON.parse(l) as { run: string })[0]!.run;
    // The shell's pipe: the reader sleeps before it reads anything; weft must wait for it.
    const script = `"${process.execPath}" "${WEFT_BIN}" logs ${runId} --nats ${cluster!.url} 2>&1 | (sleep 2; wc -l); exit \${PIPESTATUS[0]}`;
    const { stdout } = await exec("bash", ["-c", script], { timeout: 60_000 });
    assert.equal(Number(stdout.trim()), lines, "every line of the log");
  });
});
