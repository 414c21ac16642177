/**
 * What a trigger source keeps across leaders, one JSON value per trigger key (triggerKey) in
 * JetStream KV (bucket weft_trigger_state): the next leader reads where the last one got to.
 * A cron trigger keeps its last fired tick there, the object trigger the last stream sequence it
 * handled (stream-cursor.ts). Kinds whose source keeps its own position (a durable consumer, a
 * persistent session, a replication slot) need none.
 */
import type { Bus, KvBucket } from "../bus/bus.js";
import { ErrorCode, WeftError } from "../errors.js";
import { buckets } from "../subjects.js";

export class TriggerState<T> {
  private constructor(private readonly kv: KvBucket) {}

  static async open<T>(bus: Bus): Promise<TriggerState<T>> {
    return new TriggerState<T>(await bus.kv(buckets.triggerState));
  }

  /** The value kept for `key`, or undefined when none is (E_DECODE for one that does not decode). */
  async get(key: string): Promise<T | undefined> {
    const entry = await this.kv.get(key);
    if (!entry) return undefined;
    try {
      return JSON.parse(new TextDecoder().decode(entry.value)) as T;
    } catch (err) {
      throw new WeftError(ErrorCode.Decode, `trigger state ${key} in ${buckets.triggerState} does not decode: ${(err as Error).message}`, { cause: err });
    }
  }

  async put(key: string, value: T): Promise<void> {
    await this.kv.put(key, new TextEncoder().encode(JSON.stringify(value)));
  }
}
