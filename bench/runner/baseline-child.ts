/**
 * The baseline's own process in `--ratio` mode (see baseline.ts): started with fork(), it runs
 * one baseline computation per request (or, for the split, the partial result of a block of
 * units) and replies with its wall time and answer (sent with the "advanced" serialization). A separate
 * process, so the baseline is a plain single-process Node program (its heap and JIT are its
 * own, not shared with the coordinator that runs inside the benchmark process).
 */
import { partialOf, timedBaseline, type WorkloadId } from "../workloads/baseline.js";

type Request =
  | { type: "run"; seq: number; id: WorkloadId; input: Record<string, unknown> }
  | { type: "partial"; seq: number; id: WorkloadId; input: Record<string, unknown>; lo: number; hi: number }
  | { type: "stop" };

const send = process.send?.bind(process);
if (!send) {
  process.stderr.write("baseline-child: start me with fork()\n");
  process.exit(2);
}
/**
 * After each timed computation (outside its timing), the garbage it left is collected before the
 * reply: otherwise V8 collects it later, in the background, on the CPUs the next weft run uses.
 * (Started with --expose-gc; without it this does nothing.)
 */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

process.on("message", (m: Request) => {
  if (m.type === "stop") process.exit(0);
  try {
    if (m.type === "partial") {
      const t0 = performance.now();
      const answer = partialOf(m.id, m.input, m.lo, m.hi);
      const wallS = (performance.now() - t0) / 1000;
      send({ type: "done", seq: m.seq, wallS, answer });
      collect(); // after the send: the partial's transfer is part of the split's time, this is not
      return;
    }
    const { wallS, answer } = timedBaseline(m.id, m.input);
    collect();
    send({ type: "done", seq: m.seq, wallS, answer });
  } catch (err) {
    send({ type: "error", seq: m.seq, message: (err as Error).stack ?? String(err) });
  }
});
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
