/**
 * CPU contention on demand, for suites that must hold on a loaded machine (the chaos suite):
 * busy processes that spin, each pinned to one CPU (with `taskset` where it exists) so that
 * they compete with the processes under test for that CPU instead of being moved away by the
 * scheduler. Started and stopped by the suite; each is ended by its own pid.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";

export interface Contention {
  /** What runs, in words (for the suite's output). */
  readonly said: string;
  stop(): Promise<void>;
}

/** Starts `count` busy processes, process i pinned to CPU i mod the CPU count. */
export function startContention(count: number): Contention {
  const cpus = availableParallelism();
  const pinned = count > 0 && spawnSync("taskset", ["-V"]).status === 0;
  const procs: ChildProcess[] = [];
  for (let i = 0; i < count; i++) {
    const spin = [process.execPath, "-e", "for (;;) {}"];
    const [cmd, ...args] = pinned ? ["taskset", "-c", String(i % cpus), ...spin] : spin;
    procs.push(spawn(cmd!, args, { stdio: "ignore" }));
  }
  const said = count === 0 ? "none" : `${count} busy process(es)${pinned ? ` pinned to CPU ${[...new Set(procs.map((_, i) => i % cpus))].join(", ")}` : " (taskset not found: not pinned)"} of ${cpus}`;
  return {
    said,
    async stop() {
      await Promise.all(
        procs.map(
          (p) =>
            new Promise<void>((resolve) => {
              if (p.exitCode !== null || p.signalCode !== null) return resolve();
              p.once("exit", () => resolve());
              p.kill("SIGKILL");
            }),
        ),
      );
    },
  };
}
