import { db, http, log } from "@pillars/world";
import type { HttpRequest, HttpResponse } from "@pillars/world";
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

// This handler works when everything goes well. Its failures leak: read it as an attacker
// (what do the responses tell me?) and as the person who reads the logs (what is in there
// that must not be?). See the README for what each failure must answer and log.

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
  // TODO: these messages echo what the client sent.
  if (typeof number !== "string" || !/^\d{12,19}$/.test(number)) {
    problems.push({ pointer: "#/card/number", detail: `${String(number)} is not a card number` });
  }
  if (typeof cvc !== "string" || !/^\d{3,4}$/.test(cvc)) {
    problems.push({ pointer: "#/card/cvc", detail: `${String(cvc)} is not a CVC` });
  }
  if (problems.length > 0) return problems;
  return { orderId: orderId as number, card: { number: number as string, cvc: cvc as string } };
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

  try {
    const res = await http.fetch(CHARGES_URL, {
      method: "POST",
      body: {
        amountCents: order.totalCents,
        card: input.card,
        reference: `order-${input.orderId}`,
      },
    });
    if (!res.ok) {
      // TODO: a decline (402) is not a server failure; any other failure must not pass the
      // provider's words on, nor log the request as it is.
      const text = await res.text();
      log.error("payment failed", { request: req.body, provider: text });
      return { status: 500, body: { error: text } };
    }
    const charge = await res.json<{ id: string }>();
    await db.query("UPDATE orders SET status = 'paid', charge_id = $1 WHERE id = $2", [
      charge.id,
      input.orderId,
    ]);
    return {
      status: 201,
      headers: { "Content-Type": "application/json", "X-Request-Id": requestId },
      body: { orderId: input.orderId, status: "paid", chargeId: charge.id },
    };
  } catch (err) {
    // TODO: what does this tell a client? What does the log line lack?
    const e = err as Error;
    log.error(e.message);
    return { status: 500, body: { error: e.message, stack: e.stack } };
  }
}
