// W5 blocked matrix multiply (see docs/workloads.md), like examples/matmul.ts: every
// block product A_ik B_kj is a partition of a source (p = (bi * nb + bj) * nb + bk, its blocks
// generated inside the task), the products are summed per output block C_ij by a keyed reduce
// (partials of one C_ij are combined on their worker before anything crosses), each C_ij's
// weighted checksum is a forward map, and `aggregate` sums them. Input: {"n": 1024, "bs": 256}.
// The block product is the SDK's WebAssembly SIMD kernel (weft/kernels), as in examples/matmul.ts.
import { workflow } from "weft";
import { addInto, matmulBlock } from "weft/kernels";
import { blockChecksum, blockOf, sumCombiner } from "./kernels.js";

export interface W5Input {
  n: number;
  bs: number;
}

type Product = [key: string, block: Float64Array];

function blocksPerSide(input: W5Input): number {
  const { n, bs } = input;
  if (!Number.isInteger(n) || !Number.isInteger(bs) || n < 1 || bs < 1 || n % bs !== 0) throw new Error(`n (${n}) must be a positive multiple of bs (${bs})`);
  return n / bs;
}

export default workflow<W5Input>("bench-w5", (wf) => {
  const products = wf.source<Product>("products", (p, ctx) => {
    const nb = blocksPerSide(ctx.input);
    const bs = ctx.input.bs;
    const bk = p % nb;
    const bj = Math.floor(p / nb) % nb;
    const bi = Math.floor(p / (nb * nb));
    const c = new Float64Array(bs * bs);
    matmulBlock(c, blockOf("A", bi, bk, bs), blockOf("B", bk, bj, bs), bs, bs, bs);
    return [[`${bi},${bj}`, c]];
  }, { partitions: (input) => blocksPerSide(input) ** 3 });
  const blocks = products.keyBy(([key]) => key).reduce(
    "sum",
    (a, b) => {
      addInto(a[1], b[1]);
      return a;
    },
    { partitions: (input) => blocksPerSide(input) ** 2 },
  );
  const checksums = blocks.map("checksum", ([key, [, c]], ctx) => {
    const [bi, bj] = key.split(",").map(Number) as [number, number];
    return blockChecksum(c, bi, bj, ctx.input.bs);
  });
  checksums.aggregate("total", sumCombiner);
});
