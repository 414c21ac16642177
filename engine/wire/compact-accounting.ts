/**
 * A run end's accounting in columns (CompactAccounting, RunEvent.accounting): the figures of its
 * edges and of its nodes' costs, which the end event carries for `weft run`'s summary, `weft logs`,
 * the client's end and the bench. As 1000 EdgeStats and 1000 NodeCost messages, a 1000-node
 * chain's end was 68 KB: encoded by the coordinator, stored by JetStream, delivered to every
 * follower and decoded twice in a process that is both coordinator and client. As columns, each
 * node's name is written once and a figure shared by most entries (every edge's one record) once.
 *
 * Readers never see the columns: `readHistoryBatch` puts them back as `edges` and `cost.nodes`,
 * field for field as protobufjs decodes the messages the coordinator used to write.
 */
import type { NodeCost } from "../core/run-usage.js";
import type { weft } from "../gen/weft.js";
import type { EdgeTotals } from "../model/edge-totals.js";
import { edgeFromWire, pb } from "./protocol.js";

type Column = weft.v1.CompactColumn.$Properties;
type Accounting = weft.v1.CompactAccounting.$Properties;
type RunEventWire = weft.v1.RunEvent.$Properties;

/**
 * A column of `values`: none when every one is 0, `fill` alone when they are all equal, the
 * entries that differ from the commoner of 0 and the first value when they are few (an index and
 * a double each, against a double per entry), else every value. Exact: -0 and NaN come back.
 */
export function columnOf(values: ArrayLike<number>): Column | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const first = values[0]!;
  let zeros = 0;
  let firsts = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Object.is(v, 0)) zeros++;
    if (Object.is(v, first)) firsts++;
  }
  const fill = firsts > zeros ? first : 0;
  const others = n - Math.max(zeros, firsts);
  if (others === 0) return Object.is(fill, 0) ? undefined : { fill };
  if (others * 10 >= n * 8) return { values: Array.from(values) };
  const at: number[] = [];
  const listed: number[] = [];
  for (let i = 0; i < n; i++) {
    if (Object.is(values[i], fill)) continue;
    at.push(i);
    listed.push(values[i]!);
  }
  return { fill, at, values: listed };
}

/** The `n` values of a column (a missing column: all 0). Indices out of range are skipped. */
export function columnValues(column: Column | null | undefined, n: number): number[] {
  const values = column?.values ?? [];
  const at = column?.at ?? [];
  if (at.length === 0 && values.length === n) return values.map(Number);
  const out = new Array<number>(n).fill(Number(column?.fill ?? 0));
  for (let k = 0; k < at.length && k < values.length; k++) {
    const i = at[k]!;
    if (i < n) out[i] = Number(values[k]);
  }
  return out;
}

/** The columns of a run's edges and node costs; undefined when it has neither. */
export function compactAccounting(edges: readonly EdgeTotals[], nodes: readonly NodeCost[]): Accounting | undefined {
  if (edges.length === 0 && nodes.length === 0) return undefined;
  const names: string[] = [];
  const index = new Map<string, number>();
  const indexOf = (name: string): number => {
    let i = index.get(name);
    if (i === undefined) {
      i = names.length;
      names.push(name);
      index.set(name, i);
    }
    return i;
  };
  const costNode = nodes.map((n) => indexOf(n.node));
  const edgeFrom = edges.map((e) => indexOf(e.from));
  const edgeTo = edges.map((e) => indexOf(e.to));
  // The figures copied out in one pass over each list, by name (not through a callback or a
  // field name per figure: those were most of the time here).
  const m = edges.length;
  const records = new Float64Array(m);
  const natsMsgs = new Float64Array(m);
  const natsBytes = new Float64Array(m);
  const localRecords = new Float64Array(m);
  const localBytes = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const e = edges[i]!;
    records[i] = e.records;
    natsMsgs[i] = e.natsMsgs;
    natsBytes[i] = e.natsBytes;
    localRecords[i] = e.localRecords;
    localBytes[i] = e.localBytes;
  }
  const n = nodes.length;
  const attempts = new Float64Array(n);
  const measured = new Float64Array(n);
  const durationMs = new Float64Array(n);
  const billedMs = new Float64Array(n);
  const cpuMs = new Float64Array(n);
  const memoryMbS = new Float64Array(n);
  const heapGrowthBytes = new Float64Array(n);
  const outputBytes = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = nodes[i]!;
    attempts[i] = c.attempts;
    measured[i] = c.measured;
    durationMs[i] = c.durationMs;
    billedMs[i] = c.billedMs;
    cpuMs[i] = c.cpuMs;
    memoryMbS[i] = c.memoryMbS;
    heapGrowthBytes[i] = c.heapGrowthBytes;
    outputBytes[i] = c.outputBytes;
  }
  return {
    names,
    edgeFrom,
    edgeTo,
    records: columnOf(records) ?? null,
    natsMsgs: columnOf(natsMsgs) ?? null,
    natsBytes: columnOf(natsBytes) ?? null,
    localRecords: columnOf(localRecords) ?? null,
    localBytes: columnOf(localBytes) ?? null,
    costNode,
    attempts: columnOf(attempts) ?? null,
    measured: columnOf(measured) ?? null,
    durationMs: columnOf(durationMs) ?? null,
    billedMs: columnOf(billedMs) ?? null,
    cpuMs: columnOf(cpuMs) ?? null,
    memoryMbS: columnOf(memoryMbS) ?? null,
    heapGrowthBytes: columnOf(heapGrowthBytes) ?? null,
    outputBytes: columnOf(outputBytes) ?? null,
  };
}

