/**
 * How a NATS KV bucket B lies in JetStream (the @nats-io/kv client's layout): the stream `KV_B`,
 * each key's values, deletes and purges on `$KV.B.<key>`. Pure functions, no I/O; a reader
 * that follows a bucket's changes through `bus.replay`, and the KV watch of NatsBus, use them.
 */

/** The stream holding bucket `bucket`. */
export function kvStreamName(bucket: string): string {
  return `KV_${bucket}`;
}

/** The subject of every key of `bucket` (a wildcard). */
export function kvAllKeysSubject(bucket: string): string {
  return kvKeysSubject(bucket, ">");
}

/** The subject of the keys of `bucket` that `filter` matches (read as a subject, wildcards allowed). */
export function kvKeysSubject(bucket: string, filter: string): string {
  return `$KV.${bucket}.${filter}`;
}

/** The header that marks a delete or purge (absent on a put). */
export const KV_OPERATION_HEADER = "KV-Operation";

/** Whether a message's KV-Operation header says the key was deleted or purged. */
export function isKvRemoval(operation: string | undefined): boolean {
  return operation === "DEL" || operation === "PURGE";
}

/** The key a change on `subject` of `bucket` is about, or undefined for another subject. */
export function kvKeyOf(bucket: string, subject: string): string | undefined {
  const prefix = `$KV.${bucket}.`;
  return subject.startsWith(prefix) ? subject.slice(prefix.length) : undefined;
}
