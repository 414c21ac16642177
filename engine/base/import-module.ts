/**
 * import() of a module named at run time (a workflow bundle's file). The worker bundle is a
 * CommonJS script compiled with a V8 code cache (engine/cli/code-cache.ts), and in Node 20 an
 * import() in code deserialized from a cache finds no module loader: its loader (main.cjs, which
 * node's CommonJS loader compiled with an import() of its own) lends that one (`lendImport`).
 */
const LENT = Symbol.for("weft.importModule");

type Importer = (specifier: string) => Promise<unknown>;

export function importModule(specifier: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, unknown>)[LENT] as Importer | undefined;
  return lent ? lent(specifier) : import(specifier);
}

/** Makes importModule use `importer` (an ES module's import()) in this process. */
export function lendImport(importer: Importer): void {
  (globalThis as Record<symbol, unknown>)[LENT] = importer;
}
