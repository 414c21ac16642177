/**
 * A window slot's task: owns a range of key groups; takes the batches every source partition
 * routes to it (one input channel per partition), aligns the checkpoint barriers across its
 * channels, runs the window operator, the operators after it and the sinks. Batches are handled
 * one after the other; a credit goes back to a source only once its batch is handled and the
 * sink writes it caused are done (sinks flush at a size or after a wait), which is what makes a
 * slow sink slow the source. On an aligned barrier it writes out what the sinks hold, stores its
 * state (per key group) in the checkpoint bucket and acknowledges the checkpoint.
 */
import type { WindowResult } from "../../model/stream.js";
import type { BusSubscription } from "../bus/bus.js";
import type { TimerId } from "../base/clock.js";
import { BarrierAligner } from "../core/stream/barrier-aligner.js";
import type { DeadLetter } from "../core/stream/dead-letter.js";
import { fnv1a32 } from "../core/record-keys.js";
import { compileChain } from "../core/stream/record-chain.js";
import { ChannelWatermarks } from "../core/stream/watermark.js";
import { WindowOperator, type WindowEmitter, type WindowSnapshot } from "../core/stream/window-operator.js";
import { DEAD_LETTER_TEXT, emptyBatch, recordId, type RecordBatch } from "../core/stream/record-batch.js";
import { MalformedBatchError } from "../core/stream/record-batch-codec.js";
import { decodeExchange, encodeJson, type AckMessage, type ExchangeMessage } from "./exchange-message.js";
import { listenLocally, sendExchange } from "./local-exchange.js";
import { sinkWriter, type SinkWriter } from "./sink-writers.js";
import { OperatorFigures } from "./stream-metrics.js";
import { putCheckpointState } from "./checkpoint-state-store.js";
import { checkpointStateKey, streamSubjects } from "./stream-subjects.js";
import type { TaskEnv } from "./task-env.js";

type Output = "main" | "late" | "dead";

interface SinkSlot {
  readonly name: string;
  readonly from: Output;
  readonly writer: SinkWriter;
  records: unknown[];
  ids: string[];
}

export class WindowTask {
  readonly name: string;
  private readonly subjects;
  private readonly aligner: BarrierAligner<ExchangeMessage>;
  private readonly marks: ChannelWatermarks;
  private readonly op: WindowOperator | undefined;
  private readonly sinks: SinkSlot[];
  private readonly emitter: WindowEmitter;
  private readonly after: (record: unknown) => void;
  private subs: BusSubscription[] = [];
  private unlisten: () => void = () => {};
  private chain: Promise<void> = Promise.resolve();
  private timer: TimerId | undefined;
  private stopped = false;
  /** The id of the result being run through the operators after the window. */
  private resultId = "";
  private resultIndex = 0;
  /** The record being handled: batch, source partition and index (its id names a late record or a dead letter, made then). */
  private current: { batch: RecordBatch; p: number; i: number } = { batch: emptyBatch(), p: 0, i: 0 };

  constructor(
    private readonly env: TaskEnv,
    private readonly slot: number,
  ) {
    const { wf, settings, job, epoch } = env;
    this.name = `w${slot}`;
    this.subjects = streamSubjects(job, epoch);
    this.aligner = new BarrierAligner(settings.partitions);
    this.marks = new ChannelWatermarks(settings.partitions);
    const w = wf.window;
    const { keyGroups } = settings;
    this.op = w ? new WindowOperator({ name: w.name, window: w.window, combiner: w.combiner, allowedLatenessMs: w.allowedLatenessMs, keyGroups }) : undefined;
    this.sinks = wf.sinks.map((s) => ({ name: s.name, from: s.from, writer: sinkWriter(env.bus, s.spec), records: [], ids: [] }));
    // Published from the start (0 until records come): the figures shown are this epoch's, never an older one's.
    this.figuresOnce = w ? env.figures(w.name) : this.passOn;
    for (const s of this.sinks) env.figures(s.name);
    this.after = compileChain(wf.after, (r) => this.out("main", r, this.resultIndex++ === 0 ? this.resultId : `${this.resultId}.${this.resultIndex - 1}`), (d) => {
      env.figures(d.stage).deadLetters++;
      this.out("dead", d, `${this.resultId}.d${this.resultIndex++}`);
    });
    this.emitter = {
      result: (r) => this.result(r),
      late: (record) => {
        this.figures.lateRecords++;
        this.out("late", record, this.currentId());
      },
      dead: (letter: DeadLetter) => {
        env.figures(letter.stage).deadLetters++;
        this.out("dead", letter, `${this.currentId()}.d`);
      },
    };
  }

