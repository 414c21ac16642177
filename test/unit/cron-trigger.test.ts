import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import type { Bus } from "../../engine/bus/bus.js";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { WeftError } from "../../engine/errors.js";
import { cronTrigger, HANDOVER_MS, type CronState } from "../../engine/triggers/cron-trigger.js";
import type { EventOutcome, TriggerEvent } from "../../engine/triggers/trigger-event.js";
import type { RunningTrigger } from "../../engine/triggers/trigger-kind.js";
import { TriggerState } from "../../engine/triggers/trigger-state.js";
import type { CronTick, CronTriggerSpec } from "../../model/trigger.js";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const everySecond: CronTriggerSpec = { kind: "cron", cron: "*/1 * * * * *" };

/** A sink that takes events as a coordinator would, answering what `answer` says (ack by default). */
class TakingSink {
  readonly taken: TriggerEvent[] = [];
  answer: (e: TriggerEvent) => EventOutcome = () => "ack";
  async accept(e: TriggerEvent): Promise<EventOutcome> {
    const outcome = this.answer(e);
    if (outcome === "ack") this.taken.push(e);
    return outcome;
  }
  ticks(): string[] {
    return this.taken.map((e) => e.info.eventId);
  }
}

/** Lets the chains of fired ticks (accept, the KV write, the next timer: at once for a late tick) run to their end. */
async function settle(clock: SimulatedClock): Promise<void> {
  for (let i = 0; i < 200; i++) {
    clock.flush();
    await new Promise((r) => setImmediate(r));
  }
}

/** Moves the clock one second at a time (each tick's chain settles before the next). */
async function advance(clock: SimulatedClock, ms: number): Promise<void> {
  for (let left = ms; left > 0; left -= 1000) {
    clock.advance(Math.min(1000, left));
    await settle(clock);
  }
}

const isoAt = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();

describe("cron trigger (engine/triggers/cron-trigger.ts on a simulated clock)", () => {
  let bus: Bus;
  let running: RunningTrigger[] = [];
  const lines: string[] = [];

  async function start(clock: SimulatedClock, sink: TakingSink, spec: CronTriggerSpec = everySecond): Promise<RunningTrigger> {
    const r = await cronTrigger.start({ bus, deployment: "nightly", spec, key: "k1", sink, clock, say: (l) => lines.push(l) });
    running.push(r);
    await settle(clock);
    return r;
  }

  beforeEach(() => {
    bus = connectMemoryBus(new MemoryBroker());
    lines.length = 0;
  });
  afterEach(async () => {
    for (const r of running) await r.stop();
    running = [];
    await bus.close();
  });

  it("each tick is one event: id = its scheduled time, body = the CronTick; the last fired tick is kept", async () => {
    const clock = new SimulatedClock(T0 + 200);
    const sink = new TakingSink();
    await start(clock, sink, { ...everySecond, tz: "Europe/Paris" });
    await advance(clock, 3000);
    assert.deepEqual(sink.ticks(), [isoAt(1000), isoAt(2000), isoAt(3000)]);
    const first = sink.taken[0]!;
    assert.equal(first.info.kind, "cron");
    assert.equal(first.info.source, "*/1 * * * * * (Europe/Paris)");
    const tick = JSON.parse(new TextDecoder().decode(first.data)) as CronTick;
    assert.deepEqual(tick, { cron: "*/1 * * * * *", tz: "Europe/Paris", scheduledAt: isoAt(1000) });
    assert.deepEqual(await (await TriggerState.open<CronState>(bus)).get("k1"), { firedThrough: isoAt(3000) });
  });

  it("a tick not accepted is offered again until it is; later ticks wait behind it, none is lost", async () => {
    const clock = new SimulatedClock(T0 + 200);
    const sink = new TakingSink();
    let refusals = 2;
    sink.answer = () => (refusals-- > 0 ? "retry" : "ack");
    await start(clock, sink);
    await advance(clock, 5000);
    assert.deepEqual(sink.ticks(), [isoAt(1000), isoAt(2000), isoAt(3000), isoAt(4000), isoAt(5000)]);
  });

  it("a new leader within the hand-over window fires the ticks the old one did not, once each", async () => {
    const clock = new SimulatedClock(T0 + 200);
    const sink = new TakingSink();
    const old = await start(clock, sink);
    await advance(clock, 2000);
    await old.stop(); // the old leader dies after the tick of +2 s
    await advance(clock, 7000);
    assert.equal(sink.taken.length, 2, "nothing fires without a leader");
    await start(clock, sink);
    assert.deepEqual(sink.ticks().slice(2), [isoAt(3000), isoAt(4000), isoAt(5000), isoAt(6000), isoAt(7000), isoAt(8000), isoAt(9000)], "the late ticks, at once, in order");
    await advance(clock, 1000);
    assert.equal(sink.ticks().at(-1), isoAt(10_000));
    assert.equal(new Set(sink.ticks()).size, sink.taken.length, "no tick twice");
    assert.equal(lines.length, 0, lines.join("\n"));
  });

  for (const catchUp of ["skip", "once"] as const) {
    it(`ticks missed while no coordinator was up: catch-up ${catchUp}`, async () => {
      const spec: CronTriggerSpec = catchUp === "once" ? { ...everySecond, catchUp } : everySecond;
      const clock = new SimulatedClock(T0 + 200);
      const sink = new TakingSink();
      const old = await start(clock, sink, spec);
      await advance(clock, 1000);
      await old.stop();
      const downMs = 60_000;
      await advance(clock, downMs); // clock at T0 + 61.2 s
      await start(clock, sink, spec);
      const horizon = T0 + 61_000 - HANDOVER_MS; // the latest tick before the hand-over window
      const late = Array.from({ length: HANDOVER_MS / 1000 }, (_, i) => isoAt(horizon - T0 + 1000 * (i + 1)));
      const expected = [isoAt(1000), ...(catchUp === "once" ? [isoAt(horizon - T0)] : []), ...late];
      assert.deepEqual(sink.ticks(), expected);
      const said = lines.join("\n");
      assert.match(said, new RegExp(`skipped the ticks missed while no coordinator was up, ${isoAt(2000)} to ${isoAt(horizon - T0 - (catchUp === "once" ? 1000 : 0))}`));
      if (catchUp === "once") assert.match(said, new RegExp(`runs the latest missed tick ${isoAt(horizon - T0)} once`));
    });
  }

  it("check: a bad expression, zone or catch-up is E_USAGE; a good one passes", async () => {
    const usage = (err: unknown) => (err as WeftError).code === "E_USAGE";
    await cronTrigger.check(bus, { kind: "cron", cron: "0 3 * * *", tz: "Europe/Paris", catchUp: "once" });
    await assert.rejects(cronTrigger.check(bus, { kind: "cron", cron: "0 25 * * *" }), usage);
    await assert.rejects(cronTrigger.check(bus, { kind: "cron", cron: "0 3 * * *", tz: "Nowhere/Town" }), usage);
    await assert.rejects(cronTrigger.check(bus, { kind: "cron", cron: "0 3 * * *", catchUp: "all" as "once" }), usage);
  });
});
