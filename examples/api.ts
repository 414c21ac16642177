// An HTTP endpoint answered synchronously by a small graph: a price quote.
//   weft deploy examples/api.ts                       ->  quote@<version>   (its route: POST /quote)
//   weft gateway --port 8080 &
//   curl -s 'http://127.0.0.1:8080/quote?wait=5s' -d '{"items": [{"sku": "widget", "qty": 3}], "coupon": "TENOFF"}'
//   ->  {"run_id":"t-…","state":"succeeded","result":{"subtotal":30,"discount":3,"tax":5.4,"total":32.4,…}}
// The request body is the input; `?wait=` answers with the run's result; an Idempotency-Key header
// makes a retried request return the same run instead of quoting twice.
import { TerminalError, workflow } from "weft";

interface QuoteRequest {
  items: { sku: string; qty: number }[];
  coupon?: string;
}

/** The price list (a real service would read a database here). */
const PRICES: Record<string, number> = { widget: 10, gadget: 25, gizmo: 4.5 };
/** Coupons: the fraction taken off the subtotal. */
const COUPONS: Record<string, number> = { TENOFF: 0.1 };
const TAX_RATE = 0.2;

const cents = (x: number) => Math.round(x * 100) / 100;

export default workflow<QuoteRequest>("quote", (wf) => {
  wf.trigger({ kind: "http", method: "POST", path: "/quote" });

  const request = wf.node("request", async (ctx) => {
    const { items, coupon } = ctx.input;
    if (!Array.isArray(items) || items.length === 0) throw new TerminalError(`a quote needs "items": a list of {sku, qty}, got ${JSON.stringify(ctx.input)}`);
    for (const i of items) {
      if (!(i?.sku in PRICES)) throw new TerminalError(`unknown sku ${JSON.stringify(i?.sku)}: one of ${Object.keys(PRICES).join(", ")}`);
      if (!Number.isInteger(i.qty) || i.qty < 1) throw new TerminalError(`qty of ${i.sku} must be a whole number >= 1, got ${JSON.stringify(i.qty)}`);
    }
    return { items, coupon: coupon ?? null };
  });
  const subtotal = wf.node("subtotal", request, async (r) => cents(r.items.reduce((sum, i) => sum + PRICES[i.sku]! * i.qty, 0)));
  const discount = wf.node("discount", [request, subtotal], async ([r, s]) => cents(s * (r.coupon ? (COUPONS[r.coupon] ?? 0) : 0)));
  wf.node("quote", [subtotal, discount], async ([s, d], ctx) => {
    const tax = cents((s - d) * TAX_RATE);
    return { subtotal: s, discount: d, tax, total: cents(s - d + tax), via: ctx.trigger ? `${ctx.trigger.kind} ${ctx.trigger.source}` : "invoke" };
  });
});
