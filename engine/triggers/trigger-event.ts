/**
 * One trigger event becomes exactly one run. The run id is derived from the deployment, the
 * trigger and the event's identity, so a second submission of the same event (a redelivery
 * after a crash between submit and ack) is refused by the run record's create-if-absent and the
 * event is acknowledged as already accepted. An event whose body is not JSON becomes a failed
 * run of its own (E_INVALID_INPUT, with the event id), recorded once, and is acknowledged: it is
 * not retried forever.
 */
import { createHash } from "node:crypto";
import type { TriggerInfo, TriggerSpec } from "../../model/trigger.js";
import type { Bus } from "../bus/bus.js";
import { invokeVersion } from "../client/invoke.js";
import { readRunRecord, writeRunRecord } from "../coordinator/run-store.js";
import type { DeploymentStore } from "../deploy/deployment-store.js";
import { ErrorCode } from "../errors.js";
import { originToWire } from "../wire/origin.js";
import { graphToWire } from "../wire/protocol.js";

/** What the trigger does with the event once handled: acknowledge it, or have it delivered again. */
export type EventOutcome = "ack" | "retry";

/** An event as a trigger received it. */
export interface TriggerEvent {
  readonly data: Uint8Array;
  readonly info: TriggerInfo;
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

export class TriggerEvents {
  constructor(
    private readonly bus: Bus,
    private readonly store: DeploymentStore,
    private readonly coordinator: string,
    private readonly say: (line: string) => void,
  ) {}

  /** Turns the event into its run (or finds it already there). "retry": it could not be accepted now. */
  async accept(deployment: string, trigger: TriggerSpec, event: TriggerEvent): Promise<EventOutcome> {
    const runId = eventRunId(deployment, trigger, event.info.eventId);
    if (await readRunRecord(this.bus, runId)) return "ack"; // accepted before (redelivered)
    const d = await this.store.get(deployment);
    if (!d) return "retry"; // undeployed meanwhile: left for a later deployment of that name
    let inputJson: string;
    try {
      inputJson = new TextDecoder("utf-8", { fatal: true }).decode(event.data);
      JSON.parse(inputJson);
    } catch (err) {
      await this.recordMalformed(d, runId, event, (err as Error).message);
      return "ack";
    }
    try {
      await invokeVersion(this.bus, d, inputJson, { runId, trigger: event.info, submitter: `trigger ${event.info.kind} (${this.coordinator})` });
      return "ack";
    } catch (err) {
      if (await readRunRecord(this.bus, runId).catch(() => undefined)) return "ack"; // taken: by this event, earlier
      this.say(`weft coordinator: ${d.name}: ${event.info.kind} event ${event.info.eventId} not accepted yet (${(err as Error).message}); it is delivered again`);
      return "retry";
    }
  }

  /** A failed run of the event, recorded once (create-if-absent). */
  private async recordMalformed(d: NonNullable<Awaited<ReturnType<DeploymentStore["get"]>>>, runId: string, event: TriggerEvent, why: string): Promise<void> {
    const now = Date.now();
    const message = `the ${event.info.kind} event ${event.info.eventId}${event.info.subject ? ` on ${event.info.subject}` : ""} is not JSON (${why}): a run's input must be JSON; the event was not run.`;
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
        },
        0,
      );
    } catch (err) {
      if ((err as { code?: string }).code !== ErrorCode.KvConflict) throw err; // recorded before
    }
  }
}
