/** NATS subject syntax: what is refused, and that the refusal says what a subject is (README: bad input says what to do). */
import assert from "node:assert/strict";
import { assertSubject, isValidSubject } from "../../engine/bus/subject-match.js";
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
});
