/**
 * Readers of a streaming job's sources, one per source partition. Each delivers records with
 * the position after them (what a checkpoint stores: a restore reads on from there), can be
 * paused when downstream has no credit left (memory stays bounded) and resumed. A JetStream
 * reader keeps its own position (a replay from a stream sequence), so nothing is acknowledged on
 * the server and a restore replays from the checkpoint; a generator makes record i from i.
 * An MQTT topic is read through a QoS 1 subscription: a broker does not replay, so a restore
 * continues with what comes next (at-least-once delivery into the job, documented). A PostgreSQL
 * table is read from weft's outbox after a cursor (engine/stream/postgres-source-reader.ts).
 */
import type { MqttClient } from "mqtt";
import type { StreamSourceSpec } from "../../model/stream.js";
import type { Bus } from "../bus/bus.js";
import { PostgresReader } from "./postgres-source-reader.js";
import type { Deliver, ReaderPlace, SourceOffset, SourceReader } from "./source-reader.js";

export type { Deliver, ReaderPlace, SourceOffset, SourceReader } from "./source-reader.js";

const dec = new TextDecoder();

/** In a JetStream source's subject, where the partition's number goes (sdk/stream.ts, `jetstream`). */
export const PARTITION_TOKEN = "{partition}";

function parse(data: Uint8Array): [unknown, string | undefined] {
  const text = dec.decode(data);
  try {
    return [JSON.parse(text), undefined];
  } catch (err) {
    return [text, `the payload is not JSON (${(err as Error).message})`];
  }
}

/** Records i ≡ partition (mod partitions), i < count, made by `make(i)`; the source ends after the last. */
class GeneratorReader implements SourceReader {
  private paused = false;
  private stopped = false;
  private next = 0;
  private wake: (() => void) | undefined;

  constructor(
    private readonly spec: Extract<StreamSourceSpec, { kind: "generator" }>,
    private readonly partition: number,
    private readonly partitions: number,
  ) {}

  async start(position: SourceOffset, deliver: Deliver, ended: () => void): Promise<void> {
    this.next = Number(position);
    void this.loop(deliver, ended);
  }

  private async loop(deliver: Deliver, ended: () => void): Promise<void> {
    let i = this.next * this.partitions + this.partition;
    while (!this.stopped && i < this.spec.count) {
      if (this.paused) {
        await new Promise<void>((r) => (this.wake = r));
        continue;
      }
      // A slice, then a turn of the event loop: credits, barriers and timers get their say.
      for (let n = 0; n < 2000 && i < this.spec.count && !this.paused; n++, i += this.partitions) {
        this.next++;
        deliver(this.spec.make(i), this.next);
      }
      await new Promise<void>((r) => setImmediate(r));
    }
    if (!this.stopped) ended();
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.wake?.();
    this.wake = undefined;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.resume();
  }
}

/**
 * Messages of a JetStream stream, partition p of P taking sequences ≡ p + 1 (mod P); position = the next sequence.
 * A pause does not close the consumer: what it still delivers is held (up to `holdLimit` records)
 * and handed on at the resume. Only when `holdLimit` are held is the consumer closed and, at the
 * resume, opened again from the next sequence: a short wait for credit (the common case under
 * load) costs no consumer and re-reads nothing.
 */
class JetStreamReader implements SourceReader {
  private replay: { stop(): void } | undefined;
  private next = 1;
  private deliver: Deliver = () => {};
  private stopped = false;
  private paused = false;
  /** Records read while paused, in order: payloads and their sequences (from `heldFrom` on). */
  private held: Uint8Array[] = [];
  private heldSeqs: number[] = [];
  private heldFrom = 0;
  /** A resume is handing held records on (a pause and resume inside it only flip `paused`). */
  private draining = false;
  /** A consumer is being opened (one at a time). */
  private opening = false;

  constructor(
    private readonly bus: Bus,
    private readonly spec: Extract<StreamSourceSpec, { kind: "jetstream" }>,
    private readonly partition: number,
    private readonly partitions: number,
    private readonly flow: ReaderFlow,
    private readonly place: Pick<ReaderPlace, "fail">,
  ) {
    const s = spec.subject ?? ">";
    this.own = s.includes(PARTITION_TOKEN);
    this.subject = this.own ? s.split(PARTITION_TOKEN).join(String(partition)) : s;
  }

  /** The subject this partition reads: its own (a `{partition}` subject), or the whole stream's, keeping every P-th message. */
  private readonly subject: string;
  private readonly own: boolean;

  async start(position: SourceOffset, deliver: Deliver): Promise<void> {
    this.next = Math.max(1, Number(position));
    this.deliver = deliver;
    await this.open();
  }

  /** A look at the stream under way (one at a time), and whether its loss was reported. */
  private looking = false;
  private lost = false;

