/// <reference types="mocha" />
import assert from "node:assert/strict";
import { ErrorCode, WeftError, type WorkflowGraph, type Placement } from "../../engine/internal.js";
import { ChunkAssembler, splitIntoChunks } from "../../engine/wire/chunking.js";
import {
  decodeMessage,
  encodeMessage,
  errorFromWire,
  graphFromWire,
  graphToWire,
  pb,
  placementFromBytes,
  placementFromWire,
  placementToWire,
} from "../../engine/wire/protocol.js";
import { decodeValue, encodeResultJson, encodeValue } from "../../engine/wire/value-codec.js";
import { appendField, fieldBytes, GRAPH_FIELD, PLACEMENT_FIELD, withoutField } from "../../engine/wire/embedded-field.js";
import { ContentCache } from "../../engine/base/content-cache.js";
import { node } from "../helpers/graph.js";
import { assertToken, parseSubject, subjects, type ParsedSubject } from "../../engine/subjects.js";

/** A small seeded PRNG (mulberry32), so "random" inputs are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(rand: () => number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));

function throwsWeft(fn: () => unknown, code: string, ...parts: string[]): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof WeftError, `not a WeftError: ${String(err)}`);
    assert.equal(err.code, code, `code of: ${err.message}`);
    for (const part of parts) assert.ok(err.message.includes(part), `"${part}" not in: ${err.message}`);
    return true;
  });
}

/** Every field set, none at its default. */
const fullGraph: WorkflowGraph = {
  name: "everything",
  nodes: [
    {
      name: "items",
      kind: "task",
      deps: [],
      inputShape: "none",
      retry: { maxAttempts: 4, backoffMs: 250, backoffFactor: 1.5, maxBackoffMs: 9000, jitter: 0.35 },
      timeoutMs: 1500,
      hasInit: true,
      sizeHint: 4096.5,
      op: "",
      partitions: 0,
      partitionsFromInput: false,
      routing: [],
    },
    {
      name: "square",
      kind: "map",
      deps: ["items"],
      inputShape: "single",
      retry: { maxAttempts: 2, backoffMs: 10, backoffFactor: 3, maxBackoffMs: 100, jitter: 1 },
      timeoutMs: 20,
      hasInit: false,
      sizeHint: 8,
      op: "",
      partitions: 0,
      partitionsFromInput: false,
      routing: ["value"],
    },
    {
      name: "sum",
      kind: "task",
      deps: ["square", "items"],
      inputShape: "tuple",
      retry: { maxAttempts: 1, backoffMs: 100, backoffFactor: 2, maxBackoffMs: 30_000, jitter: 0.2 },
      timeoutMs: 0,
      hasInit: false,
      sizeHint: 0,
      op: "",
      partitions: 0,
      partitionsFromInput: false,
      routing: ["value", "value"],
    },
    {
      name: "words",
      kind: "stage",
      deps: ["sum"],
      inputShape: "none",
      retry: { maxAttempts: 1, backoffMs: 100, backoffFactor: 2, maxBackoffMs: 30_000, jitter: 0.2 },
      timeoutMs: 0,
      hasInit: false,
      sizeHint: 0,
      op: "source",
      partitions: 8,
      partitionsFromInput: true,
      routing: ["broadcast"],
    },
    node("total", ["words"], { kind: "aggregate", routing: ["aggregate"], fanin: 3 }),
    node("total2", ["words"], { kind: "aggregate", routing: ["aggregate"], faninFromInput: true }),
  ],
};

const fullPlacement: Placement = { workers: ["w1", "w2", "w3"], nodeWorker: { items: 0, square: 0, sum: 2 }, mapWeights: [4, 2, 1], strategy: "round-robin" };

const startRun = {
  runId: "run-1",
  graph: graphToWire(fullGraph),
  bundleHash: "ab".repeat(32),
  inputJson: '{"n":3}',
  placement: placementToWire(fullPlacement),
};

