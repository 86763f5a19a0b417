import { clock, db, http, log } from "@pillars/world";
import type { HttpRequest, HttpResponse } from "@pillars/world";

export const TRACKING_URL = "https://shipping.test/tracking";
/** Requests slower than this are logged with their slowest step. */
export const SLOW_REQUEST_MS = 100;

export interface Timing {
  name: string;
  durationMs: number;
}

/** Runs one step and records how long it took on the clock. */
export async function timed<T>(timings: Timing[], name: string, fn: () => Promise<T>): Promise<T> {
  // TODO 1: measure fn with clock.now() before and after, and push { name, durationMs }
  //         onto timings, also when fn throws.
  return fn();
}

/** `order;dur=2.0, items;dur=2.0, total;dur=4.1`: the format browser devtools display. */
export function serverTimingHeader(timings: Timing[], totalMs: number): string {
  // TODO 2: one `name;dur=<ms with one decimal>` entry per timing, then `total`, joined by ", ".
  return "";
}

async function orderPage(id: number, timings: Timing[]): Promise<HttpResponse> {
  const order = await timed(timings, "order", async () => {
    const { rows } = await db.query(
      "SELECT id, status, total_cents AS totalCents FROM orders WHERE id = $1",
      [id],
    );
    return rows[0];
  });
  if (!order) return { status: 404, body: { error: "order not found" } };

  const items = await timed(timings, "items", async () => {
    const { rows } = await db.query(
      "SELECT sku, name, quantity FROM order_items WHERE order_id = $1 ORDER BY sku",
      [id],
    );
    return rows;
  });

  const tracking =
    order.status === "shipped"
      ? await timed(timings, "tracking", async () => {
          const res = await http.fetch(`${TRACKING_URL}?order=${id}`);
          return res.ok ? res.json() : null;
        })
      : null;

  return { status: 200, body: { ...order, items, tracking } };
}

export async function handler(req: HttpRequest): Promise<HttpResponse> {
  const match = /^\/orders\/(\d+)$/.exec(req.path);
  if (req.method !== "GET" || !match) return { status: 404, body: { error: "not found" } };

  const timings: Timing[] = [];
  const response = await orderPage(Number(match[1]), timings);

  // TODO 3: measure the whole request, add a `server-timing` header to every response
  //         (the 404 for a missing order too), and when the request took longer than
  //         SLOW_REQUEST_MS, log.warn("slow request", { path, totalMs, slowestStep }).
  return response;
}
