/**
 * One trigger event becomes exactly one run; a batch of events, one run whose input is the list
 * of their bodies. The run id is derived from the deployment, the trigger and the event's
 * identity (a batch's: its first event's), so a second submission of the same event (a
 * redelivery after a crash between submit and ack) is refused by the run record's
 * create-if-absent and the event is acknowledged as already accepted. A batch run's record
 * lists its events, and before it is submitted each event is marked with its run id
 * (event-markers.ts): redelivered in any grouping (acks that reached the server only in part,
 * events regrouped), an event whose marked run holds it is acknowledged, and the others form a
 * new batch.
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
import { EventMarkers } from "./event-markers.js";

/** What the trigger does with the event once handled: acknowledge it, or have it delivered again. */
export type EventOutcome = "ack" | "retry";

/** An event as a trigger received it. */
export interface TriggerEvent {
  /** Its body: JSON (the run's input, or one element of a batch run's). */
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

export class TriggerEvents {
  private readonly markers: EventMarkers;

  constructor(
    private readonly bus: Bus,
    private readonly store: DeploymentStore,
    private readonly coordinator: string,
    private readonly say: (line: string) => void,
    private readonly clock: Clock,
  ) {
    this.markers = new EventMarkers(bus);
  }

  /** Turns the event into its run (or finds it already there). "retry": it could not be accepted now. */
  async accept(deployment: string, trigger: TriggerSpec, event: TriggerEvent): Promise<EventOutcome> {
    return (await this.acceptBatch(deployment, trigger, [event], false))[0]!;
  }

  /**
   * Turns events into runs: one run for all of them when `batched` (its input the list of
   * their bodies), else one each. Returns each event's outcome, in order.
   */
  async acceptBatch(deployment: string, trigger: TriggerSpec, events: readonly TriggerEvent[], batched = true): Promise<EventOutcome[]> {
    if (!batched) return Promise.all(events.map((e) => this.acceptSome(deployment, trigger, [e], false).then((o) => o[0]!)));
    return this.acceptSome(deployment, trigger, events, true);
  }

  private async acceptSome(deployment: string, trigger: TriggerSpec, events: readonly TriggerEvent[], batched: boolean): Promise<EventOutcome[]> {
    const outcomes: EventOutcome[] = events.map(() => "retry");
    if (events.length === 0) return outcomes;
    // Read once, when needed: an event already run is acknowledged even after an undeploy.
    let d: Deployment | undefined;
    const current = async () => (d ??= await this.store.get(deployment));
    // A malformed event is a failed run of its own; the rest go on.
    const good: { index: number; event: TriggerEvent; json: string }[] = [];
    for (const [index, event] of events.entries()) {
      const body = bodyOf(event);
      if ("json" in body) {
        good.push({ index, event, json: body.json });
        continue;
      }
      const runId = eventRunId(deployment, trigger, event.info.eventId);
      if (!(await readRunRecord(this.bus, runId))) {
        const at = await current();
        if (!at) continue; // undeployed meanwhile: left for a later deployment of that name
        await this.recordMalformed(at, runId, event, body.problem);
      }
      outcomes[index] = "ack";
    }
    let rest = batched ? await this.unmarked(deployment, trigger, good, outcomes) : good;
    while (rest.length > 0) {
      const first = rest[0]!.event.info;
      const runId = eventRunId(deployment, trigger, first.eventId);
      const taken = await this.takenBy(runId);
      if (taken) {
        // Accepted before (a redelivery): its events are done; any others make a new batch.
        const left: typeof rest = [];
        for (const g of rest) {
          if (!batched || taken.has(g.event.info.eventId)) outcomes[g.index] = "ack";
          else left.push(g);
        }
        rest = left;
        continue;
      }
      const target = await current();
      if (!target) return outcomes; // undeployed meanwhile: left for a later deployment of that name
      const ids = rest.map((g) => g.event.info.eventId);
      // A trigger the workflow file declares: the workers apply its map (engine/worker/trigger-input.ts).
      const declared = trigger.declared === undefined ? {} : { declared: trigger.declared };
      const info: TriggerInfo = batched ? { ...first, batch: ids, ...declared } : { ...first, ...declared };
      const inputJson = batched ? `[${rest.map((g) => g.json).join(",")}]` : rest[0]!.json;
      const what = batched ? `batch of ${ids.length} ${first.kind} events from ${first.eventId}` : `${first.kind} event ${first.eventId}`;
      // The intent first: a redelivery regrouped in any way finds each of these events' run.
      if (batched) await this.markers.mark(rest.map((g) => eventRunId(deployment, trigger, g.event.info.eventId)), runId);
      try {
        await invokeVersion(this.bus, target, inputJson, { runId, trigger: info, submitter: `trigger ${first.kind} (${this.coordinator})`, ...(trigger.express ? { express: true } : {}) });
      } catch (err) {
        if (!(await this.takenBy(runId).catch(() => undefined))) {
          this.say(`weft coordinator: ${target.name}: ${what} not accepted yet (${(err as Error).message}); it is delivered again`);
          return outcomes;
        }
      }
      for (const g of rest) outcomes[g.index] = "ack";
      rest = [];
    }
    return outcomes;
  }

  /**
   * The events no run holds yet; those a run holds (by their markers) are acknowledged. A marker
   * whose run does not exist, or does not list the event, is a stale intent: the event is free.
   */
  private async unmarked<G extends { index: number; event: TriggerEvent }>(
    deployment: string,
    trigger: TriggerSpec,
    good: readonly G[],
    outcomes: EventOutcome[],
  ): Promise<G[]> {
    const marked = await this.markers.runsOf(good.map((g) => eventRunId(deployment, trigger, g.event.info.eventId)));
    const runIds = [...new Set(marked.filter((r): r is string => r !== undefined))]; // each marked run read once
    const runs = new Map(await Promise.all(runIds.map(async (r) => [r, await this.takenBy(r)] as const)));
    const free: G[] = [];
    for (const [i, g] of good.entries()) {
      const runId = marked[i];
      if (runId !== undefined && runs.get(runId)?.has(g.event.info.eventId)) outcomes[g.index] = "ack";
      else free.push(g);
    }
    return free;
  }

  /** The events a run made from `runId`'s event holds, when that run exists. */
  private async takenBy(runId: string): Promise<Set<string> | undefined> {
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
