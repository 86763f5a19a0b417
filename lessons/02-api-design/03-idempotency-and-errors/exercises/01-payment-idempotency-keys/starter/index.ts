import { db } from "@pillars/world";
import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";
import { problem } from "./problems.ts";
import { charge } from "./provider.ts";

export interface Payment {
  id: number;
  orderId: number;
  amountCents: number;
  chargeId: string;
}

interface PaymentRequest {
  orderId: number;
  amountCents: number;
}

function readPaymentRequest(body: unknown): PaymentRequest | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const { orderId, amountCents } = body as Record<string, unknown>;
  const positive = (n: unknown) => typeof n === "number" && Number.isSafeInteger(n) && n > 0;
  return positive(orderId) && positive(amountCents)
    ? { orderId: orderId as number, amountCents: amountCents as number }
    : null;
}

function created(payment: Payment): HttpResponse {
  return {
    status: 201,
    headers: { "Content-Type": "application/json", Location: `/payments/${payment.id}` },
    body: payment,
  };
}

// Today every POST charges the card. When the checkout page times out and retries, the
// customer pays twice.
//
// TODO 1: require an Idempotency-Key header (1 to 255 characters); without one, 400.
// TODO 2: claim the key before charging, in a way that only one of several concurrent
//         requests can win (the idempotency_keys table has the key as its primary key).
// TODO 3: a key seen before with the same payment: replay the stored response, no charge.
//         With a different payment: 422. Still being processed: 409 with Retry-After.
// TODO 4: after a successful charge, store the response with the key. After a failed
//         charge, release the key so that a retry can try again.
async function createPayment(req: HttpRequest): Promise<HttpResponse> {
  const payment = readPaymentRequest(req.body);
  if (!payment) {
    return problem(400, "Bad Request", "orderId and amountCents must be positive whole numbers.");
  }
  const key = req.headers["idempotency-key"] ?? "";

  const charged = await charge(key, payment.orderId, payment.amountCents);
  if (!charged) {
    return problem(502, "Payment provider unavailable", "No charge was made; retry later.");
  }

  const { rows } = await db.query<{ id: number }>(
    "INSERT INTO payments (order_id, amount_cents, charge_id) VALUES ($1, $2, $3) RETURNING id",
    [payment.orderId, payment.amountCents, charged.chargeId],
  );
  return created({ id: rows[0]!.id, ...payment, chargeId: charged.chargeId });
}

export const handler: Handler = async (req) => {
  if (req.path !== "/payments") return problem(404, "Not Found", `Nothing is at ${req.path}.`);
  if (req.method !== "POST") {
    return problem(405, "Method Not Allowed", `${req.method} is not supported.`, { Allow: "POST" });
  }
  return createPayment(req);
};
