/** A record the job could not place, with the stage and the reason: the job's dead-letter output. */
export interface DeadLetter {
  readonly stage: string;
  readonly reason: string;
  readonly record: unknown;
}

/** Describes a value in a reason (short: the record itself travels beside it). */
export function describeValue(v: unknown): string {
  if (v === null) return "null";
  const t = typeof v;
  if (t === "number") return Number.isNaN(v) ? "NaN" : String(v);
  if (t === "string") return `the string ${JSON.stringify((v as string).slice(0, 40))}`;
  if (t === "bigint") return `the BigInt ${String(v)}`;
  if (t === "object") return Array.isArray(v) ? "an array" : "an object";
  return t;
}
