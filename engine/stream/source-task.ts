/**
 * A source partition's task: reads its partition from a position, extracts each record's event
 * time, runs the operators before the window, and routes each output by its key's key group to
 * the window slot that owns the group. Records go in bounded batches (size or time, whichever
 * first) that each spend a credit of their slot; a slot without credit pauses the reader, so a
 * slow sink slows the source instead of memory growing. On a checkpoint trigger it sends the
 * barrier behind everything it sent so far and acknowledges its position (where a restore reads
 * from). Only once that checkpoint completed (the master says so) is the reader told its source
 * may forget what came before the position; most sources are never told anything was consumed.
 */
import type { BusSubscription } from "../bus/bus.js";
import { CreditGate } from "../core/stream/credit-gate.js";
import { describeValue, type DeadLetter } from "../core/stream/dead-letter.js";
import { keyGroupOf, keyText, ownerOfKeyGroup } from "../core/stream/key-groups.js";
import { compileChain } from "../core/stream/record-chain.js";
import { BoundedOutOfOrderness } from "../core/stream/watermark.js";
import { DEAD_LETTER_TEXT, emptyBatch, pushRecord, type RecordBatch } from "../core/stream/record-batch.js";
import { decodeJson, encodeJson, type AckMessage, type ExchangeMessage } from "./exchange-message.js";
import { listenLocally, sendExchange } from "./local-exchange.js";
import { sourceReader, type SourceOffset, type SourceReader } from "./source-readers.js";
import { streamSubjects } from "./stream-subjects.js";
import { END_WATERMARK, type TaskEnv } from "./task-env.js";
import type { TimerId } from "../base/clock.js";

/** What a source task's checkpoint holds. */
export interface SourcePosition {
  readonly position: SourceOffset;
  /** The largest event time read: the watermark resumes from it. */
  readonly maxSeen: number | null;
}

interface Outbox {
  /** The batch being filled. */
  batch: RecordBatch;
  /** Messages waiting for credit (data) or for the data before them (barriers). */
  queue: ExchangeMessage[];
  gate: CreditGate;
  /** The last watermark queued to this slot. */
  wm: number;
}

export class SourceTask {
  readonly name: string;
  private readonly subjects;
  private readonly reader: SourceReader;
  private readonly wm: BoundedOutOfOrderness;
  private readonly outboxes: Outbox[];
  private readonly subs: BusSubscription[] = [];
  private unlisten: () => void = () => {};
  private position: SourceOffset = 0;
  /** Positions acknowledged for checkpoints not yet known to be complete, by checkpoint id. */
  private readonly pending = new Map<number, SourceOffset>();
  private ended = false;
  private timer: TimerId | undefined;
  private stopped = false;
  private readonly route: (record: unknown) => void;
  /** The record being routed: its position (its outputs' ids are the partition, it and an index: record-batch.ts). */
  private currentPos: SourceOffset = 0;
  private outIndex = 0;
  private currentTs = 0;
  /** Records in a row that went to the dead letters (a routed one resets it), and whether that failed the epoch. */
  private deadRun = 0;
  private deadRunReported = false;

  constructor(
    private readonly env: TaskEnv,
    private readonly partition: number,
  ) {
    const { wf, settings, job, epoch } = env;
    this.name = `s${partition}`;
    this.subjects = streamSubjects(job, epoch);
    const fail = (reason: string) => env.fail(this.name, reason);
    this.reader = sourceReader(env.bus, wf.source.spec, { job, partition, partitions: settings.partitions, clock: env.clock, say: env.say, fail }, {
      pull: settings.batchSize,
      holdLimit: settings.batchSize * settings.credits,
    });
    this.wm = new BoundedOutOfOrderness(wf.source.outOfOrderMs);
    const outbox = (): Outbox => ({ batch: emptyBatch(), queue: [], gate: new CreditGate(settings.credits), wm: Number.NEGATIVE_INFINITY });
    this.outboxes = Array.from({ length: settings.workers }, outbox);
    this.route = compileChain(wf.before, (r) => this.routeOne(r), (d) => this.dead(d));
    this.figures = env.figures(wf.source.name);
  }

