import { db, http, log } from "@pillars/world";
import type { FetchResponse, HttpRequest, HttpResponse } from "@pillars/world";
import { PROBLEM_BASE, problem, requestIdOf } from "./problem.ts";

export const CHARGES_URL = "https://payments.test/charges";

interface Card {
  number: string;
  cvc: string;
}
interface PaymentInput {
  orderId: number;
  card: Card;
}

/**
 * The only part of a card that may be logged or shown: enough for support to match a
 * customer's statement, useless to a thief.
 */
const last4 = (card: Card) => card.number.slice(-4);

function parsePayment(body: unknown): PaymentInput | { pointer: string; detail: string }[] {
  const { orderId, card } = (typeof body === "object" && body !== null ? body : {}) as Record<
    string,
    unknown
  >;
  const { number, cvc } = (typeof card === "object" && card !== null ? card : {}) as Record<
    string,
    unknown
  >;
  const problems = [];
  if (!Number.isInteger(orderId))
    problems.push({ pointer: "#/orderId", detail: "must be an order id" });
  // The messages describe the rule, never the value: an echoed card number would end up in
  // the browser, in proxies' logs, in the client's error tracker.
  if (typeof number !== "string" || !/^\d{12,19}$/.test(number)) {
    problems.push({ pointer: "#/card/number", detail: "must be 12 to 19 digits" });
  }
  if (typeof cvc !== "string" || !/^\d{3,4}$/.test(cvc)) {
    problems.push({ pointer: "#/card/cvc", detail: "must be 3 or 4 digits" });
  }
  if (problems.length > 0) return problems;
  return { orderId: orderId as number, card: { number: number as string, cvc: cvc as string } };
}

// One answer for every failure of the provider: the client cannot act on the difference
// between a 500, a 503 and a dropped connection, and the provider's own words are not ours
// to pass on (they may name hosts, or echo the card). It does not promise "you were not
// charged": after a dropped connection we cannot know whether the charge went through
// (lesson 3 of pillar 02: idempotency keys make the retry safe).
const PROVIDER_DOWN = {
  type: `${PROBLEM_BASE}payment-provider-unavailable`,
  title: "Payments are temporarily unavailable",
  detail: "We could not complete the payment. Please try again in a few minutes.",
};

/** The provider's JSON body, or null if it sent something else. */
async function readJson<T>(res: FetchResponse): Promise<T | null> {
  try {
    return await res.json<T>();
  } catch {
    return null;
  }
}

export async function handler(req: HttpRequest): Promise<HttpResponse> {
  const requestId = requestIdOf(req);
  if (req.method !== "POST" || req.path !== "/payments") {
    return problem(
      404,
      { type: "about:blank", title: "Not Found", detail: "No such route." },
      requestId,
    );
  }
  const input = parsePayment(req.body);
  if (Array.isArray(input)) {
    return problem(
      400,
      {
        type: `${PROBLEM_BASE}validation-error`,
        title: "Your request is not valid",
        detail: "Some fields are not valid.",
        errors: input,
      },
      requestId,
    );
  }

  const { rows } = await db.query<{ totalCents: number; status: string }>(
    "SELECT total_cents AS totalCents, status FROM orders WHERE id = $1",
    [input.orderId],
  );
  const order = rows[0];
  if (!order) {
    return problem(
      404,
      {
        type: `${PROBLEM_BASE}not-found`,
        title: "Not found",
        detail: `Order ${input.orderId} does not exist.`,
      },
      requestId,
    );
  }
  if (order.status === "paid") {
    return problem(
      409,
      {
        type: `${PROBLEM_BASE}already-paid`,
        title: "Already paid",
        detail: `Order ${input.orderId} is already paid.`,
      },
      requestId,
    );
  }

  // Context every log line about this payment carries: enough to find the request, the
  // order and the card, and nothing that could charge the card again.
  const context = { requestId, orderId: input.orderId, cardLast4: last4(input.card) };

  let res: FetchResponse;
  try {
    res = await http.fetch(CHARGES_URL, {
      method: "POST",
      body: {
        amountCents: order.totalCents,
        card: input.card,
        reference: `order-${input.orderId}`,
      },
    });
  } catch (err) {
    // A network error's message names hosts and ports: fine for our logs, not for clients.
    log.error("payment provider unreachable", {
      ...context,
      error: err instanceof Error ? err.message : String(err),
    });
    return problem(502, PROVIDER_DOWN, requestId);
  }

  if (res.status === 402) {
    // A decline is the customer's card, not our failure: a warning, and an answer they can
    // act on. The provider's code is a fixed vocabulary, safe to log.
    const declined = await readJson<{ error?: { code?: string } }>(res);
    log.warn("card declined", { ...context, providerCode: declined?.error?.code ?? null });
    return problem(
      402,
      {
        type: `${PROBLEM_BASE}card-declined`,
        title: "The card was declined",
        detail: "Your card was declined. Please use another card.",
      },
      requestId,
    );
  }
  if (!res.ok) {
    // The status is what we need to investigate; the provider's body may echo the request,
    // card number included, so it is not logged.
    log.error("payment provider failed", { ...context, providerStatus: res.status });
    return problem(502, PROVIDER_DOWN, requestId);
  }

  const charge = await res.json<{ id: string }>();
  await db.query("UPDATE orders SET status = 'paid', charge_id = $1 WHERE id = $2", [
    charge.id,
    input.orderId,
  ]);
  log.info("order paid", { ...context, chargeId: charge.id });
  return {
    status: 201,
    headers: { "Content-Type": "application/json", "X-Request-Id": requestId },
    body: { orderId: input.orderId, status: "paid", chargeId: charge.id },
  };
}
