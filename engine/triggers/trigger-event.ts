/**
 * One trigger event becomes exactly one run; a batch of events, one run whose input is the list
 * of their bodies. The run id is derived from the deployment, the trigger and the event's
 * identity (a batch's: its first event's), so a second submission of the same event (a
 * redelivery after a crash between submit and ack) is refused by the run record's
 * create-if-absent and the event is acknowledged as already accepted. A batch run's record
 * lists its events; how a batch is found again in any grouping is batch-runs.ts.
 * An event whose body is not JSON becomes a failed run of its own (E_INVALID_INPUT, with the
 * event id), recorded once, and is acknowledged: it is not retried forever.
 */
import { createHash } from "node:crypto";
import type { TriggerInfo, TriggerSpec } from "../../model/trigger.js";
import type { Clock } from "../base/clock.js";
import type { Bus } from "../bus/bus.js";
import { invokeVersion } from "../client/invoke.js";
import { readRunRecord, writeRunRecord } from "../coordinator/run-store.js";
import type { Deployment, DeploymentStore } from "../deploy/deployment-store.js";
import { ErrorCode } from "../errors.js";
import { assertInputDepth } from "../model/json-depth.js";
import { originToWire, triggerFromWire } from "../wire/origin.js";
import { graphToWire } from "../wire/protocol.js";

/** What the trigger does with the event once handled: acknowledge it, or have it delivered again. */
export type EventOutcome = "ack" | "retry";

/** An event as a trigger received it. */
export interface TriggerEvent {
  /** Its body: JSON (the run's input, or one element of a batch run's). */
  readonly data: Uint8Array;
  readonly info: TriggerInfo;
  /**
   * True only when the source knows it never handed this event over before (a JetStream
   * delivery count of 1, an MQTT PUBLISH without DUP offered the first time): it cannot be in
   * any run, so no batch marker is looked up for it. Absent: it may have been handled.
   */
  readonly firstDelivery?: boolean;
}

/** A stable key of one trigger of a deployment (its spec), for run ids and consumer names. */
export function triggerKey(deployment: string, trigger: TriggerSpec): string {
  return createHash("sha256").update(`${deployment}\n${JSON.stringify(trigger)}`).digest("hex").slice(0, 12);
}

