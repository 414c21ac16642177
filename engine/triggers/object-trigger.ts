/**
 * The object trigger: each object put into a NATS object store bucket (whose name matches the
 * spec's glob) starts a run whose input is an ObjectPut. A bucket B is the JetStream stream
 * `OBJ_B`, and every put ends with the object's metadata on `$O.B.M.<name>` (see
 * engine/bus/object-store-layout.ts): a reader with a position of its own (stream-cursor.ts,
 * keyed by the deployment and trigger) moves past a meta only once its run is accepted, so
 * objects put while no coordinator is up are run when one is. (Not a JetStream durable
 * consumer: on nats-server 2.9 the store's per-name roll-ups move its position past unread
 * puts.) While no coordinator is up, a name put several times keeps only its newest meta
 * (the roll-up): that content is run, the earlier ones are not. The event id `bucket/name@digest` makes the
 * same content put twice one run, and new content under the same name a new run. Deletes,
 * links and metas that name another object's state (not a finished put) are skipped.
 */
import picomatch from "picomatch";
import type { ObjectPut, ObjectTriggerSpec } from "../../model/trigger.js";
import { objectMetaSubjects, objectStreamName, parseObjectMeta, type ObjectMeta } from "../bus/object-store-layout.js";
import { assertName } from "../bus/subject-match.js";
import { ErrorCode, WeftError } from "../errors.js";
import { readStreamWithCursor } from "./stream-cursor.js";
import type { TriggerEvent } from "./trigger-event.js";
import type { TriggerKindRunner } from "./trigger-kind.js";

/** An object name matcher for the spec's glob (every name without one); E_USAGE for a bad glob. */
export function objectMatcher(match: string | undefined): (name: string) => boolean {
  if (match === undefined) return () => true;
  if (match.trim() === "") throw new WeftError(ErrorCode.Usage, 'object trigger: the match glob is empty: give one such as "*.png" or "photos/**", or leave it out (--match) for every object.');
  try {
    // `dot`: a name such as ".hidden.png" is an object like any other here, not a hidden file.
    const re = picomatch.makeRe(match, { dot: true, strictBrackets: true });
    return (name) => re.test(name);
  } catch (err) {
    throw new WeftError(ErrorCode.Usage, `object trigger: match "${match}" is not a valid glob (${(err as Error).message}): use a glob such as "*.png" or "photos/**".`, { cause: err });
  }
}

/** What one metadata message is to the trigger: a put to run, or skipped (and why, for the log). */
export type ObjectMetaDecision = { readonly put: ObjectPut } | { readonly skip: string; readonly unreadable?: true };

/** Decides what a meta message means (pure). */
export function decideObjectMeta(bucket: string, matches: (name: string) => boolean, meta: ObjectMeta | undefined): ObjectMetaDecision {
  if (!meta) return { skip: "not an object store metadata message", unreadable: true };
  if (meta.bucket !== bucket) return { skip: `meta of bucket "${meta.bucket}"` };
  if (meta.deleted) return { skip: "a delete" };
  if (meta.options?.link !== undefined) return { skip: "a link (no bytes of its own)" };
  // A finished put always carries its digest and time; anything else is not one.
  if (!meta.digest || !meta.mtime) return { skip: "not a finished put (no digest or time)", unreadable: true };
  if (!matches(meta.name)) return { skip: "name does not match" };
  return { put: { bucket, name: meta.name, size: meta.size, digest: meta.digest, mtime: meta.mtime } };
}

/** The trigger event of a put: its id is `bucket/name@digest`. */
export function objectPutEvent(put: ObjectPut, receivedAtMs: number): TriggerEvent {
  return {
    data: new TextEncoder().encode(JSON.stringify(put)),
    info: { kind: "object", eventId: `${put.bucket}/${put.name}@${put.digest}`, source: `${put.bucket}/${put.name}`, receivedAtMs },
  };
}

export const objectTrigger: TriggerKindRunner<ObjectTriggerSpec> = {
  async check(bus, spec) {
    assertName("object bucket", spec.bucket);
    objectMatcher(spec.match);
    if (!(await bus.streamExists(objectStreamName(spec.bucket)))) {
      throw new WeftError(
        ErrorCode.Usage,
        `object store bucket "${spec.bucket}" does not exist on this NATS: create it first (e.g. \`nats object add ${spec.bucket}\`, ` +
          `or put an object into it with a NATS client), then deploy again.`,
      );
    }
  },

  async start({ bus, deployment, spec, key, sink, clock, say }) {
    const matches = objectMatcher(spec.match);
    return readStreamWithCursor({
      bus,
      stream: objectStreamName(spec.bucket),
      subject: objectMetaSubjects(spec.bucket),
      positionKey: key,
      clock,
      say,
      handler: async (msg) => {
        const decision = decideObjectMeta(spec.bucket, matches, parseObjectMeta(msg.data));
        if ("skip" in decision) {
          // Nothing to run, ever: passed; an unreadable one is named for the operator (it stays in the stream).
          if (decision.unreadable) say(`weft coordinator: ${deployment}: object trigger skipped ${msg.subject} (seq ${msg.seq}): ${decision.skip}`);
          return "ack";
        }
        return sink.accept(objectPutEvent(decision.put, clock.now()));
      },
    });
  },
};
