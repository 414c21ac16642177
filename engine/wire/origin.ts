/** A run's origin (model/trigger.ts RunOrigin) to and from its wire form, weft.v1.RunOrigin. */
import type { RunOrigin, TriggerInfo, TriggerKind } from "../../model/trigger.js";
import type { weft } from "../gen/weft.js";

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
          batch: [...(t.batch ?? [])],
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
  return {
    kind: wire.kind as TriggerKind,
    eventId: wire.eventId ?? "",
    ...(wire.subject ? { subject: wire.subject } : {}),
    ...(wire.source ? { source: wire.source } : {}),
    receivedAtMs: wire.receivedAtMs ?? 0,
    ...(wire.batch?.length ? { batch: [...wire.batch] } : {}),
    ...(wire.declared ? { declared: wire.declared - 1 } : {}),
  };
}
