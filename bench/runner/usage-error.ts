/** A bad command line, and how the bench's tools exit on one. */

/** A bad command line: the tools print it (with their usage) and exit 2. */
export class UsageError extends Error {}

/** Runs a tool's main and exits with its code: 2 for a usage error, 1 for any other error. */
export function exitWith(name: string, run: Promise<number>): void {
  run.then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${name}: ${(err as Error).message}\n`);
      process.exit(err instanceof UsageError ? 2 : 1);
    },
  );
}
