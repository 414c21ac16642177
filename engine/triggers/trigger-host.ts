/**
 * Runs the triggers of every deployment, on the leader coordinator only: it reads the
 * deployments bucket every second and starts the triggers of new deployments, stops those of
 * removed ones (runs in flight go on), and restarts a trigger whose spec changed. A new
 * version with the same triggers keeps them running: each event runs the version current when
 * it is accepted. Stopped when the leadership is lost; the next leader starts them again.
 */
import { describeTrigger, type TriggerSpec } from "../../model/trigger.js";
import type { Clock, TimerId } from "../base/clock.js";
import type { Bus } from "../bus/bus.js";
import { DeploymentStore } from "../deploy/deployment-store.js";
import { EventBatcher } from "./event-batcher.js";
import { runnerOf } from "./kinds.js";
import { triggerKey, TriggerEvents } from "./trigger-event.js";
import type { EventSink, RunningTrigger } from "./trigger-kind.js";

const POLL_MS = 1000;

export class TriggerHost {
  /** Running triggers by `deployment\nspec`. */
  private readonly running = new Map<string, Promise<RunningTrigger | undefined>>();
  private timer: TimerId | undefined;
  private stopped = false;
  private events: TriggerEvents | undefined;
  private store: DeploymentStore | undefined;
  private lastComplaint = "";

  constructor(
    private readonly bus: Bus,
    private readonly coordinator: string,
    private readonly say: (line: string) => void,
    private readonly clock: Clock,
    /** The bundles of the deployments, after each reading of the bucket (the workers' pre-import list). */
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
    for (const t of this.running.values()) void t.then((r) => r?.stop());
    this.running.clear();
  }

  private async sync(): Promise<void> {
    if (this.stopped) return;
    try {
      // Opened here, not once: a NATS that refuses the bucket now (permissions, JetStream away) may allow it later.
      if (!this.store) {
        this.store = await DeploymentStore.open(this.bus);
        this.events = new TriggerEvents(this.bus, this.store, this.coordinator, this.say, this.clock);
      }
      const wanted = new Map<string, { deployment: string; spec: TriggerSpec }>();
      const deployments = await this.store.list();
      for (const d of deployments) for (const spec of d.triggers) wanted.set(`${d.name}\n${JSON.stringify(spec)}`, { deployment: d.name, spec });
      if (this.stopped) return;
      this.deployedBundles(deployments.map((d) => d.bundleSha256));
      for (const [key, t] of this.running) {
        if (wanted.has(key)) continue;
        this.running.delete(key);
        void t.then((r) => r?.stop());
      }
      for (const [key, { deployment, spec }] of wanted) {
        if (this.running.has(key)) continue;
        const started = this.startOne(deployment, spec);
        this.running.set(key, started);
        // A trigger that could not start (a stream removed since deploy) is tried again next time.
        void started.then((r) => {
          if (!r && this.running.get(key) === started) this.running.delete(key);
        });
      }
    } catch (err) {
      // Said once per distinct reason, not every second.
      const line = `weft coordinator: could not read the deployments (${(err as Error).message}); trying again every second`;
      if (line !== this.lastComplaint) this.say(line);
      this.lastComplaint = line;
    }
    if (!this.stopped) {
      this.timer = this.clock.setTimeout(() => void this.sync(), POLL_MS);
      (this.timer as { unref?: () => void }).unref?.();
    }
  }

  private async startOne(deployment: string, spec: TriggerSpec): Promise<RunningTrigger | undefined> {
    const events = this.events!;
    const batcher = spec.batch ? new EventBatcher(spec.batch, this.clock, (batch) => events.acceptBatch(deployment, spec, batch)) : undefined;
    const sink: EventSink = batcher ?? { accept: (event) => events.accept(deployment, spec, event) };
    try {
      const source = await runnerOf(spec.kind).start({
        bus: this.bus,
        deployment,
        spec: spec as never,
        key: triggerKey(deployment, spec),
        sink,
        clock: this.clock,
        say: this.say,
      });
      return {
        stop: async () => {
          batcher?.stop();
          await source.stop();
        },
      };
    } catch (err) {
      batcher?.stop();
      this.say(`weft coordinator: ${deployment}: trigger ${describeTrigger(spec)} cannot start: ${(err as Error).message}`);
      return undefined;
    }
  }
}