describe("wire: protocol conversions", () => {
  it("graphFromWire(graphToWire(g)) is g, with every field set", () => {
    assert.deepEqual(graphFromWire(graphToWire(fullGraph)), fullGraph);
  });

  it("a graph survives encoding to bytes and back", () => {
    const bytes = encodeMessage(pb.WorkflowGraph, graphToWire(fullGraph));
    const back = decodeMessage(pb.WorkflowGraph, bytes, (r) => assert.fail(r));
    assert.deepEqual(graphFromWire(back), fullGraph);
  });

  it("graphFromWire of nothing is an empty graph", () => {
    assert.deepEqual(graphFromWire(undefined), { name: "", nodes: [] });
    assert.deepEqual(graphFromWire(null), { name: "", nodes: [] });
  });

  it("a retry policy with zero maxBackoffMs and backoffFactor survives the round trip", () => {
    const g: WorkflowGraph = {
      name: "zeros",
      nodes: [{ ...fullGraph.nodes[0]!, retry: { maxAttempts: 3, backoffMs: 0, backoffFactor: 0, maxBackoffMs: 0, jitter: 0 } }],
    };
    assert.deepEqual(graphFromWire(graphToWire(g)), g);
  });

  it("placementFromWire(placementToWire(p)) is p, directly and through bytes", () => {
    assert.deepEqual(placementFromWire(placementToWire(fullPlacement)), fullPlacement);
    const bytes = encodeMessage(pb.Placement, placementToWire(fullPlacement));
    assert.deepEqual(placementFromWire(pb.Placement.decode(bytes)), fullPlacement);
    assert.deepEqual(placementFromWire(undefined), { workers: [], nodeWorker: {}, mapWeights: [], strategy: "locality" });
  });

  it("placementFromWire copies: changing the result leaves the wire form alone", () => {
    const wire = placementToWire(fullPlacement);
    const p = placementFromWire(wire);
    p.workers.push("w4");
    p.nodeWorker["extra"] = 1;
    assert.deepEqual(wire.workers, ["w1", "w2", "w3"]);
    assert.equal((wire.nodeWorker as Record<string, number>)["extra"], undefined);
  });

  it("errorFromWire fills defaults and passes undefined through", () => {
    assert.equal(errorFromWire(undefined), undefined);
    assert.equal(errorFromWire(null), undefined);
    assert.deepEqual(errorFromWire({ code: "E_TIMEOUT", terminal: true }), { code: "E_TIMEOUT", message: "", stack: "", terminal: true });
  });

  it("a StartRun survives encoding", () => {
    const back = decodeMessage(pb.StartRun, encodeMessage(pb.StartRun, startRun), (r) => assert.fail(r));
    assert.ok(back);
    assert.equal(back.runId, "run-1");
    assert.equal(back.bundleHash, startRun.bundleHash);
    assert.equal(back.inputJson, '{"n":3}');
    assert.deepEqual(graphFromWire(back.graph), fullGraph);
    assert.deepEqual(placementFromWire(back.placement), fullPlacement);
  });
});

describe("wire: oneof members after decoding (the decoders skip protobufjs's oneof setter)", () => {
  it("a decoded LogEntry and DataMessage name the member they hold, and only it is set", () => {
    const batch = pb.LogBatch.decode(
      pb.LogBatch.encode({ runId: "r", entries: [{ task: { taskId: "a[1]", node: "a", index: 1, from: "ready", to: "running" } }, { expanded: { node: "a", count: 3 } }] }).finish(),
    );
    assert.deepEqual(batch.entries.map((e) => e.entry), ["task", "expanded"]);
    assert.equal(batch.entries[0]!.task?.taskId, "a[1]");
    assert.equal(batch.entries[0]!.expanded, null, "the other members stay unset (the prototype's null)");
    const data = pb.DataMessage.decode(pb.DataMessage.encode({ runId: "r", mapResults: { node: "m", start: 0, total: 1 } }).finish());
    assert.equal(data.body, "mapResults");
    assert.equal(data.mapResults?.node, "m");
  });
});

