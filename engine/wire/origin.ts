/** A run's origin (model/trigger.ts RunOrigin) to and from its wire form, weft.v1.RunOrigin. */
import type { RunOrigin, TriggerInfo, TriggerKind } from "../../model/trigger.js";
import type { weft } from "../gen/weft.js";
import { compactIds } from "../triggers/event-id-ranges.js";

type WireRange = weft.v1.EventIdRange.$Properties;

/**
 * The wire ranges of batches this process read or wrote, by their id list: a coordinator that
 * decoded a batch run's origin writes it back in its record and start messages without
 * compacting its 1,000 ids again each time.
 */
const rangesOf = new WeakMap<readonly string[], WireRange[]>();

/** A batch's ids as the wire's ranges (weft.v1.EventIdRange). */
function rangesToWire(ids: readonly string[]): WireRange[] {
  let ranges = rangesOf.get(ids);
  if (!ranges) {
    ranges = compactIds(ids).map((c) => (typeof c === "string" ? { prefix: c, first: 0, count: 0 } : { prefix: c[0], first: c[1], count: c[2] - c[1] + 1 }));
    rangesOf.set(ids, ranges);
  }
  return ranges;
}

/** A batch run's event ids from its wire form (ranges, or the list records before them carry). */
export function batchFromWire(wire: weft.v1.TriggerEvent.$Properties | null | undefined): string[] {
  if (!wire) return [];
  const ranges = wire.batchRanges;
  if (!ranges?.length) return [...(wire.batch ?? [])];
  const ids: string[] = [];
  for (const r of ranges) {
    const prefix = r.prefix ?? "";
    const count = r.count ?? 0;
    if (count === 0) ids.push(prefix);
    else for (let n = r.first ?? 0, end = n + count; n < end; n++) ids.push(`${prefix}${n}`);
  }
  rangesOf.set(ids, ranges);
  return ids;
}

export function originToWire(origin: RunOrigin | undefined): weft.v1.RunOrigin.$Properties | null {
  if (!origin) return null;
  const t = origin.trigger;
  return {
    deployment: origin.deployment,
    version: origin.version,
    trigger: t
      ? {
          kind: t.kind,
          eventId: t.eventId,
          subject: t.subject ?? "",
          receivedAtMs: t.receivedAtMs,
          source: t.source ?? "",
          batch: [],
          batchRanges: t.batch?.length ? rangesToWire(t.batch) : [],
          declared: t.declared === undefined ? 0 : t.declared + 1,
        }
      : null,
  };
}

/** Undefined for a plain run (no origin, or one without a deployment). */
export function originFromWire(wire: weft.v1.RunOrigin.$Properties | null | undefined): RunOrigin | undefined {
  if (!wire?.deployment) return undefined;
  const trigger = triggerFromWire(wire.trigger);
  return { deployment: wire.deployment, version: wire.version ?? "", ...(trigger ? { trigger } : {}) };
}

export function triggerFromWire(wire: weft.v1.TriggerEvent.$Properties | null | undefined): TriggerInfo | undefined {
  if (!wire?.kind) return undefined;
  const batch = batchFromWire(wire);
  return {
    kind: wire.kind as TriggerKind,
    eventId: wire.eventId ?? "",
    ...(wire.subject ? { subject: wire.subject } : {}),
    ...(wire.source ? { source: wire.source } : {}),
    receivedAtMs: wire.receivedAtMs ?? 0,
    ...(batch.length ? { batch } : {}),
    ...(wire.declared ? { declared: wire.declared - 1 } : {}),
  };
}
