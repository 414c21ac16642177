// Blocked matrix multiply in the style of numpywren: every block product A_ik * B_kj is a
// partition of a source; the products are summed per output block C_ij by a keyed reduce (the
// partials of one C_ij are combined on their worker before anything crosses); the result is a
// checksum of C.
//   npx weft run examples/matmul.ts --input '{"n": 512, "bs": 128}'
import { workflow } from "weft";

interface Input {
  n?: number;
  bs?: number;
}

/** A[i][j] = ((31i + 17j) mod 13) - 4 and B[i][j] = ((7i + 29j) mod 11) - 3, global indices. */
export function blockOf(which: "A" | "B", bi: number, bj: number, bs: number): Float64Array {
  const out = new Float64Array(bs * bs);
  for (let r = 0; r < bs; r++) {
    const i = bi * bs + r;
    for (let c = 0; c < bs; c++) {
      const j = bj * bs + c;
      out[r * bs + c] = which === "A" ? ((31 * i + 17 * j) % 13) - 4 : ((7 * i + 29 * j) % 11) - 3;
    }
  }
  return out;
}

/** C += A * B for bs x bs blocks: the plain i-k-j loop. */
export function multiplyInto(c: Float64Array, a: Float64Array, b: Float64Array, bs: number): void {
  for (let i = 0; i < bs; i++) {
    const ci = i * bs;
    for (let k = 0; k < bs; k++) {
      const aik = a[ci + k]!;
      if (aik === 0) continue;
      const bk = k * bs;
      for (let j = 0; j < bs; j++) c[ci + j]! += aik * b[bk + j]!;
    }
  }
}

/** sum C[i][j] * (((3i + 5j) mod 7) + 1) over one block, global indices. */
export function blockChecksum(c: Float64Array, bi: number, bj: number, bs: number): number {
  let sum = 0;
  for (let r = 0; r < bs; r++) {
    const i = bi * bs + r;
    for (let col = 0; col < bs; col++) sum += c[r * bs + col]! * (((3 * i + 5 * (bj * bs + col)) % 7) + 1);
  }
  return sum;
}

function sizes(input: Input): { n: number; bs: number; nb: number } {
  const n = input.n ?? 256;
  const bs = input.bs ?? 64;
  if (!Number.isInteger(n) || !Number.isInteger(bs) || n < 1 || bs < 1 || n % bs !== 0) {
    throw new Error(`n (${n}) must be a positive multiple of bs (${bs})`);
  }
  return { n, bs, nb: n / bs };
}

type Product = [key: string, block: Float64Array];

export default workflow<Input>("matmul", (wf) => {
  // Partition p is the block product (bi, bj, bk), p = (bi * nb + bj) * nb + bk.
  const products = wf.source<Product>("products", { partitions: (input) => sizes(input).nb ** 3 }, (p, ctx) => {
    const { bs, nb } = sizes(ctx.input);
    const bk = p % nb;
    const bj = Math.floor(p / nb) % nb;
    const bi = Math.floor(p / (nb * nb));
    const c = new Float64Array(bs * bs);
    multiplyInto(c, blockOf("A", bi, bk, bs), blockOf("B", bk, bj, bs), bs);
    return [[`${bi},${bj}`, c]];
  });
  const blocks = products.keyBy(([key]) => key).reduce(
    "sum",
    (a, b) => {
      const out = a[1];
      const add = b[1];
      for (let i = 0; i < out.length; i++) out[i]! += add[i]!;
      return a;
    },
    { partitions: (input) => sizes(input).nb ** 2 },
  );
  const checksums = blocks.map("checksum", ([key, [, c]], ctx) => {
    const [bi, bj] = key.split(",").map(Number) as [number, number];
    return blockChecksum(c, bi, bj, sizes(ctx.input).bs);
  });
  const total = checksums.aggregate("total", { zero: () => 0, add: (a, x) => a + x, merge: (a, b) => a + b });
  wf.node("result", total, (checksum, ctx) => ({ n: sizes(ctx.input).n, bs: sizes(ctx.input).bs, checksum }));
});
