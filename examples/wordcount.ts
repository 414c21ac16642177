// MapReduce word count: a source reads its share of the files, words are counted per key
// with a combiner (map-side first, then per worker), shuffled into `reduces` partitions by a
// hash of the word, collected, and the top words picked.
//   npx weft run examples/wordcount.ts --input '{"input": "some/dir", "maps": 8, "reduces": 8, "top": 20}'
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { workflow } from "weft";

interface Input {
  /** A directory of text files, a single file, or a glob like "dir/*.txt". */
  input: string;
  maps?: number;
  reduces?: number;
  top?: number;
}

/** The files named by `input`, sorted so every worker sees the same list. */
function listFiles(input: string): string[] {
  const star = input.lastIndexOf("*");
  if (star >= 0) {
    const slash = input.lastIndexOf("/", star);
    const dir = slash >= 0 ? input.slice(0, slash) || "/" : ".";
    const pattern = new RegExp(`^${input.slice(slash + 1).replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
    return readdirSync(dir)
      .filter((f) => pattern.test(f))
      .map((f) => join(dir, f))
      .filter((f) => statSync(f).isFile())
      .sort();
  }
  if (statSync(input).isFile()) return [input];
  return readdirSync(input)
    .map((f) => join(input, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

export default workflow<Input>("wordcount", (wf) => {
  const texts = wf.source("read", { partitions: (input) => input.maps ?? 8 }, (partition, ctx) => {
    // File i belongs to partition i mod maps: each file is read once, by one task.
    return listFiles(ctx.input.input)
      .filter((_, i) => i % ctx.partitions === partition)
      .map((f) => readFileSync(f, "latin1"));
  });
  const words = texts.flatMap("words", (text) => text.toLowerCase().match(/[a-z]+/g) ?? []);
  const counts = words
    .keyBy((w) => w)
    .aggregate("count", { zero: () => 0, add: (n) => n + 1, merge: (a, b) => a + b }, { partitions: (input) => input.reduces ?? 8 });
  const all = counts.collect("gather");
  wf.node("result", all, (pairs, ctx) => {
    let tokens = 0;
    for (const [, n] of pairs) tokens += n;
    const top = [...pairs]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, ctx.input.top ?? 20);
    return { tokens, distinct: pairs.length, top };
  });
});
