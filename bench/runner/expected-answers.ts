/**
 * The exact answers of W4–W6, computed independently of the kernels (closed forms or exact
 * arithmetic), so that a fast wrong kernel cannot pass as right. W1, W2 and W3 need no helper
 * (a formula, the chain length, the corpus manifest).
 */

/** W4: sum of value(i) = (i * 2654435761 mod 2^32 >>> 12) / 1024 over [0, n). */
export function w4Expected(n: number): number {
  // Exact and independent of the kernel's Math.imul: i * 2654435761 mod 2^32 with the multiplier
  // split in 16-bit halves (every partial product stays below 2^53 for n < 2^37).
  const hi = Math.floor(2654435761 / 65536);
  const lo = 2654435761 % 65536;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const x = (i * lo + ((i * hi) % 65536) * 65536) % 4294967296;
    s += Math.floor(x / 4096);
  }
  return s / 1024;
}

/** W5: the weighted checksum of C = A·B for n×n matrices, in O(n²). */
export function w5Expected(n: number): number {
  // checksum = sum_ik A_ik * sum_j B_kj w_ij, and sum_j B_kj w_ij depends only on (k mod 11, i mod 7).
  const a = (i: number, j: number) => ((31 * i + 17 * j) % 13) - 4;
  const b = (i: number, j: number) => ((7 * i + 29 * j) % 11) - 3;
  const w = (i: number, j: number) => ((3 * i + 5 * j) % 7) + 1;
  const t: number[][] = [];
  for (let k = 0; k < 11; k++) {
    t.push([]);
    for (let i = 0; i < 7; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += b(k, j) * w(i, j);
      t[k]!.push(s);
    }
  }
  let sum = 0;
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) sum += a(i, k) * t[k % 11]![i % 7]!;
  return sum;
}

/** W6: the digest sum after `stages` XOR stages, with the XOR of all stage keys applied at once. */
export function w6Expected(parts: number, stages: number, bytes: number): number {
  let key = 0;
  for (let s = 1; s <= stages; s++) key ^= (37 * s + 11) & 255;
  let sum = 0;
  for (let p = 0; p < parts; p++) for (let j = 0; j < bytes; j++) sum += (((31 * j + 7 * p) & 255) ^ key) * ((j % 251) + 1);
  return sum;
}
