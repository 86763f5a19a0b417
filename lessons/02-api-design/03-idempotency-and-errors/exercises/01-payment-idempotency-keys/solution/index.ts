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

interface KeyRow {
  fingerprint: string;
  response_status: number | null;
  response_body: string | null;
}

function readPaymentRequest(body: unknown): PaymentRequest | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const { orderId, amountCents } = body as Record<string, unknown>;
  const positive = (n: unknown) => typeof n === "number" && Number.isSafeInteger(n) && n > 0;
  return positive(orderId) && positive(amountCents)
    ? { orderId: orderId as number, amountCents: amountCents as number }
    : null;
}

/** What makes two requests "the same": the parsed fields, not the raw text or key order. */
function fingerprintOf(payment: PaymentRequest): string {
  return JSON.stringify([payment.orderId, payment.amountCents]);
}

function created(payment: Payment): HttpResponse {
  return {
    status: 201,
    headers: { "Content-Type": "application/json", Location: `/payments/${payment.id}` },
    body: payment,
  };
}

/** The answer for a key that was already claimed: replay, still running, or misuse. */
function answerForSeenKey(row: KeyRow, fingerprint: string): HttpResponse {
  if (row.fingerprint !== fingerprint) {
    return problem(
      422,
      "Idempotency key reused",
      "This Idempotency-Key was already used for a different payment; use a new key.",
    );
  }
  if (row.response_status === null || row.response_body === null) {
    return problem(
      409,
      "Request in progress",
      "A request with this Idempotency-Key is still being processed; retry shortly.",
      { "Retry-After": "1" },
    );
  }
  // The stored answer, byte for byte: the client cannot tell a replay from the original.
  return created(JSON.parse(row.response_body) as Payment);
}

async function createPayment(req: HttpRequest): Promise<HttpResponse> {
  const key = req.headers["idempotency-key"];
  if (key === undefined || key.length === 0 || key.length > 255) {
    return problem(400, "Bad Request", "Send an Idempotency-Key header of 1 to 255 characters.");
  }
  const payment = readPaymentRequest(req.body);
  if (!payment) {
    return problem(400, "Bad Request", "orderId and amountCents must be positive whole numbers.");
  }
  const fingerprint = fingerprintOf(payment);

  // Claim the key in one statement. The primary key lets exactly one of several concurrent
  // requests insert the row; a SELECT first and INSERT after would let them all through.
  const claim = await db.query(
    `INSERT INTO idempotency_keys (key, fingerprint) VALUES ($1, $2)
     ON CONFLICT (key) DO NOTHING RETURNING key`,
    [key, fingerprint],
  );
  if (claim.rowCount === 0) {
    const { rows } = await db.query<KeyRow>(
      "SELECT fingerprint, response_status, response_body FROM idempotency_keys WHERE key = $1",
      [key],
    );
    if (rows[0]) return answerForSeenKey(rows[0], fingerprint);
    // The owner released the key between our two statements: tell the client to retry.
    return problem(409, "Request in progress", "Retry this request shortly.", {
      "Retry-After": "1",
    });
  }

  const charged = await charge(key, payment.orderId, payment.amountCents);
  if (!charged) {
    // Nothing was charged, so nothing must be remembered: release the key, and the client's
    // retry with the same key gets a fresh attempt instead of a replayed failure.
    await db.query("DELETE FROM idempotency_keys WHERE key = $1", [key]);
    return problem(
      502,
      "Payment provider unavailable",
      "No charge was made; retry with the same key.",
    );
  }

  // The payment and the stored response are written together, or not at all.
  const result = await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: number }>(
      "INSERT INTO payments (order_id, amount_cents, charge_id) VALUES ($1, $2, $3) RETURNING id",
      [payment.orderId, payment.amountCents, charged.chargeId],
    );
    const saved: Payment = { id: rows[0]!.id, ...payment, chargeId: charged.chargeId };
    await tx.query(
      "UPDATE idempotency_keys SET response_status = 201, response_body = $1 WHERE key = $2",
      [JSON.stringify(saved), key],
    );
    return saved;
  });
  return created(result);
}

export const handler: Handler = async (req) => {
  if (req.path !== "/payments") return problem(404, "Not Found", `Nothing is at ${req.path}.`);
  if (req.method !== "POST") {
    return problem(405, "Method Not Allowed", `${req.method} is not supported.`, { Allow: "POST" });
  }
  return createPayment(req);
};
