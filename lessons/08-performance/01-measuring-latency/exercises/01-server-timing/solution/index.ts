import { clock, db, http, log } from "@pillars/world";
import type { HttpRequest, HttpResponse } from "@pillars/world";

export const TRACKING_URL = "https://shipping.test/tracking";
/** Requests slower than this are logged with their slowest step. */
export const SLOW_REQUEST_MS = 100;

export interface Timing {
  name: string;
  durationMs: number;
}

/**
 * Runs one step and records how long it took on the clock. The time is recorded in
 * `finally`: a step that fails slowly (a timeout) is exactly the one you need to see.
 */
export async function timed<T>(timings: Timing[], name: string, fn: () => Promise<T>): Promise<T> {
  const started = clock.now();
  try {
    return await fn();
  } finally {
    timings.push({ name, durationMs: clock.now() - started });
  }
}

/** `order;dur=2.0, items;dur=2.0, total;dur=4.1`: the format browser devtools display. */
export function serverTimingHeader(timings: Timing[], totalMs: number): string {
  return [...timings, { name: "total", durationMs: totalMs }]
    .map((t) => `${t.name};dur=${t.durationMs.toFixed(1)}`)
    .join(", ");
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

  // Only a shipped order has a parcel on its way; asking for others wastes a remote call.
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

  const started = clock.now();
  const timings: Timing[] = [];
  const response = await orderPage(Number(match[1]), timings);
  const totalMs = clock.now() - started;

  if (totalMs > SLOW_REQUEST_MS) {
    // Name the step that took longest: the log line then says where to look, not only that
    // something was slow.
    const slowest = timings.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
    log.warn("slow request", {
      path: req.path,
      totalMs: Math.round(totalMs * 10) / 10,
      slowestStep: slowest.name,
    });
  }
  return {
    ...response,
    headers: { ...response.headers, "server-timing": serverTimingHeader(timings, totalMs) },
  };
}