  /** The source's figures (looked up once: they are counted per record). */
  private readonly figures;

  async start(from: SourcePosition | undefined): Promise<void> {
    this.position = from?.position ?? 0;
    this.wm.restore(from?.maxSeen ?? null);
    const onCredit = (c: ExchangeMessage) => {
      if (c.k === "c") this.credit(c.slot, c.n);
    };
    this.unlisten = listenLocally(this.env.bus, this.subjects.credit(this.partition), onCredit);
    this.subs.push(
      this.env.bus.subscribe(this.subjects.credit(this.partition), (m) => onCredit(decodeJson<ExchangeMessage>(m.data))),
      this.env.bus.subscribe(this.subjects.trigger, (m) => this.barrier(decodeJson<{ id: number }>(m.data).id)),
      this.env.bus.subscribe(this.subjects.completed, (m) => this.completed(decodeJson<{ id: number }>(m.data).id)),
    );
    // A restore starts from a completed checkpoint: what came before its position is done with.
    if (from) this.reader.committed?.(from.position);
    await this.awaitSlots();
    if (this.stopped) return;
    this.tick();
    await this.reader.start(this.position, (r, pos, bad) => this.read(r, pos, bad), () => this.end());
  }

  /** Records sent before a slot listens would be lost (core NATS keeps nothing): wait for every slot. */
  private async awaitSlots(): Promise<void> {
    for (let s = 0; s < this.outboxes.length && !this.stopped; s++) {
      for (;;) {
        try {
          await this.env.bus.request(this.subjects.ready(s), new Uint8Array(), { timeoutMs: 1000 });
          break;
        } catch {
          if (this.stopped) return;
          await new Promise<void>((r) => this.env.clock.setTimeout(r, 200));
        }
      }
    }
  }

  private read(record: unknown, position: SourceOffset, bad: string | undefined): void {
    this.position = position;
    this.currentPos = position;
    this.outIndex = 0;
    const f = this.figures;
    f.recordsIn++;
    if (bad) return this.dead({ stage: this.env.wf.source.name, reason: bad, record });
    let t: unknown;
    try {
      t = this.env.wf.source.timestamp(record);
    } catch (err) {
      return this.dead({ stage: this.env.wf.source.name, reason: `the timestamp function threw: ${(err as Error).message}`, record });
    }
    if (typeof t !== "number" || !Number.isFinite(t)) {
      return this.dead({ stage: this.env.wf.source.name, reason: `the timestamp function returned ${describeValue(t)}, not a time in ms`, record });
    }
    this.currentTs = t;
    this.wm.observe(t);
    this.route(record);
  }

  private routeOne(record: unknown): void {
    const index = this.outIndex++;
    const w = this.env.wf.window;
    this.figures.recordsOut++;
    this.deadRun = 0;
    if (!w) return this.push(this.partition % this.env.settings.workers, null, null, this.currentTs, record, index, -1);
    let key: unknown;
    try {
      key = w.keyOf(record);
    } catch (err) {
      return this.dead({ stage: w.name, reason: `the key function threw: ${(err as Error).message}`, record });
    }
    const text = keyText(key);
    if (text === undefined) return this.dead({ stage: w.name, reason: `the key function returned ${describeValue(key)}, which JSON cannot write`, record });
    const { keyGroups, workers } = this.env.settings;
    const group = keyGroupOf(text, keyGroups);
    this.deadRun = 0;
    this.push(ownerOfKeyGroup(group, keyGroups, workers), text, key, this.currentTs, record, index, group);
  }

  private dead(letter: DeadLetter): void {
    // Counted at the stage that gave it up (the source, an operator before the window, the key function).
    this.env.figures(letter.stage).deadLetters++;
    // Dead letters are for the odd bad record; when every record is one (user code that throws on
    // everything, a source of garbage), the job is not doing its work: its epoch fails.
    if (++this.deadRun >= this.env.settings.deadLetterRunLimit && !this.deadRunReported) {
      this.deadRunReported = true;
      this.env.fail(this.name, `the last ${this.deadRun} records all went to the dead letters; the last at ${letter.stage}: ${letter.reason}`);
    }
    this.push(this.partition % this.env.settings.workers, DEAD_LETTER_TEXT, null, 0, letter, this.outIndex++, -1);
  }

