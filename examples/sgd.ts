// Data-parallel training of a logistic-regression model in the style of Cirrus: each
// iteration computes gradients per data partition (the model is broadcast: sent once per
// worker), aggregates them (per worker, then across workers), updates the model and hands it
// to the next iteration. The result is the loss per iteration, which falls.
//   npx weft run examples/sgd.ts --input '{"points": 20000, "features": 10, "partitions": 8, "rate": 0.5}'
import { TerminalError, workflow } from "weft";

export const ITERATIONS = 10;

interface Input {
  points?: number;
  features?: number;
  partitions?: number;
  rate?: number;
  seed?: number;
}

interface Gradient {
  grad: number[];
  loss: number;
  count: number;
}

interface Model {
  weights: number[];
  losses: number[];
}

/** mulberry32: a small deterministic PRNG, so every worker generates the same data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The input with its defaults, checked: a bad value fails the run at once, saying which. */
function settings(input: Input): Required<Input> {
  const s = { points: 20_000, features: 10, partitions: 8, rate: 0.5, seed: 1, ...input };
  for (const key of ["points", "features", "partitions"] as const) {
    if (!Number.isInteger(s[key]) || s[key] < 1) throw new TerminalError(`"${key}" must be a whole number >= 1, got ${JSON.stringify(s[key])}`);
  }
  if (typeof s.rate !== "number" || !Number.isFinite(s.rate) || s.rate <= 0) throw new TerminalError(`"rate" must be a number > 0, got ${JSON.stringify(s.rate)}`);
  if (!Number.isInteger(s.seed)) throw new TerminalError(`"seed" must be a whole number, got ${JSON.stringify(s.seed)}`);
  return s;
}

const cache = new Map<string, { x: Float64Array[]; y: Uint8Array }>();

/** Partition p's points: features in [-1, 1), labels from a fixed hidden model plus noise. Cached per worker. */
export function shard(input: Input, p: number): { x: Float64Array[]; y: Uint8Array } {
  const { points, features: d, partitions: parts, seed } = settings(input);
  const key = `${points}/${d}/${parts}/${seed}/${p}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const hidden = Array.from({ length: d }, (_, j) => ((j % 3) - 1) * (1 + j / d));
  const rand = prng(seed * 7919 + p);
  const n = Math.floor(points / parts) + (p < points % parts ? 1 : 0);
  const x: Float64Array[] = [];
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(d);
    let z = 0;
    for (let j = 0; j < d; j++) {
      row[j] = rand() * 2 - 1;
      z += row[j]! * hidden[j]!;
    }
    x.push(row);
    y[i] = z + (rand() - 0.5) * 0.5 > 0 ? 1 : 0;
  }
  const out = { x, y };
  cache.set(key, out);
  return out;
}

function gradientOf(data: { x: Float64Array[]; y: Uint8Array }, w: number[]): Gradient {
  const grad = new Array<number>(w.length).fill(0);
  let loss = 0;
  for (let i = 0; i < data.x.length; i++) {
    const row = data.x[i]!;
    let z = 0;
    for (let j = 0; j < w.length; j++) z += row[j]! * w[j]!;
    const p = 1 / (1 + Math.exp(-z));
    const err = p - data.y[i]!;
    for (let j = 0; j < w.length; j++) grad[j]! += err * row[j]!;
    loss -= data.y[i] ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12));
  }
  return { grad, loss, count: data.x.length };
}

const sumGradients = {
  zero: (): Gradient => ({ grad: [], loss: 0, count: 0 }),
  add: (acc: Gradient, g: Gradient): Gradient => sumGradients.merge(acc, g),
  merge: (a: Gradient, b: Gradient): Gradient => {
    const grad = a.grad.length === 0 ? [...b.grad] : a.grad.map((v, j) => v + (b.grad[j] ?? 0));
    return { grad, loss: a.loss + b.loss, count: a.count + b.count };
  },
};

export default workflow<Input>("sgd", (wf) => {
  let model = wf.node("init", (ctx): Model => ({ weights: new Array<number>(settings(ctx.input).features).fill(0), losses: [] }));
  for (let it = 0; it < ITERATIONS; it++) {
    const grads = wf.source(`gradient-${it}`, (p, ctx) => [
      gradientOf(shard(ctx.input, p), ctx.broadcast.weights),
    ], { partitions: (input) => settings(input).partitions, broadcast: model });
    const total = grads.aggregate(`sum-${it}`, sumGradients);
    model = wf.node(`update-${it}`, [model, total], ([m, g], ctx): Model => {
      const { rate } = settings(ctx.input);
      return {
        weights: m.weights.map((w, j) => w - (rate * (g.grad[j] ?? 0)) / Math.max(1, g.count)),
        losses: [...m.losses, g.loss / Math.max(1, g.count)],
      };
    });
  }
  wf.node("result", model, (m) => ({ iterations: m.losses.length, losses: m.losses, weights: m.weights }));
});
