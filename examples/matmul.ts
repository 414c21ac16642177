// Blocked matrix multiply in the style of numpywren: every block product A_ik * B_kj is a
// partition of a source; the products are summed per output block C_ij by a keyed reduce (the
// partials of one C_ij are combined on their worker before anything crosses); the result is a
// checksum of C. Any n: when bs does not divide it, the last row and column of blocks are smaller.
// The engine moves the blocks (Float64Array, sent as raw bytes); the SDK's kernel does the flops
// (`matmulBlock` from weft/kernels — "weft-engine/kernels" in a project of yours — WebAssembly SIMD).
//   npx weft run examples/matmul.ts --input '{"n": 512, "bs": 128}'
import { TerminalError, workflow } from "weft";
import { addInto, matmulBlock } from "weft/kernels";

interface Input {
  n?: number;
  bs?: number;
}

/** The rows (or columns) of block index `b`: bs, except the last block when bs does not divide n. */
export function blockDim(b: number, bs: number, n: number): number {
  return Math.min(bs, n - b * bs);
}

/**
 * Block (bi, bj) of A or B, row-major, blockDim(bi) x blockDim(bj):
 * A[i][j] = ((31i + 17j) mod 13) - 4 and B[i][j] = ((7i + 29j) mod 11) - 3, global indices.
 */
export function blockOf(which: "A" | "B", bi: number, bj: number, bs: number, n: number): Float64Array {
  const rows = blockDim(bi, bs, n);
  const cols = blockDim(bj, bs, n);
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const i = bi * bs + r;
    for (let c = 0; c < cols; c++) {
      const j = bj * bs + c;
      out[r * cols + c] = which === "A" ? ((31 * i + 17 * j) % 13) - 4 : ((7 * i + 29 * j) % 11) - 3;
    }
  }
  return out;
}

/** sum C[i][j] * (((3i + 5j) mod 7) + 1) over block (bi, bj) of C, global indices. */
export function blockChecksum(c: Float64Array, bi: number, bj: number, bs: number, n: number): number {
  const rows = blockDim(bi, bs, n);
  const cols = blockDim(bj, bs, n);
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    const i = bi * bs + r;
    for (let col = 0; col < cols; col++) sum += c[r * cols + col]! * (((3 * i + 5 * (bj * bs + col)) % 7) + 1);
  }
  return sum;
}

/** n x n matrices in nb x nb blocks of bs x bs (smaller at the right and bottom edges when bs does not divide n). */
function sizes(input: Input): { n: number; bs: number; nb: number } {
  const n = input.n ?? 256;
  const bs = input.bs ?? 64;
  if (!Number.isInteger(n) || !Number.isInteger(bs) || n < 1 || bs < 1) {
    throw new TerminalError(`n (${JSON.stringify(n)}) and bs (${JSON.stringify(bs)}) must be whole numbers >= 1`);
  }
  return { n, bs, nb: Math.ceil(n / bs) };
}

type Product = [key: string, block: Float64Array];

export default workflow<Input>("matmul", (wf) => {
  // Partition p is the block product (bi, bj, bk), p = (bi * nb + bj) * nb + bk.
  const products = wf.source<Product>("products", (p, ctx) => {
    const { n, bs, nb } = sizes(ctx.input);
    const bk = p % nb;
    const bj = Math.floor(p / nb) % nb;
    const bi = Math.floor(p / (nb * nb));
    const [rows, inner, cols] = [blockDim(bi, bs, n), blockDim(bk, bs, n), blockDim(bj, bs, n)];
    const c = new Float64Array(rows * cols);
    matmulBlock(c, blockOf("A", bi, bk, bs, n), blockOf("B", bk, bj, bs, n), rows, inner, cols);
    return [[`${bi},${bj}`, c]];
  }, { partitions: (input) => sizes(input).nb ** 3 });
  const blocks = products.keyBy(([key]) => key).reduce(
    "sum",
    (a, b) => {
      addInto(a[1], b[1]);
      return a;
    },
    { partitions: (input) => sizes(input).nb ** 2 },
  );
  const checksums = blocks.map("checksum", ([key, [, c]], ctx) => {
    const [bi, bj] = key.split(",").map(Number) as [number, number];
    const { n, bs } = sizes(ctx.input);
    return blockChecksum(c, bi, bj, bs, n);
  });
  const total = checksums.aggregate("total", { zero: () => 0, add: (a, x) => a + x, merge: (a, b) => a + b });
  wf.node("result", total, (checksum, ctx) => ({ n: sizes(ctx.input).n, bs: sizes(ctx.input).bs, checksum }));
});
