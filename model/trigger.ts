/**
 * Triggers: what makes a deployed workflow run when an event arrives. A TriggerSpec is declared
 * at deploy time (`weft deploy --subject ...`); a TriggerInfo describes the one event that
 * started a run, and is what the workflow reads as `ctx.trigger`.
 */

/**
 * Each message on a NATS subject (wildcards allowed). With `stream`, a durable JetStream
 * consumer on that stream: messages published while no coordinator is up are processed once one
 * is. Without, a core subscription: messages published while none is up are lost.
 */
export interface NatsTriggerSpec {
  readonly kind: "nats";
  readonly subject: string;
  readonly stream?: string;
}

/** Every kind of trigger weft runs (more kinds join this union). */
export type TriggerSpec = NatsTriggerSpec;

export type TriggerKind = TriggerSpec["kind"];

/** The event that started a run: `ctx.trigger` (undefined for a run not started by a trigger). */
export interface TriggerInfo {
  readonly kind: TriggerKind;
  /** The event's identity, unique per trigger: `stream:sequence` for a JetStream message, the message id or a digest otherwise. */
  readonly eventId: string;
  /** nats: the subject the message arrived on. */
  readonly subject?: string;
  /** When weft received the event (ms since the epoch). */
  readonly receivedAtMs: number;
}

/** How a trigger reads in listings: `nats:orders.> (stream ORDERS)`. */
export function describeTrigger(t: TriggerSpec): string {
  return `nats:${t.subject}${t.stream ? ` (stream ${t.stream})` : ""}`;
}

/** What a run of a deployed workflow came from: the deployment, the version it is pinned to, and the trigger event (none for `weft invoke`). */
export interface RunOrigin {
  readonly deployment: string;
  readonly version: string;
  readonly trigger?: TriggerInfo;
}