  private currentId(): string {
    const c = this.current;
    return recordId(c.batch, c.p, c.i);
  }

  /** Without a window the slot only hands records on: its figures would be counted again under a sink's name, so they are kept unpublished. */
  private readonly passOn = new OperatorFigures();

  /** The window's figures (looked up once: they are counted per record). */
  private get figures(): OperatorFigures {
    const w = this.env.wf.window;
    return (this.figuresOnce ??= w ? this.env.figures(w.name) : this.passOn);
  }

  private figuresOnce: OperatorFigures | undefined;

  /** Restores the key groups this slot owns from the snapshots of every slot of the checkpoint (any worker count). */
  async start(restore: readonly WindowSnapshot[]): Promise<void> {
    const { keyGroups, workers } = this.env.settings;
    this.op?.restore(restore, (g) => Math.floor((g * workers) / keyGroups) === this.slot);
    const toSlot = this.subjects.toSlot(this.slot);
    this.unlisten = listenLocally(this.env.bus, toSlot, (msg) => this.take(msg));
    this.subs.push(
      this.env.bus.subscribe(toSlot, (m) => this.takeEncoded(m.data)),
      this.env.bus.subscribe(this.subjects.ready(this.slot), (m) => m.respond(new Uint8Array())),
    );
    this.tick();
  }

  /**
   * A message from a task in another process. One that cannot be read (a worker of another
   * version) fails the epoch: its records cannot be skipped without losing them, and a restart
   * from the last checkpoint replays them.
   */
  private takeEncoded(data: Uint8Array): void {
    let msg: ExchangeMessage;
    try {
      msg = decodeExchange(data);
    } catch (err) {
      const what = err instanceof MalformedBatchError ? err.message : `a message is not JSON (${(err as Error).message})`;
      this.env.fail(this.name, `${what}; its records are replayed from the last checkpoint`);
      return;
    }
    this.take(msg);
  }

  /** Batches are handled one after the other, in the order they came. */
  private take(msg: ExchangeMessage): void {
    this.chain = this.chain.then(() => this.handle(msg)).catch((err: unknown) => this.env.say(`weft stream ${this.env.job}: ${this.name}: ${(err as Error).message}`));
  }

  private async handle(msg: ExchangeMessage): Promise<void> {
    if (this.stopped) return;
    const actions = msg.k === "b" ? this.aligner.barrier(msg.p, msg.id) : msg.k === "d" ? this.aligner.records(msg.p, [msg]) : [];
    for (const a of actions) {
      if (a.kind === "process") for (const m of a.records) await this.process(m);
      else if (a.kind === "snapshot") await this.checkpoint(a.checkpoint);
      else this.env.say(`weft stream ${this.env.job}: checkpoint ${a.checkpoint} aborted at ${this.name} (a newer barrier came first)`);
    }
  }

  private async process(m: ExchangeMessage): Promise<void> {
    if (m.k !== "d") return;
    const f = this.figures;
    const b = m.batch;
    const n = b.records.length;
    /** Dead letters given up before the window (at the source, by an operator before it): they never entered it. */
    let deadBefore = 0;
    const current = (this.current = { batch: b, p: m.p, i: 0 });
    for (let i = 0; i < n; i++) {
      current.i = i;
      const text = b.texts[i] as string | null;
      const record = b.records[i];
      if (text === DEAD_LETTER_TEXT) {
        // A key its key function could not make did reach the window (the source counted it out).
        if ((record as DeadLetter).stage !== this.env.wf.window?.name) deadBefore++;
        this.out("dead", record, recordId(b, m.p, i));
      } else if (!this.op) this.runAfter(record, recordId(b, m.p, i));
      else {
        const group = b.groups[i] as number;
        this.op.add(record, b.times[i], b.keys[i], this.emitter, text ?? undefined, group >= 0 ? group : undefined);
      }
    }
    f.recordsIn += n - deadBefore;
    const combined = this.marks.update(m.p, m.wm ?? Number.NEGATIVE_INFINITY);
    if (combined !== undefined) {
      this.op?.advance(combined, this.emitter);
      f.watermark = combined;
    }
    if (this.sinks.some((s) => s.records.length >= this.env.settings.batchSize)) await this.flushPatiently();
    if (n > 0) sendExchange(this.env.bus, this.subjects.credit(m.p), { k: "c", slot: this.slot, n: 1 });
  }