describe("wire: decodeMessage never throws", () => {
  it("random bytes: each buffer either decodes or is reported once to onBad", () => {
    const rand = prng(2024);
    let rejected = 0;
    for (let i = 0; i < 400; i++) {
      const bytes = randomBytes(rand, 1 + Math.floor(rand() * 200));
      for (const type of [pb.StartRun, pb.DataChunk, pb.LogBatch, pb.DataMessage] as const) {
        const reasons: string[] = [];
        const out = decodeMessage(type as { decode(b: Uint8Array): unknown; name?: string }, bytes, (r) => reasons.push(r));
        if (out === undefined) {
          rejected++;
          assert.equal(reasons.length, 1);
          assert.ok(reasons[0]!.startsWith(`cannot decode ${bytes.length} bytes as ${type.name}: `), reasons[0]);
        } else {
          assert.deepEqual(reasons, []);
        }
      }
    }
    // Random bytes are almost never a valid message.
    assert.ok(rejected > 1400, `only ${rejected} of 1600 rejected`);
  });

  it("a StartRun truncated at every length: rejected unless cut exactly between top-level fields", () => {
    const bytes = encodeMessage(pb.StartRun, startRun);
    // Fields are written in field-number order, so these are the only clean cut points.
    const boundaries = new Set([
      0,
      encodeMessage(pb.StartRun, { runId: startRun.runId }).length,
      encodeMessage(pb.StartRun, { runId: startRun.runId, graph: startRun.graph }).length,
      encodeMessage(pb.StartRun, { runId: startRun.runId, graph: startRun.graph, bundleHash: startRun.bundleHash }).length,
      encodeMessage(pb.StartRun, { ...startRun, placement: undefined }).length,
    ]);
    assert.equal(boundaries.size, 5);
    for (let len = 0; len < bytes.length; len++) {
      const reasons: string[] = [];
      const out = decodeMessage(pb.StartRun, bytes.subarray(0, len), (r) => reasons.push(r));
      if (boundaries.has(len)) {
        assert.ok(out, `length ${len} is a field boundary and decodes`);
        assert.deepEqual(reasons, []);
      } else {
        assert.equal(out, undefined, `length ${len} of ${bytes.length} should be rejected`);
        assert.equal(reasons.length, 1);
        assert.ok(reasons[0]!.includes(`${len} bytes as StartRun`), reasons[0]);
      }
    }
    assert.ok(decodeMessage(pb.StartRun, bytes, (r) => assert.fail(r)));
  });
});

