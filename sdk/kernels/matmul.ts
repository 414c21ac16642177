/**
 * Block matrix multiply for workflow stages: C += A * B on float64 row-major blocks, by a
 * hand-written WebAssembly SIMD kernel (matmul-simd.wat: 4x4 register tiles over packed panels,
 * about 25x the plain JavaScript i-k-j loop on one core, bench/README.md "W5"). Where the
 * runtime has no WebAssembly SIMD it runs the JavaScript loop, with the same results.
 */
import { MATMUL_SIMD_WASM_BASE64 } from "./matmul-simd.wasm.js";

/** Which kernel `matmulBlock` runs in this process. */
export type MatmulKernelName = "wasm-simd" | "js";

/** The part of the WebAssembly API used here (the project's lib has no DOM types, which declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

interface SimdKernel {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  dgemm: (c: number, a: number, b: number, rows: number, inner: number, cols: number, bpack: number, apack: number, tile: number) => void;
}

const PAGE = 65536;
/** wasm32 addresses: the kernel's memory stays below 4 GiB. */
const MAX_BYTES = 65536 * PAGE;

let simd: SimdKernel | null | undefined;

/** The compiled kernel, instantiated once per thread; null where WebAssembly SIMD is missing. */
function simdKernel(): SimdKernel | null {
  if (simd !== undefined) return simd;
  try {
    const bytes = Uint8Array.from(atob(MATMUL_SIMD_WASM_BASE64), (ch) => ch.charCodeAt(0));
    const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
    const instance = new wasm.Instance(new wasm.Module(bytes));
    simd = instance.exports as unknown as SimdKernel;
  } catch {
    simd = null; // no WebAssembly SIMD here: the JavaScript loop below
  }
  return simd;
}

/** The kernel `matmulBlock` uses here: "wasm-simd", or "js" where WebAssembly SIMD is missing. */
export function matmulKernel(): MatmulKernelName {
  return simdKernel() ? "wasm-simd" : "js";
}

function checkShape(c: Float64Array, a: Float64Array, b: Float64Array, rows: number, inner: number, cols: number): void {
  for (const [name, v] of [["rows", rows], ["inner", inner], ["cols", cols]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`matmulBlock: ${name} (${v}) must be a whole number >= 0`);
  }
  const want = (what: string, arr: Float64Array, len: number, dims: string) => {
    if (!(arr instanceof Float64Array)) throw new TypeError(`matmulBlock: ${what} must be a Float64Array (row-major ${dims})`);
    if (arr.length !== len) throw new RangeError(`matmulBlock: ${what} has ${arr.length} elements, a ${dims} block needs ${len}`);
  };
  want("c", c, rows * cols, `${rows} x ${cols}`);
  want("a", a, rows * inner, `${rows} x ${inner}`);
  want("b", b, inner * cols, `${inner} x ${cols}`);
}

/** C += A * B in plain JavaScript: the i-k-j loop (the fallback, and the reference in tests). */
export function matmulBlockJs(c: Float64Array, a: Float64Array, b: Float64Array, rows: number, inner: number, cols: number): void {
  checkShape(c, a, b, rows, inner, cols);
  for (let i = 0; i < rows; i++) {
    const ci = i * cols;
    const ai = i * inner;
    for (let k = 0; k < inner; k++) {
      const aik = a[ai + k]!;
      const bk = k * cols;
      for (let j = 0; j < cols; j++) c[ci + j]! += aik * b[bk + j]!;
    }
  }
}

/**
 * C += A * B: `a` is rows x inner, `b` is inner x cols, `c` is rows x cols, all Float64Array in
 * row-major order. Any sizes; the blocks are copied into the kernel's memory and C back out.
 */
export function matmulBlock(c: Float64Array, a: Float64Array, b: Float64Array, rows: number, inner: number, cols: number): void {
  const kernel = simdKernel();
  if (!kernel) return matmulBlockJs(c, a, b, rows, inner, cols);
  checkShape(c, a, b, rows, inner, cols);
  if (rows === 0 || cols === 0 || inner === 0) return;
  // Layout: C, A, B, then B packed in panels of 4 columns, one panel of 4 rows of A, a 4x4 tile.
  const cAt = 0;
  const aAt = cAt + c.byteLength;
  const bAt = aAt + a.byteLength;
  const bpackAt = bAt + b.byteLength;
  const apackAt = bpackAt + Math.ceil(cols / 4) * inner * 32;
  const tileAt = apackAt + inner * 32;
  const needed = tileAt + 128;
  if (needed > MAX_BYTES) throw new RangeError(`matmulBlock: blocks of ${rows} x ${inner} x ${cols} need ${needed} bytes, more than the kernel's 4 GiB: use smaller blocks`);
  const have = kernel.memory.buffer.byteLength;
  if (needed > have) kernel.memory.grow(Math.ceil((needed - have) / PAGE));
  const heap = new Float64Array(kernel.memory.buffer);
  heap.set(c, cAt / 8);
  heap.set(a, aAt / 8);
  heap.set(b, bAt / 8);
  kernel.dgemm(cAt, aAt, bAt, rows, inner, cols, bpackAt, apackAt, tileAt);
  c.set(heap.subarray(cAt / 8, cAt / 8 + c.length));
}

/** A * B as a new rows x cols Float64Array. */
export function matmul(a: Float64Array, b: Float64Array, rows: number, inner: number, cols: number): Float64Array {
  const c = new Float64Array(rows * cols);
  matmulBlock(c, a, b, rows, inner, cols);
  return c;
}

/** out += add, element by element (summing partial blocks of C). Returns out. */
export function addInto(out: Float64Array, add: Float64Array): Float64Array {
  if (out.length !== add.length) throw new RangeError(`addInto: the blocks have ${out.length} and ${add.length} elements`);
  for (let i = 0; i < out.length; i++) out[i]! += add[i]!;
  return out;
}
