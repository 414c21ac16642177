/** The gateway's pure parts: the token check, Last-Event-ID, run inputs, error answers, idempotent run ids. */
import assert from "node:assert/strict";
import { bearerCheck } from "../../engine/gateway/auth.js";
import { errorAnswer, HttpError } from "../../engine/gateway/http-errors.js";
import { parseLastEventId } from "../../engine/gateway/run-events-route.js";
import { runInputOf } from "../../engine/gateway/run-input.js";
import { idempotentRunId } from "../../engine/gateway/workflows-routes.js";
import { ErrorCode, WeftError } from "../../engine/errors.js";
import { isName } from "../../model/names.js";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return errorAnswer(err);
  }
  assert.fail("did not throw");
};

describe("gateway: token, inputs, errors", () => {
  it("bearerCheck accepts exactly `Bearer TOKEN`", () => {
    const ok = bearerCheck("s3cret");
    assert.equal(ok("Bearer s3cret"), true);
    assert.equal(ok("bearer   s3cret"), true);
    for (const h of [undefined, "", "s3cret", "Bearer s3cre", "Bearer s3cret2", "Basic s3cret", "Bearer "]) assert.equal(ok(h), false, String(h));
  });

  it("parseLastEventId reads SEQ.INDEX and SEQ, refuses anything else with 400", () => {
    assert.equal(parseLastEventId(undefined), undefined);
    assert.equal(parseLastEventId(" "), undefined);
    assert.deepEqual(parseLastEventId("12.3"), { seq: 12, index: 3 });
    assert.deepEqual(parseLastEventId("12"), { seq: 12, index: Number.MAX_SAFE_INTEGER });
    for (const bad of ["x", "1.2.3", "-1", "1."]) assert.equal(codeOf(() => parseLastEventId(bad)).status, 400, bad);
  });

  it("runInputOf: an object's canonical JSON; {} for an empty body; 400 for anything else; 413 over half of max_payload", () => {
    assert.equal(runInputOf('{ "n" : 3 }', 1024 * 1024), '{"n":3}');
    assert.equal(runInputOf("", 1024 * 1024), "{}");
    assert.equal(runInputOf(undefined, 1024 * 1024), "{}");
    for (const bad of ["{nope", "[1]", "3", "null", '"s"']) {
      const a = codeOf(() => runInputOf(bad, 1024 * 1024));
      assert.equal(a.status, 400, bad);
      assert.equal(a.body.error.code, ErrorCode.InvalidInput);
    }
    const limit = 1000;
    assert.equal(runInputOf(JSON.stringify({ s: "x".repeat(limit / 2 - 10) }), limit).length <= limit / 2, true);
    assert.equal(codeOf(() => runInputOf(JSON.stringify({ s: "x".repeat(limit / 2) }), limit)).status, 413);
  });

  it("errorAnswer maps weft codes to HTTP statuses", () => {
    const status = (err: unknown) => errorAnswer(err).status;
    assert.equal(status(new WeftError(ErrorCode.NotFound, "x")), 404);
    assert.equal(status(new WeftError(ErrorCode.InvalidInput, "x")), 400);
    assert.equal(status(new WeftError(ErrorCode.PayloadTooLarge, "x")), 413);
    for (const c of [ErrorCode.NoResponders, ErrorCode.Infrastructure, ErrorCode.NatsUnreachable, ErrorCode.Closed, ErrorCode.Timeout]) {
      assert.equal(status(new WeftError(c, "x")), 503, c);
    }
    assert.equal(status(new HttpError(409, "E_CONFLICT", "x")), 409);
    assert.equal(status(Object.assign(new Error("too big"), { statusCode: 413, code: "FST_ERR_CTP_BODY_TOO_LARGE" })), 413);
    assert.equal(status(new Error("boom")), 500);
    // Fastify's body limit: the answer names the limit and what to do, not only "too large".
    const tooLarge = errorAnswer(Object.assign(new Error("Request body is too large"), { statusCode: 413 }), 524_288).body.error;
    assert.equal(tooLarge.code, ErrorCode.PayloadTooLarge);
    assert.match(tooLarge.message, /over the most a run's input may take, 524288 bytes of JSON \(half of NATS max_payload\): pass where the data is/);
    assert.deepEqual(errorAnswer(new WeftError(ErrorCode.NotFound, "no run r-1")).body, { error: { code: ErrorCode.NotFound, message: "no run r-1" } });
  });

  it("idempotentRunId: the same deployment and key, the same valid run id; anything else, another", () => {
    const id = idempotentRunId("hello", "k-1");
    assert.ok(isName(id));
    assert.equal(idempotentRunId("hello", "k-1"), id);
    assert.notEqual(idempotentRunId("hello", "k-2"), id);
    assert.notEqual(idempotentRunId("other", "k-1"), id);
    assert.notEqual(idempotentRunId("hello\nk", "-1"), idempotentRunId("hello", "k\n-1"));
  });
});
