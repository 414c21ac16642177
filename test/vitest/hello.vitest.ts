// The same kind of test under vitest: `npx vitest run --config test/vitest/vitest.config.ts`
// (run in the suite by test/e2e/vitest.test.ts).
import { describe, expect, it } from "vitest";
import { runLocal } from "weft/testing";
import { workflow } from "weft";
import hello from "../../examples/hello.js";

const flaky = workflow<{ n: number }>("flaky", (wf) => {
  const a = wf.node("call", async (ctx) => ctx.input.n + 1, { retries: { retries: 2, backoffMs: 30_000 } });
  wf.node("twice", a, async (x) => x * 2);
});

describe("runLocal under vitest", () => {
  it("gives examples/hello.ts's result", async () => {
    const run = await runLocal(hello, { n: 4 });
    expect(run.result).toBe(24);
  });

  it("retries after a 30 s backoff on simulated time", async () => {
    const run = await runLocal(flaky, { n: 1 }, { faults: [{ fail: "call", attempt: 1 }] });
    expect(run.result).toBe(4);
    expect(run.nodes.call?.retries).toBe(1);
    expect(run.simulatedMs).toBeGreaterThanOrEqual(24_000); // 30 s less at most 20 % jitter
  });
});