/**
 * A run event as the coordinator writes it: an end's edges and node costs as columns
 * (`accounting`), its `edges` and `cost.nodes` left empty. Other events are unchanged.
 */
export function runEventOnWire<E extends { edges: readonly EdgeTotals[]; cost?: { nodes: readonly NodeCost[] } }>(event: E): E & { accounting?: Accounting } {
  const accounting = compactAccounting(event.edges, event.cost?.nodes ?? []);
  if (!accounting) return event;
  return { ...event, edges: [], ...(event.cost ? { cost: { ...event.cost, nodes: [] } } : {}), accounting };
}

/** The edges of a run event, from its columns or its `edges` (the coordinator reads no node costs). */
export function edgesOfRunEvent(run: RunEventWire): EdgeTotals[] {
  const a = run.accounting;
  if (!a) return (run.edges ?? []).map(edgeFromWire);
  return expandEdges(a).map(edgeFromWire);
}

/**
 * Puts an event's columns back as its `edges` and `cost.nodes`, as protobufjs decodes the
 * EdgeStats and NodeCost messages written before (a field at its default is not set), and drops
 * `accounting`. An event without columns is returned as it is.
 */
export function expandAccounting<R extends RunEventWire>(run: R): R {
  const a = run.accounting;
  if (!a) return run;
  delete (run as { accounting?: unknown }).accounting;
  const edges = expandEdges(a);
  if (edges.length > 0) run.edges = edges;
  const nodes = expandNodeCosts(a);
  if (nodes.length > 0) (run.cost ??= new pb.RunCost()).nodes = nodes;
  return run;
}

function expandEdges(a: Accounting): weft.v1.EdgeStats[] {
  const names = a.names ?? [];
  const from = a.edgeFrom ?? [];
  const to = a.edgeTo ?? [];
  const n = Math.min(from.length, to.length);
  const records = columnValues(a.records, n);
  const natsMsgs = columnValues(a.natsMsgs, n);
  const natsBytes = columnValues(a.natsBytes, n);
  const localRecords = columnValues(a.localRecords, n);
  const localBytes = columnValues(a.localBytes, n);
  const out: weft.v1.EdgeStats[] = [];
  for (let i = 0; i < n; i++) {
    // Set in field order, a field at its default left unset: as protobufjs decodes an EdgeStats.
    const e = new pb.EdgeStats();
    const f = names[from[i]!] ?? "";
    const t = names[to[i]!] ?? "";
    if (f !== "") e.from = f;
    if (t !== "") e.to = t;
    if (isSet(records[i]!)) e.records = records[i]!;
    if (isSet(natsMsgs[i]!)) e.natsMsgs = natsMsgs[i]!;
    if (isSet(natsBytes[i]!)) e.natsBytes = natsBytes[i]!;
    if (isSet(localRecords[i]!)) e.localRecords = localRecords[i]!;
    if (isSet(localBytes[i]!)) e.localBytes = localBytes[i]!;
    out.push(e);
  }
  return out;
}

function expandNodeCosts(a: Accounting): weft.v1.NodeCost[] {
  const names = a.names ?? [];
  const nodes = a.costNode ?? [];
  const n = nodes.length;
  const attempts = columnValues(a.attempts, n);
  const measured = columnValues(a.measured, n);
  const durationMs = columnValues(a.durationMs, n);
  const billedMs = columnValues(a.billedMs, n);
  const cpuMs = columnValues(a.cpuMs, n);
  const memoryMbS = columnValues(a.memoryMbS, n);
  const heapGrowthBytes = columnValues(a.heapGrowthBytes, n);
  const outputBytes = columnValues(a.outputBytes, n);
  const out: weft.v1.NodeCost[] = [];
  for (let i = 0; i < n; i++) {
    const c = new pb.NodeCost();
    const node = names[nodes[i]!] ?? "";
    if (node !== "") c.node = node;
    if (isSet(attempts[i]!)) c.attempts = attempts[i]!;
    if (isSet(measured[i]!)) c.measured = measured[i]!;
    if (isSet(durationMs[i]!)) c.durationMs = durationMs[i]!;
    if (isSet(billedMs[i]!)) c.billedMs = billedMs[i]!;
    if (isSet(cpuMs[i]!)) c.cpuMs = cpuMs[i]!;
    if (isSet(memoryMbS[i]!)) c.memoryMbS = memoryMbS[i]!;
    if (isSet(heapGrowthBytes[i]!)) c.heapGrowthBytes = heapGrowthBytes[i]!;
    if (isSet(outputBytes[i]!)) c.outputBytes = outputBytes[i]!;
    out.push(c);
  }
  return out;
}

/** Whether a writer writes this double (not 0, not -0): a decode sets only those. */
function isSet(v: number): boolean {
  return !Object.is(v, 0);
}
