/** Small arithmetic the bench's lines use: MB, rounding, medians. */

/** A megabyte as the bench counts it: 2^20 bytes. */
export const MB = 2 ** 20;

/** `x` rounded to `digits` decimals, as a number (for JSON lines). */
export const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The median; the mean of the middle two for an even count. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
