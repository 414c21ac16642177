/**
 * The tree that merges an aggregate's per-worker partials. Every worker first folds its own
 * partitions into one partial; the workers then form a tree of fan-in `fanin` rooted at the
 * aggregate node's worker: a worker waits for its children's partials, merges them into its
 * own and sends one message to its parent. The root receives at most `fanin` messages, the
 * depth grows with log_fanin(workers), and the messages over NATS number (workers in the
 * tree - 1), whatever the number of partitions. Pure: every worker computes the same tree
 * from the placement.
 */

/** Used when a workflow does not say: small enough that no worker's inbox grows with the cluster. */
export const DEFAULT_AGGREGATE_FANIN = 4;

export interface AggregationTreeNode {
  /** The worker this one sends its merged partial to; undefined at the root. */
  parent: number | undefined;
  /** Producer partitions this worker's subtree covers: its partial is complete at this count. */
  expected: number;
}

/**
 * The tree over the workers holding partitions of the producer stage, plus the root.
 * Positions: the root first, then the other workers in ascending order; position i > 0 has
 * parent (i - 1) / fanin, rounded down (a complete `fanin`-ary tree, shallowest possible).
 *
 * @param producerWorkers per producer partition, the worker index holding it
 * @param root the worker index of the aggregate node
 * @param fanin children per tree node, an integer >= 2
 */
export function aggregationTree(producerWorkers: readonly number[], root: number, fanin: number): Map<number, AggregationTreeNode> {
  if (!Number.isInteger(fanin) || fanin < 2) throw new RangeError(`aggregationTree: fanin must be an integer >= 2, got ${fanin}`);
  const local = new Map<number, number>();
  for (const w of producerWorkers) local.set(w, (local.get(w) ?? 0) + 1);
  const members = [root, ...[...local.keys()].filter((w) => w !== root).sort((a, b) => a - b)];
  const expected = members.map((w) => local.get(w) ?? 0);
  // Children come after their parents: adding from the last position up sums every subtree.
  for (let i = members.length - 1; i > 0; i--) expected[Math.floor((i - 1) / fanin)]! += expected[i]!;
  const tree = new Map<number, AggregationTreeNode>();
  members.forEach((w, i) => tree.set(w, { parent: i === 0 ? undefined : members[Math.floor((i - 1) / fanin)], expected: expected[i]! }));
  return tree;
}
