/**
 * Ctrl-C handling: the first SIGINT/SIGTERM runs `graceful` (cancel the run, stop the stack);
 * a second one exits at once.
 */
export function onInterrupt(graceful: () => Promise<void>): () => void {
  let count = 0;
  const handler = () => {
    count++;
    if (count > 1) process.exit(130);
    process.stderr.write("\nweft: interrupted: cancelling (Ctrl-C again to quit at once)\n");
    void graceful().finally(() => process.exit(1));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}

/** Resolves on the first SIGINT or SIGTERM (for long-running services). */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const h = (s: NodeJS.Signals) => {
      process.off("SIGINT", h);
      process.off("SIGTERM", h);
      resolve(s);
    };
    process.on("SIGINT", h);
    process.on("SIGTERM", h);
  });
}
