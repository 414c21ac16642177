// vitest for test/vitest/*.vitest.ts (mocha runs test/**/*.test.ts): "weft" and "weft/testing"
// point at the sources, as tsconfig.test.json's paths do for the type-checker.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^weft\/testing$/, replacement: `${root}engine/testing/index.ts` },
      { find: /^weft$/, replacement: `${root}sdk/index.ts` },
    ],
  },
  test: {
    include: ["test/vitest/**/*.vitest.ts"],
    testTimeout: 60_000,
  },
});
