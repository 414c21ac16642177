/**
 * Streaming jobs on a real nats-server (engine/stream/): records flow from a source through a
 * keyed window to sinks while the source is open; a job killed mid-stream and started again
 * (on another number of workers) resumes from its last completed checkpoint, and its sink,
 * deduping by record id as JetStream does, holds exactly the results of a run without faults.
 */
import assert from "node:assert/strict";
import type { Bus } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { lastCheckpoint, startStreamJob, type StreamJobHandle } from "../../engine/stream/stream-job.js";
import { FigureBook, readJobStatus } from "../../engine/stream/stream-metrics.js";
import { streamSubjects } from "../../engine/stream/stream-subjects.js";
import { generator, jetstream, stream, toFunction, toJetStream, tumbling, type DeadLetter, type SinkOf, type WindowResult } from "../../sdk/index.js";
import { hasNatsServer, startNats, uid, waitFor } from "../helpers/nats.js";

interface Click {
  user: string;
  at: number;
}

/** Click i: 37 users, times rising 1 ms per click with a jitter of up to 40 ms (within the bound). */
const click = (i: number): Click => ({ user: `u${(i * 7) % 37}`, at: 1_000_000 + i + ((i * 13) % 41) - 20 });

const countWf = { zero: () => 0, add: (n: number) => n + 1, merge: (a: number, b: number) => a + b };

/** Counts per user in 1 s tumbling windows over `rows`, its results, late records and dead letters each to a list. */
function countsWithSideOutputs(name: string, rows: readonly unknown[], out: { results: unknown[]; late: unknown[]; dead: unknown[] }) {
  return stream(name, (s) => {
    const r = s
      .source("rows", generator(rows.length, (i) => rows[i] as Click), { timestamp: (c) => c.at })
      .keyBy((c) => c.user)
      .window(tumbling("1s"))
      .aggregate("counts", countWf);
    r.sink("out", toFunction((rs) => void out.results.push(...rs)));
    r.late().sink("late", toFunction((rs) => void out.late.push(...rs)));
    s.deadLetters().sink("dead", toFunction((ds) => void out.dead.push(...ds)));
  });
}

/** What a fault-free job must produce: counts per user per 1 s window, computed directly. */
function expected(n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const c = click(i);
    const start = Math.floor(c.at / 1000) * 1000;
    const id = `${c.user}@${start}`;
    m.set(id, (m.get(id) ?? 0) + 1);
  }
  return m;
}

/** Counts of n generated clicks per user per 1 s window, into `sink`. */
const clickCounts = (n: number, sink: SinkOf<WindowResult<string, number>>) =>
  stream("clicks", (s) =>
    s
      .source("clicks", generator(n, click), { timestamp: (c) => c.at, outOfOrder: 50 })
      .keyBy((c) => c.user)
      .window(tumbling("1s"))
      .aggregate("counts", countWf)
      .sink("out", sink));

/**
 * A sink that keeps one result per id (JetStream's dedupe, in memory), and counts writes.
 * `pauseMs` makes each write take that long, so a slow sink paces the job (credit flow) and a
 * test can stop it mid-stream on any machine, however fast.
 */
function dedupingSink(pauseMs = 0) {
  const byId = new Map<string, WindowResult<string, number>>();
  let writes = 0;
  const sink = toFunction<WindowResult<string, number>>(async (records, ctx) => {
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    records.forEach((r, i) => byId.set(ctx.ids[i]!, r));
    writes += records.length;
  });
  const view = () => new Map([...byId.values()].map((r) => [`${r.key}@${r.start}`, r.value]));
  return { sink, view, writes: () => writes, byId };
}