  private push(slot: number, text: string | null, key: unknown, t: number, record: unknown, index: number, group: number): void {
    const box = this.outboxes[slot] as Outbox;
    pushRecord(box.batch, text, key, t, record, this.currentPos, index, group);
    if (box.batch.records.length >= this.env.settings.batchSize) this.cut(slot);
  }

  /** The current batch of `slot` becomes a message, sent now or queued for credit. */
  private cut(slot: number): void {
    const box = this.outboxes[slot] as Outbox;
    const wm = this.ended ? END_WATERMARK : this.wm.current();
    if (box.batch.records.length === 0 && wm <= box.wm) return;
    if (wm > box.wm) box.wm = wm;
    box.queue.push({ k: "d", p: this.partition, batch: box.batch, wm: Number.isFinite(wm) ? wm : null });
    box.batch = emptyBatch();
    // How far the newest event time read trails the wall clock: per batch, not per record.
    if (!this.ended) this.figures.lagMs = Math.max(0, this.env.clock.now() - this.wm.snapshot());
    this.drain(slot);
  }

  private drain(slot: number): void {
    const box = this.outboxes[slot] as Outbox;
    const now = this.env.clock.now();
    while (box.queue.length > 0) {
      const m = box.queue[0] as ExchangeMessage;
      // Batches of records spend credit; a watermark alone or a barrier does not (it holds no memory).
      if (m.k === "d" && m.batch.records.length > 0 && !box.gate.trySpend(now)) break;
      box.queue.shift();
      sendExchange(this.env.bus, this.subjects.toSlot(slot), m);
    }
    const waiting = this.outboxes.some((b) => b.queue.length > 0);
    if (waiting) this.reader.pause();
    else if (!this.stopped) this.reader.resume();
    this.figures.backpressureMs = this.outboxes.reduce((s, b) => s + b.gate.backpressureMs(now), 0);
    const wm = Math.min(...this.outboxes.map((b) => b.wm));
    this.figures.watermark = Number.isFinite(wm) ? wm : null;
  }

  private credit(slot: number, n: number): void {
    const box = this.outboxes[slot];
    if (!box) return;
    box.gate.grant(n, this.env.clock.now());
    this.drain(slot);
  }

  /** Checkpoint `id`: everything read so far goes before the barrier; the position is acknowledged. */
  private barrier(id: number): void {
    if (this.stopped) return;
    for (let s = 0; s < this.outboxes.length; s++) {
      this.cut(s);
      (this.outboxes[s] as Outbox).queue.push({ k: "b", p: this.partition, id });
      this.drain(s);
    }
    const state: SourcePosition = { position: this.position, maxSeen: Number.isFinite(this.wm.snapshot()) ? this.wm.snapshot() : null };
    const ack: AckMessage = { k: "ack", id, ack: { task: this.name, stateRef: JSON.stringify(state) } };
    this.pending.set(id, this.position);
    this.env.bus.publish(this.subjects.ack, encodeJson(ack));
  }

  /** Checkpoint `id` completed: the source may forget what came before its position (and before earlier ones'). */
  private completed(id: number): void {
    const position = this.pending.get(id);
    for (const k of this.pending.keys()) if (k <= id) this.pending.delete(k);
    if (position !== undefined && !this.stopped) this.reader.committed?.(position);
  }

  private end(): void {
    this.ended = true;
    this.figures.lagMs = 0; // a source read to its end has nothing left to catch up on
    for (let s = 0; s < this.outboxes.length; s++) this.cut(s);
  }

  /** Batches wait at most batchMs; the watermark goes out with them. */
  private tick(): void {
    if (this.stopped) return;
    for (let s = 0; s < this.outboxes.length; s++) this.cut(s);
    this.timer = this.env.clock.setTimeout(() => this.tick(), this.env.settings.batchMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.env.clock.clearTimeout(this.timer);
    for (const s of this.subs) s.unsubscribe();
    this.unlisten();
    await this.reader.stop();
  }
}
