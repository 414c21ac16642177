/**
 * `ctx.objects`: a task reads and writes NATS object store buckets through its worker's own bus
 * connection (so with the worker's NATS permissions). A read of a bucket that does not exist is
 * undefined without creating it; a write creates the bucket.
 */
import type { TaskObjects } from "../../model/context.js";
import type { Bus } from "../bus/bus.js";
import { objectStreamName } from "../bus/object-store-layout.js";
import { assertName } from "../bus/subject-match.js";
import { ErrorCode, WeftError } from "../errors.js";

/** The object store access of tasks run on `bus`. */
export function taskObjects(bus: Bus): TaskObjects {
  return {
    async get(bucket, name) {
      assertName("object bucket", bucket);
      if (!(await bus.streamExists(objectStreamName(bucket)))) return undefined;
      return (await bus.objects(bucket)).get(name);
    },
    async put(bucket, name, bytes) {
      if (!(bytes instanceof Uint8Array)) {
        throw new WeftError(ErrorCode.Usage, `ctx.objects.put(${JSON.stringify(bucket)}, ${JSON.stringify(name)}): bytes must be a Uint8Array (or Buffer), got ${typeof bytes}`);
      }
      await (await bus.objects(bucket)).put(name, bytes);
    },
  };
}
