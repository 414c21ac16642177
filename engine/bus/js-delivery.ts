/**
 * A JetStream delivery's stream sequence and delivery count, read from its reply subject (pure):
 * `$JS.ACK.<stream>.<consumer>.<count>.<seq>.<dseq>.<ts>.<pending>` (9 tokens), or with a domain
 * and an account hash after `$JS.ACK.` (11 tokens, 12 with a trailing random token). nats.js
 * splits the subject into strings and parses all of them for each message; a durable consumer
 * needs two numbers of every message it takes.
 */

/** What a durable consumer needs of a delivery. */
export interface Delivery {
  readonly seq: number;
  /** 1 the first time this consumer hands the message over. */
  readonly count: number;
}

/** Undefined when `reply` is not a JetStream ack subject. */
export function deliveryOf(reply: string): Delivery | undefined {
  if (!reply.startsWith("$JS.ACK.")) return undefined;
  // Where each token after "$JS.ACK." starts (at most 10 of them).
  const starts: number[] = [8];
  for (let i = 8; i < reply.length && starts.length <= 10; i++) if (reply.charCodeAt(i) === 46) starts.push(i + 1);
  const tokens = starts.length;
  // After "$JS.ACK.": 7 tokens (no domain), or 9 or 10 (domain, account hash, [random]).
  const countAt = tokens === 7 ? 2 : tokens === 9 || tokens === 10 ? 4 : -1;
  if (countAt < 0) return undefined;
  const count = Number(reply.slice(starts[countAt]!, starts[countAt + 1]! - 1));
  const seq = Number(reply.slice(starts[countAt + 1]!, starts[countAt + 2]! - 1));
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(seq) || count < 1 || seq < 1) return undefined;
  return { seq, count };
}
