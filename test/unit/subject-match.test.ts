/** NATS subject syntax: what is refused, and that the refusal says what a subject is (README: bad input says what to do). */
import assert from "node:assert/strict";
import { assertSubject, isValidSubject, subjectsOverlap } from "../../engine/bus/subject-match.js";
import { ErrorCode, WeftError } from "../../engine/errors.js";

const refusal = (subject: string, wildcards: boolean): WeftError => {
  try {
    assertSubject(subject, { wildcards });
  } catch (err) {
    return err as WeftError;
  }
  return assert.fail(`${subject} was accepted`);
};

describe("subject-match: NATS subjects", () => {
  it("accepts dotted tokens, `*` as a token and `>` last only with wildcards", () => {
    for (const s of ["a", "a.b", "orders.*.created", "sensors.>"]) assert.ok(isValidSubject(s, { wildcards: true }), s);
    for (const s of ["", "a..b", ".a", "a.", "a b", "a.>.b"]) assert.ok(!isValidSubject(s, { wildcards: true }), s);
    for (const s of ["a.*", "a.>"]) assert.ok(!isValidSubject(s, { wildcards: false }), s);
  });

  it("a refused subject is E_USAGE naming it and saying what a subject is", () => {
    const e = refusal("a..b", true);
    assert.equal(e.code, ErrorCode.Usage);
    assert.match(e.message, /invalid NATS subject "a\.\.b": a subject is tokens joined by single dots.*e\.g\. orders\.\*\.created/);
    assert.match(refusal("a.*", false).message, /no wildcards here/);
  });

  it("subjectsOverlap: whether one message could match both patterns (a stream's subject and a trigger's)", () => {
    for (const [a, b] of [["a.b", "a.b"], ["a.>", "a.b.c"], ["a.*", "a.b"], ["a.*.c", "a.b.*"], ["a.>", "a.*"], [">", "x"], ["a.*", "a.>"]]) {
      assert.ok(subjectsOverlap(a!, b!), `${a} ~ ${b}`);
      assert.ok(subjectsOverlap(b!, a!), `${b} ~ ${a}`);
    }
    for (const [a, b] of [["a.b", "a.c"], ["uorders.>", "other.x"], ["a.>", "a"], ["a.*", "a.b.c"], ["a.b", "a.b.c"]]) {
      assert.ok(!subjectsOverlap(a!, b!), `${a} !~ ${b}`);
      assert.ok(!subjectsOverlap(b!, a!), `${b} !~ ${a}`);
    }
  });
});
