// Orders from a database: each row inserted (or updated) in a PostgreSQL `orders` table starts a
// run that prices the order and writes one row per order into `order_totals`.
//
//   CREATE TABLE orders (id text PRIMARY KEY, customer text NOT NULL, items jsonb NOT NULL);
//   CREATE TABLE order_totals (order_id text PRIMARY KEY, customer text NOT NULL, item_count int NOT NULL,
//                              subtotal numeric NOT NULL, discount numeric NOT NULL, total numeric NOT NULL, event_id text NOT NULL);
//   weft deploy examples/orders.ts                                  ->  orders@<version>
//   psql -c "INSERT INTO orders VALUES ('o-1', 'ada', '[{\"sku\": \"pen\", \"price\": 2.5, \"qty\": 4}]')"
//
// The database is WEFT_EXAMPLE_PG_URL (default postgres://postgres@127.0.0.1:5432/test), read
// where the file is loaded: by `weft deploy` for the trigger, and by the workers for the writes,
// so give them the same one. A search_path in the URL picks the schema of both tables:
//   postgres://postgres@127.0.0.1:5432/test?options=-c%20search_path%3Dshop
// The trigger could equally be given at deploy time (`--postgres orders --postgres-url URL`).
import pg from "pg";
import { TerminalError, workflow, type RowChange } from "weft";

const PG_URL = process.env.WEFT_EXAMPLE_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

interface Order {
  id: string;
  customer: string;
  items: { sku: string; price: number; qty: number }[];
}

/** A row of `orders`, checked: a malformed row fails its own run and is not retried. */
function orderOf(change: RowChange): Order {
  const { id, customer, items } = change.row as Partial<Order>;
  if (typeof id !== "string" || typeof customer !== "string" || !Array.isArray(items)) {
    throw new TerminalError(`an orders row needs id, customer (text) and items (a JSON list), got ${JSON.stringify(change.row)}`);
  }
  return { id, customer, items };
}

/** Orders of this many items or more get 10% off. */
const BULK_ITEMS = 10;

export default workflow<Order>("orders", (wf) => {
  wf.trigger({ kind: "postgres", table: "orders", url: PG_URL }, orderOf);

  const priced = wf.node("price", async (ctx) => {
    const { items } = ctx.input;
    const itemCount = items.reduce((n, i) => n + i.qty, 0);
    const subtotal = items.reduce((sum, i) => sum + i.price * i.qty, 0);
    const discount = itemCount >= BULK_ITEMS ? Math.round(subtotal * 10) / 100 : 0;
    return { itemCount, subtotal, discount, total: subtotal - discount };
  });

  wf.node("record", priced, async (p, ctx) => {
    const order = ctx.input;
    const eventId = ctx.trigger?.eventId ?? "by hand";
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      // An upsert: a task tried again, or the order updated later, leaves one row per order.
      await client.query(
        `INSERT INTO order_totals (order_id, customer, item_count, subtotal, discount, total, event_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (order_id) DO UPDATE SET customer = EXCLUDED.customer, item_count = EXCLUDED.item_count, subtotal = EXCLUDED.subtotal,
           discount = EXCLUDED.discount, total = EXCLUDED.total, event_id = EXCLUDED.event_id`,
        [order.id, order.customer, p.itemCount, p.subtotal, p.discount, p.total, eventId],
      );
    } finally {
      await client.end();
    }
    ctx.log.info(`order ${order.id} of ${order.customer}: ${p.total} (${eventId})`);
    return { order: order.id, ...p, trigger: ctx.trigger ?? null };
  });
});
