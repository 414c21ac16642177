/**
 * Child processes a task started outlived it: a `sleep 60` spawned by a task that returned ran
 * on, and so did whatever a timed-out or cancelled attempt had started (issue 19 item 8). Once
 * this guard is installed, every child process started from an attempt's code (spawn, exec,
 * execFile, fork: all of them go through ChildProcess.prototype.spawn) belongs to that
 * attempt's scope, which ends it when the attempt ends (attempt-scope.ts). Processes weft
 * starts itself, outside any attempt, are left alone. A child's own children are its business
 * (a shell that does not exec its command keeps them as its children).
 */
import { ChildProcess } from "node:child_process";
import { userCode } from "./attempt-scope.js";

let installed = false;

/** Who takes a child process started by user code: the running attempt's scope, if any. */
export type ChildAdopter = () => { adopt(child: ChildProcess): void } | undefined;

/**
 * Makes child processes started by an attempt's code that attempt's (once per process, or per
 * thread: an isolation thread has its own ChildProcess and passes an adopter that tells its worker).
 */
export function guardChildProcesses(adopter: ChildAdopter = () => userCode.getStore()): void {
  if (installed) return;
  installed = true;
  const proto = ChildProcess.prototype as unknown as { spawn: (this: ChildProcess, ...args: unknown[]) => unknown };
  const spawn = proto.spawn;
  proto.spawn = function (this: ChildProcess, ...args: unknown[]): unknown {
    const result = spawn.apply(this, args); // throws as before (bad arguments): nothing to adopt
    adopter()?.adopt(this);
    return result;
  };
}