describe("wire: chunking", () => {
  const MIB = 1024 * 1024;

  function decodeChunk(bytes: Uint8Array) {
    const c = decodeMessage(pb.DataChunk, bytes, (r) => assert.fail(r));
    assert.ok(c);
    return c;
  }

  it("a 3 MiB payload travels in chunks of at most maxPayload and reassembles", () => {
    const data = randomBytes(prng(3), 3 * MIB);
    const chunks = splitIntoChunks("w1", "t1", data, MIB);
    assert.equal(chunks.length, 4);
    for (const c of chunks) assert.ok(c.length <= MIB, `chunk of ${c.length} bytes`);
    const asm = new ChunkAssembler();
    const decoded = chunks.map(decodeChunk);
    decoded.forEach((c, i) => {
      assert.equal(c.seq, i);
      assert.equal(c.count, 4);
      assert.equal(c.sender, "w1");
      assert.equal(c.transferId, "t1");
    });
    for (const c of decoded.slice(0, -1)) assert.equal(asm.accept(c, 0), undefined);
    assert.equal(asm.pending, 1);
    const whole = asm.accept(decoded[3]!, 0);
    assert.ok(whole);
    assert.equal(whole.length, data.length);
    assert.ok(sameBytes(whole, data));
    assert.equal(asm.pending, 0);
  });

  it("reassembles chunks that arrive out of order, ignoring duplicates", () => {
    const data = randomBytes(prng(4), 50_000);
    const decoded = splitIntoChunks("w2", "t2", data, 4096 + 6000).map(decodeChunk);
    assert.equal(decoded.length, 9);
    const order = [5, 0, 8, 0, 3, 5, 1, 7, 2, 4, 8, 6];
    const asm = new ChunkAssembler();
    let whole: Uint8Array | undefined;
    order.forEach((i, n) => {
      const out = asm.accept(decoded[i]!, 0);
      if (n < order.length - 1) assert.equal(out, undefined, `completed early at step ${n}`);
      else whole = out;
    });
    assert.ok(whole);
    assert.ok(sameBytes(whole, data));
    assert.equal(asm.pending, 0);
    // A late duplicate after completion starts a new transfer that never completes on its own.
    assert.equal(asm.accept(decoded[0]!, 0), undefined);
  });

  it("a small message is a single chunk, handed back at once", () => {
    const data = new TextEncoder().encode("hello");
    const chunks = splitIntoChunks("w1", "t3", data, MIB);
    assert.equal(chunks.length, 1);
    const c = decodeChunk(chunks[0]!);
    assert.equal(c.count, 1);
    assert.equal(c.seq, 0);
    const asm = new ChunkAssembler();
    const out = asm.accept(c, 0);
    assert.ok(out);
    assert.ok(sameBytes(out, data));
    assert.equal(asm.pending, 0);
  });

  it("an empty message is one empty chunk", () => {
    const chunks = splitIntoChunks("w1", "t4", new Uint8Array(0), MIB);
    assert.equal(chunks.length, 1);
    const out = new ChunkAssembler().accept(decodeChunk(chunks[0]!), 0);
    assert.equal(out?.length, 0);
  });

  it("keeps transfers of different senders with the same id apart", () => {
    const a = randomBytes(prng(5), 20_000);
    const b = randomBytes(prng(6), 20_000);
    const ca = splitIntoChunks("w1", "same", a, 4096 + 8000).map(decodeChunk);
    const cb = splitIntoChunks("w2", "same", b, 4096 + 8000).map(decodeChunk);
    assert.equal(ca.length, 3);
    const asm = new ChunkAssembler();
    assert.equal(asm.accept(ca[0]!, 0), undefined);
    assert.equal(asm.accept(cb[0]!, 0), undefined);
    assert.equal(asm.accept(cb[1]!, 0), undefined);
    assert.equal(asm.accept(ca[1]!, 0), undefined);
    assert.equal(asm.pending, 2);
    assert.ok(sameBytes(asm.accept(ca[2]!, 0)!, a));
    assert.ok(sameBytes(asm.accept(cb[2]!, 0)!, b));
  });

  it("ignores a chunk whose seq is out of range", () => {
    const decoded = splitIntoChunks("w1", "t5", randomBytes(prng(8), 10_000), 4096 + 4000).map(decodeChunk);
    const asm = new ChunkAssembler();
    assert.equal(asm.accept({ ...decoded[0]!, seq: 99 }, 0), undefined);
    for (const c of decoded.slice(0, -1)) assert.equal(asm.accept(c, 0), undefined);
    assert.ok(asm.accept(decoded.at(-1)!, 0));
  });

  it("drops a transfer that went stale when a new one starts (simulated clock)", () => {
    const chunksOf = (id: string, seed: number) =>
      splitIntoChunks("w1", id, randomBytes(prng(seed), 10_000), 4096 + 4000).map(decodeChunk);
    const old = chunksOf("old", 9);
    const fresh = chunksOf("new", 10);
    const later = chunksOf("later", 11);
    const asm = new ChunkAssembler(1000);
    assert.equal(asm.accept(old[0]!, 0), undefined);
    assert.equal(asm.accept(fresh[0]!, 1000), undefined);
    assert.equal(asm.pending, 2, "not stale at exactly the deadline");
    assert.equal(asm.accept(later[0]!, 1001), undefined);
    assert.equal(asm.pending, 2, '"old" is dropped once more than 1000 ms old');
    // "new" still completes; "old" cannot any more.
    for (const c of fresh.slice(1, -1)) assert.equal(asm.accept(c, 1002), undefined);
    assert.ok(asm.accept(fresh.at(-1)!, 1003));
    for (const c of old.slice(1)) assert.equal(asm.accept(c, 1004), undefined);
  });
});

