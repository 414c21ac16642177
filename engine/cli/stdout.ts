/**
 * stdout carries only what a command answers: the result, a run id, a listing. Anything else
 * written there (a workflow's console.log while it is imported, or while its functions run in
 * this process) goes to stderr, with the log.
 */
const answer = process.stdout.write.bind(process.stdout);

/** From now on, process.stdout.write (and so console.log) writes to stderr. */
export function reserveStdout(): void {
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
}

/** Writes a command's answer to the real stdout. */
export function printAnswer(text: string): void {
  answer(text);
}
