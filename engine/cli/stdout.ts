/**
 * stdout carries only what a command answers: the result, a run id, a listing. Anything else
 * written there (a workflow's console.log while it is imported, or while its functions run in
 * this process) goes to stderr, with the log.
 */
import { Writable } from "node:stream";

const answer = process.stdout.write.bind(process.stdout);

/** From now on, process.stdout.write (and so console.log) writes to stderr. */
export function reserveStdout(): void {
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
}

/** Writes a command's answer to the real stdout. */
export function printAnswer(text: string): void {
  answer(text);
}

/** Settles once everything written so far to stdout and stderr has been handed to the OS. */
export function flushed(): Promise<void> {
  const one = (stream: NodeJS.WriteStream) =>
    new Promise<void>((resolve) => {
      if (stream.writableLength === 0 || stream.destroyed) return resolve();
      // The stream's own write (stdout's is rebound to stderr): its callback runs after the writes before it.
      Writable.prototype.write.call(stream, "", "utf8", () => resolve());
    });
  return Promise.all([one(process.stdout), one(process.stderr)]).then(() => {});
}
