/**
 * A joiner that drains at once, racing the work handed to it (issue 15 item 2; the limit
 * docs/elastic.md used to name), on a real nats-server with an in-process coordinator and
 * workers. Worker wg runs 6 source partitions (or 6 map items) on 2 slots (all held behind a
 * gate, so 4 wait for a slot); worker wj joins, and wg's copy of the join (its GROW control) is
 * held back by the test, so that wg hands wj its share only once wj is leaving:
 * - wj drained and left before the hand-off: nothing reaches it, wg runs them itself;
 * - wj's drain is past its last check (held in its final flush) when the hand-off comes: it
 *   must not take them in (it would leave with them), so wg runs them.
 * Either way every partition (item) runs once, on wg, and the result is exact (before: the run
 * waited for the partitions' output, or wg for the items' delivery, until the run's deadline).
 */
import assert from "node:assert/strict";
import type { Bus } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import { Coordinator } from "../../engine/coordinator/coordinator.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { followRun, requestRun } from "../../engine/client/run-client.js";
import { newRunId } from "../../engine/model/run-id.js";
import { subjects } from "../../engine/subjects.js";
import { decodeMessage, pb } from "../../engine/wire/protocol.js";
import { Worker, type DrainEvents } from "../../engine/worker/worker.js";
import { workflow } from "../../sdk/index.js";
import { hasNatsServer, startNats, waitFor } from "../helpers/nats.js";

const HASH = "e".repeat(64);
const PARTS = 6;
const PER = 10;

/** A promise with its resolve. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

/** Per test: the partitions' gate and how often each partition's function started. */
let partitionsGate = gate();
const starts = new Map<number, number>();

const squares = workflow<Record<string, never>>("join-drain", (wf) => {
  const nums = wf.source(
    "nums",
    async function* (p) {
      starts.set(p, (starts.get(p) ?? 0) + 1);
      await partitionsGate.opened;
      for (let i = 0; i < PER; i++) yield p * 100 + i;
    },
    { partitions: () => PARTS },
  );
  const total = nums
    .map("square", (n) => n * n)
    .aggregate("total", {
      zero: () => ({ records: 0, sum: 0 }),
      add: (a: { records: number; sum: number }, n: number) => ({ records: a.records + 1, sum: a.sum + n }),
      merge: (a, b) => ({ records: a.records + b.records, sum: a.sum + b.sum }),
    });
  wf.node("result", [total], ([t]) => t);
});

/** The same sum as a map: item p squares p's numbers (held behind the gate like a partition). */
const squaresMap = workflow<Record<string, never>>("join-drain-map", (wf) => {
  const items = wf.node("items", () => [...Array(PARTS).keys()]);
  const squared = wf.map("square", items, async (p: number) => {
    starts.set(p, (starts.get(p) ?? 0) + 1);
    await partitionsGate.opened;
    return Array.from({ length: PER }, (_, i) => (p * 100 + i) ** 2);
  });
  wf.node("result", squared, (xs) => ({ records: xs.flat().length, sum: xs.flat().reduce((a, b) => a + b, 0) }));
});

const expected = (() => {
  let sum = 0;
  for (let p = 0; p < PARTS; p++) for (let i = 0; i < PER; i++) sum += (p * 100 + i) ** 2;
  return { records: PARTS * PER, sum };
})();

