/**
 * The JSON line of W3–W6 on weft (bench/README.md, "The JSON line" of W3–W6): the rate, the
 * data that crossed NATS by the engine's own per-edge accounting (nats_msgs, nats_bytes), all
 * NATS traffic by the tap (nats_total_*), and with --ratio the baseline's and the split's medians.
 */
import type { Ready } from "./catalog.js";
import { sumOf } from "./edges.js";
import type { BenchArgs } from "./bench-args.js";
import { median, round } from "./numbers.js";
import type { CompanionRuns, Session } from "./session.js";
import { TAP_CLASSES, totalOf } from "./tap.js";

/** The --ratio fields: each companion's medians against weft's. */
function ratioFields(args: BenchArgs, ready: Ready, s: Session, baseline: CompanionRuns, split: CompanionRuns | undefined): { fields: Record<string, unknown>; ok: boolean } {
  const rateField = args.workload.rateField;
  const fields: Record<string, unknown> = {};
  let ok = baseline.runs.every((b) => ready.check(b.answer));
  const bWall = median(baseline.runs.map((b) => b.wallS));
  fields.baseline_wall_s = round(bWall, 6);
  fields[`baseline_${rateField}`] = ready.rate(bWall);
  fields.ratio = round(bWall / s.wallS, 3);
  fields.baseline_ok = ok;
  fields.baseline_runs_s = baseline.runs.map((b) => round(b.wallS, 6));
  fields.baseline_warmup_s = baseline.warmupS.map((w) => round(w, 4));
  // Per round (the runs of a round are back to back): baseline / weft.
  fields.ratio_per_round = s.runs.map((m, i) => round(baseline.runs[i]!.wallS / m.wallS, 3));
  if (split) {
    const sWall = median(split.runs.map((x) => x.wallS));
    const splitOk = split.runs.every((x) => ready.check(x.answer));
    fields.split_processes = args.workers;
    fields.split_wall_s = round(sWall, 6);
    fields[`split_${rateField}`] = ready.rate(sWall);
    // The machine's parallel ceiling in these rounds: split / baseline; and weft against it.
    fields.split_speedup = round(bWall / sWall, 3);
    fields.weft_vs_split = round(sWall / s.wallS, 3);
    fields.split_ok = splitOk;
    fields.split_runs_s = split.runs.map((x) => round(x.wallS, 6));
    fields.split_warmup_s = split.warmupS.map((w) => round(w, 4));
    ok &&= splitOk;
  }
  return { fields, ok };
}

/** The line's fields after the common ones; `ok` is whether weft and its companions were right. */
export function dataReport(args: BenchArgs, ready: Ready, s: Session): { fields: Record<string, unknown>; ok: boolean } {
  const { workload, params } = args;
  const { rep, runs, traffic } = s;
  const edges = rep.edges;
  const specs = new Map(s.prepared.graph.nodes.map((n) => [n.name, n]));
  const forwardEdges = edges.filter((e) => specs.get(e.to)?.routing[0] === "forward");
  const intoAggregates = edges.filter((e) => specs.get(e.to)?.kind === "aggregate");
  const shuffleEdges = edges.filter((e) => specs.get(e.to)?.routing[0] === "shuffle");
  const natsBytes = sumOf(edges, "nats_bytes");
  const total = traffic ? totalOf(traffic) : undefined;
  const weftOk = runs.every((m) => ready.check(m.answer));
  const baseline = s.companions.find((c) => c.name === "baseline");
  const ratio = baseline ? ratioFields(args, ready, s, baseline, s.companions.find((c) => c.name === "split")) : { fields: {}, ok: true };
  const fields: Record<string, unknown> = {
    wall_s: round(s.wallS, 6),
    [workload.rateField]: ready.rate(s.wallS),
    ...ratio.fields,
    checksum: ready.checksumOf(rep.answer),
    expected: ready.expected,
    ok: weftOk && ratio.ok,
    // The engine's own data accounting (the terminal run event's per-edge totals): values,
    // records, batches and partials that crossed NATS between workers, and what was handed
    // over in memory (an engine estimate for local_bytes, exact for typed arrays and buffers).
    nats_msgs: sumOf(edges, "nats_msgs"),
    nats_bytes: natsBytes,
    local_bytes: sumOf(edges, "local_bytes"),
    local_records: sumOf(edges, "local_records"),
    startup_s: round(s.startupS, 3),
    ...ready.extras,
  };
  if (workload.id === "W3") {
    fields.nats_share_of_input = round(natsBytes / (ready.extras.input_bytes as number), 5);
    fields.shuffle_nats_bytes = sumOf(shuffleEdges, "nats_bytes");
    fields.shuffle_nats_msgs = sumOf(shuffleEdges, "nats_msgs");
  }
  fields.aggregation_nats_msgs = sumOf(intoAggregates, "nats_msgs");
  fields.aggregation_nats_msgs_per_worker = round(sumOf(intoAggregates, "nats_msgs") / args.workers, 2);
  if (workload.id === "W6") {
    fields.forward_nats_msgs = sumOf(forwardEdges, "nats_msgs");
    fields.forward_nats_bytes = sumOf(forwardEdges, "nats_bytes");
    fields.forward_local_bytes = sumOf(forwardEdges, "local_bytes");
    fields.forward_local_records = sumOf(forwardEdges, "local_records");
    // The engine counts records, not bytes, on fused (in-memory) forward edges; every record on
    // a W6 forward edge is one buffer of `bytes` bytes, so what was handed over in memory is:
    fields.forward_local_buffer_bytes = sumOf(forwardEdges, "local_records") * params.bytes!;
  }
  Object.assign(fields, {
    // Everything published into NATS during one run, counted by the tap (see tap.ts):
    // the data above plus its acks, the run log and its JetStream replays, control, KV.
    nats_total_msgs: total ? total.msgs : null,
    nats_total_bytes: total ? total.bytes : null,
    nats_breakdown: traffic ? Object.fromEntries(TAP_CLASSES.map((k) => [k, traffic[k]])) : null,
    // From the recorded placement (engine/plan/placement.ts crossingEdges). Partition counts
    // decided at run time are not known there: engine_edges has the records that crossed.
    cross_worker_edges: s.crossing ? s.crossing.map((c) => `${c.from}->${c.to}${c.partitions !== undefined && !c.note ? ` (${c.partitions} partitions)` : ""}`) : null,
    repeat: args.repeat,
    runs_s: runs.map((m) => round(m.wallS, 6)),
    checksums: runs.map((m) => ready.checksumOf(m.answer)),
    warmup_runs: s.warmupS.length,
    warmup_s: s.warmupS.map((w) => round(w, 4)),
    slots: s.stack.coordinator.workers()[0]?.slots ?? null,
    engine_edges: edges,
    ...(rep.timeline ? { timeline: rep.timeline } : {}),
  });
  return { fields, ok: fields.ok as boolean };
}
