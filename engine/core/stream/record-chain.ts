/**
 * A chain of record operators (map, flatMap, filter) compiled into one function that pushes each
 * output record to `emit`. An operator that throws on a record sends that record to the dead
 * letters with the stage and the error, and the job goes on with the next record.
 */
import type { RecordOp } from "../../../model/stream.js";
import type { DeadLetter } from "./dead-letter.js";

export type Emit = (record: unknown) => void;

export function compileChain(ops: readonly RecordOp[], emit: Emit, dead: (letter: DeadLetter) => void): Emit {
  let next: Emit = emit;
  for (let i = ops.length - 1; i >= 0; i--) next = step(ops[i] as RecordOp, next, dead);
  return next;
}

function step(op: RecordOp, next: Emit, dead: (letter: DeadLetter) => void): Emit {
  const failed = (record: unknown, err: unknown) => dead({ stage: op.name, reason: `${op.op} threw: ${(err as Error)?.message ?? String(err)}`, record });
  switch (op.op) {
    case "map":
      return (r) => {
        let out: unknown;
        try {
          out = op.fn(r);
        } catch (err) {
          return failed(r, err);
        }
        next(out);
      };
    case "filter":
      return (r) => {
        let keep: boolean;
        try {
          keep = op.fn(r);
        } catch (err) {
          return failed(r, err);
        }
        if (keep) next(r);
      };
    case "flatMap":
      return (r) => {
        let outs: unknown[];
        try {
          outs = [...op.fn(r)];
        } catch (err) {
          return failed(r, err);
        }
        for (const o of outs) next(o);
      };
  }
}