describe("streaming jobs (engine/stream)", function () {
  this.timeout(120_000);
  let server: NatsServerProcess | undefined;
  let bus: Bus | undefined;
  const jobs: StreamJobHandle[] = [];

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
    bus = await connectNatsBus(server.url, { name: "stream-test" });
  });

  after(async () => {
    for (const j of jobs) await j.kill().catch(() => {});
    await bus?.close().catch(() => {});
    await server?.stop();
  });

  const quiet = () => {};

  /** A JetStream stream of its own capturing `subject`. */
  const streamOf = async (subject: string) => {
    const streamName = subject.replace(/[^A-Za-z0-9]/g, "_").toUpperCase();
    await bus!.ensureStream(streamName, [subject]);
    return { subject, streamName };
  };

  /** Publishes `records` to `subject` as JSON, stored in this order, 200 in flight at a time. */
  const publishJson = async (subject: string, records: readonly unknown[]) => {
    const enc = new TextEncoder();
    for (let i = 0; i < records.length; i += 200) await Promise.all(records.slice(i, i + 200).map((r) => bus!.publishDurable(subject, enc.encode(JSON.stringify(r)))));
  };
  /** Clicks [from, to). */
  const clicks = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => click(from + k));

  it("windows per key reach the sink while the source is open, and the watermark passes", async () => {
    const n = 30_000;
    const out = dedupingSink();
    const wf = clickCounts(n, out.sink);
    const job = await startStreamJob(bus!, wf, { job: `clicks-${uid()}`, settings: { workers: 2, checkpointMs: 300 }, say: quiet });
    jobs.push(job);
    const want = expected(n);
    await waitFor(() => out.view().size === want.size, { timeoutMs: 60_000, message: () => `${out.view().size} of ${want.size} windows` });
    assert.deepEqual(new Map([...out.view()].sort()), new Map([...want].sort()));
    assert.equal(out.writes(), want.size, "no window fired twice");
    await waitFor(async () => (await readJobStatus(bus!, job.job, Date.now())).some((s) => s.operator === "counts" && s.recordsIn === n), {
      timeoutMs: 10_000,
      message: "the status to show every record into the window",
    });
    await job.stop();
  });

  it("killed mid-stream and started on 3 workers, it resumes from its last checkpoint: no window lost, none twice", async () => {
    const n = 200_000;
    const out = dedupingSink(25);
    const name = `chaos-${uid()}`;
    const wf = clickCounts(n, out.sink);
    const first = await startStreamJob(bus!, wf, { job: name, settings: { workers: 2, checkpointMs: 100, batchSize: 200 }, say: quiet });
    jobs.push(first);
    await waitFor(() => first.checkpoints().completed >= 2 && out.view().size > 0, { timeoutMs: 60_000, message: "two checkpoints and some results" });
    await first.kill();
    const partial = out.view().size;
    const want = expected(n);
    assert.ok(partial < want.size, `killed mid-stream (${partial} of ${want.size} windows written)`);
    const second = await startStreamJob(bus!, wf, { job: name, settings: { workers: 3, checkpointMs: 100 }, say: quiet });
    jobs.push(second);
    assert.ok(second.restoredFrom, "restored from a checkpoint");
    await waitFor(() => out.view().size === want.size, { timeoutMs: 90_000, message: () => `${out.view().size} of ${want.size} windows` });
    assert.deepEqual(new Map([...out.view()].sort()), new Map([...want].sort()));
    await second.stop();
  });

  it("a savepoint stop and a start from it continue the same stream", async () => {
    const name = `save-${uid()}`;
    const { subject, streamName } = await streamOf(`in.${name}`);
    const out = dedupingSink();
    const wf = stream("clicks", (s) =>
      s
        .source("clicks", jetstream<Click>(streamName, subject), { timestamp: (c) => c.at })
        .keyBy((c) => c.user)
        .window(tumbling("1s"), { allowedLateness: 100 })
        .aggregate("counts", countWf)
        .sink("out", out.sink));
    await publishJson(subject, clicks(0, 1500));
    const a = await startStreamJob(bus!, wf, { job: name, settings: { workers: 1, checkpointMs: 60_000 }, say: quiet });
    jobs.push(a);
    await waitFor(() => out.view().size > 0, { timeoutMs: 30_000, message: "the first window" });
    const saved = await a.stop({ savepoint: true });
    assert.ok(saved);
    await publishJson(subject, clicks(1500, 4000));
    const b = await startStreamJob(bus!, wf, { job: name, settings: { workers: 2, checkpointMs: 60_000 }, say: quiet });
    jobs.push(b);
    assert.equal(b.restoredFrom?.id, saved.id);
    // Windows the last event's time has passed (by the watermark, with the lateness) are complete.
    const lastAt = click(3999).at;
    const want = new Map([...expected(4000)].filter(([k]) => Number(k.split("@")[1]) + 1000 - 1 + 100 <= lastAt - 1 - 41));
    await waitFor(() => [...want.keys()].every((k) => out.view().get(k) === want.get(k)), {
      timeoutMs: 30_000,
      message: () => `windows: ${JSON.stringify([...want].filter(([k, v]) => out.view().get(k) !== v).slice(0, 3))}`,
    });
    await b.stop();
  });

  it("a window state larger than one NATS message is checkpointed in parts and restored whole", async () => {
    // 12,000 keys of ~90 characters, each with an open window: ~2.5 MB of state in one slot,
    // past max_payload (1 MiB): a checkpoint stored as one KV value failed every time.
    const n = 12_000;
    const long = (i: number) => `${"user-with-a-long-name-".repeat(4)}${i}`;
    const name = `wide-${uid()}`;
    const { subject, streamName } = await streamOf(`in.${name}`);
    await publishJson(subject, Array.from({ length: n }, (_, i) => ({ user: long(i), at: 5_000 })));
    const out = dedupingSink();
    // A JetStream source never ends, so the windows stay open (a generator's end would fire them).
    const wf = stream("wide", (s) =>
      s
        .source("clicks", jetstream<Click>(streamName, subject), { timestamp: (c) => c.at })
        .keyBy((c) => c.user)
        .window(tumbling("1h"))
        .aggregate("counts", countWf)
        .sink("out", out.sink));
    const a = await startStreamJob(bus!, wf, { job: name, settings: { workers: 1, checkpointMs: 60_000 }, say: quiet });
    jobs.push(a);
    await waitFor(async () => (await readJobStatus(bus!, name, Date.now())).some((st) => st.operator === "counts" && st.recordsIn === n), {
      timeoutMs: 60_000,
      message: "every record in the window",
    });
    assert.equal(out.view().size, 0, "no window fired yet");
    const saved = await a.stop({ savepoint: true });
    assert.ok(saved, "the savepoint completed");
    const b = await startStreamJob(bus!, wf, { job: name, settings: { workers: 2, checkpointMs: 60_000 }, say: quiet });
    jobs.push(b);
    assert.equal(b.restoredFrom?.id, saved.id);
    // An event an hour later closes the restored windows.
    await publishJson(subject, [{ user: "closer", at: 5_000 + 3_600_000 }]);
    await waitFor(() => out.view().size === n, { timeoutMs: 60_000, message: () => `${out.view().size} of ${n} windows` });
    assert.ok([...out.view().values()].every((v) => v === 1), "each key counted once, from the restored state");
    await b.stop();
  });

  it("a checkpoint that cannot complete (its sink is down) is reported and tried again; the job goes on and the last completed one stays put until one completes", async () => {
    const name = `down-${uid()}`;
    const { subject, streamName } = await streamOf(`in.${name}`);
    let down = false;
    const byId = new Map<string, WindowResult<string, number>>();
    const sink = toFunction<WindowResult<string, number>>((records, ctx) => {
      if (down) throw new Error("the sink is down");
      records.forEach((r, i) => byId.set(ctx.ids[i]!, r));
    });
    const wf = stream("clicks", (s) =>
      s
        .source("clicks", jetstream<Click>(streamName, subject), { timestamp: (c) => c.at, outOfOrder: 50 })
        .keyBy((c) => c.user)
        .window(tumbling("1s"))
        .aggregate("counts", countWf)
        .sink("out", sink));
    const said: string[] = [];
    await publishJson(subject, clicks(0, 3000));
    const job = await startStreamJob(bus!, wf, { job: name, settings: { workers: 2, checkpointMs: 200, sinkRetries: 10_000 }, say: (l) => said.push(l) });
    jobs.push(job);
    await waitFor(() => job.checkpoints().completed >= 1 && byId.size > 0, { timeoutMs: 30_000, message: "a checkpoint and some results" });
    down = true;
    await publishJson(subject, clicks(3000, 6000)); // windows fire, and their results wait in the sink
    await waitFor(() => job.checkpoints().failed >= 2, { timeoutMs: 30_000, message: () => `failed checkpoints (said: ${said.slice(-3).join(" | ")})` });
    const stuck = (await lastCheckpoint(bus!, name))!.id;
    await waitFor(() => job.checkpoints().failed >= 4, { timeoutMs: 30_000, message: "more failed checkpoints" });
    assert.equal((await lastCheckpoint(bus!, name))!.id, stuck, "no checkpoint completed while the sink was down");
    assert.ok(said.some((l) => /checkpoint \d+ failed \(w[01]: sink "out": the sink is down\); the job goes on/.test(l)), said.slice(-5).join("\n"));
    assert.equal(job.failure(), undefined, "within its retries the job is not failed");
    down = false;
    await waitFor(async () => ((await lastCheckpoint(bus!, name))?.id ?? 0) > stuck, { timeoutMs: 30_000, message: "a checkpoint completed once the sink was back" });
    const lastAt = click(5999).at;
    const want = new Map([...expected(6000)].filter(([k]) => Number(k.split("@")[1]) + 1000 - 1 <= lastAt - 50 - 1 - 41));
    const view = () => new Map([...byId.values()].map((r) => [`${r.key}@${r.start}`, r.value]));
    await waitFor(() => [...want].every(([k, v]) => view().get(k) === v), { timeoutMs: 30_000, message: "every closed window written, once the sink was back" });
    await job.stop();
  });

  it("records without a timestamp or with a key JSON cannot write go to the dead letters, late records to the side output; the job goes on", async () => {
    const name = `dead-${uid()}`;
    const rows: unknown[] = [
      { user: "a", at: 5000 },
      { user: "a", at: "soon" },
      { user: undefined, at: 5100 },
      { user: "a", at: 9000 },
      { user: "a", at: 1000 }, // late: its window closed when 9000 came
      { user: "b", at: 12_000 },
    ];
    const results: WindowResult<string, number>[] = [];
    const late: unknown[] = [];
    const dead: DeadLetter[] = [];
    const wf = countsWithSideOutputs("edge", rows, { results, late, dead });
    const job = await startStreamJob(bus!, wf, { job: name, settings: { workers: 2, batchSize: 1 }, say: quiet });
    jobs.push(job);
    await waitFor(() => results.length === 3 && dead.length === 2 && late.length === 1, {
      timeoutMs: 20_000,
      message: () => JSON.stringify({ results, dead, late }),
    });
    assert.deepEqual(late, [{ user: "a", at: 1000 }]);
    assert.match(dead.map((d) => d.reason).join("\n"), /timestamp function returned the string "soon"/);
    assert.match(dead.map((d) => d.reason).join("\n"), /key function returned undefined/);
    assert.deepEqual(results.map((r) => [r.key, r.start, r.value]).sort(), [["a", 5000, 1], ["a", 9000, 1], ["b", 12_000, 1]]);
    // Counted where they arose (what `weft status` and the web view show): the bad time at the source, the bad key and the late record at the window.
    const figures = new Map(job.status().map((f) => [f.operator, f]));
    assert.deepEqual([figures.get("rows")?.deadLetters, figures.get("counts")?.deadLetters, figures.get("counts")?.lateRecords], [1, 1, 1]);
    // In and out mean records that entered and left each operator: the 6 rows read, 5 with a time
    // handed to the window (the bad time's dead letter never entered it; the bad key's did), 3 results.
    await waitFor(() => job.status().find((f) => f.operator === "dead")?.recordsIn === 2, { timeoutMs: 5000, message: "the dead letters written" });
    const inOut = (op: string) => [job.status().find((f) => f.operator === op)?.recordsIn, job.status().find((f) => f.operator === op)?.recordsOut];
    assert.deepEqual(
      { rows: inOut("rows"), counts: inOut("counts"), out: inOut("out"), late: inOut("late"), dead: inOut("dead") },
      { rows: [6, 5], counts: [5, 3], out: [3, 0], late: [1, 0], dead: [2, 0] },
    );
    await job.stop();
  });

  it("after a stop with a savepoint and a start from it (on other processes), the status shows the running epoch's figures, not the first's", async () => {
    const name = `again-${uid()}`;
    const rows: Click[] = [{ user: "a", at: 5000 }, { user: "a", at: "soon" as unknown as number }, { user: "a", at: 9000 }, { user: "a", at: 1000 }];
    const [results, late, dead]: [unknown[], unknown[], unknown[]] = [[], [], []];
    const wf = countsWithSideOutputs("again", rows, { results, late, dead });
    /** Per operator, in name order: records in, late records, dead letters. */
    const figuresOf = async () => {
      const figures = (await readJobStatus(bus!, name, Date.now())).sort((a, b) => a.operator.localeCompare(b.operator));
      return JSON.stringify(Object.fromEntries(figures.map((f) => [f.operator, [f.recordsIn, f.lateRecords, f.deadLetters]])));
    };
    const first = await startStreamJob(bus!, wf, { job: name, settings: { workers: 1, batchSize: 1 }, say: quiet, process: "first" });
    jobs.push(first);
    const firstFigures = JSON.stringify({ counts: [3, 1, 0], dead: [1, 0, 0], late: [1, 0, 0], out: [2, 0, 0], rows: [4, 0, 1] });
    await waitFor(async () => (await figuresOf()) === firstFigures, {
      timeoutMs: 20_000,
      message: async () => `the first epoch's figures: ${await figuresOf()}`,
    });
    const saved = await first.stop({ savepoint: true });
    // Started again from the savepoint elsewhere: the source is read to its end, nothing more comes.
    const second = await startStreamJob(bus!, wf, { job: name, settings: { workers: 1, batchSize: 1 }, say: quiet, process: "second" });
    jobs.push(second);
    assert.equal(second.restoredFrom?.id, saved?.id);
    const zero = JSON.stringify({ counts: [0, 0, 0], dead: [0, 0, 0], late: [0, 0, 0], out: [0, 0, 0], rows: [0, 0, 0] });
    await waitFor(async () => (await figuresOf()) === zero, {
      timeoutMs: 5000,
      message: async () => `the second epoch's figures, not the first's: ${await figuresOf()}`,
    });
    assert.deepEqual([results.length, late.length, dead.length], [2, 1, 1], "what the sinks wrote stays");
    await second.stop();
  });

  it("the status sums each operator over processes; a process silent for seconds adds its totals but no rate, watermark or lag", async () => {
    const job = `figures-${uid()}`;
    const now = Date.now();
    const publish = async (process: string, at: number, fill: (b: FigureBook) => void) => {
      const book = new FigureBook(job, 1);
      fill(book);
      book.statuses(at - 1000); // a first interval, so the published figures carry rates
      fill(book);
      await book.publish(bus!, process, at);
    };
    // Each fill adds 100 records in and out: 100 per second over the 1 s interval.
    const fill = (watermark: number, lagMs: number | null) => (b: FigureBook) => {
      for (const op of ["src", "win"]) {
        const f = b.of(op);
        f.recordsIn += 100;
        f.recordsOut += 100;
        f.watermark = watermark;
        if (op === "src") f.lagMs = lagMs;
      }
    };
    await publish("wa", now, fill(5000, 20));
    await publish("wb", now, fill(4000, 40));
    await publish("lost", now - 10_000, fill(1000, 90)); // a worker gone ten seconds ago
    const ops = new Map((await readJobStatus(bus!, job, now)).map((s) => [s.operator, s]));
    const src = ops.get("src")!;
    assert.deepEqual([src.recordsIn, src.inPerSec, src.outPerSec], [600, 200, 200]);
    assert.equal(src.watermark, 4000, "the slowest live process's watermark: the lost one does not hold it back");
    assert.equal(src.lagMs, 40, "the largest lag of a live process");
    assert.equal(ops.get("win")!.lagMs, null, "an operator with no lag has none, not 0");
    // Once every process is silent (the job stopped), the figures are where it stopped.
    const later = new Map((await readJobStatus(bus!, job, now + 60_000)).map((s) => [s.operator, s]));
    assert.deepEqual([later.get("src")!.recordsIn, later.get("src")!.inPerSec, later.get("src")!.watermark, later.get("src")!.lagMs], [600, 0, 1000, 90]);
  });

  it("a record batch from another process that cannot be read fails the epoch, saying what is wrong (its records are not skipped)", async () => {
    const out = dedupingSink(50); // slow: the job is still running when the bad frame comes
    const job = await startStreamJob(bus!, clickCounts(1_000_000, out.sink), { job: `clicks-${uid()}`, settings: { workers: 2, checkpointMs: 300 }, say: quiet });
    jobs.push(job);
    await waitFor(() => out.writes() > 0, { timeoutMs: 30_000, message: "a first write" });
    assert.equal(job.failure(), undefined);
    // A frame with the batch's first byte and version and then nothing: a worker of another version would send such.
    bus!.publish(streamSubjects(job.job, job.epoch).toSlot(1), new Uint8Array([0xf7, 1, 0, 0, 9]));
    await waitFor(() => job.failure() !== undefined, { timeoutMs: 20_000, message: "the epoch to fail" });
    const failure = job.failure()!;
    assert.equal(failure.task, "w1");
    assert.match(failure.reason, /a record batch is malformed: 5 bytes, fewer than its 24-byte header .*same weft version.*replayed from the last checkpoint/);
    await job.kill();
  });

  it("a JetStream sink dedupes a replay by message id", async () => {
    const name = `js-${uid()}`;
    const { subject: outSubject, streamName: outStream } = await streamOf(`out.${name}`);
    const wf = stream("gen", (s) =>
      s
        .source("g", generator(5000, click), { timestamp: (c) => c.at, outOfOrder: 50 })
        .keyBy((c) => c.user)
        .window(tumbling("1s"))
        .aggregate("counts", countWf)
        .sink("out", toJetStream(outSubject)));
    const want = expected(5000).size;
    const read = async () => {
      const seen: unknown[] = [];
      const r = await bus!.replay(outStream, outSubject, (d) => seen.push(d));
      await new Promise((res) => setTimeout(res, 500));
      r.stop();
      return seen.length;
    };
    const a = await startStreamJob(bus!, wf, { job: name, settings: { workers: 2 }, restore: false, say: quiet });
    jobs.push(a);
    await waitFor(async () => (await read()) === want, { timeoutMs: 30_000, message: "every window in the output stream" });
    await a.stop();
    // The same job from the start again (no checkpoint taken into account): every result is a duplicate.
    const b = await startStreamJob(bus!, wf, { job: name, settings: { workers: 2 }, restore: false, say: quiet });
    jobs.push(b);
    await new Promise((res) => setTimeout(res, 2000));
    await b.stop();
    assert.equal(await read(), want);
  });
});