/** `inner` with some of its methods replaced. */
function withOverrides(inner: Bus, overrides: Partial<Record<keyof Bus, unknown>>): Bus {
  return new Proxy(inner, {
    get: (target, prop) => {
      if (prop in overrides) return overrides[prop as keyof Bus];
      const value: unknown = Reflect.get(target, prop, target); // its getters read private fields
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const quiet: DrainEvents = { draining: () => {}, handedOver: () => {}, timedOut: () => {}, left: () => {} };

const cases = [
  { what: "stage partitions", flow: squares, handedOff: (line: string) => line.includes("stage partition(s)") },
  { what: "map items", flow: squaresMap, handedOff: (line: string) => /handed it [1-9]\d* map item/.test(line) },
];

for (const { what, flow, handedOff: saysHandedOff } of cases) describe(`${what} handed to a joiner that is leaving`, function () {
  this.timeout(90_000);
  let server: NatsServerProcess | undefined;
  const buses: Bus[] = [];
  const stops: (() => Promise<unknown>)[] = [];
  const releases: (() => void)[] = [];

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
  });

  beforeEach(() => {
    partitionsGate = gate();
    starts.clear();
  });

  afterEach(async () => {
    partitionsGate.open();
    for (const release of releases.splice(0)) release();
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => {});
    for (const b of buses.splice(0)) await b.close().catch(() => {});
  });

  after(async () => {
    await server?.stop();
  });

  async function connect(name: string): Promise<Bus> {
    const bus = await connectNatsBus(server!.url, { name });
    buses.push(bus);
    return bus;
  }

  /**
   * The run on wg with 2 partitions holding its slots, wj started and asked for the run, and
   * wg's GROW held: what each test then plays out.
   */
  async function joinedButNotToldYet(jBus: Bus) {
    const coordinator = await Coordinator.start(await connect("coordinator"), { name: "c", say: () => {} });
    stops.push(() => coordinator.stop());
    // wg's controls: a GROW waits for `growGate` (the others pass).
    const growGate = gate();
    releases.push(growGate.open);
    const growSeen = gate();
    const gBus = await connect("wg");
    const handedOff = gate();
    const g = await Worker.start(
      withOverrides(gBus, {
        replay: (stream: string, subject: string, onMessage: (data: Uint8Array, subject: string, seq: number) => void, opts?: unknown) =>
          gBus.replay(
            stream,
            subject,
            (data, subj, seq) => {
              const control = subj.endsWith(".control") ? decodeMessage(pb.RunControl, data, () => {}) : undefined;
              if (control?.action !== pb.RunControl.Action.ACTION_GROW) return onMessage(data, subj, seq);
              growSeen.open();
              void growGate.opened.then(() => onMessage(data, subj, seq));
            },
            opts as never,
          ),
      }),
      { name: "wg", slots: 2, diagnostics: (line) => saysHandedOff(line) && handedOff.open(), workflows: (h) => (h === HASH ? flow : undefined) },
    );
    stops.push(() => g.stop());
    await coordinator.waitForWorkers(1, 10_000);
    const client = await connect("client");
    const runId = newRunId();
    const follow = await followRun(client, runId, () => {});
    // A deadline: a run waiting for partitions that went with the joiner fails instead of hanging.
    await requestRun(client, { graph: flow.graph, bundle: { hash: HASH } }, "{}", runId, { timeoutMs: 30_000 });
    await waitFor(() => starts.size === 2, { timeoutMs: 20_000, message: "two partitions hold wg's slots" });
    const asked = gate();
    const j = await Worker.start(jBus, {
      name: "wj",
      slots: 2,
      diagnostics: () => {},
      workflows: (h) => {
        asked.open();
        return h === HASH ? flow : undefined;
      },
    });
    stops.push(() => j.stop());
    await asked.opened;
    await growSeen.opened;
    return { j, follow, releaseGrow: growGate.open, handedOff: handedOff.opened, gBus };
  }

  async function ranOnceOnWg(follow: Awaited<ReturnType<typeof followRun>>): Promise<void> {
    partitionsGate.open();
    const end = await follow.ended;
    assert.equal(end.to, "succeeded", `the run ended ${end.to}: ${JSON.stringify(end.error)}`);
    assert.deepEqual(JSON.parse(end.resultJson ?? "null"), expected);
    assert.deepEqual(
      [...starts].sort(([a], [b]) => a - b),
      [...Array(PARTS).keys()].map((p) => [p, 1]),
      "each partition's function ran once",
    );
  }

  it("a joiner that left before its share was handed to it: the giver runs the share itself", async () => {
    const jBus = await connect("wj");
    const { j, follow, releaseGrow, handedOff } = await joinedButNotToldYet(jBus);
    assert.deepEqual(await j.drain(20_000, quiet), { unfinished: [] });
    releaseGrow();
    await handedOff;
    await ranOnceOnWg(follow);
  });

  it("a joiner past its drain's last check when its share comes: it does not take it in, the giver runs it", async () => {
    // wj's drain is held in its last flush (after its last look at what it has) until wg's hand-off to it has settled.
    const jInner = await connect("wj");
    let holding = false;
    const flushGate = gate();
    releases.push(flushGate.open);
    const flushed = gate();
    const jBus = withOverrides(jInner, {
      flush: async () => {
        if (holding) {
          flushed.open();
          await flushGate.opened;
        }
        return jInner.flush();
      },
    });
    const { j, follow, releaseGrow, handedOff, gBus } = await joinedButNotToldYet(jBus);
    holding = true;
    const drained = j.drain(20_000, quiet);
    await flushed.opened;
    // What wg sends wj from now on is watched: wj's flush goes on once the hand-off has an answer.
    const answered = gate();
    const toJ = subjects.workerData("wj", "wg");
    const original = gBus.request.bind(gBus);
    (gBus as { request: Bus["request"] }).request = (subject, data, opts) => {
      const reply = original(subject, data, opts);
      if (subject === toJ) void reply.then(answered.open, answered.open);
      return reply;
    };
    releaseGrow();
    await handedOff;
    await answered.opened;
    flushGate.open();
    assert.deepEqual(await drained, { unfinished: [] });
    await ranOnceOnWg(follow);
  });
});