describe("wire: value codec", () => {
  it("round-trips typed arrays, Map, Set, Date and BigInt", () => {
    const value = {
      f64: new Float64Array([1.5, -2, Math.PI]),
      u8: new Uint8Array([0, 255, 7]),
      i32: new Int32Array([-1, 2 ** 31 - 1]),
      map: new Map<string, unknown>([["a", 1], ["b", { nested: [1, 2] }]]),
      set: new Set([1, "two"]),
      when: new Date("2024-05-06T07:08:09.010Z"),
      big: 12345678901234567890n,
      list: [null, true, "s", 1e-9],
    };
    assert.deepEqual(decodeValue(encodeValue(value, 'node "x"')), value);
  });

  it("round-trips plain values", () => {
    for (const v of [0, -1.25, "text", null, [1, [2, [3]]], { a: { b: "c" } }, true]) {
      assert.deepEqual(decodeValue(encodeValue(v, 'node "x"')), v);
    }
  });

  it("a function inside a value throws E_NOT_SERIALIZABLE naming the node", () => {
    throwsWeft(() => encodeValue({ ok: 1, fn: () => 1 }, 'node "double"'), ErrorCode.NotSerializable, 'node "double"', "cannot be sent");
  });

  it("a symbol inside a value throws E_NOT_SERIALIZABLE", () => {
    throwsWeft(() => encodeValue([Symbol("s")], 'map node "square"'), ErrorCode.NotSerializable, 'map node "square"');
  });

  it("encodeResultJson writes BigInt as a decimal string", () => {
    assert.equal(encodeResultJson(12345678901234567890n, 'node "n"'), '"12345678901234567890"');
    assert.equal(encodeResultJson({ big: 5n, small: 1 }, 'node "n"'), '{"big":"5","small":1}');
  });

  it("encodeResultJson refuses what JSON would empty silently (Map, Set, ArrayBuffer), naming it and the way to keep it", () => {
    throwsWeft(() => encodeResultJson({ counts: new Map([["a", 1]]) }, 'node "n"'), ErrorCode.NotSerializable, '"counts" is a Map', "Object.fromEntries");
    throwsWeft(() => encodeResultJson(new Set([1]), 'node "n"'), ErrorCode.NotSerializable, "the value is a Set", "[...set]");
    throwsWeft(() => encodeResultJson({ raw: new ArrayBuffer(4) }, 'node "n"'), ErrorCode.NotSerializable, '"raw" is an ArrayBuffer');
  });

  it("encodeResultJson writes a typed array as an array of numbers (not as an object of indices)", () => {
    assert.equal(encodeResultJson({ w: new Float64Array([1.5, 2]) }, 'node "n"'), '{"w":[1.5,2]}');
    assert.equal(encodeResultJson(new BigInt64Array([3n]), 'node "n"'), '["3"]');
  });

  it("encodeResultJson writes undefined as null", () => {
    assert.equal(encodeResultJson(undefined, 'node "n"'), "null");
  });

  it("encodeResultJson of a cyclic object throws E_NOT_SERIALIZABLE naming the node", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic["self"] = cyclic;
    throwsWeft(() => encodeResultJson(cyclic, 'node "sum"'), ErrorCode.NotSerializable, 'node "sum"', "JSON");
  });
});

