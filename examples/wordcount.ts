// MapReduce word count: a source reads its share of the files, words are counted per key
// with a combiner (map-side first, then per worker), shuffled into `reduces` partitions by a
// hash of the word, collected, and the top words picked.
//   npx weft run examples/wordcount.ts --input '{"input": "some/dir", "maps": 8, "reduces": 8, "top": 20}'
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { TerminalError, workflow } from "weft";

interface Input {
  /** A directory of text files (UTF-8), a single file, or a glob like "dir/*.txt". */
  input: string;
  maps?: number;
  reduces?: number;
  top?: number;
}

/** The input with its defaults, checked: a bad value fails the run at once, saying which. */
function settings(input: Input): Required<Input> {
  const s = { maps: 8, reduces: 8, top: 20, ...input };
  if (typeof s.input !== "string" || s.input === "") {
    throw new TerminalError(`"input" must name the text files: a directory, a file or a glob like "dir/*.txt" (got ${JSON.stringify(s.input)})`);
  }
  for (const key of ["maps", "reduces"] as const) {
    if (!Number.isInteger(s[key]) || s[key] < 1) throw new TerminalError(`"${key}" must be a whole number >= 1, got ${JSON.stringify(s[key])}`);
  }
  if (!Number.isInteger(s.top) || s.top < 0) throw new TerminalError(`"top" must be a whole number >= 0, got ${JSON.stringify(s.top)}`);
  return s;
}

/** The files named by `input`, sorted so every worker sees the same list. */
function listFiles(input: string): string[] {
  const star = input.lastIndexOf("*");
  const slash = input.lastIndexOf("/", star);
  const dir = star < 0 ? input : slash >= 0 ? input.slice(0, slash) || "/" : ".";
  if (!existsSync(dir)) throw new TerminalError(`"input": ${dir} does not exist (give a directory, a file or a glob like "dir/*.txt")`);
  if (star < 0 && statSync(input).isFile()) return [input];
  const pattern = star < 0 ? undefined : new RegExp(`^${input.slice(slash + 1).replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return readdirSync(dir)
    .filter((f) => !pattern || pattern.test(f))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

export default workflow<Input>("wordcount", (wf) => {
  const texts = wf.source("read", { partitions: (input) => settings(input).maps }, (partition, ctx) => {
    // File i belongs to partition i mod maps: each file is read once, by one task.
    return listFiles(settings(ctx.input).input)
      .filter((_, i) => i % ctx.partitions === partition)
      .map((f) => readFileSync(f, "utf8"));
  });
  const words = texts.flatMap("words", (text) => text.toLowerCase().match(/[a-z]+/g) ?? []);
  const counts = words
    .keyBy((w) => w)
    .aggregate("count", { zero: () => 0, add: (n) => n + 1, merge: (a, b) => a + b }, { partitions: (input) => settings(input).reduces });
  const all = counts.collect("gather");
  wf.node("result", all, (pairs, ctx) => {
    let tokens = 0;
    for (const [, n] of pairs) tokens += n;
    const top = [...pairs]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, settings(ctx.input).top);
    return { tokens, distinct: pairs.length, top };
  });
});
