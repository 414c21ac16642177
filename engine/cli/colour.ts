/**
 * Whether to colour what goes to a stream, by the usual conventions: FORCE_COLOR (any value but
 * "0" or "false") colours even a pipe; NO_COLOR (any non-empty value, https://no-color.org)
 * turns colour off; otherwise only a terminal gets colour. FORCE_COLOR is asked first, as Node
 * itself does.
 */
export function colourWanted(isTTY: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY === true;
}

const CODES: Record<string, string> = {
  succeeded: "32",
  failed: "31",
  cancelled: "33",
  retrying: "33",
  running: "36",
  skipped: "33",
  dim: "2",
  bold: "1",
};

/** Paints `text` in the colour of `style` (a state name, or "dim"/"bold"); unchanged when colour is off or the style has none. */
export function paint(text: string, style: string, on: boolean): string {
  const c = CODES[style];
  return on && c ? `\x1b[${c}m${text}\x1b[0m` : text;
}
