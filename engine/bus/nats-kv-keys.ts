/**
 * Lists a NATS KV bucket's live keys completely and within a bound, even while they are rewritten.
 *
 * nats.js's `kv.keys()` reads a last-per-subject consumer until a message says nothing is pending.
 * On NATS 2.9.10 that count can reach 0 early when the keys are rewritten during the listing (a
 * listing of 20 busy keys returned 5), and the consumer goes on with the writes made meanwhile (a
 * rewritten key came again). Here the keys to account for are fixed first: STREAM.INFO with a
 * subjects filter names every subject that holds a message when the listing starts. The same
 * headers-only consumer then says which of them are live (a put) or deleted (a DEL/PURGE marker),
 * and the listing ends when each is accounted for. Keys the consumer has not reached when it says
 * it has nothing pending, passes the stream's last sequence at the start (they were rewritten
 * since) or stays silent are read one by one, so the listing never waits on the server's count,
 * on a key erased meanwhile, nor chases keys rewritten without a pause.
 */
import { DeliverPolicy, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import type { KV } from "@nats-io/kv";
import { isKvRemoval, KV_OPERATION_HEADER, kvKeyOf, kvKeysSubject, kvStreamName } from "./kv-layout.js";

/** How long the consumer may go without accounting for a key before the rest are read one by one. */
const STALL_MS = 1000;

/**
 * Every key of `bucket` that `filter` matches and that is live: each key that held a value when
 * the listing started and was not deleted during it is listed exactly once; a key written during
 * the listing may be listed too (once).
 */
export async function listKvKeys(js: JetStreamClient, jsm: JetStreamManager, kv: KV, bucket: string, filter: string): Promise<string[]> {
  const stream = kvStreamName(bucket);
  const subject = kvKeysSubject(bucket, filter);
  const info = await jsm.streams.info(stream, { subjects_filter: subject });
  const unsettled = new Set<string>();
  for (const s of Object.keys(info.state.subjects ?? {})) {
    const key = kvKeyOf(bucket, s);
    if (key !== undefined) unsettled.add(key);
  }
  if (unsettled.size === 0) return [];
  const startedAt = info.state.last_seq;

  const live = new Map<string, boolean>();
  const settle = (key: string, isLive: boolean): void => {
    live.set(key, isLive);
    unsettled.delete(key);
  };
  let done = false;
  let reading = false;
  let stall: ReturnType<typeof setTimeout> | undefined;
  let end!: (err?: unknown) => void;
  const listed = new Promise<string[]>((resolve, reject) => {
    end = (err) => {
      if (done) return;
      done = true;
      clearTimeout(stall);
      if (err !== undefined) reject(err);
      else resolve([...live].filter(([, isLive]) => isLive).map(([key]) => key));
    };
  });
  // The keys not yet accounted for, read directly (a key erased meanwhile reads as absent).
  const readTheRest = async (): Promise<void> => {
    if (done || reading) return;
    reading = true;
    try {
      await Promise.all(
        [...unsettled].map(async (key) => {
          const e = await kv.get(key);
          if (unsettled.has(key)) settle(key, e !== null && e.operation === "PUT");
        }),
      );
      end();
    } catch (err) {
      end(err);
    }
  };
  const watchForStall = (): void => {
    clearTimeout(stall);
    if (!done) stall = setTimeout(() => void readTheRest(), STALL_MS);
  };

  const consumer = await js.consumers.getPushConsumer(stream, {
    deliver_policy: DeliverPolicy.LastPerSubject,
    filter_subjects: subject,
    headers_only: true,
  });
  const messages = await consumer.consume({
    callback: (m) => {
      if (done) return;
      const key = kvKeyOf(bucket, m.subject);
      if (key !== undefined) {
        const wasUnsettled = unsettled.has(key);
        settle(key, !isKvRemoval(m.headers?.get(KV_OPERATION_HEADER)));
        if (unsettled.size === 0) return end();
        if (wasUnsettled) watchForStall();
      }
      // Past the stream's end at the start: what is unsettled was rewritten since, and the
      // consumer would chase it through the writes made meanwhile.
      if (m.info.pending === 0 || m.seq > startedAt) void readTheRest();
    },
  });
  void messages.closed().then(() => void readTheRest());
  watchForStall();
  try {
    return await listed;
  } finally {
    messages.stop();
  }
}
