/**
 * Runs `work` on every item with at most `limit` of them under way at once, and resolves once
 * all have ended (rejects with the first error, after the others have ended). For I/O-bound work
 * whose items each wait on their own (a replay that waits for its log to go quiet): one after
 * the other, their waits add up; all at once, a thousand items open a thousand consumers.
 */
export async function eachAtMost<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  if (!(Number.isInteger(limit) && limit >= 1)) throw new RangeError(`eachAtMost: limit ${limit} is not a whole number >= 1`);
  const queue = [...items];
  let next = 0;
  let failure: { err: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (next < queue.length) {
      const item = queue[next++]!;
      try {
        await work(item);
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, lane));
  if (failure) throw failure.err;
}