describe("subjects", () => {
  const cases: [string, ParsedSubject][] = [
    [subjects.submit(), { kind: "submit", owner: "" }],
    [subjects.cancel(), { kind: "cancel", owner: "" }],
    [subjects.submit("alice"), { kind: "submit", owner: "alice" }],
    [subjects.cancel("alice"), { kind: "cancel", owner: "alice" }],
    [subjects.coordinatorData("w-1"), { kind: "coordinatorData", worker: "w-1" }],
    [subjects.workerHeartbeat("w-1"), { kind: "workerHeartbeat", worker: "w-1" }],
    [subjects.workerStart("host_2"), { kind: "workerStart", worker: "host_2" }],
    [subjects.workerData("W3", "w-4"), { kind: "workerData", worker: "W3", from: "w-4" }],
    [subjects.runLog("01HXRUN", "w-2"), { kind: "runLog", runId: "01HXRUN", worker: "w-2", owner: "" }],
    [subjects.runState("01HXRUN"), { kind: "runState", runId: "01HXRUN", owner: "" }],
    // An owned run's history is under its owner's `@` token, which the server can scope per user.
    [subjects.runLog("01HXRUN", "w-2", "alice"), { kind: "runLog", runId: "01HXRUN", worker: "w-2", owner: "alice" }],
    [subjects.runState("01HXRUN", "alice"), { kind: "runState", runId: "01HXRUN", owner: "alice" }],
    [subjects.runControl("run-9"), { kind: "runControl", runId: "run-9" }],
    // Express placement leases (docs/express.md, "Leases"): the owner is the subject's.
    [subjects.leaseRequest(), { kind: "leaseRequest", owner: "" }],
    [subjects.leaseRequest("alice"), { kind: "leaseRequest", owner: "alice" }],
    [subjects.workerLease("w-1"), { kind: "workerLease", worker: "w-1" }],
    [subjects.directStart("w-1"), { kind: "directStart", worker: "w-1", owner: "" }],
    [subjects.directStart("w-1", "alice"), { kind: "directStart", worker: "w-1", owner: "alice" }],
  ];

  for (const [subject, parsed] of cases) {
    it(`parses ${subject} back to ${parsed.kind}`, () => {
      assert.ok(subject.startsWith("weft.v1."));
      assert.deepEqual(parseSubject(subject), parsed);
    });
  }

  it("builds distinct subjects for every builder", () => {
    assert.equal(new Set(cases.map(([s]) => s)).size, cases.length);
  });

  it("wildcard subjects are not concrete subjects", () => {
    for (const s of [subjects.allWorkerHeartbeats(), subjects.allRunLogs(), subjects.allRunStates(), subjects.allRunControls(), subjects.allCoordinatorData(), subjects.runHistory("r1"), subjects.runHistory("r1", "alice"), subjects.ownerRunHistories("alice"), subjects.allRunHistory()]) {
      assert.ok(s.includes("*") || s.includes(">"));
      assert.equal(parseSubject(s), undefined, s);
    }
  });

  const tokenBuilders: [string, (t: string) => string][] = [
    ["workerHeartbeat", subjects.workerHeartbeat],
    ["workerStart", subjects.workerStart],
    ["workerData (to)", (t) => subjects.workerData(t, "w1")],
    ["workerData (from)", (t) => subjects.workerData("w1", t)],
    ["workerDataFromAny", subjects.workerDataFromAny],
    ["runLog (run id)", (t) => subjects.runLog(t, "w1")],
    ["runLog (worker)", (t) => subjects.runLog("r1", t)],
    ["runState", subjects.runState],
    ["runHistory", subjects.runHistory],
    ["coordinatorData", subjects.coordinatorData],
    ["runControl", subjects.runControl],
  ];

  for (const [name, build] of tokenBuilders) {
    it(`${name} rejects a token with a dot, a space, '*', '>' or nothing, with E_USAGE`, () => {
      for (const bad of ["a.b", "a b", "*", ">", "", "x\n"]) throwsWeft(() => build(bad), ErrorCode.Usage, `"${bad}"`);
    });
  }

  it("assertToken returns a valid token and names what was wrong", () => {
    assert.equal(assertToken("worker name", "w_1-a"), "w_1-a");
    throwsWeft(() => assertToken("run id", "r.1"), ErrorCode.Usage, "run id", '"r.1"');
  });

  it("parseSubject returns undefined for anything it did not build", () => {
    for (const s of [
      "",
      "undefined",
      "null",
      ".",
      "weft",
      "weft.v1",
      "weft.v2.coord.submit",
      "other.v1.coord.submit",
      "weft.v1.coord",
      "weft.v1.coord.nope",
      "weft.v1.coord.submit.extra.more",
      "weft.v1.coord.submit.a*b",
      "weft.v1.worker.w1",
      "weft.v1.worker..heartbeat",
      "weft.v1.worker.w1.nope",
      "weft.v1.worker.w1.heartbeat.x",
      "weft.v1.worker.w 1.start",
      "weft.v1.run.r1.nope",
      "weft.v1.run.>.log",
      "weft.v1.run.r1.log",
      "weft.v1.run.r1.log.w1.x",
      "weft.v1.run.r1.state.x",
      "weft.v1.coord.data",
      "weft.v1.coord.data.w 1",
      "weft.v1.worker.w1.data",
      "weft.v1.worker.w1.data.w2.x",
      "weft.v1.run.r1",
    ]) {
      assert.equal(parseSubject(s), undefined, JSON.stringify(s));
    }
  });
});

