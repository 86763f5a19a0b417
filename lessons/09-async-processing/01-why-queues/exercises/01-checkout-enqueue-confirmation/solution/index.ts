import { db, http, log, queue, type HttpRequest, type HttpResponse } from "@pillars/world";

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

/** POST /orders: saves the order and answers; the email is sent later by a worker. */
export async function handler(req: HttpRequest): Promise<HttpResponse> {
  if (req.method !== "POST" || req.path !== "/orders") return { status: 404 };
  const order = parseOrder(req.body);
  if (!order) {
    return { status: 400, body: { error: "email and a positive integer totalCents are required" } };
  }
  try {
    const { rows } = await db.query<{ id: number }>(
      "INSERT INTO orders (email, total_cents) VALUES ($1, $2) RETURNING id",
      [order.email, order.totalCents],
    );
    const orderId = rows[0].id;
    // Publish only after the order is saved: a message about an order that does not exist
    // would send a confirmation for nothing. Sending takes milliseconds and does not depend
    // on the mail provider being up.
    const job: ConfirmationJob = { orderId, email: order.email };
    await queue.send(CONFIRMATIONS_QUEUE, job);
    return { status: 201, body: { id: orderId } };
  } catch (err) {
    log.error("order not placed", { error: err instanceof Error ? err.message : String(err) });
    return { status: 500, body: { error: "the order could not be placed, please try again" } };
  }
}

async function sendConfirmation(job: ConfirmationJob): Promise<boolean> {
  try {
    const res = await http.fetch(MAIL_URL, {
      method: "POST",
      body: { to: job.email, template: "order-confirmation", orderId: job.orderId },
    });
    return res.ok;
  } catch {
    return false; // the provider could not be reached: try again later
  }
}

/** The worker: sends a confirmation for every visible message, then returns. */
export async function processConfirmations(): Promise<void> {
  for (;;) {
    const messages = await queue.receive<ConfirmationJob>(CONFIRMATIONS_QUEUE, { max: 10 });
    if (messages.length === 0) return;
    for (const message of messages) {
      if (await sendConfirmation(message.body)) {
        await queue.ack(CONFIRMATIONS_QUEUE, message.id);
      } else {
        // Not lost: back in the queue for another try after a pause.
        await queue.nack(CONFIRMATIONS_QUEUE, message.id, { delayMs: RETRY_DELAY_MS });
      }
    }
  }
}
