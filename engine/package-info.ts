/**
 * What weft knows of its own package: its npm name and version, read from the package.json
 * it ships with (so `weft --version` and the bundler's alias never drift from a release).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The SDK's import name inside this repository and in workflow files written for it. */
export const SDK_ALIAS = "weft";

interface PackageJson {
  name: string;
  version: string;
}

/**
 * The package.json above this file: one folder up from the source (engine/), two from the build
 * (dist/engine/), three from the worker bundle (dist/engine/worker-bundle/, scripts/bundle-worker.mjs).
 */
function readOwnPackage(): PackageJson {
  for (const up of ["../package.json", "../../package.json", "../../../package.json"]) {
    const path = fileURLToPath(new URL(up, import.meta.url));
    try {
      const pkg = JSON.parse(readFileSync(path, "utf8")) as Partial<PackageJson>;
      if (typeof pkg.name === "string" && typeof pkg.version === "string") return { name: pkg.name, version: pkg.version };
    } catch {
      // not there: try one folder further up
    }
  }
  throw new Error(`weft: cannot find its own package.json above ${fileURLToPath(import.meta.url)}: the installation is incomplete.`);
}

const own = readOwnPackage();

/** The npm package name (what users install and import). */
export const PACKAGE_NAME = own.name;
/** The package version (`weft --version`). */
export const PACKAGE_VERSION = own.version;