/** The run id of an event: the same event of the same trigger always gets the same one. */
export function eventRunId(deployment: string, trigger: TriggerSpec, eventId: string): string {
  const digest = createHash("sha256").update(`${deployment}\n${JSON.stringify(trigger)}\n${eventId}`).digest("hex");
  return `t-${digest.slice(0, 24)}`;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The event's body as JSON text, or why it is not JSON. */
function bodyOf(event: TriggerEvent): { json: string } | { problem: string } {
  try {
    const json = utf8.decode(event.data);
    JSON.parse(json);
    assertInputDepth(json, "it");
    return { json };
  } catch (err) {
    const code = (err as { code?: string }).code;
    return { problem: code === ErrorCode.InvalidInput ? (err as Error).message : `it is not JSON (${(err as Error).message})` };
  }
}

/** An event whose body is JSON, with its place in the list handed over. */
export interface GoodEvent {
  readonly index: number;
  readonly event: TriggerEvent;
  readonly json: string;
}

export class TriggerEvents {
  constructor(
    private readonly bus: Bus,
    private readonly store: DeploymentStore,
    private readonly coordinator: string,
    private readonly say: (line: string) => void,
    private readonly clock: Clock,
  ) {}

  /** Turns the event into its run (or finds it already there). "retry": it could not be accepted now. */
  async accept(deployment: string, trigger: TriggerSpec, event: TriggerEvent): Promise<EventOutcome> {
    const outcomes: EventOutcome[] = ["retry"];
    const good = await this.wellFormed(deployment, trigger, [event], outcomes);
    if (good.length === 0) return outcomes[0]!;
    const runId = eventRunId(deployment, trigger, event.info.eventId);
    if (await this.takenBy(runId)) return "ack"; // accepted before (a redelivery)
    return (await this.submit(deployment, trigger, runId, good, undefined)) ? "ack" : "retry";
  }

  /**
   * The events whose bodies are JSON, in order. Each of the others becomes a failed run of its own
   * (E_INVALID_INPUT, recorded once) and its outcome is set to "ack".
   */
  async wellFormed(deployment: string, trigger: TriggerSpec, events: readonly TriggerEvent[], outcomes: EventOutcome[]): Promise<GoodEvent[]> {
    const good: GoodEvent[] = [];
    for (const [index, event] of events.entries()) {
      const body = bodyOf(event);
      if ("json" in body) {
        good.push({ index, event, json: body.json });
        continue;
      }
      const runId = eventRunId(deployment, trigger, event.info.eventId);
      if (!(await readRunRecord(this.bus, runId))) {
        const at = await this.store.get(deployment);
        if (!at) continue; // undeployed meanwhile: left for a later deployment of that name
        await this.recordMalformed(at, runId, event, body.problem);
      }
      outcomes[index] = "ack";
    }
    return good;
  }

  /**
   * Submits one run of the deployment's current version for `events` (a batch run when `batch`,
   * their ids, is given: its input the list of their bodies, its record listing the ids; the same
   * list as its marker's, compacted once). True once the run exists (made now, or found made);
   * false when it could not be made now (undeployed meanwhile, no coordinator): the events are
   * delivered again.
   */
  async submit(
    deployment: string,
    trigger: TriggerSpec,
    runId: string,
    events: readonly GoodEvent[],
    batch: readonly string[] | undefined,
    deployed?: Promise<Deployment | undefined>,
  ): Promise<boolean> {
    const target = await (deployed ?? this.store.get(deployment));
    if (!target) return false; // undeployed meanwhile: left for a later deployment of that name
    const first = events[0]!.event.info;
    const batched = batch !== undefined;
    // A trigger the workflow file declares: the workers apply its map (engine/worker/trigger-input.ts).
    const declared = trigger.declared === undefined ? {} : { declared: trigger.declared };
    const info: TriggerInfo = batched ? { ...first, batch, ...declared } : { ...first, ...declared };
    const inputJson = batched ? `[${events.map((g) => g.json).join(",")}]` : events[0]!.json;
    const what = batched ? `batch of ${batch.length} ${first.kind} events from ${first.eventId}` : `${first.kind} event ${first.eventId}`;
    try {
      await invokeVersion(this.bus, target, inputJson, { runId, trigger: info, submitter: `trigger ${first.kind} (${this.coordinator})`, ...(trigger.express ? { express: true } : {}) });
    } catch (err) {
      if (!(await this.takenBy(runId).catch(() => undefined))) {
        this.say(`weft coordinator: ${target.name}: ${what} not accepted yet (${(err as Error).message}); it is delivered again`);
        return false;
      }
    }
    return true;
  }

  /** The deployment as stored now (undefined: undeployed). */
  deployed(deployment: string): Promise<Deployment | undefined> {
    return this.store.get(deployment);
  }

  /** The events a run made from `runId`'s event holds, when that run exists. */
  async takenBy(runId: string): Promise<Set<string> | undefined> {
    const record = await readRunRecord(this.bus, runId);
    if (!record) return undefined;
    const info = triggerFromWire(record.origin?.trigger);
    return new Set(info?.batch ?? (info ? [info.eventId] : []));
  }

  /** A failed run of the event, recorded once (create-if-absent). */
  private async recordMalformed(d: Deployment, runId: string, event: TriggerEvent, why: string): Promise<void> {
    const now = this.clock.now();
    const where = event.info.subject ?? event.info.source;
    const message = `the ${event.info.kind} event ${event.info.eventId}${where ? ` on ${where}` : ""} cannot be a run's input: ${why}; the event was not run.`;
    this.say(`weft coordinator: ${d.name}: ${message}`);
    try {
      await writeRunRecord(
        this.bus,
        {
          runId,
          workflow: d.workflow,
          state: "failed",
          bundleHash: d.bundleSha256,
          inputJson: "",
          submittedAtMs: now,
          endedAtMs: now,
          error: { code: ErrorCode.InvalidInput, message },
          graph: graphToWire(d.graph),
          coordinator: this.coordinator,
          origin: originToWire({ deployment: d.name, version: d.version, trigger: event.info }),
          // A trigger's runs are the coordinator's user's, as those it submits.
          owner: this.bus.identity ?? "",
        },
        0,
      );
    } catch (err) {
      if ((err as { code?: string }).code !== ErrorCode.KvConflict) throw err; // recorded before
    }
  }
}