describe("embedded fields (a graph encoded once, appended as bytes)", () => {
  const graph = graphToWire({ name: "g", nodes: [node("a"), node("b", ["a"])] });
  const graphBytes = encodeMessage(pb.WorkflowGraph, graph);

  it("a StartRun and a RunRecord with the graph appended decode as if it had been encoded with them", () => {
    const start = { runId: "r1", bundleHash: "h", inputJson: "{}", epoch: 2, recovered: ["x"], done: ["y"] };
    const appended = appendField(encodeMessage(pb.StartRun, start), GRAPH_FIELD.StartRun, graphBytes);
    assert.deepEqual(pb.StartRun.toObject(pb.StartRun.decode(appended)), pb.StartRun.toObject(pb.StartRun.decode(encodeMessage(pb.StartRun, { ...start, graph }))));
    const record = { runId: "r1", workflow: "g", state: "running", tasksTotal: 2 };
    const rec = pb.RunRecord.decode(appendField(encodeMessage(pb.RunRecord, record), GRAPH_FIELD.RunRecord, graphBytes));
    assert.deepEqual(pb.RunRecord.toObject(rec), pb.RunRecord.toObject(pb.RunRecord.decode(encodeMessage(pb.RunRecord, { ...record, graph }))));
  });

  it("fieldBytes finds the graph a client sent, byte for byte, and nothing when it is absent, doubled or the bytes are garbage", () => {
    const submit = encodeMessage(pb.SubmitRequest, { graph, bundleHash: "h", inputJson: "{}", runId: "r", submitter: "me" });
    assert.deepEqual(fieldBytes(submit, GRAPH_FIELD.SubmitRequest), graphBytes);
    assert.equal(fieldBytes(encodeMessage(pb.SubmitRequest, { bundleHash: "h" }), GRAPH_FIELD.SubmitRequest), undefined);
    const doubled = appendField(submit, GRAPH_FIELD.SubmitRequest, graphBytes); // decoders merge the two
    assert.equal(fieldBytes(doubled, GRAPH_FIELD.SubmitRequest), undefined);
    assert.equal(fieldBytes(new Uint8Array([0x0a, 0xff, 0xff, 0xff]), GRAPH_FIELD.SubmitRequest), undefined);
  });

  it("withoutField leaves out the graph wherever it is, and keeps every other field", () => {
    const start = { runId: "r1", bundleHash: "h", inputJson: "{}", epoch: 2, recovered: ["x"], done: ["y"] };
    const plain = pb.StartRun.toObject(pb.StartRun.decode(encodeMessage(pb.StartRun, start)));
    const appended = appendField(encodeMessage(pb.StartRun, start), GRAPH_FIELD.StartRun, graphBytes); // at the end
    const inline = encodeMessage(pb.StartRun, { ...start, graph }); // in field order
    for (const message of [appended, inline]) {
      const rest = withoutField(message, GRAPH_FIELD.StartRun)!;
      assert.deepEqual(pb.StartRun.toObject(pb.StartRun.decode(rest)), plain);
      assert.equal(fieldBytes(rest, GRAPH_FIELD.StartRun), undefined);
      assert.deepEqual(Uint8Array.from(fieldBytes(message, GRAPH_FIELD.StartRun)!), Uint8Array.from(graphBytes));
    }
    assert.equal(withoutField(new Uint8Array([0x0a, 0xff, 0xff, 0xff]), GRAPH_FIELD.StartRun), undefined);
  });

  it("a StartRun's placement, taken out as bytes as the worker does, decodes (frozen, to be shared) to the whole message's", () => {
    const placement: Placement = { workers: ["w1", "w2"], nodeWorker: { a: 0, b: 1 }, mapWeights: [1, 2], strategy: "round-robin", nodeMemory: { b: 1024 } };
    const start = { runId: "r1", bundleHash: "h", inputJson: "{}", epoch: 2, placement: placementToWire(placement) };
    const message = appendField(encodeMessage(pb.StartRun, start), GRAPH_FIELD.StartRun, graphBytes); // as run-starter.ts sends it
    const whole = pb.StartRun.decode(message);
    const withoutGraph = withoutField(message, GRAPH_FIELD.StartRun)!;
    const bytes = fieldBytes(withoutGraph, PLACEMENT_FIELD.StartRun)!;
    const shared = placementFromBytes(bytes);
    assert.deepEqual(shared, placementFromWire(whole.placement));
    assert.deepEqual(shared, placement);
    for (const part of [shared, shared.workers, shared.nodeWorker, shared.mapWeights, shared.nodeMemory]) assert.ok(Object.isFrozen(part));
    const rest = pb.StartRun.decode(withoutField(withoutGraph, PLACEMENT_FIELD.StartRun)!);
    assert.equal(rest.placement, null);
    assert.deepEqual(pb.StartRun.toObject(rest), pb.StartRun.toObject(pb.StartRun.decode(encodeMessage(pb.StartRun, { ...start, placement: null }))));
    assert.throws(() => placementFromBytes(new Uint8Array([0x0a, 0xff, 0xff, 0xff])), (err: unknown) => err instanceof WeftError && err.code === ErrorCode.Decode);
  });
});

describe("ContentCache", () => {
  it("makes a value once per content, keeps the most recent ones, and keeps nothing when making throws", () => {
    const cache = new ContentCache<number>(2);
    let made = 0;
    const key = (s: string) => ContentCache.keyOf(new TextEncoder().encode(s));
    assert.equal(cache.get(key("a"), () => ++made), 1);
    assert.equal(cache.get(key("a"), () => ++made), 1, "a hit");
    cache.get(key("b"), () => ++made); // 2
    cache.get(key("a"), () => ++made); // a is now the most recent
    cache.get(key("c"), () => ++made); // 3: b goes
    assert.equal(cache.get(key("a"), () => ++made), 1);
    assert.equal(cache.get(key("b"), () => ++made), 4, "b was dropped");
    assert.throws(() => cache.get(key("d"), () => { throw new Error("bad"); }), /bad/);
    assert.equal(cache.get(key("d"), () => 9), 9, "a failed make keeps nothing");
  });
});
