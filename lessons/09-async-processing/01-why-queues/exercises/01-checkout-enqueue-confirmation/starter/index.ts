import { db, http, queue, type HttpRequest, type HttpResponse } from "@pillars/world";

export const CONFIRMATIONS_QUEUE = "order-confirmations";
export const MAIL_URL = "https://mail.test/send";
/** How long a failed email waits before its next try (lesson 3 makes this smarter). */
export const RETRY_DELAY_MS = 5_000;

/** The message checkout publishes: just what the worker needs to send the email. */
export interface ConfirmationJob {
  orderId: number;
  email: string;
}

function parseOrder(body: unknown): { email: string; totalCents: number } | null {
  if (typeof body !== "object" || body === null) return null;
  const { email, totalCents } = body as Record<string, unknown>;
  if (typeof email !== "string" || !email.includes("@")) return null;
  if (!Number.isInteger(totalCents) || (totalCents as number) <= 0) return null;
  return { email, totalCents: totalCents as number };
}

/** POST /orders */
export async function handler(req: HttpRequest): Promise<HttpResponse> {
  if (req.method !== "POST" || req.path !== "/orders") return { status: 404 };
  const order = parseOrder(req.body);
  if (!order) {
    return { status: 400, body: { error: "email and a positive integer totalCents are required" } };
  }
  const { rows } = await db.query<{ id: number }>(
    "INSERT INTO orders (email, total_cents) VALUES ($1, $2) RETURNING id",
    [order.email, order.totalCents],
  );
  const orderId = rows[0].id;

  // TODO 1: the customer waits for this call (two seconds on a bad day), and if the mail
  //         provider is down the request fails after the order was saved. Instead, publish
  //         a ConfirmationJob to CONFIRMATIONS_QUEUE and answer at once.
  // TODO 2: if saving the order fails, answer 500 and publish nothing.
  const res = await http.fetch(MAIL_URL, {
    method: "POST",
    body: { to: order.email, template: "order-confirmation", orderId },
  });
  if (!res.ok) throw new Error(`mail provider answered ${res.status}`);

  return { status: 201, body: { id: orderId } };
}

/** The worker: sends a confirmation for every visible message, then returns. */
export async function processConfirmations(): Promise<void> {
  // TODO 3: receive ConfirmationJobs from CONFIRMATIONS_QUEUE until none is visible. For
  //         each, POST { to, template: "order-confirmation", orderId } to MAIL_URL; ack it
  //         when the provider answers 2xx, otherwise nack it with RETRY_DELAY_MS.
}
