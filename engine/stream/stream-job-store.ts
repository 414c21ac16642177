/**
 * Deployed streaming jobs and where their tasks run, in the jobs bucket: `job.NAME` is what was
 * deployed (its bundle, settings, and whether it should run), `placement.NAME` which worker runs
 * which source partition and window slot in which epoch, from which checkpoint. The leader
 * coordinator writes placements; workers read them and run their share.
 */
import type { Bus, KvBucket } from "../bus/bus.js";
import { decodedView } from "../bus/kv-decoded-view.js";
import type { CompletedCheckpoint } from "../core/stream/checkpoint-tracker.js";
import type { JobFailure } from "../core/stream/restart-policy.js";
import type { StreamPlanNode } from "./stream-plan.js";
import { STREAM_JOBS_BUCKET } from "./stream-subjects.js";
import { isName } from "../../model/names.js";
import type { StreamSettings } from "./task-env.js";

export type StreamJobState = "running" | "restarting" | "failed" | "stopping" | "stopped";

export interface StreamJobRecord {
  readonly name: string;
  readonly bundleSha256: string;
  readonly settings: Partial<StreamSettings>;
  /**
   * "running" until `weft stop` or `weft undeploy`; the coordinator sets "restarting" while a
   * failed epoch waits for its restart (backoff) and "failed" once the restarts are used up
   * (engine/core/stream/restart-policy.ts), until the job is deployed again.
   */
  readonly state: StreamJobState;
  /** The last failure, while restarting or failed (and after a restart, until the next deploy). */
  readonly failure?: JobFailure;
  /** With "stopping": take a savepoint first. */
  readonly savepoint?: boolean;
  readonly deployedAtMs: number;
  /** Its operators, for readers that do not import the bundle (absent in jobs deployed before it was kept). */
  readonly plan?: readonly StreamPlanNode[];
}

export interface StreamPlacement {
  readonly job: string;
  readonly epoch: number;
  /** Worker name per source partition and per window slot. */
  readonly sources: readonly string[];
  readonly slots: readonly string[];
  readonly restoredFrom: CompletedCheckpoint | null;
  /** The coordinator that placed it (and runs its checkpoints). */
  readonly by: string;
}

/** The records a watch follows, by the prefix of their keys. */
const WATCHED = { jobs: "job.", placements: "placement." } as const;
interface Watched {
  jobs: StreamJobRecord;
  placements: StreamPlacement;
}

/** Jobs or placements as a watch last saw them. */
export interface StreamJobsWatch<T> {
  all(): T[];
  /** The record of the job of that name. */
  get(name: string): T | undefined;
  stop(): void;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export class StreamJobStore {
  private constructor(private readonly kv: KvBucket) {}

  static async open(bus: Bus): Promise<StreamJobStore> {
    return new StreamJobStore(await bus.kv(STREAM_JOBS_BUCKET));
  }

  private async read<T>(key: string): Promise<T | undefined> {
    const e = await this.kv.get(key);
    return e ? (JSON.parse(dec.decode(e.value)) as T) : undefined;
  }

  /** The job of that name; undefined for none, and for a name no job can have (`weft status "a b"`). */
  job(name: string): Promise<StreamJobRecord | undefined> {
    if (!isName(name)) return Promise.resolve(undefined);
    return this.read(`job.${name}`);
  }

  async putJob(job: StreamJobRecord): Promise<void> {
    await this.kv.put(`job.${job.name}`, enc.encode(JSON.stringify(job)));
  }

  async removeJob(name: string): Promise<boolean> {
    if (!(await this.job(name))) return false;
    await this.kv.delete(`job.${name}`);
    return true;
  }

  /** Every job, read now (a command's listing; the coordinator watches them instead). */
  async jobs(): Promise<StreamJobRecord[]> {
    const out: StreamJobRecord[] = [];
    for (const k of await this.kv.keys("job.*")) {
      const j = await this.read<StreamJobRecord>(k);
      if (j) out.push(j);
    }
    return out;
  }

  placement(name: string): Promise<StreamPlacement | undefined> {
    if (!isName(name)) return Promise.resolve(undefined);
    return this.read(`placement.${name}`);
  }

  /**
   * Follows the bucket's `job.*` or `placement.*` keys (one KV watch): `changed` is called after
   * each change; the watch gives the records as last seen, without asking NATS.
   */
  async watch<K extends keyof typeof WATCHED>(kind: K, changed: () => void): Promise<StreamJobsWatch<Watched[K]>> {
    const prefix = WATCHED[kind];
    const view = decodedView(await this.kv.watch(() => changed(), { filter: `${prefix}*` }), (_key, value) => JSON.parse(dec.decode(value)) as Watched[K]);
    return { all: () => view.all(), get: (name) => view.get(`${prefix}${name}`), stop: () => view.stop() };
  }

  async place(p: StreamPlacement): Promise<void> {
    await this.kv.put(`placement.${p.job}`, enc.encode(JSON.stringify(p)));
  }

  async unplace(name: string): Promise<void> {
    if (await this.kv.get(`placement.${name}`)) await this.kv.delete(`placement.${name}`);
  }
}
