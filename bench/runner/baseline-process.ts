/**
 * The single-process baseline (and each process of the split) in its own child process,
 * bench/runner/baseline-child.ts: one request at a time, each timed inside the child, so the parent's
 * engine and NATS traffic never run on the baseline's event loop.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { WorkloadId } from "../workloads/baseline.js";

export class BaselineChild {
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (r: { wallS: number; answer: unknown }) => void; reject: (e: Error) => void }>();
  private constructor(private readonly child: ChildProcess) {
    child.on("message", (m: { type: string; seq?: number; wallS?: number; answer?: unknown; message?: string }) => {
      const w = m.seq === undefined ? undefined : this.waiting.get(m.seq);
      if (!w) return;
      this.waiting.delete(m.seq!);
      if (m.type === "done") w.resolve({ wallS: m.wallS!, answer: m.answer });
      else w.reject(new Error(`baseline: ${m.message}`));
    });
    child.on("exit", (code) => {
      for (const w of this.waiting.values()) w.reject(new Error(`the baseline process exited (code ${code})`));
      this.waiting.clear();
    });
  }

  static async start(): Promise<BaselineChild> {
    const child = fork(fileURLToPath(new URL("./baseline-child.js", import.meta.url)), [], { stdio: ["ignore", 2, 2, "ipc"], serialization: "advanced", execArgv: ["--expose-gc"] });
    await new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`the baseline process exited during start-up (code ${code})`)));
    });
    return new BaselineChild(child);
  }

  run(id: WorkloadId, input: Record<string, unknown>): Promise<{ wallS: number; answer: unknown }> {
    return this.request({ type: "run", id, input });
  }

  partial(id: WorkloadId, input: Record<string, unknown>, lo: number, hi: number): Promise<{ wallS: number; answer: unknown }> {
    return this.request({ type: "partial", id, input, lo, hi });
  }

  private request(body: Record<string, unknown>): Promise<{ wallS: number; answer: unknown }> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.child.send({ ...body, seq });
    });
  }

  stop(): void {
    if (this.child.exitCode === null) this.child.kill("SIGTERM");
  }
}
