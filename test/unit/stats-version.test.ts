import assert from "node:assert/strict";
import { versionNamed } from "../../engine/cli/commands/stats.js";
import { ErrorCode, WeftError } from "../../engine/errors.js";

describe("weft stats --version", () => {
  const versions: [string, string][] = [
    ["deployment:3f9a01b2c3d4", "3f9a01b2c3d4"],
    ["deployment:3f9b77aa0011", "3f9b77aa0011"],
    ["deployment:c0ffee000001", "c0ffee000001"],
  ];
  const refused = (wanted: string, code: ErrorCode, message: RegExp) =>
    assert.throws(() => versionNamed(wanted, versions, "thumbs"), (e: unknown) => e instanceof WeftError && e.code === code && message.test(e.message));

  it("takes the whole version or a prefix only one version has, as git takes a short commit id", () => {
    assert.equal(versionNamed("3f9b77aa0011", versions, "thumbs"), "deployment:3f9b77aa0011");
    assert.equal(versionNamed("c0f", versions, "thumbs"), "deployment:c0ffee000001");
    assert.equal(versionNamed("3f9a", versions, "thumbs"), "deployment:3f9a01b2c3d4");
  });

  it("refuses a prefix two versions share (a usage error) and one no version has (not found), naming them", () => {
    refused("3f9", ErrorCode.Usage, /names more than one version of "thumbs" \(3f9a01b2c3d4, 3f9b77aa0011\): give more digits/);
    refused("beef", ErrorCode.NotFound, /no resource history for version beef; it has: 3f9a01b2c3d4, 3f9b77aa0011, c0ffee000001/);
    refused("", ErrorCode.NotFound, /no resource history for version/);
  });
});
