/**
 * The node flags a worker process starts with: the engine's defaults, then the user's own
 * (`--worker-node-options`, NODE_OPTIONS), which win.
 *
 * The one default is a larger young generation. Record stages allocate a record (a word, a
 * parsed line) per input item and drop it a little later; with node's default 16 MB
 * semi-space, a partition's records outlive it, so they are copied, promoted and then marked
 * and swept in the old generation. At 64 MB the word count's kernel took about 10 % less CPU
 * (bench/diagnostics/w3-heap-model.ts, bench/README.md W3). V8 grows the young generation up to that size only when survivors
 * keep it busy, so a worker running small tasks does not pay for it.
 */
export const WORKER_SEMI_SPACE_MB = 64;

const SEMI_SPACE_FLAG = "--max-semi-space-size";

/** `user` (flags for node) after the engine's defaults that neither it nor `nodeOptions` sets. */
export function workerNodeFlags(user: readonly string[] = [], nodeOptions: string = process.env.NODE_OPTIONS ?? ""): string[] {
  // node takes --max_semi_space_size as well.
  const given = [...user, ...nodeOptions.split(/\s+/)].map((f) => f.replace(/_/g, "-"));
  const sets = (flag: string) => given.some((f) => f === flag || f.startsWith(`${flag}=`));
  return sets(SEMI_SPACE_FLAG) ? [...user] : [`${SEMI_SPACE_FLAG}=${WORKER_SEMI_SPACE_MB}`, ...user];
}
