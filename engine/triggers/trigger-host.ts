/**
 * Runs the triggers of every deployment, on the leader coordinator only: it watches the
 * deployments bucket and starts the triggers of new deployments, stops those of removed ones
 * (runs in flight go on), and restarts a trigger whose spec changed, as soon as the change is
 * seen. A new version with the same triggers keeps them running: each event runs the version
 * current when it is accepted. Stopped when the leadership is lost; the next leader starts them
 * again.
 */
import { describeTrigger, type TriggerSpec } from "../../model/trigger.js";
import type { Clock, TimerId } from "../base/clock.js";
import type { Bus } from "../bus/bus.js";
import { DeploymentStore, type DeploymentsWatch } from "../deploy/deployment-store.js";
import { BatchMarkers } from "./batch-markers.js";
import { BatchRuns } from "./batch-runs.js";
import { EventBatcher } from "./event-batcher.js";
import { runnerOf } from "./kinds.js";
import { triggerKey, TriggerEvents } from "./trigger-event.js";
import type { EventSink, RunningTrigger } from "./trigger-kind.js";

/**
 * How often the host looks again without a change: a trigger that could not start is tried
 * again, and a watch that could not be opened is opened again. A look asks NATS nothing once the
 * watch is open.
 */
const LOOK_AGAIN_MS = 1000;

export class TriggerHost {
  /** Running triggers by `deployment\nspec`. */
  private readonly running = new Map<string, Promise<RunningTrigger | undefined>>();
  private timer: TimerId | undefined;
  private stopped = false;
  private events: TriggerEvents | undefined;
  private deployments: DeploymentsWatch | undefined;
  private opening: Promise<void> | undefined;
  private lastComplaint = "";

  constructor(
    private readonly bus: Bus,
    private readonly coordinator: string,
    private readonly say: (line: string) => void,
    private readonly clock: Clock,
    /** The bundles of the deployments, after each look (the workers' pre-import list). */
    private readonly deployedBundles: (hashes: string[]) => void = () => {},
  ) {}

  /** Starts the triggers of the deployments there are now, then follows the bucket. */
  async start(): Promise<void> {
    await this.sync();
  }

  /** Stops every trigger (events in the streams wait for the next leader). */
  stop(): void {
    this.stopped = true;
    this.clock.clearTimeout(this.timer);
    this.deployments?.stop();
    for (const t of this.running.values()) void t.then((r) => r?.stop());
    this.running.clear();
  }

  private async sync(): Promise<void> {
    if (this.stopped) return;
    this.clock.clearTimeout(this.timer);
    try {
      // Opened here, not once: a NATS that refuses the bucket now (permissions, JetStream away) may allow it later.
      if (!this.deployments) await (this.opening ??= this.open().finally(() => (this.opening = undefined)));
      if (this.deployments) this.look(this.deployments);
    } catch (err) {
      // Said once per distinct reason, not every second.
      const line = `weft coordinator: could not read the deployments (${(err as Error).message}); trying again every second`;
      if (line !== this.lastComplaint) this.say(line);
      this.lastComplaint = line;
    }
    if (!this.stopped) {
      this.timer = this.clock.setTimeout(() => void this.sync(), LOOK_AGAIN_MS);
      (this.timer as { unref?: () => void }).unref?.();
    }
  }

  private async open(): Promise<void> {
    const store = await DeploymentStore.open(this.bus);
    this.events ??= new TriggerEvents(this.bus, store, this.coordinator, this.say, this.clock);
    // Each change is looked at when it comes (the initial values come before the watch resolves).
    const watch = await store.watch(() => {
      if (this.deployments && !this.stopped) void this.sync();
    });
    if (this.stopped) watch.stop();
    else this.deployments = watch;
  }

  /** Starts and stops triggers to match the deployments as the watch last saw them. */
  private look(deployments: DeploymentsWatch): void {
    const wanted = new Map<string, { deployment: string; spec: TriggerSpec }>();
    const all = deployments.list();
    for (const d of all) for (const spec of d.triggers) wanted.set(`${d.name}\n${JSON.stringify(spec)}`, { deployment: d.name, spec });
    this.deployedBundles(all.map((d) => d.bundleSha256));
    for (const [key, t] of this.running) {
      if (wanted.has(key)) continue;
      this.running.delete(key);
      void t.then((r) => r?.stop());
    }
    for (const [key, { deployment, spec }] of wanted) {
      if (this.running.has(key)) continue;
      const started = this.startOne(deployment, spec);
      this.running.set(key, started);
      // A trigger that could not start (a stream removed since deploy) is tried again at the next look.
      void started.then((r) => {
        if (!r && this.running.get(key) === started) this.running.delete(key);
      });
    }
  }

  private async startOne(deployment: string, spec: TriggerSpec): Promise<RunningTrigger | undefined> {
    const events = this.events!;
    const key = triggerKey(deployment, spec);
    // Express runs keep no record to find a batch by: no markers (batch-runs.ts).
    const markers = spec.batch && !spec.express ? new BatchMarkers(this.bus, key, this.clock, this.say) : undefined;
    const runs = spec.batch ? new BatchRuns(events, deployment, spec, markers) : undefined;
    const batcher = spec.batch && runs ? new EventBatcher(spec.batch, this.clock, (batch, previous) => runs.accept(batch, previous)) : undefined;
    const sink: EventSink = batcher ?? { accept: (event) => events.accept(deployment, spec, event) };
    try {
      // The markers there are, loaded while the source starts (a lookup waits for them).
      markers?.start().catch((err: unknown) => this.say(`weft coordinator: ${deployment}: the event markers of trigger ${describeTrigger(spec)} could not be read yet: ${(err as Error).message}`));
      const source = await runnerOf(spec.kind).start({
        bus: this.bus,
        deployment,
        spec: spec as never,
        key,
        sink,
        clock: this.clock,
        say: this.say,
      });
      if (markers && source.doneWith) markers.sweepWith(() => source.doneWith!());
      return {
        stop: async () => {
          batcher?.stop();
          markers?.stop();
          await source.stop();
        },
      };
    } catch (err) {
      batcher?.stop();
      markers?.stop();
      this.say(`weft coordinator: ${deployment}: trigger ${describeTrigger(spec)} cannot start: ${(err as Error).message}`);
      return undefined;
    }
  }
}
