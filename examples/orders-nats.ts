// An order event in, its total out: a workflow meant to be deployed with a NATS trigger.
// (examples/orders.ts is the same idea fed by a PostgreSQL table.)
//   weft deploy examples/orders-nats.ts --subject 'orders.>' --stream ORDERS    ->  orders-nats@<version>
//   nats pub orders.new '{"id": "o-1", "items": [{"price": 2.5, "qty": 4}]}'
// Each message on orders.> starts one run; `ctx.trigger` says which event it was.
// Also runnable by hand: weft run examples/orders-nats.ts --input '{"id": "o-1", "items": [{"price": 2.5, "qty": 4}]}'
import { TerminalError, workflow } from "weft";

interface Order {
  id: string;
  items: { price: number; qty: number }[];
}

export default workflow<Order>("orders-nats", (wf) => {
  const order = wf.node("order", async (ctx) => {
    const { id, items } = ctx.input;
    if (typeof id !== "string" || !Array.isArray(items)) throw new TerminalError(`an order needs "id" (a string) and "items" (a list), got ${JSON.stringify(ctx.input)}`);
    return { id, items };
  });
  const total = wf.node("total", order, async (o) => o.items.reduce((sum, i) => sum + i.price * i.qty, 0));
  wf.node("receipt", [order, total], async ([o, t], ctx) => {
    const event = ctx.trigger ? `${ctx.trigger.kind} event ${ctx.trigger.eventId}` : "no trigger";
    ctx.log.info(`order ${o.id}: ${t} (${event})`);
    return { order: o.id, total: t, trigger: ctx.trigger ?? null };
  });
});
