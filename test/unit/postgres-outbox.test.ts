import assert from "node:assert/strict";
import { triggersOf } from "../../engine/cli/trigger-flags.js";
import {
  captureName,
  cursorText,
  deleteThroughSql,
  installStatements,
  parseCursor,
  quoteIdent,
  quoteLiteral,
  readAfterSql,
  readSql,
  redactUrl,
  urlProblem,
} from "../../engine/triggers/postgres-outbox.js";

describe("the PostgreSQL trigger's pure parts", () => {
  it("quotes identifiers and literals, doubling the quote inside", () => {
    assert.equal(quoteIdent("orders"), '"orders"');
    assert.equal(quoteIdent('we"ird'), '"we""ird"');
    assert.equal(quoteLiteral("it's"), "'it''s'");
  });

  it("names a trigger's capture from its hex key, and refuses anything else", () => {
    assert.equal(captureName("0a1b2c3d4e5f"), "weft_0a1b2c3d4e5f");
    assert.throws(() => captureName("x'; DROP TABLE t; --"), /a trigger key is hex/);
  });

  it("installs into the table's own schema, the trigger only when missing", () => {
    const sql = installStatements({ schema: "Sales", name: "or'ders" }, "abc").join("\n");
    assert.match(sql, /CREATE TABLE IF NOT EXISTS "Sales"\."weft_outbox"/);
    assert.match(sql, /IF NOT EXISTS \(SELECT 1 FROM pg_trigger WHERE tgrelid = '"Sales"\."or''ders"'::regclass AND tgname = 'weft_abc'\)/);
    assert.match(sql, /CREATE TRIGGER "weft_abc" AFTER INSERT OR UPDATE ON "Sales"\."or'ders" FOR EACH ROW EXECUTE FUNCTION "Sales"\."weft_outbox_capture"\('abc'\)/);
    assert.doesNotMatch(sql, /DROP TRIGGER/);
  });

  it("says what is wrong with a URL, and shows one without its password", () => {
    assert.equal(urlProblem("postgres://u:p@127.0.0.1:5432/test"), undefined);
    assert.equal(urlProblem("postgresql://db/test"), undefined);
    assert.match(urlProblem("mysql://db/test") ?? "", /scheme is "mysql", not postgres/);
    assert.match(urlProblem("localhost:5432") ?? "", /scheme|not a URL/);
    assert.match(urlProblem("nonsense") ?? "", /not a URL/);
    assert.equal(redactUrl("postgres://u:secret@h:1/db?options=x"), "postgres://u:***@h:1/db?options=x");
  });

  it("--postgres and --postgres-url come together", () => {
    assert.deepEqual(triggersOf({ postgres: "orders", postgresUrl: "postgres://h/db" }), [{ kind: "postgres", table: "orders", url: "postgres://h/db" }]);
    assert.throws(() => triggersOf({ postgres: "orders" }), /--postgres needs --postgres-url/);
    assert.throws(() => triggersOf({ postgresUrl: "postgres://h/db" }), /--postgres-url needs --postgres TABLE/);
    assert.deepEqual(triggersOf({ postgres: "t", postgresUrl: "postgres://h/db", batch: "5" })[0]?.batch, { max: 5, waitMs: 1000 });
  });

  it("a stream reader's cursor is TXID:POSITION, 0 the start; it reads and deletes by the table's columns", () => {
    assert.deepEqual(parseCursor(0), { txid: "0", position: "0" });
    assert.deepEqual(parseCursor(cursorText({ txid: "1021", position: "700" })), { txid: "1021", position: "700" });
    assert.throws(() => parseCursor("700"), /TXID:POSITION/);
    const table = { schema: "s", name: "t" };
    // Not the output aliases (text): "10" would sort before "2".
    for (const sql of [readSql(table), readAfterSql(table)]) assert.match(sql, /ORDER BY o\.txid, o\.position/);
    assert.match(readAfterSql(table), /\(o\.txid, o\.position\) > \(\$2::xid8, \$3::bigint\) AND o\.position % \$5 = \$6/);
    assert.match(deleteThroughSql(table), /\(txid, position\) <= \(\$2::xid8, \$3::bigint\) AND position % \$4 = \$5/);
  });
});