  private result(r: WindowResult<unknown, unknown>): void {
    const w = this.env.wf.window;
    // A window fires once without lateness; with it, each firing's value names the result.
    const again = w && w.allowedLatenessMs > 0 ? `:${fnv1a32(JSON.stringify(r.value) ?? "").toString(36)}` : "";
    this.runAfter(r, `${this.env.job}:${w?.name}:${JSON.stringify(r.key)}:${r.start}:${r.end}${again}`);
  }

  private runAfter(record: unknown, id: string): void {
    this.resultId = id;
    this.resultIndex = 0;
    this.after(record);
  }

  private out(from: Output, record: unknown, id: string): void {
    if (from === "main") this.figures.recordsOut++;
    for (const s of this.sinks) {
      if (s.from !== from) continue;
      s.records.push(record);
      s.ids.push(id);
    }
  }

  /** Writes what every sink holds. */
  private async flush(): Promise<void> {
    await Promise.all(
      this.sinks.map(async (s) => {
        if (s.records.length === 0) return;
        const [records, ids] = [s.records, s.ids];
        s.records = [];
        s.ids = [];
        try {
          await s.writer.write(records, ids);
        } catch (err) {
          // Kept, in order, for the next flush: a sink that is down loses nothing.
          s.records = records.concat(s.records);
          s.ids = ids.concat(s.ids);
          throw new Error(`sink "${s.name}": ${(err as Error).message}`, { cause: err });
        }
        this.env.figures(s.name).recordsIn += records.length;
      }),
    );
  }

  /** Failed sink writes in a row (a write that succeeds resets it), and whether that failed the epoch. */
  private sinkFailures = 0;
  private sinkFailureReported = false;

  /** Flushes until the sinks took everything (no credit goes back meanwhile: the sources wait). */
  private async flushPatiently(): Promise<void> {
    for (;;) {
      try {
        await this.flush();
        this.sinkFailures = 0;
        return;
      } catch (err) {
        if (this.stopped) return;
        this.sinkFailed(err as Error);
        await new Promise<void>((r) => this.env.clock.setTimeout(r, 1000));
      }
    }
  }

  /** A sink write failed: said, and past the retry budget the epoch fails (a restart from the last checkpoint, or the job fails). */
  private sinkFailed(err: Error): void {
    const { sinkRetries } = this.env.settings;
    this.sinkFailures++;
    this.env.say(`weft stream ${this.env.job}: ${this.name}: ${err.message}; failed ${this.sinkFailures} of ${sinkRetries} times in a row, trying again in 1 s`);
    if (this.sinkFailures >= sinkRetries && !this.sinkFailureReported) {
      this.sinkFailureReported = true;
      this.env.fail(this.name, `${err.message} (${this.sinkFailures} writes in a row failed)`);
    }
  }

  private async checkpoint(id: number): Promise<void> {
    try {
      await this.flush(); // results before the barrier are written before the checkpoint can complete
      const state = this.op?.snapshotJson() ?? JSON.stringify({ watermark: null, groups: {} } satisfies WindowSnapshot);
      const ref = checkpointStateKey(this.env.job, id, this.name);
      await putCheckpointState(this.env.bus, ref, state);
      this.env.bus.publish(this.subjects.ack, encodeJson({ k: "ack", id, ack: { task: this.name, stateRef: ref } } satisfies AckMessage));
    } catch (err) {
      this.env.bus.publish(this.subjects.ack, encodeJson({ k: "decline", id, task: this.name, reason: (err as Error).message } satisfies AckMessage));
    }
  }

  /** Sink batches wait at most batchMs (after a failed write, a second: the sink gets its retry pace, not batchMs's). */
  private tick(): void {
    if (this.stopped) return;
    this.chain = this.chain
      .then(async () => {
        await this.flush();
        this.sinkFailures = 0;
      })
      .catch((err: unknown) => this.sinkFailed(err as Error));
    const wait = () => (this.sinkFailures > 0 ? 1000 : this.env.settings.batchMs);
    this.timer = this.env.clock.setTimeout(() => this.tick(), wait());
  }

  /** Stops taking batches; with `drain`, what was taken is handled and written first. */
  async stop(drain: boolean): Promise<void> {
    for (const sub of this.subs) sub.unsubscribe();
    this.unlisten();
    this.env.clock.clearTimeout(this.timer);
    if (drain) await this.chain.then(() => this.flush()).catch((err: unknown) => this.env.say(`weft stream ${this.env.job}: ${this.name}: at stop: ${(err as Error).message}`));
    this.stopped = true;
    await Promise.all(this.sinks.map((s) => s.writer.close()));
  }
}