  /**
   * A replay whose stream was deleted tries again for ever, silently (it also rides out a server
   * restart that way): when its consumer goes away, a look tells the two apart, and a stream that
   * is gone fails the job's epoch (a restart finds it gone too, and the job ends failed, saying
   * so). Only then: an idle job asks JetStream nothing beyond its consumer's pulls.
   */
  private interrupted(): void {
    if (this.stopped || this.looking || this.lost) return;
    this.looking = true;
    void this.bus.streamExists(this.spec.stream).then(
      (exists) => {
        this.looking = false;
        if (this.stopped || exists) return;
        this.lost = true;
        this.place.fail(`stream "${this.spec.stream}" does not exist any more (deleted while the job read it)`);
      },
      () => (this.looking = false), // NATS away: not the stream's fault; the replay rides it out
    );
  }

  private async open(): Promise<void> {
    this.opening = true;
    const mine = this.bus.replay(
      this.spec.stream,
      this.subject,
      (data, _subject, seq) => {
        if (this.stopped || seq < this.next) return; // a re-delivery (a consumer opened again from `next`)
        this.next = seq + 1;
        if (!this.own && (seq - 1) % this.partitions !== this.partition) return;
        if (this.paused || this.heldFrom < this.held.length) return this.hold(data, seq);
        this.hand(data, seq);
      },
      // A batch's worth per pull: the stream keeps coming while a batch is handled.
      { from: this.next, pull: this.flow.pull, onInterrupted: () => this.interrupted() },
    );
    try {
      this.replay = await mine;
    } finally {
      this.opening = false;
    }
    if (this.stopped) this.replay.stop();
  }

  private hand(data: Uint8Array, seq: number): void {
    const [record, bad] = parse(data);
    this.deliver(record, seq + 1, bad);
  }

  private hold(data: Uint8Array, seq: number): void {
    this.held.push(data);
    this.heldSeqs.push(seq);
    if (this.held.length - this.heldFrom >= this.flow.holdLimit && this.replay) {
      // Enough held: the consumer closes; the resume opens one from the next sequence.
      this.replay.stop();
      this.replay = undefined;
    }
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    if (!this.paused || this.stopped) return;
    this.paused = false;
    if (this.draining) return; // the resume under way goes on handing records
    this.draining = true;
    try {
      while (this.heldFrom < this.held.length && !this.paused && !this.stopped) {
        const i = this.heldFrom++;
        this.hand(this.held[i] as Uint8Array, this.heldSeqs[i] as number);
      }
    } finally {
      this.draining = false;
    }
    if (this.heldFrom === this.held.length) {
      this.held = [];
      this.heldSeqs = [];
      this.heldFrom = 0;
    }
    if (!this.paused && !this.stopped && !this.replay && !this.opening) {
      void this.open().catch(() => {
        this.paused = true; // tried again at the next resume
      });
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.replay?.stop();
  }
}

/** An MQTT topic at QoS 1 (partition 0 only: a topic has no partitions); position = records read. */
class MqttReader implements SourceReader {
  private client: MqttClient | undefined;
  private count = 0;

  constructor(
    private readonly spec: Extract<StreamSourceSpec, { kind: "mqtt" }>,
    private readonly clientId: string,
  ) {}

  async start(position: SourceOffset, deliver: Deliver): Promise<void> {
    this.count = Number(position);
    // The MQTT client is loaded by the jobs that read MQTT only (its load takes a while).
    const { connect } = await import("mqtt");
    const client = connect(this.spec.url, { clientId: this.clientId, protocolVersion: 5, clean: true, reconnectPeriod: 1000, connectTimeout: 10_000 });
    this.client = client;
    client.on("message", (_topic, payload) => {
      const [record, bad] = parse(payload);
      deliver(record, ++this.count, bad);
    });
    await new Promise<void>((resolve, reject) => {
      client.once("connect", () => resolve());
      client.once("error", reject);
    });
    await client.subscribeAsync(this.spec.topic, { qos: 1 });
  }

  pause(): void {
    this.client?.stream.pause?.();
  }

  resume(): void {
    this.client?.stream.resume?.();
  }

  async stop(): Promise<void> {
    await this.client?.endAsync(true);
  }
}

/** How a reader reads: messages per pull, and how many a paused reader may hold before it stops reading (memory stays bounded). */
export interface ReaderFlow {
  readonly pull: number;
  readonly holdLimit: number;
}

export function sourceReader(bus: Bus, spec: StreamSourceSpec, place: ReaderPlace, flow: ReaderFlow): SourceReader {
  const { job, partition, partitions } = place;
  switch (spec.kind) {
    case "generator":
      return new GeneratorReader(spec, partition, partitions);
    case "jetstream":
      return new JetStreamReader(bus, spec, partition, partitions, flow, place);
    case "mqtt":
      return new MqttReader(spec, `weft-${job}-${partition}`);
    case "postgres":
      return new PostgresReader(spec, place);
  }
}
