/**
 * How deeply JSON text nests. A run's input is parsed, encoded and walked by recursive code on
 * its way (the codec, structured clone, the user's functions): text nested thousands deep
 * would fail there with "Maximum call stack size exceeded", so inputs are refused above
 * MAX_INPUT_DEPTH first, with a message that says so.
 */
import { ErrorCode, WeftError } from "../errors.js";

/** The deepest a run's input may nest (objects and arrays). */
export const MAX_INPUT_DEPTH = 512;

/** The deepest nesting of objects and arrays in `text` (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** Throws E_INVALID_INPUT when `text` nests deeper than MAX_INPUT_DEPTH; `what` names it. */
export function assertInputDepth(text: string, what: string): void {
  const depth = jsonDepth(text);
  if (depth > MAX_INPUT_DEPTH) {
    throw new WeftError(ErrorCode.InvalidInput, `${what} nests ${depth} levels deep, more than the ${MAX_INPUT_DEPTH} a run's input may: flatten it (or pass where the data is instead).`);
  }
}
