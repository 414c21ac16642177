// MapReduce word count: a source reads its share of the files, words are counted per key
// with a combiner (map-side first, then per worker), shuffled into `reduces` partitions by a
// hash of the word, collected, and the top words picked.
//   npx weft run examples/wordcount.ts --input '{"input": "some/dir", "maps": 8, "reduces": 8, "top": 20}'
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { TerminalError, workflow } from "weft";

interface Input {
  // A directory of text files (UTF-8; not its hidden files or subdirectories), a single file,
  // or a glob: "dir/*.txt", "data/*/part-?.txt", "corpus/**/*.txt".
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

/** A path's kind; "unreadable" for an entry stat cannot read (a dangling link, say). */
function kindOf(path: string): "file" | "dir" | "other" | "unreadable" {
  try {
    const st = statSync(path);
    return st.isFile() ? "file" : st.isDirectory() ? "dir" : "other";
  } catch {
    return "unreadable";
  }
}

/** The files among `paths`; one the input names but that cannot be read is an error that says so. */
function filesAmong(paths: string[]): string[] {
  return paths
    .filter((f) => {
      const kind = kindOf(f);
      if (kind === "unreadable") throw new TerminalError(`"input": cannot read ${f}: remove it, or name the files with a glob that leaves it out`);
      return kind === "file";
    })
    .sort();
}

/** One glob segment as a RegExp: `*` any run of characters, `?` one character, no "/". */
function segmentPattern(segment: string): RegExp {
  return new RegExp(`^${segment.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`);
}

/**
 * The paths matching a glob such as "dir/*.txt", "data/*\/part-?.txt" or "corpus/**\/*.txt"
 * ("**": any depth of directories). As in a shell, names starting with "." match only a
 * segment that starts with "." too.
 */
function expandGlob(glob: string): string[] {
  const segments = glob.split("/");
  let paths = [glob.startsWith("/") ? "/" : "."];
  for (const [i, segment] of segments.entries()) {
    if (segment === "" || segment === ".") continue;
    const last = i === segments.length - 1;
    if (!/[*?]/.test(segment)) {
      paths = paths.map((p) => join(p, segment)).filter((p) => existsSync(p));
      continue;
    }
    const pattern = segmentPattern(segment === "**" ? "*" : segment);
    const next = new Set<string>(segment === "**" ? paths : []); // "**" also matches no directory
    const expand = (dir: string, deep: boolean) => {
      for (const name of readdirSync(dir)) {
        if (name.startsWith(".") && !segment.startsWith(".")) continue;
        if (!pattern.test(name)) continue;
        const path = join(dir, name);
        const kind = kindOf(path);
        // As bash's globstar: "**" does not go through links to directories (a link back up would loop).
        if (deep && kind === "dir" && lstatSync(path).isSymbolicLink()) continue;
        if (deep && kind === "dir") expand(path, true);
        else if (!last && kind !== "dir") continue; // only directories lead on; a last "**" keeps files too
        next.add(path);
      }
    };
    for (const p of paths) if (kindOf(p) === "dir") expand(p, segment === "**");
    paths = [...next];
  }
  return paths;
}

/**
 * The files named by `input`: a directory (the files in it, not in its subdirectories, and not
 * hidden ones), a file, or a glob; sorted so every worker sees the same list.
 */
function listFiles(input: string): string[] {
  if (!/[*?]/.test(input)) {
    if (!existsSync(input)) throw new TerminalError(`"input": ${input} does not exist (give a directory, a file or a glob like "dir/*.txt")`);
    if (kindOf(input) === "file") return [input];
    return filesAmong(readdirSync(input).filter((f) => !f.startsWith(".")).map((f) => join(input, f)));
  }
  return filesAmong(expandGlob(input));
}

export default workflow<Input>("wordcount", (wf) => {
  const texts = wf.source("read", (partition, ctx) => {
    // File i belongs to partition i mod maps: each file is read once, by one task.
    return listFiles(settings(ctx.input).input)
      .filter((_, i) => i % ctx.partitions === partition)
      .map((f) => readFileSync(f, "utf8"));
  }, { partitions: (input) => settings(input).maps });
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
