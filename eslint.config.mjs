// @ts-check
/**
 * The boundaries weft keeps, checked by `npm run lint` (see README "Architecture"):
 * - no import cycles, anywhere;
 * - model/ imports nothing of sdk/ or engine/ and no package: it is what both sides share;
 * - sdk/ imports only model/ (and itself): a bundle carries it into every worker;
 * - engine/core/ and engine/plan/ decide and do nothing: no node:*, NATS or protobuf import,
 *   no clock, no timer, no randomness (the shell passes `at`, draws and delays in);
 * - no floating promises in the product: an unawaited promise loses its error;
 * - lines of code at most 160 characters (strings, template literals and URLs may run longer:
 *   an error message reads better whole).
 */
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

const PRODUCT = ["model/**/*.ts", "sdk/**/*.ts", "engine/**/*.ts"];

/** Imports that do I/O or depend on the transport: the pure folders may use none of them. */
const IO_PACKAGES = [
  { group: ["node:*"], message: "engine/core and engine/plan are pure: do I/O in the shell (worker, coordinator, bus) and pass the result in." },
  { group: ["@nats-io/*"], message: "engine/core and engine/plan know no NATS: the bus (engine/bus) does." },
  { group: ["protobufjs", "protobufjs/*", "**/gen/*", "**/wire/*"], message: "engine/core and engine/plan know no wire format: engine/wire does." },
];

/** Time and randomness come in from the shell (engine/base/clock.ts, random.ts). */
const CLOCK_GLOBALS = ["setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate", "performance"].map((name) => ({
  name,
  message: "engine/core and engine/plan read no clock and arm no timer: take `at`/`now` from the caller, or a Clock (engine/base/clock.ts).",
}));
const CLOCK_PROPERTIES = [
  { object: "Date", property: "now", message: "engine/core and engine/plan read no clock: take `at`/`now` from the caller." },
  { object: "Math", property: "random", message: "engine/core and engine/plan draw no randomness: take a draw or a Random (engine/base/random.ts)." },
  ...["setTimeout", "setInterval", "setImmediate", "performance"].map((property) => ({
    object: "globalThis",
    property,
    message: "engine/core and engine/plan read no clock and arm no timer.",
  })),
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "engine/gen/**", "bench/out/**", "**/*.mjs", "**/*.js", "**/*.cjs"] },
  {
    files: ["**/*.ts"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project: ["./tsconfig.test.json"], tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin, "import-x": importX },
    settings: {
      // Without these, import-x skips .ts files when it follows imports, and sees no cycle.
      "import-x/extensions": [".ts", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.test.json" })],
    },
    linterOptions: { reportUnusedDisableDirectives: "off" },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: PRODUCT,
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "max-len": ["error", { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    files: ["model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/engine/**", "**/sdk/**", "**/bench/**", "**/test/**"], message: "model/ is what sdk/ and engine/ share: it imports neither." },
            { regex: "^[^.]", message: "model/ imports no package (not even node:*): it is plain data and pure functions." },
          ],
        },
      ],
    },
  },
  {
    files: ["sdk/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/engine/**", "**/bench/**", "**/test/**"], message: "sdk/ imports only model/ (a bundle carries the SDK into every worker): move what both need to model/." },
            { regex: "^[^.]", message: "sdk/ imports no package: it is bundled into every workflow." },
          ],
        },
      ],
    },
  },
  {
    files: ["engine/core/**/*.ts", "engine/plan/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: IO_PACKAGES }],
      "no-restricted-globals": ["error", ...CLOCK_GLOBALS],
      "no-restricted-properties": ["error", ...CLOCK_PROPERTIES],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "engine/core and engine/plan read no clock: `new Date()` is now; take `at` from the caller." },
      ],
    },
  },
  {
    // The web view's front-end (ui/src, built by Vite): its own tsconfig (DOM, JSX); the same
    // cycle rule, no floating promises, the same line length.
    files: ["ui/src/**/*.ts", "ui/src/**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project: ["./ui/tsconfig.json"], tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin, "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./ui/tsconfig.json" })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-floating-promises": "error",
      "max-len": ["error", { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // Tests and the bench: the same cycle rule; floating promises are reported, since an
    // unawaited assertion passes vacuously.
    files: ["test/**/*.ts", "bench/**/*.ts", "examples/**/*.ts"],
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
    },
  },
);
