/// <reference types="mocha" />
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addInto, matmul, matmulBlock, matmulBlockJs, matmulKernel } from "../../sdk/kernels/index.js";
import { bundleWorkflow } from "../../engine/bundle/bundle.js";
import { decodeValue, encodeValue } from "../../engine/wire/value-codec.js";

/** A block of small integers (exact in float64, so both kernels must agree to the bit). */
function block(len: number, seed: number): Float64Array {
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) out[i] = ((i * 31 + seed * 17) % 13) - 6;
  return out;
}

describe("weft/kernels: matmulBlock", function () {
  it("runs the WebAssembly SIMD kernel on Node 20", () => {
    assert.equal(matmulKernel(), "wasm-simd");
  });

  for (const [rows, inner, cols] of [
    [1, 1, 1],
    [4, 4, 4],
    [3, 5, 7], // every edge smaller than a 4x4 tile
    [9, 2, 6],
    [37, 64, 13],
    [64, 64, 64],
    [100, 30, 99],
  ] as const) {
    it(`${rows}x${inner} * ${inner}x${cols}: C += A*B equals the JavaScript i-k-j loop exactly`, () => {
      const a = block(rows * inner, 1);
      const b = block(inner * cols, 2);
      const c0 = block(rows * cols, 3); // C is added to, not overwritten
      const want = new Float64Array(c0);
      matmulBlockJs(want, a, b, rows, inner, cols);
      const got = new Float64Array(c0);
      matmulBlock(got, a, b, rows, inner, cols);
      assert.deepEqual(got, want);
      assert.deepEqual(matmul(a, b, rows, inner, cols), (() => {
        const z = new Float64Array(rows * cols);
        matmulBlockJs(z, a, b, rows, inner, cols);
        return z;
      })());
    });
  }

  it("a larger block after a smaller one grows the kernel's memory and still agrees", () => {
    const n = 300;
    const a = block(n * n, 4);
    const b = block(n * n, 5);
    const want = new Float64Array(n * n);
    matmulBlockJs(want, a, b, n, n, n);
    const got = new Float64Array(n * n);
    matmulBlock(got, a, b, n, n, n);
    assert.deepEqual(got, want);
  });

  it("wrong shapes or types say what is wrong", () => {
    assert.throws(() => matmulBlock(new Float64Array(4), new Float64Array(4), new Float64Array(3), 2, 2, 2), /b has 3 elements, a 2 x 2 block needs 4/);
    assert.throws(() => matmulBlock(new Float64Array(4), [1, 2, 3, 4] as unknown as Float64Array, new Float64Array(4), 2, 2, 2), /a must be a Float64Array/);
    assert.throws(() => matmulBlock(new Float64Array(4), new Float64Array(4), new Float64Array(4), 2.5, 2, 2), /rows \(2.5\) must be a whole number/);
    assert.throws(() => addInto(new Float64Array(2), new Float64Array(3)), /2 and 3 elements/);
  });

  it("a workflow file imports it as weft/kernels or weft-engine/kernels, and the bundle carries it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "weft-kernels-"));
    try {
      const file = join(dir, "uses-kernels.ts");
      writeFileSync(
        file,
        'import { workflow } from "weft";\nimport { matmulBlock } from "weft/kernels";\nimport { matmul } from "weft-engine/kernels";\n' +
          'export default workflow("k", (wf) => { wf.node("a", () => { const c = new Float64Array(1); matmulBlock(c, new Float64Array([2]), new Float64Array([3]), 1, 1, 1); return c[0]! + matmul(new Float64Array([1]), new Float64Array([1]), 1, 1, 1)[0]!; }); });\n',
      );
      const b = await bundleWorkflow(file);
      const code = Buffer.from(b.code).toString("utf8");
      assert.match(code, /MATMUL_SIMD_WASM_BASE64/);
      assert.doesNotMatch(code, /from "weft\/kernels"|from "weft-engine\/kernels"/, "no bare import is left");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("value codec: typed-array blocks", function () {
  it("a [key, Float64Array] record travels as its raw bytes plus a few header bytes, not as JSON", () => {
    const blockBytes = 256 * 256 * 8;
    const value = ["3,1", block(256 * 256, 6)];
    const encoded = encodeValue(value, "test");
    assert.ok(encoded.length >= blockBytes && encoded.length <= blockBytes + 64, `${encoded.length} bytes`);
    assert.deepEqual(decodeValue(encoded), value);
  });

  it("decoding is zero-copy when the block's bytes are aligned in the message: the array is a view of it", () => {
    const encoded = encodeValue(block(1024, 7), "test");
    // Place the value at every offset 0..7 in a larger message: at the aligned one the decoded
    // array shares the message's memory, at the others it is a copy; every one is equal.
    const shared: boolean[] = [];
    for (let at = 0; at < 8; at++) {
      const message = new Uint8Array(encoded.length + 16);
      message.set(encoded, at);
      const decoded = decodeValue(message.subarray(at, at + encoded.length)) as Float64Array;
      assert.deepEqual(decoded, block(1024, 7));
      shared.push(decoded.buffer === message.buffer);
    }
    assert.equal(shared.filter(Boolean).length, 1, `views at offsets: ${JSON.stringify(shared)}`);
  });
});
